"""Results of a PBT run over scalarization weights (Royer et al., NeurIPS 2023): a table of the
members (final weights, per-pair dev scores), their trajectories (CSV and PNG) and the best
member's fairseq checkpoint, weights and lineage (the weights that trained it, interval by interval),
ready for ``mtl-nmt-eval``. No Ray import."""
import json
import os
import shutil
from typing import List, Optional, Sequence, Tuple

from ..reporting import style
from ..reporting.tables import format_cell, write_csv
from .population import FAIRSEQ_CHECKPOINT, METRICS, STATE_FILE, WEIGHTS_FILE

MEMBERS_CSV = "members.csv"
TRAJECTORIES_CSV = "trajectories.csv"
WEIGHTS_PNG = "weights.png"
METRIC_PNG = "metric.png"
BEST_DIR = "best"
SUMMARY_JSON = "summary.json"
LINEAGE_CSV = "lineage.csv"


def _pair_columns(settings: dict, rows: Sequence[dict]) -> List[str]:
    families = ["weight", "loss"] + (["bleu"] if any(f"bleu_{p}" in r for r in rows for p in settings["pairs"]) else [])
    return [f"{family}_{p}" for family in families for p in settings["pairs"]]


def rank_members(members: Sequence[dict], settings: dict) -> List[dict]:
    """Members that finished an interval, best first: most intervals done, then the selection
    metric of the last one (lower loss / higher BLEU)."""
    sign = 1.0 if METRICS[settings["metric"]] == "min" else -1.0
    done = [m for m in members if m["rows"]]
    return sorted(done, key=lambda m: (-m["rows"][-1]["interval"], sign * m["rows"][-1]["score"], m["member"]))


def member_table(members: Sequence[dict], settings: dict) -> Tuple[List[str], List[dict]]:
    """``(columns, rows)``: per member its rank, status, exploits received, last interval, final
    weights and per-pair dev scores."""
    ranked = {m["member"]: i + 1 for i, m in enumerate(rank_members(members, settings))}
    last_rows = [m["rows"][-1] for m in members if m["rows"]]
    columns = ["member", "rank", "status", "intervals", "num_updates", "score", "exploited", "last_source"]
    columns += _pair_columns(settings, last_rows)
    table = []
    for m in members:
        row = {"member": m["member"], "rank": ranked.get(m["member"], ""),
               "exploited": sum(1 for r in m["rows"] if r["started_from"] not in ("", m["member"]))}
        if m["error"]:
            row["status"] = "error"
        elif m["rows"] and m["rows"][-1]["interval"] == settings["intervals"]:
            row["status"] = "done"
        else:
            row["status"] = "unfinished"
        if m["rows"]:
            last = m["rows"][-1]
            row.update({k: last[k] for k in columns if k in last})
            row["intervals"] = last["interval"]
            row["last_source"] = last["started_from"] or "scratch"
        table.append(row)
    return columns, table


def trajectory_table(members: Sequence[dict], settings: dict) -> Tuple[List[str], List[dict]]:
    """``(columns, rows)``: one row per member and interval (weights used in it, scores after it)."""
    rows = [dict(r, member=m["member"]) for m in members for r in m["rows"]]
    columns = ["member", "interval", "num_updates", "started_from", "score"] + _pair_columns(settings, rows)
    return columns, rows


def format_members(columns: Sequence[str], rows: Sequence[dict]) -> str:
    """Aligned text version of :func:`member_table`."""
    shown = [c for c in columns if c != "last_source"]
    cells = [[c for c in shown]] + [[(f"{r[c]:.4f}" if isinstance(r.get(c), float) else format_cell(r.get(c)))
                                     for c in shown] for r in rows]
    widths = [max(len(line[i]) for line in cells) for i in range(len(shown))]
    return "\n".join("  ".join(v.rjust(w) for v, w in zip(line, widths)) for line in cells)


def _member_styles(members: Sequence[dict]):
    return style.ordered_colours([m["member"] for m in members])


def weights_figure(members: Sequence[dict], settings: dict):
    """One panel per pair: each member's weight over updates (held during an interval); a marker
    where the member started an interval from another member's checkpoint (exploit)."""
    colours = _member_styles(members)
    n = settings["interval"]
    fig, axes = style.figure(len(settings["pairs"]), height=2.8)
    for ax, pair in zip(axes, settings["pairs"]):
        for m in members:
            xs, ys = [], []
            for r in m["rows"]:
                xs += [r["num_updates"] - n, r["num_updates"]]
                ys += [r[f"weight_{pair}"]] * 2
                if r["started_from"] not in ("", m["member"]):
                    ax.plot([r["num_updates"] - n], [r[f"weight_{pair}"]], marker="o", color=colours[m["member"]])
            ax.plot(xs, ys, color=colours[m["member"]], linewidth=1.6, label=m["member"])
        ax.set_title(f"Scalarization weight of {pair} (o: after an exploit)")
        ax.set_xlabel("updates")
        ax.set_ylabel("weight")
        ax.grid(alpha=0.3)
        style.legend(ax, title="member")
    return fig


def metric_figure(members: Sequence[dict], settings: dict):
    """Top: the selection metric (mean per-pair dev metric) per member; below: each pair's
    (colour = pair, line style = member)."""
    metric = settings["metric"]
    colours = _member_styles(members)
    fig, (top, per_pair) = style.figure(2, height=3.4)
    for m in members:
        top.plot([r["num_updates"] for r in m["rows"]], [r["score"] for r in m["rows"]], marker="o", markersize=3.5,
                 color=colours[m["member"]], label=m["member"])
    top.set_title(f"Selection metric: mean per-pair dev {metric}")
    top.set_xlabel("updates")
    top.set_ylabel(metric)
    top.grid(alpha=0.3)
    style.legend(top, title="member")
    series = [(m["member"], {p: ([r["num_updates"] for r in m["rows"]], [r[f"{metric}_{p}"] for r in m["rows"]])
                             for p in settings["pairs"]}) for m in members]
    style.overlay(per_pair, series, style.colours(settings["pairs"]), f"Per-pair dev {metric}", metric, marker="o")
    return fig


