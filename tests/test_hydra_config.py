"""configs/: config groups (benchmark × setup × method) compose for fairseq-hydra-train with the plugin
into the setups of the recipes, and each method trains a few updates (tiny model, toy data). That the
fairseq-train command line of mtl-nmt-args (scripts, grids) means the same: tests/test_runs.py."""
import argparse
import os
import shutil

import pytest

from conftest import ROOT, run_cli
from mtl_nmt.benchmarks import BENCHMARKS

CONFIG_DIR = os.path.join(ROOT, "configs")
TINY = ["model.encoder_layers=1", "model.decoder_layers=1", "model.encoder_embed_dim=32",
        "model.decoder_embed_dim=32", "model.encoder_ffn_embed_dim=64", "model.decoder_ffn_embed_dim=64",
        "model.encoder_attention_heads=2", "model.decoder_attention_heads=2"]
OVERRIDES = ["task.data=/some/data-bin"]
# What each benchmark's default setup sets (configs/setup/*.yaml; the expectations below are derived from
# these, as the setups describe them): heating over 4/5 of the results setup (the published rows), 5/6 of
# the others; dense pre-training 300 updates of the results setup, 1/4 of the others.
SETUP = {"lohelp": dict(setup="results", max_update=2000, max_tokens=4096, update_freq=1, validate=500, layers=3,
                        heating=1600, dense=300),
         "ddtp": dict(setup="results", max_update=2000, max_tokens=4096, update_freq=1, validate=500, layers=3,
                      heating=1600, dense=300),
         "ted8_related": dict(setup="ted8", max_update=60000, max_tokens=4800, update_freq=2, validate=2000, layers=6,
                              heating=50000, dense=15000),
         "ted8_diverse": dict(setup="ted8", max_update=60000, max_tokens=4800, update_freq=2, validate=2000, layers=6,
                              heating=50000, dense=15000),
         "iwslt17": dict(setup="iwslt17", max_update=100000, max_tokens=4096, update_freq=2, validate=2000, layers=6,
                         heating=83333, dense=25000)}


def _group(name):
    return sorted(f[:-5] for f in os.listdir(os.path.join(CONFIG_DIR, name)) if f.endswith(".yaml"))


METHODS = _group("method")


def compose(benchmark, method, overrides=OVERRIDES, config_dir=CONFIG_DIR):
    """Compose as ``fairseq-hydra-train --config-dir configs --config-name train benchmark=B
    method=M [overrides]`` does, then what it does before training: fill each component's dataclass
    defaults (after the plugin registered; unknown keys fail here) and resolve interpolations."""
    import mtl_nmt  # noqa: F401  (registers the plugins)
    from fairseq.dataclass.initialize import add_defaults, hydra_init
    from hydra import compose as hydra_compose
    from hydra import initialize_config_dir
    from hydra.core.global_hydra import GlobalHydra
    from hydra.core.hydra_config import HydraConfig
    from omegaconf import OmegaConf, open_dict

    hydra_init("train")
    GlobalHydra.instance().clear()
    with initialize_config_dir(config_dir=config_dir, version_base="1.1"):
        cfg = hydra_compose(config_name="train", overrides=[f"benchmark={benchmark}", f"method={method}", *overrides],
                            return_hydra_config=True)
    HydraConfig.instance().set_config(cfg)
    with open_dict(cfg):
        del cfg["hydra"]
    add_defaults(cfg)
    return OmegaConf.create(OmegaConf.to_container(cfg, resolve=True, enum_to_str=True))


def test_groups_cover_the_benchmarks_and_every_setup():
    assert _group("benchmark") == sorted(BENCHMARKS) == sorted(SETUP)
    setups = _group("setup")
    assert setups == sorted(["results", "tuned", "demo", "ted8", "iwslt17"])
    assert {b["setup"] for b in SETUP.values()} <= set(setups)
    # every setup: heating's length, the micro-batches' quarter of the setup's tokens per update
    budget = [f"{m}_{s}" for m in ("base_moe", "heating", "micro_batches", "stages_heating") for s in setups]
    update_freq_2 = [f"{m}_{s}" for m in ("adaptive", "task_lr") for s in ("ted8", "iwslt17")]
    dev_tuned = ["adatask_tuned", "unimax_tuned"]  # a method's form chosen on dev at the tuned setup
    assert _group("method_setup") == sorted(budget + update_freq_2 + dev_tuned)


def _legacy_options(add_args):
    parser = argparse.ArgumentParser(add_help=False)
    add_args(parser)
    return {a.dest for a in parser._actions}


