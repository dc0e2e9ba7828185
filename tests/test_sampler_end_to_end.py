"""Scheduled sampling through real fairseq-train runs on the toy corpus (1 and 2 gloo ranks)."""
import json

import numpy as np
import pytest

from conftest import by_update, json_logs, run_cli, straight_and_resumed, toy_train_args
from mtl_nmt.sampling.heating import heating_temperature
from mtl_nmt.sampling.temperature import temperature_probs

SIZES = [400, 80]  # toy corpus: en-xx, en-yy


def test_heating_probabilities_in_the_log_follow_the_schedule(toy_bin, tmp_path):
    proc = run_cli(toy_train_args(toy_bin, str(tmp_path), 24, "--sampling-method", "heating",
                                  "--heating-start-temperature", "1", "--heating-end-temperature", "8",
                                  "--heating-updates", "20", "--resample-interval", "4", "--log-interval", "1",
                                  "--disable-validation"))
    records = [r for r in json_logs(proc.stdout + proc.stderr, "train_inner")]
    assert len(records) >= 20
    for r in records:
        step = int(r["num_updates"]) - 1                  # the update this record's batch trained
        expected = temperature_probs(SIZES, heating_temperature(step, 1.0, 8.0, 20))
        assert r["prob_en-yy"] == pytest.approx(expected[1], abs=2e-4)
        assert r["sampling_temperature"] == pytest.approx(heating_temperature(step, 1.0, 8.0, 20), abs=2e-3)
    early = sum(r["samples_en-yy"] for r in records[:6]) / sum(r["samples_en-yy"] + r["samples_en-xx"] for r in records[:6])
    late = sum(r["samples_en-yy"] for r in records[-6:]) / sum(r["samples_en-yy"] + r["samples_en-xx"] for r in records[-6:])
    assert early < 0.3 < late


def test_resume_continues_the_schedule_exactly(toy_bin, tmp_path):
    opts = ("--sampling-method", "adaptive", "--adaptive-alpha", "2", "--homogeneous-batches",
            "--resample-interval", "3", "--validate-interval-updates", "8", "--save-interval-updates", "8")
    full, resumed = straight_and_resumed(toy_bin, tmp_path, 24, 8, opts)
    a, b = by_update(full, "valid", "valid_num_updates"), by_update(resumed, "valid", "valid_num_updates")
    assert 24 in a and 24 in b and 16 in b
    for key in ("valid_loss", "valid_loss_en-xx", "valid_loss_en-yy"):
        assert b[24][key] == pytest.approx(a[24][key], abs=1e-3)


def test_two_gloo_ranks_train_the_same_pair_at_each_step(toy_bin, tmp_path):
    trace = str(tmp_path / "trace")
    args = toy_train_args(toy_bin, str(tmp_path / "ck"), 12, "--sampling-method", "uniform",
                          "--homogeneous-batches", "--resample-interval", "4", "--update-freq", "2",
                          "--disable-validation", "--no-save")
    args = [a for a in args if a != "--cpu"]
    run_cli(["mtl-nmt-launch", "--nprocs", "2", "--", *args], env={"MTL_NMT_TRACE_BATCHES": trace})
    lines = [open(f"{trace}.rank{r}").read().split("\n") for r in (0, 1)]
    # update, pair ids, parameter checksum (the sentences differ: each rank trains its own batch)
    r0, r1 = (["\t".join(ln.split("\t")[:3]) for ln in x if ln] for x in lines)
    assert len(r0) == len(r1) == 24                       # 12 updates x update-freq 2
    assert r0 == r1                                        # same update, same single pair, every micro-batch
    assert all("," not in ln.split("\t")[1] for ln in r0)
    assert {ln.split("\t")[1] for ln in r0} == {"0", "1"}


@pytest.mark.parametrize("opts,needle", [
    (("--sampling-method", "temperature", "--sampling-temperature", "0"), "--sampling-temperature must be > 0"),
    (("--sampling-method", "heating", "--heating-start-temperature", "-1"), "heating temperatures must be > 0"),
    (("--sampling-method", "weights"), "needs --sampling-weights-file"),
    (("--sampling-method", "adaptive", "--adaptive-metric", "bleu"), "--adaptive-metric bleu needs --eval-bleu"),
])
def test_bad_sampling_options_are_one_clear_error(toy_bin, tmp_path, opts, needle):
    proc = run_cli(toy_train_args(toy_bin, str(tmp_path), 2, *opts), check=False)
    assert proc.returncode != 0 and needle in proc.stderr, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr


