"""Expert parallelism: E experts over the W ranks of a process group, E/W consecutive ones per
rank, exchanging tokens with differentiable all-to-alls whose split sizes change every step
(variable-length batches, padding removed, greedy routing). Plain ``torch.distributed``: gloo on
CPU, NCCL on CUDA, the same calls."""
from typing import List, Optional, Sequence, Tuple

import torch
import torch.distributed as dist

from ..errors import MtlNmtError


class ExpertPlacement:
    """Which experts a rank holds: rank r of W holds experts r·E/W … (r+1)·E/W − 1."""

    def __init__(self, num_experts: int, group=None):
        if num_experts < 1:
            raise MtlNmtError(f"--base-experts must be >= 1, got {num_experts}")
        self.group = group
        self.world = dist.get_world_size(group) if group is not None else 1
        self.rank = dist.get_rank(group) if group is not None else 0
        if num_experts % self.world:
            raise MtlNmtError(f"--base-experts {num_experts} is not divisible by the {self.world} ranks: expert "
                              f"parallelism puts E/W experts on each rank (use a multiple of {self.world})")
        self.num_experts = num_experts
        self.num_local = num_experts // self.world
        self.local_ids = list(range(self.rank * self.num_local, (self.rank + 1) * self.num_local))

    @property
    def parallel(self) -> bool:
        return self.world > 1


class AllToAll(torch.autograd.Function):
    """y = all_to_all(x): rank r sends ``send[q]`` rows to rank q and receives ``recv[q]`` rows from
    it; the backward pass sends the gradients back along the same routes."""

    @staticmethod
    def forward(ctx, x, recv: Sequence[int], send: Sequence[int], group):
        ctx.routes = (list(recv), list(send), group)
        return _all_to_all(x, recv, send, group)

    @staticmethod
    def backward(ctx, grad):
        recv, send, group = ctx.routes
        return _all_to_all(grad, send, recv, group), None, None, None


def _all_to_all(x, recv, send, group):
    out = x.new_empty((sum(recv),) + tuple(x.shape[1:]))
    dist.all_to_all_single(out, x.contiguous(), list(recv), list(send), group=group)
    return out


def exchange_counts(counts: torch.Tensor, group) -> torch.Tensor:
    """``counts`` holds W equal blocks, block q for rank q; returns the blocks every rank sent here
    (block q from rank q)."""
    out = torch.empty_like(counts)
    dist.all_to_all_single(out, counts.contiguous(), group=group)
    return out


def inverse_permutation(order: torch.Tensor) -> torch.Tensor:
    return torch.empty_like(order).scatter_(0, order, torch.arange(order.numel(), device=order.device))


def run_grouped(x: torch.Tensor, ids: torch.Tensor, modules: List[torch.nn.Module]) -> torch.Tensor:
    """``modules[ids[i]](x[i])`` for every row, one call per module on its contiguous block."""
    order = torch.argsort(ids, stable=True)
    counts = torch.bincount(ids, minlength=len(modules)).tolist()
    blocks = x.index_select(0, order).split(counts)
    out = torch.cat([m(b) if b.size(0) else b for m, b in zip(modules, blocks)])
    return out.index_select(0, inverse_permutation(order))


def dispatch_and_run(x: torch.Tensor, expert: torch.Tensor, local: List[torch.nn.Module],
                     placement: ExpertPlacement) -> torch.Tensor:
    """Send each row of ``x`` to the rank holding ``expert[i]``, run it there, bring the result back
    (rows in their original order). Every rank of the group must call this together."""
    group, world, per_rank = placement.group, placement.world, placement.num_local
    order = torch.argsort(expert, stable=True)
    counts = torch.bincount(expert, minlength=placement.num_experts)
    arrived = exchange_counts(counts, group)  # arrived[q·E/W + k]: rows from rank q for local expert k
    send = counts.view(world, per_rank).sum(1).tolist()
    recv = arrived.view(world, per_rank).sum(1).tolist()
    rows = AllToAll.apply(x.index_select(0, order), recv, send, group)
    local_ids = torch.arange(per_rank, device=x.device).repeat(world).repeat_interleave(arrived)
    out = AllToAll.apply(run_grouped(rows, local_ids, local), send, recv, group)
    return out.index_select(0, inverse_permutation(order))


def shuffle_tokens(x: torch.Tensor, placement: ExpertPlacement) -> Tuple[torch.Tensor, tuple]:
    """Send a random ~1/W of this rank's rows to every rank (Lewis et al. 2021, §2.4: balancing then
    works on a mix of all ranks' tokens). Returns the rows received here and the plan to undo it."""
    n, world = x.size(0), placement.world
    perm = torch.randperm(n, device=x.device)
    send = torch.tensor([n // world + (q < n % world) for q in range(world)], device=x.device)
    recv = exchange_counts(send, placement.group).tolist()
    send = send.tolist()
    return AllToAll.apply(x.index_select(0, perm), recv, send, placement.group), (perm, send, recv)


def unshuffle_tokens(y: torch.Tensor, plan: tuple, placement: ExpertPlacement) -> torch.Tensor:
    perm, send, recv = plan
    back = AllToAll.apply(y, send, recv, placement.group)
    return back.index_select(0, inverse_permutation(perm))


def all_gather_flat(flat: torch.Tensor, group) -> List[torch.Tensor]:
    """Every rank's copy of an equally sized 1-d tensor, in rank order."""
    out = [torch.empty_like(flat) for _ in range(dist.get_world_size(group))]
    dist.all_gather(out, flat.contiguous(), group=group)
    return out


def group_source(group, rank: int = 0) -> int:
    """The global rank of ``group``'s rank ``rank`` (for broadcast)."""
    return dist.get_global_rank(group, rank) if group is not None else rank


def broadcast_(t: torch.Tensor, group: Optional[object]) -> torch.Tensor:
    """Every rank gets the group's rank-0 copy of ``t`` (in place)."""
    dist.broadcast(t, src=group_source(group), group=group)
    return t
