"""Static scalarization (Royer, Blankevoort & Ehteshami Bejnordi, NeurIPS 2023, arXiv 2310.08910):
minimise Σ_i w_i·L_i with w on the simplex.

In fairseq a batch loss is a sum over target tokens, so pair weights become per-token
multipliers c_i = K·w_i on the tokens of pair i: uniform weights (w_i = 1/K) give c = 1, i.e.
exactly the plain criterion, and the objective over a run is Σ_i c_i·(tokens of i)·L_i."""
from typing import Sequence

import numpy as np

from ..errors import MtlNmtError
from ..sampling.weights import load_pair_values, normalise_weights


def load_pair_weights(spec: str, pairs: Sequence[str]) -> np.ndarray:
    """``uniform`` or a JSON file {pair: weight} → weights on the simplex (order of ``pairs``)."""
    if spec == "uniform":
        return np.full(len(pairs), 1.0 / len(pairs))
    values = load_pair_values(spec, pairs, "pair weights")
    return normalise_weights([values[p] for p in pairs], f"pair weights in {spec}")


def scalarization_multipliers(weights: Sequence[float]) -> np.ndarray:
    """c_i = K·w_i (w normalised first), the per-token multipliers of the module docstring."""
    w = np.asarray(weights, dtype=np.float64)
    if w.ndim != 1 or len(w) == 0:
        raise MtlNmtError(f"pair weights must be a non-empty vector, got {w.tolist()}")
    return len(w) * normalise_weights(w, "pair weights")
