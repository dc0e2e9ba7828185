"""Real fairseq-train / fairseq-generate / mtl-nmt-eval runs through the plugin on the toy corpus."""
import json
import os
import shutil

import pytest

from conftest import by_update, json_logs, run_cli, straight_and_resumed, toy_train_args


@pytest.fixture(scope="module")
def trained(toy_bin, tmp_path_factory):
    save = str(tmp_path_factory.mktemp("ck"))
    proc = run_cli(toy_train_args(toy_bin, save, 240, "--validate-interval-updates", "120",
                                  "--save-interval-updates", "120", "--keep-interval-updates", "2",
                                  "--sampling-method", "temperature", "--sampling-temperature", "2"))
    return save, proc.stdout + proc.stderr


def test_valid_reports_per_pair_losses(trained):
    _, log = trained
    valid = json_logs(log, "valid")
    assert valid, "no validation record in the log"
    last = valid[-1]
    for pair in ("en-xx", "en-yy"):
        assert f"valid_loss_{pair}" in last and f"valid_nll_loss_{pair}" in last
    # the overall loss is the token-weighted mean of the per-pair losses
    lo, hi = sorted([last["valid_loss_en-xx"], last["valid_loss_en-yy"]])
    assert lo - 0.01 <= last["valid_loss"] <= hi + 0.01
    assert valid[-1]["valid_loss_en-xx"] < valid[0]["valid_loss_en-xx"]


def test_train_records_per_pair_sentence_counts(trained):
    _, log = trained
    records = json_logs(log, "train_inner")
    assert records and all("samples_en-yy" in r for r in records)
    r = records[-1]
    assert r["samples_en-xx"] > r["samples_en-yy"] > 0


def test_eval_counts_every_sentence_and_shows_learning(trained, toy_bin, tmp_path):
    save, _ = trained
    out = str(tmp_path / "eval")
    proc = run_cli(["mtl-nmt-eval", "--data-bin", toy_bin, "--checkpoint", os.path.join(save, "checkpoint_best.pt"),
                    "--beam", "2", "--out-dir", out])
    assert "en-yy" in proc.stdout and "low (≤5000) mean" in proc.stdout
    scores = json.load(open(os.path.join(out, "scores.json")))
    by_pair = {s["pair"]: s for s in scores["pairs"]}
    assert by_pair["en-xx"]["n_test"] == 24 and by_pair["en-yy"]["n_test"] == 24
    assert by_pair["en-xx"]["bleu"] > 0
    hyp = open(os.path.join(out, "hyp.test.en-xx.xx"), encoding="utf-8").read().splitlines()
    assert len(hyp) == 24
    assert os.path.exists(os.path.join(out, "scores.csv"))

    # the examples again, each next to another system's output of the same sentence (here: a copy of
    # the first run's hypotheses with a marker, as if from a longer-trained model archived elsewhere)
    other = tmp_path / "other"
    other.mkdir()
    for pair in ("xx", "yy"):
        lines = open(os.path.join(out, f"hyp.test.en-{pair}.{pair}"), encoding="utf-8").read().splitlines()
        (other / f"hyp.test.en-{pair}.{pair}").write_text("".join(f"OTHER {i} {h}\n" for i, h in enumerate(lines)),
                                                         encoding="utf-8")
    again = run_cli(["mtl-nmt-eval", "--data-bin", toy_bin, "--checkpoint", os.path.join(save, "checkpoint_best.pt"),
                     "--beam", "2", "--out-dir", str(tmp_path / "again"), "--examples", "2",
                     "--examples-beside", f"longer={other}"])
    printed = again.stdout.splitlines()
    at = printed.index(f"  [23] hypothesis {hyp[23]}")
    assert printed[at + 1] == f"  [23] longer     OTHER 23 {hyp[23]}"
    assert sum(line.startswith("  [0] longer     OTHER 0 ") for line in printed) == 2   # both pairs


def test_averaged_checkpoint_is_the_mean_and_translates(trained, toy_bin, tmp_path):
    import torch

    save, _ = trained
    avg = str(tmp_path / "checkpoint_avg2.pt")
    proc = run_cli(["mtl-nmt-average", save, "--last", "2", "--out", avg])
    assert "mean of 2" in proc.stdout
    names = sorted(n for n in os.listdir(save) if n.startswith("checkpoint_") and n.count("_") == 2)
    assert len(names) == 2
    first, second = (torch.load(os.path.join(save, n), map_location="cpu", weights_only=False)["model"] for n in names)
    averaged = torch.load(avg, map_location="cpu", weights_only=False)["model"]
    key = next(k for k, v in first.items() if torch.is_floating_point(v) and not torch.equal(v, second[k]))
    assert torch.allclose(averaged[key], (first[key] + second[key]) / 2, atol=1e-6)
    out = str(tmp_path / "eval")
    run_cli(["mtl-nmt-eval", "--data-bin", toy_bin, "--checkpoint", avg, "--beam", "2", "--out-dir", out])
    scores = {s["pair"]: s for s in json.load(open(os.path.join(out, "scores.json")))["pairs"]}
    assert scores["en-xx"]["n_test"] == 24 and scores["en-xx"]["bleu"] > 0


