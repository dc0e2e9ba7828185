"""configs/*.yaml run through fairseq-hydra-train with the plugin (tiny model, toy data)."""
import os

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
