"""AdaTask (Yang et al., "AdaTask: A Task-Aware Adaptive Learning Rate Approach to Multi-Task
Learning", AAAI 2023, arXiv 2211.15055) in plain torch, with the paper's AU task-dominance metric.

Every shared parameter keeps one set of moments per *slot* (a task, or a group of tasks given by
``task_groups``). With g_s the gradient of slot s (the sum of its present tasks' gradients) and
t_s the slot's step counter, one step is θ ← θ·(1 − lr·wd) + Σ_s Δ_s, every Δ_s computed from the
same θ (paper eq. 5-8; base optimizers exactly as torch.optim implements them):

* adam:    m_s ← β1·m_s + (1−β1)·g_s,  v_s ← β2·v_s + (1−β2)·g_s²,
           Δ_s = −lr/(1−β1^t_s) · m_s / (sqrt(v_s)/sqrt(1−β2^t_s) + ε)
* rmsprop: v_s ← α·v_s + (1−α)·g_s²,   Δ_s = −lr · g_s / (sqrt(v_s) + ε)  (no momentum, not centered)
* adagrad: v_s ← v_s + g_s²,           Δ_s = −lr · g_s / (sqrt(v_s) + ε)  (lr_decay 0, accumulator 0)

Weight decay is decoupled (AdamW's θ·(1 − lr·wd), applied once per step) for all three bases; the
paper and its official code use none. Task-specific parameters (param groups with ``"owner": k``)
get the plain base optimizer on the summed gradient of the tasks present.

Vocabulary parameters (token embeddings and output projection, marked with ``vocab_params`` or
:meth:`AdaTask.set_vocab_params`): with ``vocab="shared"`` they get the plain base optimizer on the
summed gradient, like the paper's task-specific heads; with ``vocab="per-pair"`` per-slot moments
like every shared parameter. In NMT one vocabulary serves every target language, and per-slot
normalisation turns each pair's small but consistent gradient on other languages' tokens (push
them down) into an lr-sized step that does not fade.

Absent slots (no gradient for a parameter in this step): ``absent="skip"`` leaves their moments and
counters untouched and adds no step; ``absent="decay"`` treats them as a zero gradient (moments
decay, counter + 1, Adam's momentum step still applies). With every task present at every step
both equal the paper (official code EnnengYang/AdaTask: every task every step, shared counter).
A parameter that no present task has a gradient for is not touched at all (as in torch.optim).

Memory-bounded variants (not in the paper): ``factored=True`` stores each slot's second moment of
a ≥2-D parameter as Adafactor row/column averages (Shazeer & Stern 2018, eq. for the factored
second moment) r = mean_last(g²), c = mean_rows(g²), v̂ = r ⊗ c / mean(r), floored element-wise at
the current step's own contribution (1−β2)·g² (which the unfactored v never falls below).
``per_task_first_moment=False`` (adam) keeps one first moment for all slots, of *normalised*
gradients (the form of Adafactor's momentum, applied to the normalised update):

    u_s = g_s / (sqrt(v̂_s) + ε),  m ← β1·m + (1−β1)·Σ_s u_s,  Δ = −lr · m / (1 − β1^t_m)

with t_m the parameter's count of steps. It cannot diverge: v_s ≥ (1−β2)·g_s² after the update
(for the factored v̂ by the floor), so |u_s| ≤ sqrt((1−β2^t_s)/(1−β2)) < 1/sqrt(1−β2) on every
coordinate, and m̂, a convex combination of sums of at most P such terms (P slots stepping), gives
|Δ| ≤ lr·P/sqrt(1−β2) whatever the other slots did (the bound Kingma & Ba 2015, sec. 2.1, state for
Adam). Dividing a momentum of raw gradients by the present slot's v̂_s instead blows up on
coordinates that slot never touched (v̂_s ≈ 0). With every slot present at every step, m equals
Σ_s m_s of per-slot moments of u_s: each slot's step is its momentum of normalised gradients.

AU metric (paper sec. 5, "accumulative update"): for every shared parameter tensor and slot s that
stepped, au[s] ← β_au·au[s] + (1−β_au)·mean(Δ_s²); the mean over the tensor's elements keeps it one
scalar per slot. The dominance of slot s on a parameter is au[s] / Σ_j au[j]. With one shared
first moment Δ_s is slot s's update without momentum, −lr·u_s.
"""
import math
import numbers
import re
from itertools import chain
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

