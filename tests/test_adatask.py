"""AdaTask (Yang et al., AAAI 2023) against an independent loop implementation of the paper's
equations, against torch.optim for one task, and its variants, AU metric and state dict."""
import io
import math
from copy import deepcopy

import numpy as np
import pytest
import torch
from torch import nn

from mtl_nmt.adatask import AdaTask, au_from_state_dict, dominance_by_layer, layer_group, vocab_parameters
from mtl_nmt.errors import MtlNmtError

ALL3 = [[0, 1, 2]] * 6
PARTIAL3 = [[0, 1, 2], [0], [1, 2], [2], [0, 1], [0, 2], [1]]
LR = {"adam": 0.05, "rmsprop": 0.01, "adagrad": 0.1}


# ------------------------------------------------------------------------------ reference (paper)


def reference_step(params, state, grads, groups, base, lr, absent, betas=(0.9, 0.999), eps=1e-8, wd=0.0,
                   alpha=0.99):
    """One AdaTask step written from the paper's equations with explicit loops over slots:
    θ ← θ(1 − lr·wd) − Σ_s lr·m̂_s / (sqrt(v̂_s) + ε) (adam), −Σ_s lr·g_s / (sqrt(v_s) + ε) (rmsprop,
    adagrad). ``absent``: "skip" ignores slots without gradient, "decay" gives them a zero gradient."""
    num_slots = max(groups) + 1
    with torch.no_grad():
        for i, p in enumerate(params):
            slot_grad = {}
            for k in sorted(grads):
                g = grads[k][i]
                if g is None:
                    continue
                slot_grad[groups[k]] = slot_grad[groups[k]] + g if groups[k] in slot_grad else g.clone()
            if not slot_grad:
                continue
            st = state.setdefault(i, {"t": [0] * num_slots, "m": [torch.zeros_like(p) for _ in range(num_slots)],
                                      "v": [torch.zeros_like(p) for _ in range(num_slots)]})
            total = torch.zeros_like(p)
            for s in range(num_slots):
                if s not in slot_grad and absent == "skip":
                    continue
                g = slot_grad.get(s, torch.zeros_like(p))
                st["t"][s] += 1
                t = st["t"][s]
                if base == "adam":
                    st["m"][s] = betas[0] * st["m"][s] + (1 - betas[0]) * g
                    st["v"][s] = betas[1] * st["v"][s] + (1 - betas[1]) * g * g
                    m_hat = st["m"][s] / (1 - betas[0] ** t)
                    v_hat = st["v"][s] / (1 - betas[1] ** t)
                    total = total - lr * m_hat / (torch.sqrt(v_hat) + eps)
                elif base == "rmsprop":
                    st["v"][s] = alpha * st["v"][s] + (1 - alpha) * g * g
                    total = total - lr * g / (torch.sqrt(st["v"][s]) + eps)
                else:
                    st["v"][s] = st["v"][s] + g * g
                    total = total - lr * g / (torch.sqrt(st["v"][s]) + eps)
            p.mul_(1 - lr * wd)
            p.add_(total)


# ----------------------------------------------------------------------------------- helpers


def make_model(dtype=torch.float64, seed=0, sizes=(4, 3, 2)):
    torch.manual_seed(seed)
    return nn.Sequential(nn.Linear(sizes[0], sizes[1]), nn.Tanh(), nn.Linear(sizes[1], sizes[2])).to(dtype)


def make_batches(num_tasks, steps, dtype=torch.float64, seed=1, sizes=(4, 2)):
    gen = torch.Generator().manual_seed(seed)
    return [[(torch.randn(8, sizes[0], generator=gen, dtype=dtype),
              (k + 1) * torch.randn(8, sizes[1], generator=gen, dtype=dtype)) for k in range(num_tasks)]
            for _ in range(steps)]


def grads_of(model, batch, tasks):
    """{task: gradients of that task's loss}, one backward per task."""
    params = list(model.parameters())
    return {k: list(torch.autograd.grad(((model(batch[k][0]) - batch[k][1]) ** 2).mean(), params)) for k in tasks}


