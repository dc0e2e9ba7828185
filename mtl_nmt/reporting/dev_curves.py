"""Dev-loss curves of compared systems (``mtl-nmt-compare``): each run's overall dev loss (fairseq's
``valid`` loss over all pairs, base 2) by update, read from the ``train.log`` in its run folder; per
system the final loss (mean ± std over seeds) and the updates each seed needed to reach the
reference's final mean dev loss (the first validation at or below it), and a PNG of the curves."""
import math
import os
import statistics
from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Tuple

from .logs import dedupe, parse_log

Curve = Tuple[List[int], List[float]]
LOG_NAME = "train.log"


def run_curve(run_dir: str) -> Optional[Curve]:
    """``(updates, dev losses)`` from ``run_dir/train.log``; None without a log or validations."""
    path = os.path.join(run_dir, LOG_NAME)
    if not os.path.isfile(path):
        return None
    points = [(int(r["num_updates"]), float(r["loss"])) for r in dedupe(parse_log(path)["valid"]) if "loss" in r]
    if not points:
        return None
    return [u for u, _ in points], [loss for _, loss in points]


def updates_to_reach(curve: Curve, target: float) -> Optional[int]:
    """The first validated update whose dev loss is ≤ ``target`` (None if no validation reached it)."""
    for update, loss in zip(*curve):
        if loss <= target:
            return update
    return None


@dataclass
class DevSummary:
    """One system's dev-loss curves by seed, its final losses and the updates each seed needed."""
    label: str
    curves: Dict[int, Curve]
    reach: Dict[int, Optional[int]]

    def finals(self) -> List[float]:
        return [curve[1][-1] for curve in self.curves.values()]

    def final_mean(self) -> float:
        return statistics.fmean(self.finals())

    def final_std(self) -> float:
        finals = self.finals()
        return statistics.stdev(finals) if len(finals) > 1 else math.nan


def dev_summaries(reference, systems: Sequence) -> List[DevSummary]:
    """Summaries of ``systems`` (objects with ``label`` and ``runs``: seed → run with ``path``) whose
    runs all have a log; the target is ``reference``'s final mean dev loss. Empty when the reference
    has no logs."""
    def curves(system) -> Optional[Dict[int, Curve]]:
        found = {seed: run_curve(run.path) for seed, run in system.runs.items()}
        return None if any(c is None for c in found.values()) else found

    ref_curves = curves(reference)
    if not ref_curves:
        return []
    target = statistics.fmean(c[1][-1] for c in ref_curves.values())
    out = []
    for system in systems:
        found = ref_curves if system is reference else curves(system)
        if found:
            out.append(DevSummary(system.label, found, {s: updates_to_reach(c, target) for s, c in found.items()}))
    return out


def dev_markdown(summaries: Sequence[DevSummary], reference: str) -> str:
    """Final dev loss (mean ± std) and updates to reach the reference's final mean dev loss, per system."""
    if not summaries:
        return ""
    target = next((s.final_mean() for s in summaries if s.label == reference), math.nan)
    lines = ["### Dev loss", "", "| system | seeds | final dev loss | updates to reach the reference's "
             f"final dev loss ({target:.3f}) |", "|---|---:|---:|---|"]
    for s in summaries:
        std = s.final_std()
        final = f"{s.final_mean():.3f}" + ("" if math.isnan(std) else f" ± {std:.3f}")
        reached = [u for u in s.reach.values() if u is not None]
        text = ", ".join("not reached" if s.reach[seed] is None else f"{s.reach[seed]:,}" for seed in s.curves)
        if reached and len(reached) == len(s.reach):
            text += f" (mean {statistics.fmean(reached):,.0f})"
        lines.append(f"| {s.label} | {len(s.curves)} | {final} | {text} |")
    lines += ["", "Dev loss: fairseq's validation loss over all pairs' dev sets (base 2) at the last validation "
              "of each run's train.log; updates to reach it per seed (seed order), at validation resolution."]
    return "\n".join(lines) + "\n"


def plot_dev_loss(summaries: Sequence[DevSummary], path: str) -> None:
    """Mean dev loss over seeds by update per system, shaded between the seeds' lowest and highest."""
    from . import style

    colours = style.ordered_colours([s.label for s in summaries])
    fig, (ax,) = style.figure(height=4.0)
    for s in summaries:
        updates = sorted(set.intersection(*(set(c[0]) for c in s.curves.values())))
        values = [[dict(zip(*c))[u] for c in s.curves.values()] for u in updates]
        ax.plot(updates, [statistics.fmean(v) for v in values], marker="o", color=colours[s.label],
                label=f"{s.label} ({len(s.curves)} seed{'s' if len(s.curves) > 1 else ''})")
        if len(s.curves) > 1:
            ax.fill_between(updates, [min(v) for v in values], [max(v) for v in values], color=colours[s.label],
                            alpha=0.15, linewidth=0)
    ax.set_xlabel("updates")
    ax.set_ylabel("dev loss, all pairs (base 2)")
    ax.grid(alpha=0.3)
    style.legend(ax, title="mean; band: seed range")
    fig.savefig(path, dpi=style.DPI)
