"""Implicit schedules (Jean, Firat & Johnson 2019, arXiv 1909.06434, §3.3): keep sampling from an
explicit schedule q and scale each task's learning rate (or loss) by r_i = p_i / q_i, with p the
schedule one wants to follow (e.g. the adaptive one). Under q, E[r] = Σ q_i p_i / q_i = 1, so the
average step size is unchanged."""
from typing import Sequence

import numpy as np

from ..errors import MtlNmtError


def implicit_scales(target: Sequence[float], sampled: Sequence[float], max_scale: float = 0.0) -> np.ndarray:
    """r_i = p_i / q_i, optionally clipped to [1/max_scale, max_scale] (``max_scale`` 0: no clip)."""
    p = np.asarray(target, dtype=np.float64)
    q = np.asarray(sampled, dtype=np.float64)
    if p.shape != q.shape:
        raise MtlNmtError(f"{len(p)} target probabilities for {len(q)} sampled ones")
    if max_scale and max_scale < 1:
        raise MtlNmtError(f"--implicit-max-scale must be 0 (no clip) or >= 1, got {max_scale}")
    r = np.divide(p, q, out=np.zeros_like(p), where=q > 0)
    if max_scale:
        r = np.clip(r, 1.0 / max_scale, max_scale)
    return r
