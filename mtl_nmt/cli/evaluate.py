"""``mtl-nmt-eval``: translate each pair's test set with a multilingual checkpoint, score it with
sacreBLEU (BLEU and chrF, signatures printed) and print a per-pair table with training sizes and
low-/high-resource means; also writes ``scores.json``, ``scores.csv`` and the hypotheses."""
import argparse
import json
import logging
import os
import shlex
import sys
from typing import Dict, List

from ..corpus import Pair, check_corpus, pair_file, read_lines
from ..errors import MtlNmtError
from ..evaluation import format_table, group_means, score_pair, write_results
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
    return p


def checkpoint_task_config(path: str) -> dict:
    from fairseq import checkpoint_utils

    if not os.path.isfile(path):
        raise MtlNmtError(f"checkpoint {path!r} does not exist")
    state = checkpoint_utils.load_checkpoint_to_cpu(path)
    cfg = state.get("cfg")
    if cfg is None or cfg.get("task") is None:
        raise MtlNmtError(f"{path} has no task configuration (not a fairseq >= 0.10 checkpoint)")
    task = cfg["task"]
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
    scores = []
    for pair in pairs:
        hyps = translate_pair(args, task_cfg, pair, out_dir, use_cpu)
        refs = read_lines(pair_file(raw_dir, args.split, pair, pair.tgt))
        with open(os.path.join(out_dir, f"hyp.{args.split}.{pair.name}.{pair.tgt}"), "w", encoding="utf-8") as f:
            f.write("".join(h + "\n" for h in hyps))
        scores.append(score_pair(pair.name, hyps, refs, train_sizes.get(pair.name, 0)))
        assert scores[-1].n_test == counts[pair.name][args.split]
    means = group_means(scores, args.low_resource_max)
    write_results(scores, means, os.path.join(out_dir, "scores.json"), os.path.join(out_dir, "scores.csv"),
                  extra={"checkpoint": os.path.abspath(args.checkpoint), "split": args.split, "beam": args.beam})
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
