"""Adaptive schedule of Jean, Firat & Johnson (2019, arXiv 1909.06434, §3.2): tasks doing worse than
their baseline are over-sampled. The paper does not spell out the rule's exact form; the one below is
a reconstruction from secondary sources, so every knob is configurable.

With s_i the task's current dev score and b_i its baseline, the relative performance is
r_i = s_i / b_i for BLEU (higher is better) and r_i = b_i / s_i for loss (lower is better);
w_i = (1 / max(r_i, ε))^α, p_adaptive = w / Σ w, and the schedule used is
p = (1 − γ)·p_adaptive + γ·p_explicit, optionally smoothed over validations
p_t = β·p_{t−1} + (1 − β)·p, and floored so that every p_i ≥ m: p ← (1 − K·m)·p + m.
"""
from typing import Optional, Sequence

import numpy as np

from ..errors import MtlNmtError

METRICS = ("bleu", "loss")


def relative_performance(scores: Sequence[float], baselines: Sequence[float], metric: str) -> np.ndarray:
    s = np.asarray(scores, dtype=np.float64)
    b = np.asarray(baselines, dtype=np.float64)
    if metric not in METRICS:
        raise MtlNmtError(f"unknown adaptive metric {metric!r} (choose from {', '.join(METRICS)})")
    if s.shape != b.shape:
        raise MtlNmtError(f"{len(s)} scores for {len(b)} baselines")
    if metric == "bleu":
        if (b <= 0).any():
            raise MtlNmtError(f"BLEU baselines must be > 0, got {b.tolist()}")
        return s / b
    if (b <= 0).any() or (s <= 0).any():
        raise MtlNmtError(f"loss baselines and losses must be > 0, got {b.tolist()} / {s.tolist()}")
    return b / s


def adaptive_weights(rel: Sequence[float], alpha: float, eps: float = 1e-3) -> np.ndarray:
    """w_i = (1 / max(r_i, ε))^α, normalised."""
    if alpha < 0:
        raise MtlNmtError(f"--adaptive-alpha must be >= 0, got {alpha}")
    r = np.maximum(np.asarray(rel, dtype=np.float64), eps)
    w = (1.0 / r) ** alpha
    return w / w.sum()


def floor_probs(p: Sequence[float], min_prob: float) -> np.ndarray:
    """(1 − K·m)·p + m: every task keeps at least ``m``; the result still sums to 1."""
    p = np.asarray(p, dtype=np.float64)
    if min_prob < 0 or len(p) * min_prob >= 1:
        raise MtlNmtError(f"--min-sampling-prob must be in [0, 1/K) = [0, {1 / len(p):.4g}), got {min_prob}")
    return (1.0 - len(p) * min_prob) * p + min_prob


def adaptive_probs(scores, baselines, metric: str, alpha: float, explicit: Sequence[float],
                   mix: float = 0.0, previous: Optional[Sequence[float]] = None, smoothing: float = 0.0,
                   min_prob: float = 0.0, eps: float = 1e-3) -> np.ndarray:
    """The full rule of the module docstring; returns probabilities summing to 1."""
    if not 0 <= mix <= 1:
        raise MtlNmtError(f"--adaptive-mix must be in [0, 1], got {mix}")
    if not 0 <= smoothing < 1:
        raise MtlNmtError(f"--adaptive-smoothing must be in [0, 1), got {smoothing}")
    p = adaptive_weights(relative_performance(scores, baselines, metric), alpha, eps)
    p = (1.0 - mix) * p + mix * np.asarray(explicit, dtype=np.float64)
    if previous is not None and smoothing > 0:
        p = smoothing * np.asarray(previous, dtype=np.float64) + (1.0 - smoothing) * p
    p = floor_probs(p / p.sum(), min_prob)
    return p / p.sum()
