"""base_moe_transformer through fairseq: 2-rank expert-parallel training with the dense → sparse
switch, multi-rank resume, single-process generation from a multi-rank checkpoint, exact
resume across the switch, the densify converter, and clear errors."""
import argparse
import glob
import json
import os
import shutil

import pytest
import torch

from conftest import build_trainer, json_logs, run_cli, toy_train_args
from mtl_nmt.errors import MtlNmtError

MOE = ["--arch", "base_moe_transformer", "--encoder-normalize-before", "--decoder-normalize-before",
       "--base-experts", "4", "--encoder-base-layers", "1", "--decoder-base-layers", "[0]"]


def launch(toy_bin, save, updates, *extra):
    args = [a for a in toy_train_args(toy_bin, save, updates, *MOE, *extra) if a != "--cpu"]
    return run_cli(["mtl-nmt-launch", "--nprocs", "2", "--log-dir", os.path.join(save, "logs"), "--", *args])


def test_two_ranks_switch_resume_and_generate_in_one_process(toy_bin, tmp_path, capsys):
    opts = ("--dense-pretrain-updates", "5", "--expert-init-noise", "0.01", "--base-shuffle", "1",
            "--max-tokens", "400", "--validate-interval-updates", "8", "--save-interval-updates", "8",
            "--log-interval", "1")  # resume on 2 ranks: mtl_nmt.compat fixes the checkpoint broadcast
    straight = str(tmp_path / "straight")
    log = launch(toy_bin, straight, 12, *opts).stdout
    assert "dense FFN copied into experts 0,1 at update 5" in log      # rank 0's log (rank 1 holds 2,3)
    wpb = {r["wpb"] for r in json_logs(log, "train_inner")}
    assert len(wpb) > 3                                   # batches of varying length

    # the multi-rank checkpoint holds all 4 experts and one optimizer entry per single-process
    # parameter; one process loads it (strictly)
    from fairseq import checkpoint_utils

    last = os.path.join(straight, "checkpoint_last.pt")
    state = torch.load(last, map_location="cpu", weights_only=False)
    experts = {k.split(".experts.")[1].split(".")[0] for k in state["model"] if ".experts." in k}
    assert experts == {"0", "1", "2", "3"}
    assert all(bool(v) for k, v in state["model"].items() if k.endswith(".sparse"))
    (single,), _, _ = checkpoint_utils.load_model_ensemble_and_task([last])
    assert len(state["last_optimizer_state"]["param_groups"][0]["params"]) == len(list(single.parameters()))
    assert sorted(single.encoder.layers[0].moe.experts) == ["0", "1", "2", "3"]

    # resume at update 8 (after the switch) on 2 ranks: same validation as the straight run
    resumed = str(tmp_path / "resumed")
    os.makedirs(resumed)
    ck8 = glob.glob(os.path.join(straight, "checkpoint_*_8.pt"))[0]
    log2 = launch(toy_bin, resumed, 12, *opts, "--restore-file", ck8).stdout
    a = {r["valid_num_updates"]: r for r in json_logs(log, "valid")}
    b = {r["valid_num_updates"]: r for r in json_logs(log2, "valid")}
    assert 8 not in b and 12 in b
    assert b[12]["valid_loss"] == pytest.approx(a[12]["valid_loss"], abs=1e-3)
    want = torch.load(last, map_location="cpu", weights_only=False)
    got = torch.load(os.path.join(resumed, "checkpoint_last.pt"), map_location="cpu", weights_only=False)
    for k, v in want["model"].items():                    # every expert and shared tensor, both ranks'
        torch.testing.assert_close(got["model"][k], v, rtol=0, atol=1e-5, msg=k)
    for i, entry in want["last_optimizer_state"]["state"].items():
        torch.testing.assert_close(got["last_optimizer_state"]["state"][i]["exp_avg_sq"], entry["exp_avg_sq"],
                                   rtol=1e-4, atol=1e-9)

    # one process generates from the 2-rank checkpoint (experts gathered): every sentence translated
    from mtl_nmt.cli import evaluate

    out = str(tmp_path / "eval")
    evaluate.main(["--data-bin", toy_bin, "--checkpoint", last,
                   "--beam", "2", "--max-tokens", "300", "--out-dir", out, "--cpu", "--examples", "2"])
    printed = capsys.readouterr().out
    scores = {s["pair"]: s for s in json.load(open(os.path.join(out, "scores.json")))["pairs"]}
    assert scores["en-xx"]["n_test"] == 24 and scores["en-yy"]["n_test"] == 24
    hyps = open(os.path.join(out, "hyp.test.en-yy.yy"), encoding="utf-8").read().splitlines()
    assert len(hyps) == 24
    assert printed.count("== en-") == 2 and f"  [23] hypothesis {hyps[23]}"[:110] in printed


