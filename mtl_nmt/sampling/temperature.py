"""Temperature sampling over tasks (Arivazhagan et al. 2019; Jean et al. 2019, arXiv 1909.06434):
p_i ∝ (n_i / N)^(1/T); T = 1 is proportional, T → ∞ uniform."""
from typing import Sequence

import numpy as np

from ..errors import MtlNmtError


def temperature_probs(sizes: Sequence[int], temperature: float) -> np.ndarray:
    """Normalised p_i = (n_i/N)^(1/T) / Σ_j (n_j/N)^(1/T); empty tasks get 0."""
    if not temperature > 0:
        raise MtlNmtError(f"sampling temperature must be > 0, got {temperature}")
    sizes = np.asarray(sizes, dtype=np.float64)
    if sizes.ndim != 1 or len(sizes) == 0 or (sizes < 0).any() or sizes.sum() <= 0:
        raise MtlNmtError(f"task sizes must be non-negative with a positive sum, got {sizes.tolist()}")
    weights = np.where(sizes > 0, (sizes / sizes.sum()) ** (1.0 / temperature), 0.0)
    return weights / weights.sum()