import numpy as np
import torch

from .errors import MtlNmtError

BASES = ("adam", "rmsprop", "adagrad")
ABSENT = ("skip", "decay")
VOCAB = ("shared", "per-pair")
# Param-group keys that fix what the state means: a saved state must agree on all of them.
STRUCTURAL = ("base", "num_tasks", "task_groups", "absent", "factored", "per_task_first_moment", "au_beta",
              "owner", "vocab")
# What a state saved before a key existed meant by it.
LEGACY = {"vocab": "per-pair"}
# 2: the shared first moment holds normalised gradients (1: raw gradients, which diverged).
STATE_VERSION = 2


def _is_number(value) -> bool:
    return isinstance(value, numbers.Real) and not isinstance(value, bool) and math.isfinite(value)


def _is_int(value) -> bool:
    return isinstance(value, numbers.Integral) and not isinstance(value, bool)


def _check_task_groups(num_tasks, task_groups) -> List[int]:
    if not _is_int(num_tasks) or num_tasks < 1:
        raise MtlNmtError(f"AdaTask num_tasks must be an integer >= 1, got {num_tasks!r}")
    if task_groups is None:
        return list(range(num_tasks))
    groups = list(task_groups)
    if len(groups) != num_tasks:
        raise MtlNmtError(f"AdaTask task_groups has {len(groups)} entries but num_tasks is {num_tasks}")
    if not all(_is_int(g) for g in groups) or sorted(set(groups)) != list(range(max(groups) + 1)):
        raise MtlNmtError(f"AdaTask task_groups must map every task to a slot id 0..G-1, every id used, "
                          f"got {groups}")
    return [int(g) for g in groups]


def _check_group(group: dict, num_tasks: int, task_groups: List[int]) -> None:
    """Raise MtlNmtError for a bad option of one param group."""
    if group["base"] not in BASES:
        raise MtlNmtError(f"unknown AdaTask base optimizer {group['base']!r} (choose from {', '.join(BASES)})")
    if group["absent"] not in ABSENT:
        raise MtlNmtError(f"unknown AdaTask absent policy {group['absent']!r} (choose from {', '.join(ABSENT)})")
    if group["vocab"] not in VOCAB:
        raise MtlNmtError(f"unknown AdaTask vocab policy {group['vocab']!r} (choose from {', '.join(VOCAB)})")
    if not _is_number(group["lr"]) or group["lr"] < 0:
        raise MtlNmtError(f"AdaTask lr must be a number >= 0, got {group['lr']!r}")
    betas = group["betas"]
    if (not isinstance(betas, (tuple, list)) or len(betas) != 2
            or not all(_is_number(b) and 0 <= b < 1 for b in betas)):
        raise MtlNmtError(f"AdaTask betas must be two numbers in [0, 1), got {betas!r}")
    if not _is_number(group["eps"]) or group["eps"] <= 0:
        raise MtlNmtError(f"AdaTask eps must be a number > 0, got {group['eps']!r}")
    if not _is_number(group["weight_decay"]) or group["weight_decay"] < 0:
        raise MtlNmtError(f"AdaTask weight_decay must be a number >= 0, got {group['weight_decay']!r}")
    for key in ("alpha", "au_beta"):
        if not _is_number(group[key]) or not 0 <= group[key] < 1:
            raise MtlNmtError(f"AdaTask {key} must be a number in [0, 1), got {group[key]!r}")
    owner = group["owner"]
    if owner is not None and (not _is_int(owner) or not 0 <= owner < num_tasks):
        raise MtlNmtError(f"AdaTask param group owner must be a task id in 0..{num_tasks - 1} or None, got {owner!r}")
    if group["num_tasks"] != num_tasks or list(group["task_groups"]) != task_groups:
        raise MtlNmtError("AdaTask num_tasks and task_groups are optimizer-wide: a param group cannot change them")


def _per_slot(values: List[float], like: torch.Tensor, lead: Tuple[int, ...]):
    """One factor per slot, to broadcast over (n, *p.shape): a Python number for one slot, else a
    tensor copied from pinned memory without blocking (a tensor built from a list on a GPU would wait
    for the device once per parameter and step)."""
    if len(values) == 1:
        return values[0]
    t = torch.tensor(values, dtype=like.dtype)
    if like.is_cuda:
        t = t.pin_memory().to(like.device, non_blocking=True)
    return t.view(lead)


