"""Fixed user sampling weights (``--sampling-weights-file``: JSON ``{"en-de": 2, "en-hi": 1}``)."""
import json
import os
from typing import Dict, Sequence

import numpy as np

from ..errors import MtlNmtError


def load_pair_map(path: str, pairs: Sequence[str], what: str) -> dict:
    """Read a JSON object keyed by pair; one clear error for a missing file, bad JSON, a non-object
    or a missing pair. Keys may be ``en-de`` or fairseq dataset keys ``main:en-de``."""
    if not os.path.isfile(path):
        raise MtlNmtError(f"{what} file {path!r} does not exist")
    try:
        with open(path, encoding="utf-8") as f:
            raw = json.load(f)
    except json.JSONDecodeError as e:
        raise MtlNmtError(f"{what} file {path} is not valid JSON: {e}") from None
    if not isinstance(raw, dict):
        raise MtlNmtError(f"{what} file {path} must hold a JSON object keyed by language pair")
    values = {k.split(":", 1)[-1]: v for k, v in raw.items()}
    missing = [p for p in pairs if p not in values]
    if missing:
        raise MtlNmtError(f"{what} file {path} has no value for pair(s) {', '.join(missing)}")
    return values


def load_pair_values(path: str, pairs: Sequence[str], what: str) -> Dict[str, float]:
    """:func:`load_pair_map` whose values must be finite numbers."""
    values = load_pair_map(path, pairs, what)
    out = {}
    for p in pairs:
        v = values[p]
        if isinstance(v, bool) or not isinstance(v, (int, float)) or not np.isfinite(v):
            raise MtlNmtError(f"{what} file {path}: value for {p} must be a finite number, got {v!r}")
        out[p] = float(v)
    return out


def normalise_weights(weights: Sequence[float], what: str = "sampling weights") -> np.ndarray:
    """Weights → probabilities; negative weights or a non-positive sum are errors."""
    w = np.asarray(weights, dtype=np.float64)
    if (w < 0).any() or not w.sum() > 0:
        raise MtlNmtError(f"{what} must be non-negative with a positive sum, got {w.tolist()}")
    return w / w.sum()
