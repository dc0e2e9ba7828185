"""PBT explore on the simplex (mtl_nmt.pbt.simplex): hand-computed cases, no Ray."""
import pickle

import numpy as np
import pytest

from mtl_nmt.errors import MtlNmtError
from mtl_nmt.pbt.simplex import (SimplexExplore, apply_factors, apply_floor, initial_population, perturb,
                                 weights_digest)


def test_floor_raises_small_weights_and_keeps_the_proportions_of_the_others():
    # 0 -> 0.1; the other two share 0.9 in the ratio 1:3
    assert np.allclose(apply_floor([0.0, 0.25, 0.75], 0.1), [0.1, 0.225, 0.675])
    # cascade: raising the first pushes the second below the floor, so it is clamped too
    assert np.allclose(apply_floor([0.05, 0.105, 0.845], 0.1), [0.1, 0.1, 0.8])
    # nothing below the floor: only normalised
    assert np.allclose(apply_floor([2.0, 3.0, 5.0], 0.1), [0.2, 0.3, 0.5])
    assert np.allclose(apply_floor([1.0, 3.0], 0.0), [0.25, 0.75])


def test_floor_must_leave_room_on_the_simplex():
    with pytest.raises(MtlNmtError, match=r"weight floor must be in \[0, 1/K\)"):
        apply_floor([0.5, 0.5], 0.5)
    with pytest.raises(MtlNmtError, match="non-negative with a positive sum"):
        apply_floor([0.0, 0.0], 0.1)


def test_factors_multiply_then_renormalise_then_floor():
    # [0.6, 0.24, 0.24] / 1.08
    assert np.allclose(apply_factors([0.5, 0.3, 0.2], [1.2, 0.8, 1.2], 0.0), [5 / 9, 2 / 9, 2 / 9])
    # [1.08, 0.08] / 1.16 = [0.931, 0.069]; the floor 0.1 lifts the second
    assert np.allclose(apply_factors([0.9, 0.1], [1.2, 0.8], 0.0), [1.08 / 1.16, 0.08 / 1.16])
    assert np.allclose(apply_factors([0.9, 0.1], [1.2, 0.8], 0.1), [0.9, 0.1])
    with pytest.raises(MtlNmtError, match="one positive factor per weight"):
        apply_factors([0.5, 0.5], [1.2], 0.0)


class ScriptedRng:
    """Stands in for numpy's Generator with fixed answers."""

    def __init__(self, uniform, choices, dirichlet=None):
        self.uniform, self.choices, self.dirichlet_value = uniform, list(choices), dirichlet

    def random(self):
        return self.uniform

    def choice(self, values, size):
        return np.asarray(self.choices.pop(0), dtype=np.float64)

    def dirichlet(self, alpha):
        return np.asarray(self.dirichlet_value)


def test_perturb_redraws_a_common_factor_which_renormalising_would_undo():
    rng = ScriptedRng(0.9, [[1.2, 1.2], [0.8, 1.2]])
    new, op = perturb([0.5, 0.5], rng, (1.2, 0.8), resample_probability=0.25)
    # 0.5·0.8 / (0.5·0.8 + 0.5·1.2) = 0.4
    assert np.allclose(new, [0.4, 0.6])
    assert op == "x[0.8,1.2]"
    assert rng.choices == []


def test_perturb_resamples_from_the_dirichlet_with_the_resample_probability():
    rng = ScriptedRng(0.1, [], dirichlet=[0.0, 0.2, 0.8])
    new, op = perturb([0.2, 0.3, 0.5], rng, (1.2, 0.8), resample_probability=0.25, floor=0.1)
    assert op == "resample"
    assert np.allclose(new, [0.1, 0.18, 0.72])


def test_perturb_always_moves_the_weights_and_stays_on_the_floored_simplex():
    floor = 0.05
    for seed in range(50):
        # away from the floor (at it, a push below is clamped back and nothing moves)
        w = apply_floor(np.random.default_rng(seed).dirichlet([1.0, 1.0]), 0.2)
        new, op = perturb(w, np.random.default_rng(seed), (1.2, 0.8), resample_probability=0.0, floor=floor)
        assert op in ("x[1.2,0.8]", "x[0.8,1.2]")
        assert abs(new.sum() - 1) < 1e-12 and new.min() >= floor - 1e-12
        assert not np.allclose(new, w)


def test_perturb_rejects_bad_settings():
    rng = np.random.default_rng(0)
    with pytest.raises(MtlNmtError, match="at least two different values"):
        perturb([0.5, 0.5], rng, (1.2,), resample_probability=0.0)
    with pytest.raises(MtlNmtError, match="must be positive numbers"):
        perturb([0.5, 0.5], rng, (1.2, -0.8))
    with pytest.raises(MtlNmtError, match="resample probability must be in"):
        perturb([0.5, 0.5], rng, (1.2, 0.8), resample_probability=1.5)
    with pytest.raises(MtlNmtError, match="Dirichlet concentration"):
        perturb([0.5, 0.5], rng, (1.2, 0.8), alpha=0.0)


def test_initial_population_starts_uniform_then_seeded_dirichlet_draws():
    population = initial_population(3, 4, seed=7, floor=0.05)
    assert np.allclose(population[0], [1 / 3] * 3)
    assert len(population) == 4
    for w in population:
        assert abs(w.sum() - 1) < 1e-12 and w.min() >= 0.05 - 1e-12
    assert len({tuple(np.round(w, 9)) for w in population}) == 4
    again = initial_population(3, 4, seed=7, floor=0.05)
    assert all(np.array_equal(a, b) for a, b in zip(population, again))
    with pytest.raises(MtlNmtError, match="at least 2 members"):
        initial_population(3, 1, seed=7)


def test_explore_function_is_picklable_and_reproducible():
    pairs = ["en-de", "en-fr", "en-hi"]
    config = {"weights": {"en-de": 0.5, "en-fr": 0.3, "en-hi": 0.2}}
    first = SimplexExplore(pairs, (1.2, 0.8), 0.0, 1.0, 0.02, seed=3)
    second = pickle.loads(pickle.dumps(first))
    a, b = first(config), second(config)
    assert a == b and list(a["weights"]) == pairs
    assert config["weights"]["en-de"] == 0.5  # the source member's config is not modified
    assert abs(sum(a["weights"].values()) - 1) < 1e-12
    assert first.calls == 1 and first(config) != a  # the next draw differs
    assert weights_digest([0.5, 0.3, 0.2]) == weights_digest([0.5, 0.3, 0.2]) != weights_digest([0.3, 0.5, 0.2])
