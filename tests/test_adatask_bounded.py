"""The memory-bounded AdaTask variants (one first moment of normalised gradients, factored second
moments) stay finite and bounded with one pair per update, skewed pair frequencies and
coordinates that some pairs never touch, where dividing a momentum of raw gradients by the present
pair's second moment blows up."""
import math

import pytest
import torch
from torch import nn

from mtl_nmt.adatask import AdaTask

PAIRS = 4
FREQ = torch.tensor([0.7, 0.2, 0.08, 0.02])  # one pair per update, skewed
SCALE = [1.0, 30.0, 0.01, 3.0]  # gradient scales differ by pair
BETAS = (0.9, 0.98)
LR = 0.01


def problem(seed=0):
    """Per pair: a quadratic 0.5·s_k·‖M_k ⊙ (θ − θ*_k)‖² on a matrix and a vector, M_k a 0/1 mask
    (pair k never touches the coordinates outside it; pair 2 touches one row and two columns),
    θ*_k a common target plus a little pair-specific noise (related pairs)."""
    g = torch.Generator().manual_seed(seed)
    shapes = [(8, 6), (6,)]
    common = [torch.randn(s, generator=g, dtype=torch.float64) for s in shapes]
    masks, targets = [], []
    for k in range(PAIRS):
        mk = [(torch.rand(s, generator=g) < 0.6).double() for s in shapes]
        if k == 2:
            mk[0] = torch.zeros(8, 6, dtype=torch.float64)
            mk[0][3, :2] = 1
        masks.append(mk)
        targets.append([c + 0.05 * torch.randn(s, generator=g, dtype=torch.float64) for c, s in zip(common, shapes)])
    return shapes, masks, targets


def losses(params, masks, targets):
    return [sum(0.5 * SCALE[k] * ((m * (p - t)) ** 2).sum().item() for p, m, t in zip(params, masks[k], targets[k]))
            for k in range(PAIRS)]


def gradient(params, mask, target, scale, noise):
    return [scale * m * (p.detach() - t + 0.1 * n) for p, m, t, n in zip(params, mask, target, noise)]


def schedule(steps, seed=1):
    g = torch.Generator().manual_seed(seed)
    pairs = torch.multinomial(FREQ, steps, replacement=True, generator=g).tolist()
    return [(k, [torch.randn(s, generator=g, dtype=torch.float64) for s in ((8, 6), (6,))]) for k in pairs]


@pytest.mark.parametrize("absent", ["skip", "decay"])
@pytest.mark.parametrize("kwargs", [dict(per_task_first_moment=False), dict(per_task_first_moment=False, factored=True),
                                    dict(factored=True)], ids=["shared-m", "shared-m-factored", "factored"])
def test_one_pair_per_update_stays_finite_bounded_and_learns(kwargs, absent):
    shapes, masks, targets = problem()
    params = [nn.Parameter(torch.zeros(s, dtype=torch.float64)) for s in shapes]
    opt = AdaTask(params, num_tasks=PAIRS, lr=LR, betas=BETAS, absent=absent, **kwargs)
    start = losses(params, masks, targets)
    bound = LR / math.sqrt(1 - BETAS[1]) * 1.0001  # one pair steps per update (module docstring)
    biggest = 0.0
    for k, noise in schedule(2000):
        before = [p.detach().clone() for p in params]
        opt.step(task_grads={k: gradient(params, masks[k], targets[k], SCALE[k], noise)})
        step = max((p.detach() - b).abs().max().item() for p, b in zip(params, before))
        assert math.isfinite(step)
        biggest = max(biggest, step)
    if kwargs.get("per_task_first_moment") is False:
        assert biggest <= bound, (biggest, bound)
    end = losses(params, masks, targets)
    assert all(math.isfinite(x) and x < 0.1 * s for x, s in zip(end, start)), (start, end)


def raw_shared_momentum_step(params, state, k, grads, lr=LR, betas=BETAS, eps=1e-8):
    """The earlier rule: one momentum of raw gradients, divided by the present pair's own v̂."""
    b1, b2 = betas
    state["t"] = state.get("t", 0) + 1
    tk = state.setdefault("tk", [0] * PAIRS)
    tk[k] += 1
    biggest = 0.0
    for i, (p, g) in enumerate(zip(params, grads)):
        m = state.setdefault(("m", i), torch.zeros_like(p))
        v = state.setdefault(("v", i, k), torch.zeros_like(p))
        m.mul_(b1).add_(g, alpha=1 - b1)
        v.mul_(b2).addcmul_(g, g, value=1 - b2)
        step = lr * (m / (1 - b1 ** state["t"])) / ((v / (1 - b2 ** tk[k])).sqrt() + eps)
        with torch.no_grad():
            p.sub_(step)
        biggest = max(biggest, step.abs().max().item())
    return biggest


def test_the_raw_shared_momentum_blows_up_on_the_same_problem():
    """The regression test above can fail: the earlier rule takes steps far above the bound."""
    shapes, masks, targets = problem()
    params = [nn.Parameter(torch.zeros(s, dtype=torch.float64)) for s in shapes]
    state, biggest = {}, 0.0
    for k, noise in schedule(200):
        grads = gradient(params, masks[k], targets[k], SCALE[k], noise)
        biggest = max(biggest, raw_shared_momentum_step(params, state, k, grads))
        if not all(torch.isfinite(p).all() for p in params):
            biggest = math.inf
            break
    assert biggest > 1000 * LR / math.sqrt(1 - BETAS[1])


def test_factored_second_moment_is_floored_at_the_current_gradient():
    """Adafactor's row x column estimate can fall far below g² (a lone entry in an otherwise busy
    matrix); the floor (1−β2)·g² keeps the first step at most lr/sqrt(1−β2)·sqrt(1−β2) = lr."""
    p = nn.Parameter(torch.zeros(4, 5, dtype=torch.float64))
    opt = AdaTask([p], num_tasks=1, lr=0.1, betas=BETAS, factored=True)
    g = torch.zeros(4, 5, dtype=torch.float64)
    g[:3, :4] = 1.0
    g[3, 4] = 1e-3  # its row and column hold nothing else: r ⊗ c / mean(r) ≈ 1e-12 / 0.6
    opt.step(task_grads={0: [g]})
    assert p.detach().abs().max().item() <= 0.1 * (1 + 1e-9)
    assert p.detach()[3, 4].item() == pytest.approx(-0.1, rel=1e-4)  # a full Adam-sized step, as unfactored