class AdaTask(torch.optim.Optimizer):
    """Task-wise adaptive learning rates for shared parameters (Yang et al. 2023, eq. 5-8); see the
    module docstring for the equations, the absent-slot policies and the memory-bounded variants.

    ``task_groups[k]`` is task k's slot (default: one slot per task); a param group with ``"owner": k``
    holds task-specific parameters (plain base optimizer); ``vocab_params`` (tensors, by identity) are
    the vocabulary parameters, which ``vocab="shared"`` gives the plain base optimizer on the summed
    gradient of the tasks present (each group records them in a mask ``vocab_params``). State of a
    shared parameter p, with S slots:
    ``step`` (S,) float32 on the CPU; ``exp_avg`` (S, *p.shape) (adam; p.shape plus a scalar
    ``m_step`` without per-task first moments); ``exp_avg_sq`` (S, *p.shape), or with ``factored`` and
    p.dim() >= 2 ``exp_avg_sq_row`` (S, *p.shape[:-1]) and ``exp_avg_sq_col`` (S, *p.shape[:-2],
    p.shape[-1]); ``au`` (S,) float64. Owner parameters and shared vocabulary parameters: ``step`` (),
    ``exp_avg``, ``exp_avg_sq`` shaped like p. Every param group also carries the options of
    :data:`STRUCTURAL` (and ``param_names``), so a saved state says what it is."""

    def __init__(self, params, num_tasks: int, base: str = "adam", lr=1e-3, betas=(0.9, 0.999), eps=1e-8,
                 weight_decay=0.0, alpha=0.99, task_groups: Optional[Sequence[int]] = None, absent: str = "skip",
                 factored: bool = False, per_task_first_moment: bool = True, au_beta: float = 0.99,
                 param_names: Optional[Sequence[str]] = None, vocab: str = "shared",
                 vocab_params: Iterable[torch.Tensor] = ()):
        self.task_groups = _check_task_groups(num_tasks, task_groups)
        self.num_tasks = int(num_tasks)
        self.num_slots = max(self.task_groups) + 1
        betas = tuple(betas) if isinstance(betas, (tuple, list)) else betas
        defaults = dict(lr=lr, betas=betas, eps=eps, weight_decay=weight_decay, alpha=alpha, owner=None, base=base,
                        num_tasks=self.num_tasks, task_groups=list(self.task_groups), absent=absent,
                        factored=bool(factored), per_task_first_moment=bool(per_task_first_moment), au_beta=au_beta,
                        vocab=vocab, version=STATE_VERSION)
        _check_group(dict(defaults), self.num_tasks, self.task_groups)
        super().__init__(params, defaults)
        self.set_vocab_params(vocab_params)
        if param_names is not None:
            names = list(param_names)
            if len(names) != len(self.flat_params()):
                raise MtlNmtError(f"AdaTask param_names has {len(names)} names for {len(self.flat_params())} parameters")
            for group in self.param_groups:
                group["param_names"], names = names[:len(group["params"])], names[len(group["params"]):]

    def add_param_group(self, param_group: dict) -> None:
        super().add_param_group(param_group)
        group = self.param_groups[-1]
        try:
            _check_group(group, self.num_tasks, self.task_groups)
        except MtlNmtError:
            self.param_groups.pop()
            raise
        group.setdefault("vocab_params", [False] * len(group["params"]))

    def set_vocab_params(self, params: Iterable[torch.Tensor]) -> int:
        """Mark exactly ``params`` (by identity; others are unmarked) as vocabulary parameters;
        returns how many of this optimizer's parameters are marked. A parameter whose state was
        already made under the other treatment is a user error (the saved state is from another
        model or option)."""
        wanted = {id(p) for p in params}
        for group in self.param_groups:
            mask = [id(p) in wanted for p in group["params"]]
            for p, old, new in zip(group["params"], group["vocab_params"], mask):
                if old != new and self.state.get(p) and group["vocab"] == "shared" and group["owner"] is None:
                    raise MtlNmtError(f"AdaTask: parameter {tuple(p.shape)} already has "
                                      f"{'one accumulator' if old else 'per-pair accumulators'} in the optimizer "
                                      f"state; resume with the same model and --adatask-vocab, or --reset-optimizer")
            group["vocab_params"] = mask
        return sum(sum(g["vocab_params"]) for g in self.param_groups)

    def _plain(self, group: dict, index: int) -> bool:
        """Whether parameter ``index`` of ``group`` gets the plain base optimizer (one accumulator)."""
        return group["owner"] is not None or (group["vocab"] == "shared" and group["vocab_params"][index])

    def flat_params(self) -> List[torch.Tensor]:
        """The parameters in param-group order (the order of ``task_grads`` lists)."""
        return [p for group in self.param_groups for p in group["params"]]

    def memory_bytes(self) -> int:
        """Total bytes of the optimizer's state tensors."""
        return sum(t.numel() * t.element_size() for st in self.state.values() for t in st.values()
                   if torch.is_tensor(t))

    def dominance(self) -> Tuple[List[str], np.ndarray]:
        """Parameter names and their AU dominance shares, an array (num_params, slots) whose rows sum
        to 1 (NaN for task-specific parameters and parameters that never stepped)."""
        names, au = au_from_state_dict(self.state_dict())
        return names, au_shares(au)

    # ----------------------------------------------------------------------------------- step

    def _task_gradients(self, params, task_grads, task) -> Dict[int, Sequence[Optional[torch.Tensor]]]:
        if task_grads is not None and task is not None:
            raise MtlNmtError("AdaTask.step takes task_grads or task, not both")
        if task_grads is None:
            if task is None:
                if self.num_tasks != 1:
                    raise MtlNmtError(f"AdaTask with {self.num_tasks} tasks needs step(task=...) or "
                                      f"step(task_grads=...) to know whose gradients .grad holds")
                task = 0
            task_grads = {task: [p.grad for p in params]}
        if not isinstance(task_grads, dict):
            raise MtlNmtError(f"AdaTask task_grads must be a dict task id -> gradients, got {type(task_grads).__name__}")
        for k, grads in task_grads.items():
            if not _is_int(k) or not 0 <= k < self.num_tasks:
                raise MtlNmtError(f"AdaTask got gradients for task {k!r}, task ids are 0..{self.num_tasks - 1}")
            if len(grads) != len(params):
                raise MtlNmtError(f"AdaTask got {len(grads)} gradients for task {k} but has {len(params)} parameters")
            for p, g in zip(params, grads):
                if g is not None and (g.is_sparse or g.shape != p.shape):
                    raise MtlNmtError(f"AdaTask needs dense gradients shaped like their parameter, got "
                                      f"{'a sparse one' if g.is_sparse else tuple(g.shape)} for {tuple(p.shape)}")
        return task_grads

    @torch.no_grad()
    def step(self, closure=None, task_grads: Optional[Dict[int, Sequence[Optional[torch.Tensor]]]] = None,
             task: Optional[int] = None):
        """One AdaTask update. ``task_grads``: {task id: gradients aligned with :meth:`flat_params`,
        None where a task has none}; or ``task``: the one task whose gradients ``.grad`` holds;
        with neither, ``.grad`` is task 0's (only allowed for ``num_tasks == 1``)."""
        loss = None
        if closure is not None:
            with torch.enable_grad():
                loss = closure()
        params = self.flat_params()
        task_grads = self._task_gradients(params, task_grads, task)
        tasks = sorted(task_grads)
        index = 0
        for group in self.param_groups:
            for j, p in enumerate(group["params"]):
                present = [(k, task_grads[k][index]) for k in tasks if task_grads[k][index] is not None]
                index += 1
                if not present:
                    continue
                if self._plain(group, j):
                    grad = present[0][1]
                    for _, g in present[1:]:
                        grad = grad + g
                    self._plain_step(p, group, grad)
                else:
                    by_slot: Dict[int, torch.Tensor] = {}
                    for k, g in present:
                        s = self.task_groups[k]
                        by_slot[s] = g if s not in by_slot else by_slot[s] + g
                    self._shared_step(p, group, by_slot)
        return loss

    def _plain_step(self, p, group, grad):
        state = self.state[p]
        if not state:
            state["step"] = torch.zeros((), dtype=torch.float32)
            if group["base"] == "adam":
                state["exp_avg"] = torch.zeros_like(p, memory_format=torch.preserve_format)
            state["exp_avg_sq"] = torch.zeros_like(p, memory_format=torch.preserve_format)
        _, update = self._delta(p, group, state, None, grad.unsqueeze(0))
        if group["weight_decay"] != 0:
            p.mul_(1 - group["lr"] * group["weight_decay"])
        p.add_(update)

    def _init_shared(self, p, group, state):
        shape, S = tuple(p.shape), self.num_slots
        state["step"] = torch.zeros(S, dtype=torch.float32)
        if group["base"] == "adam":
            if group["per_task_first_moment"]:
                state["exp_avg"] = p.new_zeros((S,) + shape)
            else:
                state["exp_avg"] = p.new_zeros(shape)
                state["m_step"] = torch.zeros((), dtype=torch.float32)
        if group["factored"] and p.dim() >= 2:
            state["exp_avg_sq_row"] = p.new_zeros((S,) + shape[:-1])
            state["exp_avg_sq_col"] = p.new_zeros((S,) + shape[:-2] + shape[-1:])
        else:
            state["exp_avg_sq"] = p.new_zeros((S,) + shape)
        state["au"] = torch.zeros(S, dtype=torch.float64, device=p.device)

    def _shared_step(self, p, group, by_slot: Dict[int, torch.Tensor]):
        state = self.state[p]
        if not state:
            self._init_shared(p, group, state)
        slots = sorted(by_slot) if group["absent"] == "skip" else list(range(self.num_slots))
        if len(slots) == 1:
            grad = by_slot[slots[0]].unsqueeze(0)
        else:
            grad = torch.stack([by_slot[s] if s in by_slot else torch.zeros_like(p) for s in slots])
        delta, update = self._delta(p, group, state, slots, grad)
        mean_sq = delta.flatten(1).square().sum(1, dtype=torch.float64) / max(p.numel(), 1)
        beta = group["au_beta"]
        if len(slots) == self.num_slots:
            state["au"].mul_(beta).add_(mean_sq, alpha=1 - beta)
        elif slots == list(range(slots[0], slots[0] + len(slots))):
            state["au"].narrow(0, slots[0], len(slots)).mul_(beta).add_(mean_sq, alpha=1 - beta)
        else:
            idx = torch.tensor(slots, device=p.device)
            state["au"].index_copy_(0, idx, state["au"].index_select(0, idx).mul_(beta).add_(mean_sq, alpha=1 - beta))
        if group["weight_decay"] != 0:
            p.mul_(1 - group["lr"] * group["weight_decay"])
        p.add_(update)

    def _delta(self, p, group, state, slots: Optional[List[int]],
               grad: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor]:
        """Per-slot steps Δ (n, *p.shape) for ``grad`` (n, *p.shape), and the update to add to p
        (their sum; with a shared first moment −lr·m̂); updates moments and counters. ``slots``
        None: a plain parameter (unstacked state, one slot)."""
        shared = slots is not None
        # a run of consecutive slots (always the case for one slot) is a view: updated in place
        view = not shared or slots == list(range(slots[0], slots[0] + len(slots)))
        idx = None if view else torch.tensor(slots, device=p.device)

        def take(key):
            if not shared:
                return state[key].unsqueeze(0)
            return state[key].narrow(0, slots[0], len(slots)) if view else state[key].index_select(0, idx)

        def put(key, value):
            if not view:
                state[key].index_copy_(0, idx, value)

        base, lr, eps = group["base"], group["lr"], group["eps"]
        beta1, beta2 = group["betas"]
        decay, gain = {"adam": (beta2, 1 - beta2), "rmsprop": (group["alpha"], 1 - group["alpha"]),
                       "adagrad": (1.0, 1.0)}[base]
        if shared:
            state["step"][slots] += 1
            steps = state["step"][slots].tolist()
        else:
            state["step"] += 1
            steps = [state["step"].item()]
        lead = (len(steps),) + (1,) * p.dim()

        if "exp_avg_sq" in state:
            v = take("exp_avg_sq")
            if decay != 1.0:
                v.mul_(decay)
            v.addcmul_(grad, grad, value=gain)
            put("exp_avg_sq", v)
        else:
            sq = grad.square()
            row, col = take("exp_avg_sq_row"), take("exp_avg_sq_col")
            for key, acc, new in (("exp_avg_sq_row", row, sq.mean(-1)), ("exp_avg_sq_col", col, sq.mean(-2))):
                if decay != 1.0:
                    acc.mul_(decay)
                acc.add_(new, alpha=gain)
                put(key, acc)
            scale = row.mean(-1, keepdim=True).clamp_min(torch.finfo(row.dtype).tiny).unsqueeze(-1)
            v = torch.maximum(row.unsqueeze(-1) * col.unsqueeze(-2) / scale, sq.mul_(gain))

        if base != "adam":
            denom = v.sqrt().add_(eps)
            delta = torch.div(grad, denom, out=denom).mul_(-lr)
            return delta, delta.sum(0)
        bc2_sqrt = _per_slot([(1 - beta2 ** t) ** 0.5 for t in steps], p, lead)
        denom = v.sqrt().div_(bc2_sqrt).add_(eps)
        if shared and not group["per_task_first_moment"]:
            normalised = torch.div(grad, denom, out=denom)
            m = state["exp_avg"]
            m.lerp_(normalised.sum(0), 1 - beta1)
            state["m_step"] += 1
            return normalised.mul_(-lr), m.mul(-lr / (1 - beta1 ** state["m_step"].item()))
        m = take("exp_avg")
        m.lerp_(grad, 1 - beta1)
        put("exp_avg", m)
        delta = torch.div(m, denom, out=denom).mul_(_per_slot([-lr / (1 - beta1 ** t) for t in steps], p, lead))
        return delta, delta.sum(0)

    # ------------------------------------------------------------------------------ state dict

    def load_state_dict(self, state_dict: dict) -> None:
        """torch.optim's loading, after checking that the saved state is an AdaTask state with the same
        options (:data:`STRUCTURAL`); counters stay float32 on the CPU and ``au`` float64, so that a
        resumed run is bit-identical to an uninterrupted one."""
        saved = state_dict.get("param_groups") if isinstance(state_dict, dict) else None
        if not saved or any("num_tasks" not in g for g in saved):
            raise MtlNmtError("the optimizer state is not an AdaTask state (its param groups have no 'num_tasks')")
        if len(saved) != len(self.param_groups):
            raise MtlNmtError(f"the saved AdaTask state has {len(saved)} param group(s), this optimizer "
                              f"{len(self.param_groups)}")
        for i, (group, old) in enumerate(zip(self.param_groups, saved)):
            if len(old["params"]) != len(group["params"]):
                raise MtlNmtError(f"param group {i} of the saved AdaTask state has {len(old['params'])} parameters, "
                                  f"this optimizer's {len(group['params'])}")
            for key in STRUCTURAL:
                if old.get(key, LEGACY.get(key)) != group[key]:
                    raise MtlNmtError(f"cannot load the AdaTask state: {key} is {old.get(key, LEGACY.get(key))!r} in "
                                      f"the saved state but {group[key]!r} here (param group {i})")
            if not group["per_task_first_moment"] and old.get("version", 1) < STATE_VERSION:
                raise MtlNmtError("cannot load the AdaTask state: its shared first moment holds raw gradients (saved "
                                  "by an older mtl-nmt, a form that diverges); resume with --reset-optimizer")
        super().load_state_dict(state_dict)
        for group in self.param_groups:
            group.setdefault("vocab_params", [False] * len(group["params"]))
            group["vocab"] = group.get("vocab", LEGACY["vocab"])
            group["version"] = STATE_VERSION
        ids = chain.from_iterable(g["params"] for g in saved)
        for pid, p in zip(ids, self.flat_params()):
            old = state_dict["state"].get(pid, {})
            for key in ("step", "m_step"):
                if key in old:
                    self.state[p][key] = old[key].detach().to(device="cpu", dtype=torch.float32, copy=True)
            if "au" in old:
                self.state[p]["au"] = old["au"].detach().to(device=p.device, dtype=torch.float64, copy=True)