def lineage(members: Sequence[dict], settings: dict, member: str) -> List[dict]:
    """The intervals that trained ``member``'s final model, first to last: per interval the member that
    trained it, the weights it used and the mean dev score after it. A PBT model is trained by this
    schedule of weights, not by its final weights alone (Jaderberg et al. 2017, §3: exploit copies the
    parameters, explore changes the hyperparameters for the next interval)."""
    rows = {(m["member"], r["interval"]): r for m in members for r in m["rows"]}
    own = [r["interval"] for r in rows_of(members, member)]
    chain, name, k = [], member, max(own, default=0)
    while k >= 1 and (name, k) in rows:
        r = rows[name, k]
        chain.append({"interval": k, "num_updates": r["num_updates"], "member": name, "score": r["score"],
                      **{f"weight_{p}": r[f"weight_{p}"] for p in settings["pairs"]}})
        name, k = r["started_from"] or name, k - 1
    return chain[::-1]


def lineage_text(chain: Sequence[dict]) -> str:
    """``member_a (intervals 1-3) -> member_b (interval 4)``: who trained each stretch of a lineage."""
    runs: List[List] = []
    for r in chain:
        if runs and runs[-1][0] == r["member"]:
            runs[-1][2] = r["interval"]
        else:
            runs.append([r["member"], r["interval"], r["interval"]])
    return " -> ".join(f"{m} (interval{'s' if a != b else ''} {a}{f'-{b}' if a != b else ''})" for m, a, b in runs)


def rows_of(members: Sequence[dict], member: str) -> List[dict]:
    """``member``'s finished intervals (empty when it has none)."""
    return next((m["rows"] for m in members if m["member"] == member), [])


def compute(members: Sequence[dict], settings: dict) -> dict:
    """The population's training compute: updates trained by all members (intervals re-trained after
    a resume are not counted), and that as a multiple of one run of ``--total-updates``."""
    updates = sum(len(m["rows"]) for m in members) * settings["interval"]
    return {"member_updates": updates, "runs": updates / (settings["interval"] * settings["intervals"])}


def export_best(members: Sequence[dict], settings: dict, out_dir: str) -> Optional[dict]:
    """Copy the best finished member's fairseq checkpoint and weights to ``out_dir/best``."""
    finished = [m for m in rank_members(members, settings)
                if m["rows"][-1]["interval"] == settings["intervals"] and m["checkpoint"] and not m["error"]]
    if not finished:
        return None
    best = finished[0]
    with open(os.path.join(best["checkpoint"], STATE_FILE), encoding="utf-8") as f:
        state = json.load(f)
    if state["member"] != best["member"] or state["interval"] != settings["intervals"]:
        return None
    folder = os.path.join(out_dir, BEST_DIR)
    os.makedirs(folder, exist_ok=True)
    checkpoint = os.path.join(folder, "checkpoint.pt")
    shutil.copyfile(os.path.join(best["checkpoint"], FAIRSEQ_CHECKPOINT), checkpoint)
    weights = os.path.join(folder, WEIGHTS_FILE)
    shutil.copyfile(os.path.join(best["checkpoint"], WEIGHTS_FILE), weights)
    last = best["rows"][-1]
    summary = {"member": best["member"], "metric": settings["metric"], "score": last["score"],
               "num_updates": last["num_updates"], "checkpoint": checkpoint, "pair_weights": weights,
               "weights": {p: last[f"weight_{p}"] for p in settings["pairs"]},
               "lineage": lineage(members, settings, best["member"]), "compute": compute(members, settings),
               "eval": f"mtl-nmt-eval --data-bin {settings['data']} --checkpoint {checkpoint}"}
    summary["lineage_csv"] = os.path.join(folder, LINEAGE_CSV)
    write_csv(summary["lineage_csv"], ["interval", "num_updates", "member", "score"] +
              [f"weight_{p}" for p in settings["pairs"]], summary["lineage"])
    with open(os.path.join(folder, SUMMARY_JSON), "w", encoding="utf-8") as f:
        json.dump(summary, f, indent=1)
    return summary


def write_report(members: Sequence[dict], settings: dict, out_dir: str) -> dict:
    """Write members.csv, trajectories.csv, weights.png, metric.png and best/; returns
    ``{"table": text, "files": [...], "best": summary or None}``."""
    columns, rows = member_table(members, settings)
    files = [os.path.join(out_dir, MEMBERS_CSV), os.path.join(out_dir, TRAJECTORIES_CSV)]
    write_csv(files[0], columns, rows)
    write_csv(files[1], *trajectory_table(members, settings))
    with_rows = [m for m in members if m["rows"]]
    if with_rows:
        for name, make in ((WEIGHTS_PNG, weights_figure), (METRIC_PNG, metric_figure)):
            files.append(os.path.join(out_dir, name))
            make(with_rows, settings).savefig(files[-1], dpi=style.DPI)
    best = export_best(members, settings, out_dir)
    if best:
        files += [best["checkpoint"], best["pair_weights"], best["lineage_csv"]]
    return {"table": format_members(columns, rows), "files": files, "best": best}