def run(opt_kwargs, schedule, num_tasks=3, dtype=torch.float64, model=None, batches=None):
    model = model or make_model(dtype)
    opt = AdaTask(model.parameters(), num_tasks=num_tasks, **opt_kwargs)
    batches = batches or make_batches(num_tasks, len(schedule), dtype)
    for tasks, batch in zip(schedule, batches):
        opt.step(task_grads=grads_of(model, batch, tasks))
    return model, opt


def params_of(model):
    return [p.detach().clone() for p in model.parameters()]


# ---------------------------------------------------------------------------- vs the reference


@pytest.mark.parametrize("base", ["adam", "rmsprop", "adagrad"])
@pytest.mark.parametrize("absent,schedule", [("skip", ALL3), ("skip", PARTIAL3), ("decay", PARTIAL3)],
                         ids=["all-present", "partial-skip", "partial-decay"])
def test_matches_reference(base, absent, schedule):
    groups = [0, 1, 2]
    model, _ = run(dict(base=base, lr=LR[base], absent=absent), schedule)
    ref = make_model()
    start = params_of(ref)
    ref_params, state = list(ref.parameters()), {}
    for tasks, batch in zip(schedule, make_batches(3, len(schedule))):
        reference_step(ref_params, state, grads_of(ref, batch, tasks), groups, base, LR[base], absent)
    for got, want, init in zip(model.parameters(), ref_params, start):
        assert (want - init).abs().max() > 1e-3
        torch.testing.assert_close(got, want, rtol=0, atol=1e-9)


@pytest.mark.parametrize("base", ["adam", "rmsprop"])
def test_absent_policies_differ_when_tasks_are_missing(base):
    skip, _ = run(dict(base=base, lr=LR[base], absent="skip"), PARTIAL3)
    decay, _ = run(dict(base=base, lr=LR[base], absent="decay"), PARTIAL3)
    assert max((a - b).abs().max().item() for a, b in zip(skip.parameters(), decay.parameters())) > 1e-4


@pytest.mark.parametrize("base", ["adam", "rmsprop", "adagrad"])
def test_absent_policies_equal_when_all_tasks_present(base):
    skip, _ = run(dict(base=base, lr=LR[base], absent="skip"), ALL3)
    decay, _ = run(dict(base=base, lr=LR[base], absent="decay"), ALL3)
    assert all(torch.equal(a, b) for a, b in zip(skip.parameters(), decay.parameters()))


def test_task_argument_reads_grad():
    by_dict, by_grad = make_model(), make_model()
    opt_dict = AdaTask(by_dict.parameters(), num_tasks=3, lr=0.05)
    opt_grad = AdaTask(by_grad.parameters(), num_tasks=3, lr=0.05)
    for step, batch in enumerate(make_batches(3, 4)):
        k = step % 3
        opt_dict.step(task_grads=grads_of(by_dict, batch, [k]))
        opt_grad.zero_grad()
        ((by_grad(batch[k][0]) - batch[k][1]) ** 2).mean().backward()
        opt_grad.step(task=k)
    assert all(torch.equal(a, b) for a, b in zip(by_dict.parameters(), by_grad.parameters()))


# --------------------------------------------------------------------------- one task == torch


@pytest.mark.parametrize("base,cls,kwargs", [
    ("adam", torch.optim.Adam, dict(lr=0.01, betas=(0.9, 0.99), eps=1e-8)),
    ("adam", torch.optim.AdamW, dict(lr=0.01, betas=(0.8, 0.999), eps=1e-7, weight_decay=0.1)),
    ("rmsprop", torch.optim.RMSprop, dict(lr=0.01, alpha=0.9, eps=1e-8)),
    ("adagrad", torch.optim.Adagrad, dict(lr=0.1, eps=1e-10)),
], ids=["adam", "adamw", "rmsprop", "adagrad"])
def test_one_task_equals_torch_optimizer(base, cls, kwargs):
    ours, theirs = make_model(torch.float32), make_model(torch.float32)
    opt = AdaTask(ours.parameters(), num_tasks=1, base=base, **kwargs)
    torch_opt = cls(theirs.parameters(), **kwargs)
    for batch in make_batches(1, 8, torch.float32):
        for model, optimizer in ((ours, opt), (theirs, torch_opt)):
            optimizer.zero_grad()
            ((model(batch[0][0]) - batch[0][1]) ** 2).mean().backward()
            optimizer.step()
    init = params_of(make_model(torch.float32))
    for a, b, p0 in zip(ours.parameters(), theirs.parameters(), init):
        assert (b - p0).abs().max() > 1e-3
        torch.testing.assert_close(a, b, rtol=0, atol=1e-6)


