"""Figures of training runs (``mtl-nmt-plot``): sampling probabilities, realized shares, per-pair
dev loss/BLEU and weights over updates. Up to :data:`MANY_PAIRS` pairs each pair is a line (runs
overlaid by line style); with more, each run is a heatmap of pairs × updates, which stays legible
for 40 or 100 pairs where 40 lines and a 40-entry legend do not."""
import os
from typing import List, Sequence

import numpy as np

from . import style
from .logs import Series, dedupe, logged_pairs, per_pair, probability_series, realized_share

MANY_PAIRS = 12
ROW_INCHES = 0.16  # height of one pair's row in a heatmap


def pair_matrix(series: Series, pairs: Sequence[str]):
    """``(updates, values)``: the sorted updates of any pair and a pairs × updates array (NaN where a
    pair has no value at that update)."""
    xs = sorted({x for pair in pairs if pair in series for x in series[pair][0]})
    column = {x: j for j, x in enumerate(xs)}
    values = np.full((len(pairs), len(xs)), np.nan)
    for i, pair in enumerate(pairs):
        for x, y in zip(*series.get(pair, ([], []))):
            values[i, column[x]] = y
    return xs, values


def _edges(xs: Sequence[float]) -> np.ndarray:
    """Cell edges around each update (half-way to the neighbours)."""
    xs = np.asarray(xs, dtype=float)
    if len(xs) == 1:
        return np.array([xs[0] - 0.5, xs[0] + 0.5])
    mid = (xs[1:] + xs[:-1]) / 2
    return np.concatenate([[2 * xs[0] - mid[0]], mid, [2 * xs[-1] - mid[-1]]])


def _finite_range(matrices, symmetric: bool = False):
    values = np.concatenate([m[np.isfinite(m)] for m in matrices if m.size] or [np.zeros(1)])
    if symmetric:
        bound = float(np.max(np.abs(values))) or 1.0
        return -bound, bound
    return float(values.min()), float(values.max())


def heatmap_figure(panels, pairs: Sequence[str], label: str, symmetric: bool = False, vmin=None):
    """One pairs × updates heatmap per panel ``(title, series)``, one colour scale for all panels
    (``symmetric``: centred on 0, diverging colours)."""
    from matplotlib import colormaps

    data = [(title, *pair_matrix(series, pairs)) for title, series in panels]
    low, high = _finite_range([values for _, _, values in data], symmetric)
    low = low if vmin is None else vmin
    cmap = colormaps[style.DIVERGING if symmetric else style.SEQUENTIAL].with_extremes(bad=style.MISSING)
    fig, axes = style.figure(heights=[1.2 + ROW_INCHES * len(pairs)] * len(data))
    for ax, (title, xs, values) in zip(axes, data):
        mesh = ax.pcolormesh(_edges(xs), np.arange(len(pairs) + 1) - 0.5, np.ma.masked_invalid(values),
                             cmap=cmap, vmin=low, vmax=high, shading="flat")
        ax.set_yticks(range(len(pairs)), pairs, fontsize="small")
        ax.set_ylim(len(pairs) - 0.5, -0.5)
        ax.set_xlabel("updates")
        ax.set_ylabel("pair")
        ax.set_title(title)
        fig.colorbar(mesh, ax=ax, label=label)
    return fig


def probabilities_figure(runs, colours):
    """One subplot per run: prob_<pair> vs updates, or the realized share if prob is not logged."""
    panels = []
    for label, parsed in runs:
        series, what = probability_series(parsed["train_inner"])
        if series:
            panels.append((label, series, what))
    if not panels:
        return None
    if len(colours) > MANY_PAIRS:
        return heatmap_figure([(f"{label}: {what}", series) for label, series, what in panels], sorted(colours),
                              "probability / share", vmin=0.0)
    fig, axes = style.figure(len(panels), height=3.4)
    for ax, (label, series, what) in zip(axes, panels):
        for pair, (xs, ys) in series.items():
            ax.plot(xs, ys, color=colours[pair], label=pair, linewidth=1.5)
        ax.set_title(f"{label}: {what}" if len(runs) > 1 else f"Sampling: {what}")
        ax.set_xlabel("updates")
        ax.set_ylabel("share" if what.startswith("realized") else "probability")
        ax.set_ylim(0, 1.02)
        ax.grid(alpha=0.3)
        style.legend(ax, title="pair")
    return fig


