"""What a resumed run needs to regenerate an epoch's batches exactly: the schedule's state, the
update count, and per epoch the update it started at and the probabilities each generated block
used (recorded when generated)."""
from typing import Callable, Dict, Optional

import numpy as np

from .schedule import SamplingSchedule


class ScheduledSampler:
    """``schedule``: what is sampled (q). ``implicit``: the schedule implicit methods follow (p, for
    r = p/q: per-pair learning rates or loss scales); it observes validations like ``schedule``."""

    def __init__(self, schedule: SamplingSchedule, updates_per_block: int,
                 implicit: Optional[SamplingSchedule] = None):
        self.schedule = schedule
        self.implicit = implicit if implicit is not None else schedule
        self.updates_per_block = updates_per_block
        self.num_updates = 0
        self.epochs: Dict[int, dict] = {}
        self.last_metrics: Dict[str, Dict[str, float]] = {}
        self.before_save: Optional[Callable[[], None]] = None

    def _record(self, epoch: int) -> dict:
        if epoch not in self.epochs:
            self.epochs = {e: r for e, r in self.epochs.items() if e >= epoch - 1}
            self.epochs[epoch] = {"start_update": self.num_updates, "blocks": {}}
        return self.epochs[epoch]

    def probs_for_block(self, epoch: int, block: int) -> np.ndarray:
        record = self._record(epoch)
        if block not in record["blocks"]:
            update = record["start_update"] + block * self.updates_per_block
            record["blocks"][block] = self.schedule.probs(update).tolist()
        return np.asarray(record["blocks"][block], dtype=np.float64)

    def current_probs(self) -> np.ndarray:
        return self.schedule.probs(self.num_updates)

    def observe(self, metrics: Dict[str, Dict[str, float]]) -> None:
        self.last_metrics = metrics
        self.schedule.observe(self.num_updates, metrics)
        if self.implicit is not self.schedule:
            self.implicit.observe(self.num_updates, metrics)

    def state_dict(self) -> dict:
        if self.before_save is not None:
            self.before_save()
        implicit = None if self.implicit is self.schedule else self.implicit.state_dict()
        return {"schedule": self.schedule.state_dict(), "implicit": implicit, "num_updates": self.num_updates,
                "last_metrics": self.last_metrics,
                "updates_per_block": self.updates_per_block,
                "epochs": {e: {"start_update": r["start_update"], "blocks": dict(r["blocks"])}
                           for e, r in self.epochs.items()}}

    def load_state_dict(self, state: dict) -> None:
        self.schedule.load_state_dict(state["schedule"])
        if self.implicit is not self.schedule and state.get("implicit") is not None:
            self.implicit.load_state_dict(state["implicit"])
        self.num_updates = int(state["num_updates"])
        self.last_metrics = state.get("last_metrics", {})
        self.epochs = {int(e): {"start_update": int(r["start_update"]),
                                "blocks": {int(b): list(p) for b, p in r["blocks"].items()}}
                       for e, r in state["epochs"].items()}
        if state.get("updates_per_block") != self.updates_per_block:
            self.epochs = {}
