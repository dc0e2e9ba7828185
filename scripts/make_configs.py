#!/usr/bin/env python3
"""Write configs/<benchmark>_<method>.yaml for fairseq-hydra-train from two tables, so that the
44 files cannot drift apart.

    python scripts/make_configs.py            # (re)write every config
    python scripts/make_configs.py --check    # exit 1 if a committed config differs (or is missing)

BENCHMARKS holds what differs between data sets (data-bin, language pairs, model size,
optimization budget); METHODS holds what a method sets on top (task, criterion, optimizer,
lr_scheduler, model options). Each config is then run as

    fairseq-hydra-train --config-dir configs --config-name BENCH_METHOD \\
        task.data=DATA-BIN checkpoint.save_dir=DIR common.user_dir=$(mtl-nmt-user-dir)

Edit the tables here, never the YAML files (the test runs --check).
"""
import argparse
import difflib
import os
import sys
from typing import Callable, Dict, List, NamedTuple

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CONFIG_DIR = os.path.join(ROOT, "configs")


class Benchmark(NamedTuple):
    about: str
    data: str
    pairs: str
    model: dict            # transformer sizes (model._name is set by the method)
    moe_layers: str        # --encoder/decoder-base-layers of the base_moe method (a count)
    moe_arch: str          # model._name of the base_moe method
    lr: float
    warmup_updates: int
    warmup_init_lr: float  # -1: fairseq's default (0 when warming up)
    weight_decay: float
    max_tokens: int
    update_freq: int
    max_update: int
    validate_interval_updates: int
    adaptive_validate_interval_updates: int  # methods that read the per-pair dev loss
    log_interval: int
    source: str            # where the setup comes from (header comment)


def transformer(layers, dim, ffn, heads, dropout):
    return {"encoder_layers": layers, "decoder_layers": layers, "encoder_embed_dim": dim,
            "decoder_embed_dim": dim, "encoder_ffn_embed_dim": ffn, "decoder_ffn_embed_dim": ffn,
            "encoder_attention_heads": heads, "decoder_attention_heads": heads,
            "encoder_normalize_before": True, "decoder_normalize_before": True,
            "share_all_embeddings": True, "dropout": dropout}


# TED-8 (Wang et al. 2020, "Balancing Training for Multilingual NMT", MultiDDS): their
# job_scripts train transformer_iwslt_de_en (6+6 layers, d=512, FFN 1024, 4 heads, pre-norm) with
# dropout 0.3, label smoothing 0.1, Adam (0.9, 0.98), inverse-sqrt warm-up 4000 from 1e-7,
# 4800 tokens x update-freq 2, 40 epochs. Here: fairseq's inverse_sqrt at lr 5e-4 (the fairseq
# IWSLT'14 recipe for this architecture; MultiDDS used 2e-4 with their own decay) and a fixed
# budget of 60k updates (about 40 epochs of TED-8 at 9600 tokens per update).
_TED8 = dict(model=transformer(6, 512, 1024, 4, 0.3), moe_layers="2", moe_arch="base_moe_transformer",
             lr=5e-4, warmup_updates=4000, warmup_init_lr=1e-7, weight_decay=0.0, max_tokens=4800,
             update_freq=2, max_update=60000, validate_interval_updates=2000,
             adaptive_validate_interval_updates=1000, log_interval=100,
             source="Wang et al. 2020 (MultiDDS) job_scripts: transformer_iwslt_de_en size, dropout 0.3, "
                    "warm-up 4000, 4800 tokens x 2; lr 5e-4 and 60k updates (~40 epochs) chosen here")

