"""ODM, excess-loss, staged schedules and the over-fitting guard through real fairseq-train runs on
the toy corpus (one thread, a few updates): the logged probabilities follow each rule, and a run
stopped and resumed continues exactly."""
import json
import math

import numpy as np
import pytest

from conftest import by_update, json_logs, run_cli, straight_and_resumed, toy_train_args
from mtl_nmt.sampling.excess_loss import excess_loss_update
from mtl_nmt.sampling.odm import odm_policy, odm_reward_update
from mtl_nmt.sampling.temperature import temperature_probs

SIZES = [400, 80]  # toy corpus: en-xx, en-yy
PAIRS = ["en-xx", "en-yy"]


def same_records(a, b, updates, keys):
    for u in updates:
        for key in keys:
            assert a[u].get(key) == b[u].get(key), (u, key, a[u].get(key), b[u].get(key))


def test_odm_follows_its_rule_and_resumes_exactly(toy_bin, tmp_path):
    opts = ("--sampling-method", "odm", "--criterion", "mtl_label_smoothed_cross_entropy", "--resample-interval", "1",
            "--log-interval", "1", "--validate-interval-updates", "6", "--save-interval-updates", "6")
    full, resumed = straight_and_resumed(toy_bin, tmp_path, 12, 6, opts)
    a, b = by_update(full, "train_inner"), by_update(resumed, "train_inner")
    assert sorted(a) == list(range(1, 13))
    # replay the rule from the log: record u trained update u-1 with the probabilities it shows
    rewards, deviation = np.zeros(2), 0.0
    for u in range(1, 12):
        probs = [a[u][f"prob_{p}"] for p in PAIRS]
        losses = {i: a[u][f"loss_{p}"] * math.log(2) for i, p in enumerate(PAIRS) if a[u][f"samples_{p}"] > 0}
        rewards = odm_reward_update(rewards, losses, probs, 0.9)
        expected = odm_policy(rewards, u)
        assert [a[u + 1][f"prob_{p}"] for p in PAIRS] == pytest.approx(expected, abs=1e-3)
        deviation = max(deviation, abs(expected[0] - 0.5))
    assert deviation > 0.02                                     # the policy moved away from uniform
    assert 12 in b and 6 not in b
    same_records(a, b, range(7, 13), ["prob_en-xx", "prob_en-yy", "samples_en-xx", "samples_en-yy", "loss"])
    va, vb = by_update(full, "valid", "valid_num_updates"), by_update(resumed, "valid", "valid_num_updates")
    assert vb[12]["valid_loss"] == pytest.approx(va[12]["valid_loss"], abs=1e-3)


def test_stages_change_at_their_boundary_with_the_guard_and_resume_exactly(toy_bin, tmp_path):
    opts = ("--sampling-method", "temperature", "--sampling-temperature", "5",
            "--sampling-stages", "4:weights=en-xx:1;end:method", "--overfit-patience", "2",
            "--homogeneous-batches", "--resample-interval", "2", "--log-interval", "1",
            "--validate-interval-updates", "4", "--save-interval-updates", "4")
    full, resumed = straight_and_resumed(toy_bin, tmp_path, 8, 4, opts)
    a, b = by_update(full, "train_inner"), by_update(resumed, "train_inner")
    t5 = temperature_probs(SIZES, 5)
    for u in range(1, 9):
        stage = 1 if u <= 4 else 2
        assert a[u]["sampling_stage"] == stage
        assert a[u]["prob_en-yy"] == pytest.approx(0.0 if stage == 1 else t5[1], abs=1e-4)
        assert a[u]["overfit_en-xx"] == a[u]["overfit_en-yy"] == 0
    assert sum(a[u]["samples_en-yy"] for u in range(1, 5)) == 0   # homogeneous: exact at the boundary
    assert "sampling stage 2 of 2 (end:method) from update 4" in full
    same_records(a, b, range(5, 9), ["prob_en-yy", "sampling_stage", "overfit_en-yy", "samples_en-xx",
                                     "samples_en-yy", "loss"])


def test_excess_loss_steps_at_each_validation(toy_bin, tmp_path):
    reference = tmp_path / "baselines.json"                      # as mtl-nmt-baselines writes it
    reference.write_text(json.dumps({"loss": {"en-xx": 5.0, "en-yy": 7.0}}))
    proc = run_cli(toy_train_args(toy_bin, str(tmp_path / "ck"), 8, "--sampling-method", "excess-loss",
                                  "--excess-loss-reference", str(reference), "--resample-interval", "1",
                                  "--log-interval", "1", "--validate-interval-updates", "4", "--no-save"))
    log = proc.stdout + proc.stderr
    a = by_update(log, "train_inner")
    valid = json_logs(log, "valid")              # at update 4 and at each epoch's end
    assert any(v["valid_num_updates"] == 4 for v in valid)
    assert a[1]["prob_en-yy"] == 0.5                                # uniform until the first validation
    for u in range(1, 9):                        # record u trained update u-1: every validation before it applies
        w = np.array([0.5, 0.5])
        for v in valid:
            if v["valid_num_updates"] <= u - 1:
                w = excess_loss_update(w, [v["valid_loss_en-xx"], v["valid_loss_en-yy"]], [5.0, 7.0])
        assert a[u]["prob_en-yy"] == pytest.approx(w[1], abs=2e-3)
    assert a[8]["prob_en-yy"] < 0.4                                # en-xx is further above its reference


@pytest.mark.parametrize("opts,needle", [
    (("--sampling-method", "odm"), "--sampling-method odm learns from per-pair training losses"),
    (("--sampling-method", "uniform", "--sampling-stages", "4:weights=en-zz:1;end:method"),
     "'en-zz', not one of --lang-pairs"),
])
def test_bad_online_options_are_one_clear_error(toy_bin, tmp_path, opts, needle):
    proc = run_cli(toy_train_args(toy_bin, str(tmp_path), 2, *opts), check=False)
    assert proc.returncode != 0 and needle in proc.stderr, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr
