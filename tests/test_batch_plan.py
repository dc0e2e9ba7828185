"""Lazy scheduled batch plans: frequencies follow the probabilities, homogeneous groups, shards."""
import numpy as np
import pytest

from mtl_nmt.data.scheduled_batches import BatchPlan, PlanView
from mtl_nmt.sampling.sampler import ScheduledSampler
from mtl_nmt.sampling.schedule import StaticSchedule


def make_plan(probs, homogeneous, group=1, per_update=1, seed=3, epoch=1, updates_per_block=20, sizes=(600, 200, 50),
              sampler=None, lengths=None, length_order="longer"):
    """A plan over fabricated lengths whose blocks come from a real sampler (fixed weights)."""
    rng = np.random.default_rng(0)
    n = sum(sizes)
    if lengths is None:
        lengths = np.stack([rng.integers(3, 30, n), rng.integers(3, 30, n)], axis=1)
    offsets = np.cumsum([0, *sizes])
    pair_indices = [np.arange(offsets[i], offsets[i + 1]) for i in range(len(sizes))]
    owner = np.repeat(np.arange(len(sizes)), sizes)
    if sampler is None:
        pairs = [f"en-x{i}" for i in range(len(sizes))]
        sampler = ScheduledSampler(StaticSchedule(pairs, sizes, "weights", weights=probs), updates_per_block, seed=seed)
    plan = BatchPlan(pair_indices, lengths, lambda b, kind, items: sampler.block(epoch, b, kind, items),
                     updates_per_block, per_update, group, homogeneous, seed, epoch, max_tokens=200,
                     max_sentences=None, length_order=length_order)
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


@pytest.mark.parametrize("homogeneous", [False, True])
@pytest.mark.parametrize("probs", [[0.6, 0.3, 0.1], [0.2, 0.3, 0.5]])
def test_no_batch_holds_a_sentence_twice(probs, homogeneous):
    """[0.2, 0.3, 0.5] draws the 50-sentence pair ~8 times per block: copies must not share a batch."""
    plan, owner = make_plan(probs, homogeneous, updates_per_block=100)
    for b in range(3):
        for batch in plan.block(b):
            assert len(np.unique(batch)) == len(batch)


def test_no_batch_holds_a_sentence_twice_when_all_lengths_are_equal():
    """Equal lengths make a length sort keep copies side by side: the worst case for clustering."""
    lengths = np.full((850, 2), 5)
    plan, _ = make_plan([0.1, 0.1, 0.8], False, updates_per_block=50, lengths=lengths)
    batches = plan.block(0) + plan.block(1)
    assert sum(len(np.unique(b)) for b in batches) == sum(len(b) for b in batches)


@pytest.mark.parametrize("homogeneous", [False, True])
def test_every_sentence_of_a_pair_is_seen_once_before_any_twice(homogeneous):
    probs = [0.2, 0.3, 0.5]
    sampler = ScheduledSampler(StaticSchedule(["a", "b", "c"], (600, 200, 50), "weights", weights=probs), 10, seed=5)
    plan, owner = make_plan(probs, homogeneous, updates_per_block=10, sampler=sampler)
    seen = np.zeros(len(owner), dtype=np.int64)
    for b in range(plan.num_blocks):
        for batch in plan.block(b):
            np.add.at(seen, batch, 1)
        kind = "batches" if homogeneous else "sentences"
        streams = sampler.streams[kind]
        for k in range(3):
            counts = seen[owner == k]
            if not homogeneous:   # sentences handed back are drawn but not yet trained
                counts = counts.copy()
                np.add.at(counts, np.asarray(streams.returned[k], dtype=np.int64), 1)
            assert counts.max() - counts.min() <= 1, (b, k)
    # the smallest pair went round many times, the largest not even once
    assert seen[owner == 2].min() >= 3 and seen[owner == 0].max() <= 1


@pytest.mark.parametrize("updates_per_block", [20, 100])
def test_proportional_epoch_trains_each_sentence_once_like_fairseq(updates_per_block):
    """At T=1 (probabilities proportional to sizes) one pass's worth of batches trains almost every
    sentence exactly once, as fairseq's epoch does: a block's pool is consumed before new sentences
    are drawn, so sentences of a pair's next pass only mix in at the pass boundary (one block).
    Topping every block's pool up with fresh draws (the earlier plan) trained 52-82% of them once here."""
    sizes = (3000, 1000, 250)
    probs = list(np.array(sizes) / sum(sizes))
    sampler = ScheduledSampler(StaticSchedule(["a", "b", "c"], sizes, "weights", weights=probs),
                               updates_per_block, seed=5)
    plan, owner = make_plan(probs, False, updates_per_block=updates_per_block, sampler=sampler, sizes=sizes)
    seen = np.zeros(len(owner), dtype=np.int64)
    for i in range(plan.num_natural_batches):
        np.add.at(seen, plan[i], 1)
    for k in range(3):
        assert np.mean(seen[owner == k] == 1) >= 0.88, (k, np.bincount(seen[owner == k]))
        assert seen[owner == k].max() <= 2


def test_resumed_sampler_regenerates_the_same_block():
    """A sampler restored from the state saved mid-epoch regenerates a block and continues with
    identical batches (probabilities and stream positions are recorded per block)."""
    probs = [0.2, 0.3, 0.5]

    def sampler():
        return ScheduledSampler(StaticSchedule(["a", "b", "c"], (600, 200, 50), "weights", weights=probs), 10, seed=5)

    first = sampler()
    plan, _ = make_plan(probs, False, updates_per_block=10, sampler=first)
    straight = [plan.block(b) for b in range(4)]
    again = sampler()
    plan2, _ = make_plan(probs, False, updates_per_block=10, sampler=again)
    [plan2.block(b) for b in range(3)]
    state = again.state_dict()
    resumed = sampler()
    resumed.load_state_dict(state)
    plan3, _ = make_plan(probs, False, updates_per_block=10, sampler=resumed)
    for b in (2, 3):
        assert all(np.array_equal(x, y) for x, y in zip(plan3.block(b), straight[b]))


