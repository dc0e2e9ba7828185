"""Expert routing report of a BASE-layer MoE checkpoint (Lewis et al. 2021): every pair's dev or test
sentences pass the model teacher-forced with inference routing (greedy top-1), and each BASE layer's
tokens per expert are counted per pair; statistics from :mod:`mtl_nmt.modules.expert_load`. Writes
``moe_routing.csv`` and ``moe_routing.png`` (one heatmap per layer: pairs × experts)."""
import os
from typing import Dict, List, Tuple

import numpy as np

from ..checkpoints import check_readable
from ..errors import MtlNmtError
from ..modules.expert_checkpoint import base_layers
from ..modules.expert_load import load_summary
from . import style
from .tables import write_csv

CSV_NAME = "moe_routing.csv"
PNG_NAME = "moe_routing.png"


def _load(checkpoint: str, data_bin: str):
    import mtl_nmt  # noqa: F401  (registers the task and the model)
    from fairseq import checkpoint_utils

    check_readable(checkpoint)
    if not os.path.isdir(data_bin):
        raise MtlNmtError(f"--data-bin {data_bin!r} is not a folder (the data-bin the model was trained on)")
    (model,), _cfg, task = checkpoint_utils.load_model_ensemble_and_task([checkpoint],
                                                                         arg_overrides={"data": data_bin})
    return model, task


def named_base_layers(model) -> List[Tuple[str, object]]:
    """``[(name, BaseLayer)]`` in model order, the name without the trailing ``.moe``."""
    return [(name.rsplit(".moe", 1)[0], m) for name, m in base_layers(model).items()]


def routing_counts(checkpoint: str, data_bin: str, split: str = "valid",
                   max_tokens: int = 4000) -> Tuple[List[str], List[str], Dict[str, np.ndarray]]:
    """``(pairs, layers, {layer: pairs × experts token counts})`` of ``split``."""
    import torch

    model, task = _load(checkpoint, data_bin)
    layers = named_base_layers(model)
    if not layers:
        raise MtlNmtError(f"{checkpoint} has no BASE layers: the report needs a model trained with "
                          "--arch base_moe_transformer (or base_moe_transformer_lohelp)")
    dense = [name for name, layer in layers if not bool(layer.sparse)]
    if dense:
        raise MtlNmtError(f"{checkpoint}: BASE layer(s) {', '.join(dense)} are still dense (the checkpoint is from "
                          "before --dense-pretrain-updates): report a checkpoint after the switch")
    task.load_dataset(split)
    dataset = task.dataset(split)
    pairs = list(task.pair_space.names)
    counts = {name: np.zeros((len(pairs), layer.num_experts), dtype=np.int64) for name, layer in layers}
    model.eval()
    with torch.no_grad():
        for pair_id, part in zip(dataset.pair_ids, dataset.datasets):
            for batch in part.batch_by_size(part.ordered_indices(), max_tokens=max_tokens):
                net = part.collater([part[i] for i in batch])["net_input"]
                model(net["src_tokens"], net["src_lengths"], net["prev_output_tokens"])
                for name, layer in layers:
                    counts[name][pair_id] += layer.last_load.cpu().numpy()
    return pairs, [name for name, _ in layers], counts


def csv_rows(pairs, layers, summaries):
    experts = summaries[layers[0]]["shares"].shape[1]
    columns = ["layer", "pair", "tokens"] + [f"expert_{e}" for e in range(experts)] + ["entropy", "imbalance",
                                                                                      "mutual_information_bits"]
    rows = []
    for layer in layers:
        s = summaries[layer]
        for k, pair in enumerate(pairs + ["all"]):
            shares = s["shares"][k] if k < len(pairs) else s["load"]
            rows.append({"layer": layer, "pair": pair,
                         "tokens": int(s["tokens"][k]) if k < len(pairs) else int(s["tokens"].sum()),
                         **{f"expert_{e}": float(v) for e, v in enumerate(shares)},
                         "entropy": float(s["entropy"][k]) if k < len(pairs) else None,
                         "imbalance": s["imbalance"] if k == len(pairs) else None,
                         "mutual_information_bits": s["mutual_information"] if k == len(pairs) else None})
    return columns, rows


def table(pairs, layers, summaries) -> str:
    """Per layer: each pair's share of tokens per expert and its normalised routing entropy, then
    all pairs' load, the imbalance (max / mean load) and I(pair; expert)."""
    lines = []
    for layer in layers:
        s = summaries[layer]
        experts = s["shares"].shape[1]
        width = max(len(p) for p in pairs + ["all pairs"])
        head = f"{'':<{width}}  {'tokens':>7}  " + "  ".join(f"{'e' + str(e):>5}" for e in range(experts))
        lines += [f"{layer}: imbalance {s['imbalance']:.3f}, I(pair; expert) {s['mutual_information']:.3f} bits",
                  head + "  entropy"]
        for k, pair in enumerate(pairs):
            cells = "  ".join(f"{v:5.3f}" if np.isfinite(v) else f"{'-':>5}" for v in s["shares"][k])
            ent = s["entropy"][k]
            lines.append(f"{pair:<{width}}  {int(s['tokens'][k]):>7}  {cells}  {ent:7.3f}" if np.isfinite(ent)
                         else f"{pair:<{width}}  {0:>7}  {cells}  {'-':>7}")
        cells = "  ".join(f"{v:5.3f}" for v in s["load"])
        lines += [f"{'all pairs':<{width}}  {int(s['tokens'].sum()):>7}  {cells}", ""]
    return "\n".join(lines).rstrip()


def heatmap_figure(pairs, layers, summaries):
    experts = summaries[layers[0]]["shares"].shape[1]
    fig, axes = style.figure(len(layers), height=1.0 + 0.4 * len(pairs), width=2.5 + 1.0 * experts)
    for ax, layer in zip(axes, layers):
        s = summaries[layer]
        style.heatmap(ax, s["shares"], pairs, [f"expert {e}" for e in range(experts)],
                      f"{layer}: share of each pair's tokens (imbalance {s['imbalance']:.2f})", "share",
                      vmin=0, vmax=1, annotate=True)
    return fig


def write_moe_report(checkpoint: str, data_bin: str, out: str, split: str = "valid", max_tokens: int = 4000) -> str:
    """Write ``moe_routing.csv`` and ``moe_routing.png`` into ``out``; returns the text table."""
    pairs, layers, counts = routing_counts(checkpoint, data_bin, split, max_tokens)
    summaries = {layer: load_summary(counts[layer]) for layer in layers}
    os.makedirs(out, exist_ok=True)
    write_csv(os.path.join(out, CSV_NAME), *csv_rows(pairs, layers, summaries))
    heatmap_figure(pairs, layers, summaries).savefig(os.path.join(out, PNG_NAME), dpi=style.DPI)
    return table(pairs, layers, summaries)
