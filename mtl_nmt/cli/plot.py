"""``mtl-nmt-plot``: turn fairseq-train logs (``--log-format simple`` or ``json``) into PNG plots of
the per-pair sampling probabilities, realized shares, dev losses/BLEU and task weights, a
``metrics.csv`` table, and a short per-pair summary of each log's last validation."""
import argparse
import csv
import json
import logging
import math
import os
import re
import sys
from typing import Dict, List, Optional, Sequence, Tuple

from ..errors import MtlNmtError

PROG = "mtl-nmt-plot"
KINDS = ("train_inner", "valid")
PAIR = r"[A-Za-z_]+-[A-Za-z_]+"
# Per-pair metric families, in the order they appear as CSV columns.
FAMILIES = ("prob", "samples", "share", "lr_scale", "weight", "loss", "nll_loss", "bleu")
GENERAL_COLUMNS = ("epoch", "loss", "nll_loss", "ppl", "bleu", "lr")
LINE_STYLES = ("-", "--", ":", "-.")
MARKERS = ("o", "s", "^", "D", "v", "P")
DPI = 120

_LINE_RE = re.compile(r"^(?:[^|]*\|\s*[A-Z]+\s*\|\s*)?(train_inner|valid)\s*\|\s?(.*)$")
_KV_RE = re.compile(r"([\w\-./]+)=([^,\s]+)")
_EPOCH_RE = re.compile(r"^\s*epoch\s+(\d+)")
_PART_RE = re.compile(r"^([\w\-./]+) (\S+)$")
_PER_PAIR_RE = re.compile(r"^(?:%s)_(%s)$" % ("|".join(FAMILIES), PAIR))

Series = Dict[str, Tuple[List[float], List[float]]]


def _to_float(value) -> Optional[float]:
    """A number from a logged value (``"7.188"``, ``12``), or None if it is not one."""
    if isinstance(value, bool):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _parse_json(message: str, kind: str) -> Optional[dict]:
    try:
        stats = json.loads(message)
    except ValueError:
        return None
    if not isinstance(stats, dict):
        return None
    record = {}
    for key, value in stats.items():
        number = _to_float(value)
        if number is None:
            continue
        if kind == "valid" and key.startswith("valid_"):
            key = key[len("valid_"):]
        record[key] = number
    return record


def _parse_simple(message: str, kind: str) -> dict:
    record = {}
    epoch = _EPOCH_RE.match(message)
    if epoch:
        record["epoch"] = float(epoch.group(1))
    if kind == "train_inner":
        pairs = _KV_RE.findall(message)
    else:
        pairs = [m.groups() for m in (_PART_RE.match(p.strip()) for p in message.split(" | ")) if m]
    for key, value in pairs:
        number = _to_float(value)
        if number is not None and key != "epoch":
            record[key] = number
    return record


def parse_line(line: str) -> Optional[Tuple[str, dict]]:
    """``(kind, record)`` for a fairseq ``train_inner`` or ``valid`` log line (simple or json
    format), None for any other line. Records map metric names to floats; the ``valid_`` prefix
    of json validation records is stripped, so both formats give the same keys."""
    line = line.rstrip("\n").split("\r")[-1]
    match = _LINE_RE.match(line)
    if not match:
        return None
    kind, message = match.groups()
    message = message.strip()
    record = _parse_json(message, kind) if message.startswith("{") else _parse_simple(message, kind)
    if not record:
        return None
    return kind, record


def parse_log(path: str) -> Dict[str, List[dict]]:
    """``{"train_inner": [records], "valid": [records]}`` for one fairseq-train log, in file order."""
    if not os.path.isfile(path):
        raise MtlNmtError(f"log file {path!r} does not exist")
    parsed = {kind: [] for kind in KINDS}
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            result = parse_line(line)
            if result is not None:
                parsed[result[0]].append(result[1])
    if not any(parsed.values()):
        raise MtlNmtError(f"no train_inner or valid records in {path!r} (is it a fairseq-train log "
                          f"written with --log-format simple or json?)")
    return parsed


def dedupe(records: Sequence[dict]) -> List[dict]:
    """Records with a ``num_updates``, sorted by it; for repeated values (a restarted run appending
    to the same log) the last one wins."""
    by_update = {}
    for record in records:
        if "num_updates" in record:
            by_update[record["num_updates"]] = record
    return [by_update[k] for k in sorted(by_update)]


