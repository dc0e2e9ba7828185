"""CTranslate2 engine: export once for all pairs, greedy output identical to fairseq, stale exports
noticed, MoE checkpoints refused in one line, sacreBLEU tokenizer choice."""
import json
import os
import shutil

import pytest
import torch

from conftest import run_cli, toy_train_args
from mtl_nmt.errors import MtlNmtError

import ctranslate2  # noqa: E402,F401  (the fast extra; CI installs it, so a missing one fails)

PRE_NORM = ("--encoder-normalize-before", "--decoder-normalize-before", "--disable-validation")


@pytest.fixture(scope="module")
def dense(toy_bin, tmp_path_factory):
    """A tiny pre-norm transformer trained on the toy pairs (its folder and checkpoint)."""
    save = str(tmp_path_factory.mktemp("ct2_ck"))
    run_cli(toy_train_args(toy_bin, save, 200, *PRE_NORM))
    return save, os.path.join(save, "checkpoint_last.pt")


def _eval(toy_bin, checkpoint, out, *extra):
    from mtl_nmt.cli import evaluate

    evaluate.main(["--data-bin", toy_bin, "--checkpoint", checkpoint, "--out-dir", out, "--cpu", *extra])
    scores = json.load(open(os.path.join(out, "scores.json")))
    hyps = {p: open(os.path.join(out, f"hyp.test.en-{p}.{p}"), encoding="utf-8").read().splitlines()
            for p in ("xx", "yy")}
    return scores, hyps


def test_greedy_ct2_equals_fairseq(dense, toy_bin, tmp_path):
    save, ck = dense
    fs_scores, fs_hyps = _eval(toy_bin, ck, str(tmp_path / "fs"), "--beam", "1")
    ct_scores, ct_hyps = _eval(toy_bin, ck, str(tmp_path / "ct2"), "--beam", "1", "--engine", "ct2",
                               "--ct2-threads", "1", "--ct2-batch-size", "5")
    record = json.load(open(os.path.join(save, "ct2", "mtl_nmt_export.json")))   # exported automatically
    assert record["pairs"] == ["en-xx", "en-yy"] and record["prefixes"]["en-yy"] == {
        "source": ["__en__"], "target": ["__yy__"]}
    assert ct_scores["engine"] == "ct2" and fs_scores["engine"] == "fairseq"
    for p in ("xx", "yy"):
        assert len(ct_hyps[p]) == len(fs_hyps[p]) == 24
        for i, (a, b) in enumerate(zip(fs_hyps[p], ct_hyps[p])):
            assert a == b, f"en-{p} sentence {i}: fairseq {a!r} != ct2 {b!r}"
    assert sum(bool(h) for h in fs_hyps["xx"]) > 20          # real translations, not empty lines
    assert {s["pair"]: s["bleu"] for s in ct_scores["pairs"]} == {s["pair"]: s["bleu"] for s in fs_scores["pairs"]}
    assert next(s for s in ct_scores["pairs"] if s["pair"] == "en-xx")["bleu"] > 5


def test_stale_export_is_detected_and_redone(dense, toy_bin, tmp_path):
    from mtl_nmt.cli import evaluate
    from mtl_nmt.inference.ct2_export import export_checkpoint, export_status, read_record

    ck = str(tmp_path / "checkpoint.pt")
    shutil.copy(dense[1], ck)
    model = str(tmp_path / "model")
    first = export_checkpoint(ck, toy_bin, model)
    assert export_status(model, ck) is None and export_status(model, ck, "int8") is not None
    os.utime(ck, (1, 1))                                  # touched, same bytes: still fresh
    assert export_status(model, ck) is None

    state = torch.load(ck, map_location="cpu", weights_only=False)
    key = next(k for k in state["model"] if k.endswith("fc1.weight"))
    state["model"][key] = state["model"][key] + 0.5
    torch.save(state, ck)
    assert "stale" in export_status(model, ck)
    with pytest.raises(SystemExit, match="--ct2-model .*stale"):
        evaluate.main(["--data-bin", toy_bin, "--checkpoint", ck, "--engine", "ct2", "--ct2-model", model,
                       "--out-dir", str(tmp_path / "ev"), "--cpu"])
    redone = export_checkpoint(ck, toy_bin, model)             # no --force needed for our own stale export
    assert redone["checkpoint_sha256"] != first["checkpoint_sha256"]
    assert read_record(model)["checkpoint_sha256"] == redone["checkpoint_sha256"] and export_status(model, ck) is None

    foreign = tmp_path / "foreign"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("mine")
    with pytest.raises(MtlNmtError, match="not an mtl-nmt CTranslate2 export; use --force"):
        export_checkpoint(ck, toy_bin, str(foreign))
    assert (foreign / "notes.txt").exists()


