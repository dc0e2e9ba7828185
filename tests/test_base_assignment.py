"""Balanced assignment (auction) against scipy's exact linear_sum_assignment: exact loads, and an
objective within the auction's T·ε bound of the optimum."""
import numpy as np
import pytest
import torch
from scipy.optimize import linear_sum_assignment

from mtl_nmt.errors import MtlNmtError
from mtl_nmt.modules.balanced_assignment import balanced_assignment, balanced_capacities


def optimum(scores, caps):
    """Exact optimum: expert e repeated caps[e] times, then a square assignment problem."""
    cols = np.repeat(np.arange(scores.shape[1]), np.asarray(caps))
    big = scores.double().numpy()[:, cols]
    rows, picked = linear_sum_assignment(big, maximize=True)
    return float(big[rows, picked].sum())


def objective(scores, experts):
    return float(scores.double()[torch.arange(scores.shape[0]), experts].sum())


def check(scores, caps=None, eps=1e-3):
    a = balanced_assignment(scores, caps, eps=eps)
    caps = balanced_capacities(scores) if caps is None else caps
    assert a.converged
    assert torch.equal(torch.bincount(a.experts, minlength=scores.shape[1]), caps)
    best = optimum(scores, caps)
    got = objective(scores, a.experts)
    assert got >= best - scores.shape[0] * a.eps - 1e-9 * abs(best) - 1e-9, (best, got, a.eps)
    return a, best, got


def kinds(g, t, e):
    yield torch.randn(t, e, generator=g)                                  # generic
    yield torch.randint(0, 3, (t, e), generator=g).float()               # many ties
    yield torch.randn(t, 1, generator=g) * 50 + torch.randn(t, e, generator=g) * 0.01  # large per-token offsets
    yield torch.randn(t, 8, generator=g) @ torch.randn(8, e, generator=g)  # low rank, like h·c_e


@pytest.mark.parametrize("tokens,experts", [(8, 2), (24, 4), (40, 8), (60, 3), (64, 16)])
@pytest.mark.parametrize("eps", [1e-3, 0.05])
def test_balanced_and_within_the_epsilon_bound(tokens, experts, eps):
    g = torch.Generator().manual_seed(tokens * experts)
    for scores in kinds(g, tokens, experts):
        a, best, got = check(scores, eps=eps)
        assert torch.all(torch.bincount(a.experts, minlength=experts) == tokens // experts)


def test_small_epsilon_finds_the_optimum_of_well_separated_problems():
    g = torch.Generator().manual_seed(0)
    for _ in range(10):
        scores = torch.randint(0, 100, (30, 5), generator=g).float()      # integer scores: gaps >= 1
        a = balanced_assignment(scores, eps=1e-4)
        assert 30 * a.eps < 1
        assert objective(scores, a.experts) == pytest.approx(optimum(scores, [6] * 5))


@pytest.mark.parametrize("tokens", [1, 3, 9, 22, 37])
def test_uneven_token_counts_give_the_extra_slots_to_the_most_wanted_experts(tokens):
    g = torch.Generator().manual_seed(tokens)
    scores = torch.randn(tokens, 4, generator=g) + torch.tensor([1.0, 0.5, 0.0, -0.5])
    caps = balanced_capacities(scores)
    assert int(caps.sum()) == tokens and int(caps.max() - caps.min()) <= 1
    demand = torch.bincount(scores.argmax(1), minlength=4)
    extra = caps > tokens // 4
    if tokens % 4:
        assert demand[extra].min() >= demand[~extra].max()
    check(scores)


def test_explicit_uneven_capacities_including_empty_experts():
    g = torch.Generator().manual_seed(7)
    for caps in ([0, 10, 3, 7], [20, 0, 0, 0], [5, 5, 0, 10], [1, 1, 1, 17]):
        for scores in kinds(g, 20, 4):
            check(scores, torch.tensor(caps))


def test_degenerate_inputs():
    assert balanced_assignment(torch.zeros(0, 4)).experts.numel() == 0
    assert torch.equal(balanced_assignment(torch.randn(5, 1)).experts, torch.zeros(5, dtype=torch.long))
    same = balanced_assignment(torch.ones(8, 4)).experts                  # indifferent tokens
    assert torch.equal(torch.bincount(same, minlength=4), torch.full((4,), 2))
    scores = torch.randn(12, 3)
    scores[0, 1], scores[4, 2], scores[7, 0] = float("nan"), float("inf"), float("-inf")
    a = balanced_assignment(scores)
    assert torch.equal(torch.bincount(a.experts, minlength=3), torch.full((3,), 4))
    with pytest.raises(MtlNmtError, match="capacities"):
        balanced_assignment(torch.randn(6, 3), torch.tensor([2, 2, 1]))
    with pytest.raises(MtlNmtError, match="eps"):
        balanced_assignment(torch.randn(6, 3), eps=0)


def test_round_limit_still_returns_a_balanced_assignment():
    scores = torch.randn(200, 8, generator=torch.Generator().manual_seed(3))
    a = balanced_assignment(scores, max_iters=1)
    assert not a.converged
    assert torch.equal(torch.bincount(a.experts, minlength=8), torch.full((8,), 25))


@pytest.mark.skipif(not torch.cuda.is_available(), reason="no CUDA device")
def test_cuda_gives_the_cpu_assignment_quality():
    scores = torch.randn(512, 8, generator=torch.Generator().manual_seed(4))
    cpu = balanced_assignment(scores)
    gpu = balanced_assignment(scores.cuda())
    assert gpu.experts.is_cuda
    assert torch.equal(torch.bincount(gpu.experts.cpu(), minlength=8), torch.full((8,), 64))
    assert objective(scores, gpu.experts.cpu()) >= objective(scores, cpu.experts) - 512 * cpu.eps
