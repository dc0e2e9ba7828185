"""UniMax sampling (Chung et al., "UniMax: Fairer and More Effective Language Sampling for
Large-Scale Multilingual Pretraining", ICLR 2023, arXiv 2304.09151, Algorithm 1).

Spend a training budget B as uniformly as possible over the K pairs, but never more than N epochs
of any pair's data. Pairs are visited smallest first; the i-th (0-based) of them, with B_left of the
budget still unspent, gets

    u_i = min(B_left / (K − i), N·n_i),    B_left ← B_left − u_i,

so what the small pairs cannot use (their cap N·n_i) is spread uniformly over the larger ones. The
sampling distribution is p_i = u_i / Σ_j u_j, fixed for the run. Here sizes and the budget are
counted in sentences (the paper counts characters).

A budget larger than N·Σn cannot be spent within the cap: every pair then gets u_i = N·n_i (the
paper's algorithm as written), p is proportional to the sizes (p_i = n_i/Σn), and the run repeats
each pair's data B/Σn > N times. This is not an error (short runs on small data hit it); the
allocation table says so.
"""
from typing import Sequence

import numpy as np

from ..errors import MtlNmtError


def _check(sizes: Sequence[float], budget: float, max_epochs: float) -> np.ndarray:
    n = np.asarray(sizes, dtype=np.float64)
    if n.ndim != 1 or len(n) == 0:
        raise MtlNmtError(f"unimax needs one size per pair, got {np.asarray(sizes).tolist()}")
    if not np.isfinite(n).all() or (n <= 0).any():
        raise MtlNmtError(f"unimax: every pair needs training data (sizes > 0), got {n.tolist()}: "
                          "drop the empty pair(s) from --lang-pairs")
    if not (np.isfinite(max_epochs) and max_epochs > 0):
        raise MtlNmtError(f"--unimax-max-epochs must be > 0, got {max_epochs}")
    if not (np.isfinite(budget) and budget > 0):
        raise MtlNmtError(f"unimax budget must be > 0 sentences, got {budget} "
                          "(set --unimax-budget, or --max-update to derive it)")
    return n


def unimax_allocation(sizes: Sequence[float], budget: float, max_epochs: float) -> np.ndarray:
    """Per-pair allocation u (sentences, in the order of ``sizes``) of Chung et al. (2023),
    Algorithm 1: smallest pair first, u_i = min(B_left / (K − i), N·n_i). Σu = B unless
    B > N·Σn, where every pair is capped (u = N·n)."""
    n = _check(sizes, budget, max_epochs)
    order = np.argsort(n, kind="stable")
    u = np.zeros_like(n)
    left = float(budget)
    for i, j in enumerate(order):
        u[j] = min(left / (len(n) - i), max_epochs * n[j])
        left -= u[j]
    return u


def unimax_probs(sizes: Sequence[float], budget: float, max_epochs: float) -> np.ndarray:
    """p_i = u_i / Σ_j u_j, the UniMax sampling distribution."""
    u = unimax_allocation(sizes, budget, max_epochs)
    return u / u.sum()


def format_allocation(pairs: Sequence[str], sizes: Sequence[float], allocation: Sequence[float],
                      budget: float, max_epochs: float) -> str:
    """The allocation as a text table for the log: pair, size, allocated sentences, budget share
    (= sampling probability) and planned epochs (B·p_i / n_i, what the run draws in expectation)."""
    n = np.asarray(sizes, dtype=np.float64)
    u = np.asarray(allocation, dtype=np.float64)
    p = u / u.sum()
    epochs = budget * p / n
    width = max(4, *(len(x) for x in pairs))
    lines = [f"unimax allocation: budget {budget:,.0f} sentences, at most {max_epochs:g} epoch(s) per pair",
             f"{'pair':<{width}} {'size':>12} {'allocated':>14} {'share':>8} {'epochs':>8}"]
    for name, size, alloc, share, ep in zip(pairs, n, u, p, epochs):
        lines.append(f"{name:<{width}} {size:>12,.0f} {alloc:>14,.0f} {share:>8.2%} {ep:>8.3f}")
    cap = max_epochs * n.sum()
    if budget > cap * (1 + 1e-9):
        lines.append(f"budget exceeds {max_epochs:g} epoch(s) of all data ({cap:,.0f} sentences): every pair is "
                     f"capped, sampling is proportional to size and each pair is seen {budget / n.sum():.3f} "
                     "times (raise --unimax-max-epochs or lower the budget)")
    return "\n".join(lines)