# ------------------------------------------------------------------------------ vocabulary

VOCAB_PATHS = ("encoder.embed_tokens.weight", "decoder.embed_tokens.weight", "decoder.output_projection.weight")


def vocab_parameters(model: torch.nn.Module) -> List[torch.Tensor]:
    """The vocabulary parameters of a fairseq encoder-decoder (also inside DDP-style wrappers that
    hold it in ``.module``): :data:`VOCAB_PATHS` that exist, each tensor once (tied embeddings are
    one Parameter)."""
    for _ in range(4):
        if hasattr(model, "encoder") or hasattr(model, "decoder") or not hasattr(model, "module"):
            break
        model = model.module
    found: List[torch.Tensor] = []
    for path in VOCAB_PATHS:
        obj = model
        for attr in path.split("."):
            obj = getattr(obj, attr, None)
        if isinstance(obj, torch.Tensor) and not any(obj is p for p in found):
            found.append(obj)
    return found


# ------------------------------------------------------------------------------------ analysis


def is_adatask_state(state_dict) -> bool:
    """Whether ``state_dict`` looks like :meth:`AdaTask.state_dict` output."""
    groups = state_dict.get("param_groups") if isinstance(state_dict, dict) else None
    return bool(groups) and isinstance(state_dict.get("state"), dict) and all(
        isinstance(g, dict) and "num_tasks" in g and "task_groups" in g for g in groups)


