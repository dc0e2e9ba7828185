"""Scalarization weights for population-based training (Royer, Blankevoort & Ehteshami Bejnordi,
NeurIPS 2023, arXiv 2310.08910; PBT: Jaderberg et al. 2017, arXiv 1711.09846), kept on the simplex.

PBT's *explore* step perturbs the weights a weak member copied from a strong one: with probability
p it resamples them from a Dirichlet, otherwise it multiplies each pair's weight by a factor drawn
from ``factors`` (e.g. 1.2 or 0.8) and renormalises. A floor keeps every weight ≥ f, so no pair is
ever switched off. Nothing here imports fairseq or Ray."""
import hashlib
import logging
from typing import Dict, List, Sequence, Tuple

import numpy as np

from ..errors import MtlNmtError
from ..sampling.weights import normalise_weights

logger = logging.getLogger("mtl_nmt.pbt")


def check_floor(floor: float, k: int) -> None:
    """A floor f with 0 ≤ f < 1/K (K·f = 1 would leave only the uniform vector)."""
    if not 0 <= floor < 1.0 / k:
        raise MtlNmtError(f"the weight floor must be in [0, 1/K) = [0, {1.0 / k:.4g}) for {k} pairs, got {floor}")


def apply_floor(weights: Sequence[float], floor: float) -> np.ndarray:
    """The weights on the simplex with every entry ≥ ``floor``: entries below it are raised to it and
    the others share the remaining mass in their old proportions (repeated while that pushes
    another entry below the floor). Weights already above the floor are only normalised."""
    w = normalise_weights(weights, "task weights")
    check_floor(floor, len(w))
    clamped = np.zeros(len(w), dtype=bool)
    while True:
        free = ~clamped
        mass = 1.0 - floor * clamped.sum()
        out = np.where(clamped, floor, w * mass / w[free].sum())
        below = free & (out < floor)
        if not below.any():
            return out
        clamped |= below


def apply_factors(weights: Sequence[float], factors: Sequence[float], floor: float) -> np.ndarray:
    """w_i·f_i renormalised, then floored (:func:`apply_floor`)."""
    w = normalise_weights(weights, "task weights")
    f = np.asarray(factors, dtype=np.float64)
    if f.shape != w.shape or not (f > 0).all():
        raise MtlNmtError(f"need one positive factor per weight, got {f.tolist()} for {len(w)} weights")
    return apply_floor(w * f, floor)


def check_perturbation(factors: Sequence[float], resample_probability: float, alpha: float) -> None:
    if not factors or any(not f > 0 for f in factors):
        raise MtlNmtError(f"perturbation factors must be positive numbers, got {list(factors)}")
    if len(set(factors)) < 2 and resample_probability < 1:
        raise MtlNmtError(f"perturbation factors need at least two different values (renormalising undoes "
                          f"a common factor), got {list(factors)}")
    if not 0 <= resample_probability <= 1:
        raise MtlNmtError(f"the resample probability must be in [0, 1], got {resample_probability}")
    if not alpha > 0:
        raise MtlNmtError(f"the Dirichlet concentration must be > 0, got {alpha}")


def perturb(weights: Sequence[float], rng: np.random.Generator, factors: Sequence[float] = (1.2, 0.8),
            resample_probability: float = 0.25, alpha: float = 1.0, floor: float = 0.0
            ) -> Tuple[np.ndarray, str]:
    """PBT's explore step on a weight vector: ``(new weights, description)``. Resample from
    Dirichlet(α·1) with probability ``resample_probability``, else scale each weight by a factor
    drawn from ``factors``; draws where every pair gets the same factor are redrawn, as
    renormalising would undo them. The result is floored."""
    check_perturbation(factors, resample_probability, alpha)
    w = normalise_weights(weights, "task weights")
    if rng.random() < resample_probability:
        return apply_floor(rng.dirichlet(np.full(len(w), alpha)), floor), "resample"
    while True:
        f = rng.choice(np.asarray(factors, dtype=np.float64), size=len(w))
        if len(w) == 1 or len(set(f.tolist())) > 1:
            break
    return apply_factors(w, f, floor), "x[" + ",".join(f"{x:g}" for x in f) + "]"


def initial_population(k: int, population: int, seed: int, alpha: float = 1.0, floor: float = 0.0
                       ) -> List[np.ndarray]:
    """Starting weights of the members: member 0 uniform (Royer et al.'s strong baseline), the
    others seeded Dirichlet(α·1) draws, floored."""
    if population < 2:
        raise MtlNmtError(f"a PBT population needs at least 2 members, got {population}")
    check_floor(floor, k)
    rng = np.random.default_rng(seed)
    return [np.full(k, 1.0 / k)] + [apply_floor(rng.dirichlet(np.full(k, alpha)), floor)
                                    for _ in range(population - 1)]


def weights_digest(weights: Sequence[float]) -> int:
    """A stable 32-bit integer from a weight vector (seeds the explore draws)."""
    text = ",".join(f"{float(x):.12g}" for x in weights)
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:4], "little")


class SimplexExplore:
    """``custom_explore_fn`` for Ray Tune's PopulationBasedTraining: perturbs ``config["weights"]``
    ({pair: weight}) with :func:`perturb`. Picklable (Tune stores it with the experiment); draws
    are seeded by (seed, call count, the weights explored), so a run is reproducible."""

    def __init__(self, pairs: Sequence[str], factors: Sequence[float], resample_probability: float,
                 alpha: float, floor: float, seed: int):
        check_perturbation(factors, resample_probability, alpha)
        check_floor(floor, len(pairs))
        self.pairs = list(pairs)
        self.factors = [float(f) for f in factors]
        self.resample_probability = float(resample_probability)
        self.alpha = float(alpha)
        self.floor = float(floor)
        self.seed = int(seed)
        self.calls = 0
        self.last = ""

    def __call__(self, config: Dict) -> Dict:
        old = [config["weights"][p] for p in self.pairs]
        rng = np.random.default_rng([self.seed, self.calls, weights_digest(old)])
        self.calls += 1
        new, self.last = perturb(old, rng, self.factors, self.resample_probability, self.alpha, self.floor)
        config = dict(config)
        config["weights"] = {p: float(x) for p, x in zip(self.pairs, new)}
        logger.info("explore (%s): %s", self.last,
                    " ".join(f"{p} {a:.3f}->{b:.3f}" for p, a, b in zip(self.pairs, old, new)))
        return config
