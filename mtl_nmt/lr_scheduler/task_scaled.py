"""LR scheduler ``task_scaled``: any fairseq scheduler (``--base-lr-scheduler``, with its own
options) whose learning rate is multiplied, at each update, by the scale of the language pair the
update trains on — the implicit schedule of Jean, Firat & Johnson (2019, §3.3): sample from an
explicit q and scale pair i's learning rate by r_i = p_i/q_i (``--pair-lr-scales adaptive``), or
by fixed per-pair factors (a JSON file).

A per-pair learning rate needs one pair per update: the task refuses mixed batches. The scheduler
owns the scales; the task applies them around the optimizer step (the logged ``lr`` is the base
scheduler's), asking :func:`pair_lr_scaler` for the scheduler of its optimizer."""
import dataclasses
import weakref
from dataclasses import dataclass, field, make_dataclass
from typing import Any, List, Optional

import numpy as np
from fairseq import metrics
from fairseq.dataclass import ChoiceEnum, FairseqDataclass
from fairseq.optim.lr_scheduler import (LR_SCHEDULER_DATACLASS_REGISTRY, LR_SCHEDULER_REGISTRY,
                                        FairseqLRScheduler, register_lr_scheduler)
from omegaconf import II, OmegaConf

from ..dataclass_utils import deprecated_alias, fold_alias
from ..errors import MtlNmtError
from ..sampling.build import require_implicit_schedule
from ..sampling.weights import load_pair_values

_INTERPOLATED = {"${optimization.lr}": "lr", "${optimization.max_update}": "max_update",
                 "${checkpoint.maximize_best_checkpoint_metric}": "maximize_best_checkpoint_metric"}
BASE_SCHEDULERS = sorted(n for n, dc in LR_SCHEDULER_DATACLASS_REGISTRY.items() if dc is not None)


def _default(f):
    if f.default is not dataclasses.MISSING:
        return f.default
    if f.default_factory is not dataclasses.MISSING:
        return f.default_factory()
    return "???"


def _base_option_fields():
    """Every option of every registered fairseq scheduler, unset (None) by default: an option left
    unset takes the chosen base scheduler's own default."""
    fields, seen = [], set()
    for name in BASE_SCHEDULERS:
        for f in dataclasses.fields(LR_SCHEDULER_DATACLASS_REGISTRY[name]):
            d = _default(f)
            if f.name.startswith("_") or f.name in seen or (isinstance(d, str) and d.startswith("${")):
                continue
            seen.add(f.name)
            typ = f.type if str(f.type).startswith("typing.Optional") else Optional[f.type]
            helptext = f.metadata.get("help", "") if f.metadata else ""
            fields.append((f.name, typ, field(default=None, metadata={
                "help": f"(base scheduler {name} and others) {helptext}; default: the base scheduler's"})))
    return fields


@dataclass
class _TaskScaledOptions(FairseqDataclass):
    base_lr_scheduler: ChoiceEnum(BASE_SCHEDULERS) = field(
        default="inverse_sqrt", metadata={"help": "the fairseq scheduler whose learning rate is scaled"})
    pair_lr_scales: str = field(
        default="adaptive", metadata={"help": "'adaptive' (r_i = p_i/q_i: p from the adaptive rule on per-pair "
                                      "dev scores, --adaptive-*; q the sampling schedule in use) or a JSON "
                                      "file {pair: factor}"})
    task_lr_scales: Optional[str] = deprecated_alias("--pair-lr-scales")
    total_num_update: Optional[float] = field(
        default=None, metadata={"help": "(polynomial_decay) total updates; default: --max-update"})
    lr: List[float] = II("optimization.lr")
    max_update: int = II("optimization.max_update")
    maximize_best_checkpoint_metric: bool = II("checkpoint.maximize_best_checkpoint_metric")


TaskScaledLRScheduleConfig = make_dataclass("TaskScaledLRScheduleConfig", _base_option_fields(),
                                            bases=(_TaskScaledOptions,))


def base_scheduler_config(cfg: Any, name: str):
    """The base scheduler's config: its defaults, overridden by the options set on ``cfg``."""
    values = {}
    for f in dataclasses.fields(LR_SCHEDULER_DATACLASS_REGISTRY[name]):
        if f.name == "_name":
            values["_name"] = name
            continue
        d = _default(f)
        mine = getattr(cfg, f.name, None)
        if mine is not None and f.name not in _INTERPOLATED.values():
            values[f.name] = mine
        elif isinstance(d, str) and d in _INTERPOLATED:
            values[f.name] = getattr(cfg, _INTERPOLATED[d])
        elif d == "???":
            raise MtlNmtError(f"--base-lr-scheduler {name} needs --{f.name.replace('_', '-')}")
        else:
            values[f.name] = d
    for k, v in values.items():
        if OmegaConf.is_config(v):
            values[k] = OmegaConf.to_container(v)
    return OmegaConf.create(values)


