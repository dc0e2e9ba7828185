"""LR scheduler task_scaled and the criterion through fairseq: the scaled learning rate reaches the
update of that pair's batch, options resolve to the base scheduler's, state resumes exactly."""
import json
from types import SimpleNamespace

import pytest
import torch

from conftest import build_trainer, by_update, json_logs, run_cli, straight_and_resumed, toy_train_args
from mtl_nmt.errors import MtlNmtError
from mtl_nmt.lr_scheduler.task_scaled import base_scheduler_config


def test_base_scheduler_options_resolve_to_its_defaults_or_the_given_values():
    unset = SimpleNamespace(lr=[0.3], max_update=100, maximize_best_checkpoint_metric=False)
    cfg = base_scheduler_config(unset, "inverse_sqrt")
    assert cfg.warmup_updates == 4000 and cfg.warmup_init_lr == -1 and list(cfg.lr) == [0.3]
    given = SimpleNamespace(**vars(unset), warmup_updates=50)
    assert base_scheduler_config(given, "inverse_sqrt").warmup_updates == 50
    assert base_scheduler_config(unset, "polynomial_decay").total_num_update == 100
    with pytest.raises(MtlNmtError, match="--max-lr"):
        base_scheduler_config(unset, "triangular")


def _trainer(data_bin, save_dir, *extra):
    return build_trainer(data_bin, save_dir, "--optimizer", "sgd", "--lr", "0.5", "--dropout", "0",
                         "--sampling-method", "uniform", "--homogeneous-batches", *extra)


def test_scaled_lr_is_applied_to_the_update_of_that_pairs_batch(toy_bin, tmp_path):
    scales = {"en-xx": 2.0, "en-yy": 0.25}
    f = tmp_path / "scales.json"
    f.write_text(json.dumps(scales))
    scaled, itr = _trainer(toy_bin, str(tmp_path / "a"), "--lr-scheduler", "task_scaled",
                           "--base-lr-scheduler", "fixed", "--pair-lr-scales", str(f))
    plain, _ = _trainer(toy_bin, str(tmp_path / "b"), "--lr-scheduler", "fixed")
    seen = set()
    for step, batch in zip(range(8), itr.next_epoch_itr(shuffle=True)):
        plain.model.load_state_dict(scaled.model.state_dict())
        plain.set_num_updates(scaled.get_num_updates())
        before = [p.detach().clone() for p in scaled.model.parameters()]
        scaled.train_step([batch])
        plain.train_step([batch])
        (pid,) = torch.unique(batch["pair_ids"]).tolist()
        pair = scaled.task.pair_space.names[pid]
        seen.add(pair)
        for p0, pa, pb in zip(before, scaled.model.parameters(), plain.model.parameters()):
            assert torch.allclose(pa - p0, scales[pair] * (pb - p0), atol=1e-6)
        assert scaled.get_lr() == pytest.approx(plain.get_lr())  # the logged lr stays the base one
    assert seen == {"en-xx", "en-yy"}


def test_task_scaled_with_mixed_batches_is_one_clear_error(toy_bin, tmp_path):
    proc = run_cli(toy_train_args(toy_bin, str(tmp_path), 2, "--sampling-method", "uniform",
                                  "--lr-scheduler", "task_scaled"), check=False)
    assert proc.returncode != 0
    assert "needs one pair per update, i.e. --homogeneous-batches" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_implicit_lr_with_adaptive_sampling_is_one_clear_error(toy_bin, tmp_path):
    proc = run_cli(toy_train_args(toy_bin, str(tmp_path), 2, "--sampling-method", "adaptive", "--homogeneous-batches",
                                  "--lr-scheduler", "task_scaled"), check=False)
    assert proc.returncode != 0 and "sample from an explicit q" in proc.stderr and "Traceback" not in proc.stderr


def test_bad_scales_file_is_one_clear_error(toy_bin, tmp_path):
    f = tmp_path / "s.json"
    f.write_text(json.dumps({"en-xx": 1.0}))
    proc = run_cli(toy_train_args(toy_bin, str(tmp_path), 2, "--sampling-method", "uniform", "--homogeneous-batches",
                                  "--lr-scheduler", "task_scaled", "--pair-lr-scales", str(f)), check=False)
    assert proc.returncode != 0 and "no value for pair(s) en-yy" in proc.stderr and "Traceback" not in proc.stderr