def test_baseline_file_missing_a_pair_is_one_clear_error(toy_bin, tmp_path):
    f = tmp_path / "base.json"
    f.write_text(json.dumps({"en-xx": 3.0}))
    proc = run_cli(toy_train_args(toy_bin, str(tmp_path), 2, "--sampling-method", "adaptive",
                                  "--adaptive-baselines", str(f)), check=False)
    assert proc.returncode != 0 and "no loss baseline for pair(s) en-yy" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_weights_and_per_pair_bleu(toy_bin, tmp_path):
    f = tmp_path / "w.json"
    f.write_text(json.dumps({"en-xx": 1, "en-yy": 3}))
    proc = run_cli(toy_train_args(toy_bin, str(tmp_path / "ck"), 40, "--sampling-method", "weights",
                                  "--sampling-weights-file", str(f), "--eval-bleu", "--eval-bleu-args",
                                  '{"beam": 1, "max_len_b": 12}', "--validate-interval-updates", "40"))
    recs = json_logs(proc.stdout + proc.stderr, "train_inner")
    assert recs[-1]["prob_en-yy"] == pytest.approx(0.75)
    yy = sum(r["samples_en-yy"] for r in recs)
    assert 0.65 < yy / sum(r["samples_en-yy"] + r["samples_en-xx"] for r in recs) < 0.85
    valid = json_logs(proc.stdout + proc.stderr, "valid")[-1]
    assert "valid_bleu_en-xx" in valid and "valid_bleu_en-yy" in valid
    assert valid["valid_bleu_en-xx"] >= 0


def test_log_pairs_summary_keeps_log_lines_short(toy_bin, tmp_path):
    proc = run_cli(toy_train_args(toy_bin, str(tmp_path / "ck"), 4, "--sampling-method", "temperature",
                                  "--sampling-temperature", "5", "--log-pairs", "summary", "--log-interval", "1",
                                  "--validate-interval-updates", "4", "--no-save"))
    log = proc.stdout + proc.stderr
    record = json_logs(log, "train_inner")[-1]
    probs = temperature_probs(SIZES, 5)
    assert not any(k.startswith(("prob_en", "samples_")) for k in record)
    assert record["prob_min"] == pytest.approx(probs.min(), abs=1e-4)
    assert record["sampling_entropy"] == pytest.approx(float(-(probs * np.log2(probs)).sum()), abs=1e-3)
    assert "valid_loss_en-yy" in json_logs(log, "valid")[-1]      # validation keeps every pair


def test_auto_baselines_warn_that_they_measure_progress(toy_bin, tmp_path):
    proc = run_cli(toy_train_args(toy_bin, str(tmp_path / "ck"), 2, "--sampling-method", "adaptive",
                                  "--disable-validation", "--no-save"))
    assert (proc.stdout + proc.stderr).count("progress since then, not the gap to a single-pair model") == 1


def test_a_new_epoch_starts_at_the_updates_done(toy_bin, tmp_path):
    """The next epoch's blocks (and a validation flushed by its first block) are placed at the number of
    updates trained so far, not one update early: heating's probabilities follow the run's clock."""
    import torch

    from mtl_nmt.checkpoints import sampler_state

    proc = run_cli(toy_train_args(toy_bin, str(tmp_path), 30, "--sampling-method", "heating",
                                  "--heating-updates", "20", "--resample-interval", "4", "--log-interval", "1"))
    ends = {int(r["epoch"]): int(r["train_num_updates"]) for r in json_logs(proc.stdout + proc.stderr, "train")}
    assert len(ends) >= 3
    epochs = sampler_state(torch.load(tmp_path / "checkpoint_last.pt", weights_only=False))["epochs"]
    assert len(epochs) == 2
    for epoch, record in epochs.items():
        assert record["start_update"] == ends[int(epoch) - 1]
