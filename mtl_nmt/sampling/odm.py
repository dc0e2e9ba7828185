"""Online Data Mixing (ODM) of Albalak, Pan, Raffel & Wang (2023, arXiv 2312.02406, §3, Algorithm 1):
Exp3 over the K pairs with each pair's training loss as its reward, smoothed by a moving average.

After t reward updates the policy is
    ε_t = min(1/K, sqrt(ln K / (K·t)))            (ε_0 = 1/K: the first policy is uniform)
    π_i = (1 − K·ε_t) · exp(η R̂_i) / Σ_j exp(η R̂_j) + ε_t,   η = ε_(t−1) (the paper) or fixed,
and after an update that trained pair i with mean token loss L_i (nats) under probability π_i,
    R̂_i ← α·R̂_i + (1 − α)·L_i / π_i          (pairs not trained keep their R̂).
Mixed batches hold several pairs: every pair present gets its own update with its own mean loss.
"""
import math
from typing import Dict, Sequence

import numpy as np

from ..errors import MtlNmtError
from .schedule import SamplingSchedule


def check_odm_options(num_pairs: int, smoothing: float, exploration: float, learning_rate: float) -> None:
    """One clear error for an ODM option out of range."""
    if not 0 <= smoothing < 1:
        raise MtlNmtError(f"--odm-smoothing must be in [0, 1), got {smoothing}")
    if exploration < 0 or exploration > 1.0 / num_pairs:
        raise MtlNmtError(f"--odm-exploration must be 0 (the paper's decaying rate) or in (0, 1/K] = "
                          f"(0, {1.0 / num_pairs:.4g}], got {exploration}")
    if learning_rate < 0:
        raise MtlNmtError(f"--odm-learning-rate must be 0 (the paper's ε_(t−1)) or > 0, got {learning_rate}")


def exploration_rate(t: int, num_pairs: int, fixed: float = 0.0) -> float:
    """ε_t = min(1/K, sqrt(ln K / (K·t))), 1/K at t = 0; ``fixed`` > 0 replaces it."""
    if fixed > 0:
        return float(fixed)
    if t <= 0:
        return 1.0 / num_pairs
    return min(1.0 / num_pairs, math.sqrt(math.log(num_pairs) / (num_pairs * t)))


def odm_policy(rewards: Sequence[float], t: int, exploration: float = 0.0, learning_rate: float = 0.0) -> np.ndarray:
    """π after ``t`` reward updates (module docstring); ``exploration``/``learning_rate`` > 0 fix ε/η."""
    r = np.asarray(rewards, dtype=np.float64)
    k = len(r)
    eps = exploration_rate(t, k, exploration)
    eta = learning_rate if learning_rate > 0 else exploration_rate(t - 1, k, exploration)
    z = eta * r
    soft = np.exp(z - z.max())
    return (1.0 - k * eps) * soft / soft.sum() + eps


def odm_reward_update(rewards: Sequence[float], losses: Dict[int, float], probs: Sequence[float],
                      smoothing: float) -> np.ndarray:
    """R̂_i ← α·R̂_i + (1 − α)·L_i/π_i for every pair i in ``losses`` ({pair index: mean loss})."""
    r = np.array(rewards, dtype=np.float64)
    for i, loss in losses.items():
        if not probs[i] > 0:
            raise MtlNmtError(f"ODM got a training loss for pair {i}, which was sampled with probability {probs[i]}")
        r[i] = smoothing * r[i] + (1.0 - smoothing) * float(loss) / float(probs[i])
    return r


class OdmSchedule(SamplingSchedule):
    """ODM (module docstring): the policy changes after every update, from the per-pair training
    losses the sampler hands over (``observe_training``); it takes effect at the next block."""

    name = "odm"
    learns_from_training = True

    def __init__(self, pairs, sizes, smoothing: float = 0.9, exploration: float = 0.0,
                 learning_rate: float = 0.0, min_prob: float = 0.0):
        super().__init__(pairs, sizes, min_prob)
        check_odm_options(len(self.pairs), smoothing, exploration, learning_rate)
        self.smoothing, self.exploration, self.learning_rate = smoothing, exploration, learning_rate
        self.rewards = np.zeros(len(self.pairs))
        self.steps = 0

    def compute(self, update):
        return odm_policy(self.rewards, self.steps, self.exploration, self.learning_rate)

    def observe_training(self, update, losses, probs):
        index = {p: i for i, p in enumerate(self.pairs)}
        self.rewards = odm_reward_update(self.rewards, {index[p]: v for p, v in losses.items()}, probs,
                                         self.smoothing)
        self.steps += 1

    def scalars(self, update):
        return {"odm_exploration": exploration_rate(self.steps, len(self.pairs), self.exploration)}

    def state_dict(self):
        return {**super().state_dict(), "rewards": self.rewards.tolist(), "steps": self.steps}

    def load_state_dict(self, state):
        super().load_state_dict(state)
        self.rewards = np.asarray(state["rewards"], dtype=np.float64)
        self.steps = int(state["steps"])
