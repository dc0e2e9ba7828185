"""configs/*.yaml run through fairseq-hydra-train with the plugin (tiny model, toy data)."""
import os

import pytest

from conftest import ROOT, run_cli

TINY = ["model.encoder_layers=1", "model.decoder_layers=1", "model.encoder_embed_dim=32",
        "model.decoder_embed_dim=32", "model.encoder_ffn_embed_dim=64", "model.decoder_ffn_embed_dim=64",
        "model.encoder_attention_heads=2", "model.decoder_attention_heads=2"]


def test_lohelp_config_trains_with_heating_override(toy_bin, tmp_path):
    proc = run_cli(["fairseq-hydra-train", "--config-dir", os.path.join(ROOT, "configs"),
                    "--config-name", "lohelp_temperature", f"common.user_dir={os.path.join(ROOT, 'mtl_nmt')}",
                    "common.cpu=true", "common.log_interval=2", f"task.data={toy_bin}", "task.lang_pairs='en-xx,en-yy'",
                    "task.sampling_method=heating", "+task.heating_updates=4", "task.resample_interval=2",
                    "optimization.max_update=6", "checkpoint.no_save=true", f"hydra.run.dir={tmp_path}", *TINY],
                   cwd=str(tmp_path))
    log = proc.stdout + proc.stderr
    assert "sampling_temperature=" in log and "num_updates=6" in log
    assert "prob_en-yy=" in log


@pytest.mark.parametrize("name,needle", [("lohelp_implicit_lr", "lr_scale_en-yy="),
                                         ("lohelp_bmtl", "weight_en-yy="),
                                         ("lohelp_adatask", "au_en-yy_dec=")])
def test_method_configs_train(toy_bin, tmp_path, name, needle):
    proc = run_cli(["fairseq-hydra-train", "--config-dir", os.path.join(ROOT, "configs"), "--config-name", name,
                    f"common.user_dir={os.path.join(ROOT, 'mtl_nmt')}", "common.cpu=true", "common.log_interval=2",
                    f"task.data={toy_bin}", "task.lang_pairs='en-xx,en-yy'", "optimization.max_update=4",
                    "checkpoint.no_save=true", "dataset.validate_interval_updates=2",
                    "lr_scheduler.warmup_updates=2", f"hydra.run.dir={tmp_path}", *TINY,
                    *(["optimizer.au_log_interval=2"] if name == "lohelp_adatask" else [])], cwd=str(tmp_path))
    log = proc.stdout + proc.stderr
    assert "num_updates=4" in log and needle in log
