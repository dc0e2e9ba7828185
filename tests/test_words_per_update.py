"""--batch-order source packs like fairseq: words per update on real batches (a slice of data/lohelp).

bench/words_per_update.py measures the same on the whole corpus and at T > 1."""
import importlib.util
import os

import pytest

from conftest import ROOT, run_cli

_spec = importlib.util.spec_from_file_location("words_per_update", os.path.join(ROOT, "bench", "words_per_update.py"))
wpu = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(wpu)

SLICE = {"en-de": 6000, "en-fr": 6000, "en-fi": 3000, "en-hi": 1000}  # real sentences, real lengths


@pytest.fixture(scope="module")
def lohelp_slice(tmp_path_factory):
    raw, out = tmp_path_factory.mktemp("lohelp_raw"), tmp_path_factory.mktemp("lohelp_bin")
    for pair, n in SLICE.items():
        for lang in pair.split("-"):
            with open(os.path.join(ROOT, "data", "lohelp", f"train.{pair}.{lang}"), encoding="utf-8") as f:
                lines = [next(f) for _ in range(n)]
            (raw / f"train.{pair}.{lang}").write_text("".join(lines), encoding="utf-8")
    run_cli(["mtl-nmt-prepare", "--raw-dir", str(raw), "--out-dir", str(out), "--splits", "train",
             "--vocab-size", "2000", "--workers", "1"])
    return str(out)


def test_source_order_gives_fairseqs_words_per_update_and_longer_packs_more(lohelp_slice):
    pairs = ",".join(SLICE)
    words = {name: wpu.summary(wpu.epoch_batch_sizes(lohelp_slice, pairs, task, 1, 2000, extra))[1]
             for name, task, extra in wpu.SYSTEMS}
    assert abs(words["ours source"] / words["fairseq"] - 1) < 0.01, words
    assert words["ours longer"] > words["fairseq"] * 1.01, words


def test_micro_batches_count_their_words_per_update(lohelp_slice):
    """One pair per micro-batch: K micro-batches of N tokens make an update, so words per update are
    K times the mean words of a micro-batch (the row bench/words_per_update.py --micro-batches adds)."""
    pairs = ",".join(SLICE)
    name, task, tokens, extra, freq = wpu.systems(2000, micro_batches=4, micro_tokens=500)[-1]
    assert (task, tokens, extra, freq) == (wpu.OURS, 500, ("--homogeneous-batches",), 4)
    batches = wpu.epoch_batch_sizes(lohelp_slice, pairs, task, 1, tokens, extra)
    per_batch = sum(int(b[:, 1].sum()) for b in batches) / len(batches)
    n, per_update, padding = wpu.summary(batches, freq)
    assert n == len(batches) and per_update == pytest.approx(4 * per_batch)
    assert all(len(b) * int(b.max()) <= 500 for b in batches)  # fairseq's padded token budget
    # one pair per batch pads less than fairseq's mixed batches (data/lohelp: 1.3% against 5.9%)
    assert padding < wpu.summary(wpu.epoch_batch_sizes(lohelp_slice, pairs, wpu.FAIRSEQ, 1, 2000))[2]
    assert wpu.systems(2000, micro_batches=4)[-1][2] == 500 and len(wpu.systems(2000)) == 3


def test_negative_micro_batches_fail_in_one_line(capsys):
    with pytest.raises(SystemExit):
        wpu.main(["--micro-batches", "-4"])
    assert "give 0 or more" in capsys.readouterr().err
