"""mtl-nmt-baselines: single-pair runs on the toy corpus give baselines in the units the task logs
(loss_<pair>, bleu_<pair> at validation); resume skips done pairs; the resolver reads every source."""
import contextlib
import io
import json
import os
import shutil

import pytest

from conftest import cli_error, json_logs, toy_train_args
from mtl_nmt.argv import drop_options, option_value
from mtl_nmt.bilingual.baselines import pair_command, split_command
from mtl_nmt.cli.baselines import main
from mtl_nmt.errors import MtlNmtError
from mtl_nmt.sampling.baselines import resolve_baselines

BLEU_ARGS = ["--eval-bleu", "--eval-bleu-args", '{"beam": 1, "max_len_b": 8}']


def multilingual_command(data_bin):
    """A multilingual run's full fairseq-train command (its --save-dir, --sampling-method and
    --best-checkpoint-metric must not leak into the single-pair runs)."""
    return toy_train_args(data_bin, "/nonexistent/multilingual", 6, "--sampling-method", "temperature",
                          "--validate-interval", "1000", "--save-interval", "1000",
                          "--best-checkpoint-metric", "loss_en-yy", *BLEU_ARGS)


def baselines(*args):
    """Run mtl-nmt-baselines in this process (the trainings are child processes); its output."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        main(list(args))
    return out.getvalue()


def baselines_error(*args):
    """The one-line error of a failing mtl-nmt-baselines call."""
    return cli_error(main, "mtl-nmt-baselines", args)


@pytest.fixture(scope="module")
def trained(toy_bin, tmp_path_factory):
    """Baselines of both toy pairs, trained in two calls (the second resumes: en-xx is done)."""
    out = str(tmp_path_factory.mktemp("baselines"))
    first = baselines("--out", out, "--pairs", "en-xx", "--", *multilingual_command(toy_bin))
    second = baselines("--out", out, "--", *multilingual_command(toy_bin))
    with open(os.path.join(out, "baselines.json"), encoding="utf-8") as f:
            return out, json.load(f), first, second


def test_scores_are_what_the_task_logs(trained):
    out, summary, first, second = trained
    assert set(summary["loss"]) == set(summary["bleu"]) == {"en-xx", "en-yy"}
    for pair in ("en-xx", "en-yy"):
        with open(os.path.join(out, pair, "train.log"), encoding="utf-8") as f:
            valid = json_logs(f.read(), "valid")
        assert [r["valid_num_updates"] for r in valid] == [6]
        assert summary["loss"][pair] == pytest.approx(valid[-1][f"valid_loss_{pair}"], abs=5e-4)
        assert summary["loss"][pair] == pytest.approx(valid[-1]["valid_loss"], abs=5e-4)
        assert summary["bleu"][pair] == pytest.approx(valid[-1][f"valid_bleu_{pair}"], abs=5e-3)
        run = summary["runs"][pair]
        assert run["checkpoint"] == os.path.join(out, pair, "checkpoint_best.pt")
        command = run["command"]
        assert command[0] == "fairseq-train" and option_value(command, "--lang-pairs") == pair
        assert option_value(command, "--sampling-method") == "uniform"
        assert option_value(command, "--save-dir") == os.path.join(out, pair)
        assert option_value(command, "--langs") == "en,xx,yy"
        assert option_value(command, "--best-checkpoint-metric") == f"loss_{pair}"
        assert "/nonexistent/multilingual" not in command and command.count("--lang-pairs") == 1
    assert "loss" in summary["metric units"] and "bits" in summary["metric units"]["loss"]
    assert "[1/1] en-xx: training" in first
    assert "[1/2] en-xx: done, skipped" in second and "[2/2] en-yy: training" in second


def test_rerun_skips_everything(trained, toy_bin):
    out, summary, _, _ = trained
    mtimes = {p: os.path.getmtime(os.path.join(out, p, "checkpoint_best.pt")) for p in summary["loss"]}
    output = baselines("--out", out, "--", *multilingual_command(toy_bin))
    assert "[1/2] en-xx: done, skipped" in output and "[2/2] en-yy: done, skipped" in output
    assert {p: os.path.getmtime(os.path.join(out, p, "checkpoint_best.pt")) for p in mtimes} == mtimes
    changed = [a if a != "0.005" else "0.004" for a in multilingual_command(toy_bin)]
    assert "was trained with other options" in baselines_error("--out", out, "--", *changed)


def test_existing_checkpoints(trained, tmp_path):
    out, summary, _, _ = trained
    spec = ",".join(f"{p}={os.path.join(out, p, 'checkpoint_best.pt')}" for p in ("en-xx", "en-yy"))
    baselines("--out", str(tmp_path / "a"), "--checkpoints", spec)
    folder = tmp_path / "folder"
    for p in ("en-xx", "en-yy"):
        os.makedirs(folder / p)
        shutil.copy(os.path.join(out, p, "checkpoint_best.pt"), folder / p)
    baselines("--out", str(tmp_path / "b"), "--checkpoints", str(folder))
    for name in ("a", "b"):
        with open(tmp_path / name / "baselines.json", encoding="utf-8") as f:
            scored = json.load(f)
        assert scored["loss"] == summary["loss"] and scored["bleu"] == summary["bleu"]
        assert scored["runs"]["en-yy"]["command"] is None


def test_resolver_sources(trained, tmp_path):
    out, summary, _, _ = trained
    pairs = ["en-xx", "en-yy"]
    assert resolve_baselines("auto", pairs, "loss") is None
    for source in (out, os.path.join(out, "baselines.json")):
        assert resolve_baselines(source, pairs, "loss") == summary["loss"]
        assert resolve_baselines(source, pairs, "bleu") == summary["bleu"]
    folder = tmp_path / "checkpoints"
    os.makedirs(folder / "en-xx")
    shutil.copy(os.path.join(out, "en-xx", "checkpoint_best.pt"), folder / "en-xx")
    shutil.copy(os.path.join(out, "en-yy", "checkpoint_best.pt"), folder / "en-yy.pt")
    assert resolve_baselines(str(folder), pairs, "loss") == pytest.approx(summary["loss"], abs=1e-12)
    single = os.path.join(out, "en-yy", "checkpoint_best.pt")
    assert resolve_baselines(single, ["en-yy"], "bleu") == {"en-yy": summary["bleu"]["en-yy"]}
    with pytest.raises(MtlNmtError, match=r"checkpoint .*en-yy.* has no loss baseline for pair\(s\) en-xx"):
        resolve_baselines(single, pairs, "loss")


def test_resolver_json_and_errors(tmp_path):
    legacy = tmp_path / "legacy.json"
    legacy.write_text(json.dumps({"main:en-xx": 3.5, "en-yy": 4}))
    assert resolve_baselines(str(legacy), ["en-xx", "en-yy"], "loss") == {"en-xx": 3.5, "en-yy": 4.0}
    only_loss = tmp_path / "only_loss.json"
    only_loss.write_text(json.dumps({"metric units": {}, "loss": {"en-xx": 3.0}, "runs": {}}))
    assert resolve_baselines(str(only_loss), ["en-xx"], "loss") == {"en-xx": 3.0}
    with pytest.raises(MtlNmtError, match="has no bleu baselines .*--eval-bleu"):
        resolve_baselines(str(only_loss), ["en-xx"], "bleu")
    with pytest.raises(MtlNmtError, match=r"has no loss baseline for pair\(s\) en-yy"):
        resolve_baselines(str(only_loss), ["en-xx", "en-yy"], "loss")
    bad = tmp_path / "bad.json"
    bad.write_text('{"en-xx": "low"}')
    with pytest.raises(MtlNmtError, match="must be a finite number"):
        resolve_baselines(str(bad), ["en-xx"], "loss")
    bad.write_text("{oops")
    with pytest.raises(MtlNmtError, match="not valid JSON"):
        resolve_baselines(str(bad), ["en-xx"], "loss")
    with pytest.raises(MtlNmtError, match="does not exist"):
        resolve_baselines(str(tmp_path / "missing.json"), ["en-xx"], "loss")
    os.makedirs(tmp_path / "empty")
    with pytest.raises(MtlNmtError, match=r"neither baselines.json nor a checkpoint for pair\(s\) en-xx"):
        resolve_baselines(str(tmp_path / "empty"), ["en-xx"], "loss")
    fake = tmp_path / "fake.pt"
    fake.write_bytes(b"x")
    assert resolve_baselines(str(fake), ["en-xx"], "loss", lambda path: {"loss": {"en-xx": 2.5}}) == {"en-xx": 2.5}
    with pytest.raises(MtlNmtError, match="holds no per-pair validation bleu"):
        resolve_baselines(str(fake), ["en-xx"], "bleu", lambda path: {"loss": {"en-xx": 2.5}})


def test_command_building(toy_bin):
    data, options = split_command(["--", *multilingual_command(toy_bin)], None)
    assert data == toy_bin and options[0] == "--user-dir"
    assert drop_options(["--a", "1", "--b=2", "--c", "--d", "3"], ["--a", "--b"]) == ["--c", "--d", "3"]
    command = pair_command(data, options + ["--langs", "yy,xx,en"], "en-yy", "/s")
    assert option_value(command, "--langs") == "yy,xx,en" and command.count("--langs") == 1
    assert option_value(command, "--task") == "multilingual_scheduled" and command.count("--task") == 1
    with pytest.raises(MtlNmtError, match="no data-bin"):
        split_command(["--arch", "transformer"], None)
    with pytest.raises(MtlNmtError, match="--data-bin is"):
        split_command([toy_bin, "--arch", "transformer"], "/elsewhere")
    with pytest.raises(MtlNmtError, match="--no-save is among the options"):
        split_command([toy_bin, "--no-save"], None)


def test_cli_errors(toy_bin, tmp_path):
    assert "give the multilingual run's fairseq-train options" in baselines_error("--out", str(tmp_path / "x"))
    assert "--checkpoints item 'en-xx' is not pair=path" in baselines_error(
        "--out", str(tmp_path / "x"), "--checkpoints", "en-xx")
    message = baselines_error("--out", str(tmp_path / "x"), "--pairs", "en-zz", "--", *multilingual_command(toy_bin))
    assert message.startswith("mtl-nmt-baselines: error: training the en-zz baseline failed (exit 1): ")
    assert "unknown language(s) zz" in message and "train.log" in message