def au_from_state_dict(state_dict: dict) -> Tuple[List[str], np.ndarray]:
    """Parameter names (``param_names`` of the groups, else ``param<i>``) and the AU array
    (num_params, slots) of an AdaTask state dict; NaN rows where a parameter has no AU."""
    if not is_adatask_state(state_dict):
        raise MtlNmtError("the optimizer state is not an AdaTask state (its param groups have no 'num_tasks')")
    slots = max(state_dict["param_groups"][0]["task_groups"]) + 1
    names, rows = [], []
    for group in state_dict["param_groups"]:
        group_names = group.get("param_names")
        for j, pid in enumerate(group["params"]):
            names.append(group_names[j] if group_names else f"param{len(names)}")
            au = state_dict["state"].get(pid, {}).get("au")
            rows.append(np.full(slots, np.nan) if au is None else au.detach().double().cpu().numpy())
    return names, np.array(rows, dtype=np.float64).reshape(len(names), slots)


def au_shares(au: np.ndarray) -> np.ndarray:
    """Dominance shares au[s] / Σ_j au[j] per row (NaN where a row is NaN or all zero)."""
    with np.errstate(invalid="ignore", divide="ignore"):
        return au / au.sum(axis=1, keepdims=True)


_IN_LAYER = re.compile(r"(?:^|\.)(encoder|decoder)\.layers\.(\d+)\.")
_EMBED = re.compile(r"(?:^|\.)(?:encoder|decoder)\.(?:embed_tokens|embed_positions|layernorm_embedding)\.")
_OUTPUT = re.compile(r"(?:^|\.)decoder\.output_projection\.")
_FINAL = re.compile(r"(?:^|\.)(encoder|decoder)\.layer_norm\.")