# ----------------------------------------------------------------------------------- variants


def test_task_groups_equal_presummed_gradients():
    grouped, summed = make_model(), make_model()
    opt_g = AdaTask(grouped.parameters(), num_tasks=3, task_groups=[0, 0, 1], lr=0.05, absent="decay")
    opt_s = AdaTask(summed.parameters(), num_tasks=2, lr=0.05, absent="decay")
    assert opt_g.num_slots == 2 and opt_g.state_dict()["param_groups"][0]["task_groups"] == [0, 0, 1]
    for tasks, batch in zip(PARTIAL3, make_batches(3, len(PARTIAL3))):
        grads = grads_of(grouped, batch, tasks)
        opt_g.step(task_grads=grads)
        pre = {}
        if 0 in grads or 1 in grads:
            parts = [grads[k] for k in (0, 1) if k in grads]
            pre[0] = parts[0] if len(parts) == 1 else [a + b for a, b in zip(*parts)]
        if 2 in grads:
            pre[1] = grads[2]
        opt_s.step(task_grads=pre)
    assert all(torch.equal(a, b) for a, b in zip(grouped.parameters(), summed.parameters()))
    assert opt_g.state[next(grouped.parameters())]["exp_avg_sq"].shape[0] == 2


def test_factored_and_shared_first_moment():
    sizes = (6, 5, 4)
    runs = {}
    for name, kw in {"full": {}, "factored": dict(factored=True), "shared_m": dict(per_task_first_moment=False),
                     "both": dict(factored=True, per_task_first_moment=False)}.items():
        model = make_model(sizes=sizes)
        runs[name] = run(dict(lr=0.05, **kw), PARTIAL3, model=model,
                         batches=make_batches(3, len(PARTIAL3), sizes=(6, 4)))
    full = params_of(runs["full"][0])
    for name in ("factored", "shared_m", "both"):
        model, opt = runs[name]
        assert all(torch.isfinite(p).all() for p in model.parameters())
        assert max((a - b).abs().max().item() for a, b in zip(model.parameters(), full)) > 1e-4, name
    weight, bias = list(runs["both"][0].parameters())[:2]
    st = runs["both"][1].state
    assert st[weight]["exp_avg"].shape == weight.shape and st[weight]["m_step"].item() == len(PARTIAL3)
    assert st[weight]["exp_avg_sq_row"].shape == (3, 5) and st[weight]["exp_avg_sq_col"].shape == (3, 6)
    assert "exp_avg_sq_row" not in st[bias] and st[bias]["exp_avg_sq"].shape == (3, 5)
    assert st[weight]["step"].tolist() == [4.0, 4.0, 4.0]


def test_factored_is_exact_for_rank_one_gradients():
    """Adafactor's row x column reconstruction is exact when every g² is the same rank-1 pattern."""
    gen = torch.Generator().manual_seed(3)
    col = torch.randn(5, generator=gen, dtype=torch.float64)
    full_p = nn.Parameter(torch.zeros(4, 5, dtype=torch.float64))
    fact_p = nn.Parameter(torch.zeros(4, 5, dtype=torch.float64))
    full = AdaTask([full_p], num_tasks=2, lr=0.1)
    fact = AdaTask([fact_p], num_tasks=2, lr=0.1, factored=True)
    for _ in range(4):
        grads = {k: [torch.outer(torch.randn(4, generator=gen, dtype=torch.float64), col * (k + 1))] for k in (0, 1)}
        full.step(task_grads=grads)
        fact.step(task_grads=grads)
    assert full_p.abs().max() > 0.1
    torch.testing.assert_close(fact_p, full_p, rtol=0, atol=1e-9)


