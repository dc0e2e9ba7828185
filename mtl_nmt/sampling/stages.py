"""Staged sampling (``--sampling-stages``): a list of (until update, schedule) stages, e.g. the
recipe of Choi et al. (NeurIPS 2023, arXiv 2312.06134, §3 "Order Matters in the Presence of Dataset
Imbalance for Multilingual Learning"): pre-train on the high-resource pairs only, then train on the
mixture of all pairs.

Syntax: stages separated by ``;``, each ``UNTIL:SCHEDULE``; UNTIL is the update at which the stage
ends (increasing, each a multiple of ``--resample-interval``, so a stage starts exactly at a block
boundary) and ``end`` for the last stage. SCHEDULE is one of
``uniform``, ``proportional``, ``temperature=T``, ``weights=PAIR:W,PAIR:W,...`` (pairs left out get
0) or ``method`` (the schedule of ``--sampling-method``, e.g. heating or odm, on the run's clock);
``uniform=PAIR,PAIR,...`` and ``proportional=PAIR,PAIR,...`` sample only the pairs named (the rest
get 0), the latter at their natural shares n_i / Σ_named n_j (Choi et al.'s first stage);
``largest=K`` is ``proportional`` over the K pairs with the most training sentences (ties: the order of
``--lang-pairs``), the same first stage without naming the pairs of a corpus.
Example: ``1000:proportional=en-de,en-fr;end:method``, on any corpus ``1000:largest=2;end:method``.
"""
import logging
from typing import List, NamedTuple, Optional, Sequence

import numpy as np

from ..errors import MtlNmtError
from .schedule import SamplingSchedule
from .temperature import proportional_probs, temperature_probs, uniform_probs
from .weights import normalise_weights

logger = logging.getLogger(__name__)

KINDS = ("uniform", "proportional", "largest", "temperature", "weights", "method")
SYNTAX = ("expected 'UNTIL:SCHEDULE;...;end:SCHEDULE' with SCHEDULE one of uniform[=PAIR,...], "
          "proportional[=PAIR,...], largest=K, temperature=T, weights=PAIR:W,..., method "
          "(e.g. '1000:proportional=en-de,en-fr;end:method')")


class Stage(NamedTuple):
    until: Optional[int]          # the update at which the stage ends; None: the last stage
    kind: str                     # one of KINDS
    temperature: float = 1.0      # kind temperature
    weights: tuple = ()           # kind weights: one weight per pair, in the order of the pairs
    only: tuple = ()              # kinds uniform / proportional: 1 for each pair named, 0 else; (): all
    largest: int = 0              # kind largest: how many of the largest pairs


def _bad(text: str, why: str) -> MtlNmtError:
    return MtlNmtError(f"--sampling-stages {text!r}: {why}; {SYNTAX}")


def _parse_schedule(text: str, spec: str, pairs: Sequence[str]):
    kind, _, value = spec.partition("=")
    kind = kind.strip()
    if kind not in KINDS:
        raise _bad(text, f"unknown stage schedule {kind!r}")
    if kind == "method":
        if value:
            raise _bad(text, "method takes no value")
        return {}
    if kind in ("uniform", "proportional"):
        if not value:
            return {}
        named = [p.strip() for p in value.split(",")]
        for pair in named:
            if pair not in pairs:
                raise _bad(text, f"{kind} names {pair!r}, not one of --lang-pairs ({','.join(pairs)})")
        if len(set(named)) != len(named):
            raise _bad(text, f"{kind}={value} names a pair twice")
        return {"only": tuple(1.0 if p in named else 0.0 for p in pairs)}
    if kind == "largest":
        try:
            k = int(value)
        except ValueError:
            raise _bad(text, f"largest={value!r} is not a whole number of pairs") from None
        if not 1 <= k <= len(pairs):
            raise _bad(text, f"largest={value} must be between 1 and the {len(pairs)} pairs of --lang-pairs")
        return {"largest": k}
    if kind == "temperature":
        try:
            t = float(value)
        except ValueError:
            raise _bad(text, f"temperature={value!r} is not a number") from None
        if not t > 0:
            raise _bad(text, f"temperature must be > 0, got {value}")
        return {"temperature": t}
    weights = dict.fromkeys(pairs, 0.0)
    for item in value.split(","):
        pair, _, w = item.strip().partition(":")
        if pair not in weights:
            raise _bad(text, f"weights name {pair!r}, not one of --lang-pairs ({','.join(pairs)})")
        try:
            weights[pair] = float(w)
        except ValueError:
            raise _bad(text, f"weight {w!r} of {pair} is not a number") from None
    w = np.array(list(weights.values()))
    if not np.isfinite(w).all() or (w < 0).any() or not w.sum() > 0:
        raise _bad(text, f"weights={value} must be finite, non-negative, with a positive sum")
    return {"weights": tuple(weights[p] for p in pairs)}