def pairs_of(records: Sequence[dict], family: str) -> List[str]:
    """Sorted pair names that have a ``<family>_<pair>`` metric in any record."""
    pattern = re.compile(r"^%s_(%s)$" % (re.escape(family), PAIR))
    found = {m.group(1) for record in records for m in map(pattern.match, record) if m}
    return sorted(found)


def per_pair(records: Sequence[dict], family: str) -> Series:
    """``{pair: (num_updates, values)}`` for the ``<family>_<pair>`` metrics of the records."""
    out = {}
    ordered = dedupe(records)
    for pair in pairs_of(ordered, family):
        key = f"{family}_{pair}"
        points = [(r["num_updates"], r[key]) for r in ordered if key in r]
        out[pair] = ([x for x, _ in points], [y for _, y in points])
    return out


def realized_share(records: Sequence[dict]) -> Series:
    """``{pair: (num_updates, share)}`` with share = samples_pair / sum of samples over all pairs
    in the same record (the sampling distribution actually realized in each logging interval)."""
    ordered = dedupe(records)
    pairs = pairs_of(ordered, "samples")
    out = {pair: ([], []) for pair in pairs}
    for record in ordered:
        counts = {p: record[f"samples_{p}"] for p in pairs if f"samples_{p}" in record}
        total = sum(counts.values())
        if total <= 0:
            continue
        for pair, count in counts.items():
            out[pair][0].append(record["num_updates"])
            out[pair][1].append(count / total)
    return {pair: series for pair, series in out.items() if series[0]}


# ----------------------------------------------------------------------------------------- table


def table_rows(runs: Sequence[Tuple[str, Dict[str, List[dict]]]]) -> Tuple[List[str], List[dict]]:
    """``(columns, rows)`` for metrics.csv: one row per (run, kind, num_updates) with the general
    metrics and every per-pair column found (plus the realized ``share_<pair>`` of train_inner)."""
    rows, keys = [], set()
    for label, parsed in runs:
        for kind in KINDS:
            ordered = dedupe(parsed[kind])
            shares = realized_share(ordered) if kind == "train_inner" else {}
            share_at = {(pair, x): y for pair, (xs, ys) in shares.items() for x, y in zip(xs, ys)}
            for record in ordered:
                row = {k: v for k, v in record.items() if k in GENERAL_COLUMNS or _PER_PAIR_RE.match(k)}
                for pair in shares:
                    if (pair, record["num_updates"]) in share_at:
                        row[f"share_{pair}"] = round(share_at[pair, record["num_updates"]], 4)
                keys.update(row)
                row.update(run=label, kind=kind, num_updates=record["num_updates"])
                rows.append(row)
    general = [k for k in GENERAL_COLUMNS if k in keys]
    per_pair_keys = [k for k in keys if k not in GENERAL_COLUMNS]

    def order(key):
        pair = _PER_PAIR_RE.match(key).group(1)
        return FAMILIES.index(key[: -len(pair) - 1]), pair

    columns = ["run", "kind", "num_updates"] + general + sorted(per_pair_keys, key=order)
    return columns, rows


def _fmt(value) -> str:
    if isinstance(value, float):
        if math.isfinite(value) and value == int(value):
            return str(int(value))
        return repr(value)
    return str(value)


def write_csv(path: str, columns: List[str], rows: List[dict]) -> None:
    """Write the rows of :func:`table_rows` (missing cells empty)."""
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_fmt(row[c]) if c in row else "" for c in columns])


def summary(runs: Sequence[Tuple[str, Dict[str, List[dict]]]]) -> str:
    """Text table of each run's last validation: per-pair loss (and BLEU where logged)."""
    lines = []
    for label, parsed in runs:
        valid = dedupe(parsed["valid"])
        if not valid:
            lines.append(f"{label}: no validation records")
            continue
        last = valid[-1]
        pairs = sorted(set(pairs_of([last], "loss")) | set(pairs_of([last], "bleu")))
        has_bleu = any(f"bleu_{p}" in last for p in pairs) or "bleu" in last
        width = max([len(p) for p in pairs] + [len("(all)"), len("pair")])
        lines.append(f"{label}: last validation at num_updates {_fmt(last['num_updates'])}")
        lines.append(f"  {'pair':<{width}}  {'loss':>8}" + (f"  {'bleu':>6}" if has_bleu else ""))
        for name, suffix in [(p, f"_{p}") for p in pairs] + [("(all)", "")]:
            loss, bleu = last.get(f"loss{suffix}"), last.get(f"bleu{suffix}")
            if loss is None and bleu is None:
                continue
            cells = f"  {name:<{width}}  {_cell(loss, 3):>8}"
            lines.append(cells + (f"  {_cell(bleu, 2):>6}" if has_bleu else ""))
    return "\n".join(lines)


