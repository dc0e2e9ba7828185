"""The shared per-pair bookkeeping: pair ids through reordering collaters, splits, per-pair metrics."""
import math

import pytest
import torch

from mtl_nmt.errors import MtlNmtError
from mtl_nmt.pairs import (PairSpace, add_pair_stats, collate_with_pair_ids, log_pair_losses, pair_counts,
                           split_by_pair, sum_pair_stat)


def length_sorting_collate(samples):
    """Like LanguagePairDataset.collater: sorts sentences by source length, longest first."""
    order = sorted(range(len(samples)), key=lambda j: -len(samples[j]["source"]))
    width = max(len(s["source"]) for s in samples)
    src = torch.full((len(samples), width), 1, dtype=torch.long)
    for row, j in enumerate(order):
        src[row, : len(samples[j]["source"])] = torch.tensor(samples[j]["source"])
    return {"id": torch.tensor([samples[j]["id"] for j in order]), "net_input": {"src_tokens": src},
            "target": src.clone(), "nsentences": len(samples)}


def test_pair_ids_follow_the_collaters_reordering_even_with_colliding_ids():
    # Two pairs' datasets both have a sentence with local id 0: ids alone can't tell them apart.
    samples = [{"id": 0, "source": [5, 6]}, {"id": 0, "source": [7, 8, 9, 10]}, {"id": 3, "source": [11, 12, 13]}]
    batch = collate_with_pair_ids(samples, [1, 0, 1], length_sorting_collate)
    assert batch["id"].tolist() == [0, 3, 0]
    assert batch["pair_ids"].tolist() == [0, 1, 1]
    assert batch["net_input"]["src_tokens"][0, :4].tolist() == [7, 8, 9, 10]


def test_pair_ids_for_sampled_dataset_items():
    samples = [(2, {"id": 4, "source": [1]}), (0, {"id": 4, "source": [1, 2, 3]})]
    batch = collate_with_pair_ids(samples, [2, 0], lambda ss: length_sorting_collate([s for _, s in ss]))
    assert batch["pair_ids"].tolist() == [0, 2]
    assert batch["id"].tolist() == [4, 4]


def test_split_by_pair_recounts_tokens_and_sentences():
    target = torch.tensor([[4, 5, 1], [6, 1, 1], [7, 8, 9]])
    sample = {"id": torch.arange(3), "pair_ids": torch.tensor([1, 0, 1]), "target": target,
              "net_input": {"src_tokens": target.clone(), "src_lengths": torch.tensor([2, 1, 3])},
              "nsentences": 3, "ntokens": 6}
    parts = dict(split_by_pair(sample, pad=1))
    assert sorted(parts) == [0, 1]
    assert parts[1]["nsentences"] == 2 and parts[1]["ntokens"] == 5
    assert parts[0]["ntokens"] == 1 and parts[0]["id"].tolist() == [1]
    assert parts[1]["net_input"]["src_lengths"].tolist() == [2, 3]


def test_single_pair_batch_is_not_copied():
    sample = {"pair_ids": torch.tensor([2, 2]), "target": torch.ones(2, 2)}
    [(pid, sub)] = list(split_by_pair(sample, pad=1))
    assert pid == 2 and sub is sample


def test_pair_space_errors_and_keys():
    space = PairSpace(["en-de", "en-fr"])
    assert space.index("main:en-fr") == 1
    with pytest.raises(MtlNmtError, match="unknown language pair 'en-xx'"):
        space.index("en-xx")
    with pytest.raises(MtlNmtError, match="duplicate"):
        PairSpace(["en-de", "en-de"])


class Recorder:
    def __init__(self):
        self.values = {}

    def log_scalar(self, key, value, weight, round=None):
        self.values[key] = (value, weight)


def test_per_pair_losses_are_ratios_of_sums_in_bits():
    out1, out2 = {}, {}
    add_pair_stats(out1, 0, {"loss": 6.0, "nll_loss": 4.0, "ntokens": 3, "sample_size": 3}, 2)
    add_pair_stats(out2, 0, {"loss": 2.0, "nll_loss": 2.0, "ntokens": 1, "sample_size": 1}, 2)
    add_pair_stats(out2, 1, {"loss": 5.0, "nll_loss": 5.0, "ntokens": 5, "sample_size": 5}, 2)
    assert sum_pair_stat([out1, out2], "ntokens").tolist() == [4.0, 5.0]
    rec = Recorder()
    log_pair_losses([out1, out2], ["en-de", "en-fr"], rec)
    assert rec.values["loss_en-de"][0] == pytest.approx(8.0 / 4 / math.log(2))
    assert rec.values["loss_en-de"][1] == 4.0
    assert rec.values["nll_loss_en-de"][0] == pytest.approx(6.0 / 4 / math.log(2))
    assert rec.values["loss_en-fr"][0] == pytest.approx(1.0 / math.log(2))


def test_absent_pair_logs_nothing_and_counts_are_per_pair():
    out = {}
    add_pair_stats(out, 1, {"loss": 1.0, "sample_size": 1}, 3)
    rec = Recorder()
    log_pair_losses([out], ["a-b", "a-c", "a-d"], rec)
    assert set(rec.values) == {"loss_a-c"}
    assert pair_counts(torch.tensor([2, 0, 2]), 3).tolist() == [1.0, 0.0, 2.0]
