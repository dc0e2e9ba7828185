"""ODM, excess-loss, staged schedules and the over-fitting guard: each update rule against values
computed by hand, their state across a checkpoint, and one clear error for every bad option."""
import json
import math
from argparse import Namespace

import numpy as np
import pytest

from mtl_nmt.errors import MtlNmtError
from mtl_nmt.sampling.build import check_online_options, require_pair_losses
from mtl_nmt.sampling.excess_loss import ExcessLossSchedule, excess_loss_update
from mtl_nmt.sampling.odm import OdmSchedule, exploration_rate, odm_policy, odm_reward_update
from mtl_nmt.sampling.overfit_guard import OverfitGuard, count_rises, guarded_probs
from mtl_nmt.sampling.sampler import ScheduledSampler
from mtl_nmt.sampling.schedule import HeatingSchedule, StaticSchedule
from mtl_nmt.sampling.stages import StagedSchedule, check_stage_boundaries, parse_stages
from mtl_nmt.sampling.temperature import temperature_probs

PAIRS = ["a-b", "a-c"]


# ---------------------------------------------------------------------------------------------- ODM
def test_odm_exploration_rate_by_hand():
    assert exploration_rate(0, 2) == 0.5                                    # ε_0 = 1/K
    assert exploration_rate(1, 2) == 0.5                                    # sqrt(ln 2 / 2) = 0.589 > 1/2
    assert exploration_rate(2, 2) == pytest.approx(math.sqrt(math.log(2) / 4))      # 0.4163
    assert exploration_rate(2, 3) == pytest.approx(1 / 3)                   # sqrt(ln 3 / 6) = 0.428 > 1/3
    assert exploration_rate(4, 3) == pytest.approx(math.sqrt(math.log(3) / 12))     # 0.3026
    assert exploration_rate(4, 3, fixed=0.1) == 0.1


def test_odm_policy_by_hand():
    assert odm_policy([3.0, 1.0], 0).tolist() == [0.5, 0.5]                 # (1 − 2·½)·softmax + ½
    # K=2, t=2: ε_2 = sqrt(ln2/4), η = ε_1 = 1/2, softmax(5, 0) = e^5/(e^5 + 1)
    eps = math.sqrt(math.log(2) / 4)
    s = math.exp(5) / (math.exp(5) + 1)
    assert odm_policy([10.0, 0.0], 2) == pytest.approx([(1 - 2 * eps) * s + eps, (1 - 2 * eps) * (1 - s) + eps])
    # a fixed learning rate η = 1 replaces ε_(t−1): softmax(1, 0)
    assert odm_policy([1.0, 0.0], 2, learning_rate=1.0)[0] == pytest.approx(
        (1 - 2 * eps) * math.e / (math.e + 1) + eps)
    # K=3, t=4: ε_4 = sqrt(ln3/12), η = ε_3 = min(1/3, sqrt(ln3/9) = 0.349) = 1/3, softmax(2, 1, 0)
    eps = math.sqrt(math.log(3) / 12)
    soft = np.array([math.e ** 2, math.e, 1.0]) / (math.e ** 2 + math.e + 1)
    p = odm_policy([6.0, 3.0, 0.0], 4)
    assert p == pytest.approx((1 - 3 * eps) * soft + eps)
    assert p.sum() == pytest.approx(1.0)


def test_odm_reward_update_by_hand():
    # only the trained pair moves: R_0 = 0.9·0 + 0.1·2/0.25 = 0.8
    r = odm_reward_update([0.0, 0.0], {0: 2.0}, [0.25, 0.75], 0.9)
    assert r.tolist() == pytest.approx([0.8, 0.0])
    # a mixed batch: both pairs, each with its own loss and probability
    r = odm_reward_update(r, {0: 1.0, 1: 3.0}, [0.5, 0.5], 0.9)
    assert r.tolist() == pytest.approx([0.9 * 0.8 + 0.1 * 2.0, 0.1 * 6.0])
    with pytest.raises(MtlNmtError, match="probability 0"):
        odm_reward_update(r, {1: 1.0}, [1.0, 0.0], 0.9)