BENCHMARKS: Dict[str, Benchmark] = {
    "lohelp": Benchmark(
        about="data/lohelp (4 English-centric pairs, en-hi low-resource)",
        data="work/lohelp/data-bin", pairs="en-de,en-fr,en-fi,en-hi",
        model=transformer(3, 128, 512, 4, 0.1), moe_layers="1", moe_arch="base_moe_transformer_lohelp",
        lr=0.005, warmup_updates=200, warmup_init_lr=-1, weight_decay=0.0, max_tokens=2000, update_freq=1,
        max_update=1200, validate_interval_updates=300, adaptive_validate_interval_updates=150,
        log_interval=100,
        source="the fixed setup of scripts/lohelp_train.sh (docs/results.md): same sizes, optimizer, "
               "batch size, budget and seed"),
    "ted8_related": Benchmark(
        about="TED-8 related (Wang et al. 2020), many-to-English, 4 low- + 4 high-resource related languages",
        data="work/ted8_related/data-bin", pairs="az-en,be-en,gl-en,sk-en,tr-en,ru-en,pt-en,cs-en", **_TED8),
    "ted8_diverse": Benchmark(
        about="TED-8 diverse (Wang et al. 2020), many-to-English, 8 unrelated languages",
        data="work/ted8_diverse/data-bin", pairs="bs-en,mr-en,hi-en,mk-en,el-en,bg-en,fr-en,ko-en", **_TED8),
    # IWSLT'17 multilingual (en <-> de, it, nl, ro; ~200k sentence pairs per direction): the same
    # transformer_iwslt_de_en size, with the usual fairseq IWSLT recipe (lr 5e-4, inverse-sqrt
    # warm-up 4000, dropout 0.3, weight decay 1e-4, 4096 tokens x update-freq 2, as in
    # multilingual IWSLT'17 fairseq setups); 100k updates (~20 epochs of the 8 directions).
    "iwslt17": Benchmark(
        about="IWSLT'17 multilingual, English <-> de, it, nl, ro (8 directions)",
        data="work/iwslt17/data-bin", pairs="en-de,en-it,en-nl,en-ro,de-en,it-en,nl-en,ro-en",
        model=transformer(6, 512, 1024, 4, 0.3), moe_layers="2", moe_arch="base_moe_transformer",
        lr=5e-4, warmup_updates=4000, warmup_init_lr=1e-7, weight_decay=1e-4, max_tokens=4096, update_freq=2,
        max_update=100000, validate_interval_updates=2000, adaptive_validate_interval_updates=1000,
        log_interval=100,
        source="fairseq IWSLT recipe for transformer_iwslt_de_en (lr 5e-4, warm-up 4000, dropout 0.3, "
               "weight decay 1e-4, 4096 tokens x 2); 100k updates (~20 epochs) chosen here"),
}


class Method(NamedTuple):
    title: str       # one line: what the method is
    tweak: str       # options worth changing (header comment)
    apply: Callable  # apply(cfg, bench) -> None: edits the base config in place


def _temperature(cfg, b, t=5.0):
    cfg["task"].update(sampling_method="temperature", sampling_temperature=t)


def _adaptive_rule(cfg, b):
    """The adaptive rule of docs/results.md (adaptive_loss, implicit_lr): per-pair dev loss vs
    the first validation, alpha 1, 25% of the T=5 schedule mixed in."""
    cfg["task"].update(adaptive_metric="loss", adaptive_alpha=1.0, adaptive_mix=0.25)
    cfg["dataset"]["validate_interval_updates"] = b.adaptive_validate_interval_updates


def m_fairseq(cfg, b):
    # fairseq's own translation_multi_simple_epoch has argparse options only, no dataclass: hydra
    # reaches it through fairseq's legacy path (a `task:` key naming it, every option spelled out).
    cfg["task"] = legacy_mse_task(cfg["task"], sampling_method="temperature", sampling_temperature=5.0)


def m_uniform(cfg, b):
    cfg["task"]["sampling_method"] = "uniform"


def m_proportional(cfg, b):
    cfg["task"]["sampling_method"] = "proportional"


def m_temperature(cfg, b):
    _temperature(cfg, b)


