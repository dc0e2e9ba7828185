"""Sampling schedules against hand-computed values; plans' realized frequencies; exact state."""
import json
import math

import numpy as np
import pytest

from mtl_nmt.errors import MtlNmtError
from mtl_nmt.sampling.adaptive import adaptive_probs, floor_probs, relative_performance
from mtl_nmt.sampling.heating import heating_temperature
from mtl_nmt.sampling.sampler import ScheduledSampler
from mtl_nmt.sampling.schedule import AdaptiveSchedule, HeatingSchedule, StaticSchedule
from mtl_nmt.sampling.temperature import proportional_probs, temperature_probs, uniform_probs
from mtl_nmt.sampling.weights import load_pair_values, normalise_weights


@pytest.mark.parametrize("shape,k,expected", [
    ("linear", 0, 1.0), ("linear", 50, 3.0), ("linear", 100, 5.0), ("linear", 250, 5.0),
    ("cosine", 50, 3.0), ("cosine", 25, 1 + 4 * (1 - math.cos(math.pi / 4)) / 2), ("cosine", 100, 5.0),
    ("step", 24, 1.0), ("step", 25, 2.0), ("step", 99, 4.0), ("step", 100, 5.0),
])
def test_heating_values(shape, k, expected):
    assert heating_temperature(k, 1.0, 5.0, 100, shape, steps=4) == pytest.approx(expected)


def test_heating_errors():
    with pytest.raises(MtlNmtError, match="must be > 0"):
        heating_temperature(0, 0.0, 5.0, 10)
    with pytest.raises(MtlNmtError, match="unknown heating shape"):
        heating_temperature(0, 1.0, 5.0, 10, "zigzag")


def test_static_probabilities():
    assert uniform_probs([10, 0, 30]).tolist() == [0.5, 0.0, 0.5]
    assert proportional_probs([10, 30]).tolist() == [0.25, 0.75]
    assert normalise_weights([2, 6]).tolist() == [0.25, 0.75]
    with pytest.raises(MtlNmtError, match="positive sum"):
        normalise_weights([0, 0])


def test_adaptive_hand_computed():
    # loss: r = b / s = [2, 1]; alpha 1: w ∝ [1/2, 1] -> [1/3, 2/3]
    assert relative_performance([1, 4], [2, 4], "loss").tolist() == [2.0, 1.0]
    p = adaptive_probs([1, 4], [2, 4], "loss", 1.0, explicit=[0.8, 0.2])
    assert p == pytest.approx([1 / 3, 2 / 3])
    # mix gamma 0.5 toward the explicit schedule
    p = adaptive_probs([1, 4], [2, 4], "loss", 1.0, explicit=[0.8, 0.2], mix=0.5)
    assert p == pytest.approx([0.5 / 3 + 0.4, 1 / 3 + 0.1])
    # bleu: r = s / b = [0.5, 1]; alpha 2: w ∝ [4, 1]
    p = adaptive_probs([10, 20], [20, 20], "bleu", 2.0, explicit=[0.5, 0.5])
    assert p == pytest.approx([0.8, 0.2])
    # smoothing beta 0.5 with previous [0.5, 0.5]
    p = adaptive_probs([10, 20], [20, 20], "bleu", 2.0, explicit=[0.5, 0.5], previous=[0.5, 0.5], smoothing=0.5)
    assert p == pytest.approx([0.65, 0.35])
    assert floor_probs([0.9, 0.1, 0.0], 0.1) == pytest.approx([0.73, 0.17, 0.1])


def test_adaptive_errors():
    with pytest.raises(MtlNmtError, match="min-sampling-prob"):
        floor_probs([0.5, 0.5], 0.5)
    with pytest.raises(MtlNmtError, match="adaptive-mix"):
        adaptive_probs([1], [1], "loss", 1.0, [1.0], mix=2)
    with pytest.raises(MtlNmtError, match="BLEU baselines must be > 0"):
        relative_performance([1], [0], "bleu")


def test_pair_value_files(tmp_path):
    f = tmp_path / "b.json"
    f.write_text(json.dumps({"main:en-de": 20.5, "en-hi": 3}))
    assert load_pair_values(str(f), ["en-de", "en-hi"], "adaptive baselines") == {"en-de": 20.5, "en-hi": 3.0}
    with pytest.raises(MtlNmtError, match="no value for pair.*en-fr"):
        load_pair_values(str(f), ["en-de", "en-fr"], "adaptive baselines")
    f.write_text("{not json")
    with pytest.raises(MtlNmtError, match="not valid JSON"):
        load_pair_values(str(f), ["en-de"], "sampling weights")
    with pytest.raises(MtlNmtError, match="does not exist"):
        load_pair_values(str(tmp_path / "nope.json"), ["en-de"], "sampling weights")