def test_implicit_adaptive_lr_and_gradient_scaling_resume_exactly(toy_bin, tmp_path):
    opts = ("--sampling-method", "temperature", "--sampling-temperature", "1", "--homogeneous-batches",
            "--criterion", "mtl_label_smoothed_cross_entropy", "--gradient-scaling", "adaptive",
            "--lr-scheduler", "task_scaled", "--base-lr-scheduler", "inverse_sqrt", "--pair-lr-scales", "adaptive",
            "--adaptive-alpha", "3", "--resample-interval", "3", "--validate-interval-updates", "6",
            "--save-interval-updates", "6", "--log-interval", "1")
    full, resumed = straight_and_resumed(toy_bin, tmp_path, 18, 12, opts)
    a, b = by_update(full, "valid", "valid_num_updates"), by_update(resumed, "valid", "valid_num_updates")
    assert 18 in a and 18 in b
    for key in ("valid_loss", "valid_loss_en-xx", "valid_loss_en-yy"):
        assert b[18][key] == pytest.approx(a[18][key], abs=1e-3)
    ra, rb = by_update(full, "train_inner"), by_update(resumed, "train_inner")
    # after two validations the adaptive rule moved away from q: scales differ from 1, and the
    # resumed run applies the same ones
    assert any(abs(ra[u]["lr_scale_en-yy"] - 1) > 1e-3 for u in range(13, 19))
    for u in range(13, 19):
        assert rb[u]["lr_scale_en-yy"] == pytest.approx(ra[u]["lr_scale_en-yy"], abs=1e-4)
        (pair,) = [p for p in ("en-xx", "en-yy") if (rb[u].get(f"samples_{p}") or 0) > 0]
        assert rb[u][f"weight_{pair}"] == pytest.approx(rb[u][f"lr_scale_{pair}"], abs=1e-3)


def test_bmtl_with_pair_weights_trains_on_mixed_batches(toy_bin, tmp_path):
    f = tmp_path / "w.json"
    f.write_text(json.dumps({"en-xx": 1, "en-yy": 3}))
    proc = run_cli(toy_train_args(toy_bin, str(tmp_path / "ck"), 12, "--sampling-method", "proportional",
                                  "--criterion", "mtl_label_smoothed_cross_entropy", "--pair-weights", str(f),
                                  "--loss-transform", "bmtl", "--bmtl-temperature", "2", "--log-interval", "4"))
    rec = json_logs(proc.stdout + proc.stderr, "train_inner")
    assert rec and all(r["weight_en-xx"] > 0 and r["weight_en-yy"] > 0 for r in rec)
    assert all("loss_en-yy" in r for r in rec)


def test_implicit_temperature_scales_are_the_ratio_of_two_temperatures():
    """--implicit-temperature 5 on T=1 sampling: r_i = p_i(5)/p_i(1), constant, E_q[r] = 1."""
    import numpy as np

    from mtl_nmt.sampling.build import build_sampler, require_implicit_schedule
    from mtl_nmt.sampling.temperature import temperature_probs
    from mtl_nmt.tasks.config import MultilingualScheduledConfig

    args = SimpleNamespace(**{**vars(MultilingualScheduledConfig()), "sampling_method": "temperature",
                              "sampling_temperature": 1.0, "implicit_temperature": 5.0, "seed": 1})
    sampler = build_sampler(args, ["a-b", "a-c"], [400, 80])
    q, p = temperature_probs([400, 80], 1.0), temperature_probs([400, 80], 5.0)
    # by hand: q = (5/6, 1/6); p ∝ (400^0.2, 80^0.2) = (3.314, 2.402) → (0.5798, 0.4202)
    assert p == pytest.approx([0.5798, 0.4202], abs=1e-4)
    assert sampler.implicit_scales() == pytest.approx(p / q)
    assert float(np.dot(q, sampler.implicit_scales())) == pytest.approx(1.0)
    # with adaptive sampling p/q is 1 unless p is a given temperature
    require_implicit_schedule(SimpleNamespace(**{**vars(args), "sampling_method": "adaptive"}), "--gradient-scaling")
    with pytest.raises(MtlNmtError, match="or give p with --implicit-temperature"):
        require_implicit_schedule(SimpleNamespace(**{**vars(args), "sampling_method": "adaptive",
                                                     "implicit_temperature": 0.0}), "--gradient-scaling")


def test_temperature_as_loss_weights_trains_through_the_plugin(toy_bin, tmp_path):
    """The logged weight of each pair's tokens is p_i(5)/p_i(1) on the toy sizes (400, 80)."""
    proc = run_cli(toy_train_args(toy_bin, str(tmp_path), 6, "--sampling-method", "temperature",
                                  "--sampling-temperature", "1", "--implicit-temperature", "5", "--batch-order",
                                  "source", "--criterion", "mtl_label_smoothed_cross_entropy",
                                  "--gradient-scaling", "adaptive", "--log-interval", "1", "--disable-validation"))
    records = json_logs(proc.stdout + proc.stderr, "train_inner")
    assert len(records) == 6
    seen = set()
    for r in records:
        for pair, expected in (("en-xx", 0.5798 / (400 / 480)), ("en-yy", 0.4202 / (80 / 480))):
            if r.get(f"samples_{pair}"):                  # a pair's weight is logged where it trained
                assert r[f"weight_{pair}"] == pytest.approx(expected, abs=2e-3)
                seen.add(pair)
    assert seen == {"en-xx", "en-yy"}
    bad = run_cli(toy_train_args(toy_bin, str(tmp_path / "bad"), 2, "--implicit-temperature", "-1"), check=False)
    assert bad.returncode != 0 and "--implicit-temperature must be > 0" in bad.stderr and "Traceback" not in bad.stderr