def test_memory_bytes_against_torch_adam():
    sizes = (64, 64, 32)
    ref = make_model(torch.float32, sizes=sizes)
    adam = torch.optim.Adam(ref.parameters(), lr=1e-3)
    batch = make_batches(1, 1, torch.float32, sizes=(64, 32))[0]
    ((ref(batch[0][0]) - batch[0][1]) ** 2).mean().backward()
    adam.step()
    adam_bytes = sum(t.numel() * t.element_size() for st in adam.state.values() for t in st.values())
    batches = make_batches(4, 1, torch.float32, sizes=(64, 32))
    _, full = run(dict(), [[0, 1, 2, 3]], num_tasks=4, dtype=torch.float32,
                  model=make_model(torch.float32, sizes=sizes), batches=batches)
    _, small = run(dict(factored=True, per_task_first_moment=False), [[0, 1, 2, 3]], num_tasks=4,
                   dtype=torch.float32, model=make_model(torch.float32, sizes=sizes), batches=batches)
    assert 3.9 < full.memory_bytes() / adam_bytes < 4.1
    assert small.memory_bytes() / adam_bytes <= 1.25


def test_owner_parameters_get_plain_adam_on_summed_gradient():
    torch.manual_seed(0)
    trunk, heads = nn.Linear(4, 3).double(), [nn.Linear(3, 2).double() for _ in range(2)]
    copies = [[p.detach().clone().requires_grad_() for p in head.parameters()] for head in heads]
    opt = AdaTask([{"params": trunk.parameters()}, {"params": heads[0].parameters(), "owner": 0},
                   {"params": heads[1].parameters(), "owner": 1}], num_tasks=2, lr=0.05, betas=(0.9, 0.99))
    plain = [torch.optim.Adam(c, lr=0.05, betas=(0.9, 0.99)) for c in copies]
    params = opt.flat_params()
    for tasks, batch in zip([[0, 1], [0], [1], [0, 1], [1]], make_batches(2, 5)):
        grads = {}
        for k in tasks:
            x, y = batch[k]
            h = torch.tanh(trunk(x))
            loss = ((heads[k](h) - y) ** 2).mean() + 0.3 * ((heads[1 - k](h) - y) ** 2).mean()
            grads[k] = list(torch.autograd.grad(loss, params))
        opt.step(task_grads=grads)
        for h, (copy, adam) in enumerate(zip(copies, plain)):
            offset = 2 + 2 * h
            for j, c in enumerate(copy):
                c.grad = sum(grads[k][offset + j] for k in tasks)
            adam.step()
    for head, copy in zip(heads, copies):
        for p, c in zip(head.parameters(), copy):
            torch.testing.assert_close(p, c, rtol=0, atol=1e-10)
            assert opt.state[p]["exp_avg"].shape == p.shape and "au" not in opt.state[p]
    _, shares = opt.dominance()
    assert np.isnan(shares[2:]).all() and np.allclose(shares[:2].sum(axis=1), 1.0)


# ------------------------------------------------------------------------------------------ AU