def _cell(value: Optional[float], digits: int) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


# ----------------------------------------------------------------------------------------- plots


def _colours(pairs: Sequence[str]) -> Dict[str, tuple]:
    """One stable colour per pair (tab10, tab20 for more pairs, then a continuous map)."""
    from matplotlib import colormaps

    pairs = sorted(set(pairs))
    if len(pairs) <= 20:
        cmap = colormaps["tab10" if len(pairs) <= 10 else "tab20"]
        return {pair: cmap(i) for i, pair in enumerate(pairs)}
    cmap = colormaps["viridis"]
    return {pair: cmap(i / (len(pairs) - 1)) for i, pair in enumerate(pairs)}


def _style(run_index: int) -> dict:
    style = {"linestyle": LINE_STYLES[run_index % len(LINE_STYLES)]}
    if run_index >= len(LINE_STYLES):
        style["marker"] = MARKERS[(run_index // len(LINE_STYLES) - 1) % len(MARKERS)]
    return style


def _figure(n_rows: int = 1, height: float = 4.0, width: float = 8.0):
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height * n_rows), dpi=DPI, layout="constrained")
    axes = fig.subplots(n_rows, 1, squeeze=False)[:, 0]
    return fig, list(axes)


def _legend(ax, handles=None, title=None):
    ax.legend(handles=handles, title=title, fontsize="small", title_fontsize="small",
              loc="center left", bbox_to_anchor=(1.01, 0.5), frameon=False)


def probability_series(train_records: Sequence[dict]) -> Tuple[Series, str]:
    """The logged ``prob_<pair>`` series, or the realized share where no prob_ is logged; with a
    description of which one it is."""
    series = per_pair(train_records, "prob")
    if series:
        return series, "target sampling probability"
    return realized_share(train_records), "realized share (samples / all samples)"


def probabilities_figure(runs, colours):
    """One subplot per run: prob_<pair> vs updates, or the realized share if prob is not logged."""
    panels = []
    for label, parsed in runs:
        series, what = probability_series(parsed["train_inner"])
        if series:
            panels.append((label, series, what))
    if not panels:
        return None
    fig, axes = _figure(len(panels), height=3.4)
    for ax, (label, series, what) in zip(axes, panels):
        for pair, (xs, ys) in series.items():
            ax.plot(xs, ys, color=colours[pair], label=pair, linewidth=1.5)
        ax.set_title(f"{label}: {what}" if len(runs) > 1 else f"Sampling: {what}")
        ax.set_xlabel("updates")
        ax.set_ylabel("share" if what.startswith("realized") else "probability")
        ax.set_ylim(0, 1.02)
        ax.grid(alpha=0.3)
        _legend(ax, title="pair")
    return fig


def realized_vs_target_figure(runs, colours):
    """One subplot per run with both prob_ and samples_: realized share (solid) and target (dashed)."""
    panels = []
    for label, parsed in runs:
        target, real = per_pair(parsed["train_inner"], "prob"), realized_share(parsed["train_inner"])
        if target and real:
            panels.append((label, target, real))
    if not panels:
        return None
    fig, axes = _figure(len(panels), height=3.4)
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
        _legend(ax)
    return fig


def _overlay(ax, runs_series, colours, title: str, ylabel: str, marker: Optional[str] = None):
    """Draw per-pair series of several runs on one axes: colour = pair, line style = run."""
    from matplotlib.lines import Line2D

    pairs = sorted({pair for _, series in runs_series for pair in series})
    for index, (label, series) in enumerate(runs_series):
        style = _style(index)
        if marker and "marker" not in style:
            style["marker"] = marker
        for pair, (xs, ys) in series.items():
            ax.plot(xs, ys, color=colours.get(pair, "black"), linewidth=1.5, markersize=3.5, **style,
                    label=pair if len(runs_series) == 1 else f"{pair} ({label})")
    ax.set_title(title)
    ax.set_xlabel("updates")
    ax.set_ylabel(ylabel)
    ax.grid(alpha=0.3)
    if len(runs_series) == 1:
        _legend(ax, title="pair")
        return
    handles = [Line2D([], [], color=colours.get(p, "black"), label=p) for p in pairs]
    handles += [Line2D([], [], color="black", label=label, **_style(i))
                for i, (label, _) in enumerate(runs_series)]
    _legend(ax, handles=handles, title="pair (colour) / run (line)")