def layer_group(name: str) -> str:
    """The layer of a fairseq parameter name: ``encoder.layers.3.fc1.weight`` → ``encoder.3``,
    embeddings → ``embed``, ``decoder.output_projection.*`` → ``output``, ``encoder.layer_norm.*``
    → ``encoder.final``; any other name → its module (the name without its last component)."""
    match = _IN_LAYER.search(name)
    if match:
        return f"{match.group(1)}.{match.group(2)}"
    if _EMBED.search(name):
        return "embed"
    if _OUTPUT.search(name):
        return "output"
    match = _FINAL.search(name)
    if match:
        return f"{match.group(1)}.final"
    return name.rsplit(".", 1)[0] if "." in name else name


def dominance_by_layer(names: Sequence[str], au: np.ndarray) -> Tuple[List[str], np.ndarray]:
    """Layers (:func:`layer_group`, in order of first appearance, i.e. model order) and their
    dominance shares (layers, slots): the AU of the layer's parameters summed (each tensor's mean
    squared update counts once), then normalised. NaN rows for layers without AU."""
    layers: List[str] = []
    members: Dict[str, List[int]] = {}
    for i, name in enumerate(names):
        layer = layer_group(name)
        if layer not in members:
            layers.append(layer)
            members[layer] = []
        members[layer].append(i)
    totals = np.full((len(layers), au.shape[1]), np.nan)
    for row, layer in enumerate(layers):
        rows = au[members[layer]]
        rows = rows[~np.isnan(rows).any(axis=1)]
        if len(rows):
            totals[row] = rows.sum(axis=0)
    return layers, au_shares(totals)
