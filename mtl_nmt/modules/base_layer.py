"""BASE layer (Lewis et al. 2021, "BASE Layers: Simplifying Training of Large, Sparse Models").

It takes the place of a pre-norm transformer FFN block and returns the residual branch: for token
h routed to expert e, 2σ(h·c_e)·R_e(h), where R_e(h) = Expert_e(h) − h and Expert_e is a stack of
pre-norm FFN sublayers h ← h + W2·act(W1·LN(h)). The paper's gate is σ(h·c_e) (Eq. 2); the
factor 2 makes a zero centroid pass the expert through unchanged (2σ(0) = 1), so a BASE layer
whose experts copy a dense FFN computes exactly that FFN (dense → sparse warm start).

Routing: balanced assignment (every expert gets ⌊T/E⌋ or ⌈T/E⌉ of the non-padding tokens, see
:mod:`.balanced_assignment`) in training, greedy top-1 in evaluation. Padding tokens are not
routed (their branch is 0). Optional shuffle of tokens across ranks before routing (§2.4).

One process holds all E experts, or W ranks hold E/W each (:mod:`.expert_parallel`). Expert
parameters carry ``expert = True`` and are left out of data-parallel gradient averaging; their
gradient arrives summed over the ranks' tokens through the all-to-all, and is divided by W so it
follows the averaging convention of the shared parameters. In evaluation the ranks, by default,
gather all experts once and route locally, so generation (whose step counts differ per rank)
needs no collective.

With ``dense_until = N`` the layer first trains one shared FFN ("dense pre-training", Dua et al.
2022) and at the first training forward from update N copies it into every expert
(:mod:`.dense_to_sparse`). Whether that happened is the ``sparse`` buffer (saved with the model).
"""
import copy
import logging
from typing import Callable, List, Optional

import torch
import torch.nn.functional as F
from torch import nn

from .balanced_assignment import balanced_assignment, greedy_assignment
from .dense_to_sparse import centroids_from_tokens, copy_into_expert, expert_seed
from .expert_parallel import (ExpertPlacement, all_gather_flat, broadcast_, dispatch_and_run, run_grouped,
                              shuffle_tokens, unshuffle_tokens)

logger = logging.getLogger(__name__)
EVAL_EXCHANGES = ("gather", "all_to_all")


class FFNSublayer(nn.Module):
    """δ(h) = W2·dropout(act(W1·LN(h))): the branch of a pre-norm transformer FFN block."""

    def __init__(self, dim: int, ffn_dim: int, activation: Callable, activation_dropout: float):
        super().__init__()
        self.norm = nn.LayerNorm(dim)
        self.ff1 = nn.Linear(dim, ffn_dim)
        self.ff2 = nn.Linear(ffn_dim, dim)
        self.activation = activation
        self.activation_dropout = activation_dropout

    def forward(self, h):
        a = F.dropout(self.activation(self.ff1(self.norm(h))), self.activation_dropout, self.training)
        return self.ff2(a)


class ExpertFFN(nn.Module):
    """A stack of pre-norm FFN sublayers; ``forward`` returns R(h) = Expert(h) − h, summed from
    the sublayers' branches (for one sublayer exactly a transformer FFN branch)."""

    def __init__(self, dim, ffn_dim, sublayers, activation, activation_dropout):
        super().__init__()
        self.layers = nn.ModuleList(FFNSublayer(dim, ffn_dim, activation, activation_dropout)
                                    for _ in range(sublayers))

    def forward(self, h):
        branch = self.layers[0](h)
        for layer in self.layers[1:]:
            branch = branch + layer(h + branch)
        return branch


