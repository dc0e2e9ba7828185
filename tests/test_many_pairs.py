"""bench/many_pairs.py: its data builder and one measured run at K=4 (3 updates), and the ratio and
growth arithmetic of its report."""
import json
import os
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "bench"))
import many_pairs  # noqa: E402

FIELDS = ("startup_s", "begin_s", "peak_rss_mb", "wps", "words_per_update", "valid_s", "ckpt_mb", "opt_state_mb")


def test_pair_sizes_are_geometric_and_skewed():
    sizes = many_pairs.pair_sizes(4, 2000, 50)
    assert sizes[0] == 2000 and sizes[-1] == 50
    ratios = [a / b for a, b in zip(sizes, sizes[1:])]
    assert all(r == pytest.approx(ratios[0], rel=0.01) for r in ratios) and ratios[0] > 3
    assert many_pairs.target_languages(3) == ["x000", "x001", "x002"]


def test_ratios_and_growth_per_added_pair():
    base = {"startup_s": 2.0, "peak_rss_mb": 100.0, "wps": 1000.0, "valid_s": 1.0, "ckpt_mb": 4.0}
    runs = [dict(base, k=8, variant="fairseq"), dict(base, k=8, variant="mixed", wps=900.0),
            dict(base, k=16, variant="fairseq", startup_s=3.0), dict(base, k=16, variant="mixed", startup_s=6.0),
            dict(base, k=32, variant="mixed", startup_s=14.0)]
    many_pairs.add_ratios(runs)
    assert runs[1]["ratio"]["wps"] == pytest.approx(0.9)
    assert runs[3]["ratio"]["startup_s"] == pytest.approx(2.0)
    assert "ratio" not in runs[4]  # no fairseq run at K=32
    g = many_pairs.growth(runs)
    assert g["mixed"]["startup_s"] == pytest.approx([4.0 / 8, 8.0 / 16])
    assert g["fairseq"]["startup_s"] == pytest.approx([1.0 / 8])


def test_builds_k4_and_measures_one_variant(tmp_path):
    out_json, out_txt = str(tmp_path / "mp.json"), str(tmp_path / "mp.txt")
    many_pairs.main(["--k", "4", "--updates", "3", "--variants", "mixed", "--adatask-updates", "0", "--largest", "200",
                     "--smallest", "50", "--valid", "8", "--vocab-size", "300", "--work-dir", str(tmp_path / "w"),
                     "--json", out_json, "--out", out_txt])
    raw = tmp_path / "w" / "k4" / "raw"
    assert sorted(os.listdir(raw))[:2] == ["train.en-x000.en", "train.en-x000.x000"]
    with open(raw / "train.en-x003.x003") as f:
        assert len(f.read().splitlines()) == 50
    with open(out_json) as f:
        report = json.load(f)
    assert report["data"]["4"]["sizes"] == [200, 126, 79, 50] and report["data"]["4"]["prepare_s"] > 0
    (run,) = report["runs"]
    assert (run["k"], run["variant"], run["updates"]) == (4, "mixed", 3)
    for field in FIELDS:
        assert run[field] > 0, field
    assert run["startup_s"] >= run["begin_s"] and run["peak_rss_mb"] > 100
    with open(out_txt) as f:
        table = f.read()
    assert "   4 mixed" in table and "words/s" in table and "mtl-nmt-prepare" in table
