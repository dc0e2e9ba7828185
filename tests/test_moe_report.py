"""mtl-nmt-moe-report: the load statistics on a hand-computed case, and the report of a tiny BASE
MoE trained through fairseq-train (every dev token of every pair routed once per BASE layer)."""
import csv
import glob
import os

import numpy as np
import pytest

from conftest import cli_error, run_cli, toy_train_args
from mtl_nmt.cli.moe_report import PROG, main
from mtl_nmt.modules.expert_load import load_summary

MOE = ["--arch", "base_moe_transformer", "--encoder-normalize-before", "--decoder-normalize-before",
       "--base-experts", "4", "--encoder-base-layers", "1", "--decoder-base-layers", "1"]


def test_load_summary_by_hand():
    s = load_summary([[2, 2], [4, 0]])
    np.testing.assert_allclose(s["shares"], [[0.5, 0.5], [1.0, 0.0]])
    np.testing.assert_allclose(s["load"], [0.75, 0.25])
    assert s["imbalance"] == pytest.approx(1.5)                       # 0.75 / mean 0.5
    np.testing.assert_allclose(s["entropy"], [1.0, 0.0], atol=1e-12)  # even over 2 experts; one expert
    # I = .25 log2(.25/.375) + .25 log2(.25/.125) + .5 log2(.5/.375)
    assert s["mutual_information"] == pytest.approx(0.25 * np.log2(2 / 3) + 0.25 + 0.5 * np.log2(4 / 3))
    even = load_summary([[3, 3, 3], [1, 1, 1]])
    assert even["imbalance"] == pytest.approx(1.0) and even["mutual_information"] == pytest.approx(0.0)
    assert np.isnan(load_summary([[0, 0], [1, 3]])["entropy"][0])   # a pair without tokens
    with pytest.raises(ValueError):
        load_summary([[1], [2]])


@pytest.fixture(scope="module")
def moe_run(toy_bin, tmp_path_factory):
    save = str(tmp_path_factory.mktemp("moe_report"))
    run_cli(toy_train_args(toy_bin, save, 8, *MOE, "--dense-pretrain-updates", "3", "--max-tokens", "300",
                           "--save-interval-updates", "2", "--keep-interval-updates", "10"))
    return save


def test_report_routes_every_dev_token_of_every_pair(toy_bin, moe_run, tmp_path, capsys):
    out = str(tmp_path / "report")
    main([os.path.join(moe_run, "checkpoint_last.pt"), "--data-bin", toy_bin, "--out", out, "--max-tokens", "200"])
    printed = capsys.readouterr().out
    assert "encoder.layers.0: imbalance" in printed and "decoder.layers.0: imbalance" in printed
    assert os.path.getsize(os.path.join(out, "moe_routing.png")) > 0
    rows = list(csv.DictReader(open(os.path.join(out, "moe_routing.csv"))))
    by = {(r["layer"], r["pair"]): r for r in rows}
    assert {p for _, p in by} == {"en-xx", "en-yy", "all"}
    # every non-padding token once: source tokens in the encoder, target tokens in the decoder
    from fairseq.data import data_utils as du
    for pair in ("en-xx", "en-yy"):
        src = du.load_indexed_dataset(os.path.join(toy_bin, f"valid.{pair}.en"), None)
        tgt = du.load_indexed_dataset(os.path.join(toy_bin, f"valid.{pair}.{pair[3:]}"), None)
        n_src, n_tgt = int(src.sizes.sum()), int(tgt.sizes.sum())
        enc, dec = by[("encoder.layers.0", pair)], by[("decoder.layers.0", pair)]
        # + one language tag per sentence (--encoder-langtok src, --decoder-langtok)
        assert int(enc["tokens"]) == n_src + len(src) and int(dec["tokens"]) == n_tgt + len(tgt)
        for r in (enc, dec):
            assert sum(float(r[f"expert_{e}"]) for e in range(4)) == pytest.approx(1.0)
            assert 0.0 <= float(r["entropy"]) <= 1.0
    for layer in ("encoder.layers.0", "decoder.layers.0"):
        total = by[(layer, "all")]
        assert int(total["tokens"]) == int(by[(layer, "en-xx")]["tokens"]) + int(by[(layer, "en-yy")]["tokens"])
        assert float(total["imbalance"]) >= 1.0 and float(total["mutual_information_bits"]) >= 0.0


def test_clear_errors(toy_bin, moe_run, tmp_path):
    before_switch = sorted(glob.glob(os.path.join(moe_run, "checkpoint_*_2.pt")))[0]
    assert "still dense" in cli_error(main, PROG, [before_switch, "--data-bin", toy_bin])
    assert "does not exist" in cli_error(main, PROG, [str(tmp_path / "none.pt"), "--data-bin", toy_bin])
    assert "is not a folder" in cli_error(main, PROG, [os.path.join(moe_run, "checkpoint_last.pt"),
                                                      "--data-bin", str(tmp_path / "nobin")])