_SCALERS = weakref.WeakKeyDictionary()


def pair_lr_scaler(optimizer) -> Optional["TaskScaledLRSchedule"]:
    """The ``task_scaled`` scheduler built over ``optimizer``, or None under any other scheduler.
    fairseq's trainer builds the scheduler from the optimizer and hands the task only the optimizer
    (``Trainer._build_optimizer``, ``task.optimizer_step``), so the scheduler records itself here,
    keyed by that optimizer object, and the task asks for it."""
    return _SCALERS.get(optimizer)


@register_lr_scheduler("task_scaled", dataclass=TaskScaledLRScheduleConfig)
class TaskScaledLRSchedule(FairseqLRScheduler):
    def __init__(self, cfg, optimizer):
        super().__init__(cfg, optimizer)
        self.base = LR_SCHEDULER_REGISTRY[cfg.base_lr_scheduler](
            base_scheduler_config(cfg, cfg.base_lr_scheduler), optimizer)
        self.source = fold_alias(cfg.pair_lr_scales, getattr(cfg, "task_lr_scales", None), "adaptive",
                                 "--pair-lr-scales", "--task-lr-scales")
        self._fixed = None
        _SCALERS[optimizer] = self

    def scales(self, pairs, sampler) -> np.ndarray:
        """Per-pair factors (order of ``pairs``, i.e. ``--lang-pairs``) for the next update."""
        if self.source == "adaptive":
            if sampler is None:
                raise MtlNmtError("--pair-lr-scales adaptive needs a scheduled --sampling-method and training data")
            return sampler.implicit_scales()
        if self._fixed is None:
            values = load_pair_values(self.source, pairs, "pair LR scales")
            bad = [p for p, v in values.items() if v < 0]
            if bad:
                raise MtlNmtError(f"pair LR scales in {self.source} must be >= 0; negative for {', '.join(bad)}")
            self._fixed = np.array([values[p] for p in pairs], dtype=np.float64)
        return self._fixed

    def check(self, task_args) -> None:
        """Clear errors when the task's batches cannot give each update one pair's learning rate."""
        if self.source == "adaptive":
            require_implicit_schedule(task_args, "--pair-lr-scales adaptive")
        uf = task_args.update_freq
        uf = max(uf) if hasattr(uf, "__len__") else uf
        if not task_args.homogeneous_batches:
            raise MtlNmtError("--lr-scheduler task_scaled gives each update the learning rate of its pair: it "
                              "needs one pair per update, i.e. --homogeneous-batches (mixed batches: use "
                              "--criterion mtl_label_smoothed_cross_entropy --gradient-scaling adaptive)")
        if int(uf) > 1 and task_args.homogeneous_scope != "update":
            raise MtlNmtError("--lr-scheduler task_scaled with --update-freq > 1 needs --homogeneous-scope update "
                              "(one pair for all micro-batches of an update)")

    def optimizer_step(self, step, optimizer, pairs_in_update, names, sampler, update_num) -> None:
        """``step()``: the task's plain optimizer step, run with the learning rate of the update's
        pair scaled by its factor (logged as ``lr_scale_<pair>``)."""
        scales = self.scales(names, sampler)
        for name, r in zip(names, scales.tolist()):
            metrics.log_scalar(f"lr_scale_{name}", r, weight=1, round=4)
        if len(pairs_in_update) > 1:
            raise MtlNmtError(f"update {update_num} trained on several pairs {sorted(pairs_in_update)}: task_scaled "
                              "needs one pair per update (--homogeneous-batches)")
        if not pairs_in_update:
            return step()
        lr = optimizer.get_lr()
        optimizer.set_lr(lr * float(scales[next(iter(pairs_in_update))]))
        try:
            step()
        finally:
            optimizer.set_lr(lr)

    def state_dict(self):
        return {"best": self.best, "base": self.base.state_dict()}

    def load_state_dict(self, state_dict):
        self.best = state_dict.get("best")
        if "base" not in state_dict:
            raise MtlNmtError("checkpoint LR scheduler state is not task_scaled's: use --reset-lr-scheduler "
                              "to change scheduler")
        self.base.load_state_dict(state_dict["base"])

    def step_begin_epoch(self, epoch):
        return self.base.step_begin_epoch(epoch)

    def step(self, epoch, val_loss=None):
        return self.base.step(epoch, val_loss)

    def step_update(self, num_updates):
        return self.base.step_update(num_updates)
