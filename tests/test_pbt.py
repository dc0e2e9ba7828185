"""mtl-nmt-pbt: population-based training of scalarization weights on Ray Tune (Royer et al.,
NeurIPS 2023). One experiment on the toy corpus (2 members, 3 intervals of 4 updates) is
interrupted with Ctrl-C after the first interval and resumed; the tests share it."""
import glob
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time

import numpy as np
import pytest

from conftest import ROOT, cli_error, run_cli, toy_train_args
from mtl_nmt.cli.pbt import main

pytest.importorskip("ray.tune")

INTERVAL, INTERVALS, POPULATION = 4, 3, 2
PAIRS = ["en-xx", "en-yy"]
FLOOR = 0.1 / len(PAIRS)  # the default --weight-floor, as an absolute weight
ENV = {"OMP_NUM_THREADS": "1", "PYTHONWARNINGS": "ignore", "RAY_USAGE_STATS_ENABLED": "0"}


def member_command(data_bin):
    """The toy fairseq-train options without the ones mtl-nmt-pbt sets."""
    args = toy_train_args(data_bin, "unused", 1)[1:]
    for option in ("--max-update", "--save-dir"):
        i = args.index(option)
        del args[i:i + 2]
    return args


def pbt_options(out_dir):
    return ["--out-dir", out_dir, "--population", str(POPULATION), "--pbt-interval", str(INTERVAL),
            "--total-updates", str(INTERVAL * INTERVALS), "--num-cpus", "2", "--resample-probability", "0",
            "--keep-checkpoints", "0", "--seed", "3"]


def error_of(argv):
    """The one-line message of an mtl-nmt-pbt usage error."""
    return cli_error(main, "mtl-nmt-pbt", argv)


def checkpoint_states(out_dir):
    """{(member, interval): (folder, pbt_state)} of every Tune checkpoint in the experiment."""
    states = {}
    for path in glob.glob(os.path.join(out_dir, "pbt", "member_*", "checkpoint_*", "pbt_state.json")):
        with open(path, encoding="utf-8") as f:
            state = json.load(f)
        states[state["member"], state["interval"]] = (os.path.dirname(path), state)
    return states


def file_hashes(out_dir):
    return {path: hashlib.sha256(open(path, "rb").read()).hexdigest()
            for path in glob.glob(os.path.join(out_dir, "pbt", "member_*", "checkpoint_*", "*"))}


