"""Optimizer ``adatask`` for fairseq: :class:`mtl_nmt.adatask.AdaTask` (Yang et al. 2023)
with per-pair accumulators, fed with per-pair gradients without extra backward passes.

The task calls :meth:`FairseqAdaTask.prepare` with the model (parameter names for the AU log,
vocabulary parameters for ``--adatask-vocab``, support of fairseq's fp16 wrapper) and tells the
optimizer the pair of each micro-batch before its backward (:meth:`FairseqAdaTask.begin_pair`).
An update of one pair (``--homogeneous-batches`` with ``--update-freq 1`` or
``--homogeneous-scope update``) needs nothing else: ``.grad`` is that pair's gradient. When the
pair changes inside an update, the gradient accumulated so far is moved out of ``.grad`` into the
previous pair's buffer (memory: one gradient per extra pair in the update);
buffers are averaged over ranks, normalised and clipped exactly as fairseq treats ``.grad`` (the
clipping norm is that of the whole gradient). Mixed batches fall back to one backward per pair
present in the batch (the task splits it)."""
import ast
import logging
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional

import numpy as np
import torch
from fairseq.dataclass import ChoiceEnum, FairseqDataclass
from fairseq.logging import metrics
from fairseq.optim import FairseqOptimizer, register_optimizer
from omegaconf import II

from ..adatask import BASES, VOCAB, VOCAB_PATHS, AdaTask, au_from_state_dict, dominance_by_layer, vocab_parameters
from ..errors import MtlNmtError
from ..sampling.weights import load_pair_map

logger = logging.getLogger(__name__)


@dataclass
class FairseqAdaTaskConfig(FairseqDataclass):
    adatask_base: ChoiceEnum(list(BASES)) = field(
        default="adam", metadata={"help": "base optimizer whose accumulators are kept per pair (or group)"})
    adam_betas: Any = field(default="(0.9, 0.999)", metadata={"help": "adam: betas (β1, β2)"})
    adam_eps: float = field(default=1e-8, metadata={"help": "epsilon of every base"})
    weight_decay: float = field(default=0.0, metadata={"help": "decoupled weight decay (AdamW's θ·(1 − lr·wd))"})
    rmsprop_alpha: float = field(default=0.99, metadata={"help": "rmsprop: decay of the second moment"})
    adatask_groups: Optional[str] = field(
        default=None, metadata={"help": "JSON file {pair: group}: pairs of a group share accumulators "
                                "(memory grows with groups, not pairs), e.g. grouped by target language"})
    adatask_absent: ChoiceEnum(["skip", "decay"]) = field(
        default="skip", metadata={"help": "accumulators of pairs absent from an update: skip (untouched) or "
                                  "decay (zero gradient: moments decay and Adam's momentum step still applies; "
                                  "every pair's accumulators work at every update)"})
    adatask_vocab: ChoiceEnum(list(VOCAB)) = field(
        default="shared", metadata={"help": "token embeddings and output projection (tied or not): shared (one "
                                    "accumulator, the plain base optimizer on the summed gradient, like the paper's "
                                    "task-specific heads; better with one vocabulary for all target languages, "
                                    "bench/adatask.py toy) or per-pair accumulators"})
    adatask_factored: bool = field(
        default=False, metadata={"help": "Adafactor-factored per-pair second moments of matrices"})
    adatask_shared_first_moment: bool = field(
        default=False, metadata={"help": "adam: one first moment for all pairs, of gradients normalised by each "
                                 "pair's second moment (bounded steps); with --adatask-factored: optimizer memory "
                                 "at or below Adam's"})
    au_beta: float = field(default=0.99, metadata={"help": "decay of the AU metric (average squared update)"})
    au_log_interval: int = field(
        default=100, metadata={"help": "log per-pair AU dominance of encoder and decoder every N updates (0: never)"})
    lr: List[float] = II("optimization.lr")
    lang_pairs: Any = II("task.lang_pairs")


def _pairs(value) -> List[str]:
    if value is None:
        raise MtlNmtError("--optimizer adatask needs --lang-pairs (--task multilingual_scheduled)")
    return value.split(",") if isinstance(value, str) else list(value)


def load_groups(path: str, pairs: List[str]):
    """{pair: group name} → (group id per pair, group labels) with ids in order of first use."""
    raw = load_pair_map(path, pairs, "--adatask-groups")
    names: List[str] = []
    for p in pairs:
        if str(raw[p]) not in names:
            names.append(str(raw[p]))
    return [names.index(str(raw[p])) for p in pairs], names


def find_adatask(optimizer) -> Optional["FairseqAdaTask"]:
    """The FairseqAdaTask inside fairseq's fp16/bf16 wrappers, if any."""
    for _ in range(3):
        if isinstance(optimizer, FairseqAdaTask):
            return optimizer
        optimizer = getattr(optimizer, "wrapped_optimizer", None) or getattr(optimizer, "fp32_optimizer", None)
        if optimizer is None:
            return None
    return None