def test_adaptive_schedule_observes_and_restores():
    s = AdaptiveSchedule(["a-b", "a-c"], [300, 100], metric="loss", alpha=1.0, explicit_temperature=1.0)
    assert s.probs(0) == pytest.approx([0.75, 0.25])
    s.observe(100, {"loss": {"a-b": 4.0, "a-c": 4.0}})          # first validation: baselines
    assert s.probs(100) == pytest.approx([0.5, 0.5])
    s.observe(200, {"loss": {"a-b": 2.0, "a-c": 4.0}})          # a-b halved its loss: r = [2, 1]
    assert s.probs(200) == pytest.approx([1 / 3, 2 / 3])
    t = AdaptiveSchedule(["a-b", "a-c"], [300, 100], metric="loss", alpha=1.0, explicit_temperature=1.0)
    t.load_state_dict(json.loads(json.dumps(s.state_dict())))
    assert t.probs(300) == pytest.approx(s.probs(300)) and t.baselines == [4.0, 4.0]
    with pytest.raises(MtlNmtError, match="sampler state is for"):
        StaticSchedule(["a-b", "a-c"], [1, 1], "uniform").load_state_dict(s.state_dict())


def test_heating_schedule_matches_temperature_formula():
    s = HeatingSchedule(["a-b", "a-c"], [900, 100], 1.0, 5.0, 100)
    assert s.probs(0) == pytest.approx([0.9, 0.1])
    assert s.probs(50) == pytest.approx(temperature_probs([900, 100], 3.0))
    assert s.probs(1000) == pytest.approx(temperature_probs([900, 100], 5.0))


def test_sampler_records_block_probabilities_for_exact_resume():
    sched = HeatingSchedule(["a-b", "a-c"], [900, 100], 1.0, 5.0, 100)
    sampler = ScheduledSampler(sched, updates_per_block=10)
    sampler.set_update(40)
    p2, streams = sampler.block(epoch=3, block=2, kind="sentences", sizes=[900, 100])   # update 40 + 2 * 10
    assert p2 == pytest.approx(sched.probs(60))
    first = streams.take(1, 150)
    state = json.loads(json.dumps(sampler.state_dict()))          # the state survives JSON (and torch.load)
    other = ScheduledSampler(HeatingSchedule(["a-b", "a-c"], [900, 100], 1.0, 5.0, 100), 10)
    other.load_state_dict(state)
    other.set_update(999)                                           # recorded epochs keep their start
    again, streams2 = other.block(3, 2, "sentences", [900, 100])
    assert again == pytest.approx(p2)
    assert (streams2.take(1, 150) == first).all()                   # same sentences as the first time
    assert other.block(3, 3, "sentences", [900, 100])[0] == pytest.approx(sched.probs(70))


def test_the_clock_counts_updates_done_at_an_epoch_boundary():
    """After update 9 is trained (10 done), the next epoch's first block is heating's at update 10,
    not 9, and a validation after it is observed at 10."""
    sched = HeatingSchedule(["a-b", "a-c"], [900, 100], 1.0, 5.0, 100)
    sampler = ScheduledSampler(sched, updates_per_block=10)
    sampler.block(1, 0, "sentences", [900, 100])
    for update in range(10):
        sampler.set_update(update)
        sampler.finish_update(update)
    assert sampler.num_updates == 10
    probs, _ = sampler.block(2, 0, "sentences", [900, 100])
    assert sampler.epochs[2]["start_update"] == 10 and probs == pytest.approx(sched.probs(10))
    assert sched.probs(10)[1] != pytest.approx(sched.probs(9)[1])


def test_validation_sums_reach_the_schedule_before_the_next_block():
    sched = AdaptiveSchedule(["a-b", "a-c"], [900, 100], metric="loss", baselines={"a-b": 2.0, "a-c": 2.0})
    sampler = ScheduledSampler(sched, updates_per_block=10)
    before = sampler.current_probs()
    ln2 = np.log(2)
    sampler.add_validation({"loss": np.array([1.0, 3.0]) * ln2, "sample_size": np.array([1.0, 1.0])})
    after = sampler.current_probs()
    assert sampler.last_metrics["loss"] == pytest.approx({"a-b": 1.0, "a-c": 3.0})
    # loss: r_i = b_i/s_i = (2, 2/3), w_i = 1/r_i = (0.5, 1.5): the pair behind its baseline gets 3/4
    assert after == pytest.approx([0.25, 0.75]) and before == pytest.approx([0.9, 0.1])