def m_heating(cfg, b):
    cfg["task"].update(sampling_method="heating", heating_start_temperature=1.0, heating_end_temperature=5.0,
                       heating_updates=b.max_update * 5 // 6, heating_shape="linear")


def m_adaptive(cfg, b):
    _temperature(cfg, b)  # the mixed-in explicit schedule (adaptive_mix)
    cfg["task"]["sampling_method"] = "adaptive"
    _adaptive_rule(cfg, b)


def m_task_lr(cfg, b):
    _temperature(cfg, b)
    cfg["task"]["homogeneous_batches"] = True
    if b.update_freq > 1:
        cfg["task"]["homogeneous_scope"] = "update"  # one pair per update: a per-pair LR needs it
    _adaptive_rule(cfg, b)
    base = cfg["lr_scheduler"]
    cfg["lr_scheduler"] = {"_name": "task_scaled", "base_lr_scheduler": base.pop("_name"),
                           "task_lr_scales": "adaptive", **base}


def m_bmtl(cfg, b):
    _temperature(cfg, b)
    cfg["criterion"].update(_name="mtl_label_smoothed_cross_entropy", loss_transform="bmtl",
                            bmtl_temperature=1.0)


def m_scalarization(cfg, b):
    cfg["task"]["sampling_method"] = "uniform"
    cfg["criterion"].update(_name="mtl_label_smoothed_cross_entropy", task_weights="uniform")


def m_adatask(cfg, b):
    _temperature(cfg, b)
    cfg["task"]["homogeneous_batches"] = True
    cfg["optimizer"] = {"_name": "adatask", "adatask_base": "adam", **{k: v for k, v in cfg["optimizer"].items()
                                                                      if k != "_name"},
                        "au_log_interval": b.log_interval}


def m_base_moe(cfg, b):
    m_heating(cfg, b)
    cfg["model"] = {"_name": b.moe_arch, **{k: v for k, v in cfg["model"].items() if k != "_name"},
                    "base_experts": 4, "encoder_base_layers": b.moe_layers, "decoder_base_layers": b.moe_layers,
                    "dense_pretrain_updates": b.max_update // 4, "expert_init_noise": 0.01,
                    "centroid_init_scale": 0.1}


METHODS: Dict[str, Method] = {
    "fairseq": Method(
        "plain fairseq translation_multi_simple_epoch with its own temperature sampling (T=5): the baseline "
        "(docs/results.md row fairseq_T5)",
        "task.sampling_temperature=1.5, task.sampling_method=uniform|concat; every fairseq option of the "
        "task is listed below, so no override needs a leading +", m_fairseq),
    "uniform": Method("multilingual_scheduled, uniform sampling p_i = 1/K", "task.min_sampling_prob=0.05",
                      m_uniform),
    "proportional": Method("multilingual_scheduled, proportional sampling p_i = n_i/N",
                           "task.min_sampling_prob=0.05", m_proportional),
    "temperature": Method("multilingual_scheduled, temperature sampling p_i ~ (n_i/N)^(1/T), T=5",
                          "task.sampling_temperature=2; task.resample_interval=100", m_temperature),
    "heating": Method(
        "multilingual_scheduled, temperature heating (Dua et al. 2022): T rises linearly from 1 to 5 "
        "over the first 5/6 of the updates", "task.heating_end_temperature=, task.heating_updates=, "
        "task.heating_shape=linear|cosine|step, task.resample_interval=", m_heating),
    "adaptive": Method(
        "multilingual_scheduled, explicit adaptive sampling on the per-pair dev loss (Jean et al. 2019): "
        "over-sample pairs behind their first-validation loss, alpha 1, 25% of the T=5 schedule mixed in "
        "(docs/results.md row adaptive_loss)",
        "task.adaptive_alpha=, task.adaptive_mix=, +task.adaptive_smoothing=0.5, "
        "dataset.validate_interval_updates= (how often p changes)", m_adaptive),
    "task_lr": Method(
        "implicit adaptive schedule (Jean et al. 2019 §3.3): sample with T=5 in task-homogeneous batches "
        "and scale each pair's learning rate by r_i = p_i/q_i (lr_scheduler task_scaled, adaptive scales, "
        "p: the adaptive rule on per-pair dev loss; docs/results.md row implicit_lr)",
        "task.adaptive_alpha=, task.adaptive_mix=, +task.implicit_max_scale=4, "
        "lr_scheduler.base_lr_scheduler=, lr_scheduler.task_lr_scales=FILE.json", m_task_lr),
    "bmtl": Method(
        "BMTL loss transform (Liang & Zhang 2020) sum_i exp(L_i/t), t=1, on mixed T=5 batches "
        "(docs/results.md row bmtl_t1)", "criterion.bmtl_temperature=, +criterion.bmtl_form=exact", m_bmtl),
    "scalarization": Method(
        "uniform scalarization (Royer et al. 2023) sum_i L_i / K: uniform sampling + task_weights uniform "
        "(docs/results.md row uniform_scalarization)",
        "criterion.task_weights=FILE.json (e.g. weights found by mtl-nmt-pbt)", m_scalarization),
    "adatask": Method(
        "AdaTask (Yang et al. 2023): Adam with per-pair accumulators, T=5 task-homogeneous batches "
        "(docs/results.md row adatask)",
        "optimizer.adatask_base=adam|rmsprop|adagrad, +optimizer.adatask_factored=true, "
        "+optimizer.adatask_absent=decay, optimizer.au_log_interval=", m_adatask),
    "base_moe": Method(
        "BASE-layer MoE (4 experts) with dense pre-training for the first 1/4 of the updates and "
        "temperature heating 1 -> 5 (Dua et al. 2022)",
        "model.dense_pretrain_updates=0 (sparse from the start), model.base_experts=, "
        "model.encoder_base_layers= (count or [positions]); several ranks: mtl-nmt-launch / "
        "--distributed-world-size (README, BASE-layer MoE)", m_base_moe),
}

# Old names kept working: alias -> (benchmark, method).
ALIASES = {"lohelp_implicit_lr": ("lohelp", "task_lr")}


def legacy_mse_task(scheduled: dict, **overrides) -> dict:
    """fairseq's translation_multi_simple_epoch as a hydra task section: every option of its
    add_args at fairseq's default (fairseq runs hydra configs in struct mode, so an option the
    task reads must be present), the shared options of ``scheduled``, then ``overrides``."""
    from fairseq.tasks.translation_multi_simple_epoch import TranslationMultiSimpleEpochTask

    parser = argparse.ArgumentParser(add_help=False)
    TranslationMultiSimpleEpochTask.add_args(parser)
    task = {"task": "translation_multi_simple_epoch"}
    task.update(vars(parser.parse_args(["DATA"])))
    for key in ("data", "lang_pairs", "encoder_langtok", "decoder_langtok"):
        task[key] = scheduled[key]
    task.update(overrides)
    # options the task reads from other groups of the argparse namespace
    task.update(seed="${common.seed}", dataset_impl="${dataset.dataset_impl}",
                train_subset="${dataset.train_subset}", valid_subset="${dataset.valid_subset}")
    return task


def base_config(name: str, b: Benchmark) -> dict:
    lr_scheduler = {"_name": "inverse_sqrt", "warmup_updates": b.warmup_updates}
    if b.warmup_init_lr >= 0:
        lr_scheduler["warmup_init_lr"] = b.warmup_init_lr
    optimizer = {"_name": "adam", "adam_betas": "(0.9, 0.98)"}
    if b.weight_decay:
        optimizer["weight_decay"] = b.weight_decay
    return {
        "common": {"user_dir": "mtl_nmt", "log_format": "simple", "log_interval": b.log_interval, "seed": 1},
        "task": {"_name": "multilingual_scheduled", "data": b.data, "lang_pairs": b.pairs,
                 "encoder_langtok": "src", "decoder_langtok": True, "resample_interval": 100},
        "model": {"_name": "transformer", **b.model},
        "criterion": {"_name": "label_smoothed_cross_entropy", "label_smoothing": 0.1},
        "optimizer": optimizer,
        "lr_scheduler": lr_scheduler,
        "optimization": {"lr": [b.lr], "max_update": b.max_update, "update_freq": [b.update_freq]},
        "dataset": {"max_tokens": b.max_tokens, "num_workers": 0,
                    "validate_interval_updates": b.validate_interval_updates},
        "checkpoint": {"save_dir": f"checkpoints/{name}", "save_interval_updates": b.validate_interval_updates,
                       "keep_interval_updates": 1, "no_epoch_checkpoints": True},
    }


def build(name: str, bench: str, method: str) -> dict:
    b = BENCHMARKS[bench]
    cfg = base_config(name, b)
    METHODS[method].apply(cfg, b)
    return cfg


def _wrap(text: str, prefix: str, width: int = 100) -> List[str]:
    import textwrap

    return textwrap.wrap(text, width=width, initial_indent=prefix, subsequent_indent=prefix + "  ",
                         break_on_hyphens=False, break_long_words=False)


def render(name: str, bench: str, method: str) -> str:
    b, m = BENCHMARKS[bench], METHODS[method]
    cfg = build(name, bench, method)
    lines = [f"# {name}: generated by scripts/make_configs.py from its BENCHMARKS/METHODS tables; edit those",
             "# and rerun it (tests run --check), not this file."]
    if name in ALIASES:
        lines.append(f"# Old name of {bench}_{method}, kept for existing commands; same options.")
    lines += ["# Run:",
              f"#   fairseq-hydra-train --config-dir configs --config-name {name} \\",
              f"#       task.data={b.data} checkpoint.save_dir=checkpoints/{name} \\",
              "#       common.user_dir=$(mtl-nmt-user-dir)"]
    lines += _wrap(f"Method ({method}): {m.title}.", "# ")
    lines += _wrap(f"Benchmark ({bench}): {b.about}; {b.pairs}. Setup: {b.source}.", "# ")
    lines += _wrap(f"Tweak: {m.tweak}. Options absent from this file need a leading + "
                   "(e.g. +task.min_sampling_prob=0.01); quote commas: task.lang_pairs='en-de,en-hi'.", "# ")
    lines.append("# @package _global_")
    body = yaml.dump(cfg, Dumper=_Dumper, sort_keys=False, default_flow_style=False, width=1000,
                     allow_unicode=True)
    return "\n".join(lines) + "\n" + body


class _Dumper(yaml.SafeDumper):
    """Block style, except for lists (optimization.lr: [0.005])."""


_Dumper.add_representer(list, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True))


