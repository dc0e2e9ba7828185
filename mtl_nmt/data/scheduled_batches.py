"""Training batches drawn from a sampling schedule, generated lazily so new probabilities take
effect during an epoch (fairseq fixes an epoch's batches before ``task.begin_epoch``).

An epoch is a fixed-length list of global batches cut into blocks of ``--resample-interval``
updates. A block is generated when the data loader first reaches it, with the schedule's
probabilities at that moment; they are recorded, so a resumed run regenerates the same
batches. All ranks generate the same list (same seeds, same probabilities) and rank r takes
global batches r, r+W, r+2W, ...; in task-homogeneous mode consecutive groups of W (or
W·update_freq) batches come from one pair, so every rank trains the same pair at the same step.
"""
import math
from typing import Callable, Dict, List, Sequence

import numpy as np
from fairseq.data import data_utils, iterators

CANDIDATES = 8


class BatchPlan:
    """One epoch's global batch list, generated block by block.

    Args:
        pair_indices: per task, the dataset indices it may sample (already size-filtered).
        sizes: ``(len(dataset), 2)`` source/target lengths, for batching.
        probs_for_block: block index → task probabilities (called once per block).
        updates_per_block: ``--resample-interval``.
        batches_per_update: global batches per update (W × update_freq).
        group: consecutive global batches that share a pair in homogeneous mode (W, or W ×
            update_freq when every micro-batch of an update is from the same pair).

    The epoch has as many updates as one pass over the (filtered) data needs, rounded up to
    whole blocks.
    """

    def __init__(self, pair_indices: Sequence[np.ndarray], sizes: np.ndarray,
                 probs_for_block: Callable[[int], np.ndarray], updates_per_block: int,
                 batches_per_update: int, group: int, homogeneous: bool, seed: int, epoch: int,
                 max_tokens, max_sentences, bsz_mult: int = 1):
        self.pair_indices = [np.asarray(ix, dtype=np.int64) for ix in pair_indices]
        self.tokens = (sizes.max(axis=1) if sizes.ndim == 2 else sizes).astype(np.int64)
        self.sizes = sizes
        self.probs_for_block = probs_for_block
        self.block_batches, self.group = updates_per_block * batches_per_update, group
        self.homogeneous, self.seed, self.epoch = homogeneous, seed, epoch
        self.max_tokens, self.max_sentences, self.bsz_mult = max_tokens, max_sentences, bsz_mult
        self._blocks: Dict[int, List[np.ndarray]] = {}
        self.pools = [self._batch(self._length_order(ix, k)) for k, ix in enumerate(self.pair_indices)]
        n_batches = sum(len(p) for p in self.pools)
        self.sentences_per_batch = sum(len(ix) for ix in self.pair_indices) / max(1, n_batches)
        self.num_blocks = max(1, math.ceil(n_batches / self.block_batches))

    def _rng(self, *key) -> np.random.Generator:
        return np.random.default_rng([self.seed, self.epoch, *key])

    def _length_order(self, indices: np.ndarray, key: int) -> np.ndarray:
        """Random tie-breaking, then stable sort by target then source length (as fairseq)."""
        ix = self._rng(10_000 + key).permutation(indices)
        if self.sizes.ndim == 2:
            ix = ix[np.argsort(self.sizes[ix, 1], kind="mergesort")]
            return ix[np.argsort(self.sizes[ix, 0], kind="mergesort")]
        return ix[np.argsort(self.sizes[ix], kind="mergesort")]

    def _batch(self, ordered: np.ndarray) -> List[np.ndarray]:
        if len(ordered) == 0:
            return []
        return data_utils.batch_by_size(ordered, num_tokens_fn=None, num_tokens_vec=self.tokens[ordered],
                                        max_tokens=self.max_tokens, max_sentences=self.max_sentences,
                                        required_batch_size_multiple=self.bsz_mult)

    def __len__(self) -> int:
        return self.num_blocks * self.block_batches

    def block(self, b: int) -> List[np.ndarray]:
        if b not in self._blocks:
            probs = np.asarray(self.probs_for_block(b), dtype=np.float64)
            make = self._homogeneous_block if self.homogeneous else self._mixed_block
            self._blocks = {k: v for k, v in self._blocks.items() if k >= b - 1}
            self._blocks[b] = make(b, probs / probs.sum())
        return self._blocks[b]

    def _homogeneous_block(self, b, probs):
        rng = self._rng(b)
        steps = self.block_batches // self.group
        available = np.array([len(p) > 0 for p in self.pools])
        p = np.where(available, probs, 0.0)
        draws = rng.choice(len(p), size=steps, p=p / p.sum())
        out = []
        for task in draws:
            pool = self.pools[task]
            out.extend(pool[j] for j in rng.integers(len(pool), size=self.group))
        return out

    def _mixed_block(self, b, probs):
        """Sentences are drawn with the probabilities, ``CANDIDATES`` times more than the block
        needs, batched by length, and a uniformly random subset of the batches is kept: every drawn
        sentence survives with the same probability (no length or pair bias), and batching a
        larger sample keeps padding close to fairseq's whole-epoch batching."""
        rng = self._rng(b)
        batches: List[np.ndarray] = []
        while len(batches) < self.block_batches:
            need = self.block_batches - len(batches)
            total = int(math.ceil(need * self.sentences_per_batch * CANDIDATES)) + len(probs)
            counts = rng.multinomial(total, probs)
            chosen = [rng.choice(ix, size=c, replace=c > len(ix)) for ix, c in zip(self.pair_indices, counts)
                      if c > 0 and len(ix) > 0]
            idx = np.concatenate(chosen)
            new = self._batch(self._length_order(idx, 20_000 + b))
            rng.shuffle(new)
            batches.extend(new[:need])
        return batches

    def __getitem__(self, i):
        if isinstance(i, slice):
            return PlanView(self, range(len(self))[i])
        if i < 0:
            i += len(self)
        return self.block(i // self.block_batches)[i % self.block_batches]

    def __iter__(self):
        return (self[i] for i in range(len(self)))


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
        state["mtl_sampler"] = self.sampler.state_dict()
        return state

    def load_state_dict(self, state_dict):
        if "mtl_sampler" in state_dict:
            self.sampler.load_state_dict(state_dict["mtl_sampler"])
            self._frozen_batches = None
        return super().load_state_dict(state_dict)
