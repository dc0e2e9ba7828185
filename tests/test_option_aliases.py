"""Options renamed from "task" to "pair" (a pair is a language pair; the task is fairseq's): the old
spellings --task-weights and --task-lr-scales stay as deprecated aliases that give the same run, and
the per-pair LR scaler reaches the task through :func:`pair_lr_scaler`, not an optimizer attribute."""
import argparse
import json

import pytest

from conftest import build_trainer
from mtl_nmt.errors import MtlNmtError
from mtl_nmt.lr_scheduler.task_scaled import pair_lr_scaler

SCALED = ("--lr-scheduler", "task_scaled", "--base-lr-scheduler", "fixed", "--sampling-method", "uniform",
          "--homogeneous-batches", "--criterion", "mtl_label_smoothed_cross_entropy")


def help_of(config) -> str:
    from fairseq.dataclass.utils import gen_parser_from_dataclass

    parser = argparse.ArgumentParser()
    gen_parser_from_dataclass(parser, config())
    return " ".join(parser.format_help().split())


def test_old_spellings_are_listed_as_deprecated_aliases():
    from mtl_nmt.criterions.mtl_label_smoothed_cross_entropy import MtlLabelSmoothedCrossEntropyConfig
    from mtl_nmt.lr_scheduler.task_scaled import TaskScaledLRScheduleConfig

    criterion, scheduler = help_of(MtlLabelSmoothedCrossEntropyConfig), help_of(TaskScaledLRScheduleConfig)
    assert "--pair-weights PAIR_WEIGHTS scalarization weights" in criterion
    assert "--task-weights TASK_WEIGHTS deprecated alias of --pair-weights" in criterion
    assert "--pair-lr-scales PAIR_LR_SCALES 'adaptive'" in scheduler
    assert "--task-lr-scales TASK_LR_SCALES deprecated alias of --pair-lr-scales" in scheduler


@pytest.fixture
def files(tmp_path):
    weights, scales = tmp_path / "w.json", tmp_path / "s.json"
    weights.write_text(json.dumps({"en-xx": 1, "en-yy": 3}))
    scales.write_text(json.dumps({"en-xx": 2.0, "en-yy": 0.5}))
    return str(weights), str(scales)


def run_config(toy_bin, save_dir, *options):
    """What a run does with its per-pair options: the criterion's multipliers, the scheduler's source
    of scales (and the trainer)."""
    trainer, _ = build_trainer(toy_bin, save_dir, *SCALED, *options)
    multipliers = trainer.criterion.multipliers
    return None if multipliers is None else multipliers.tolist(), trainer.lr_scheduler.source, trainer


def test_both_spellings_give_the_same_run(toy_bin, tmp_path, files):
    weights, scales = files
    new = run_config(toy_bin, str(tmp_path / "new"), "--pair-weights", weights, "--pair-lr-scales", scales)
    old = run_config(toy_bin, str(tmp_path / "old"), "--task-weights", weights, "--task-lr-scales", scales)
    assert new[:2] == old[:2] == ([0.5, 1.5], scales)
    assert old[2].lr_scheduler.scales(old[2].task.pair_space.names, None).tolist() == [2.0, 0.5]
    both = run_config(toy_bin, str(tmp_path / "both"), "--pair-weights", weights, "--task-weights", weights)
    assert both[:2] == (new[0], "adaptive")


def test_the_two_spellings_with_different_values_are_one_clear_error(toy_bin, tmp_path, files):
    weights, scales = files
    with pytest.raises(MtlNmtError, match="--task-weights .* and --pair-weights .* disagree: give only --pair-weights"):
        build_trainer(toy_bin, str(tmp_path / "a"), *SCALED, "--pair-weights", "uniform", "--task-weights", weights)
    with pytest.raises(MtlNmtError, match="disagree: give only --pair-lr-scales"):
        build_trainer(toy_bin, str(tmp_path / "b"), *SCALED, "--pair-lr-scales", scales, "--task-lr-scales",
                      weights)[0].lr_scheduler  # fairseq builds the scheduler when it is first asked for


def test_the_task_gets_the_lr_scaler_of_its_optimizer(toy_bin, tmp_path, files):
    _, scales = files
    *_, trainer = run_config(toy_bin, str(tmp_path / "s"), "--pair-lr-scales", scales)
    assert pair_lr_scaler(trainer.optimizer) is trainer.lr_scheduler
    plain, _ = build_trainer(toy_bin, str(tmp_path / "p"), "--lr-scheduler", "fixed")
    assert plain.lr_scheduler is not None and pair_lr_scaler(plain.optimizer) is None
