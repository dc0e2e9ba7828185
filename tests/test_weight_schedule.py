"""Scheduled scalarization weights (mtl_nmt/losses/weight_schedule.py; Jaderberg et al. 2017, §3: a
PBT schedule replayed in one run): stage lookup by hand, file errors, and a fairseq-train run whose
logged per-pair multipliers switch at the stage end, straight and resumed across it."""
import numpy as np
import pytest

from conftest import by_update, straight_and_resumed
from mtl_nmt.errors import MtlNmtError
from mtl_nmt.losses.weight_schedule import load_weight_schedule, stage_index

PAIRS = ["en-xx", "en-yy"]


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_stages_hold_up_to_their_end_and_the_last_stays(tmp_path):
    # mtl-nmt-pbt's lineage.csv, extra columns ignored; weights normalised per row
    spec = write(tmp_path / "lineage.csv", "interval,num_updates,member,score,weight_en-xx,weight_en-yy\n"
                                           "1,4,member_00001,7.1,1,3\n2,8,member_00000,6.5,0.5,0.5\n")
    ends, weights = load_weight_schedule(spec, PAIRS)
    assert ends.tolist() == [4, 8]
    assert weights.tolist() == [[0.25, 0.75], [0.5, 0.5]]
    assert [stage_index(ends, u) for u in (0, 3, 4, 7, 8, 1000)] == [0, 0, 1, 1, 1, 1]


def test_uniform_and_json_weights_are_one_stage(tmp_path):
    ends, weights = load_weight_schedule("uniform", PAIRS)
    assert ends.tolist() == [np.inf] and weights.tolist() == [[0.5, 0.5]]
    ends, weights = load_weight_schedule(write(tmp_path / "w.json", '{"en-xx": 3, "en-yy": 1}'), PAIRS)
    assert weights.tolist() == [[0.75, 0.25]] and stage_index(ends, 10 ** 9) == 0


@pytest.mark.parametrize("text, message", [
    ("num_updates,weight_en-xx\n4,1\n", "missing: weight_en-yy"),
    ("", "missing: num_updates, weight_en-xx, weight_en-yy"),
    ("num_updates,weight_en-xx,weight_en-yy\n8,1,1\n4,1,1\n", "must be positive and increase"),
    ("num_updates,weight_en-xx,weight_en-yy\n0,1,1\n", "must be positive and increase"),
    ("num_updates,weight_en-xx,weight_en-yy\n4,one,1\n", "not a number"),
    ("num_updates,weight_en-xx,weight_en-yy\n4,-1,1\n", "row 1"),
])
def test_bad_schedules_are_one_clear_error(tmp_path, text, message):
    with pytest.raises(MtlNmtError, match=message):
        load_weight_schedule(write(tmp_path / "s.csv", text), PAIRS)


def test_a_missing_schedule_is_named(tmp_path):
    with pytest.raises(MtlNmtError, match="does not exist"):
        load_weight_schedule(str(tmp_path / "missing.csv"), PAIRS)


def test_fairseq_train_switches_the_multipliers_at_the_stage_end_also_when_resumed(toy_bin, tmp_path):
    # K·w: 1.6 / 0.4 for updates 1-3, 0.4 / 1.6 from update 4 on (the stage ends at update index 3)
    spec = write(tmp_path / "schedule.csv", "num_updates,weight_en-xx,weight_en-yy\n3,0.8,0.2\n6,0.2,0.8\n")
    opts = ["--criterion", "mtl_label_smoothed_cross_entropy", "--pair-weights", spec, "--log-interval", "1",
            "--save-interval-updates", "3"]
    straight, resumed = straight_and_resumed(toy_bin, tmp_path, 6, 3, opts)
    for log, updates in ((straight, range(1, 7)), (resumed, range(4, 7))):
        records = by_update(log, "train_inner")
        assert sorted(records) == list(updates)
        for u in updates:
            expected = (1.6, 0.4) if u <= 3 else (0.4, 1.6)
            assert (records[u]["weight_en-xx"], records[u]["weight_en-yy"]) == pytest.approx(expected, abs=1e-3)