def test_au_hand_computed():
    lr, eps, beta = 0.1, 1e-8, 0.9
    p = nn.Parameter(torch.zeros(3, dtype=torch.float64))
    opt = AdaTask([p], num_tasks=2, lr=lr, eps=eps, au_beta=beta, param_names=["w"])
    g0, g1 = torch.tensor([1.0, -2.0, 0.5], dtype=torch.float64), torch.tensor([0.0, 0.0, 3.0], dtype=torch.float64)
    opt.step(task_grads={0: [g0], 1: [g1]})
    # first Adam step: m̂ = g, v̂ = g², so Δ_k = −lr·g / (|g| + ε)
    d0, d1 = -lr * g0 / (g0.abs() + eps), -lr * g1 / (g1.abs() + eps)
    torch.testing.assert_close(p.detach(), d0 + d1, rtol=0, atol=1e-12)
    ms0, ms1 = (d0 ** 2).mean().item(), (d1 ** 2).mean().item()
    au = opt.state[p]["au"]
    assert au.dtype == torch.float64
    np.testing.assert_allclose(au.tolist(), [(1 - beta) * ms0, (1 - beta) * ms1], rtol=1e-6)
    names, shares = opt.dominance()
    assert names == ["w"]
    np.testing.assert_allclose(shares, [[0.75, 0.25]], atol=1e-6)
    # second step, task 1 absent ("skip"): its AU is untouched; task 0's Δ is again −lr·g/(|g|+ε)
    opt.step(task_grads={0: [g0]})
    np.testing.assert_allclose(opt.state[p]["au"].tolist(), [(beta * (1 - beta) + (1 - beta)) * ms0,
                                                             (1 - beta) * ms1], rtol=1e-6)
    assert opt.state[p]["step"].tolist() == [2.0, 1.0]


def test_dominance_rows_sum_to_one_and_unstepped_rows_are_nan():
    model = make_model()
    unused = nn.Parameter(torch.zeros(2, dtype=torch.float64))
    opt = AdaTask([{"params": list(model.parameters()) + [unused]}], num_tasks=3, lr=0.05)
    for tasks, batch in zip(PARTIAL3, make_batches(3, len(PARTIAL3))):
        grads = grads_of(model, batch, tasks)
        opt.step(task_grads={k: g + [None] for k, g in grads.items()})
    names, shares = opt.dominance()
    assert names == ["param0", "param1", "param2", "param3", "param4"] and shares.shape == (5, 3)
    np.testing.assert_allclose(shares[:4].sum(axis=1), 1.0, atol=1e-12)
    assert (shares[:4] > 0).all() and np.isnan(shares[4]).all()
    names_sd, au = au_from_state_dict(opt.state_dict())
    assert names_sd == names and np.allclose(au[:4] / au[:4].sum(axis=1, keepdims=True), shares[:4])


def test_layer_group_and_dominance_by_layer():
    expected = {
        "encoder.layers.3.self_attn.k_proj.weight": "encoder.3",
        "decoder.layers.0.encoder_attn.out_proj.bias": "decoder.0",
        "decoder.layers.11.fc2.weight": "decoder.11",
        "encoder.embed_tokens.weight": "embed",
        "decoder.embed_positions.weight": "embed",
        "encoder.layernorm_embedding.bias": "embed",
        "decoder.output_projection.weight": "output",
        "encoder.layer_norm.weight": "encoder.final",
        "decoder.layer_norm.bias": "decoder.final",
        "module.encoder.layers.1.fc1.weight": "encoder.1",
        "0.weight": "0",
        "param7": "param7",
    }
    assert {name: layer_group(name) for name in expected} == expected
    names = ["encoder.embed_tokens.weight", "encoder.layers.0.fc1.weight", "encoder.layers.0.fc1.bias",
             "decoder.layers.0.fc1.weight", "head.weight"]
    au = np.array([[1.0, 1.0], [3.0, 1.0], [1.0, 3.0], [0.0, 2.0], [np.nan, np.nan]])
    layers, shares = dominance_by_layer(names, au)
    assert layers == ["embed", "encoder.0", "decoder.0", "head"]
    np.testing.assert_allclose(shares[:3], [[0.5, 0.5], [0.5, 0.5], [0.0, 1.0]])
    assert np.isnan(shares[3]).all()


# ---------------------------------------------------------------------------------- state dict


@pytest.mark.parametrize("kwargs", [dict(absent="decay"), dict(factored=True, per_task_first_moment=False),
                                    dict(base="rmsprop", weight_decay=0.01), dict(base="adagrad")],
                         ids=["adam-decay", "adam-factored-shared-m", "rmsprop", "adagrad"])