def test_odm_schedule_through_the_sampler_uses_the_block_probabilities_and_resumes():
    sampler = ScheduledSampler(OdmSchedule(PAIRS, [300, 100], smoothing=0.5), 1)
    seen = []
    for update in range(4):
        sampler.set_update(update)
        probs, _ = sampler.block(1, update, "sentences", [300, 100])
        seen.append(probs)
        # pair a-c only at update 0: the loss sums (nats) and tokens of one update
        sampler.add_training({"loss": np.array([20.0, 30.0 if update == 0 else 0.0]),
                              "ntokens": np.array([10.0, 10.0 if update == 0 else 0.0])})
    sched = sampler.schedule
    assert sched.steps == 4 and seen[0].tolist() == [0.5, 0.5]
    r = [0.0, 0.0]
    for update, probs in enumerate(seen):     # replay: R_i <- ½ R_i + ½ L_i/π_i with the block's π
        r = odm_reward_update(r, {0: 2.0, **({1: 3.0} if update == 0 else {})}, probs, 0.5)
    assert sched.rewards.tolist() == pytest.approx(list(r))
    assert sched.probs(4) == pytest.approx(odm_policy(r, 4))
    resumed = ScheduledSampler(OdmSchedule(PAIRS, [300, 100], smoothing=0.5), 1)
    resumed.load_state_dict(json.loads(json.dumps(sampler.state_dict())))
    assert resumed.schedule.rewards.tolist() == sched.rewards.tolist() and resumed.schedule.steps == 4
    assert resumed.current_probs().tolist() == sampler.current_probs().tolist()


def test_schedules_that_do_not_learn_from_training_ignore_training_losses():
    sampler = ScheduledSampler(StaticSchedule(PAIRS, [300, 100], "uniform"), 1)
    sampler.add_training({"loss": np.array([1.0, 1.0]), "ntokens": np.array([1.0, 1.0])})
    assert sampler.current_probs().tolist() == [0.5, 0.5]


# ---------------------------------------------------------------------------------------- excess loss
def test_excess_loss_one_step_by_hand():
    # excess in bits [1, −1 → 0 (clipped), 0.5], in nats × ln 2; η = 2: exp(2·λ) = [4, 1, 2]
    w = excess_loss_update([0.2, 0.3, 0.5], [3.0, 2.0, 4.0], [2.0, 3.0, 3.5], step_size=2.0, smoothing=0.1)
    raw = np.array([0.2 * 4, 0.3 * 1, 0.5 * 2]) / 2.1
    assert w == pytest.approx(0.9 * raw + 0.1 / 3)
    assert w == pytest.approx([0.376190, 0.161905, 0.461905], abs=1e-6)
    # the paper's η = 1, c = 1e-3 from uniform
    assert excess_loss_update([0.5, 0.5], [3.0, 2.0], [2.0, 2.5]) == pytest.approx([0.999 * 2 / 3 + 0.0005,
                                                                                   0.999 / 3 + 0.0005])
    # no pair above its reference: only the smoothing moves the weights
    assert excess_loss_update([0.8, 0.2], [1.0, 1.0], [2.0, 2.0], smoothing=0.5) == pytest.approx([0.65, 0.35])


def test_excess_loss_schedule_observes_validations_and_resumes():
    sched = ExcessLossSchedule(PAIRS, [300, 100], {"a-b": 2.0, "a-c": 2.5})
    assert sched.probs(0).tolist() == [0.5, 0.5]
    sched.observe(10, {"loss": {"a-b": 3.0}})                     # a pair missing: no step
    assert sched.observations == 0
    sched.observe(10, {"loss": {"a-b": 3.0, "a-c": 2.0}})
    assert sched.probs(10) == pytest.approx(excess_loss_update([0.5, 0.5], [3.0, 2.0], [2.0, 2.5]))
    other = ExcessLossSchedule(PAIRS, [300, 100], {"a-b": 2.0, "a-c": 2.5})
    other.load_state_dict(json.loads(json.dumps(sched.state_dict())))
    assert other.probs(10).tolist() == sched.probs(10).tolist() and other.observations == 1