@register_optimizer("adatask", dataclass=FairseqAdaTaskConfig)
class FairseqAdaTask(FairseqOptimizer):
    def __init__(self, cfg, params):
        super().__init__(cfg)
        self.pairs = _pairs(cfg.lang_pairs)
        groups = None
        self.slot_names = list(self.pairs)
        if cfg.adatask_groups:
            groups, self.slot_names = load_groups(cfg.adatask_groups, self.pairs)
        if cfg.au_log_interval < 0:
            raise MtlNmtError(f"--au-log-interval must be >= 0, got {cfg.au_log_interval}")
        betas = ast.literal_eval(cfg.adam_betas) if isinstance(cfg.adam_betas, str) else tuple(cfg.adam_betas)
        self._optimizer = AdaTask(params, num_tasks=len(self.pairs), base=str(cfg.adatask_base), lr=cfg.lr[0],
                                  betas=betas, eps=cfg.adam_eps, weight_decay=cfg.weight_decay,
                                  alpha=cfg.rmsprop_alpha, task_groups=groups, absent=str(cfg.adatask_absent),
                                  factored=cfg.adatask_factored,
                                  per_task_first_moment=not cfg.adatask_shared_first_moment, au_beta=cfg.au_beta,
                                  vocab=str(cfg.adatask_vocab))
        self._reset_segments()
        self._updates = 0
        self._prepared = None
        self._pairs_may_mix = True

    @property
    def optimizer_config(self):
        return {"lr": self.cfg.lr[0], "eps": self.cfg.adam_eps, "weight_decay": self.cfg.weight_decay}

    # ---------------------------------------------------------------- per-pair gradients
    def _reset_segments(self):
        self._current: Optional[int] = None
        self._buffers: Dict[int, List[Optional[torch.Tensor]]] = {}

    def _grads(self):
        return [p.grad for p in self._optimizer.flat_params()]

    def _close_segment(self):
        """Move the gradient accumulated for the current pair out of ``.grad`` into its buffer (no
        subtraction: per-pair gradients stay exact)."""
        buf = self._buffers.setdefault(self._current, [None] * len(self._optimizer.flat_params()))
        for i, p in enumerate(self._optimizer.flat_params()):
            if p.grad is None:
                continue
            buf[i] = p.grad.detach().clone() if buf[i] is None else buf[i].add_(p.grad.detach())
            p.grad.zero_()

    def begin_pair(self, pair_id: int) -> None:
        """The next backward pass is pair ``pair_id``'s (its index in ``--lang-pairs``)."""
        if self._current is not None and pair_id != self._current:
            if not self._pairs_may_mix:
                raise MtlNmtError("adatask under --fp16/--bf16/--amp needs one pair per update (--homogeneous-batches "
                                  "with --update-freq 1 or --homogeneous-scope update)")
            self._close_segment()
        self._current = pair_id

    def prepare(self, model: torch.nn.Module, fairseq_optimizer: Optional[FairseqOptimizer] = None) -> None:
        """Tell the optimizer about the model before the first update; cheap to call every step
        (does the work once per model and wrapper). Sets the parameter names (AU log and report),
        the vocabulary parameters (``--adatask-vocab``: token embeddings and output projection, by
        identity, tied ones once) and, from ``fairseq_optimizer`` (the optimizer the trainer holds,
        possibly fairseq's fp16/bf16/amp wrapper around this one), whether an update may mix pairs.
        Under the fp16/bf16 wrapper this optimizer holds fp32 copies, matched to the model's
        parameters by position."""
        key = (id(model), id(fairseq_optimizer))
        if self._prepared == key:
            return
        copies = {}
        if fairseq_optimizer is not None and fairseq_optimizer is not self:
            self._pairs_may_mix = not hasattr(fairseq_optimizer, "fp32_optimizer")
            halves = getattr(fairseq_optimizer, "fp16_params", None)
            fulls = getattr(fairseq_optimizer, "fp32_params", None)
            if isinstance(halves, list) and isinstance(fulls, list):
                copies = {id(p): q for p, q in zip(halves, fulls)}
        names = {id(copies.get(id(p), p)): n for n, p in model.named_parameters()}
        for group in self._optimizer.param_groups:
            group["param_names"] = [names.get(id(p), f"param{i}") for i, p in enumerate(group["params"])]
        vocab = [copies.get(id(p), p) for p in vocab_parameters(model)]
        marked = self._optimizer.set_vocab_params(vocab)
        if self.cfg.adatask_vocab == "shared":
            if marked:
                logger.info("adatask: %d vocabulary parameter tensor(s) (%s) keep one accumulator "
                            "(--adatask-vocab shared)", marked, ", ".join(
                                n for g in self._optimizer.param_groups
                                for n, v in zip(g["param_names"], g["vocab_params"]) if v))
            else:
                logger.warning("adatask --adatask-vocab shared: none of %s is among the optimized parameters; "
                               "every parameter keeps per-pair accumulators", ", ".join(VOCAB_PATHS))
        self._prepared = key

    def _scale_buffers(self, c):
        for buf in self._buffers.values():
            for t in buf:
                if t is not None:
                    t.mul_(c.to(t.device) if torch.is_tensor(c) else c)

    def _all_reduce_buffers(self, module, world: int):
        """Average the set-aside gradients over ranks like DDP averages ``.grad``; ranks may have
        different pairs (mixed batches), so the union of pairs is agreed on first."""
        import torch.distributed as dist

        params = self._optimizer.flat_params()
        device = params[0].device
        if hasattr(module, "all_reduce_grads"):
            # legacy_ddp: .grad is still local, so the last segment joins the buffers
            if self._current is not None:
                self._close_segment()
                self._current = None
        else:
            # DDP already averaged .grad (the last segment): every rank must have the same last pair
            ids = torch.tensor([-1 if self._current is None else self._current] * 2, device=device)
            ids[1] = -ids[1]
            dist.all_reduce(ids, op=dist.ReduceOp.MAX)
            if int(ids[0]) != -int(ids[1]):
                raise MtlNmtError("adatask: ranks ended an update on different pairs; with mixed batches use "
                                  "--ddp-backend legacy_ddp, or --homogeneous-batches")
        present = torch.zeros(len(self.pairs), device=device)
        present[list(self._buffers)] = 1
        dist.all_reduce(present)
        for pair_id in present.nonzero().flatten().tolist():
            if pair_id not in self._buffers:
                self._buffers[pair_id] = [None if p.grad is None else torch.zeros_like(p.grad) for p in params]
            for t in self._buffers[pair_id]:
                if t is not None:
                    dist.all_reduce(t)
                    t.div_(world)

    def all_reduce_grads(self, module):
        if torch.distributed.is_initialized() and torch.distributed.get_world_size() > 1:
            world = torch.distributed.get_world_size()
            flag = torch.tensor([float(bool(self._buffers))], device=self._optimizer.flat_params()[0].device)
            torch.distributed.all_reduce(flag)
            if flag.item() > 0:
                self._all_reduce_buffers(module, world)
        super().all_reduce_grads(module)

    def multiply_grads(self, c):
        super().multiply_grads(c)
        self._scale_buffers(c)

    def clip_grad_norm(self, max_norm, aggregate_norm_fn=None):
        """fairseq's clipping (experts excluded from the norm, as ``utils.clip_grad_norm_``) over the
        whole gradient: the set-aside buffers plus what ``.grad`` still holds."""
        sq = torch.zeros((), dtype=torch.float64)
        for i, p in enumerate(self._optimizer.flat_params()):
            if hasattr(p, "expert"):
                continue
            total = None if p.grad is None else p.grad.detach()
            for buf in self._buffers.values():
                if buf[i] is not None:
                    total = buf[i] if total is None else total + buf[i]
            if total is not None:
                sq = sq + total.double().square().sum().cpu()
        norm = sq.sqrt().float()
        if aggregate_norm_fn is not None:
            norm = aggregate_norm_fn(norm)
        if max_norm > 0:
            coef = (float(max_norm) / (norm + 1e-6)).clamp_(max=1)
            self._scale_buffers(coef)
            for g in self._grads():
                if g is not None:
                    g.mul_(coef.to(g.device))
        return norm

    def step(self, closure=None, scale=1.0, groups=None):
        if scale != 1.0:
            self.multiply_grads(1.0 / scale)
        if not self._buffers:
            if self._current is None:
                self._reset_segments()
                return
            self._optimizer.step(closure, task=self._current)
        else:
            task_grads = dict(self._buffers)
            if self._current is not None:
                last = self._grads()
                prev = task_grads.get(self._current)
                task_grads[self._current] = last if prev is None else [
                    g if b is None else (b if g is None else b + g) for g, b in zip(last, prev)]
            self._optimizer.step(closure, task_grads=task_grads)
        self._reset_segments()
        self._updates += 1
        if self.cfg.au_log_interval and self._updates % self.cfg.au_log_interval == 0:
            self.log_dominance()

    def zero_grad(self):
        super().zero_grad()
        self._reset_segments()

    # ---------------------------------------------------------------- AU metric
    def log_dominance(self) -> None:
        """au_<slot>_enc / au_<slot>_dec: mean AU share of each pair (group) over encoder / decoder layers."""
        names, au = au_from_state_dict(self._optimizer.state_dict())
        layers, table = dominance_by_layer(names, au)
        for side, prefix in (("enc", "encoder."), ("dec", "decoder.")):
            rows = [i for i, layer in enumerate(layers) if layer.startswith(prefix) and np.isfinite(table[i]).all()]
            if rows:
                mean = table[rows].mean(0)
                for slot, value in zip(self.slot_names, mean.tolist()):
                    metrics.log_scalar(f"au_{slot}_{side}", value, weight=1, round=3)

    def memory_bytes(self) -> int:
        return self._optimizer.memory_bytes()
