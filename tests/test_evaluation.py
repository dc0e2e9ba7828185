"""sacreBLEU scoring: counts must match, tokenizer follows the target language, group means."""
import pytest
from conftest import cli_error

from mtl_nmt.errors import MtlNmtError
from mtl_nmt.evaluation import bleu_tokenizer, format_table, group_means, score_pair


def test_count_mismatch_is_an_error():
    with pytest.raises(MtlNmtError, match="48 hypotheses for 50 references"):
        score_pair("en-de", ["a"] * 48, ["a"] * 50, 100)


def test_perfect_and_partial_scores():
    refs = ["the cat sat on the mat today", "a dog ran in the park at noon"]
    assert score_pair("en-de", refs, refs, 10).bleu == pytest.approx(100.0)
    partial = score_pair("en-de", ["the cat sat on a mat today", "a dog ran"], refs, 10)
    assert 0 < partial.bleu < 100 and 0 < partial.chrf < 100
    assert "tok:13a" in partial.bleu_signature


def test_tokenizer_by_target_language():
    assert bleu_tokenizer("zh") == "zh" and bleu_tokenizer("ja") == "ja-mecab"
    assert bleu_tokenizer("ko") == "ko-mecab" and bleu_tokenizer("de") == "13a"


def test_group_means_split_by_training_size():
    refs = ["one two three four five"]
    s = [score_pair("en-de", refs, refs, 30000), score_pair("en-hi", ["zzz"], refs, 2000)]
    means = group_means(s, 5000)
    assert means["low"]["pairs"] == ["en-hi"] and means["high"]["bleu"] == pytest.approx(100.0)
    assert means["all"]["bleu"] == pytest.approx((100.0 + s[1].bleu) / 2)
    table = format_table(s, means, 5000)
    assert "low (≤5000) mean" in table and "en-hi" in table


def test_bleu_from_summed_stats_equals_corpus_bleu():
    from sacrebleu.metrics import BLEU

    from mtl_nmt.evaluation import bleu_from_stats

    hyps = ["the cat sat on the mat", "a dog ran in the park today", "hello there my friend"]
    refs = ["the cat sat on a mat", "a dog ran in the park", "hello my good friend"]
    parts = [BLEU().corpus_score(hyps[:2], [refs[:2]]), BLEU().corpus_score(hyps[2:], [refs[2:]])]
    summed = bleu_from_stats([sum(p.counts[i] for p in parts) for i in range(4)],
                             [sum(p.totals[i] for p in parts) for i in range(4)],
                             sum(p.sys_len for p in parts), sum(p.ref_len for p in parts))
    assert summed == pytest.approx(BLEU().corpus_score(hyps, [refs]).score)
    assert 0 < summed < 100


def test_examples_are_evenly_spaced_and_show_source_reference_hypothesis():
    from mtl_nmt.evaluation import example_indices, format_examples

    assert example_indices(500, 3) == [0, 250, 499]
    assert example_indices(10, 1) == [0] and example_indices(2, 5) == [0, 1] and example_indices(0, 3) == []
    src = [f"source {i}" for i in range(5)]
    ref = [f"reference {i}" for i in range(5)]
    hyp = [f"hypothesis {i}" for i in range(5)]
    text = format_examples("en-de", src, ref, hyp, 2)
    lines = text.splitlines()
    assert lines[0].startswith("== en-de: 2 of 5 test sentences")
    assert lines[1:] == ["  [0] source     source 0", "  [0] reference  reference 0", "  [0] hypothesis hypothesis 0",
                         "  [4] source     source 4", "  [4] reference  reference 4", "  [4] hypothesis hypothesis 4"]
    long = format_examples("en-de", ["x" * 300], ["r"], ["h"], 1, width=20).splitlines()[1]
    assert long.endswith("…") and len(long.split("source     ")[1]) == 20
    beside = format_examples("en-de", src, ref, hyp, 2, beside=[("longer", [f"other {i}" for i in range(5)])])
    assert beside.splitlines()[4] == "  [0] longer     other 0" and beside.splitlines()[-1] == "  [4] longer     other 4"
    wide = format_examples("en-de", src, ref, hyp, 1, beside=[("4000 updates", ["other 0"])]).splitlines()
    assert wide[1:] == ["  [0] source       source 0", "  [0] reference    reference 0",
                        "  [0] hypothesis   hypothesis 0", "  [0] 4000 updates other 0"]   # a longer label: aligned


def test_negative_examples_is_one_clear_error(tmp_path):
    from mtl_nmt.cli import evaluate

    message = cli_error(evaluate.main, "mtl-nmt-eval", ["--data-bin", str(tmp_path), "--raw-dir", str(tmp_path),
                                                         "--checkpoint", "x.pt", "--examples", "-2"])
    assert message == "mtl-nmt-eval: error: --examples must be ≥ 0 (sentences shown per pair), got -2"
