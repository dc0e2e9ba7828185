"""Translate each pair's test set with a multilingual checkpoint (fairseq-generate, or a
CTranslate2 export), score it with sacreBLEU (BLEU and chrF) and write ``scores.json``,
``scores.csv`` and the hypotheses: the work behind ``mtl-nmt-eval``."""
import json
import logging
import os
import shlex
from typing import Dict, List

from ..checkpoints import lang_pairs, read_checkpoint, task_config
from ..corpus import Pair, check_corpus, pair_file, read_lines
from ..errors import MtlNmtError
from ..evaluation import format_examples, format_table, group_means, score_pair, write_results
from ..paths import user_dir
from . import ct2_export, ct2_translate

logger = logging.getLogger("mtl_nmt.eval")

# Task options that must be the same at generation time as in training.
_TASK_FLAGS = ("encoder_langtok", "lang_tok_style", "langs", "lang_dict", "langtoks_specs",
               "left_pad_source", "left_pad_target", "fixed_dictionary", "source_dict", "target_dict")
_TASK_SWITCHES = ("decoder_langtok", "lang_tok_replacing_bos_eos", "enable_lang_ids")

EVAL_TASKS = ("multilingual_scheduled", "translation_multi_simple_epoch")


def checkpoint_task_config(path: str) -> dict:
    """The task options of a multilingual checkpoint (a plain dict, ``_name`` set); one clear error
    for a missing or broken file, a checkpoint without task options or of another task."""
    task = task_config(read_checkpoint(path))
    if task is None:
        raise MtlNmtError(f"{path} has no task configuration (not a fairseq >= 0.10 checkpoint)")
    if task.get("_name") not in EVAL_TASKS:
        raise MtlNmtError(f"{path} was trained with task {task.get('_name')!r}; mtl-nmt-eval needs a "
                          "multilingual_scheduled or translation_multi_simple_epoch checkpoint")
    return task


def generate_argv(args, task_cfg: dict, pair: Pair, results: str, use_cpu: bool) -> List[str]:
    argv = [args.data_bin, "--user-dir", user_dir(), "--task", "multilingual_scheduled",
            "--path", args.checkpoint, "--source-lang", pair.src, "--target-lang", pair.tgt,
            "--lang-pairs", ",".join(lang_pairs(task_cfg)), "--gen-subset", args.split, "--beam", str(args.beam),
            "--lenpen", str(args.lenpen), "--max-tokens", str(args.max_tokens),
            "--required-batch-size-multiple", "1", "--post-process", "sentencepiece",
            "--num-workers", "0", "--results-path", results]
    for key in _TASK_FLAGS:
        value = task_cfg.get(key)
        if value is not None:
            value = ",".join(value) if isinstance(value, (list, tuple)) else str(value)
            argv += ["--" + key.replace("_", "-"), value]
    argv += ["--" + k.replace("_", "-") for k in _TASK_SWITCHES if task_cfg.get(k)]
    if use_cpu:
        argv.append("--cpu")
    return argv


def read_hypotheses(path: str) -> List[str]:
    """Detokenized hypotheses (``D-`` lines) of a fairseq-generate output file, in input order."""
    hyps: Dict[int, str] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("D-"):
                head, _score, *text = line.rstrip("\n").split("\t")
                hyps[int(head[2:])] = text[0] if text else ""
    return [hyps[i] for i in sorted(hyps)] if hyps and sorted(hyps) == list(range(len(hyps))) else \
        _missing_ids(path, hyps)


def _missing_ids(path, hyps):
    if not hyps:
        return []
    missing = sorted(set(range(max(hyps) + 1)) - set(hyps))
    raise MtlNmtError(f"{path}: hypotheses missing for sentence ids {missing[:10]}")


def translate_pair(args, task_cfg, pair: Pair, out_dir: str, use_cpu: bool) -> List[str]:
    from fairseq import options
    from fairseq_cli import generate

    results = os.path.join(out_dir, f"generate.{pair.name}")
    os.makedirs(results, exist_ok=True)
    argv = generate_argv(args, task_cfg, pair, results, use_cpu)
    logger.info("%s: fairseq-generate %s", pair.name, shlex.join(argv))
    parsed = options.parse_args_and_arch(options.get_generation_parser(), argv)
    generate.main(parsed)
    return read_hypotheses(os.path.join(results, f"generate-{args.split}.txt"))


