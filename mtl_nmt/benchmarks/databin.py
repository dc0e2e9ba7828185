"""Raw ``{split}.{src}-{tgt}.{lang}`` text → one joint sentencepiece model → one fairseq data-bin
with a shared dictionary (``dict.<lang>.txt`` for every language): the steps of ``mtl-nmt-prepare``,
also used to encode test sets (FLORES) with a trained data-bin's model and dictionary.

The sentencepiece training text is drawn with a temperature (p_i ∝ (n_i/N)^(1/T)) so small pairs
are represented in the vocabulary.
"""
import json
import logging
import os
import random
from typing import List

from tqdm import tqdm

from ..corpus import SPLITS, Pair, check_corpus, discover_pairs, pair_file, read_lines, temperature_quotas
from ..errors import MtlNmtError

logger = logging.getLogger("mtl_nmt.prepare")


def _write_lines(path: str, lines: List[str]) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for line in lines:
            f.write(line + "\n")


def spm_training_text(raw_dir: str, pairs: List[Pair], temperature: float, budget: int, seed: int, path: str) -> dict:
    """Write the temperature-sampled sentencepiece training text; return lines drawn per pair."""
    rng = random.Random(seed)
    corpora = {p.name: (read_lines(pair_file(raw_dir, "train", p, p.src)),
                        read_lines(pair_file(raw_dir, "train", p, p.tgt))) for p in pairs}
    sizes = [len(corpora[p.name][0]) for p in pairs]
    quotas = temperature_quotas(sizes, temperature, min(budget, sum(sizes)))
    out = []
    for pair, quota in zip(pairs, quotas):
        src, tgt = corpora[pair.name]
        idx = rng.sample(range(len(src)), quota) if quota <= len(src) else [rng.randrange(len(src)) for _ in range(quota)]
        for i in idx:
            out.extend((src[i], tgt[i]))
    rng.shuffle(out)
    _write_lines(path, [line for line in out if line.strip()])
    return {p.name: q for p, q in zip(pairs, quotas)}


def train_spm(text: str, prefix: str, args) -> None:
    import sentencepiece as spm

    spm.SentencePieceTrainer.train(
        input=text, model_prefix=prefix, vocab_size=args.vocab_size, model_type=args.model_type,
        character_coverage=args.character_coverage, input_sentence_size=2 * args.spm_sample_lines,
        shuffle_input_sentence=True, seed_sentencepiece_size=200000, num_threads=args.workers,
        hard_vocab_limit=False, minloglevel=2,
    )


def write_fairseq_dict(spm_model: str, path: str) -> None:
    """fairseq dictionary from the sentencepiece vocabulary (its own <unk>, <s>, </s> left out:
    fairseq adds its specials itself)."""
    import sentencepiece as spm

    sp = spm.SentencePieceProcessor(model_file=spm_model)
    with open(path, "w", encoding="utf-8") as f:
        for i in range(sp.get_piece_size()):
            if not (sp.is_unknown(i) or sp.is_control(i)):
                f.write(f"{sp.id_to_piece(i)} 1\n")


def encode_files(spm_model: str, raw_dir: str, out_dir: str, pairs: List[Pair], splits: List[str]) -> None:
    import sentencepiece as spm

    sp = spm.SentencePieceProcessor(model_file=spm_model)
    jobs = [(s, p, lang) for p in pairs for s in splits for lang in (p.src, p.tgt)]
    for split, pair, lang in tqdm(jobs, desc="sentencepiece encode", unit="file"):
        lines = read_lines(pair_file(raw_dir, split, pair, lang))
        pieces = sp.encode(lines, out_type=str)
        _write_lines(pair_file(out_dir, split, pair, lang), [" ".join(x) for x in pieces])


def binarize(spm_dir: str, out_dir: str, dict_path: str, pairs: List[Pair], splits: List[str], workers: int) -> None:
    from fairseq import options
    from fairseq_cli import preprocess

    for pair in tqdm(pairs, desc="fairseq-preprocess", unit="pair"):
        argv = ["--source-lang", pair.src, "--target-lang", pair.tgt, "--destdir", out_dir,
                "--srcdict", dict_path, "--tgtdict", dict_path, "--workers", str(workers)]
        for split in splits:
            argv += [f"--{split}pref", os.path.join(spm_dir, f"{split}.{pair.name}")]
        parser = options.get_preprocessing_parser()
        preprocess.main(parser.parse_args(argv))


def prepare(args) -> dict:
    pairs = [Pair.parse(x) for x in args.pairs.split(",")] if args.pairs else discover_pairs(args.raw_dir)
    splits = [s for s in args.splits.split(",") if s]
    for s in splits:
        if s not in SPLITS:
            raise MtlNmtError(f"unknown split {s!r} in --splits (choose from {', '.join(SPLITS)})")
    counts = check_corpus(args.raw_dir, pairs, splits)
    os.makedirs(args.out_dir, exist_ok=True)
    spm_dir = os.path.join(args.out_dir, "spm")
    os.makedirs(spm_dir, exist_ok=True)
    prefix = os.path.join(args.out_dir, "spm")
    manifest_path = os.path.join(args.out_dir, "prepare.json")
    settings = {k: getattr(args, k) for k in ("vocab_size", "model_type", "character_coverage",
                                                "spm_temperature", "spm_sample_lines", "seed")}
    if not args.force and os.path.exists(manifest_path):
        with open(manifest_path, encoding="utf-8") as f:
            old = json.load(f)
        if old.get("settings") == settings and old.get("pairs") == [p.name for p in pairs] and old.get("counts") == counts:
            logger.info("%s is up to date (use --force to rebuild)", args.out_dir)
            return old
    text = os.path.join(spm_dir, "spm_train.txt")
    drawn = spm_training_text(args.raw_dir, pairs, args.spm_temperature, args.spm_sample_lines, args.seed, text)
    logger.info("sentencepiece sample per pair (T=%s): %s", args.spm_temperature, drawn)
    train_spm(text, prefix, args)
    os.remove(text)
    dict_path = os.path.join(args.out_dir, "dict.txt")
    write_fairseq_dict(prefix + ".model", dict_path)
    encode_files(prefix + ".model", args.raw_dir, spm_dir, pairs, splits)
    binarize(spm_dir, args.out_dir, dict_path, pairs, splits, args.workers)
    manifest = {
        "raw_dir": os.path.abspath(args.raw_dir), "pairs": [p.name for p in pairs], "counts": counts,
        "spm_model": os.path.abspath(prefix + ".model"), "settings": settings, "spm_sample": drawn,
    }
    with open(manifest_path, "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2)
    return manifest