def _difference(real: Series, target: Series) -> Series:
    out = {}
    for pair in set(real) & set(target):
        at = dict(zip(*target[pair]))
        points = [(x, y - at[x]) for x, y in zip(*real[pair]) if x in at]
        out[pair] = ([x for x, _ in points], [y for _, y in points])
    return out


def realized_vs_target_figure(runs, colours):
    """One subplot per run with both prob_ and samples_: realized share (solid) and target (dashed);
    with many pairs a heatmap of realized − target."""
    panels = []
    for label, parsed in runs:
        target, real = per_pair(parsed["train_inner"], "prob"), realized_share(parsed["train_inner"])
        if target and real:
            panels.append((label, target, real))
    if not panels:
        return None
    if len(colours) > MANY_PAIRS:
        return heatmap_figure([(f"{label}: realized share − target probability", _difference(real, target))
                               for label, target, real in panels], sorted(colours), "realized − target",
                              symmetric=True)
    fig, axes = style.figure(len(panels), height=3.4)
    for ax, (label, target, real) in zip(axes, panels):
        for pair in sorted(set(target) | set(real)):
            if pair in real:
                ax.plot(*real[pair], color=colours[pair], linewidth=1.2, alpha=0.7, label=f"{pair} realized")
            if pair in target:
                ax.plot(*target[pair], color=colours[pair], linewidth=2.0, linestyle="--", zorder=3,
                        label=f"{pair} target")
        ax.set_title(f"{label}: realized share vs target probability" if len(runs) > 1
                     else "Realized share (solid) vs target probability (dashed)")
        ax.set_xlabel("updates")
        ax.set_ylabel("share / probability")
        ax.set_ylim(0, 1.02)
        ax.grid(alpha=0.3)
        style.legend(ax)
    return fig


def valid_figure(runs, colours, family: str, title: str, ylabel: str):
    """Per-pair validation metric vs updates, runs overlaid (many pairs: one heatmap per run); falls
    back to the overall metric (as pair ``all``) when no run logged it per pair."""
    runs_series = [(label, per_pair(parsed["valid"], family)) for label, parsed in runs]
    if not any(series for _, series in runs_series):
        runs_series = []
        for label, parsed in runs:
            points = [(r["num_updates"], r[family]) for r in dedupe(parsed["valid"]) if family in r]
            if points:
                runs_series.append((label, {"all": ([x for x, _ in points], [y for _, y in points])}))
        title += " (all pairs)"
    runs_series = [(label, series) for label, series in runs_series if series]
    if not runs_series:
        return None
    pairs = sorted({pair for _, series in runs_series for pair in series})
    if len(pairs) > MANY_PAIRS:
        return heatmap_figure([(f"{label}: {title}", series) for label, series in runs_series], pairs, ylabel)
    fig, (ax,) = style.figure(1, height=4.5)
    style.overlay(ax, runs_series, colours, title, ylabel, marker="o")
    return fig


def weights_figure(runs, colours):
    """One subplot per logged family (weight_, lr_scale_), runs overlaid (many pairs: heatmaps)."""
    panels = []
    for family, title in (("weight", "Task (loss) weight per pair"), ("lr_scale", "Learning-rate scale per pair")):
        runs_series = [(label, per_pair(parsed["train_inner"], family)) for label, parsed in runs]
        runs_series = [(label, series) for label, series in runs_series if series]
        if runs_series:
            panels.append((family, title, runs_series))
    if not panels:
        return None
    if len(colours) > MANY_PAIRS:
        return heatmap_figure([(f"{label}: {title}", series) for _, title, runs_series in panels
                               for label, series in runs_series], sorted(colours), "weight / scale")
    fig, axes = style.figure(len(panels), height=3.6)
    for ax, (family, title, runs_series) in zip(axes, panels):
        style.overlay(ax, runs_series, colours, title, family)
    return fig


def make_plots(runs, out_dir: str) -> List[str]:
    """Write every plot the logs have data for; returns the written paths."""
    colours = style.colours(logged_pairs(runs))
    figures = {
        "probabilities.png": probabilities_figure(runs, colours),
        "realized_vs_target.png": realized_vs_target_figure(runs, colours),
        "valid_loss.png": valid_figure(runs, colours, "loss", "Dev loss per pair", "loss (base 2)"),
        "valid_bleu.png": valid_figure(runs, colours, "bleu", "Dev BLEU per pair", "BLEU"),
        "weights.png": weights_figure(runs, colours),
    }
    written = []
    for name, fig in figures.items():
        if fig is not None:
            written.append(os.path.join(out_dir, name))
            fig.savefig(written[-1], dpi=style.DPI)
    return written