class Ct2Engine:
    """A CTranslate2 export of the checkpoint, loaded once, translating raw source sentences."""

    def __init__(self, args, use_cpu: bool):
        if args.ct2_model:
            model_dir = args.ct2_model
            reason = ct2_export.export_status(model_dir, args.checkpoint)
            if reason is not None:
                raise MtlNmtError(f"--ct2-model {model_dir}: {reason} (run mtl-nmt-export-ct2 --force, or leave "
                                  "out --ct2-model to export automatically)")
            self.record = ct2_export.read_record(model_dir)
        else:
            model_dir = os.path.join(os.path.dirname(os.path.abspath(args.checkpoint)), "ct2")
            self.record = ct2_export.ensure_export(args.checkpoint, args.data_bin, model_dir, args.ct2_quantization)
        self.model_dir = model_dir
        device = "cpu"
        if not use_cpu:
            import ctranslate2

            device = "cuda" if ctranslate2.get_cuda_device_count() > 0 else "cpu"
        self.translator = ct2_translate.load_translator(model_dir, device=device, threads=args.ct2_threads)
        self.sp = ct2_translate.load_spm(spm_model_path(args.data_bin))
        self.args = args

    def translate(self, pair: Pair, lines: List[str]) -> List[str]:
        source, target = ct2_export.prefixes_from_record(self.record, pair)
        return ct2_translate.translate_lines(self.translator, self.sp, lines, source, target, beam=self.args.beam,
                                               lenpen=self.args.lenpen, batch_size=self.args.ct2_batch_size)


def spm_model_path(data_bin: str) -> str:
    """The data-bin's sentencepiece model (``spm.model``, or the one prepare.json names)."""
    path = os.path.join(data_bin, "spm.model")
    if os.path.isfile(path):
        return path
    manifest = os.path.join(data_bin, "prepare.json")
    if os.path.isfile(manifest):
        with open(manifest, encoding="utf-8") as f:
            recorded = json.load(f).get("spm_model")
        if recorded and os.path.isfile(recorded):
            return recorded
    raise MtlNmtError(f"no sentencepiece model (spm.model) in {data_bin}")


def translate_pair_ct2(engine: Ct2Engine, raw_dir: str, split: str, pair: Pair, n_refs: int) -> List[str]:
    """CTranslate2 translations of a pair's raw source side; one per reference, or an error."""
    sources = read_lines(pair_file(raw_dir, split, pair, pair.src))
    if len(sources) != n_refs:
        raise MtlNmtError(f"{pair.name}: {len(sources)} source sentences for {n_refs} references in {raw_dir}")
    hyps = engine.translate(pair, sources)
    if len(hyps) != n_refs:
        raise MtlNmtError(f"{pair.name}: CTranslate2 gave {len(hyps)} hypotheses for {n_refs} references")
    return hyps


def parse_beside(specs: List[str]) -> List[tuple]:
    """``--examples-beside LABEL=DIR`` values as ``(label, folder)``, folders checked to exist."""
    parsed = []
    for spec in specs:
        label, sep, folder = spec.partition("=")
        if not sep or not label or not folder:
            raise MtlNmtError(f"--examples-beside {spec!r} is not LABEL=DIR (e.g. 'results setup=docs/runs/NAME/eval')")
        if not os.path.isdir(folder):
            raise MtlNmtError(f"--examples-beside {label}: no folder {folder} (an mtl-nmt-eval --out-dir with "
                              f"hyp.<split>.<pair>.<tgt> files)")
        parsed.append((label, folder))
    return parsed


def read_beside(folder: str, split: str, pair: Pair, n_refs: int) -> List[str]:
    """Another system's hypotheses of ``pair`` on ``split``, as mtl-nmt-eval wrote them into ``folder``."""
    path = os.path.join(folder, f"hyp.{split}.{pair.name}.{pair.tgt}")
    if not os.path.exists(path):
        raise MtlNmtError(f"--examples-beside: no {path}; that folder has no {split} hypotheses of {pair.name} "
                          f"(run mtl-nmt-eval --split {split} for that system, or drop the option)")
    hyps = read_lines(path)
    if len(hyps) != n_refs:
        raise MtlNmtError(f"--examples-beside: {path} has {len(hyps)} lines, the {split} set of {pair.name} has "
                          f"{n_refs} references: it comes from another test set")
    return hyps


