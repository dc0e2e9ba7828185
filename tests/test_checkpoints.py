"""mtl_nmt.checkpoints, the one checkpoint reader: clear one-line errors for missing, truncated and
corrupt files (reader, mtl-nmt-eval, mtl-nmt-export-ct2, fairseq-train resuming), and the parts of a
checkpoint mtl-nmt reads."""
import argparse
import os

import pytest
import torch

from conftest import run_cli, toy_train_args
from mtl_nmt.checkpoints import (adatask_state, check_readable, last_pair_metrics, model_config, read_checkpoint,
                                 sampler_state, task_config)
from mtl_nmt.errors import MtlNmtError

SAMPLER = {"last_metrics": {"loss": {"en-xx": 5.5, "en-yy": 7.25}}, "num_updates": 12}


def fake_checkpoint(path, **extra):
    state = {"cfg": {"task": {"_name": "multilingual_scheduled", "lang_pairs": "en-xx,en-yy"},
                     "model": argparse.Namespace(arch="transformer", encoder_layers=1)},
             "model": {"w": torch.arange(2000, dtype=torch.float32)},
             "extra_state": {"train_iterator": {"epoch": 1, "mtl_sampler": SAMPLER}}, **extra}
    torch.save(state, path)
    return path


def truncated(tmp_path, name="checkpoint_last.pt", keep=0.5):
    full = fake_checkpoint(str(tmp_path / "full.pt"))
    data = open(full, "rb").read()
    path = str(tmp_path / name)
    with open(path, "wb") as f:
        f.write(data[:int(len(data) * keep)])
    return path


def test_reads_every_part(tmp_path):
    state = read_checkpoint(fake_checkpoint(str(tmp_path / "c.pt")))
    assert task_config(state) == {"_name": "multilingual_scheduled", "lang_pairs": "en-xx,en-yy"}
    assert model_config(state).encoder_layers == 1 and model_config(state).arch == "transformer"
    assert sampler_state(state) == SAMPLER
    assert last_pair_metrics(state, "loss") == {"en-xx": 5.5, "en-yy": 7.25}
    assert last_pair_metrics(state, "bleu") is None and adatask_state(state) is None


def test_legacy_args_omegaconf_and_adatask(tmp_path):
    from omegaconf import OmegaConf

    legacy = {"args": argparse.Namespace(task="translation_multi_simple_epoch", lang_pairs="a-b", arch="x")}
    assert task_config(legacy)["_name"] == "translation_multi_simple_epoch" and model_config(legacy).arch == "x"
    hydra = {"cfg": OmegaConf.create({"task": {"_name": "multilingual_scheduled", "lang_pairs": ["a-b", "a-c"]},
                                      "model": {"_name": "transformer"}})}
    assert task_config(hydra)["lang_pairs"] == ["a-b", "a-c"] and model_config(hydra)._name == "transformer"
    assert task_config({}) is None and model_config({}) is None and sampler_state({}) is None
    groups = [{"num_tasks": 2, "task_groups": [0, 1], "params": [0]}]
    assert adatask_state({"last_optimizer_state": {"state": {}, "param_groups": groups}})["param_groups"] == groups
    assert adatask_state({"last_optimizer_state": {"state": {}, "param_groups": [{"params": [0]}]}}) is None


@pytest.mark.parametrize("keep", [0.0, 0.002, 0.5, 0.999])
def test_truncated_or_empty_is_one_clear_error(tmp_path, keep):
    path = truncated(tmp_path, keep=keep)
    fake_checkpoint(str(tmp_path / "checkpoint_1_300.pt"))
    for read in (check_readable, read_checkpoint):
        with pytest.raises(MtlNmtError) as e:
            read(path)
        message = str(e.value)
        assert "\n" not in message and path in message and "truncated or corrupt" in message
        assert "checkpoint_1_300.pt" in message and "--restore-file" in message


def test_missing_garbage_and_not_a_dict(tmp_path):
    with pytest.raises(MtlNmtError, match="does not exist"):
        read_checkpoint(str(tmp_path / "nope.pt"))
    garbage = tmp_path / "garbage.pt"
    garbage.write_bytes(b"\x80\x02not a pickle at all" * 10)
    check_readable(str(garbage))  # not torch's zip format: only the size is checked cheaply
    with pytest.raises(MtlNmtError, match="truncated or corrupt"):
        read_checkpoint(str(garbage))
    torch.save([1, 2], str(tmp_path / "list.pt"))
    with pytest.raises(MtlNmtError, match="not a fairseq checkpoint"):
        read_checkpoint(str(tmp_path / "list.pt"))


def test_eval_and_export_say_which_checkpoint_is_truncated(tmp_path):
    from mtl_nmt.cli import evaluate, export_ct2

    path = truncated(tmp_path)
    with pytest.raises(SystemExit) as e:
        evaluate.main(["--data-bin", str(tmp_path), "--raw-dir", str(tmp_path), "--checkpoint", path])
    assert str(e.value.code).startswith(f"mtl-nmt-eval: error: checkpoint {path} is truncated or corrupt")
    with pytest.raises(SystemExit) as e:
        export_ct2.main(["--checkpoint", path, "--data-bin", str(tmp_path), "--out-dir", str(tmp_path / "ct2")])
    assert str(e.value.code).startswith(f"mtl-nmt-export-ct2: error: checkpoint {path} is truncated or corrupt")


def test_resuming_from_a_truncated_checkpoint_is_one_line(toy_bin, tmp_path):
    """fairseq-train finds save_dir/checkpoint_last.pt cut short (a run killed while saving)."""
    save = tmp_path / "save"
    os.makedirs(save)
    path = truncated(save, keep=0.6)
    proc = run_cli(toy_train_args(toy_bin, str(save), 4), check=False)
    assert proc.returncode != 0 and "Traceback" not in proc.stderr, proc.stderr[-3000:]
    errors = [line for line in proc.stderr.splitlines() if line.startswith("mtl-nmt: error:")]
    assert len(errors) == 1 and f"checkpoint {path} is truncated or corrupt" in errors[0]
