"""Implicit schedules, scalarization and BMTL: the math against hand-computed numbers, and the
criterion's gradients against per-pair gradients computed separately."""
import json
from argparse import Namespace
from types import SimpleNamespace

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from mtl_nmt.criterions.mtl_label_smoothed_cross_entropy import MtlLabelSmoothedCrossEntropy
from mtl_nmt.errors import MtlNmtError
from mtl_nmt.losses.bmtl import bmtl_coefficients
from mtl_nmt.losses.scalarization import load_pair_weights, scalarization_multipliers
from mtl_nmt.pairs import PairSpace, split_by_pair
from mtl_nmt.sampling.implicit import implicit_scales

PAD = 1


def test_implicit_scales_hand_computed():
    r = implicit_scales([0.5, 0.5], [0.8, 0.2])
    assert r.tolist() == pytest.approx([0.625, 2.5])
    assert float(np.dot([0.8, 0.2], r)) == pytest.approx(1.0)  # E_q[r] = 1
    assert implicit_scales([0.5, 0.5], [0.8, 0.2], max_scale=2).tolist() == pytest.approx([0.625, 2.0])
    with pytest.raises(MtlNmtError, match="implicit-max-scale"):
        implicit_scales([0.5, 0.5], [0.8, 0.2], max_scale=0.5)


def test_pair_weights_are_normalised_and_bad_files_are_clear(tmp_path):
    assert load_pair_weights("uniform", ["a", "b", "c", "d"]).tolist() == [0.25] * 4
    f = tmp_path / "w.json"
    f.write_text(json.dumps({"a": 3, "b": 1}))
    w = load_pair_weights(str(f), ["a", "b"])
    assert w.tolist() == pytest.approx([0.75, 0.25])
    assert scalarization_multipliers(w).tolist() == pytest.approx([1.5, 0.5])
    assert scalarization_multipliers([2, 2, 2]).tolist() == pytest.approx([1, 1, 1])
    with pytest.raises(MtlNmtError, match="no value for pair"):
        load_pair_weights(str(f), ["a", "b", "c"])
    f.write_text(json.dumps({"a": -1, "b": 1}))
    with pytest.raises(MtlNmtError, match="non-negative"):
        load_pair_weights(str(f), ["a", "b"])
    f.write_text("{a: 1")
    with pytest.raises(MtlNmtError, match="not valid JSON"):
        load_pair_weights(str(f), ["a", "b"])
    with pytest.raises(MtlNmtError, match="does not exist"):
        load_pair_weights(str(tmp_path / "missing.json"), ["a"])


def test_bmtl_coefficients_hand_computed_and_overflow_free():
    losses = torch.tensor([2.0, 4.0, 3.0])
    present = torch.tensor([True, True, False])
    exact = bmtl_coefficients(losses, present, 2.0, normalize=False)
    assert exact.tolist() == pytest.approx([np.exp(1.0) / 2, np.exp(2.0) / 2, 0.0])
    norm = bmtl_coefficients(losses, present, 2.0)
    e1, e2 = np.exp(1.0), np.exp(2.0)
    assert norm.tolist() == pytest.approx([e1 / (e1 + e2), e2 / (e1 + e2), 0.0])
    huge = torch.tensor([10.0, 800.0, 5000.0])
    a = bmtl_coefficients(huge, torch.ones(3, dtype=torch.bool), 1.0)
    assert torch.isfinite(a).all() and a.sum().item() == pytest.approx(1.0) and a[2].item() == pytest.approx(1.0)
    with pytest.raises(MtlNmtError, match="overflow"):
        bmtl_coefficients(huge, torch.ones(3, dtype=torch.bool), 1.0, normalize=False)
    with pytest.raises(MtlNmtError, match="bmtl-temperature"):
        bmtl_coefficients(losses, present, 0.0)


# ---------------------------------------------------------------- the criterion on a tiny model
class TinyModel(torch.nn.Module):
    """Decoder-like stand-in: logits = emb(prev tokens) @ W, enough for the criterion's API."""

    def __init__(self, vocab=11, dim=6, scale=1.0):
        super().__init__()
        g = torch.Generator().manual_seed(0)
        self.emb = torch.nn.Parameter(torch.randn(vocab, dim, generator=g))
        self.out = torch.nn.Parameter(torch.randn(dim, vocab, generator=g))
        self.scale = scale

    def forward(self, prev_output_tokens):
        return (self.scale * self.emb[prev_output_tokens] @ self.out,)

    def get_normalized_probs(self, net_output, log_probs):
        return F.log_softmax(net_output[0], dim=-1)

    def get_targets(self, sample, net_output):
        return sample["target"]


def make_sample():
    g = torch.Generator().manual_seed(3)
    target = torch.randint(2, 11, (6, 5), generator=g)
    lengths = [5, 3, 4, 2, 5, 1]
    for row, n in enumerate(lengths):
        target[row, n:] = PAD
    prev = torch.randint(2, 11, (6, 5), generator=g)
    return {"net_input": {"prev_output_tokens": prev}, "target": target,
            "ntokens": int(target.ne(PAD).sum()), "pair_ids": torch.tensor([0, 1, 0, 2, 1, 0]),
            "id": torch.arange(6), "nsentences": 6}


