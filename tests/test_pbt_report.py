"""The PBT report's lineage and compute (mtl_nmt/pbt/report.py) on a hand-made population: which
member trained each interval of a model, and the population's updates as a multiple of one run."""
import pytest

from mtl_nmt.pbt.report import compute, lineage, lineage_text

PAIRS = ["en-xx", "en-yy"]
SETTINGS = {"pairs": PAIRS, "interval": 100, "intervals": 3, "metric": "loss"}


def row(interval, started_from, wx, score):
    return {"interval": interval, "num_updates": 100 * interval, "started_from": started_from, "score": score,
            "weight_en-xx": wx, "weight_en-yy": 1 - wx}


# A trains alone; B copies A after interval 1; C copies B after interval 2 (and keeps its own before).
MEMBERS = [
    {"member": "A", "rows": [row(1, "", 0.5, 7.0), row(2, "A", 0.6, 6.0), row(3, "C", 0.7, 5.5)]},
    {"member": "B", "rows": [row(1, "", 0.2, 7.5), row(2, "A", 0.3, 5.9), row(3, "B", 0.4, 5.2)]},
    {"member": "C", "rows": [row(1, "", 0.8, 7.2), row(2, "C", 0.9, 6.5), row(3, "B", 0.1, 5.1)]},
]


def test_lineage_follows_each_exploit_back_to_the_first_interval():
    chain = lineage(MEMBERS, SETTINGS, "C")
    assert [(r["member"], r["interval"]) for r in chain] == [("A", 1), ("B", 2), ("C", 3)]
    assert [r["weight_en-xx"] for r in chain] == [0.5, 0.3, 0.1]
    assert [r["num_updates"] for r in chain] == [100, 200, 300]
    assert chain[-1]["score"] == 5.1
    assert lineage_text(chain) == "A (interval 1) -> B (interval 2) -> C (interval 3)"


def test_lineage_of_a_member_that_kept_its_own_checkpoint_merges_its_stretch():
    chain = lineage(MEMBERS, SETTINGS, "B")
    assert [(r["member"], r["interval"]) for r in chain] == [("A", 1), ("B", 2), ("B", 3)]
    assert lineage_text(chain) == "A (interval 1) -> B (intervals 2-3)"
    assert lineage(MEMBERS, SETTINGS, "missing") == []


def test_compute_counts_every_member_interval_once():
    assert compute(MEMBERS, SETTINGS) == {"member_updates": 900, "runs": pytest.approx(3.0)}
    unfinished = [dict(MEMBERS[0], rows=MEMBERS[0]["rows"][:1])] + MEMBERS[1:]
    assert compute(unfinished, SETTINGS) == {"member_updates": 700, "runs": pytest.approx(7 / 3)}