# ---------------------------------------------------------------------------------------------- stages
def test_stage_syntax_and_boundaries():
    stages = parse_stages("4:weights=a-b:1; 8:temperature=2;end:method", PAIRS)
    assert [(s.until, s.kind) for s in stages] == [(4, "weights"), (8, "temperature"), (None, "method")]
    assert stages[0].weights == (1.0, 0.0) and stages[1].temperature == 2.0
    method = HeatingSchedule(PAIRS, [900, 100], 1.0, 5.0, 100)
    sched = StagedSchedule(PAIRS, [900, 100], "4:weights=a-b:1;8:temperature=2;end:method", method)
    assert [sched.stage(u) for u in (0, 3, 4, 7, 8, 1000)] == [0, 0, 1, 1, 2, 2]
    assert sched.probs(3).tolist() == [1.0, 0.0]
    assert sched.probs(4) == pytest.approx(temperature_probs([900, 100], 2))
    assert sched.probs(8) == pytest.approx(method.probs(8))
    assert sched.scalars(3) == {"sampling_stage": 1}
    assert sched.scalars(8) == {"sampling_stage": 3, "sampling_temperature": method.temperature(8)}
    assert sched.name == "heating+stages"
    check_stage_boundaries(stages, 4)
    with pytest.raises(MtlNmtError, match="not a multiple of --resample-interval 3"):
        check_stage_boundaries(stages, 3)


def test_stages_on_a_subset_of_pairs_by_hand():
    """Choi et al.'s first stage: only the named pairs, at their natural shares or uniform."""
    pairs, sizes = ["a-b", "a-c", "a-d"], [600, 200, 200]
    text = "4:proportional=a-b,a-c;8:uniform=a-c,a-d;12:proportional;end:uniform"
    sched = StagedSchedule(pairs, sizes, text, StaticSchedule(pairs, sizes, "uniform"))
    assert sched.probs(0).tolist() == [0.75, 0.25, 0.0]               # 600 / 800, 200 / 800
    assert sched.probs(4).tolist() == [0.0, 0.5, 0.5]
    assert sched.probs(8).tolist() == [0.6, 0.2, 0.2]                 # every pair: n_i / N
    assert sched.probs(12) == pytest.approx([1 / 3] * 3)
    assert parse_stages(text, pairs)[0].only == (1.0, 1.0, 0.0)


def test_largest_k_stage_is_proportional_over_the_k_biggest_pairs_by_hand():
    """``largest=K``: Choi et al.'s first stage without naming a corpus's pairs."""
    pairs, sizes = ["a-b", "a-c", "a-d", "a-e"], [100, 600, 300, 300]
    sched = StagedSchedule(pairs, sizes, "4:largest=2;8:largest=1;12:largest=4;end:method",
                           StaticSchedule(pairs, sizes, "uniform"))
    assert sched.probs(0).tolist() == [0.0, 600 / 900, 300 / 900, 0.0]  # tie 300/300: --lang-pairs order
    assert sched.probs(4).tolist() == [0.0, 1.0, 0.0, 0.0]
    assert sched.probs(8) == pytest.approx([1 / 13, 6 / 13, 3 / 13, 3 / 13])  # all four: n_i / N