def test_examples_beside_errors_name_the_problem(trained, toy_bin, tmp_path):
    save, _ = trained
    base = ["mtl-nmt-eval", "--data-bin", toy_bin, "--checkpoint", os.path.join(save, "checkpoint_best.pt"),
            "--beam", "1", "--out-dir", str(tmp_path / "eval")]
    short = tmp_path / "short"
    short.mkdir()
    (short / "hyp.test.en-xx.xx").write_text("one line\n", encoding="utf-8")
    cases = [
        (["--examples", "1", "--examples-beside", "nolabel"], "mtl-nmt-eval: error: --examples-beside 'nolabel' is not LABEL=DIR"),
        (["--examples", "1", "--examples-beside", f"x={tmp_path / 'missing'}"], "mtl-nmt-eval: error: --examples-beside x: no folder"),
        (["--examples-beside", f"x={short}"], "mtl-nmt-eval: error: --examples-beside shows other systems next to the "
                                              "examples: give --examples N too"),
        (["--examples", "1", "--examples-beside", f"x={short}"],
         f"mtl-nmt-eval: error: --examples-beside: {short}/hyp.test.en-xx.xx has 1 lines, the test set of en-xx has 24"),
    ]
    for extra, message in cases:
        _one_line_error(run_cli(base + extra, check=False), message)


def test_interactive_loads_checkpoint(trained, toy_bin):
    save, _ = trained
    import subprocess
    import sys

    cmd = [os.path.join(os.path.dirname(sys.executable), "fairseq-interactive"), toy_bin,
           "--user-dir", os.path.join(os.path.dirname(os.path.dirname(__file__)), "mtl_nmt"),
           "--task", "multilingual_scheduled", "--path", os.path.join(save, "checkpoint_last.pt"),
           "--source-lang", "en", "--target-lang", "xx", "--lang-pairs", "en-xx,en-yy",
           "--encoder-langtok", "src", "--decoder-langtok", "--beam", "2", "--cpu"]
    proc = subprocess.run(cmd, input="▁house ▁tree\n", capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert any(line.startswith("H-0") for line in proc.stdout.splitlines())


def test_resume_continues_exactly(toy_bin, tmp_path):
    full, resumed = straight_and_resumed(toy_bin, tmp_path, 30, 15,
                                         ("--validate-interval-updates", "15", "--save-interval-updates", "15"))
    assert "Loaded checkpoint" in resumed
    a, b = by_update(full, "valid", "valid_num_updates"), by_update(resumed, "valid", "valid_num_updates")
    assert b[30]["valid_loss"] == pytest.approx(a[30]["valid_loss"], abs=1e-3)
    assert b[30]["valid_loss_en-yy"] == pytest.approx(a[30]["valid_loss_en-yy"], abs=1e-3)


def _one_line_error(proc, needle):
    assert proc.returncode != 0
    assert needle in proc.stderr, proc.stderr[-3000:]
    assert "Traceback" not in proc.stderr, proc.stderr[-3000:]


def test_unknown_language_is_one_clear_error(toy_bin, tmp_path):
    proc = run_cli(toy_train_args(toy_bin, str(tmp_path), 5, pairs="en-xx,en-zz"), check=False)
    _one_line_error(proc, "mtl-nmt: error: unknown language(s) zz in --lang-pairs")


def test_missing_pair_files_is_one_clear_error(toy_bin, tmp_path):
    data = tmp_path / "bin"
    shutil.copytree(toy_bin, data)
    for f in data.glob("valid.en-yy.*"):
        f.unlink()
    proc = run_cli(toy_train_args(str(data), str(tmp_path / "ck"), 5), check=False)
    _one_line_error(proc, "no binarized 'valid' data")
    assert "en-yy" in proc.stderr


def test_prepare_rejects_mismatched_line_counts(toy_raw, tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(toy_raw, raw)
    with open(raw / "train.en-yy.yy", "a", encoding="utf-8") as f:
        f.write("one extra line\n")
    proc = run_cli(["mtl-nmt-prepare", "--raw-dir", str(raw), "--out-dir", str(tmp_path / "bin")], check=False)
    _one_line_error(proc, "mismatched line counts for train en-yy")


def test_help_lists_task_options():
    proc = run_cli(["fairseq-train", "--user-dir", "mtl_nmt", "--task", "multilingual_scheduled", "--help"])
    assert "--lang-pairs" in proc.stdout and "--sampling-method" in proc.stdout
