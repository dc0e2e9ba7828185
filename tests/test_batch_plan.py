"""Lazy scheduled batch plans: frequencies follow the probabilities, homogeneous groups, shards."""
import numpy as np
import pytest

from mtl_nmt.data.scheduled_batches import BatchPlan, PlanView


def make_plan(probs, homogeneous, group=1, per_update=1, seed=3, epoch=1, updates_per_block=20, sizes=(600, 200, 50)):
    rng = np.random.default_rng(0)
    n = sum(sizes)
    lengths = np.stack([rng.integers(3, 30, n), rng.integers(3, 30, n)], axis=1)
    offsets = np.cumsum([0, *sizes])
    pair_indices = [np.arange(offsets[i], offsets[i + 1]) for i in range(len(sizes))]
    owner = np.repeat(np.arange(len(sizes)), sizes)
    plan = BatchPlan(pair_indices, lengths, lambda b: np.asarray(probs), updates_per_block, per_update, group,
                     homogeneous, seed, epoch, max_tokens=200, max_sentences=None)
    return plan, owner


def test_homogeneous_batches_hold_one_pair_and_follow_probabilities():
    probs = [0.2, 0.3, 0.5]
    plan, owner = make_plan(probs, homogeneous=True, updates_per_block=500)
    pairs = []
    for batch in plan.block(0):
        tasks = set(owner[batch].tolist())
        assert len(tasks) == 1
        pairs.append(tasks.pop())
    freq = np.bincount(pairs, minlength=3) / len(pairs)
    assert freq == pytest.approx(probs, abs=0.05)


def test_mixed_batches_follow_probabilities_in_sentences():
    probs = [0.6, 0.1, 0.3]
    plan, owner = make_plan(probs, homogeneous=False, updates_per_block=200)
    sentences = np.concatenate(plan.block(0))
    freq = np.bincount(owner[sentences], minlength=3) / len(sentences)
    assert freq == pytest.approx(probs, abs=0.03)
    assert len(plan.block(0)) == 200


def test_groups_of_ranks_share_a_pair_and_shards_interleave():
    plan, owner = make_plan([0.3, 0.3, 0.4], homogeneous=True, group=2, per_update=2)
    rank0 = PlanView(plan, range(0, len(plan), 2))
    rank1 = PlanView(plan, range(1, len(plan), 2))
    assert len(rank0) == len(rank1) == len(plan) // 2
    for b0, b1 in zip(rank0, rank1):
        assert set(owner[b0]) == set(owner[b1]) and len(set(owner[b0])) == 1


def test_update_scope_keeps_one_pair_for_all_micro_batches_of_an_update():
    # W=2 ranks, update_freq=3: groups of 6 consecutive global batches
    plan, owner = make_plan([0.3, 0.3, 0.4], homogeneous=True, group=6, per_update=6)
    block = plan.block(0)
    for start in range(0, len(block), 6):
        assert len({int(owner[b][0]) for b in block[start:start + 6]}) == 1


def test_plans_are_deterministic_and_slices_are_lazy():
    a, _ = make_plan([0.3, 0.3, 0.4], homogeneous=False)
    b, _ = make_plan([0.3, 0.3, 0.4], homogeneous=False)
    assert all(np.array_equal(x, y) for x, y in zip(a, b))
    c, _ = make_plan([0.3, 0.3, 0.4], homogeneous=False, epoch=2)
    assert not all(np.array_equal(x, y) for x, y in zip(a.block(0), c.block(0)))
    tail = a[25:]
    assert len(tail) == len(a) - 25 and np.array_equal(next(iter(tail)), a[25])
    assert np.array_equal(a[-1], a[len(a) - 1])


def test_epoch_covers_one_pass_over_the_data():
    plan, _ = make_plan([0.3, 0.3, 0.4], homogeneous=False, updates_per_block=5)
    natural = sum(len(p) for p in plan.pools)
    assert natural <= len(plan) < natural + 5