@pytest.mark.parametrize("text,needle", [
    ("4:uniform", "the last stage must end at 'end'"),
    ("end:uniform;8:uniform", "only the last stage ends at 'end'"),
    ("8:uniform;4:proportional;end:method", "must increase"),
    ("0:uniform;end:method", "must increase"),
    ("4:weights=a-x:1;end:method", "'a-x', not one of --lang-pairs"),
    ("4:weights=a-b:0;end:method", "positive sum"),
    ("4:proportional=a-b,a-x;end:method", "proportional names 'a-x', not one of --lang-pairs"),
    ("4:uniform=a-b,a-b;end:method", "names a pair twice"),
    ("4:method=a-b;end:uniform", "method takes no value"),
    ("4:zigzag;end:method", "unknown stage schedule 'zigzag'"),
    ("4:temperature=0;end:method", "temperature must be > 0"),
    ("4:largest=0;end:method", "largest=0 must be between 1 and the 2 pairs"),
    ("4:largest=3;end:method", "largest=3 must be between 1 and the 2 pairs"),
    ("4:largest=two;end:method", "not a whole number of pairs"),
    ("4:temperature=hot;end:method", "is not a number"),
    ("x:uniform;end:method", "neither an update number nor 'end'"),
    ("uniform", "has no 'UNTIL:'"),
    (" ; ", "no stage"),
])
def test_bad_stages_are_one_clear_error(text, needle):
    with pytest.raises(MtlNmtError, match=needle) as e:
        parse_stages(text, PAIRS)
    assert "expected 'UNTIL:SCHEDULE" in str(e.value)


def test_stages_hand_training_losses_to_the_method_only_in_its_own_stages_and_resume_exactly():
    sched = StagedSchedule(PAIRS, [300, 100], "2:weights=a-b:1;end:method", OdmSchedule(PAIRS, [300, 100]))
    assert sched.learns_from_training
    sched.observe_training(1, {"a-b": 2.0}, np.array([1.0, 0.0]))
    assert sched.method.steps == 0                                    # drawn by the weights stage
    sched.observe_training(2, {"a-b": 2.0, "a-c": 1.0}, sched.probs(2))
    assert sched.method.steps == 1
    other = StagedSchedule(PAIRS, [300, 100], "2:weights=a-b:1;end:method", OdmSchedule(PAIRS, [300, 100]))
    other.load_state_dict(json.loads(json.dumps(sched.state_dict())))
    assert other.method.rewards.tolist() == sched.method.rewards.tolist()
    changed = StagedSchedule(PAIRS, [300, 100], "4:weights=a-b:1;end:method", OdmSchedule(PAIRS, [300, 100]))
    with pytest.raises(MtlNmtError, match="resume with the same stages"):
        changed.load_state_dict(sched.state_dict())


# ----------------------------------------------------------------------------------------------- guard
def test_guard_counts_rises_in_a_row_and_a_fall_resets_the_count():
    streaks, previous, trips = [0, 0], [None, None], []
    for losses in ([5.0, 5.0], [6.0, 4.0], [5.5, 4.5], [6.0, 4.6], [7.0, 4.7]):
        streaks, tripped = count_rises(streaks, previous, losses, patience=2)
        previous = losses
        trips.append(tripped)
    # pair 0: rise, fall (reset), rise, rise -> trips at the 5th validation; pair 1: fall, rise, rise -> 4th
    assert [t[0] for t in trips] == [False, False, False, False, True]
    assert [t[1] for t in trips] == [False, False, False, True, False]
    assert count_rises([1], [5.0], [5.0], 2)[0] == [0]                # equal is no rise
    assert count_rises([1], [5.0], [None], 2)[0] == [1]               # no value: unchanged


def test_guard_fallback_by_hand():
    p, natural = [0.2, 0.3, 0.5], [0.05, 0.45, 0.5]
    assert guarded_probs(p, natural, [0, 0, 0], 1.0).tolist() == p
    # f = 1: pair 0 at its natural share 0.05, the others share 0.95 as 0.3 : 0.5
    assert guarded_probs(p, natural, [1, 0, 0], 1.0) == pytest.approx([0.05, 0.95 * 0.3 / 0.8, 0.95 * 0.5 / 0.8])
    # f = 1/2: half way (0.125), then a second trip a quarter of the excess (0.0875)
    assert guarded_probs(p, natural, [1, 0, 0], 0.5) == pytest.approx([0.125, 0.875 * 0.375, 0.875 * 0.625])
    assert guarded_probs(p, natural, [2, 0, 0], 0.5)[0] == pytest.approx(0.05 + 0.25 * 0.15)
    # never raised: a pair already below its natural share keeps its probability
    assert guarded_probs([0.1, 0.9], [0.5, 0.5], [1, 0], 1.0) == pytest.approx([0.1, 0.9])


