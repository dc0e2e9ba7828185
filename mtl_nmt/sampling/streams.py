"""Epoch-exhaustive draws within each pair.

A schedule decides how many sentences (or batches) of each pair a block of updates trains on;
this module decides *which*. Per pair it walks a fresh random permutation of the pair's items,
consumed in order, and draws a new permutation only when the current one runs out: every item is
drawn once before any is drawn twice, as in fairseq's epoch-based shuffling (and unlike sampling
with replacement, whose copies of a sentence cluster in one length-sorted batch). Items drawn but
not used are handed back and served first at the next draw, so nothing is silently skipped.
"""
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np


class PairStreams:
    """Per pair ``i``, an endless sequence over positions ``0 .. sizes[i]-1``.

    Pass ``p`` of pair ``i`` is ``permutation(sizes[i])`` from a generator seeded with
    ``(seed, salt, i, p)``, so the whole sequence is a function of the seed and the state
    ``(pass, position, handed-back items)`` — which is all :meth:`state_dict` keeps.
    """

    def __init__(self, sizes: Sequence[int], seed: int, salt: int = 0):
        self.sizes = [int(n) for n in sizes]
        self.seed, self.salt = int(seed), int(salt)
        self.passes = [0] * len(self.sizes)
        self.positions = [0] * len(self.sizes)
        self.returned: List[np.ndarray] = [np.zeros(0, dtype=np.int64) for _ in self.sizes]
        self.ages: List[np.ndarray] = [np.zeros(0, dtype=np.int64) for _ in self.sizes]
        self._perms: Dict[int, Tuple[int, np.ndarray]] = {}

    def _perm(self, pair: int) -> np.ndarray:
        cached = self._perms.get(pair)
        if cached is None or cached[0] != self.passes[pair]:
            rng = np.random.default_rng([self.seed, self.salt, pair, self.passes[pair]])
            cached = (self.passes[pair], rng.permutation(self.sizes[pair]))
            self._perms[pair] = cached
        return cached[1]

    def take(self, pair: int, count: int) -> np.ndarray:
        """The next ``count`` positions of ``pair`` (handed-back ones first)."""
        return self.take_aged(pair, count)[0]

    def take_aged(self, pair: int, count: int) -> Tuple[np.ndarray, np.ndarray]:
        """:meth:`take`, with how often each position was handed back since it was drawn."""
        if count <= 0 or self.sizes[pair] == 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        back, ages = self.returned[pair], self.ages[pair]
        out = [back[:count]]
        self.returned[pair], self.ages[pair] = back[count:], ages[count:]
        age = np.concatenate([ages[:count], np.zeros(count - len(out[0]), dtype=np.int64)])
        left = count - len(out[0])
        while left > 0:
            perm = self._perm(pair)
            start = self.positions[pair]
            chunk = perm[start:start + left]
            out.append(chunk)
            left -= len(chunk)
            self.positions[pair] = start + len(chunk)
            if self.positions[pair] == self.sizes[pair]:
                self.passes[pair] += 1
                self.positions[pair] = 0
        return np.concatenate(out).astype(np.int64), age

    def give_back(self, pair: int, positions, ages=None) -> None:
        """Return drawn but unused positions (``ages``: how often each was handed back before);
        they are drawn first next time, in this order."""
        positions = np.asarray(positions, dtype=np.int64)
        ages = np.zeros(len(positions), dtype=np.int64) if ages is None else np.asarray(ages, dtype=np.int64)
        self.returned[pair] = np.concatenate([positions, self.returned[pair]])
        self.ages[pair] = np.concatenate([ages + 1, self.ages[pair]])

    def pending(self, pair: int) -> int:
        return len(self.returned[pair])

    def state_dict(self) -> dict:
        return {"sizes": list(self.sizes), "seed": self.seed, "salt": self.salt,
                "passes": list(self.passes), "positions": list(self.positions),
                "returned": [r.tolist() for r in self.returned], "ages": [a.tolist() for a in self.ages]}

    def load_state_dict(self, state: dict) -> None:
        self.passes = [int(x) for x in state["passes"]]
        self.positions = [int(x) for x in state["positions"]]
        self.returned = [np.asarray(r, dtype=np.int64) for r in state["returned"]]
        self.ages = [np.asarray(a, dtype=np.int64) for a in state.get("ages", [[0] * len(r) for r in self.returned])]

    @classmethod
    def from_state(cls, state: dict) -> "PairStreams":
        streams = cls(state["sizes"], state["seed"], state.get("salt", 0))
        streams.load_state_dict(state)
        return streams

    def matches(self, sizes: Sequence[int], seed: int, salt: int) -> bool:
        return self.sizes == [int(n) for n in sizes] and (self.seed, self.salt) == (int(seed), int(salt))


def apportion(total: int, probs, rng: np.random.Generator) -> np.ndarray:
    """Per pair, how many of ``total`` items it gets: ``floor(total * p_i)``, the few left over drawn
    with the probabilities — fairseq's ``SampledMultiDataset`` counts (``get_virtual_indices``), so
    at T=1 a pool of one pass holds each pair's sentences once, where a multinomial draw of the same
    total over- or under-draws each pair by about its standard deviation."""
    p = np.asarray(probs, dtype=np.float64)
    p = p / p.sum()
    counts = np.floor(total * p + 1e-9).astype(np.int64)
    left = int(total - counts.sum())
    if left > 0:
        np.add.at(counts, rng.choice(len(p), size=left, p=p), 1)
    return counts


def occurrence_rank(ids: np.ndarray) -> np.ndarray:
    """For every entry, how many earlier entries hold the same id (0 for a first occurrence)."""
    ids = np.asarray(ids, dtype=np.int64)
    order = np.argsort(ids, kind="stable")
    s = ids[order]
    first = np.r_[True, s[1:] != s[:-1]] if len(s) else np.zeros(0, dtype=bool)
    group_start = np.maximum.accumulate(np.where(first, np.arange(len(s)), 0)) if len(s) else s
    rank = np.empty(len(s), dtype=np.int64)
    rank[order] = np.arange(len(s)) - group_start
    return rank


def restore(state: Optional[dict], sizes: Sequence[int], seed: int, salt: int) -> PairStreams:
    """Streams from a saved state when it was made for the same items and seed, else fresh ones."""
    if state is not None:
        streams = PairStreams.from_state(state)
        if streams.matches(sizes, seed, salt):
            return streams
    return PairStreams(sizes, seed, salt)
