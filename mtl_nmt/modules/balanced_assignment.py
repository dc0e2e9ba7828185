"""Balanced token-to-expert assignment for BASE layers (Lewis et al. 2021, §2.2, Eq. 1).

Maximise Σ_t s[t, a_t] over assignments a in which expert e receives exactly c_e tokens, with a
vectorised auction (Bertsekas 1988) in which experts bid for tokens, with one value level per
expert. Every round, each expert e short of its c_e tokens bids for the d_e best tokens it does
not hold (value s[t,e] − π_t), offering the price that leaves them at L_e = w_e − ε, where w_e is
the value of its next-best token, and bids the same level for the tokens it holds; each token
goes to the highest bid (prices only rise). Invariant: e's tokens are worth L_e to it and every
other token at most L_e + ε. With expert prices ρ_e = L_e, each token is then
within ε of its best expert, so once every expert is full the objective is within T·ε of the
optimum (linear-programming duality).

Tolerance insensitive to outliers: the auction runs on s[t, e] − a_t − b_e, with a_t each token's
maximum and b_e each expert's median over tokens (over every ⌊T/1024⌋-th token).
Every feasible assignment gives every token one expert and expert e exactly c_e tokens, so these
shifts change every objective by the same Σ_t a_t + Σ_e c_e·b_e and leave the optimum where it
was; they remove a shifted column (an expert whose scores are all offset). ε is then a fraction
of the *median* per-token score range (over tokens that have a preference), not the largest: one
huge entry or one scaled row moves the median by at most one rank, so it cannot loosen the
tolerance for all other tokens.

Capacity policy when T is not a multiple of E: every expert gets ⌊T/E⌋ slots and the T mod E
experts preferred (top-1) by the most tokens get one more (ties: lower index), so loads differ by
at most one token. Plain torch: runs on CPU and CUDA alike.
"""
from typing import NamedTuple, Optional

import torch

from ..errors import MtlNmtError


class Assignment(NamedTuple):
    experts: torch.Tensor  # (T,) long: the expert of each token
    iterations: int  # auction rounds run
    eps: float  # the final absolute ε: when converged, objective >= optimum - T * eps
    converged: bool  # False: hit max_iters, the last tokens filled the free slots in index order


def balanced_capacities(scores: torch.Tensor) -> torch.Tensor:
    """c_e = ⌊T/E⌋, plus one for the T mod E experts that are most tokens' top-1 choice."""
    num_tokens, num_experts = scores.shape
    base, extra = divmod(num_tokens, num_experts)
    caps = torch.full((num_experts,), base, dtype=torch.long, device=scores.device)
    if extra:
        demand = torch.bincount(scores.argmax(1), minlength=num_experts)
        order = torch.sort(demand, descending=True, stable=True).indices
        caps[order[:extra]] += 1
    return caps


def greedy_assignment(scores: torch.Tensor) -> torch.Tensor:
    """Inference routing (Lewis et al. 2021, §2.3): every token to its top-1 expert."""
    return scores.argmax(1)


