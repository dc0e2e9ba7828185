"""Tables of training runs: the one CSV writer of mtl-nmt, the per-update metrics table of
``mtl-nmt-plot`` (``metrics.csv``) and the text summary of each run's last validation."""
import csv
import math
import numbers
from typing import Dict, List, Optional, Sequence, Tuple

from .logs import FAMILIES, KINDS, PER_PAIR_RE, dedupe, pairs_of, realized_share

GENERAL_COLUMNS = ("epoch", "loss", "nll_loss", "ppl", "bleu", "lr")


def format_cell(value) -> str:
    """A CSV/text cell: empty for None, integral floats as integers, other floats in full
    (``repr``; ``nan`` for NaN), anything else as ``str``."""
    if value is None:
        return ""
    if isinstance(value, numbers.Real) and not isinstance(value, numbers.Integral):
        value = float(value)
        if math.isfinite(value) and value == int(value):
            return str(int(value))
        return repr(value)
    if isinstance(value, numbers.Integral) and not isinstance(value, bool):
        return str(int(value))
    return str(value)


def write_csv(path: str, columns: Sequence[str], rows: Sequence[dict]) -> None:
    """Write ``rows`` (dicts) under the header ``columns``; missing cells empty (:func:`format_cell`)."""
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(list(columns))
        for row in rows:
            writer.writerow([format_cell(row.get(c)) for c in columns])


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
                row = {k: v for k, v in record.items() if k in GENERAL_COLUMNS or PER_PAIR_RE.match(k)}
                for pair in shares:
                    if (pair, record["num_updates"]) in share_at:
                        row[f"share_{pair}"] = round(share_at[pair, record["num_updates"]], 4)
                keys.update(row)
                row.update(run=label, kind=kind, num_updates=record["num_updates"])
                rows.append(row)
    general = [k for k in GENERAL_COLUMNS if k in keys]
    per_pair_keys = [k for k in keys if k not in GENERAL_COLUMNS]

    def order(key):
        pair = PER_PAIR_RE.match(key).group(1)
        return FAMILIES.index(key[: -len(pair) - 1]), pair

    columns = ["run", "kind", "num_updates"] + general + sorted(per_pair_keys, key=order)
    return columns, rows


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
        lines.append(f"{label}: last validation at num_updates {format_cell(last['num_updates'])}")
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