def _steps(trainer, samples):
    for s in samples:
        trainer.train_step([s])


def test_resume_across_the_dense_to_sparse_switch_is_exact(toy_bin, tmp_path):
    opts = (*MOE, "--dense-pretrain-updates", "3", "--expert-init-noise", "0.01", "--max-tokens", "300")
    trainer, itr = build_trainer(toy_bin, str(tmp_path), *opts)
    samples = list(itr.next_epoch_itr(shuffle=False))[:6]
    assert len(samples) == 6
    _steps(trainer, samples[:2])
    path = str(tmp_path / "at2.pt")
    trainer.consolidate_optimizer()                        # what checkpoint_utils.save_checkpoint does first
    trainer.save_checkpoint(path, {"train_iterator": itr.state_dict(), "val_loss": None})
    _steps(trainer, samples[2:])
    model = trainer.get_model()
    assert all(bool(m) for n, m in model.named_buffers() if n.endswith(".sparse"))

    again, _ = build_trainer(toy_bin, str(tmp_path), *opts)
    again.load_checkpoint(path)
    assert again.get_num_updates() == 2
    assert not any(bool(m) for n, m in again.get_model().named_buffers() if n.endswith(".sparse"))
    _steps(again, samples[2:])
    want, got = model.state_dict(), again.get_model().state_dict()
    assert want.keys() == got.keys()
    for k in want:
        torch.testing.assert_close(got[k], want[k], rtol=0, atol=1e-6, msg=k)


def test_densify_keeps_the_dense_function_and_refuses_misfits(toy_bin, tmp_path):
    from fairseq import checkpoint_utils

    from mtl_nmt.cli import densify

    dense_dir = str(tmp_path / "dense")
    trainer, itr = build_trainer(toy_bin, dense_dir, "--encoder-normalize-before", "--decoder-normalize-before")
    _steps(trainer, list(itr.next_epoch_itr(shuffle=False))[:4])
    os.makedirs(dense_dir)
    dense = os.path.join(dense_dir, "checkpoint_last.pt")
    trainer.consolidate_optimizer()
    trainer.save_checkpoint(dense, {"train_iterator": itr.state_dict(), "val_loss": None})
    out = str(tmp_path / "moe.pt")
    densify.main([dense, out, "--base-experts", "4", "--encoder-base-layers", "1", "--decoder-base-layers", "1"])
    (dense_model,), _, task = checkpoint_utils.load_model_ensemble_and_task([dense])
    (moe_model,), cfg, _ = checkpoint_utils.load_model_ensemble_and_task([out])
    assert cfg.model.arch == "base_moe_transformer" and moe_model.base_options["base_experts"] == 4
    task.load_dataset("valid")
    batches = task.get_batch_iterator(task.dataset("valid"), max_tokens=400).next_epoch_itr(shuffle=False)
    dense_model.eval(), moe_model.eval()
    with torch.no_grad():
        for sample in batches:
            real = sample["target"].ne(task.target_dictionary.pad())   # padding is not routed
            want = dense_model(**sample["net_input"])[0][real]
            got = moe_model(**sample["net_input"])[0][real]
            torch.testing.assert_close(got, want, rtol=0, atol=1e-5)

    # --restore-file continues the dense run sparsely, optimizer state of shared parameters kept
    state = torch.load(out, map_location="cpu", weights_only=False)
    assert len(state["last_optimizer_state"]["param_groups"][0]["params"]) == \
        len([p for p in moe_model.parameters()])
    sparse, itr = build_trainer(toy_bin, str(tmp_path), *MOE[:2], "--base-experts", "4")
    sparse.load_checkpoint(out)
    assert sparse.get_num_updates() == 4
    _steps(sparse, list(itr.next_epoch_itr(shuffle=False))[:2])
    assert sparse.get_num_updates() == 6

    dense_state = torch.load(dense, map_location="cpu", weights_only=False)["model"]
    with pytest.raises(MtlNmtError, match="dense FFN at encoder.layers.0 .* mtl-nmt-densify"):
        moe_model.load_state_dict(dense_state)
    with pytest.raises(SystemExit, match="does not fit base_moe_transformer_lohelp: .*shape"):
        densify.main([dense, str(tmp_path / "x.pt"), "--arch", "base_moe_transformer_lohelp"])
    with pytest.raises(SystemExit, match=r"already a base_moe_transformer"):
        densify.main([out, str(tmp_path / "y.pt")])
    post = str(tmp_path / "post")
    shutil.copytree(dense_dir, post)
    state = torch.load(dense, map_location="cpu", weights_only=False)
    state["cfg"]["model"].encoder_normalize_before = False
    torch.save(state, os.path.join(post, "checkpoint_last.pt"))
    with pytest.raises(SystemExit, match="post-norm"):
        densify.main([os.path.join(post, "checkpoint_last.pt"), str(tmp_path / "z.pt")])


