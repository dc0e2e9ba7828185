"""Excess-loss re-weighting in the manner of DoReMi (Xie et al., NeurIPS 2023, arXiv 2305.10429,
Algorithm 1), applied online to the sampling probabilities.

At every validation, with L_i the pair's dev loss and ref_i its reference loss (a bilingual baseline
of ``mtl-nmt-baselines`` or a proxy model's, both in the bits per token validation logs), the excess
loss in nats is λ_i = ln 2 · max(L_i − ref_i, 0) and
    w' = w ⊙ exp(η·λ),     w ← (1 − c)·w' / Σ_j w'_j + c/K
(η the step size, c the smoothing towards uniform; the paper's η = 1, c = 1e-3, w_0 = 1/K).
DoReMi clips per token on a training batch and trains a proxy model; here only per-pair dev means
exist, so the clip acts on each pair's mean, and the weights are sampled from directly.
"""
import math
from typing import Dict, Sequence

import numpy as np

from ..errors import MtlNmtError
from .schedule import SamplingSchedule


def check_excess_loss_options(step_size: float, smoothing: float) -> None:
    """One clear error for an excess-loss option out of range."""
    if not step_size > 0:
        raise MtlNmtError(f"--excess-loss-step-size must be > 0, got {step_size}")
    if not 0 <= smoothing <= 1:
        raise MtlNmtError(f"--excess-loss-smoothing must be in [0, 1], got {smoothing}")


def excess_loss_update(weights: Sequence[float], losses: Sequence[float], reference: Sequence[float],
                       step_size: float = 1.0, smoothing: float = 1e-3) -> np.ndarray:
    """One step of the module docstring; ``losses`` and ``reference`` in bits per token."""
    w = np.asarray(weights, dtype=np.float64)
    gap = np.asarray(losses, dtype=np.float64) - np.asarray(reference, dtype=np.float64)
    excess = math.log(2) * np.maximum(gap, 0.0)
    w = w * np.exp(step_size * (excess - excess.max()))   # the shift cancels in the normalisation
    return (1.0 - smoothing) * w / w.sum() + smoothing / len(w)


class ExcessLossSchedule(SamplingSchedule):
    """Excess-loss re-weighting (module docstring): uniform until the first validation, then one
    step per validation from the per-pair dev losses."""

    name = "excess-loss"
    adapts = True

    def __init__(self, pairs, sizes, reference: Dict[str, float], step_size: float = 1.0,
                 smoothing: float = 1e-3, min_prob: float = 0.0):
        super().__init__(pairs, sizes, min_prob)
        check_excess_loss_options(step_size, smoothing)
        self.reference = [float(reference[p]) for p in self.pairs]
        self.step_size, self.smoothing = step_size, smoothing
        self.weights = np.full(len(self.pairs), 1.0 / len(self.pairs))
        self.observations = 0

    def compute(self, update):
        return self.weights

    def observe(self, update, metrics):
        values = metrics.get("loss")
        if not values or any(p not in values for p in self.pairs):
            return
        losses = [float(values[p]) for p in self.pairs]
        self.weights = excess_loss_update(self.weights, losses, self.reference, self.step_size, self.smoothing)
        self.observations += 1

    def state_dict(self):
        return {**super().state_dict(), "weights": self.weights.tolist(), "observations": self.observations}

    def load_state_dict(self, state):
        super().load_state_dict(state)
        self.weights = np.asarray(state["weights"], dtype=np.float64)
        self.observations = int(state["observations"])
