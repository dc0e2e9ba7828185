"""UniMax (Chung et al. 2023, Algorithm 1) on hand-computed allocations; errors; resume keeps the
allocation."""
import json

import numpy as np
import pytest

from mtl_nmt.errors import MtlNmtError
from mtl_nmt.sampling.sampler import ScheduledSampler
from mtl_nmt.sampling.schedule import StaticSchedule, UnimaxSchedule
from mtl_nmt.sampling.unimax import format_allocation, unimax_allocation, unimax_probs


def test_every_pair_capped():
    # B_left/3 = 20 > 10 -> 10; 50/2 = 25 > 20 -> 20; 30/1 = 30 = cap -> 30
    assert unimax_allocation([10, 20, 30], 60, 1.0).tolist() == [10, 20, 30]
    assert unimax_probs([10, 20, 30], 60, 1.0) == pytest.approx([1 / 6, 2 / 6, 3 / 6])


def test_no_pair_capped():
    # 90/3 = 30 below every cap: uniform
    assert unimax_allocation([300, 100, 200], 90, 1.0).tolist() == [30, 30, 30]
    assert unimax_probs([300, 100, 200], 90, 1.0) == pytest.approx([1 / 3] * 3)


def test_mixed_unsorted_with_two_epochs():
    # sorted 5 (cap 10), 20 (cap 40), 50 (cap 100), 500 (cap 1000), B = 200:
    # 200/4 = 50 -> 10; 190/3 = 63.3 -> 40; 150/2 = 75 -> 75; 75/1 -> 75
    u = unimax_allocation([5, 50, 500, 20], 200, 2.0)
    assert u == pytest.approx([10, 75, 75, 40])
    assert unimax_probs([5, 50, 500, 20], 200, 2.0) == pytest.approx([0.05, 0.375, 0.375, 0.2])


def test_fractional_epochs():
    # cap 0.5·n = [2, 50]; 60/2 = 30 -> 2; 58 -> 50 (capped): budget not spent
    assert unimax_allocation([4, 100], 60, 0.5).tolist() == [2, 50]


@pytest.mark.parametrize("seed", range(5))
def test_properties_against_the_definition(seed):
    rng = np.random.default_rng(seed)
    n = rng.integers(1, 10_000, size=12).astype(float)
    epochs = float(rng.uniform(0.3, 3))
    budget = float(rng.uniform(0.05, 0.9)) * epochs * n.sum()
    u = unimax_allocation(n, budget, epochs)
    assert u.sum() == pytest.approx(budget)
    assert (u <= epochs * n + 1e-9).all()
    free = u < epochs * n - 1e-9
    # the pairs below their cap share what is left equally, and get at least every capped pair's amount
    assert free.any() and np.ptp(u[free]) == pytest.approx(0, abs=1e-6)
    assert (u[~free] <= u[free].max() + 1e-9).all()


def test_budget_over_the_cap_is_proportional_and_reported():
    u = unimax_allocation([10, 30], 100, 1.0)
    assert u.tolist() == [10, 30]
    assert unimax_probs([10, 30], 100, 1.0) == pytest.approx([0.25, 0.75])
    table = format_allocation(["en-a", "en-b"], [10, 30], u, 100, 1.0)
    assert "budget exceeds 1 epoch(s) of all data (40 sentences)" in table
    assert "seen 2.500 times" in table


def test_table_rows():
    table = format_allocation(["en-xx", "en-yy"], [400, 80], unimax_allocation([400, 80], 300, 1.0), 300, 1.0)
    lines = table.splitlines()
    assert lines[0] == "unimax allocation: budget 300 sentences, at most 1 epoch(s) per pair"
    # en-yy capped at 80 (26.67%, 1 epoch), en-xx gets the remaining 220 (73.33%, 0.55 epochs)
    assert lines[2].split() == ["en-xx", "400", "220", "73.33%", "0.550"]
    assert lines[3].split() == ["en-yy", "80", "80", "26.67%", "1.000"]
    assert "exceeds" not in table


