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


def libbase_reference(scores):
    """fairseq's libbase auction (fairseq/clib/libbase/balanced_assignment.cpp, Lewis et al. 2021)
    rewritten in torch as a reference only: ε = (max − min)/50 (at least 1e-4), 100 rounds, then its
    fast approximation; T divisible by E. Returns the expert of each token."""
    eps = max(float(scores.max() - scores.min()) / 50, 1e-4)
    score = scores.t().contiguous()  # (E, T)
    workers, jobs = score.shape
    k = jobs // workers
    value, cost, top = score.clone(), score.new_zeros(1, jobs), score.max()
    counter, won = 0, None
    while True:
        bids = torch.zeros_like(score)
        top_values, top_index = value.topk(k + 1, dim=1)
        bids.scatter_(1, top_index[:, :k], top_values[:, :k] - top_values[:, k:] + eps)
        if 0 < counter < 100:
            bids.view(-1)[won] = eps  # keep last round's items if no-one else bids
        high, bidder = bids.max(0)
        if bool((high > 0).all()):
            break
        cost += high
        value = score - cost
        won = (bidder * jobs + torch.arange(jobs))[high > 0]
        value.view(-1)[won] = top if counter < 100 else score.view(-1)[won]
        counter += 1
    experts = torch.full((jobs,), -1, dtype=torch.long)
    experts[top_index[:, :k].reshape(-1)] = torch.arange(workers).repeat_interleave(k)
    return experts


def outlier_cases(tokens, experts, seed=0):
    """(name, scores): scores like a BASE layer's (token features · centroids), then each with one
    outlier: a huge entry, a scaled row, a shifted column; and all-equal scores, and ties."""
    g = torch.Generator().manual_seed(seed)
    base = (torch.randn(tokens, 16, generator=g) @ torch.randn(16, experts, generator=g)) * 0.1
    huge, scaled, shifted = base.clone(), base.clone(), base.clone()
    huge[3, 1] = 1e6
    scaled[5] *= 1e4
    shifted[:, 2] += 50.0
    yield "plain", base
    yield "huge entry", huge
    yield "scaled row", scaled
    yield "shifted column", shifted
    yield "all equal", torch.full((tokens, experts), 0.7)
    yield "ties", torch.randint(0, 3, (tokens, experts), generator=g).float()


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


def libbase_experts(scores):
    """fairseq's compiled libbase where it is built, else the transcription above; -1 marks a
    token libbase left unassigned (it returns k tokens per expert, possibly repeated)."""
    try:
        from fairseq import libbase
    except ImportError:
        return libbase_reference(scores)
    t, e = scores.shape
    out = torch.full((t,), -1, dtype=torch.long)
    out[libbase.balanced_assignment(scores)] = torch.arange(e).repeat_interleave(t // e)
    return out


def test_the_libbase_transcription_matches_libbase_where_it_is_built():
    try:
        from fairseq import libbase  # noqa: F401
    except ImportError:
        return  # nothing to compare with: the transcription is the reference
    for _, scores in outlier_cases(256, 8, seed=3):
        assert torch.equal(libbase_experts(scores), libbase_reference(scores))


@pytest.mark.parametrize("tokens,experts", [(512, 8), (240, 4)])
def test_outliers_neither_unbalance_nor_loosen_the_assignment(tokens, experts):
    """One huge entry (1e6), one row x1e4, one column +50, all-equal scores, ties: every expert
    gets exactly its capacity; ε stays that of the plain scores (robust spread, column offsets);
    the gap to the optimum is no worse than libbase's (whose ε is (max − min)/50) on each."""
    cases = dict(outlier_cases(tokens, experts))
    plain = balanced_assignment(cases["plain"])
    for name, scores in cases.items():
        a, best, got = check(scores)
        lib = libbase_experts(scores)
        caps = balanced_capacities(scores)
        lib_balanced = bool((lib >= 0).all()) and torch.equal(torch.bincount(lib, minlength=experts), caps)
        if lib_balanced:
            assert best - got <= best - objective(scores, lib) + 1e-9 * abs(best) + 1e-9, name
        if name in ("huge entry", "scaled row", "shifted column"):
            assert a.eps <= 1.1 * plain.eps, (name, a.eps, plain.eps)
            assert best - got < 0.01 * (best - objective(scores, lib)), name  # far better than libbase here
        if name in ("all equal", "ties"):
            assert best - got <= 1e-9 * abs(best) + 1e-9, name  # the optimum exactly


def test_column_offsets_leave_the_assignment_unchanged():
    g = torch.Generator().manual_seed(5)
    scores = torch.randn(96, 6, generator=g)
    shifted = scores + torch.tensor([0.0, 40.0, -3.0, 0.5, 1e3, -7.0])
    a, b = balanced_assignment(scores), balanced_assignment(shifted)
    assert b.eps == pytest.approx(a.eps, rel=0.1)
    assert objective(scores, b.experts) == pytest.approx(objective(scores, a.experts), abs=96 * a.eps)
    assert torch.equal(torch.bincount(b.experts, minlength=6), torch.full((6,), 16))
