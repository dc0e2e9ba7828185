"""Dense → sparse warm start (Dua et al. 2022, "dense pre-training"; details ours): every expert
starts as a copy of the dense FFN, optionally perturbed, and the routing centroids are set from
the tokens of the first sparse batch by balanced spherical k-means, scaled small.

With a gate 2σ(h·c_e) (see :mod:`.base_layer`), zero noise and zero centroids the sparse layer
computes exactly the dense FFN; a centroid scale s > 0 changes each gate by at most ≈ s/2.
Used both by the in-run switch (``--dense-pretrain-updates``) and by ``mtl-nmt-densify``."""
from typing import Optional

import torch
import torch.nn.functional as F

from .balanced_assignment import balanced_assignment


def expert_seed(seed: int, layer_uid: int, expert_id: int) -> int:
    """Seed of expert ``expert_id`` of one BASE layer: the same on every rank and for any W."""
    return (int(seed) * 1_000_003 + int(layer_uid) * 1009 + int(expert_id)) % (2 ** 63 - 1)


def perturbed_copy(t: torch.Tensor, noise: float, generator: torch.Generator) -> torch.Tensor:
    """t + noise·rms(t)·N(0, 1): relative noise, none on all-zero tensors (biases at init)."""
    if noise <= 0:
        return t.clone()
    rms = t.float().pow(2).mean().sqrt()
    z = torch.randn(t.shape, generator=generator, dtype=torch.float32)
    return (t.float() + noise * rms * z.to(t.device)).to(t.dtype)


@torch.no_grad()
def copy_into_expert(dense: torch.nn.Module, expert: torch.nn.Module, noise: float, seed: int) -> None:
    """expert ← dense (+ noise drawn from ``seed``), parameter by parameter (same structure)."""
    g = torch.Generator().manual_seed(seed)
    for (name, p), (other, q) in zip(dense.named_parameters(), expert.named_parameters()):
        assert name == other and p.shape == q.shape, (name, other)
        q.copy_(perturbed_copy(p.detach(), noise, g))


def spherical_balanced_kmeans(x: torch.Tensor, k: int, iters: int = 5,
                              generator: Optional[torch.Generator] = None) -> torch.Tensor:
    """k unit vectors: centres of a balanced clustering of the directions x/‖x‖ (each cluster gets
    ⌊T/k⌋ or ⌈T/k⌉ tokens, assignments by :func:`balanced_assignment` on cosine similarity)."""
    d = x.size(1)
    if x.size(0) < k:
        return F.normalize(torch.randn(k, d, generator=generator).to(x.device), dim=1)
    u = F.normalize(x.detach().float(), dim=1)
    pick = torch.randperm(u.size(0), generator=generator)[:k].to(x.device)
    centres = u[pick]
    for _ in range(iters):
        assign = balanced_assignment(u @ centres.t()).experts
        centres = F.normalize(torch.zeros_like(centres).index_add_(0, assign, u), dim=1)
    return centres


def centroids_from_tokens(x: torch.Tensor, k: int, scale: float, generator: Optional[torch.Generator] = None):
    """Routing centroids c_e = s·u_e / mean‖x‖ (u_e: :func:`spherical_balanced_kmeans`), so that
    the routing logits h·c_e are at most about s. s = 0: zero centroids (the dense function)."""
    if scale == 0 or x.size(0) == 0:
        return x.new_zeros(k, x.size(1), dtype=torch.float32)
    directions = spherical_balanced_kmeans(x, k, generator=generator)
    return scale * directions / x.detach().float().norm(dim=1).mean().clamp_min(1e-6)
