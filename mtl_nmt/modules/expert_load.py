"""How the tokens of each language pair spread over the experts of one BASE layer (Lewis et al.
2021): load balance and specialisation from a pairs × experts count matrix n (numpy only).

- share of pair l on expert e: s_le = n_le / Σ_e n_le
- imbalance: max_e L_e / mean_e L_e with L_e = Σ_l n_le (1 = every expert gets the same tokens; BASE's
  balanced assignment makes it 1 in training, §2.2; greedy top-1 routing at inference need not)
- routing entropy of pair l, normalised: H(s_l·) / log E (1 = spread evenly, 0 = one expert)
- specialisation: mutual information I(pair; expert) = Σ p_le log2(p_le / (p_l p_e)) with
  p_le = n_le / Σ n, in bits (0 = every pair uses the experts alike; at most log2 min(K, E))
"""
from typing import Dict

import numpy as np


def _entropy(p: np.ndarray, axis: int = -1) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = np.where(p > 0, -p * np.log(p), 0.0)
    return terms.sum(axis=axis)


def load_summary(counts) -> Dict[str, np.ndarray]:
    """``shares`` (K × E, NaN rows for pairs without tokens), ``tokens`` (K), ``load`` (E, shares of
    all tokens), ``imbalance``, ``entropy`` (K, normalised), ``mutual_information`` (bits)."""
    n = np.asarray(counts, dtype=float)
    if n.ndim != 2 or n.shape[1] < 2:
        raise ValueError("counts must be pairs × experts with at least two experts")
    if (n < 0).any():
        raise ValueError("counts must not be negative")
    tokens = n.sum(axis=1)
    total = tokens.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        shares = n / tokens[:, None]
    experts = n.shape[1]
    entropy = np.where(tokens > 0, _entropy(np.nan_to_num(shares)) / np.log(experts), np.nan)
    if total == 0:
        nan = np.full(experts, np.nan)
        return {"shares": shares, "tokens": tokens, "load": nan, "imbalance": np.nan, "entropy": entropy,
                "mutual_information": np.nan}
    joint = n / total
    load = joint.sum(axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = joint / (joint.sum(axis=1, keepdims=True) * load[None, :])
        mi = float(np.where(joint > 0, joint * np.log2(ratio), 0.0).sum())
    return {"shares": shares, "tokens": tokens, "load": load, "imbalance": float(load.max() / load.mean()),
            "entropy": entropy, "mutual_information": max(mi, 0.0)}
