"""The sampler: one owner for everything a scheduled run decides and must resume exactly — the
schedules, the update clock, pending validation results, the probabilities each generated block
used and, per pair, which sentences come next (:mod:`.streams`).

Data flows one way: validation sums → :meth:`ScheduledSampler.add_validation` (and, for online
schedules, each update's training sums → :meth:`ScheduledSampler.add_training`) → schedules →
:meth:`ScheduledSampler.block` → the batch plan → batches.
"""
import logging
import math
from typing import Dict, Optional, Sequence, Tuple

import numpy as np

from ..evaluation import bleu_from_stats
from .implicit import implicit_scales
from .schedule import SamplingSchedule
from .streams import PairStreams, restore

logger = logging.getLogger(__name__)

BLEU_STATS = ("bleu_sys_len", "bleu_ref_len", *[f"bleu_{a}_{i}" for a in ("counts", "totals") for i in range(4)])
VALIDATION_SUMS = ("loss", "nll_loss", "ntokens", "sample_size", *BLEU_STATS)


def pair_scores(sums: Dict[str, np.ndarray], pairs: Sequence[str]) -> Dict[str, Dict[str, float]]:
    """Per-pair dev scores from summed validation statistics: ``loss`` in bits per
    ``sample_size`` (as fairseq logs ``loss``) and corpus ``bleu`` from summed sacreBLEU counts."""
    out: Dict[str, Dict[str, float]] = {}
    if "loss" in sums and "sample_size" in sums:
        out["loss"] = {p: float(sums["loss"][i] / sums["sample_size"][i]) / math.log(2)
                       for i, p in enumerate(pairs) if sums["sample_size"][i] > 0}
    if "bleu_sys_len" in sums:
        out["bleu"] = {p: bleu_from_stats([sums[f"bleu_counts_{j}"][i] for j in range(4)],
                                          [sums[f"bleu_totals_{j}"][i] for j in range(4)],
                                          sums["bleu_sys_len"][i], sums["bleu_ref_len"][i])
                       for i, p in enumerate(pairs) if sums["bleu_ref_len"][i] > 0}
    return out


