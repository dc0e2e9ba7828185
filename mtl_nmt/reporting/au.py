"""Report of AdaTask's AU task dominance (Yang et al., AAAI 2023, arXiv 2211.15055): which pair
dominates which layer, from a checkpoint's AdaTask optimizer state — a layers × slots table (text
and CSV, per layer then per parameter) and a heatmap."""
import os
from typing import List, Optional, Sequence

import numpy as np

from ..adatask import au_from_state_dict, au_shares, dominance_by_layer
from ..checkpoints import adatask_state, lang_pairs, read_checkpoint, task_config
from ..errors import MtlNmtError
from . import style
from .tables import write_csv

CSV_NAME = "au_dominance.csv"
PNG_NAME = "au_dominance.png"


def load_adatask_checkpoint(path: str):
    """``(checkpoint, AdaTask optimizer state)``; one clear error when either is missing."""
    ckpt = read_checkpoint(path)
    state = adatask_state(ckpt)
    if state is None:
        raise MtlNmtError(f"checkpoint {path!r} has no AdaTask optimizer state in 'last_optimizer_state' "
                          f"(was it trained with the AdaTask optimizer?)")
    return ckpt, state


def task_names(ckpt, num_tasks: int, tasks: Optional[str]) -> List[str]:
    """``--tasks`` if given, else the checkpoint's lang pairs, else ``task0..``."""
    if tasks:
        names = [t.strip() for t in tasks.split(",")]
        if len(names) != num_tasks:
            raise MtlNmtError(f"--tasks has {len(names)} name(s) but the AdaTask state has {num_tasks} tasks")
        return names
    pairs = lang_pairs(task_config(ckpt) or {})
    if pairs and len(pairs) == num_tasks:
        return pairs
    return [f"task{k}" for k in range(num_tasks)]


def slot_labels(task_groups: Sequence[int], names: Sequence[str]) -> List[str]:
    """One label per slot: the names of its tasks joined by ``+``."""
    return ["+".join(n for n, g in zip(names, task_groups) if g == s) for s in range(max(task_groups) + 1)]


def _dominant(row: np.ndarray, labels: Sequence[str]) -> str:
    return "" if np.isnan(row).any() else labels[int(np.argmax(row))]


def csv_rows(labels, layers, layer_shares, names, shares):
    """``(columns, rows)``: ``level,name,<one share per slot>,dominant`` for every layer, then every
    parameter (NaN shares: empty cells)."""
    columns = ["level", "name"] + list(labels) + ["dominant"]
    rows = []
    for level, keys, values in (("layer", layers, layer_shares), ("param", names, shares)):
        for key, row in zip(keys, values):
            cells = {label: None if np.isnan(v) else float(v) for label, v in zip(labels, row)}
            rows.append({"level": level, "name": key, **cells, "dominant": _dominant(row, labels)})
    return columns, rows


def heatmap_figure(labels, layers, layer_shares):
    """Heatmap of the layer shares (rows: layers in model order, columns: slots), annotated."""
    fig, (ax,) = style.figure(1, height=1.2 + 0.42 * len(layers), width=2.5 + 1.1 * len(labels))
    style.heatmap(ax, layer_shares, layers, labels, "AdaTask AU dominance per layer", "share of accumulated update",
                  vmin=0, vmax=1, annotate=True)
    return fig


def table(labels, layers, layer_shares) -> str:
    """Plain-text table: layer, share per slot, dominant slot."""
    width = max([len(x) for x in layers] + [len("layer")])
    cols = [max(len(label), 5) for label in labels]
    lines = [f"{'layer':<{width}}  " + "  ".join(f"{label:>{c}}" for label, c in zip(labels, cols)) + "  dominant"]
    for layer, row in zip(layers, layer_shares):
        cells = "  ".join(f"{'-' if np.isnan(v) else f'{v:.3f}':>{c}}" for v, c in zip(row, cols))
        lines.append(f"{layer:<{width}}  {cells}  {_dominant(row, labels) or '-'}")
    return "\n".join(lines)


def write_au_report(checkpoint: str, out: str, tasks: Optional[str] = None) -> str:
    """Write ``au_dominance.png`` and ``au_dominance.csv`` into ``out``; returns the text table."""
    ckpt, state = load_adatask_checkpoint(checkpoint)
    group = state["param_groups"][0]
    labels = slot_labels(group["task_groups"], task_names(ckpt, group["num_tasks"], tasks))
    names, au = au_from_state_dict(state)
    layers, layer_shares = dominance_by_layer(names, au)
    os.makedirs(out, exist_ok=True)
    write_csv(os.path.join(out, CSV_NAME), *csv_rows(labels, layers, layer_shares, names, au_shares(au)))
    heatmap_figure(labels, layers, layer_shares).savefig(os.path.join(out, PNG_NAME), dpi=style.DPI)
    return table(labels, layers, layer_shares)