class BaseLayer(nn.Module):
    """See the module docstring. ``forward(x, padding_mask)`` → the residual branch, shaped as x."""

    def __init__(self, dim: int, ffn_dim: int, num_experts: int, *, sublayers: int = 1,
                 activation: Callable = F.relu, activation_dropout: float = 0.0, shuffle: bool = False,
                 dense_until: Optional[int] = None, expert_init_noise: float = 0.0,
                 centroid_init_scale: float = 0.1, seed: int = 0, group=None, eval_exchange: str = "gather",
                 auction_eps: float = 2e-3):
        super().__init__()
        if eval_exchange not in EVAL_EXCHANGES:
            raise ValueError(f"eval_exchange must be one of {EVAL_EXCHANGES}")
        self.placement = ExpertPlacement(num_experts, group)
        self.num_experts = num_experts
        self.shuffle = shuffle
        self.dense_until = dense_until
        self.expert_init_noise = expert_init_noise
        self.centroid_init_scale = centroid_init_scale
        self.seed = seed
        self.eval_exchange = eval_exchange
        self.auction_eps = auction_eps
        self.num_updates = 0
        self.last_load: Optional[torch.Tensor] = None  # tokens this rank sent to each expert, last forward
        self._all_experts: Optional[List[ExpertFFN]] = None

        def build():
            return ExpertFFN(dim, ffn_dim, sublayers, activation, activation_dropout)

        centroids = torch.empty(num_experts, dim)
        nn.init.orthogonal_(centroids, gain=0.1)
        self.centroids = nn.Parameter(centroids)
        experts = {}
        for gid in self.placement.local_ids:
            # each expert from its own seed: the same initial experts for any number of ranks
            with torch.random.fork_rng(devices=[]):
                torch.manual_seed(expert_seed(seed, 0, gid))
                experts[str(gid)] = build()
        self.experts = nn.ModuleDict(experts)
        self.dense = build() if dense_until is not None else None
        self.register_buffer("sparse", torch.tensor(dense_until is None))
        self.register_buffer("centroids_pending", torch.tensor(False))
        world = self.placement.world
        for p in self.experts.parameters():
            p.expert = True
            if world > 1:
                p.register_hook(lambda g, w=world: g / w)

    def set_num_updates(self, num_updates: int) -> None:
        self.num_updates = num_updates

    def forward(self, x: torch.Tensor, padding_mask: Optional[torch.Tensor] = None) -> torch.Tensor:
        if self.training:
            self._all_experts = None
            if not bool(self.sparse) and self.dense_until is not None and self.num_updates >= self.dense_until:
                self.switch_to_sparse()
        if not bool(self.sparse):
            return self.dense(x)
        flat = x.reshape(-1, x.size(-1))
        keep = None if padding_mask is None else (~padding_mask.reshape(-1)).nonzero().squeeze(1)
        h = flat if keep is None else flat.index_select(0, keep)
        branch = self._route(h)
        if keep is not None:
            branch = flat.new_zeros(flat.shape).index_copy(0, keep, branch)
        return branch.view(x.shape)

    # ---------------------------------------------------------------- routing
    def _route(self, h: torch.Tensor) -> torch.Tensor:
        parallel = self.placement.parallel and (self.training or self.eval_exchange == "all_to_all")
        if self.training and bool(self.centroids_pending):
            self._init_centroids(h)
        plan = None
        if parallel and self.training and self.shuffle:
            h, plan = shuffle_tokens(h, self.placement)
        with torch.no_grad():
            scores = h.float() @ self.centroids.float().t()
        if self.training:
            expert = balanced_assignment(scores, eps=self.auction_eps).experts
        else:
            expert = greedy_assignment(scores)
        self.last_load = torch.bincount(expert, minlength=self.num_experts)
        gate = 2 * torch.sigmoid((h * self.centroids.to(h.dtype).index_select(0, expert)).sum(-1, keepdim=True))
        if parallel:
            out = dispatch_and_run(h, expert, list(self.experts.values()), self.placement)
        else:
            out = run_grouped(h, expert, self._every_expert())
        out = gate * out
        return unshuffle_tokens(out, plan, self.placement) if plan is not None else out

    def _every_expert(self) -> List[nn.Module]:
        if not self.placement.parallel:
            return list(self.experts.values())
        if self._all_experts is None:  # evaluation: gather every rank's experts once
            local = list(self.experts.values())
            flat = torch.cat([p.detach().reshape(-1) for e in local for p in e.parameters()])
            self._all_experts = []
            for chunk in all_gather_flat(flat, self.placement.group):
                for part in chunk.split(flat.numel() // len(local)):
                    e = copy.deepcopy(local[0]).requires_grad_(False)
                    torch.nn.utils.vector_to_parameters(part, e.parameters())
                    self._all_experts.append(e.eval())
        return self._all_experts

    # ---------------------------------------------------------------- dense -> sparse
    @torch.no_grad()
    def switch_to_sparse(self) -> None:
        """Copy the dense FFN into every expert (+ ``expert_init_noise``); the centroids are set
        from the next training batch."""
        for gid, expert in self.experts.items():
            copy_into_expert(self.dense, expert, self.expert_init_noise, expert_seed(self.seed, 1, int(gid)))
        self.centroids.zero_()
        self.sparse.fill_(True)
        self.centroids_pending.fill_(True)
        logger.info("BASE layer: dense FFN copied into experts %s at update %d (noise %g)",
                    ",".join(self.experts), self.num_updates, self.expert_init_noise)

    @torch.no_grad()
    def _init_centroids(self, h: torch.Tensor) -> None:
        g = torch.Generator().manual_seed(expert_seed(self.seed, 2, self.num_updates))
        c = centroids_from_tokens(h, self.num_experts, self.centroid_init_scale, g).to(self.centroids)
        if self.placement.parallel:
            broadcast_(c, self.placement.group)  # every rank takes rank 0's centroids
        self.centroids.copy_(c)
        self.centroids_pending.fill_(False)

    def _load_from_state_dict(self, *args, **kwargs):
        self._all_experts = None
        super()._load_from_state_dict(*args, **kwargs)
