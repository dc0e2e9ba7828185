"""Per-pair baselines of the adaptive schedule (Jean et al. 2019, §3.2: a pair is over-sampled while
its dev score is behind its single-pair baseline), resolved from ``--adaptive-baselines``:

- ``auto``: None (the schedule takes each pair's first validation: it then measures progress since
  that validation, not a gap to a bilingual model);
- a baselines JSON written by ``mtl-nmt-baselines`` (``{"loss": {pair: v}, "bleu": {pair: v}, ...}``)
  or the legacy flat ``{pair: value}``;
- a checkpoint ``.pt``: the per-pair scores of its last validation;
- a folder: an ``mtl-nmt-baselines`` output folder (its ``baselines.json``), or one single-pair
  checkpoint per pair (``<pair>/checkpoint_best.pt`` or ``<pair>.pt``).

Units are those the schedule compares: ``loss`` is the criterion's loss per ``sample_size`` in bits
(``loss_<pair>`` of the validation log), ``bleu`` is sacreBLEU as ``--eval-bleu`` computes it."""
import json
import math
import os
from typing import Callable, Dict, Optional, Sequence

from ..errors import MtlNmtError

BASELINES_FILE = "baselines.json"
CHECKPOINT_NAME = "checkpoint_best.pt"
METRICS = ("loss", "bleu")
ReadMetrics = Callable[[str], Dict[str, Dict[str, float]]]


def checkpoint_metrics(path: str) -> Dict[str, Dict[str, float]]:
    """{metric: {pair: value}} of a checkpoint's last validation (its sampler state)."""
    from ..checkpoints import last_pair_metrics, read_checkpoint

    state = read_checkpoint(path)
    out = {}
    for metric in METRICS:
        values = last_pair_metrics(state, metric)
        if values:
            out[metric] = dict(values)
    return out


def _finite(values: dict, pairs: Sequence[str], metric: str, where: str) -> Dict[str, float]:
    missing = [p for p in pairs if p not in values]
    if missing:
        raise MtlNmtError(f"{where} has no {metric} baseline for pair(s) {', '.join(missing)}")
    out = {}
    for p in pairs:
        v = values[p]
        if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
            raise MtlNmtError(f"{where}: {metric} baseline of {p} must be a finite number, got {v!r}")
        out[p] = float(v)
    return out


def read_baselines_json(path: str, pairs: Sequence[str], metric: str) -> Dict[str, float]:
    """Baselines of ``pairs`` from an ``mtl-nmt-baselines`` JSON or a flat ``{pair: value}``
    (keys may be ``en-de`` or ``main:en-de``)."""
    try:
        with open(path, encoding="utf-8") as f:
            raw = json.load(f)
    except OSError as e:
        raise MtlNmtError(f"cannot read baselines file {path}: {e.strerror}") from None
    except json.JSONDecodeError as e:
        raise MtlNmtError(f"baselines file {path} is not valid JSON: {e}") from None
    if not isinstance(raw, dict):
        raise MtlNmtError(f"baselines file {path} must hold a JSON object")
    if any(isinstance(raw.get(m), dict) for m in METRICS):
        if not isinstance(raw.get(metric), dict):
            hint = " (run mtl-nmt-baselines with --eval-bleu among the training options)" if metric == "bleu" else ""
            raise MtlNmtError(f"baselines file {path} has no {metric} baselines{hint}")
        raw = raw[metric]
    values = {k.split(":", 1)[-1]: v for k, v in raw.items()}
    return _finite(values, pairs, metric, f"baselines file {path}")


def folder_checkpoints(folder: str, pairs: Sequence[str]) -> Dict[str, str]:
    found, missing = {}, []
    for p in pairs:
        for candidate in (os.path.join(folder, p, CHECKPOINT_NAME), os.path.join(folder, f"{p}.pt")):
            if os.path.isfile(candidate):
                found[p] = candidate
                break
        else:
            missing.append(p)
    if missing:
        raise MtlNmtError(f"baselines folder {folder} has neither {BASELINES_FILE} nor a checkpoint for pair(s) "
                          f"{', '.join(missing)} (expected <pair>/{CHECKPOINT_NAME} or <pair>.pt)")
    return found


def resolve_baselines(source: str, pairs: Sequence[str], metric: str,
                      read_metrics: Optional[ReadMetrics] = None) -> Optional[Dict[str, float]]:
    """``{pair: baseline}`` for ``pairs`` in ``metric`` units, or None for ``auto``.
    ``read_metrics(path)`` reads a checkpoint's last validation (default :func:`checkpoint_metrics`)."""
    if metric not in METRICS:
        raise MtlNmtError(f"unknown baseline metric {metric!r} (choose from {', '.join(METRICS)})")
    if source == "auto":
        return None
    read_metrics = read_metrics or checkpoint_metrics
    if os.path.isdir(source):
        summary = os.path.join(source, BASELINES_FILE)
        if os.path.isfile(summary):
            return read_baselines_json(summary, pairs, metric)
        values = {}
        for p, path in folder_checkpoints(source, pairs).items():
            scores = read_metrics(path).get(metric) or {}
            values[p] = _finite(scores, [p], metric, f"checkpoint {path} (its last validation)")[p]
        return values
    if not os.path.isfile(source):
        raise MtlNmtError(f"--adaptive-baselines {source!r} does not exist (give 'auto', a baselines JSON, "
                          "a checkpoint .pt or a folder of single-pair checkpoints)")
    if source.endswith(".pt"):
        scores = read_metrics(source).get(metric) or {}
        if not scores:
            raise MtlNmtError(f"{source} holds no per-pair validation {metric} (train it with "
                              "multilingual_scheduled and a scheduled --sampling-method, or use mtl-nmt-baselines)")
        return _finite(scores, pairs, metric, f"checkpoint {source} (its last validation)")
    return read_baselines_json(source, pairs, metric)