def test_padding_stays_close_to_whole_epoch_batching():
    """Block-wise batching pads about as little as batching the whole epoch at once (fairseq)."""
    rng = np.random.default_rng(1)
    sizes = (3000, 1000, 300)
    src = rng.integers(2, 40, sum(sizes))
    lengths = np.stack([src, np.maximum(1, src + rng.integers(-3, 4, len(src)))], axis=1)
    plan, _ = make_plan([0.55, 0.3, 0.15], False, updates_per_block=100, sizes=sizes, lengths=lengths)

    def pad_share(batches):
        real = sum(int(lengths[b].sum()) for b in batches)
        padded = sum(len(b) * int(lengths[b, 0].max() + lengths[b, 1].max()) for b in batches)
        return 1 - real / padded

    whole = plan._batch(plan._length_order(np.arange(sum(sizes)), np.random.default_rng(0)))
    ours = [b for k in range(plan.num_blocks) for b in plan.block(k)]
    assert pad_share(ours) <= pad_share(whole) + 0.02, (pad_share(ours), pad_share(whole))


def test_source_order_sorts_by_source_then_target_like_fairseq():
    """--batch-order source: source length first, target length second (fairseq's ordered_indices);
    longer: the longer side first, the shorter second."""
    lengths = np.array([[5, 9], [3, 4], [5, 2], [3, 8], [9, 1]])
    sampler = ScheduledSampler(StaticSchedule(["en-x0"], [5], "weights", weights=[1.0]), 20, seed=0)
    plans = {order: BatchPlan([np.arange(5)], lengths, lambda b, kind, items: sampler.block(1, b, kind, items),
                              20, 1, 1, False, 0, 1, max_tokens=200, max_sentences=None, length_order=order)
             for order in ("source", "longer")}
    rng = np.random.default_rng
    assert plans["source"]._length_order(np.arange(5), rng(0)).tolist() == [1, 3, 2, 0, 4]
    assert plans["longer"]._length_order(np.arange(5), rng(0)).tolist() == [1, 2, 3, 4, 0]


def test_source_order_cuts_blocks_from_a_whole_pass_pool():
    """fairseq packs a whole epoch at once; --batch-order source cuts blocks from a pool of one pass
    (the default order from a pool of POOL_BATCHES), and still trains every sentence once per pass."""
    from mtl_nmt.data.scheduled_batches import POOL_BATCHES
    sizes = (3000, 1000, 300)
    default, _ = make_plan([0.7, 0.23, 0.07], False, updates_per_block=5, sizes=sizes)
    source, owner = make_plan([0.7, 0.23, 0.07], False, updates_per_block=5, sizes=sizes, length_order="source")
    assert default.pool_batches == min(POOL_BATCHES, default.num_natural_batches) < source.pool_batches
    assert source.pool_batches == source.num_natural_batches
    seen = np.concatenate([b for k in range(source.num_blocks) for b in source.block(k)])
    assert all(len(np.unique(b)) == len(b) for k in range(source.num_blocks) for b in source.block(k))
    assert len(np.unique(seen)) >= 0.97 * sum(sizes)


def test_source_order_pool_is_one_pass_like_fairseqs_epoch():
    """--batch-order source trains (almost) every sentence once per pass, as fairseq's epochs: its pool of
    one pass is apportioned among the pairs as fairseq does (floor(N p), the remainder drawn;
    streams.apportion), and the sentences left at the pass boundary train before the next pass's.
    A multinomial pool over-drew pairs (their next pass's sentences trained twice within the
    first), and the pass's leftovers, mixed into the next pool, trained anywhere in the next pass
    (in 4,000 lohelp updates some sentences trained twice, others four times)."""
    sizes = (3000, 1000, 300)
    probs = list(np.array(sizes) / sum(sizes))
    sampler = ScheduledSampler(StaticSchedule(["a", "b", "c"], sizes, "weights", weights=probs), 5, seed=5)
    plan, owner = make_plan(probs, False, updates_per_block=5, sizes=sizes, sampler=sampler, length_order="source")
    second, _ = make_plan(probs, False, updates_per_block=5, sizes=sizes, sampler=sampler, length_order="source",
                          epoch=2)
    trained = np.concatenate([b for p in (plan, second) for k in range(p.num_blocks) for b in p.block(k)])
    n = sum(sizes)
    first_pass = trained[:n - 1]  # a pool holds one spare sentence
    assert len(first_pass) - len(np.unique(first_pass)) <= 1
    seen = np.bincount(trained[:2 * n], minlength=n)
    assert seen.min() >= 1 and seen.max() <= 3 and np.mean(seen == 2) >= 0.99, np.bincount(seen)


def test_apportion_is_fairseqs_floor_then_drawn_remainder():
    from mtl_nmt.sampling.streams import apportion
    rng = np.random.default_rng(0)
    assert apportion(10, [0.5, 0.3, 0.2], rng).tolist() == [5, 3, 2]
    counts = apportion(11, [0.45, 0.35, 0.2], rng)  # floors 4, 3, 2; two left, drawn with the probabilities
    assert counts.sum() == 11 and (counts >= [4, 3, 2]).all() and (counts <= [6, 5, 4]).all()
    assert apportion(7, [2, 0, 5], rng).tolist() == [2, 0, 5]  # unnormalised weights, a zero stays zero
