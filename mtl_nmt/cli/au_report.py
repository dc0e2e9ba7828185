"""``mtl-nmt-au-report``: which task dominates which layer, from a fairseq checkpoint trained with
the AdaTask optimizer (AU metric of Yang et al., AAAI 2023, arXiv 2211.15055). Writes
``au_dominance.png`` (heatmap layers x slots), ``au_dominance.csv`` (per layer and per parameter)
and prints a per-layer table."""
import argparse
import csv
import logging
import os
from typing import List, Optional, Sequence

import numpy as np
import torch

from ..errors import MtlNmtError
from ..optim.adatask import au_from_state_dict, au_shares, dominance_by_layer, is_adatask_state

PROG = "mtl-nmt-au-report"
DPI = 120


def load_adatask_checkpoint(path: str):
    """``(checkpoint, optimizer state dict)``; MtlNmtError when the file or the AdaTask state is missing."""
    if not os.path.isfile(path):
        raise MtlNmtError(f"checkpoint {path!r} does not exist")
    try:
        ckpt = torch.load(path, map_location="cpu", weights_only=False)
    except Exception as e:  # a truncated or foreign file: say which, in one line
        raise MtlNmtError(f"cannot read checkpoint {path!r}: {e}") from e
    state = ckpt.get("last_optimizer_state") if isinstance(ckpt, dict) else None
    if not is_adatask_state(state):
        raise MtlNmtError(f"checkpoint {path!r} has no AdaTask optimizer state in 'last_optimizer_state' "
                          f"(was it trained with the AdaTask optimizer?)")
    return ckpt, state


def _field(obj, key):
    if obj is None:
        return None
    try:
        return obj[key] if key in obj else None
    except TypeError:
        return getattr(obj, key, None)


def checkpoint_lang_pairs(ckpt) -> Optional[List[str]]:
    """``lang_pairs`` of the checkpoint's config (``cfg.task``, or legacy ``args``), as a list."""
    pairs = _field(_field(_field(ckpt, "cfg"), "task"), "lang_pairs") or _field(_field(ckpt, "args"), "lang_pairs")
    if isinstance(pairs, str):
        pairs = pairs.split(",")
    return [str(p).strip() for p in pairs] if pairs else None


def task_names(ckpt, num_tasks: int, tasks: Optional[str]) -> List[str]:
    """``--tasks`` if given, else the checkpoint's lang pairs, else ``task0..``."""
    if tasks:
        names = [t.strip() for t in tasks.split(",")]
        if len(names) != num_tasks:
            raise MtlNmtError(f"--tasks has {len(names)} name(s) but the AdaTask state has {num_tasks} tasks")
        return names
    pairs = checkpoint_lang_pairs(ckpt)
    if pairs and len(pairs) == num_tasks:
        return pairs
    return [f"task{k}" for k in range(num_tasks)]


def slot_labels(task_groups: Sequence[int], names: Sequence[str]) -> List[str]:
    """One label per slot: the names of its tasks joined by ``+``."""
    return ["+".join(n for n, g in zip(names, task_groups) if g == s) for s in range(max(task_groups) + 1)]


def _dominant(row: np.ndarray, labels: Sequence[str]) -> str:
    return "" if np.isnan(row).any() else labels[int(np.argmax(row))]


def write_csv(path: str, labels, layers, layer_shares, names, shares) -> None:
    """Rows ``level,name,<one share per slot>,dominant`` for every layer, then every parameter."""
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["level", "name"] + list(labels) + ["dominant"])
        for level, keys, values in (("layer", layers, layer_shares), ("param", names, shares)):
            for key, row in zip(keys, values):
                cells = ["" if np.isnan(v) else repr(float(v)) for v in row]
                writer.writerow([level, key] + cells + [_dominant(row, labels)])


def heatmap(path: str, labels, layers, layer_shares) -> None:
    """Heatmap of the layer shares (rows: layers in model order, columns: slots), annotated."""
    from matplotlib.figure import Figure

    fig = Figure(figsize=(2.5 + 1.1 * len(labels), 1.2 + 0.42 * len(layers)), dpi=DPI, layout="constrained")
    ax = fig.subplots()
    image = ax.imshow(layer_shares, vmin=0, vmax=1, cmap="viridis", aspect="auto")
    ax.set_xticks(range(len(labels)), labels, rotation=30 if len(labels) > 4 else 0, ha="right" if len(labels) > 4 else "center")
    ax.set_yticks(range(len(layers)), layers)
    for i in range(len(layers)):
        for j in range(len(labels)):
            value = layer_shares[i, j]
            ax.text(j, i, "-" if np.isnan(value) else f"{value:.2f}", ha="center", va="center", fontsize="small",
                    color="black" if np.isnan(value) or value > 0.6 else "white")
    ax.set_title("AdaTask AU dominance per layer")
    fig.colorbar(image, ax=ax, label="share of accumulated update")
    fig.savefig(path, dpi=DPI)


def table(labels, layers, layer_shares) -> str:
    """Plain-text table: layer, share per slot, dominant slot."""
    width = max([len(x) for x in layers] + [len("layer")])
    cols = [max(len(label), 5) for label in labels]
    lines = [f"{'layer':<{width}}  " + "  ".join(f"{label:>{c}}" for label, c in zip(labels, cols)) + "  dominant"]
    for layer, row in zip(layers, layer_shares):
        cells = "  ".join(f"{'-' if np.isnan(v) else f'{v:.3f}':>{c}}" for v, c in zip(row, cols))
        lines.append(f"{layer:<{width}}  {cells}  {_dominant(row, labels) or '-'}")
    return "\n".join(lines)


def get_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog=PROG, description=__doc__)
    p.add_argument("checkpoint", help="fairseq checkpoint (.pt) trained with the AdaTask optimizer")
    p.add_argument("--out", default=None, help="output folder (default: <checkpoint without .pt>_au)")
    p.add_argument("--tasks", default=None,
                   help="comma-separated task names in task-id order (default: the checkpoint's --lang-pairs)")
    return p


def run(args) -> str:
    """Read the checkpoint, write the PNG and CSV, print the table; returns the output folder."""
    ckpt, state = load_adatask_checkpoint(args.checkpoint)
    group = state["param_groups"][0]
    labels = slot_labels(group["task_groups"], task_names(ckpt, group["num_tasks"], args.tasks))
    names, au = au_from_state_dict(state)
    layers, layer_shares = dominance_by_layer(names, au)
    out = args.out or os.path.splitext(args.checkpoint)[0] + "_au"
    os.makedirs(out, exist_ok=True)
    write_csv(os.path.join(out, "au_dominance.csv"), labels, layers, layer_shares, names, au_shares(au))
    heatmap(os.path.join(out, "au_dominance.png"), labels, layers, layer_shares)
    print(table(labels, layers, layer_shares))
    print(f"wrote au_dominance.png and au_dominance.csv to {out}")
    return out


def main(argv=None):
    """Entry point; raises MtlNmtError for user errors (printed in one line by :mod:`mtl_nmt.compat`)."""
    logging.getLogger("matplotlib").setLevel(logging.WARNING)
    run(get_parser().parse_args(argv))


if __name__ == "__main__":
    main()
