"""The ``adatask`` optimizer through fairseq: per-pair gradients captured from micro-batches (and
the mixed-batch fallback) give exactly the paper's update, state resumes, ranks agree."""
import copy
import json

import pytest
import torch
from fairseq.data import iterators

from conftest import build_trainer, by_update, run_cli, straight_and_resumed, toy_train_args
from mtl_nmt.optim.adatask import AdaTask
from mtl_nmt.pertask import split_by_task


def _reference_run(trainer, epoch_itr, update_freq, updates):
    """Train ``updates`` updates with the fairseq trainer and, beside it, an independent AdaTask
    fed with per-pair gradients computed by separate backward passes; parameters must agree (in
    float64: Adam's first steps are ±lr whatever the gradient's size, which turns float32 noise
    in tiny gradients into visible differences; attention key biases have a gradient that is zero
    up to rounding, hence eps 1e-6 so that rounding noise cannot make steps)."""
    trainer.model.double()
    ref_model = copy.deepcopy(trainer.model)
    ref = AdaTask(list(ref_model.parameters()), num_tasks=2, base="adam", lr=0.0, betas=(0.9, 0.98), eps=1e-6)
    criterion, pad = trainer.criterion, trainer.task.target_dictionary.pad()
    groups = iterators.GroupedIterator(epoch_itr.next_epoch_itr(shuffle=True), update_freq)
    multi = 0
    for _, samples in zip(range(updates), groups):
        lr = trainer.get_lr()
        sums, size = {}, 0
        tasks_in_update = set()
        for sample in samples:
            parts = list(split_by_task(sample, pad))
            for tid, sub in parts:
                tasks_in_update.add(tid)
                ref_model.zero_grad()
                loss, _, _ = criterion(ref_model, sub)
                loss.backward()
                g = [p.grad.detach().clone() for p in ref_model.parameters()]
                sums[tid] = g if tid not in sums else [a + b for a, b in zip(sums[tid], g)]
            size += sample["ntokens"]
        multi += len(tasks_in_update) > 1
        trainer.train_step(samples)
        ref.param_groups[0]["lr"] = lr
        ref.step(task_grads={t: [x / size for x in g] for t, g in sums.items()})
        for a, b in zip(trainer.model.parameters(), ref_model.parameters()):
            assert torch.allclose(a, b, atol=1e-8), (len(tasks_in_update), lr, (a - b).abs().max())
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
                                 "--lr-scheduler", "fixed")
    assert _reference_run(trainer, itr, 1, 6) >= 2  # batches holding both pairs really happened


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
    r0, r1 = ([ln for ln in open(f"{trace}.rank{r}").read().split("\n") if ln] for r in (0, 1))
    assert len(r0) == 20 and r0 == r1  # same pairs and bit-identical parameters on both ranks
    pairs = [ln.split("\t")[1] for ln in r0]
    assert any(pairs[i] != pairs[i + 1] for i in range(0, 20, 2))


def test_bad_groups_file_is_one_clear_error(toy_bin, tmp_path):
    f = tmp_path / "g.json"
    f.write_text(json.dumps({"en-xx": "x"}))
    proc = run_cli(toy_train_args(toy_bin, str(tmp_path), 2, "--optimizer", "adatask", "--adatask-groups", str(f)),
                   check=False)
    assert proc.returncode != 0 and "no value for pair(s) en-yy" in proc.stderr and "Traceback" not in proc.stderr
