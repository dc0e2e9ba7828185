"""Training batches drawn from a sampling schedule, generated lazily so new probabilities take
effect during an epoch (fairseq fixes an epoch's batches before ``task.begin_epoch``).

An epoch is a fixed-length list of global batches cut into blocks of ``--resample-interval``
updates. A block is generated when the data loader first reaches it, with the schedule's
probabilities at that moment and the sampler's per-pair streams (:mod:`mtl_nmt.sampling.streams`):
within a pair, sentences (mixed batches) or length-bucketed batches (homogeneous batches) come in
epoch-exhaustive order, and no batch holds a sentence twice. The sampler records each block's
probabilities and stream positions, so a resumed run regenerates the same batches. All ranks
generate the same list (same seeds, same probabilities) and rank r takes global batches r, r+W,
r+2W, ...; in homogeneous mode consecutive groups of W (or W·update_freq) batches come from one
pair, so every rank trains the same pair at the same step.
"""
import math
from typing import Callable, Dict, List, Sequence, Tuple

import numpy as np
from fairseq.data import data_utils, iterators

from ..checkpoints import SAMPLER_STATE_KEY
from ..sampling.streams import PairStreams, apportion, occurrence_rank

POOL_BATCHES = 100  # a smaller mixed block is cut from a pool of this many batches' sentences (padding)
SWAP_WINDOW = 16  # batches on either side searched for a partner to swap a repeated sentence with
LENGTH_ORDERS = ("longer", "source")  # --batch-order: see BatchPlan._length_order

BlockSource = Callable[[int, str, Sequence[int]], Tuple[np.ndarray, PairStreams]]


