"""The ``adatask`` optimizer through fairseq: per-pair gradients captured from micro-batches (and
the mixed-batch fallback) give exactly the paper's update, state resumes, ranks agree."""
import copy
import json

import pytest
import torch
from fairseq.data import iterators

from conftest import build_trainer, by_update, run_cli, straight_and_resumed, toy_train_args
from mtl_nmt.adatask import AdaTask, vocab_parameters
from mtl_nmt.errors import MtlNmtError
from mtl_nmt.optim.fairseq_adatask import find_adatask
from mtl_nmt.pairs import split_by_pair


def _reference_run(trainer, epoch_itr, update_freq, updates, absent="skip", vocab="shared"):
    """Train ``updates`` updates with the fairseq trainer and, beside it, an independent AdaTask
    fed with per-pair gradients computed by separate backward passes; parameters must agree (in
    float64: Adam's first steps are ±lr whatever the gradient's size, which turns float32 noise
    in tiny gradients into visible differences; attention key biases have a gradient that is zero
    up to rounding, hence eps 1e-6 so that rounding noise cannot make steps). ``absent`` and
    ``vocab``: the trainer's --adatask-absent and --adatask-vocab (shared: the tied embedding gets
    one accumulator)."""
    trainer.model.double()
    ref_model = copy.deepcopy(trainer.model)
    ref = AdaTask(list(ref_model.parameters()), num_tasks=2, base="adam", lr=0.0, betas=(0.9, 0.98), eps=1e-6,
                  absent=absent, vocab=vocab, vocab_params=vocab_parameters(ref_model))
    criterion, pad = trainer.criterion, trainer.task.target_dictionary.pad()
    groups = iterators.GroupedIterator(epoch_itr.next_epoch_itr(shuffle=True), update_freq)
    multi = 0
    for _, samples in zip(range(updates), groups):
        lr = trainer.get_lr()
        sums, size = {}, 0
        pairs_in_update = set()
        for sample in samples:
            parts = list(split_by_pair(sample, pad))
            for tid, sub in parts:
                pairs_in_update.add(tid)
                ref_model.zero_grad()
                loss, _, _ = criterion(ref_model, sub)
                loss.backward()
                g = [p.grad.detach().clone() for p in ref_model.parameters()]
                sums[tid] = g if tid not in sums else [a + b for a, b in zip(sums[tid], g)]
            size += sample["ntokens"]
        multi += len(pairs_in_update) > 1
        trainer.train_step(samples)
        ref.param_groups[0]["lr"] = lr
        ref.step(task_grads={t: [x / size for x in g] for t, g in sums.items()})
        for a, b in zip(trainer.model.parameters(), ref_model.parameters()):
            assert torch.allclose(a, b, atol=1e-8), (len(pairs_in_update), lr, (a - b).abs().max())
    return multi


def test_update_freq_with_per_batch_pairs_splits_gradients_without_extra_backward(toy_bin, tmp_path):
    trainer, itr = build_trainer(toy_bin, str(tmp_path), "--optimizer", "adatask", "--adam-betas", "(0.9, 0.98)",
                                 "--adam-eps", "1e-6", "--dropout", "0", "--sampling-method", "uniform", "--homogeneous-batches",
                                 "--update-freq", "2", "--lr", "0.01", "--lr-scheduler", "fixed")
    multi = _reference_run(trainer, itr, 2, 8)
    assert multi >= 2  # updates made of two pairs really happened


def test_mixed_batches_fall_back_to_one_backward_per_pair(toy_bin, tmp_path):
    trainer, itr = build_trainer(toy_bin, str(tmp_path), "--optimizer", "adatask", "--adam-betas", "(0.9, 0.98)",
                                 "--adam-eps", "1e-6", "--dropout", "0", "--sampling-method", "uniform", "--lr", "0.01",
                                 "--lr-scheduler", "fixed", "--adatask-absent", "decay", "--adatask-vocab", "per-pair")
    # batches holding both pairs really happened
    assert _reference_run(trainer, itr, 1, 12, absent="decay", vocab="per-pair") >= 2