def test_state_dict_round_trip_is_bit_exact(kwargs):
    sizes = (6, 5, 4)
    batches = make_batches(3, 6, torch.float32, sizes=(6, 4))
    schedule = PARTIAL3[:6]
    straight, straight_opt = run(dict(lr=0.02, **kwargs), schedule, dtype=torch.float32,
                                 model=make_model(torch.float32, sizes=sizes), batches=batches)
    first, first_opt = run(dict(lr=0.02, **kwargs), schedule[:3], dtype=torch.float32,
                           model=make_model(torch.float32, sizes=sizes), batches=batches[:3])
    buffer = io.BytesIO()
    torch.save({"model": first.state_dict(), "opt": first_opt.state_dict()}, buffer)
    buffer.seek(0)
    saved = torch.load(buffer, weights_only=False)
    resumed = make_model(torch.float32, seed=5, sizes=sizes)
    resumed.load_state_dict(saved["model"])
    opt = AdaTask(resumed.parameters(), num_tasks=3, lr=0.02, **kwargs)
    opt.load_state_dict(saved["opt"])
    for tasks, batch in zip(schedule[3:], batches[3:]):
        opt.step(task_grads=grads_of(resumed, batch, tasks))
    assert all(torch.equal(a, b) for a, b in zip(straight.parameters(), resumed.parameters()))
    for p, q in zip(straight.parameters(), resumed.parameters()):
        want, got = straight_opt.state[p], opt.state[q]
        assert want.keys() == got.keys()
        for key in want:
            assert want[key].dtype == got[key].dtype and want[key].device == got[key].device, key
            assert torch.equal(want[key], got[key]), key
    assert opt.state[next(resumed.parameters())]["au"].dtype == torch.float64


def test_load_state_dict_mismatch_is_a_user_error():
    _, opt = run(dict(lr=0.02), PARTIAL3[:2])
    state = opt.state_dict()
    with pytest.raises(MtlNmtError, match="num_tasks is 3 in the saved state but 4"):
        AdaTask(make_model().parameters(), num_tasks=4).load_state_dict(state)
    with pytest.raises(MtlNmtError, match="base is 'adam' in the saved state but 'rmsprop'"):
        AdaTask(make_model().parameters(), num_tasks=3, base="rmsprop").load_state_dict(state)
    with pytest.raises(MtlNmtError, match="task_groups"):
        AdaTask(make_model().parameters(), num_tasks=3, task_groups=[0, 1, 1]).load_state_dict(state)
    model = make_model()
    adam = torch.optim.Adam(model.parameters())
    with pytest.raises(MtlNmtError, match="not an AdaTask state"):
        AdaTask(model.parameters(), num_tasks=3).load_state_dict(adam.state_dict())


# ------------------------------------------------------------------------------ bad arguments


@pytest.mark.parametrize("kwargs,message", [
    (dict(num_tasks=0), "num_tasks"),
    (dict(num_tasks=2, base="sgd"), "unknown AdaTask base optimizer 'sgd'"),
    (dict(num_tasks=2, lr=-1.0), "lr must be"),
    (dict(num_tasks=2, betas=(1.0, 0.9)), "betas"),
    (dict(num_tasks=2, betas=(0.9,)), "betas"),
    (dict(num_tasks=2, eps=0.0), "eps must be"),
    (dict(num_tasks=2, weight_decay=-0.1), "weight_decay"),
    (dict(num_tasks=2, alpha=1.0), "alpha"),
    (dict(num_tasks=2, au_beta=1.5), "au_beta"),
    (dict(num_tasks=2, absent="zero"), "absent policy 'zero'"),
    (dict(num_tasks=2, task_groups=[0]), "task_groups has 1 entries but num_tasks is 2"),
    (dict(num_tasks=3, task_groups=[0, 2, 2]), "every id used"),
    (dict(num_tasks=2, param_names=["a"]), "param_names has 1 names for 4 parameters"),
])
def test_bad_arguments(kwargs, message):
    with pytest.raises(MtlNmtError, match=message):
        AdaTask(make_model().parameters(), **kwargs)