def all_configs() -> Dict[str, str]:
    out = {f"{bench}_{method}": (bench, method) for bench in BENCHMARKS for method in METHODS}
    out.update(ALIASES)
    return {name: render(name, *bm) for name, bm in out.items()}


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--check", action="store_true", help="compare with configs/ instead of writing")
    p.add_argument("--out-dir", default=CONFIG_DIR, help="where the configs are (default: configs/)")
    args = p.parse_args(argv)
    configs = all_configs()
    stale = []
    for name, text in configs.items():
        path = os.path.join(args.out_dir, f"{name}.yaml")
        old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
        if old == text:
            continue
        if args.check:
            stale.append(name)
            diff = difflib.unified_diff((old or "").splitlines(True), text.splitlines(True),
                                        f"{path} (committed)", f"{path} (generated)")
            sys.stdout.writelines(list(diff)[:40])
        else:
            os.makedirs(args.out_dir, exist_ok=True)
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            print(f"wrote {path}")
    if args.check and os.path.isdir(args.out_dir):
        extra = sorted(f[:-5] for f in os.listdir(args.out_dir) if f.endswith(".yaml") and f[:-5] not in configs)
        if extra:
            print(f"not generated by scripts/make_configs.py: {', '.join(extra)}", file=sys.stderr)
            stale += extra
    if stale:
        print(f"{len(stale)} config(s) differ from scripts/make_configs.py: {', '.join(stale)}; "
              "run python scripts/make_configs.py", file=sys.stderr)
        return 1
    if args.check:
        print(f"{len(configs)} configs up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