def test_resume_continues_exactly(toy_bin, tmp_path):
    opts = ("--optimizer", "adatask", "--adam-betas", "(0.9, 0.98)", "--sampling-method", "temperature",
            "--homogeneous-batches", "--update-freq", "2", "--validate-interval-updates", "8",
            "--save-interval-updates", "8", "--au-log-interval", "4", "--log-interval", "4")
    full, resumed = straight_and_resumed(toy_bin, tmp_path, 16, 8, opts)
    a, b = by_update(full, "valid", "valid_num_updates"), by_update(resumed, "valid", "valid_num_updates")
    for key in ("valid_loss", "valid_loss_en-xx", "valid_loss_en-yy"):
        assert b[16][key] == pytest.approx(a[16][key], abs=1e-4)
    ra, rb = by_update(full, "train_inner"), by_update(resumed, "train_inner")
    assert rb[16]["au_en-yy_dec"] == pytest.approx(ra[16]["au_en-yy_dec"], abs=1e-3)
    assert ra[16]["au_en-xx_enc"] + ra[16]["au_en-yy_enc"] == pytest.approx(1.0, abs=2e-3)


def test_two_gloo_ranks_with_pairs_changing_inside_an_update_stay_identical(toy_bin, tmp_path):
    trace = str(tmp_path / "trace")
    args = toy_train_args(toy_bin, str(tmp_path / "ck"), 10, "--optimizer", "adatask", "--sampling-method",
                          "uniform", "--homogeneous-batches", "--update-freq", "2", "--disable-validation",
                          "--no-save")
    args = [a for a in args if a != "--cpu"]
    run_cli(["mtl-nmt-launch", "--nprocs", "2", "--", *args], env={"MTL_NMT_TRACE_BATCHES": trace})
    # update, pairs, parameter checksum (each rank's sentence ids differ)
    r0, r1 = ([ln.split("\t")[:3] for ln in open(f"{trace}.rank{r}").read().split("\n") if ln] for r in (0, 1))
    assert len(r0) == 20 and r0 == r1  # same pairs and bit-identical parameters on both ranks
    pairs = [ln[1] for ln in r0]
    assert any(pairs[i] != pairs[i + 1] for i in range(0, 20, 2))


def test_bad_groups_file_is_one_clear_error(toy_bin, tmp_path):
    f = tmp_path / "g.json"
    f.write_text(json.dumps({"en-xx": "x"}))
    proc = run_cli(toy_train_args(toy_bin, str(tmp_path), 2, "--optimizer", "adatask", "--adatask-groups", str(f)),
                   check=False)
    assert proc.returncode != 0 and "no value for pair(s) en-yy" in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.parametrize("vocab", ["shared", "per-pair"])
def test_vocab_option_through_the_trainer(toy_bin, tmp_path, vocab):
    """--share-all-embeddings: one vocabulary tensor; shared keeps one accumulator for it, per-pair
    one per pair; every other parameter has per-pair state either way."""
    trainer, itr = build_trainer(toy_bin, str(tmp_path), "--optimizer", "adatask", "--adatask-vocab", vocab,
                                 "--sampling-method", "temperature", "--homogeneous-batches")
    for _, sample in zip(range(3), itr.next_epoch_itr(shuffle=True)):
        trainer.train_step([sample])
    adatask = find_adatask(trainer.optimizer)
    group = adatask._optimizer.param_groups[0]
    embed = trainer.model.encoder.embed_tokens.weight
    assert group["vocab_params"] == [p is embed for p in group["params"]] and sum(group["vocab_params"]) == 1
    assert "encoder.embed_tokens.weight" in group["param_names"]
    for p in group["params"]:
        steps = adatask._optimizer.state[p]["step"]
        assert steps.shape == (() if p is embed and vocab == "shared" else (2,))


def test_prepare_maps_the_fp16_wrappers_fp32_copies(toy_bin, tmp_path):
    """Under fairseq's fp16/bf16 wrapper the optimizer holds fp32 copies: names and vocabulary
    parameters follow them by position; an update may then hold one pair only."""
    from fairseq import optim
    from fairseq.optim.fp16_optimizer import FP16Optimizer

    trainer, _ = build_trainer(toy_bin, str(tmp_path), "--optimizer", "adatask")
    model = trainer.model
    halves = list(model.parameters())
    copies = FP16Optimizer.build_fp32_params(trainer.cfg.optimizer, halves, flatten=False)
    inner = optim.build_optimizer(trainer.cfg.optimizer, copies)
    wrapper = FP16Optimizer(trainer.cfg, halves, inner, copies)
    assert find_adatask(wrapper) is inner
    inner.prepare(model, wrapper)
    inner.prepare(model, wrapper)  # idempotent
    group = inner._optimizer.param_groups[0]
    names = [n for n, _ in model.named_parameters()]
    assert group["param_names"] == names
    assert group["vocab_params"] == [n == "encoder.embed_tokens.weight" for n in names]
    inner.begin_pair(0)
    with pytest.raises(MtlNmtError, match="needs one pair per update"):
        inner.begin_pair(1)
