"""BMTL loss transform (Liang & Zhang 2020, arXiv 2002.04792, eq. 3): minimise Σ_i h(L_i) with
h(ℓ) = exp(ℓ/t), L_i the token-mean loss of pair i (the paper's task i). Its gradient
Σ_i h'(L_i)·∇L_i weighs harder pairs more. Implemented as a surrogate Σ_i a_i·L_i with detached coefficients a_i:

- exact: a_i = c_i·h'(L_i) = c_i·exp(L_i/t)/t, computed in float64 — the gradient is exactly
  BMTL's; it overflows float64 beyond L_i/t ≈ 709 (a clear error then);
- normalised (default): a = softmax(L/t + log c) over the pairs in the batch — the same direction,
  divided by Σ_j c_j·h'(L_j), computed in log space: no overflow at any loss, and the objective
  keeps the scale of one token-mean loss.
(c: optional per-pair multipliers, e.g. scalarization weights; 1 by default.)"""
from typing import Optional

import torch

from ..errors import MtlNmtError


def bmtl_coefficients(pair_means: torch.Tensor, present: torch.Tensor, temperature: float,
                      normalize: bool = True, multipliers: Optional[torch.Tensor] = None) -> torch.Tensor:
    """Detached coefficients a (zero for absent pairs) of the module docstring."""
    if not temperature > 0:
        raise MtlNmtError(f"--bmtl-temperature must be > 0, got {temperature}")
    x = pair_means.detach().double() / temperature
    if multipliers is not None:
        x = x + torch.log(multipliers.detach().double().clamp_min(1e-300))
    if normalize:
        x = x.masked_fill(~present, float("-inf"))
        return torch.softmax(x, dim=0).masked_fill(~present, 0.0)
    a = torch.exp(x) / temperature
    a = a.masked_fill(~present, 0.0)
    if not torch.isfinite(a).all():
        raise MtlNmtError("BMTL coefficients exp(L/t) overflow float64 at these losses: use the "
                          "normalised form (--bmtl-form normalized) or a larger --bmtl-temperature")
    return a