@pytest.mark.filterwarnings("ignore::UserWarning")
@pytest.mark.parametrize("bench", sorted(SETUP))
@pytest.mark.parametrize("method", METHODS)
def test_config_composes(bench, method):
    from fairseq.criterions import CRITERION_REGISTRY
    from fairseq.models import ARCH_MODEL_REGISTRY, MODEL_DATACLASS_REGISTRY
    from fairseq.models.transformer import TransformerConfig
    from fairseq.optim import OPTIMIZER_REGISTRY
    from fairseq.optim.lr_scheduler import LR_SCHEDULER_REGISTRY
    from fairseq.tasks import TASK_DATACLASS_REGISTRY, TASK_REGISTRY
    from fairseq.tasks.translation_multi_simple_epoch import TranslationMultiSimpleEpochTask

    from mtl_nmt.models.base_moe_transformer import BaseMoETransformerModel

    b = SETUP[bench]
    cfg = compose(bench, method)
    assert cfg.task.data == "/some/data-bin" and cfg.checkpoint.save_dir == f"checkpoints/{bench}_{method}"
    assert cfg.checkpoint.keep_interval_updates == (3 if b["setup"] == "results" else 1)
    assert cfg.task.lang_pairs == ",".join(BENCHMARKS[bench].pairs)  # the one pair list of mtl_nmt.benchmarks
    assert cfg.task.encoder_langtok == "src" and cfg.task.decoder_langtok
    assert cfg.optimization.max_update == b["max_update"] and cfg.model.encoder_layers == b["layers"]
    if method in ("micro_batches", "stages_heating"):  # four micro-batches, together the setup's tokens per update
        assert cfg.optimization.update_freq == [4]
        assert 4 * cfg.dataset.max_tokens == b["max_tokens"] * b["update_freq"]
    else:
        assert cfg.dataset.max_tokens == b["max_tokens"] and cfg.optimization.update_freq == [b["update_freq"]]
    assert cfg.common.seed == 1 and cfg.checkpoint.save_interval_updates == b["validate"]
    # they read the per-pair dev loss: validate twice as often in the setups of update-freq 2
    adaptive = method in ("adaptive", "task_lr") and b["update_freq"] > 1
    assert cfg.dataset.validate_interval_updates == (b["validate"] // 2 if adaptive else b["validate"])
    if method == "fairseq":  # fairseq's legacy (argparse) task, reached through task.task
        assert cfg.task.task == "translation_multi_simple_epoch" and "_name" not in cfg.task
        assert cfg.task.task in TASK_REGISTRY and cfg.task.task not in TASK_DATACLASS_REGISTRY
        allowed = _legacy_options(TranslationMultiSimpleEpochTask.add_args)
        assert allowed <= set(cfg.task), "every option of the legacy task must be spelled out"
        assert set(cfg.task) - allowed == {"task", "seed", "dataset_impl", "train_subset", "valid_subset"}
        assert cfg.task.sampling_method == "temperature" and cfg.task.sampling_temperature == 1.0  # the reference
    else:
        assert cfg.task._name == "multilingual_scheduled"  # add_defaults merged its dataclass: keys valid
        assert cfg.task.resample_interval == 100
    assert cfg.criterion._name in CRITERION_REGISTRY and cfg.criterion.label_smoothing == 0.1
    assert cfg.optimizer._name in OPTIMIZER_REGISTRY
    assert cfg.lr_scheduler._name in LR_SCHEDULER_REGISTRY
    arch = cfg.model._name
    assert arch in ARCH_MODEL_REGISTRY
    if arch in MODEL_DATACLASS_REGISTRY:
        assert "dropout" in cfg.model and "activation_fn" in cfg.model  # dataclass merged: keys valid
    else:  # legacy model (base_moe): keys must be options of the model
        allowed = _legacy_options(BaseMoETransformerModel.add_args) | set(TransformerConfig.__dataclass_fields__)
        assert set(cfg.model) - {"_name"} <= allowed
    heated = (cfg.task.sampling_method, cfg.task.heating_start_temperature, cfg.task.heating_end_temperature,
              cfg.task.heating_updates) == ("heating", 1, 5, b["heating"]) if method != "fairseq" else None
    expected = {
        "fairseq": lambda: True,
        "uniform": lambda: cfg.task.sampling_method == "uniform",
        "proportional": lambda: cfg.task.sampling_method == "proportional",
        "micro_batches": lambda: (cfg.task.sampling_method, cfg.task.sampling_temperature, cfg.task.homogeneous_batches,
                                  cfg.task.homogeneous_scope) == ("temperature", 1, True, "batch"),
        "temperature": lambda: cfg.task.sampling_method == "temperature" and cfg.task.sampling_temperature == 5,
        "heating": lambda: heated,
        "stages_heating": lambda: heated and cfg.task.sampling_stages == f"{b['max_update'] // 400 * 100}:largest=2;end:method",
        "unimax": lambda: (cfg.task.sampling_method, cfg.task.unimax_max_epochs) == ("unimax", 1.0),
        "adaptive": lambda: (cfg.task.sampling_method, cfg.task.adaptive_metric, cfg.task.adaptive_mix,
                             cfg.task.sampling_temperature) == ("adaptive", "loss", 0.25, 5),
        "task_lr": lambda: (cfg.lr_scheduler._name, cfg.lr_scheduler.base_lr_scheduler, cfg.lr_scheduler.pair_lr_scales,
                            cfg.task.homogeneous_batches) == ("task_scaled", "inverse_sqrt", "adaptive", True)
        and cfg.task.homogeneous_scope == ("update" if b["update_freq"] > 1 else "batch"),
        "bmtl": lambda: cfg.criterion.loss_transform == "bmtl",
        "scalarization": lambda: (cfg.task.sampling_method, cfg.criterion.pair_weights) == ("uniform", "uniform"),
        "temperature_weighting": lambda: (cfg.task.sampling_method, cfg.task.sampling_temperature,
                                          cfg.task.implicit_temperature, cfg.task.batch_order,
                                          cfg.criterion.gradient_scaling) == ("temperature", 1, 5, "source", "adaptive"),
        "adatask": lambda: cfg.optimizer._name == "adatask" and cfg.task.homogeneous_batches
        and cfg.optimizer.au_log_interval == cfg.common.log_interval,
        "base_moe": lambda: heated and cfg.model.base_experts == 4
        and arch == ("base_moe_transformer_lohelp" if b["setup"] == "results" else "base_moe_transformer")
        and cfg.model.dense_pretrain_updates == b["dense"]
        and cfg.model.encoder_normalize_before and cfg.model.decoder_normalize_before,
    }
    assert expected[method]()


def test_a_setup_without_its_method_values_fails_clearly(tmp_path):
    """A new setup lacking method_setup/<method>_<it>.yaml cannot silently run with a default update
    count: the method's placeholder for the value fails to resolve."""
    from omegaconf.errors import InterpolationKeyError

    config_dir = str(tmp_path / "configs")
    shutil.copytree(CONFIG_DIR, config_dir)
    shutil.copyfile(os.path.join(config_dir, "setup", "results.yaml"), os.path.join(config_dir, "setup", "new.yaml"))
    cfg = compose("lohelp", "temperature", [*OVERRIDES, "setup=new"], config_dir=config_dir)
    assert cfg.task.sampling_method == "temperature" and cfg.optimization.max_update == 2000
    for method, key in (("heating", "heating_updates"), ("base_moe", "_name"), ("micro_batches", "micro_tokens")):
        with pytest.raises(InterpolationKeyError, match=f"method_setup.{key}"):
            compose("lohelp", method, [*OVERRIDES, "setup=new"], config_dir=config_dir)


@pytest.mark.filterwarnings("ignore::UserWarning")
def test_a_named_setup_replaces_the_benchmarks_and_picks_its_method_values():
    """setup=NAME on the command line replaces the setup a benchmark names, and method_setup follows it."""
    cfg = compose("lohelp", "heating", [*OVERRIDES, "setup=tuned"])
    assert (cfg.optimization.lr, cfg.optimization.max_update, cfg.dataset.max_tokens) == ([0.003], 4000, 2000)
    assert cfg.model.encoder_normalize_before and cfg.task.heating_updates == 3333
    cfg = compose("ddtp", "micro_batches", [*OVERRIDES, "setup=tuned"])  # the recommended recipe's run
    assert (cfg.dataset.max_tokens, cfg.optimization.update_freq, cfg.task.homogeneous_batches) == (500, [4], True)
    cfg = compose("lohelp", "adatask", [*OVERRIDES, "setup=tuned"])  # AdaTask's dev-tuned form: the same batches
    assert (cfg.dataset.max_tokens, cfg.optimization.update_freq, cfg.task.sampling_temperature) == (500, [4], 1)
    assert cfg.task.homogeneous_batches and cfg.optimizer._name == "adatask"
    assert compose("lohelp", "unimax", [*OVERRIDES, "setup=tuned"]).task.unimax_max_epochs == 5  # N chosen on dev
    cfg = compose("ted8_related", "heating", [*OVERRIDES, "setup=demo"])
    assert cfg.model.encoder_layers == 3 and cfg.task.heating_updates == 1500
    assert cfg.task.lang_pairs == ",".join(BENCHMARKS["ted8_related"].pairs)


def _train(toy_bin, tmp_path, bench, method, *extra):
    proc = run_cli(["fairseq-hydra-train", "--config-dir", CONFIG_DIR, "--config-name", "train",
                    f"benchmark={bench}", f"method={method}",
                    f"common.user_dir={os.path.join(ROOT, 'mtl_nmt')}", "common.cpu=true", "common.log_interval=2",
                    f"task.data={toy_bin}", "task.lang_pairs='en-xx,en-yy'", "optimization.max_update=4",
                    "checkpoint.no_save=true", "dataset.validate_interval_updates=2",
                    "checkpoint.save_interval_updates=2", "lr_scheduler.warmup_updates=2",
                    f"hydra.run.dir={tmp_path}", *TINY, *extra], cwd=str(tmp_path))
    return proc.stdout + proc.stderr


# method -> (extra overrides for 4 updates, log lines only that method writes)
TRAIN = {
    "fairseq": ([], ["selected sampler: temperature", "| Upsample ratios: [('main:en-xx'"]),
    "uniform": (["task.resample_interval=2"], ["prob_en-xx=0.5,", "prob_en-yy=0.5,"]),
    "proportional": (["task.resample_interval=2"], ["prob_en-yy=0.1667"]),
    "micro_batches": (["task.resample_interval=2"], ["prob_en-yy=0.1667", "'update_freq': [4]"]),
    "temperature": (["task.resample_interval=2"], ["sampling temperature: sizes", "prob_en-yy=0.4202"]),
    "heating": (["task.resample_interval=2", "task.heating_updates=4"], ["sampling_temperature="]),
    "stages_heating": (["task.resample_interval=2", "task.heating_updates=4", "task.sampling_stages='2:largest=1;end:method'"],
                       ["sampling stage 1 of 2 (2:largest=1) from update 0", "sampling stage 2 of 2 (end:method) from update 2",
                        "sampling_stage=2", "'update_freq': [4]"]),
    "unimax": (["task.resample_interval=2", "task.unimax_max_epochs=2"], ["unimax allocation", "prob_en-yy="]),
    "adaptive": (["task.resample_interval=2"],
                 ["adaptive sampling after validation at update 2"]),
    "task_lr": (["task.resample_interval=2"], ["lr_scale_en-yy="]),
    "temperature_weighting": (["task.resample_interval=2"], ["weight_en-yy=2.52", "prob_en-yy=0.1667"]),
    "bmtl": (["task.resample_interval=2"], ["weight_en-yy="]),
    "scalarization": (["task.resample_interval=2"], ["weight_en-yy=", "prob_en-yy=0.5,"]),
    "adatask": (["task.resample_interval=2", "optimizer.au_log_interval=2"], ["au_en-yy_dec="]),
    "base_moe": (["task.resample_interval=2", "model.dense_pretrain_updates=2"],
                 ["dense FFN copied into experts 0,1,2,3 at update 2", "sampling_temperature="]),
}


def test_every_method_has_a_training_check():
    assert set(TRAIN) == set(METHODS)


@pytest.mark.parametrize("method", sorted(TRAIN))
def test_method_config_trains(toy_bin, tmp_path, method):
    extra, needles = TRAIN[method]
    log = _train(toy_bin, tmp_path, "lohelp", method, *extra)
    assert "num_updates=4" in log
    for needle in needles:
        assert needle in log, needle


def test_public_benchmark_config_trains_with_plus_override(toy_bin, tmp_path):
    """A TED-8 config (6+6 layers, update-freq 2, task_scaled LR with homogeneous batches per
    update) shrunk to the toy data; an option absent from the composed config needs the leading +;
    the checkpoint folder is named after the groups."""
    log = _train(toy_bin, tmp_path, "ted8_related", "task_lr", "task.resample_interval=2",
                 "+task.implicit_max_scale=4")
    assert "num_updates=4" in log and "lr_scale_en-yy=" in log
    assert "'implicit_max_scale': 4.0" in log and "'update_freq': [2]" in log
    assert "'save_dir': 'checkpoints/ted8_related_task_lr'" in log