def parse_stages(text: str, pairs: Sequence[str]) -> List[Stage]:
    """The stages of ``--sampling-stages`` (module docstring); one clear error for bad syntax."""
    stages, previous = [], 0
    parts = [s.strip() for s in text.split(";") if s.strip()]
    if not parts:
        raise _bad(text, "no stage")
    for n, part in enumerate(parts):
        until, sep, spec = part.partition(":")
        if not sep:
            raise _bad(text, f"stage {part!r} has no 'UNTIL:'")
        last = n == len(parts) - 1
        if until.strip() == "end":
            if not last:
                raise _bad(text, "only the last stage ends at 'end'")
            end = None
        else:
            try:
                end = int(until)
            except ValueError:
                raise _bad(text, f"stage end {until!r} is neither an update number nor 'end'") from None
            if last:
                raise _bad(text, "the last stage must end at 'end'")
            if end <= previous:
                raise _bad(text, f"stage ends must increase from 1, got {end} after {previous}")
            previous = end
        stages.append(Stage(end, spec.strip().partition("=")[0].strip(), **_parse_schedule(text, spec, pairs)))
    return stages


def check_stage_boundaries(stages: Sequence[Stage], resample_interval: int) -> None:
    """Stage ends on block boundaries, so that each stage change is exact (and exact on resume)."""
    for s in stages:
        if s.until is not None and s.until % resample_interval:
            raise MtlNmtError(f"--sampling-stages: stage end {s.until} is not a multiple of --resample-interval "
                              f"{resample_interval}; probabilities change only at those block boundaries")


def stage_probs(stage: Stage, sizes: Sequence[int]) -> np.ndarray:
    """The fixed probabilities of a stage that is not ``method``."""
    if stage.kind in ("uniform", "proportional") and stage.only:
        named = np.asarray(stage.only, dtype=np.float64)
        return normalise_weights(named if stage.kind == "uniform" else named * np.asarray(sizes, dtype=np.float64))
    if stage.kind == "largest":
        sizes = np.asarray(sizes, dtype=np.float64)
        named = np.zeros_like(sizes)
        named[np.argsort(-sizes, kind="stable")[:stage.largest]] = 1.0
        return normalise_weights(named * sizes)
    if stage.kind == "uniform":
        return uniform_probs(sizes)
    if stage.kind == "proportional":
        return proportional_probs(sizes)
    if stage.kind == "temperature":
        return temperature_probs(sizes, stage.temperature)
    if stage.kind == "weights":
        return normalise_weights(stage.weights)
    raise MtlNmtError(f"stage {stage.kind} has no fixed probabilities")


class StagedSchedule(SamplingSchedule):
    """The stage of the current update decides the probabilities; ``method`` (the schedule of
    ``--sampling-method``) observes every validation in every stage, and training losses (ODM) only
    during its own stages, where they were drawn with its probabilities."""

    def __init__(self, pairs, sizes, text: str, method: SamplingSchedule, min_prob: float = 0.0):
        super().__init__(pairs, sizes, min_prob)
        self.text, self.method = text, method
        self.stages = parse_stages(text, self.pairs)
        self.labels = [part.strip() for part in text.split(";") if part.strip()]
        self.fixed = [None if s.kind == "method" else stage_probs(s, self.sizes) for s in self.stages]
        self.name = f"{method.name}+stages"
        self.adapts, self.learns_from_training = method.adapts, method.learns_from_training
        self._logged = -1

    def stage(self, update: int) -> int:
        """Index of the stage ``update`` falls in."""
        for i, s in enumerate(self.stages):
            if s.until is None or update < s.until:
                return i
        return len(self.stages) - 1

    def compute(self, update):
        i = self.stage(update)
        if i != self._logged:
            logger.info("sampling stage %d of %d (%s) from update %d", i + 1, len(self.stages),
                        self.labels[i], update)
            self._logged = i
        return self.method.probs(update) if self.fixed[i] is None else self.fixed[i]

    def observe(self, update, metrics):
        self.method.observe(update, metrics)

    def observe_training(self, update, losses, probs):
        if self.fixed[self.stage(update)] is None:
            self.method.observe_training(update, losses, probs)

    def scalars(self, update):
        i = self.stage(update)
        inner = self.method.scalars(update) if self.fixed[i] is None else {}
        return {"sampling_stage": i + 1, **inner}

    def state_dict(self):
        return {**super().state_dict(), "stages": self.text, "method": self.method.state_dict()}

    def load_state_dict(self, state):
        super().load_state_dict(state)
        if parse_stages(state["stages"], self.pairs) != self.stages:
            raise MtlNmtError(f"the checkpoint was trained with --sampling-stages {state['stages']!r}, this run "
                              f"gives {self.text!r}: resume with the same stages, or --reset-dataloader")
        self.method.load_state_dict(state["method"])