def fake_task(scales=(1.0, 1.0, 1.0), homogeneous=False):
    return SimpleNamespace(pair_space=PairSpace(["en-a", "en-b", "en-c"]),
                           target_dictionary=SimpleNamespace(pad=lambda: PAD),
                           args=Namespace(homogeneous_batches=homogeneous, sampling_method="temperature",
                                          adaptive_metric="loss", eval_bleu=False),
                           sampler=SimpleNamespace(implicit_scales=lambda: np.asarray(scales)))


def criterion(task=None, **kw):
    return MtlLabelSmoothedCrossEntropy(task or fake_task(), False, 0.1, **kw)


def grads(model, loss):
    model.zero_grad()
    loss.backward()
    return [p.grad.clone() for p in model.parameters()]


def per_pair_terms(model, sample):
    """Per pair present: (pair id, summed token loss, its gradient, token count) from the plain
    criterion run on that pair's sub-batch alone."""
    plain = criterion()
    out = []
    for tid, sub in split_by_pair(sample, PAD):
        loss, _, _ = super(MtlLabelSmoothedCrossEntropy, plain).forward(model, sub)
        out.append((tid, loss.detach(), grads(model, loss), sub["ntokens"]))
    return out


def test_plain_options_equal_label_smoothed_cross_entropy_and_log_per_pair_sums():
    model, sample = TinyModel(), make_sample()
    c = criterion()
    loss, size, log = c(model, sample)
    ref, ref_size, _ = super(MtlLabelSmoothedCrossEntropy, c).forward(model, sample)
    assert torch.allclose(loss, ref, rtol=1e-6) and size == ref_size
    assert log["per_pair_loss"].sum().item() == pytest.approx(log["loss"].item(), rel=1e-6)
    assert log["per_pair_ntokens"].tolist() == [10.0, 8.0, 2.0]
    assert log["per_pair_nsentences"].tolist() == [3.0, 2.0, 1.0]


def test_pair_weights_equal_weighted_per_pair_gradients(tmp_path):
    f = tmp_path / "w.json"
    f.write_text(json.dumps({"en-a": 1, "en-b": 2, "en-c": 5}))
    model, sample = TinyModel(), make_sample()
    loss, _, log = criterion(pair_weights=str(f))(model, sample)
    got = grads(model, loss)
    mult = 3 * np.array([1, 2, 5]) / 8
    want = [sum(mult[tid] * g[i] for tid, _, g, _ in per_pair_terms(model, sample)) for i in range(2)]
    for a, b in zip(got, want):
        assert torch.allclose(a, b, atol=1e-6)
    assert (log["per_pair_weight"] / log["per_pair_weight_batches"]).tolist() == pytest.approx(mult.tolist())


def test_adaptive_gradient_scaling_is_loss_weighting_by_r():
    r = (0.5, 2.0, 1.25)
    model, sample = TinyModel(), make_sample()
    loss, _, _ = criterion(fake_task(scales=r), gradient_scaling="adaptive")(model, sample)
    got = grads(model, loss)
    want = [sum(r[tid] * g[i] for tid, _, g, _ in per_pair_terms(model, sample)) for i in range(2)]
    for a, b in zip(got, want):
        assert torch.allclose(a, b, atol=1e-6)


@pytest.mark.parametrize("form", ["exact", "normalized"])
def test_bmtl_gradient_is_sum_of_h_prime_times_pair_gradients(form):
    t = 3.0
    model, sample = TinyModel(), make_sample()
    loss, size, _ = criterion(loss_transform="bmtl", bmtl_temperature=t, bmtl_form=form)(model, sample)
    got = grads(model, loss)
    terms = per_pair_terms(model, sample)
    # L_i = summed loss / tokens; h'(L) = exp(L/t)/t; the trainer divides the gradient by sample_size
    h_prime = {tid: float(torch.exp(l / n / t) / t) for tid, l, _, n in terms}
    norm = 1.0 if form == "exact" else sum(h_prime.values())
    want = [sum(h_prime[tid] / norm * g[i] / n for tid, _, g, n in terms) for i in range(2)]
    for a, b in zip(got, want):
        assert torch.allclose(a / size, b, atol=1e-6, rtol=1e-5)


def test_bmtl_has_no_overflow_at_losses_of_thousands_of_nats():
    model, sample = TinyModel(scale=400.0), make_sample()
    c = criterion(loss_transform="bmtl", bmtl_temperature=1.0)
    loss, size, log = c(model, sample)
    assert log["loss"].item() / sample["ntokens"] > 700  # mean token loss: exp() overflows float64
    g = grads(model, loss)
    assert torch.isfinite(loss) and all(torch.isfinite(x).all() for x in g)
    with pytest.raises(MtlNmtError, match="overflow"):
        criterion(loss_transform="bmtl", bmtl_form="exact")(model, sample)


def test_criterion_configuration_errors(tmp_path):
    with pytest.raises(MtlNmtError, match="homogeneous-batches"):
        criterion(fake_task(homogeneous=True), loss_transform="bmtl")
    with pytest.raises(MtlNmtError, match="task multilingual_scheduled"):
        MtlLabelSmoothedCrossEntropy(SimpleNamespace(target_dictionary=None), False, 0.1)
    f = tmp_path / "w.json"
    f.write_text(json.dumps({"en-a": 1}))
    with pytest.raises(MtlNmtError, match="en-b, en-c"):
        criterion(task_weights=str(f))
