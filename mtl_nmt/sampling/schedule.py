"""Sampling schedules over tasks: one base class owning the state every schedule keeps
(probabilities in use, history needed to resume exactly), one small subclass per method.
No fairseq import: the fairseq task builds a schedule and asks it for probabilities. The online
schedules (:mod:`.odm`, :mod:`.excess_loss`) and the two that wrap another (:mod:`.stages`,
:mod:`.overfit_guard`) live in their own modules, each with its rule."""
from typing import Dict, Optional, Sequence

import numpy as np

from ..errors import MtlNmtError
from .adaptive import adaptive_probs, floor_probs
from .heating import heating_temperature
from .temperature import proportional_probs, temperature_probs, uniform_probs
from .unimax import format_allocation, unimax_allocation
from .weights import normalise_weights

SCHEDULED_METHODS = ("uniform", "proportional", "temperature", "heating", "adaptive", "weights", "unimax", "odm",
                     "excess-loss")


class SamplingSchedule:
    """p(k): task probabilities at update k. Subclasses implement :meth:`compute`; the base class
    applies the probability floor and keeps the state."""

    name = "static"
    adapts = False  # True when validations change the probabilities
    learns_from_training = False  # True when per-pair training losses change them (observe_training)

    def __init__(self, pairs: Sequence[str], sizes: Sequence[int], min_prob: float = 0.0):
        if len(pairs) != len(sizes):
            raise MtlNmtError(f"{len(pairs)} pairs but {len(sizes)} sizes")
        self.pairs = list(pairs)
        self.sizes = np.asarray(sizes, dtype=np.float64)
        self.min_prob = min_prob
        floor_probs(np.full(len(pairs), 1.0 / len(pairs)), min_prob)

    def compute(self, update: int) -> np.ndarray:
        raise NotImplementedError

    def probs(self, update: int) -> np.ndarray:
        p = np.asarray(self.compute(update), dtype=np.float64)
        if p.shape != (len(self.pairs),) or not np.isfinite(p).all() or (p < 0).any() or not p.sum() > 0:
            raise MtlNmtError(f"{self.name} schedule produced invalid probabilities {p.tolist()}")
        p = floor_probs(p / p.sum(), self.min_prob)
        return p / p.sum()

    def observe(self, update: int, metrics: Dict[str, Dict[str, float]]) -> None:
        """Called after every validation with per-pair dev metrics ({"loss": {pair: v}, ...})."""

    def observe_training(self, update: int, losses: Dict[str, float], probs: np.ndarray) -> None:
        """Called after every update with each trained pair's mean token loss (nats) and the
        probabilities its batches were drawn with (only when ``learns_from_training``)."""

    def scalars(self, update: int) -> Dict[str, float]:
        """Values the training log shows beside the probabilities (e.g. heating's T)."""
        return {}

    def state_dict(self) -> dict:
        return {"name": self.name, "pairs": list(self.pairs)}

    def load_state_dict(self, state: dict) -> None:
        if state.get("name") != self.name or state.get("pairs") != self.pairs:
            raise MtlNmtError(
                f"checkpoint sampler state is for {state.get('name')} over {state.get('pairs')}, "
                f"this run uses {self.name} over {self.pairs}: use the same --sampling-method and "
                "--lang-pairs, or --reset-dataloader"
            )


class StaticSchedule(SamplingSchedule):
    """uniform, proportional, temperature or fixed user weights (Jean et al. 2019, §3.1)."""

    def __init__(self, pairs, sizes, method: str, temperature: float = 1.0,
                 weights: Optional[Sequence[float]] = None, min_prob: float = 0.0):
        super().__init__(pairs, sizes, min_prob)
        self.name = method
        if method == "uniform":
            self._p = uniform_probs(self.sizes)
        elif method == "proportional":
            self._p = proportional_probs(self.sizes)
        elif method == "temperature":
            self._p = temperature_probs(self.sizes, temperature)
        elif method == "weights":
            if weights is None:
                raise MtlNmtError("--sampling-method weights needs --sampling-weights-file")
            self._p = normalise_weights(weights)
        else:
            raise MtlNmtError(f"unknown static sampling method {method!r}")

    def compute(self, update):
        return self._p