class BatchPlan:
    """One epoch's global batch list, generated block by block.

    Args:
        pair_indices: per pair, the dataset indices it may sample (already size-filtered).
        sizes: ``(len(dataset), 2)`` source/target lengths, for batching.
        block_source: ``(block, kind, items per pair) → (probabilities, streams)``, i.e.
            :meth:`mtl_nmt.sampling.sampler.ScheduledSampler.block` for this epoch.
        updates_per_block: ``--resample-interval``.
        batches_per_update: global batches per update (W × update_freq).
        group: consecutive global batches that share a pair in homogeneous mode (W, or W ×
            update_freq when every micro-batch of an update is from the same pair).

        length_order: how sentences are ordered before they are cut into batches (``--batch-order``):
            ``longer`` (the longer side, then the shorter: the tightest packing) or ``source``
            (fairseq's ``SampledMultiDataset.ordered_indices``: source, then target length, over a
            pool of one pass over the data, so the schedule's probabilities take effect once per
            pass, as fairseq's epochs, with fairseq's per-pair counts: :func:`apportion`).

    The epoch has as many updates as one pass over the (filtered) data needs, rounded up to
    whole blocks.
    """

    def __init__(self, pair_indices: Sequence[np.ndarray], sizes: np.ndarray, block_source: BlockSource,
                 updates_per_block: int, batches_per_update: int, group: int, homogeneous: bool, seed: int,
                 epoch: int, max_tokens, max_sentences, bsz_mult: int = 1, length_order: str = "longer"):
        self.pair_indices = [np.asarray(ix, dtype=np.int64) for ix in pair_indices]
        self.tokens = (sizes.max(axis=1) if sizes.ndim == 2 else sizes).astype(np.int64)
        self.sizes = sizes
        self.block_source = block_source
        self.block_batches, self.group = updates_per_block * batches_per_update, group
        self.homogeneous, self.seed, self.epoch = homogeneous, seed, epoch
        self.max_tokens, self.max_sentences, self.bsz_mult = max_tokens, max_sentences, bsz_mult
        if length_order not in LENGTH_ORDERS:
            raise ValueError(f"length_order {length_order!r} is not one of {LENGTH_ORDERS}")
        self.length_order = length_order
        self._blocks: Dict[int, List[np.ndarray]] = {}
        # per pair, length-bucketed batches over all its sentences, fixed for the run (seed only):
        # homogeneous blocks draw from them, and they give the epoch's natural number of batches
        self.pools = [self._batch(self._length_order(ix, np.random.default_rng([seed, 10_000 + k])))
                      for k, ix in enumerate(self.pair_indices)]
        self.num_natural_batches = sum(len(p) for p in self.pools)
        self.sentences_per_batch = sum(len(ix) for ix in self.pair_indices) / max(1, self.num_natural_batches)
        self.num_blocks = max(1, math.ceil(self.num_natural_batches / self.block_batches))
        # fairseq's order packs as tightly as fairseq only over a whole epoch's sentences (few
        # sentences share a source length in a smaller pool): its pool is one pass over the data
        self.pool_batches = min(POOL_BATCHES if length_order == "longer" else self.num_natural_batches,
                                self.num_natural_batches)
        if not homogeneous:
            self._owner = np.full(len(self.tokens), -1, dtype=np.int64)
            self._local = np.zeros(len(self.tokens), dtype=np.int64)
            for k, ix in enumerate(self.pair_indices):
                self._owner[ix], self._local[ix] = k, np.arange(len(ix))

    def _rng(self, *key) -> np.random.Generator:
        return np.random.default_rng([self.seed, self.epoch, *key])

    def _length_order(self, indices: np.ndarray, rng: np.random.Generator, rank=None) -> np.ndarray:
        """Random tie-breaking (then ``rank`` if given), then a stable sort by length:

        - ``longer``: by the shorter side, then by the longer side — the length ``--max-tokens``
          counts. Over one block's sentences fairseq's order leaves long targets next to short ones:
          19% padding on lohelp against 12% with this order (bench/sampler_parity.py), so at the same
          ``--max-tokens`` a batch holds more target words than fairseq's.
        - ``source``: by target, then by source length (source primary), as fairseq's
          ``SampledMultiDataset.ordered_indices``. Without upsampling (T=1) this gives fairseq's
          words per update at the same ``--max-tokens`` (lohelp, 2,000 tokens: within 0.3%,
          bench/words_per_update.py); with upsampling fewer, as fairseq packs a sentence's copies
          side by side and this plan keeps them apart.
        """
        perm = rng.permutation(len(indices))
        ix = indices[perm]
        if rank is not None:
            ix = ix[np.argsort(rank[perm], kind="mergesort")]
        if self.sizes.ndim != 2:
            return ix[np.argsort(self.tokens[ix], kind="mergesort")]
        if self.length_order == "source":
            ix = ix[np.argsort(self.sizes[ix, 1], kind="mergesort")]
            return ix[np.argsort(self.sizes[ix, 0], kind="mergesort")]
        ix = ix[np.argsort(self.sizes[ix].min(axis=1), kind="mergesort")]
        return ix[np.argsort(self.tokens[ix], kind="mergesort")]

    def _batch(self, ordered: np.ndarray) -> List[np.ndarray]:
        """fairseq's ``batch_by_size``, keeping the final batch that fairseq-fixed drops when it is
        not a multiple of ``--required-batch-size-multiple`` (no sentence is silently lost)."""
        if len(ordered) == 0:
            return []
        batches = list(data_utils.batch_by_size(ordered, num_tokens_fn=None, num_tokens_vec=self.tokens[ordered],
                                                max_tokens=self.max_tokens, max_sentences=self.max_sentences,
                                                required_batch_size_multiple=self.bsz_mult))
        covered = sum(len(bt) for bt in batches)
        if covered < len(ordered):
            batches.append(np.asarray(ordered[covered:], dtype=np.int64))
        return batches

    def __len__(self) -> int:
        return self.num_blocks * self.block_batches

    def block(self, b: int) -> List[np.ndarray]:
        if b not in self._blocks:
            kind = "batches" if self.homogeneous else "sentences"
            items = [len(p) for p in self.pools] if self.homogeneous else [len(ix) for ix in self.pair_indices]
            probs, streams = self.block_source(b, kind, items)
            probs = np.asarray(probs, dtype=np.float64)
            make = self._homogeneous_block if self.homogeneous else self._mixed_block
            self._blocks = {k: v for k, v in self._blocks.items() if k >= b - 1}
            self._blocks[b] = make(b, probs / probs.sum(), streams)
        return self._blocks[b]

    def _homogeneous_block(self, b, probs, streams: PairStreams):
        """Steps of ``group`` batches of one pair, drawn with the probabilities; within a pair its
        batches come in epoch-exhaustive order."""
        rng = self._rng(b)
        steps = self.block_batches // self.group
        available = np.array([len(p) > 0 for p in self.pools])
        p = np.where(available, probs, 0.0)
        draws = rng.choice(len(p), size=steps, p=p / p.sum())
        out = []
        for pair in draws:
            out.extend(self.pools[pair][j] for j in streams.take(int(pair), self.group))
        return out

    def _mixed_block(self, b, probs, streams: PairStreams):
        """The block's sentences — counts per pair drawn with the probabilities, the sentences from
        each pair's stream — sorted by length (copies of a sentence, which a pair drawn beyond its
        size brings, are kept apart by the occurrence rank as a tie-breaker) and batched; a copy
        that still shares a batch is swapped with a sentence of a neighbouring batch
        (:meth:`_separate_copies`). The batches train in random order.

        A block of fewer than ``pool_batches`` batches is cut from a pool of that many batches'
        sentences (padding): its batches are a random subset of the pool's, and the rest are
        handed back to their streams and make the next blocks' pools, with no new draws, until
        less than a block's worth is left (a mini-epoch, as fairseq's epoch); batches holding a
        sentence handed back as often as the pool spans blocks go first. Each pair's sentences
        thus train once before any trains twice, up to one pool's worth at a pass boundary. In
        fairseq's order (pool = one pass) the sentences left at a pass boundary are batched alone and
        train before the next pass's, so a pass trains each sentence once, as fairseq's epochs (up to the
        pool's one spare sentence, which shifts a pair's passes against its stream by one)."""
        rng = self._rng(b)
        p = np.where([len(ix) > 0 for ix in self.pair_indices], probs, 0.0)
        p = p / p.sum()
        pending = np.array([streams.pending(k) for k in range(len(self.pair_indices))])
        per_block = self.block_batches * self.sentences_per_batch
        # fairseq's order closes a pass as fairseq's epoch does: the pass's last sentences are
        # batched alone and train first, the next pass is a fresh pool of one pass
        whole_pass = self.length_order == "source"
        factor = 1.0 if whole_pass else max(1.0, self.pool_batches / self.block_batches)
        batches: List[np.ndarray] = []
        age = np.zeros(len(self.tokens), dtype=np.int64)
        while len(batches) < self.block_batches:
            need = self.block_batches - len(batches)
            if not batches and (pending.sum() >= per_block or (whole_pass and pending.sum() > 0)):
                counts = pending            # consume the pool left by earlier blocks
            else:
                pool = max(need, self.pool_batches) if not batches or whole_pass else need
                total = int(math.ceil(pool * self.sentences_per_batch)) + 1
                counts = apportion(total, p, rng) if whole_pass else rng.multinomial(total, p)
            drawn = []
            for k, c in enumerate(counts):
                positions, ages = streams.take_aged(k, int(c))
                ids = self.pair_indices[k][positions]
                np.maximum.at(age, ids, ages)
                drawn.append(ids)
            drawn = np.concatenate(drawn)
            order = self._length_order(drawn, rng, occurrence_rank(drawn))
            batches.extend(self._separate_copies(self._batch(order), rng))
        overdue = np.array([age[bt].max() >= factor for bt in batches])
        order = np.concatenate([rng.permutation(np.flatnonzero(overdue)), rng.permutation(np.flatnonzero(~overdue))])
        if len(order) > self.block_batches:
            back = np.concatenate([batches[j] for j in order[self.block_batches:]])
            self._give_back(streams, back, age[back])
        return [batches[j] for j in order[:self.block_batches]]

    def _separate_copies(self, batches: List[np.ndarray], rng: np.random.Generator) -> List[np.ndarray]:
        """Swap every repeated sentence of a batch with a sentence of a neighbouring batch (up to
        ``SWAP_WINDOW`` away in length order) such that neither batch then holds a sentence twice
        and neither batch's longest source or target grows (padding is unchanged). Copies with no
        such partner (a pair drawn many times its size) are batched apart, one batch list per
        occurrence rank."""
        sizes = self.sizes if self.sizes.ndim == 2 else np.stack([self.sizes, self.sizes], axis=1)
        batches, left = [np.array(bt) for bt in batches], []
        longest = [sizes[bt].max(axis=0) for bt in batches]
        for i, batch in enumerate(batches):
            if len(np.unique(batch)) == len(batch):
                continue
            _, first = np.unique(batch, return_index=True)
            keep = np.zeros(len(batch), dtype=bool)
            keep[first] = True
            for pos in np.flatnonzero(~keep):
                x = batch[pos]
                for j in _neighbours(i, len(batches), SWAP_WINDOW):
                    other = batches[j]
                    if x in other or (sizes[x] > longest[j]).any():
                        continue
                    fits = (sizes[other] <= longest[i]).all(axis=1) & ~np.isin(other, batch)
                    if fits.any():
                        q = int(np.argmax(fits))
                        batch[pos], other[q] = other[q], x
                        keep[pos] = True
                        break
            if not keep.all():
                left.append(batch[~keep])
                batches[i] = batch[keep]
        if left:
            left_ids = np.concatenate(left)
            rank = occurrence_rank(left_ids)
            for r in range(int(rank.max()) + 1):
                batches.extend(self._batch(self._length_order(left_ids[rank == r], rng)))
        return batches

    def _give_back(self, streams: PairStreams, ids: np.ndarray, ages: np.ndarray) -> None:
        order = np.argsort(self._owner[ids], kind="stable")
        ids, ages = ids[order], ages[order]
        owner = self._owner[ids]
        pairs, starts = np.unique(owner, return_index=True)
        for k, a, b in zip(pairs, starts, [*starts[1:], len(ids)]):
            streams.give_back(int(k), self._local[ids[a:b]], ages[a:b])

    def __getitem__(self, i):
        if isinstance(i, slice):
            return PlanView(self, range(len(self))[i])
        if i < 0:
            i += len(self)
        return self.block(i // self.block_batches)[i % self.block_batches]

    def __iter__(self):
        return (self[i] for i in range(len(self)))


def _neighbours(i: int, n: int, window: int):
    """Batch positions around ``i`` by distance: i+1, i-1, i+2, i-2, ... within ``window``."""
    for d in range(1, window + 1):
        for j in (i + d, i - d):
            if 0 <= j < n:
                yield j


class PlanView:
    """A lazy slice of a :class:`BatchPlan` (one rank's shard, or an offset on resume)."""

    def __init__(self, plan: BatchPlan, positions: range):
        self.plan, self.positions = plan, positions

    def __len__(self):
        return len(self.positions)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return PlanView(self.plan, self.positions[i])
        return self.plan[self.positions[i]]

    def __iter__(self):
        return (self.plan[j] for j in self.positions)


class ScheduledEpochBatchIterator(iterators.EpochBatchIterator):
    """fairseq's epoch iterator over a lazily generated :class:`BatchPlan` (no reshuffling: the
    plan is random already, and shuffling would break the same-pair groups across ranks). Its
    state carries the sampler's, so a resumed run continues exactly."""

    def __init__(self, dataset, collate_fn, plan_factory: Callable[[int], BatchPlan], sampler, **kwargs):
        self.plan_factory = plan_factory
        self.sampler = sampler
        super().__init__(dataset=dataset, collate_fn=collate_fn, batch_sampler=lambda d, e: None, **kwargs)

    @property
    def frozen_batches(self):
        if self._frozen_batches is None:
            self._frozen_batches = self.plan_factory(self.epoch)
        return self._frozen_batches

    def ordered_batches(self, epoch, fix_batches_to_gpus, shuffle):
        plan = self.frozen_batches
        return PlanView(plan, range(self.shard_id, len(plan), self.num_shards))

    def state_dict(self):
        state = super().state_dict()
        state[SAMPLER_STATE_KEY] = self.sampler.state_dict()
        return state

    def load_state_dict(self, state_dict):
        if SAMPLER_STATE_KEY in state_dict:
            self.sampler.load_state_dict(state_dict[SAMPLER_STATE_KEY])
            self._frozen_batches = None
        return super().load_state_dict(state_dict)


def pair_indices(dataset, num_pairs: int, keep) -> List[np.ndarray]:
    """Per pair, the indices of the concatenated training ``dataset`` it may sample; ``keep(idx)``
    filters them (by size, as fairseq's ``filter_indices_by_size``)."""
    out = [np.zeros(0, dtype=np.int64) for _ in range(num_pairs)]
    offset = 0
    for pair_id, d in zip(dataset.pair_ids, dataset.datasets):
        out[pair_id] = np.asarray(keep(np.arange(offset, offset + len(d), dtype=np.int64)), dtype=np.int64)
        offset += len(d)
    return out


def scheduled_epoch_iterator(dataset, indices, sampler, args, *, max_tokens, max_sentences, bsz_mult, seed,
                             num_shards, shard_id, num_workers, epoch, skip_remainder_batch):
    """fairseq's epoch iterator over this run's batch plans (``args``: the task's options)."""
    uf = args.update_freq
    uf = list(uf) if hasattr(uf, "__len__") else [uf]

    def plan_factory(ep):
        per_update = num_shards * int(uf[min(ep, len(uf)) - 1])
        group = per_update if args.homogeneous_scope == "update" else num_shards
        return BatchPlan(indices, dataset.sizes, lambda b, kind, items: sampler.block(ep, b, kind, items),
                         args.resample_interval, per_update, group, args.homogeneous_batches, seed, ep,
                         max_tokens, max_sentences, bsz_mult, args.batch_order)

    # like the parent task, no background buffer thread: on CPU it competes with training for the
    # GIL, and without it new probabilities reach the very next block
    return ScheduledEpochBatchIterator(dataset, dataset.collater, plan_factory, sampler, seed=seed,
                                       num_shards=num_shards, shard_id=shard_id, num_workers=num_workers,
                                       epoch=epoch, skip_remainder_batch=skip_remainder_batch)
