"""Over-fitting guard (``--overfit-patience N``, ``--overfit-fallback f``), for every schedule:
upsampling repeats a small pair many times (temperature, heating), and the adaptive rule of Jean et
al. (2019, §3.2) even raises the probability of a pair whose dev loss rises. When a pair's dev loss
has risen at N validations in a row, the pair trips the guard once more (level ℓ_i += 1, the count
starts again; a validation without a rise resets the count, never the level), and from then on
    keep_i = (1 − f)^ℓ_i,   p'_i = keep_i·p_i + (1 − keep_i)·min(p_i, n_i/N)
(the probability falls back towards the pair's natural, proportional share n_i/N and is never raised
by the guard; f = 1: all the way at the first trip). The pairs without a trip share the rest in
proportion to their p_j. The guard is our own rule (no paper), in the spirit of per-pair early
stopping.
"""
import logging
from typing import Optional, Sequence

import numpy as np

from ..errors import MtlNmtError
from .schedule import SamplingSchedule
from .temperature import proportional_probs

logger = logging.getLogger(__name__)


def check_guard_options(patience: int, fallback: float) -> None:
    """One clear error for a guard option out of range."""
    if patience < 0:
        raise MtlNmtError(f"--overfit-patience must be >= 0 (0: off), got {patience}")
    if not 0 < fallback <= 1:
        raise MtlNmtError(f"--overfit-fallback must be in (0, 1] (1: all the way to the natural share), got {fallback}")


def count_rises(streaks: Sequence[int], previous: Sequence[Optional[float]], losses: Sequence[Optional[float]],
                patience: int):
    """(streaks, trips) after one validation: a pair's streak grows when its loss rose since the
    previous validation and resets otherwise; reaching ``patience`` trips the pair and resets it."""
    streaks, trips = list(streaks), [False] * len(streaks)
    for i, (before, now) in enumerate(zip(previous, losses)):
        if now is None:
            continue
        streaks[i] = streaks[i] + 1 if before is not None and now > before else 0
        if streaks[i] >= patience:
            streaks[i], trips[i] = 0, True
    return streaks, trips


def guarded_probs(probs: Sequence[float], natural: Sequence[float], levels: Sequence[int],
                  fallback: float) -> np.ndarray:
    """p' of the module docstring: tripped pairs pulled towards min(p_i, n_i/N), the others rescaled."""
    p = np.asarray(probs, dtype=np.float64)
    levels = np.asarray(levels)
    tripped = levels > 0
    if not tripped.any():
        return p
    keep = (1.0 - fallback) ** levels
    out = np.where(tripped, keep * p + (1.0 - keep) * np.minimum(p, natural), p)
    rest = p[~tripped].sum()
    if rest > 0:
        out[~tripped] *= (1.0 - out[tripped].sum()) / rest
    return out / out.sum()


class OverfitGuard(SamplingSchedule):
    """Wraps any schedule (module docstring); the inner schedule observes everything as before."""

    adapts = True

    def __init__(self, inner: SamplingSchedule, patience: int, fallback: float = 1.0, min_prob: float = 0.0):
        super().__init__(inner.pairs, inner.sizes, min_prob)
        check_guard_options(patience, fallback)
        if patience < 1:
            raise MtlNmtError("the over-fitting guard needs --overfit-patience >= 1")
        self.inner, self.patience, self.fallback = inner, patience, fallback
        self.name = f"{inner.name}+overfit-guard"
        self.learns_from_training = inner.learns_from_training
        self.natural = proportional_probs(self.sizes)
        self.previous: list = [None] * len(self.pairs)
        self.streaks = [0] * len(self.pairs)
        self.levels = [0] * len(self.pairs)

    def compute(self, update):
        return guarded_probs(self.inner.probs(update), self.natural, self.levels, self.fallback)

    def observe(self, update, metrics):
        self.inner.observe(update, metrics)
        values = metrics.get("loss") or {}
        losses = [values.get(p) for p in self.pairs]
        self.streaks, trips = count_rises(self.streaks, self.previous, losses, self.patience)
        self.previous = [now if now is not None else before for before, now in zip(self.previous, losses)]
        for i, tripped in enumerate(trips):
            if tripped:
                self.levels[i] += 1
                logger.info("over-fitting guard: the dev loss of %s rose at %d validations in a row (update %d): "
                            "its probability falls back towards its natural share %.4f (level %d)",
                            self.pairs[i], self.patience, update, self.natural[i], self.levels[i])

    def observe_training(self, update, losses, probs):
        self.inner.observe_training(update, losses, probs)

    def scalars(self, update):
        return {**self.inner.scalars(update), **{f"overfit_{p}": lv for p, lv in zip(self.pairs, self.levels)}}

    def state_dict(self):
        return {**super().state_dict(), "inner": self.inner.state_dict(), "previous": self.previous,
                "streaks": self.streaks, "levels": self.levels}

    def load_state_dict(self, state):
        super().load_state_dict(state)
        self.inner.load_state_dict(state["inner"])
        self.previous, self.streaks = list(state["previous"]), list(state["streaks"])
        self.levels = list(state["levels"])