@pytest.mark.parametrize("sizes,budget,epochs,message", [
    ([10, 20], 100, 0.0, "--unimax-max-epochs must be > 0"),
    ([10, 20], 100, -1.0, "--unimax-max-epochs must be > 0"),
    ([10, 20], 0, 1.0, "budget must be > 0"),
    ([10, 20], float("nan"), 1.0, "budget must be > 0"),
    ([10, 0], 100, 1.0, "every pair needs training data"),
    ([], 100, 1.0, "one size per pair"),
])
def test_errors(sizes, budget, epochs, message):
    with pytest.raises(MtlNmtError, match=message):
        unimax_allocation(sizes, budget, epochs)
    if sizes:
        with pytest.raises(MtlNmtError, match=message):
            UnimaxSchedule([f"en-{i}" for i in range(len(sizes))], sizes, budget, epochs)


def test_schedule_fixed_and_floored():
    s = UnimaxSchedule(["en-a", "en-b", "en-c", "en-d"], [5, 50, 500, 20], 200, 2.0)
    assert s.probs(0) == pytest.approx([0.05, 0.375, 0.375, 0.2])
    assert s.probs(10_000) == pytest.approx(s.probs(0))
    floored = UnimaxSchedule(["en-a", "en-b", "en-c", "en-d"], [5, 50, 500, 20], 200, 2.0, min_prob=0.1)
    assert floored.probs(0) == pytest.approx(0.6 * np.array([0.05, 0.375, 0.375, 0.2]) + 0.1)


def test_resume_keeps_the_allocation():
    pairs, sizes = ["en-xx", "en-yy"], [400, 80]
    first = ScheduledSampler(UnimaxSchedule(pairs, sizes, 300, 1.0), 10)
    state = json.loads(json.dumps(first.state_dict()))
    # the resumed run estimates another budget: its own allocation would be uniform
    resumed = ScheduledSampler(UnimaxSchedule(pairs, sizes, 100, 1.0), 10)
    assert resumed.current_probs() == pytest.approx([0.5, 0.5])
    resumed.load_state_dict(state)
    assert resumed.current_probs() == pytest.approx([220 / 300, 80 / 300])
    assert resumed.schedule.budget == 300 and resumed.schedule.table() == first.schedule.table()


def test_resume_with_another_method_is_refused():
    state = UnimaxSchedule(["en-xx", "en-yy"], [400, 80], 300).state_dict()
    with pytest.raises(MtlNmtError, match="checkpoint sampler state is for unimax"):
        StaticSchedule(["en-xx", "en-yy"], [400, 80], "uniform").load_state_dict(state)


def test_unimax_run_logs_the_allocation_as_its_probabilities(toy_bin, tmp_path):
    """A real fairseq-train run: the logged probabilities are the allocation normalised, and the
    allocation table is in the log."""
    from conftest import json_logs, run_cli, toy_train_args

    proc = run_cli(toy_train_args(toy_bin, str(tmp_path), 6, "--sampling-method", "unimax", "--unimax-budget", "600",
                                  "--unimax-max-epochs", "2", "--log-interval", "1", "--disable-validation",
                                  "--no-save"))
    expected = unimax_probs([400, 80], 600, 2)                 # en-yy capped at 160, en-xx gets 440
    assert expected.tolist() == pytest.approx([440 / 600, 160 / 600])
    record = json_logs(proc.stdout + proc.stderr, "train_inner")[-1]
    assert [record["prob_en-xx"], record["prob_en-yy"]] == pytest.approx(expected.tolist(), abs=1e-4)
    log = proc.stdout + proc.stderr
    row = next(line for line in log.splitlines() if line.startswith("en-yy ") and "%" in line)
    assert "unimax allocation" in log and row.split()[1:3] == ["80", "160"]     # size, allocated


def test_unimax_budget_defaults_to_the_run_length(toy_bin, tmp_path):
    """Without --unimax-budget: --max-update × --max-tokens / mean sentence length (in tokens)."""
    from conftest import run_cli, toy_train_args

    proc = run_cli(toy_train_args(toy_bin, str(tmp_path), 2, "--sampling-method", "unimax", "--disable-validation",
                                  "--no-save"))
    log = proc.stdout + proc.stderr
    line = next(x for x in log.splitlines() if x.startswith("unimax allocation: budget"))
    budget = float(line.split("budget ")[1].split(" sentences")[0].replace(",", ""))
    assert 2 * 1000 / 40 < budget < 2 * 1000 / 3          # 2 updates of 1,000 tokens, sentences of 3-40 tokens
