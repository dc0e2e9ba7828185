"""Checkpoint averaging (mtl_nmt.checkpoints.average_checkpoints, mtl-nmt-average) on hand-made
checkpoints: the mean by hand, the choice of the last N, and one clear error for each misuse."""
import os

import pytest
import torch

from mtl_nmt.checkpoints import average_checkpoints, interval_checkpoints
from mtl_nmt.cli import average as cli
from mtl_nmt.errors import MtlNmtError


def _save(path, weight, bias, version=2, extra=None):
    state = {"model": {"w": torch.tensor(weight), "b": torch.tensor(bias),
                       "version": torch.tensor([version])},
             "cfg": {"task": {"_name": "multilingual_scheduled"}}, "extra_state": extra or {}}
    torch.save(state, path)
    return str(path)


def test_mean_by_hand_integer_buffers_and_rest_from_the_last(tmp_path):
    a = _save(tmp_path / "a.pt", [1.0, 2.0], [0.0], version=1, extra={"step": 1})
    b = _save(tmp_path / "b.pt", [3.0, 6.0], [1.0], version=2, extra={"step": 2})
    c = _save(tmp_path / "c.pt", [5.0, 1.0], [2.0], version=3, extra={"step": 3})
    state = average_checkpoints([a, b, c])
    assert torch.allclose(state["model"]["w"], torch.tensor([3.0, 3.0]))
    assert torch.allclose(state["model"]["b"], torch.tensor([1.0]))
    assert state["model"]["version"].tolist() == [3]
    assert state["extra_state"] == {"step": 3}
    assert state["mtl_nmt_averaged_from"] == [os.path.abspath(p) for p in (a, b, c)]


def test_last_n_by_update_count_not_by_name(tmp_path):
    for epoch, updates, w in ((1, 500, 1.0), (2, 1500, 3.0), (1, 1000, 2.0), (3, 2000, 4.0)):
        _save(tmp_path / f"checkpoint_{epoch}_{updates}.pt", [w], [w])
    _save(tmp_path / "checkpoint_best.pt", [100.0], [100.0])
    assert [os.path.basename(p) for p in interval_checkpoints(str(tmp_path))] == [
        "checkpoint_1_500.pt", "checkpoint_1_1000.pt", "checkpoint_2_1500.pt", "checkpoint_3_2000.pt"]
    out = tmp_path / "avg" / "checkpoint_avg3.pt"
    cli.main([str(tmp_path), "--last", "3", "--out", str(out)])
    state = torch.load(out, map_location="cpu", weights_only=False)
    assert torch.allclose(state["model"]["w"], torch.tensor([3.0]))    # (2 + 3 + 4) / 3


def _error(argv):
    with pytest.raises(SystemExit) as e:
        cli.main(argv)
    message = str(e.value)
    assert message.startswith("mtl-nmt-average: error: ") and "\n" not in message
    return message


def test_errors_name_the_problem_and_the_fix(tmp_path):
    a = _save(tmp_path / "checkpoint_1_100.pt", [1.0], [0.0])
    assert "--keep-interval-updates 3" in _error([str(tmp_path), "--last", "3", "--out", str(tmp_path / "x.pt")])
    assert "--last N" in _error([str(tmp_path), "--out", str(tmp_path / "x.pt")])
    assert "choose another" in _error([a, "--out", str(tmp_path / "checkpoint_2_200.pt")])
    other = tmp_path / "other"
    other.mkdir()
    b = str(other / "b.pt")
    torch.save({"model": {"w": torch.tensor([1.0, 2.0]), "b": torch.tensor([0.0]), "version": torch.tensor([2])}}, b)
    assert "shape" in _error([a, b, "--out", str(tmp_path / "x.pt")])
    c = str(other / "c.pt")
    torch.save({"model": {"w": torch.tensor([1.0]), "version": torch.tensor([2])}}, c)
    assert "different parameters" in _error([a, c, "--out", str(tmp_path / "x.pt")])
    assert "does not exist" in _error([a, str(tmp_path / "missing.pt"), "--out", str(tmp_path / "x.pt")])
    torch.save({"not_model": 1}, str(other / "d.pt"))
    assert "no model parameters" in _error([str(other / "d.pt"), "--out", str(tmp_path / "x.pt")])
    with pytest.raises(MtlNmtError, match="no checkpoints"):
        average_checkpoints([])