def test_bad_owner_and_bad_step_calls():
    model = make_model()
    params = list(model.parameters())
    with pytest.raises(MtlNmtError, match="owner must be a task id in 0..1"):
        AdaTask([{"params": params[:2]}, {"params": params[2:], "owner": 2}], num_tasks=2)
    opt = AdaTask(params, num_tasks=2)
    grads = grads_of(model, make_batches(2, 1)[0], [0, 1])
    with pytest.raises(MtlNmtError, match="needs step"):
        opt.step()
    with pytest.raises(MtlNmtError, match="task 2"):
        opt.step(task=2)
    with pytest.raises(MtlNmtError, match="not both"):
        opt.step(task_grads=grads, task=0)
    with pytest.raises(MtlNmtError, match="got 3 gradients for task 0 but has 4"):
        opt.step(task_grads={0: grads[0][:3]})
    with pytest.raises(MtlNmtError, match="shaped like"):
        opt.step(task_grads={0: [g.t() if g.dim() == 2 else g for g in grads[0]]})
    assert not opt.state and math.isfinite(params[0].sum().item())


# ------------------------------------------------------------------------------- vocabulary


class _Side(nn.Module):
    def __init__(self, **modules):
        super().__init__()
        for name, module in modules.items():
            setattr(self, name, module)


def seq2seq(tied: bool, vocab=11, dim=4):
    """A model with fairseq's vocabulary parameter names: encoder.embed_tokens, decoder.embed_tokens,
    decoder.output_projection (all one tensor when ``tied``), plus a body."""
    torch.manual_seed(0)
    enc = nn.Embedding(vocab, dim).double()
    dec = enc if tied else nn.Embedding(vocab, dim).double()
    out = nn.Linear(dim, vocab, bias=False).double()
    if tied:
        out.weight = enc.weight
    return _Side(encoder=_Side(embed_tokens=enc), body=nn.Linear(dim, dim).double(),
                 decoder=_Side(embed_tokens=dec, output_projection=out))


def test_vocab_parameters_by_identity_tied_untied_and_wrapped():
    tied, untied = seq2seq(True), seq2seq(False)
    assert [p is tied.encoder.embed_tokens.weight for p in vocab_parameters(tied)] == [True]
    found = vocab_parameters(untied)
    assert len(found) == 3 and all(any(f is q for f in found) for q in (
        untied.encoder.embed_tokens.weight, untied.decoder.embed_tokens.weight,
        untied.decoder.output_projection.weight))
    wrapped = _Side(module=_Side(module=untied))  # DDP-style wrappers keep the model in .module
    assert [id(p) for p in vocab_parameters(wrapped)] == [id(p) for p in found]
    assert vocab_parameters(nn.Linear(3, 2)) == []


