"""``mtl-nmt-eval``: translate each pair's test set with a multilingual checkpoint, score it with
sacreBLEU (BLEU and chrF, signatures printed) and print a per-pair table with training sizes and
low-/high-resource means; also writes ``scores.json``, ``scores.csv`` and the hypotheses.

``--engine ct2`` translates with CTranslate2 (dense transformer checkpoints only): the checkpoint is
exported once into ``<checkpoint folder>/ct2/`` (again when the checkpoint changed) unless
``--ct2-model`` names an export."""
import argparse
import json
import logging
import os
import shlex
import sys
from typing import Dict, List

from ..corpus import Pair, check_corpus, pair_file, read_lines
from ..errors import MtlNmtError
from ..evaluation import TOKENIZE_AUTO, bleu_tokenizers, format_table, group_means, score_pair, write_results
from .user_dir import user_dir

logger = logging.getLogger("mtl_nmt.eval")

# Task options that must be the same at generation time as in training.
_TASK_FLAGS = ("encoder_langtok", "lang_tok_style", "langs", "lang_dict", "langtoks_specs",
               "left_pad_source", "left_pad_target", "fixed_dictionary", "source_dict", "target_dict")
_TASK_SWITCHES = ("decoder_langtok", "lang_tok_replacing_bos_eos", "enable_lang_ids")


def get_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="mtl-nmt-eval", description=__doc__)
    p.add_argument("--data-bin", required=True, help="data-bin folder written by mtl-nmt-prepare")
    p.add_argument("--checkpoint", required=True, help="fairseq checkpoint (.pt)")
    p.add_argument("--raw-dir", default=None,
                   help="raw text folder with the references (default: the one recorded in prepare.json)")
    p.add_argument("--pairs", default=None, help="comma-separated pairs (default: the checkpoint's --lang-pairs)")
    p.add_argument("--split", default="test", help="split to translate (default: %(default)s)")
    p.add_argument("--beam", type=int, default=5, help="beam size")
    p.add_argument("--lenpen", type=float, default=1.0, help="length penalty")
    p.add_argument("--max-tokens", type=int, default=6000, help="tokens per generation batch")
    p.add_argument("--low-resource-max", type=int, default=5000,
                   help="pairs with at most this many training sentences count as low-resource")
    p.add_argument("--out-dir", default=None, help="where to write scores and hypotheses "
                   "(default: <checkpoint folder>/eval_<split>)")
    p.add_argument("--cpu", action="store_true", help="generate on CPU even if CUDA is available")
    p.add_argument("--tokenize", default=TOKENIZE_AUTO, choices=[TOKENIZE_AUTO, *bleu_tokenizers()],
                   help="sacreBLEU tokenizer; auto: zh for Chinese, ja-mecab for Japanese, ko-mecab for Korean "
                   "targets, else 13a (flores200/flores101 give spBLEU) (default: %(default)s)")
    p.add_argument("--engine", default="fairseq", choices=["fairseq", "ct2"],
                   help="fairseq-generate, or CTranslate2 (dense transformers only) (default: %(default)s)")
    p.add_argument("--ct2-model", default=None,
                   help="CTranslate2 export to use (mtl-nmt-export-ct2; default: <checkpoint folder>/ct2, "
                   "exported there when missing or stale)")
    p.add_argument("--ct2-quantization", default="none",
                   help="quantization of the automatic export (none, int8, int8_float32, ...; default: %(default)s)")
    p.add_argument("--ct2-threads", type=int, default=0,
                   help="CTranslate2 threads (default: OMP_NUM_THREADS, else torch's thread count)")
    p.add_argument("--ct2-batch-size", type=int, default=32, help="CTranslate2 sentences per batch")
    return p


def checkpoint_task_config(path: str) -> dict:
    from fairseq import checkpoint_utils
    from omegaconf import OmegaConf

    if not os.path.isfile(path):
        raise MtlNmtError(f"checkpoint {path!r} does not exist")
    state = checkpoint_utils.load_checkpoint_to_cpu(path)
    cfg = state.get("cfg")
    if cfg is None or cfg.get("task") is None:
        raise MtlNmtError(f"{path} has no task configuration (not a fairseq >= 0.10 checkpoint)")
    task = cfg["task"]
    if OmegaConf.is_config(task):
        # fairseq-hydra-train saves list-valued options (lang_pairs) as ListConfig
        task = OmegaConf.to_container(task, resolve=True)
    task = dict(vars(task)) if isinstance(task, argparse.Namespace) else dict(task)
    if not task.get("_name"):
        task["_name"] = task.get("task")
    if task.get("_name") not in ("multilingual_scheduled", "translation_multi_simple_epoch"):
        raise MtlNmtError(f"{path} was trained with task {task.get('_name')!r}; mtl-nmt-eval needs a "
                          "multilingual_scheduled or translation_multi_simple_epoch checkpoint")
    return task


def generate_argv(args, task_cfg: dict, pair: Pair, results: str, use_cpu: bool) -> List[str]:
    lang_pairs = task_cfg["lang_pairs"]
    lang_pairs = ",".join(lang_pairs) if isinstance(lang_pairs, (list, tuple)) else lang_pairs
    argv = [args.data_bin, "--user-dir", user_dir(), "--task", "multilingual_scheduled",
            "--path", args.checkpoint, "--source-lang", pair.src, "--target-lang", pair.tgt,
            "--lang-pairs", lang_pairs, "--gen-subset", args.split, "--beam", str(args.beam),
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
        from ..inference import ct2_export, ct2_translate

        self._export, self._translate = ct2_export, ct2_translate
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
        source, target = self._export.prefixes_from_record(self.record, pair)
        return self._translate.translate_lines(self.translator, self.sp, lines, source, target, beam=self.args.beam,
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
    task_cfg = checkpoint_task_config(args.checkpoint)
    trained = task_cfg["lang_pairs"]
    trained = trained.split(",") if isinstance(trained, str) else list(trained)
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
    scores = []
    for pair in pairs:
        refs = read_lines(pair_file(raw_dir, args.split, pair, pair.tgt))
        if engine is None:
            hyps = translate_pair(args, task_cfg, pair, out_dir, use_cpu)
        else:
            hyps = translate_pair_ct2(engine, raw_dir, args.split, pair, len(refs))
        with open(os.path.join(out_dir, f"hyp.{args.split}.{pair.name}.{pair.tgt}"), "w", encoding="utf-8") as f:
            f.write("".join(h + "\n" for h in hyps))
        scores.append(score_pair(pair.name, hyps, refs, train_sizes.get(pair.name, 0), tokenize=args.tokenize))
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
    return {"table": table, "scores": scores, "means": means, "out_dir": out_dir}


def main(argv=None):
    logging.basicConfig(format="%(asctime)s | %(levelname)s | %(name)s | %(message)s", level=logging.INFO)
    args = get_parser().parse_args(argv)
    try:
        result = evaluate(args)
    except MtlNmtError as e:
        sys.exit(f"mtl-nmt-eval: error: {e}")
    print(result["table"])
    print(f"scores written to {result['out_dir']}/scores.json and scores.csv")


if __name__ == "__main__":
    main()
