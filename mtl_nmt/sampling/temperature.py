"""Explicit schedules of Jean, Firat & Johnson (2019, arXiv 1909.06434), eq. 1: temperature
sampling p_i ∝ (n_i/N)^(1/T) over tasks; T = 1 is proportional (p_i = n_i/N), T → ∞ uniform."""
from typing import Sequence

import numpy as np

from ..errors import MtlNmtError


def _sizes(sizes: Sequence[int]) -> np.ndarray:
    sizes = np.asarray(sizes, dtype=np.float64)
    if sizes.ndim != 1 or len(sizes) == 0 or (sizes < 0).any() or sizes.sum() <= 0:
        raise MtlNmtError(f"task sizes must be non-negative with a positive sum, got {sizes.tolist()}")
    return sizes


def temperature_probs(sizes: Sequence[int], temperature: float) -> np.ndarray:
    """Normalised p_i = (n_i/N)^(1/T) / Σ_j (n_j/N)^(1/T); empty tasks get 0."""
    if not temperature > 0:
        raise MtlNmtError(f"sampling temperature must be > 0, got {temperature}")
    sizes = _sizes(sizes)
    weights = np.where(sizes > 0, (sizes / sizes.sum()) ** (1.0 / temperature), 0.0)
    return weights / weights.sum()


def proportional_probs(sizes: Sequence[int]) -> np.ndarray:
    """p_i = n_i / N (temperature 1)."""
    sizes = _sizes(sizes)
    return sizes / sizes.sum()


def uniform_probs(sizes: Sequence[int]) -> np.ndarray:
    """p_i = 1/K over non-empty tasks (the T → ∞ limit)."""
    sizes = _sizes(sizes)
    present = (sizes > 0).astype(np.float64)
    return present / present.sum()