def valid_figure(runs, colours, family: str, title: str, ylabel: str):
    """Per-pair validation metric vs updates, runs overlaid; falls back to the overall metric
    (as pair ``all``) when no run logged it per pair."""
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
    fig, (ax,) = _figure(1, height=4.5)
    _overlay(ax, runs_series, colours, title, ylabel, marker="o")
    return fig


def weights_figure(runs, colours):
    """One subplot per logged family (weight_, lr_scale_), runs overlaid."""
    panels = []
    for family, title in (("weight", "Task (loss) weight per pair"), ("lr_scale", "Learning-rate scale per pair")):
        runs_series = [(label, per_pair(parsed["train_inner"], family)) for label, parsed in runs]
        runs_series = [(label, series) for label, series in runs_series if series]
        if runs_series:
            panels.append((family, title, runs_series))
    if not panels:
        return None
    fig, axes = _figure(len(panels), height=3.6)
    for ax, (family, title, runs_series) in zip(axes, panels):
        _overlay(ax, runs_series, colours, title, family)
    return fig


def make_plots(runs, out_dir: str) -> List[str]:
    """Write every plot the logs have data for; returns the written paths."""
    pairs = [p for _, parsed in runs for kind in KINDS for r in parsed[kind]
             for p in (m.group(1) for m in map(_PER_PAIR_RE.match, r) if m)]
    colours = _colours(pairs)
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
            fig.savefig(written[-1], dpi=DPI)
    return written


# ------------------------------------------------------------------------------------------- cli


def default_labels(paths: Sequence[str]) -> List[str]:
    """File names without extension, or ``folder/name`` where those are not unique."""
    stems = [os.path.splitext(os.path.basename(p))[0] for p in paths]
    if len(set(stems)) == len(stems):
        return stems
    return [os.path.join(os.path.basename(os.path.dirname(os.path.abspath(p))), s) for p, s in zip(paths, stems)]


def get_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog=PROG, description=__doc__)
    p.add_argument("logs", nargs="+", help="fairseq-train log file(s) (--log-format simple or json)")
    p.add_argument("--labels", default=None,
                   help="comma-separated run names, one per log (default: the log file names)")
    p.add_argument("--out-dir", default=None,
                   help="output folder (default: <first log's folder>/<first log's name>_plots)")
    return p


def run(args) -> Tuple[str, List[str]]:
    """Parse the logs, write plots and metrics.csv, print the summary; returns (out_dir, files)."""
    if args.labels is None:
        labels = default_labels(args.logs)
    else:
        labels = [label.strip() for label in args.labels.split(",")]
        if len(labels) != len(args.logs):
            raise MtlNmtError(f"--labels has {len(labels)} name(s) but {len(args.logs)} log(s) were given")
    runs = [(label, parse_log(path)) for label, path in zip(labels, args.logs)]
    out_dir = args.out_dir
    if out_dir is None:
        first = args.logs[0]
        out_dir = os.path.join(os.path.dirname(first), os.path.splitext(os.path.basename(first))[0] + "_plots")
    os.makedirs(out_dir, exist_ok=True)
    written = make_plots(runs, out_dir)
    csv_path = os.path.join(out_dir, "metrics.csv")
    write_csv(csv_path, *table_rows(runs))
    written.append(csv_path)
    print(summary(runs))
    print(f"wrote {len(written)} file(s) to {out_dir}: {', '.join(os.path.basename(w) for w in written)}")
    return out_dir, written


def main(argv=None):
    args = get_parser().parse_args(argv)
    logging.getLogger("matplotlib").setLevel(logging.WARNING)
    try:
        run(args)
    except MtlNmtError as e:
        sys.exit(f"{PROG}: error: {e}")


if __name__ == "__main__":
    main()