def balanced_assignment(scores: torch.Tensor, capacities: Optional[torch.Tensor] = None, eps: float = 2e-3,
                        patience: int = 32, max_iters: int = 400) -> Assignment:
    """Assign each of T tokens to one of E experts, expert e taking exactly ``capacities[e]``
    tokens (default :func:`balanced_capacities`), maximising the summed scores.

    ``eps``: the bid increment ε as a fraction of the median within-token score range (after
    per-token and per-expert shifts, see the module docstring). ε doubles
    after every ``patience`` rounds (a price war, e.g. very uneven capacities, then ends quickly;
    the invariant holds for the larger ε); the result is within T·ε of the optimum for the final ε
    (``Assignment.eps``). Non-finite scores count as the smallest finite one.
    """
    if scores.dim() != 2:
        raise MtlNmtError(f"balanced_assignment needs a (tokens, experts) score matrix, "
                          f"got shape {tuple(scores.shape)}")
    if not eps > 0:
        raise MtlNmtError(f"the auction's eps must be > 0, got {eps}")
    num_tokens, num_experts = scores.shape
    device = scores.device
    caps = balanced_capacities(scores) if capacities is None else capacities.to(device=device, dtype=torch.long)
    if caps.numel() != num_experts or int(caps.min()) < 0 or int(caps.sum()) != num_tokens:
        raise MtlNmtError(f"expert capacities {caps.tolist()} must be {num_experts} non-negative counts "
                          f"summing to the {num_tokens} tokens")
    if num_tokens == 0 or num_experts == 1:
        return Assignment(torch.zeros(num_tokens, dtype=torch.long, device=device), 0, 0.0, True)

    value = scores.detach().float()
    finite = torch.isfinite(value)
    if not bool(finite.all()):
        low = value[finite].min() if bool(finite.any()) else value.new_zeros(())
        value = torch.where(finite, value, low)
    value = (value - value.max(1, keepdim=True).values).t().contiguous()  # (E, T); per-token shifts keep the optimum
    # so do per-expert shifts, whatever they are: the median over every ⌊T/1024⌋-th token
    value -= value[:, ::max(1, num_tokens // 1024)].median(1, keepdim=True).values
    low, high = torch.aminmax(value, dim=0)
    ranges = high - low
    ranges = ranges[ranges > 0]
    if ranges.numel() == 0:  # every token indifferent: any balanced assignment is optimal
        experts = torch.repeat_interleave(torch.arange(num_experts, device=device), caps)
        return Assignment(experts, 0, 0.0, True)

    eps_abs = eps * float(ranges.median())
    price = value.new_zeros(1, num_tokens)
    holder = torch.full((num_tokens,), -1, dtype=torch.long, device=device)
    experts = torch.arange(num_experts, device=device)
    iterations = 0
    while iterations < max_iters:
        deficit = caps - torch.bincount(holder[holder >= 0], minlength=num_experts)
        if not bool((deficit > 0).any()):
            return Assignment(holder, iterations, eps_abs, True)
        iterations += 1
        if iterations % patience == 0:
            eps_abs *= 2
        price, holder = _auction_round(value, price, holder, deficit, experts, eps_abs)
    _fill_free_slots(holder, caps)
    return Assignment(holder, iterations, eps_abs, False)


def _auction_round(value, price, holder, deficit, experts, eps):
    """One Jacobi round on ``value`` (E, T): every expert short of tokens bids for its best tokens
    not yet its own and for its own ones, all at its new level; the highest bid wins each token."""
    num_experts, num_tokens = value.shape
    worth = (value - price).masked_fill_(holder[None, :] == experts[:, None], float("-inf"))
    k = min(int(deficit.max()) + 1, num_tokens)
    top = worth.topk(k, dim=1)
    d = deficit.clamp(min=0)[:, None]
    # w_e, the value of the best token e does not bid for; if none is left, bid ε above the d-th
    nxt = top.values.gather(1, d.clamp(max=k - 1))
    last = top.values.gather(1, (d - 1).clamp(min=0))
    level = torch.where((d < k) & torch.isfinite(nxt), nxt, last) - eps  # L_e
    bidding = (torch.arange(k, device=value.device)[None, :] < d) & torch.isfinite(top.values)
    offer = (value.gather(1, top.indices) - level).masked_fill_(~bidding, float("-inf"))
    offers = torch.full_like(value, float("-inf")).scatter_(1, top.indices, offer)
    # bidders also re-offer their own tokens at the new level: a rival must leave them below L_e
    defend = (holder[None, :] == experts[:, None]) & (d > 0)
    offers = torch.where(defend, value - level, offers)
    best, winner = offers.max(0)
    won = torch.isfinite(best)
    return torch.where(won, best, price), torch.where(won, winner, holder)


def _fill_free_slots(holder, caps):
    """After max_iters: give the unassigned tokens to the experts still short of tokens."""
    held = torch.bincount(holder[holder >= 0], minlength=caps.numel())
    missing = torch.repeat_interleave(torch.arange(caps.numel(), device=holder.device), caps - held)
    holder[holder < 0] = missing
