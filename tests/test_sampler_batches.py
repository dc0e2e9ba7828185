"""The sentences real fairseq-train batches hold (MTL_NMT_TRACE_BATCHES): no sentence twice in a
batch in any sampling mode, epoch-exhaustive order within a pair, frequencies that follow the
schedule, and a resumed run that trains on exactly the same sentences."""
import numpy as np
import pytest

from conftest import run_cli, toy_train_args
from mtl_nmt.sampling.temperature import temperature_probs

SIZES = [400, 80]  # toy corpus: en-xx, en-yy


def traced_batches(toy_bin, save_dir, trace, max_update, *opts):
    """[(update, pair ids, sentence keys)] of every micro-batch of a short toy run; a sentence's key
    is its position in the concatenation en-xx, en-yy (0..399 en-xx, 400..479 en-yy)."""
    run_cli(toy_train_args(toy_bin, save_dir, max_update, "--disable-validation", *opts),
            env={"MTL_NMT_TRACE_BATCHES": trace})
    out = []
    for line in open(f"{trace}.rank0", encoding="utf-8").read().splitlines():
        update, pairs, _, ids = line.split("\t")
        keys = [x.split(":") for x in ids.split(",")]
        out.append((int(update), pairs, np.array([int(i) + (SIZES[0] if t == "1" else 0) for t, i in keys])))
    return out


def pair_of(ids):
    return (ids >= SIZES[0]).astype(int)


MODES = {
    "T1": ("--sampling-method", "temperature", "--sampling-temperature", "1"),
    "T5": ("--sampling-method", "temperature", "--sampling-temperature", "5"),
    "heating": ("--sampling-method", "heating", "--heating-start-temperature", "1",
                "--heating-end-temperature", "5", "--heating-updates", "20"),
    "T5-homogeneous": ("--sampling-method", "temperature", "--sampling-temperature", "5", "--homogeneous-batches"),
}


@pytest.mark.parametrize("mode", sorted(MODES))
def test_real_batches_hold_no_sentence_twice_and_cover_each_pair_evenly(toy_bin, tmp_path, mode):
    batches = traced_batches(toy_bin, str(tmp_path / "ck"), str(tmp_path / "trace"), 40,
                             "--no-save", "--resample-interval", "5", *MODES[mode])
    assert len(batches) == 40
    seen = np.zeros(sum(SIZES), dtype=np.int64)
    for update, pairs, ids in batches:
        assert len(np.unique(ids)) == len(ids), f"update {update} trains a sentence twice"
        assert set(pairs.split(",")) == {str(p) for p in np.unique(pair_of(ids))}
        np.add.at(seen, ids, 1)
    # epoch-exhaustive: within a pair, every sentence is trained on about as often as any other
    # (+3: a pool holds several copies of an upsampled en-yy sentence, trained in random order, and
    # the run stops part-way through a pool)
    for lo, hi in ((0, SIZES[0]), (SIZES[0], sum(SIZES))):
        assert seen[lo:hi].max() - seen[lo:hi].min() <= 4, (lo, np.bincount(seen[lo:hi]))
    if mode.startswith("T5"):
        share = seen[SIZES[0]:].sum() / seen.sum()
        assert share == pytest.approx(temperature_probs(SIZES, 5)[1], abs=0.06)
        assert seen[SIZES[0]:].min() >= 2             # en-yy is upsampled: every sentence several times


@pytest.mark.parametrize("mode", ["T5", "T5-homogeneous"])
def test_resume_mid_epoch_trains_on_the_same_sentences(toy_bin, tmp_path, mode):
    opts = ("--resample-interval", "4", "--save-interval-updates", "7", *MODES[mode])
    straight = traced_batches(toy_bin, str(tmp_path / "a"), str(tmp_path / "ta"), 30, *opts)
    traced_batches(toy_bin, str(tmp_path / "b"), str(tmp_path / "tb"), 14, *opts)
    resumed = [b for b in traced_batches(toy_bin, str(tmp_path / "b"), str(tmp_path / "tb"), 30, *opts)
               if b[0] >= 14]
    after = [b for b in straight if b[0] >= 14]
    assert len(after) == len(resumed) == 16
    for (u1, _, ids1), (u2, _, ids2) in zip(after, resumed):
        assert u1 == u2 and np.array_equal(ids1, ids2), f"update {u1} differs after resume"