@pytest.mark.parametrize("tied", [True, False], ids=["tied", "untied"])
def test_vocab_option_changes_exactly_the_vocabulary_state(tied):
    """Same gradient sequence (one or two pairs per step) for both options: the other parameters'
    state and values are bit-identical; vocabulary parameters get plain Adam on the summed
    gradient (shared) or per-pair moments equal to an optimizer that marks nothing (per-pair)."""
    models = {mode: seq2seq(tied) for mode in ("shared", "per-pair", "unmarked")}
    opts = {mode: AdaTask(m.parameters(), num_tasks=3, lr=0.05, betas=(0.9, 0.98), vocab="shared" if mode == "unmarked"
                          else mode, vocab_params=() if mode == "unmarked" else vocab_parameters(m))
            for mode, m in models.items()}
    shared_vocab = vocab_parameters(models["shared"])
    copies = [p.detach().clone().requires_grad_() for p in shared_vocab]
    adam = torch.optim.Adam(copies, lr=0.05, betas=(0.9, 0.98))
    gen = torch.Generator().manual_seed(2)
    shapes = [p.shape for p in models["shared"].parameters()]
    for tasks in PARTIAL3:
        grads = {k: [torch.randn(s, generator=gen, dtype=torch.float64) for s in shapes] for k in tasks}
        for opt in opts.values():
            opt.step(task_grads=grads)
        index = {id(p): i for i, p in enumerate(models["shared"].parameters())}
        for twin, p in zip(copies, shared_vocab):
            twin.grad = sum(grads[k][index[id(p)]] for k in tasks)
        adam.step()
    vocab_ids = {id(p) for p in shared_vocab}
    named = {mode: dict(m.named_parameters()) for mode, m in models.items()}
    for name, p in named["shared"].items():
        q, r = named["per-pair"][name], named["unmarked"][name]
        st_s, st_p = opts["shared"].state[p], opts["per-pair"].state[q]
        assert torch.equal(q, r) and all(torch.equal(st_p[key], opts["unmarked"].state[r][key]) for key in st_p)
        if id(p) in vocab_ids:
            assert st_s["step"].shape == () and st_s["exp_avg"].shape == p.shape and "au" not in st_s
            assert st_p["step"].shape == (3,) and st_p["exp_avg"].shape == (3,) + tuple(p.shape)
            torch.testing.assert_close(p, copies[[id(v) for v in shared_vocab].index(id(p))], rtol=0, atol=1e-12)
            assert (p - q).abs().max() > 1e-3
        else:
            assert torch.equal(p, q) and st_s.keys() == st_p.keys()
            assert all(torch.equal(st_s[key], st_p[key]) for key in st_s)
    assert opts["shared"].state_dict()["param_groups"][0]["vocab_params"].count(True) == len(shared_vocab)
    _, shares = opts["shared"].dominance()
    assert np.isnan(shares).any(axis=1).sum() == len(shared_vocab)


def test_vocab_state_resumes_and_mismatches_are_user_errors():
    model = seq2seq(False)
    opt = AdaTask(model.parameters(), num_tasks=2, lr=0.05, vocab_params=vocab_parameters(model))
    grads = {0: [torch.ones_like(p) for p in model.parameters()]}
    opt.step(task_grads=grads)
    state = opt.state_dict()
    fresh = seq2seq(False)
    again = AdaTask(fresh.parameters(), num_tasks=2, lr=0.05)
    again.load_state_dict(state)  # the saved mask comes back with the state
    assert again.param_groups[0]["vocab_params"] == state["param_groups"][0]["vocab_params"]
    assert again.set_vocab_params(vocab_parameters(fresh)) == 3  # the same marking: fine
    with pytest.raises(MtlNmtError, match="already has one accumulator"):
        again.set_vocab_params([])
    with pytest.raises(MtlNmtError, match="vocab is 'shared' in the saved state but 'per-pair'"):
        AdaTask(seq2seq(False).parameters(), num_tasks=2, vocab="per-pair").load_state_dict(state)
    legacy = deepcopy(state)
    for group in legacy["param_groups"]:
        for key in ("vocab", "vocab_params", "version"):
            group.pop(key)
    old = AdaTask(seq2seq(False).parameters(), num_tasks=2, vocab="per-pair")
    with pytest.raises(MtlNmtError, match="vocab is 'per-pair' in the saved state but 'shared'"):
        AdaTask(seq2seq(False).parameters(), num_tasks=2).load_state_dict(legacy)
    legacy_state = deepcopy(legacy)
    legacy_state["state"] = {}
    old.load_state_dict(legacy_state)  # states saved before the option existed were per-pair
    assert old.param_groups[0]["vocab_params"] == [False] * 5


def test_a_state_with_the_old_raw_shared_first_moment_is_refused():
    _, opt = run(dict(lr=0.02, per_task_first_moment=False), PARTIAL3[:2])
    state = opt.state_dict()
    for group in state["param_groups"]:
        group.pop("version")
    with pytest.raises(MtlNmtError, match="shared first moment holds raw gradients"):
        AdaTask(make_model().parameters(), num_tasks=3, per_task_first_moment=False).load_state_dict(state)