class ScheduledSampler:
    """``schedule``: what is sampled (q). ``implicit``: the schedule implicit methods follow (p, for
    r = p/q: per-pair learning rates or loss scales); it observes validations like ``schedule``.
    ``seed``: seeds the per-pair sentence order."""

    def __init__(self, schedule: SamplingSchedule, updates_per_block: int,
                 implicit: Optional[SamplingSchedule] = None, seed: int = 1, max_scale: float = 0.0):
        self.schedule = schedule
        self.implicit = implicit if implicit is not None else schedule
        self.updates_per_block = updates_per_block
        self.seed, self.max_scale = int(seed), max_scale
        self.num_updates = 0
        self._training = 0
        self.epochs: Dict[int, dict] = {}
        self.last_metrics: Dict[str, Dict[str, float]] = {}
        self.streams: Dict[str, PairStreams] = {}
        self._stream_states: Dict[str, dict] = {}
        self._pending: Optional[Dict[str, np.ndarray]] = None

    @property
    def pairs(self):
        return self.schedule.pairs

    # ------------------------------------------------------------------ inputs
    def set_update(self, update: int) -> None:
        """The update being trained now, i.e. the number of updates done (the clock of heating
        schedules and of new blocks); a validation since the last call is observed at it."""
        self.num_updates = self._training = int(update)
        self._flush()

    def finish_update(self, update: int) -> None:
        """Update ``update`` is trained: the clock moves to ``update + 1``, so the validation and the
        next epoch that may follow it (its blocks start there) are placed at the updates done."""
        self.num_updates = int(update) + 1

    def add_validation(self, sums: Dict[str, np.ndarray]) -> None:
        """Add per-pair sums of one validation (several calls for several valid subsets); the
        schedules see them before the next probability is read."""
        acc = self._pending or {}
        for key, value in sums.items():
            v = np.asarray(value, dtype=np.float64)
            acc[key] = v if key not in acc else acc[key] + v
        self._pending = acc

    def add_training(self, sums: Dict[str, np.ndarray]) -> None:
        """Per-pair sums of the update just trained (``loss`` in nats and ``ntokens``, over every
        micro-batch and rank, so all ranks see the same; the criterion must keep per-pair sums,
        see :func:`mtl_nmt.sampling.build.require_pair_losses`): a schedule that learns from
        training losses (ODM) gets each trained pair's mean token loss and the probabilities its
        batches were drawn with, at once."""
        if not self.schedule.learns_from_training or "loss" not in sums or "ntokens" not in sums:
            return
        loss, ntokens = (np.asarray(sums[k], dtype=np.float64) for k in ("loss", "ntokens"))
        losses = {p: float(loss[i] / ntokens[i]) for i, p in enumerate(self.pairs) if ntokens[i] > 0}
        if losses:
            self.schedule.observe_training(self._training, losses, self._probs_in_effect(self._training))

    def _probs_in_effect(self, update: int) -> np.ndarray:
        """The probabilities update ``update``'s batches were drawn with (its block's)."""
        for record in sorted(self.epochs.values(), key=lambda r: r["start_update"], reverse=True):
            if record["start_update"] <= update:
                block = (update - record["start_update"]) // self.updates_per_block
                if block in record["blocks"]:
                    return np.asarray(record["blocks"][block], dtype=np.float64)
                break
        return self.schedule.probs(update)

    def _flush(self, update: Optional[int] = None) -> None:
        """Let the schedules observe the pending validation, as of ``update`` (default: the clock)."""
        acc, self._pending = self._pending, None
        if not acc:
            return
        update = self.num_updates if update is None else max(update, self.num_updates)
        metrics = pair_scores(acc, self.pairs)
        self.last_metrics = metrics
        self.schedule.observe(update, metrics)
        if self.implicit is not self.schedule:
            self.implicit.observe(update, metrics)
        if self.schedule.adapts:
            logger.info("%s sampling after validation at update %d: %s", self.schedule.name, update,
                        dict(zip(self.pairs, np.round(self.schedule.probs(update), 4).tolist())))

    # ------------------------------------------------------------------ outputs
    def current_probs(self) -> np.ndarray:
        self._flush()
        return self.schedule.probs(self.num_updates)

    def implicit_scales(self) -> np.ndarray:
        """r_i = p_i/q_i now (Jean et al. 2019 §3.3), in the order of the pairs."""
        self._flush()
        return implicit_scales(self.implicit.probs(self.num_updates), self.schedule.probs(self.num_updates),
                               self.max_scale)

    def _record(self, epoch: int) -> dict:
        if epoch not in self.epochs:
            self.epochs = {e: r for e, r in self.epochs.items() if e >= epoch - 1}
            self.epochs[epoch] = {"start_update": self.num_updates, "blocks": {}, "streams": {}}
        return self.epochs[epoch]

    def _live_streams(self, kind: str, sizes: Sequence[int], salt: int) -> PairStreams:
        streams = self.streams.get(kind)
        if streams is None or not streams.matches(sizes, self.seed, salt):
            streams = restore(self._stream_states.pop(kind, None), sizes, self.seed, salt)
            self.streams[kind] = streams
        return streams

    def block(self, epoch: int, block: int, kind: str, sizes: Sequence[int]) -> Tuple[np.ndarray, PairStreams]:
        """Probabilities of a block of ``updates_per_block`` updates and the per-pair streams to
        draw its items from (``kind``: what the streams enumerate, e.g. sentences or batches;
        ``sizes``: items per pair). A block generated before (a resumed run) gets the probabilities
        and stream positions it had the first time."""
        record = self._record(epoch)
        self._flush(record["start_update"] + block * self.updates_per_block)
        streams = self._live_streams(kind, sizes, salt=len(kind))
        saved = record["streams"].get(block, {}).get(kind)
        if block in record["blocks"]:
            if saved is not None:
                streams.load_state_dict(saved)
            return np.asarray(record["blocks"][block], dtype=np.float64), streams
        update = record["start_update"] + block * self.updates_per_block
        record["blocks"][block] = self.schedule.probs(update).tolist()
        record["streams"] = {b: s for b, s in record["streams"].items() if b >= block - 1}
        record["streams"][block] = {kind: streams.state_dict()}
        return np.asarray(record["blocks"][block], dtype=np.float64), streams

    # ------------------------------------------------------------------ state
    def state_dict(self) -> dict:
        self._flush()
        implicit = None if self.implicit is self.schedule else self.implicit.state_dict()
        return {"schedule": self.schedule.state_dict(), "implicit": implicit, "num_updates": self.num_updates,
                "last_metrics": self.last_metrics, "updates_per_block": self.updates_per_block,
                "streams": {**self._stream_states, **{k: s.state_dict() for k, s in self.streams.items()}},
                "epochs": {e: {"start_update": r["start_update"], "blocks": dict(r["blocks"]),
                               "streams": dict(r["streams"])}
                           for e, r in self.epochs.items()}}

    def load_state_dict(self, state: dict) -> None:
        self.schedule.load_state_dict(state["schedule"])
        if self.implicit is not self.schedule and state.get("implicit") is not None:
            self.implicit.load_state_dict(state["implicit"])
        self.num_updates = self._training = int(state["num_updates"])
        self.last_metrics = state.get("last_metrics", {})
        self._pending = None
        self.streams, self._stream_states = {}, dict(state.get("streams", {}))
        self.epochs = {int(e): {"start_update": int(r["start_update"]),
                                "blocks": {int(b): list(p) for b, p in r["blocks"].items()},
                                "streams": {int(b): s for b, s in r.get("streams", {}).items()}}
                       for e, r in state["epochs"].items()}
        if state.get("updates_per_block") != self.updates_per_block:
            self.epochs = {}