def history_rows(out_dir):
    with open(os.path.join(out_dir, "history.jsonl"), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


# No wall-clock deadline: a busy machine only makes the experiment slower. Waiting fails when the
# process died, or when nothing it writes (its log, any file of the experiment folder) changed for
# STALL seconds: that is a hang, not slowness (members write their fairseq logs and checkpoints every
# few updates, Ray Tune its experiment state), and without a bound a hang would block the suite.
STALL = 900


def written(paths):
    """(files, bytes, newest mtime) of every file under ``paths``: changes whenever anything is written."""
    files = size = newest = 0
    for path in paths:
        for folder, _, names in os.walk(path) if os.path.isdir(path) else [("", [], [path])]:
            for name in names:
                try:
                    st = os.stat(os.path.join(folder, name))
                except FileNotFoundError:  # a file Ray or fairseq replaced while we looked
                    continue
                files, size, newest = files + 1, size + st.st_size, max(newest, st.st_mtime_ns)
    return files, size, newest


def wait_on_progress(proc, done, watched, log_path):
    """Poll until ``done()``; fail if ``proc`` exits first or makes no progress for STALL seconds."""
    last, since = written(watched), time.monotonic()
    while not done():
        if proc.poll() is not None and not done():
            pytest.fail(f"mtl-nmt-pbt exited ({proc.returncode}) too early:\n{open(log_path).read()[-4000:]}")
        now = written(watched)
        if now != last:
            last, since = now, time.monotonic()
        elif time.monotonic() - since > STALL:
            proc.kill()
            pytest.fail(f"mtl-nmt-pbt wrote nothing for {STALL} s:\n{open(log_path).read()[-4000:]}")
        time.sleep(0.5)


@pytest.fixture(scope="module")
def experiment(toy_bin, tmp_path_factory):
    """Start the population, Ctrl-C it once both members finished interval 1, then --resume."""
    out = str(tmp_path_factory.mktemp("pbt") / "out")
    exe = os.path.join(os.path.dirname(sys.executable), "mtl-nmt-pbt")
    env = dict(os.environ, **ENV)
    started = time.monotonic()
    log_path = out + ".first.log"
    with open(log_path, "w") as log:
        proc = subprocess.Popen([exe, *pbt_options(out), "--", "fairseq-train", *member_command(toy_bin)],
                                cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        history = os.path.join(out, "history.jsonl")
        wait_on_progress(proc, lambda: os.path.exists(history) and sum(
            r["interval"] == 1 for r in history_rows(out)) == POPULATION, [out, log_path], log_path)
        proc.send_signal(signal.SIGINT)
        wait_on_progress(proc, lambda: proc.poll() is not None, [out, log_path], log_path)
        first_code = proc.returncode
    before = {"rows": history_rows(out), "hashes": file_hashes(out), "states": checkpoint_states(out)}
    resumed = run_cli(["mtl-nmt-pbt", "--out-dir", out, "--resume", "--num-cpus", "2"], check=False, env=ENV)
    return {"out": out, "first_code": first_code, "first_log": open(log_path).read(), "before": before,
            "resumed": resumed, "seconds": time.monotonic() - started}


def test_bad_options_are_one_line_errors(toy_bin, tmp_path, monkeypatch):
    out = str(tmp_path / "out")
    command = ["--", "fairseq-train", *member_command(toy_bin)]
    base = ["--out-dir", out, "--pbt-interval", "4", "--total-updates", "8"]
    assert "--population must be >= 2" in error_of(base + ["--population", "1"] + command)
    assert "--pbt-interval must be >= 1" in error_of(["--out-dir", out, "--pbt-interval", "0", "--total-updates",
                                                      "8"] + command)
    assert "positive multiple of --pbt-interval" in error_of(["--out-dir", out, "--pbt-interval", "4",
                                                             "--total-updates", "6"] + command)
    assert "unknown --pbt-metric 'chrf'" in error_of(base + ["--pbt-metric", "chrf"] + command)
    assert "--quantile must be in (0, 0.5]" in error_of(base + ["--quantile", "0.7"] + command)
    assert "at least two different values" in error_of(base + ["--perturbation-factors", "1.2"] + command)
    assert "give the members' training after --" in error_of(base)
    no_data = [a for a in command if a != toy_bin]
    assert "the following arguments are required: data" in error_of(base + no_data)
    missing = [a if a != toy_bin else str(tmp_path / "nowhere") for a in command]
    assert "does not exist" in error_of(base + missing)
    assert "--max-update is not allowed here: the budget is --total-updates" in error_of(
        base + command + ["--max-update", "100"])
    assert "--task multilingual_scheduled" in error_of(
        base + [a if a != "multilingual_scheduled" else "translation_multi_simple_epoch" for a in command])
    assert "no mtl-nmt-pbt experiment to resume" in error_of(["--out-dir", out, "--resume"])
    monkeypatch.setitem(sys.modules, "ray", None)
    assert "pip install 'mtl-nmt[pbt]'" in error_of(base + command)
    assert not os.path.exists(out)


def test_interval_scores_read_the_dev_scores_at_the_interval_end(tmp_path):
    from mtl_nmt.errors import MtlNmtError
    from mtl_nmt.pbt.population import fairseq_argv, interval_scores

    log = tmp_path / "train.log"
    log.write_text(
        '2026-01-01 | INFO | valid | {"epoch": 1, "valid_loss": "7", "valid_loss_en-xx": "7.5", '
        '"valid_loss_en-yy": "6.5", "valid_num_updates": "5"}\n'
        "2026-01-01 | INFO | valid | epoch 002 | valid on 'valid' subset | loss 6 | loss_en-xx 6.25 | "
        "loss_en-yy 5.75 | bleu_en-xx 12.5 | bleu_en-yy 20 | num_updates 8\n", encoding="utf-8")
    assert interval_scores(str(log), PAIRS, 8, "bleu") == {"loss": {"en-xx": 6.25, "en-yy": 5.75},
                                                          "bleu": {"en-xx": 12.5, "en-yy": 20.0}}
    assert interval_scores(str(log), PAIRS, 5, "loss") == {"loss": {"en-xx": 7.5, "en-yy": 6.5}}
    with pytest.raises(MtlNmtError, match="no dev bleu for en-xx, en-yy"):
        interval_scores(str(log), PAIRS, 5, "bleu")
    with pytest.raises(MtlNmtError, match=r"no validation at update 12 .*\(last at update 8\)"):
        interval_scores(str(log), PAIRS, 12, "loss")
    argv = fairseq_argv({"fairseq_args": ["DATA", "--criterion", "label_smoothed_cross_entropy"], "metric": "bleu"},
                        "W.json", "SAVE", 12)
    assert argv == ["DATA", "--criterion", "label_smoothed_cross_entropy", "--eval-bleu", "--criterion",
                    "mtl_label_smoothed_cross_entropy", "--pair-weights", "W.json", "--save-dir", "SAVE",
                    "--max-update", "12"]


def test_population_finishes_with_results_and_best_member(experiment, toy_bin):
    out, resumed = experiment["out"], experiment["resumed"]
    assert resumed.returncode == 0, resumed.stdout[-3000:] + resumed.stderr[-3000:]
    with open(os.path.join(out, "members.csv"), encoding="utf-8") as f:
        header, *rows = [line.rstrip("\n").split(",") for line in f]
    table = [dict(zip(header, row)) for row in rows]
    assert [r["member"] for r in table] == ["member_00000", "member_00001"]
    assert all(r["status"] == "done" and r["intervals"] == str(INTERVALS) for r in table)
    assert sorted(r["rank"] for r in table) == ["1", "2"]
    assert {f"loss_{p}" for p in PAIRS} | {f"weight_{p}" for p in PAIRS} <= set(header)
    for name in ("weights.png", "metric.png"):
        with open(os.path.join(out, name), "rb") as f:
            assert f.read(8) == b"\x89PNG\r\n\x1a\n"
    with open(os.path.join(out, "trajectories.csv"), encoding="utf-8") as f:
        assert len(f.readlines()) == 1 + POPULATION * INTERVALS
    best_row = next(r for r in table if r["rank"] == "1")
    with open(os.path.join(out, "best", "summary.json"), encoding="utf-8") as f:
        summary = json.load(f)
    assert summary["member"] == best_row["member"]
    assert summary["eval"] == f"mtl-nmt-eval --data-bin {toy_bin} --checkpoint {out}/best/checkpoint.pt"
    with open(os.path.join(out, "best", "pair_weights.json"), encoding="utf-8") as f:
        weights = json.load(f)
    assert weights == pytest.approx({p: float(best_row[f"weight_{p}"]) for p in PAIRS}, abs=1e-5)
    from mtl_nmt.inference.evaluate import checkpoint_task_config

    task = checkpoint_task_config(os.path.join(out, "best", "checkpoint.pt"))
    lang_pairs = task["lang_pairs"]
    assert task["_name"] == "multilingual_scheduled"
    assert (lang_pairs.split(",") if isinstance(lang_pairs, str) else list(lang_pairs)) == PAIRS
    final = checkpoint_states(out)[best_row["member"], INTERVALS][1]
    assert final["num_updates"] == INTERVAL * INTERVALS and final["weights"] == weights
    # the lineage: one row per interval, the last the best member's own, each continuing the previous
    chain = summary["lineage"]
    assert [r["interval"] for r in chain] == list(range(1, INTERVALS + 1)) and chain[-1]["member"] == summary["member"]
    states = checkpoint_states(out)
    for earlier, later in zip(chain, chain[1:]):
        assert states[later["member"], later["interval"]][1]["started_from"]["member"] == earlier["member"]
    with open(os.path.join(out, "best", "lineage.csv"), encoding="utf-8") as f:
        assert len(f.readlines()) == 1 + INTERVALS
    assert summary["compute"] == {"member_updates": POPULATION * INTERVALS * INTERVAL, "runs": POPULATION}
    assert "its model was trained by" in resumed.stdout and f"{POPULATION}.00x one run" in resumed.stdout


def test_interrupted_experiment_resumes_without_losing_finished_intervals(experiment):
    out, before = experiment["out"], experiment["before"]
    assert experiment["first_code"] == 130, experiment["first_log"][-3000:]
    assert "--resume" in experiment["first_log"]
    assert sorted((r["member"], r["interval"]) for r in before["rows"]) == [("member_00000", 1), ("member_00001", 1)]
    # each (member, interval) was reported once: interval 1 was not trained again after the resume
    rows = history_rows(out)
    members = {f"member_0000{m}" for m in range(POPULATION)}
    assert sorted((r["member"], r["interval"]) for r in rows) == sorted(
        (m, k) for m in members for k in range(1, INTERVALS + 1))
    # interval 2 continued from an interval-1 checkpoint (the member's own or, after an exploit,
    # the better member's), saved before the interruption and still unchanged
    assert all(r["started_from"] in members for r in rows if r["interval"] == 2)
    saved = {state["sha256"]: folder for folder, state in before["states"].values() if state["interval"] == 1}
    states = checkpoint_states(out)
    continued = [state for (_, k), (_, state) in states.items() if k == 2]
    assert continued
    after = file_hashes(out)
    for state in continued:
        folder = saved[state["started_from"]["sha256"]]
        kept = [path for path in before["hashes"] if path.startswith(folder + os.sep)]
        assert len(kept) == 4 and all(after[path] == before["hashes"][path] for path in kept)
    # the restored scheduler went on: every member reached the last interval, with an exploit at the
    # first barrier after the restore
    assert all(states[m, INTERVALS][1]["started_from"]["interval"] == INTERVALS - 1 for m in members)
    assert any(r["started_from"] != r["member"] for r in rows if r["interval"] == INTERVALS)


def _parameters(path):
    import torch

    return torch.load(path, map_location="cpu", weights_only=False)["model"]


def test_exploit_copies_the_source_checkpoint_and_weights(experiment, tmp_path):
    from mtl_nmt.pbt.simplex import apply_factors
    from mtl_nmt.pbt.population import fairseq_argv, file_sha256

    out = experiment["out"]
    states = checkpoint_states(out)
    exploits = [(member, k, state) for (member, k), (_, state) in states.items()
                if state["started_from"] and state["started_from"]["member"] != member]
    assert exploits, "no member copied another one"
    # the last barrier's exploit: every checkpoint it involves is kept (a member's own checkpoint is
    # discarded, and its folder reused, when it is exploited)
    target, k, state = max(exploits, key=lambda e: (e[1], e[0]))
    assert k == INTERVALS
    source = state["started_from"]["member"]
    source_folder, source_state = states[source, k - 1]
    # the fairseq checkpoint the target started from is the source's, byte for byte
    assert file_sha256(os.path.join(source_folder, "checkpoint_last.pt")) == state["started_from"]["sha256"]
    # explore multiplied the source's weights by factors from {1.2, 0.8} (not all equal) and renormalised
    old = [source_state["weights"][p] for p in PAIRS]
    new = [state["weights"][p] for p in PAIRS]
    assert any(np.allclose(apply_factors(old, f, FLOOR), new) for f in ([1.2, 0.8], [0.8, 1.2]))
    own_before = next(r for r in history_rows(out) if r["member"] == target and r["interval"] == k - 1)
    assert not any(np.allclose(apply_factors([own_before[f"weight_{p}"] for p in PAIRS], f, FLOOR), new)
                   for f in ([1.2, 0.8], [0.8, 1.2]))
    # parameters: training the source's checkpoint with the target's new weights for one interval
    # reproduces the target's checkpoint; the source's own next interval (its weights) differs
    save_dir = str(tmp_path / "replay")
    os.makedirs(save_dir)
    shutil.copyfile(os.path.join(source_folder, "checkpoint_last.pt"), os.path.join(save_dir, "checkpoint_last.pt"))
    with open(tmp_path / "w.json", "w", encoding="utf-8") as f:
        json.dump(state["weights"], f)
    with open(os.path.join(out, "pbt_settings.json"), encoding="utf-8") as f:
        settings = json.load(f)
    run_cli(["fairseq-train", *fairseq_argv(settings, str(tmp_path / "w.json"), save_dir, k * INTERVAL)], env=ENV)
    replay = _parameters(os.path.join(save_dir, "checkpoint_last.pt"))
    exploited = _parameters(os.path.join(states[target, k][0], "checkpoint_last.pt"))
    assert replay.keys() == exploited.keys()
    assert all(np.allclose(replay[n].numpy(), exploited[n].numpy(), atol=1e-6) for n in replay)
    own = states[source, k]
    assert own[1]["started_from"]["member"] == source and own[1]["weights"] != state["weights"]
    continued = _parameters(os.path.join(own[0], "checkpoint_last.pt"))
    assert max(float((continued[n] - exploited[n]).abs().max()) for n in exploited) > 1e-4


def test_weights_stay_on_the_floored_simplex(experiment):
    out = experiment["out"]
    vectors = [[r[f"weight_{p}"] for p in PAIRS] for r in history_rows(out)]
    for folder, state in checkpoint_states(out).values():
        with open(os.path.join(folder, "pair_weights.json"), encoding="utf-8") as f:
            assert json.load(f) == state["weights"]
        vectors.append([state["weights"][p] for p in PAIRS])
    with open(os.path.join(out, "pbt_settings.json"), encoding="utf-8") as f:
        vectors += json.load(f)["initial_weights"]
    assert len(vectors) > POPULATION * INTERVALS
    for w in vectors:
        assert abs(sum(w) - 1) < 1e-9 and min(w) >= FLOOR - 1e-12
    assert len({tuple(w) for w in vectors}) >= 3  # the weights did move


def test_resume_refuses_other_options_and_a_new_run_refuses_the_folder(experiment, toy_bin):
    out = experiment["out"]
    assert "--population 3 (saved: 2)" in error_of(["--out-dir", out, "--resume", "--population", "3"])
    assert "already holds a PBT experiment" in error_of(
        pbt_options(out) + ["--", "fairseq-train", *member_command(toy_bin)])
    print(f"experiment: {experiment['seconds']:.0f} s")