def test_moe_checkpoint_is_one_clear_error(dense, toy_bin, tmp_path):
    from mtl_nmt.cli import densify, evaluate

    moe = str(tmp_path / "moe" / "checkpoint_moe.pt")
    densify.main([dense[1], moe, "--base-experts", "2"])
    proc = run_cli(["mtl-nmt-export-ct2", "--checkpoint", moe, "--data-bin", toy_bin,
                    "--out-dir", str(tmp_path / "out")], check=False)
    assert proc.returncode != 0
    assert "mtl-nmt-export-ct2: error:" in proc.stderr and "use --engine fairseq" in proc.stderr
    assert "base_moe_transformer" in proc.stderr and "Traceback" not in proc.stderr, proc.stderr[-2000:]
    assert not os.path.exists(tmp_path / "out")
    with pytest.raises(SystemExit, match="BASE-layer MoE.*use --engine fairseq"):
        evaluate.main(["--data-bin", toy_bin, "--checkpoint", moe, "--engine", "ct2",
                       "--out-dir", str(tmp_path / "ev"), "--cpu"])


def test_language_prefixes_and_detokenization():
    from mtl_nmt.corpus import Pair
    from mtl_nmt.inference.ct2_export import pair_prefixes
    from mtl_nmt.inference.ct2_translate import detokenize

    pair = Pair("en", "de")
    assert pair_prefixes({"encoder_langtok": "src", "decoder_langtok": True}, pair) == (["__en__"], ["__de__"])
    assert pair_prefixes({"encoder_langtok": "tgt", "decoder_langtok": False}, pair) == (["__de__"], [])
    assert pair_prefixes({"encoder_langtok": None, "decoder_langtok": True, "lang_tok_style": "mbart"},
                         pair) == ([], ["[de]"])
    assert detokenize(["__de__", "▁Das", "▁ist", "▁gu", "t", ".", "__de__", "</s>"], ["__de__"]) == "Das ist gut."
    assert detokenize(["▁a", "<unk>", "▁b"], []) == "a<unk> b"


def test_tokenize_auto_and_explicit():
    from mtl_nmt.cli.evaluate import get_parser
    from mtl_nmt.evaluation import resolve_tokenizer, score_pair

    assert resolve_tokenizer("auto", "zh") == "zh" and resolve_tokenizer(None, "zh_Hans") == "zh"
    assert resolve_tokenizer("auto", "ja") == "ja-mecab" and resolve_tokenizer("auto", "ko") == "ko-mecab"
    assert resolve_tokenizer("auto", "de") == "13a" and resolve_tokenizer("flores200", "de") == "flores200"
    with pytest.raises(MtlNmtError, match="unknown sacreBLEU tokenizer 'moses'"):
        resolve_tokenizer("moses", "de")
    base = ["--data-bin", "d", "--checkpoint", "c"]
    assert get_parser().parse_args(base).tokenize == "auto"
    assert get_parser().parse_args(base + ["--tokenize", "flores101"]).tokenize == "flores101"
    refs, hyps = ["我喜欢吃苹果", "今天天气很好"], ["我喜欢吃香蕉", "今天天气很好"]
    auto, char = score_pair("en-zh", hyps, refs, 1, "auto"), score_pair("en-zh", hyps, refs, 1, "char")
    assert "tok:zh" in auto.bleu_signature and "tok:char" in char.bleu_signature
    assert 0 < auto.bleu < 100
    assert "tok:13a" in score_pair("en-de", ["a b c d"], ["a b c d"], 1).bleu_signature