@pytest.mark.parametrize("opts,needle", [
    (("--encoder-base-layers", "[3]"), "--encoder-base-layers: BASE position(s) [3] out of range for 1 layers"),
    (("--decoder-base-layers", "2"), "--decoder-base-layers 2: there are 1 layers"),
    (("--base-experts", "0"), "--base-experts must be >= 1"),
    (("--base-layers", "1"), "fairseq's own BASE layer"),
])
def test_bad_base_options_are_clear_errors(toy_bin, tmp_path, opts, needle):
    with pytest.raises(MtlNmtError) as err:
        build_trainer(toy_bin, str(tmp_path), *MOE, *opts)
    assert needle in str(err.value)


def test_post_norm_is_refused():
    """The architectures default to pre-norm; a config (e.g. hydra YAML) can still ask for post-norm."""
    from mtl_nmt.models.base_moe_transformer import base_moe_architecture, check_base_options

    args = argparse.Namespace()
    base_moe_architecture(args)
    check_base_options(args)
    args.encoder_normalize_before = False
    with pytest.raises(MtlNmtError, match="add --encoder-normalize-before"):
        check_base_options(args)
    args.encoder_base_layers = "0"
    check_base_options(args)


def test_architectures_and_positions():
    from mtl_nmt.models.base_moe_transformer import (base_moe_transformer_base, base_moe_transformer_lohelp,
                                                     parse_positions)

    lohelp = argparse.Namespace()
    base_moe_transformer_lohelp(lohelp)
    sizes = ("encoder_layers", "decoder_layers", "encoder_embed_dim", "encoder_ffn_embed_dim",
             "encoder_attention_heads", "share_all_embeddings", "encoder_normalize_before", "base_experts")
    assert [getattr(lohelp, k) for k in sizes] == [3, 3, 128, 512, 4, True, True, 4]
    assert parse_positions(lohelp.encoder_base_layers, 3, "x") == [1]
    base = argparse.Namespace()
    base_moe_transformer_base(base)
    assert [getattr(base, k) for k in sizes] == [6, 6, 512, 2048, 8, True, True, 8]
    assert parse_positions(base.encoder_base_layers, 6, "x") == [2, 4]
    assert parse_positions("0,2", 3, "x") == [0, 2] and parse_positions("0", 3, "x") == []
    assert parse_positions("3", 3, "x") == [0, 1, 2] and parse_positions("[2]", 3, "x") == [2]
    with pytest.raises(MtlNmtError, match="repeated"):
        parse_positions("[1,1]", 3, "x")
    with pytest.raises(MtlNmtError, match="give a count"):
        parse_positions("middle", 3, "x")


def test_hydra_config_trains_through_the_switch(toy_bin, tmp_path):
    from conftest import ROOT

    tiny = ["model.encoder_layers=1", "model.decoder_layers=1", "model.encoder_embed_dim=32",
            "model.decoder_embed_dim=32", "model.encoder_ffn_embed_dim=64", "model.decoder_ffn_embed_dim=64",
            "model.encoder_attention_heads=2", "model.decoder_attention_heads=2"]
    proc = run_cli(["fairseq-hydra-train", "--config-dir", os.path.join(ROOT, "configs"), "--config-name",
                    "train", "method=base_moe", f"common.user_dir={os.path.join(ROOT, 'mtl_nmt')}", "common.cpu=true",
                    "common.log_interval=2", f"task.data={toy_bin}", "task.lang_pairs='en-xx,en-yy'",
                    "optimization.max_update=6", "model.dense_pretrain_updates=3", "checkpoint.no_save=true",
                    f"hydra.run.dir={tmp_path}", *tiny], cwd=str(tmp_path))
    log = proc.stdout + proc.stderr
    assert "dense FFN copied into experts 0,1,2,3 at update 3" in log
    assert "num_updates=6" in log and "sampling_temperature=" in log
