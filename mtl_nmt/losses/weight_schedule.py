"""A schedule of scalarization weights: piecewise-constant pair weights over updates, e.g. the lineage
that population-based training found (Jaderberg et al. 2017, arXiv 1711.09846, §3: a PBT model is
trained by a schedule of hyperparameters, which can be replayed in one run).

Stage s holds for fairseq's update indices u with e_(s−1) ≤ u < e_s (e_(−1) = 0), the last stage
from e_(S−2) on, whatever its own end; every stage's weights are normalised on the simplex."""
import csv
import os
from typing import Sequence, Tuple

import numpy as np

from ..errors import MtlNmtError
from ..sampling.weights import normalise_weights
from .scalarization import load_pair_weights

END_COLUMN = "num_updates"


def load_weight_schedule(spec: str, pairs: Sequence[str]) -> Tuple[np.ndarray, np.ndarray]:
    """``(ends, weights)``: ``uniform`` or a JSON file {pair: weight} is one stage; a CSV file with a
    ``num_updates`` column and one ``weight_<pair>`` column per pair (``mtl-nmt-pbt``'s
    ``best/lineage.csv``) is one stage per row, its weights holding up to its ``num_updates``."""
    if spec == "uniform" or not spec.endswith(".csv"):
        return np.array([np.inf]), load_pair_weights(spec, pairs)[None, :]
    if not os.path.isfile(spec):
        raise MtlNmtError(f"pair weight schedule {spec!r} does not exist")
    with open(spec, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    columns = [END_COLUMN] + [f"weight_{p}" for p in pairs]
    missing = [c for c in columns if not rows or c not in rows[0]]
    if missing:
        raise MtlNmtError(f"pair weight schedule {spec} needs the columns {', '.join(columns)} and one row per "
                          f"stage (as mtl-nmt-pbt's best/lineage.csv); missing: {', '.join(missing)}")
    try:
        ends = np.array([float(r[END_COLUMN]) for r in rows])
        weights = np.array([[float(r[f"weight_{p}"]) for p in pairs] for r in rows])
    except ValueError as e:
        raise MtlNmtError(f"pair weight schedule {spec}: a cell is not a number ({e})") from None
    if not (np.all(np.isfinite(ends)) and ends[0] > 0 and np.all(np.diff(ends) > 0)):
        raise MtlNmtError(f"pair weight schedule {spec}: num_updates must be positive and increase from row to "
                          f"row, got {ends.tolist()}")
    return ends, np.stack([normalise_weights(w, f"pair weights of row {i + 1} of {spec}")
                           for i, w in enumerate(weights)])


def stage_index(ends: np.ndarray, update: int) -> int:
    """The stage that holds for fairseq's update index ``update`` (0 for the first update)."""
    return min(int(np.searchsorted(ends, update, side="right")), len(ends) - 1)