def evaluate(args) -> dict:
    import torch

    manifest_path = os.path.join(args.data_bin, "prepare.json")
    manifest = {}
    if os.path.exists(manifest_path):
        with open(manifest_path, encoding="utf-8") as f:
            manifest = json.load(f)
    raw_dir = args.raw_dir or manifest.get("raw_dir")
    if not raw_dir:
        raise MtlNmtError(f"no --raw-dir given and no prepare.json in {args.data_bin}")
    if args.examples < 0:
        raise MtlNmtError(f"--examples must be ≥ 0 (sentences shown per pair), got {args.examples}")
    beside = parse_beside(args.examples_beside)
    if beside and not args.examples:
        raise MtlNmtError("--examples-beside shows other systems next to the examples: give --examples N too")
    task_cfg = checkpoint_task_config(args.checkpoint)
    trained = lang_pairs(task_cfg)
    pairs = [Pair.parse(x) for x in (args.pairs.split(",") if args.pairs else trained)]
    unknown = [p.name for p in pairs if p.name not in trained]
    if unknown:
        raise MtlNmtError(f"pair(s) {', '.join(unknown)} were not trained by {args.checkpoint} "
                          f"(its --lang-pairs: {','.join(trained)})")
    counts = check_corpus(raw_dir, pairs, [args.split])
    train_sizes = {p: c.get("train", 0) for p, c in manifest.get("counts", {}).items()}
    out_dir = args.out_dir or os.path.join(os.path.dirname(os.path.abspath(args.checkpoint)), f"eval_{args.split}")
    os.makedirs(out_dir, exist_ok=True)
    use_cpu = args.cpu or not torch.cuda.is_available()
    engine = Ct2Engine(args, use_cpu) if args.engine == "ct2" else None
    scores, examples = [], []
    for pair in pairs:
        refs = read_lines(pair_file(raw_dir, args.split, pair, pair.tgt))
        if engine is None:
            hyps = translate_pair(args, task_cfg, pair, out_dir, use_cpu)
        else:
            hyps = translate_pair_ct2(engine, raw_dir, args.split, pair, len(refs))
        for kind, lines in (("hyp", hyps), ("ref", refs)):  # ref.*: mtl-nmt-compare checks the test sets
            with open(os.path.join(out_dir, f"{kind}.{args.split}.{pair.name}.{pair.tgt}"), "w", encoding="utf-8") as f:
                f.write("".join(line + "\n" for line in lines))
        scores.append(score_pair(pair.name, hyps, refs, train_sizes.get(pair.name, 0), tokenize=args.tokenize))
        if args.examples:
            sources = read_lines(pair_file(raw_dir, args.split, pair, pair.src))
            others = [(label, read_beside(folder, args.split, pair, len(refs))) for label, folder in beside]
            examples.append(format_examples(pair.name, sources, refs, hyps, args.examples, beside=others))
        if scores[-1].n_test != counts[pair.name][args.split]:
            raise MtlNmtError(f"{pair.name}: {scores[-1].n_test} sentences scored, "
                              f"{counts[pair.name][args.split]} in the {args.split} set")
    means = group_means(scores, args.low_resource_max)
    extra = {"checkpoint": os.path.abspath(args.checkpoint), "split": args.split, "beam": args.beam,
             "lenpen": args.lenpen, "engine": args.engine, "tokenize": args.tokenize}
    if engine is not None:
        extra.update(ct2_model=os.path.abspath(engine.model_dir), ct2_quantization=engine.record.get("quantization"))
    write_results(scores, means, os.path.join(out_dir, "scores.json"), os.path.join(out_dir, "scores.csv"),
                  extra=extra)
    table = format_table(scores, means, args.low_resource_max)
    return {"table": table, "scores": scores, "means": means, "out_dir": out_dir, "examples": examples}