def test_guard_wraps_a_schedule_logs_levels_and_resumes():
    inner = StaticSchedule(PAIRS, [300, 100], "uniform")
    guard = OverfitGuard(inner, patience=2, fallback=1.0, min_prob=0.0)
    assert guard.name == "uniform+overfit-guard" and guard.adapts
    for update, loss in ((10, 3.0), (20, 3.1), (30, 3.2)):
        guard.observe(update, {"loss": {"a-b": 2.0, "a-c": loss}})
    assert guard.levels == [0, 1]
    assert guard.probs(30) == pytest.approx([0.75, 0.25])             # a-c back at its natural 100/400
    assert guard.scalars(30) == {"overfit_a-b": 0, "overfit_a-c": 1}
    other = OverfitGuard(StaticSchedule(PAIRS, [300, 100], "uniform"), patience=2)
    other.load_state_dict(json.loads(json.dumps(guard.state_dict())))
    assert other.levels == [0, 1] and other.previous == [2.0, 3.2]
    assert other.probs(30).tolist() == guard.probs(30).tolist()
    heating = OverfitGuard(HeatingSchedule(PAIRS, [900, 100], 1.0, 5.0, 100), patience=1)
    assert heating.scalars(50)["sampling_temperature"] == pytest.approx(3.0)


# ------------------------------------------------------------------------------------------ bad options
def options(**kw):
    base = dict(sampling_method="odm", odm_smoothing=0.9, odm_exploration=0.0, odm_learning_rate=0.0,
                excess_loss_reference=None, excess_loss_step_size=1.0, excess_loss_smoothing=1e-3,
                overfit_patience=0, overfit_fallback=1.0, sampling_stages=None, resample_interval=100)
    return Namespace(**{**base, **kw})


@pytest.mark.parametrize("kw,needle", [
    (dict(odm_smoothing=1.0), "--odm-smoothing must be in [0, 1)"),
    (dict(odm_exploration=0.6), "--odm-exploration must be 0"),
    (dict(odm_learning_rate=-1.0), "--odm-learning-rate must be 0"),
    (dict(sampling_method="excess-loss"), "needs --excess-loss-reference"),
    (dict(sampling_method="excess-loss", excess_loss_reference="auto"), "needs --excess-loss-reference"),
    (dict(sampling_method="excess-loss", excess_loss_reference="r.json", excess_loss_step_size=0.0),
     "--excess-loss-step-size must be > 0"),
    (dict(sampling_method="excess-loss", excess_loss_reference="r.json", excess_loss_smoothing=2.0),
     "--excess-loss-smoothing must be in [0, 1]"),
    (dict(overfit_patience=-1), "--overfit-patience must be >= 0"),
    (dict(overfit_patience=2, overfit_fallback=0.0), "--overfit-fallback must be in (0, 1]"),
    (dict(sampling_method="concat", overfit_patience=2), "--overfit-patience needs a scheduled --sampling-method"),
    (dict(sampling_method="concat", sampling_stages="end:uniform"), "--sampling-stages needs a scheduled"),
    (dict(sampling_stages="150:uniform;end:method"), "not a multiple of --resample-interval 100"),
])
def test_bad_option_values_are_one_clear_error(kw, needle):
    with pytest.raises(MtlNmtError, match=needle.replace("[", r"\[").replace("(", r"\(").replace(")", r"\)")):
        check_online_options(options(**kw), PAIRS)


def test_odm_needs_a_criterion_with_per_pair_sums():
    require_pair_losses(options(), True)
    require_pair_losses(options(sampling_method="temperature"), False)
    with pytest.raises(MtlNmtError, match="--criterion mtl_label_smoothed_cross_entropy"):
        require_pair_losses(options(), False)