class UnimaxSchedule(SamplingSchedule):
    """UniMax (Chung et al. 2023, Algorithm 1; see :mod:`.unimax`): p_i = u_i / Σu, fixed for the
    run. The allocation is kept in the state, so a resumed run keeps it even if its budget
    estimate differs."""

    name = "unimax"

    def __init__(self, pairs, sizes, budget: float, max_epochs: float = 1.0, min_prob: float = 0.0):
        super().__init__(pairs, sizes, min_prob)
        self.budget, self.max_epochs = float(budget), float(max_epochs)
        self.allocation = unimax_allocation(self.sizes, self.budget, self.max_epochs)

    def compute(self, update):
        return self.allocation / self.allocation.sum()

    def table(self) -> str:
        """The allocation table (pair, size, allocated sentences, share, planned epochs) for the log."""
        return format_allocation(self.pairs, self.sizes, self.allocation, self.budget, self.max_epochs)

    def state_dict(self):
        return {**super().state_dict(), "allocation": self.allocation.tolist(), "budget": self.budget,
                "max_epochs": self.max_epochs}

    def load_state_dict(self, state):
        super().load_state_dict(state)
        self.allocation = np.asarray(state["allocation"], dtype=np.float64)
        self.budget, self.max_epochs = float(state["budget"]), float(state["max_epochs"])


class HeatingSchedule(SamplingSchedule):
    """Temperature heating (Dua et al. 2022): p_i ∝ (n_i/N)^(1/T(k)), T(k) from T0 to T1."""

    name = "heating"

    def __init__(self, pairs, sizes, t_start, t_end, updates, shape="linear", steps=4, min_prob=0.0):
        super().__init__(pairs, sizes, min_prob)
        self.t_start, self.t_end, self.updates, self.shape, self.steps = t_start, t_end, updates, shape, steps
        heating_temperature(0, t_start, t_end, updates, shape, steps)

    def temperature(self, update: int) -> float:
        return heating_temperature(update, self.t_start, self.t_end, self.updates, self.shape, self.steps)

    def compute(self, update):
        return temperature_probs(self.sizes, self.temperature(update))

    def scalars(self, update):
        return {"sampling_temperature": self.temperature(update)}


class AdaptiveSchedule(SamplingSchedule):
    """Adaptive schedule (Jean et al. 2019, §3.2; see :mod:`.adaptive`): recomputed after every
    validation from each pair's dev metric relative to its baseline; until the first
    validation (and while baselines are unknown) it samples from the explicit schedule
    (temperature ``explicit_temperature``, or the given ``explicit`` probabilities)."""

    name = "adaptive"
    adapts = True

    def __init__(self, pairs, sizes, metric="loss", baselines: Optional[Dict[str, float]] = None,
                 alpha=1.0, mix=0.0, smoothing=0.0, explicit_temperature=1.0, min_prob=0.0,
                 explicit: Optional[Sequence[float]] = None):
        super().__init__(pairs, sizes, min_prob)
        self.metric, self.alpha, self.mix, self.smoothing = metric, alpha, mix, smoothing
        self.explicit = (temperature_probs(self.sizes, explicit_temperature) if explicit is None
                         else np.asarray(explicit, dtype=np.float64))
        self.baselines = None if baselines is None else [float(baselines[p]) for p in self.pairs]
        self.current = self.explicit.copy()
        self.latest: Optional[list] = None
        self.observations = 0
        adaptive_probs([1.0] * len(pairs), [1.0] * len(pairs), metric, alpha, self.explicit, mix,
                       None, smoothing, min_prob)

    def compute(self, update):
        return self.current

    def observe(self, update, metrics):
        values = metrics.get(self.metric)
        if not values or any(p not in values for p in self.pairs):
            return
        scores = [float(values[p]) for p in self.pairs]
        self.latest = scores
        self.observations += 1
        if self.baselines is None:
            self.baselines = list(scores)
        self.current = adaptive_probs(scores, self.baselines, self.metric, self.alpha, self.explicit,
                                      self.mix, self.current, self.smoothing, 0.0)

    def state_dict(self):
        return {**super().state_dict(), "baselines": self.baselines, "current": self.current.tolist(),
                "latest": self.latest, "observations": self.observations}

    def load_state_dict(self, state):
        super().load_state_dict(state)
        self.baselines = state["baselines"]
        self.current = np.asarray(state["current"], dtype=np.float64)
        self.latest = state["latest"]
        self.observations = state["observations"]
