"""``mtl-nmt-prepare``: raw ``{split}.{src}-{tgt}.{lang}`` text → one joint sentencepiece model →
one fairseq data-bin with a shared dictionary (``dict.<lang>.txt`` for every language).

The sentencepiece training text is drawn with a temperature (p_i ∝ (n_i/N)^(1/T)) so small pairs
are represented in the vocabulary.
"""
import argparse
import os

from ..benchmarks.databin import prepare
from ..corpus import SPLITS
from ._entry import cli_main

PROG = "mtl-nmt-prepare"


def get_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog=PROG, description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--raw-dir", required=True, help="folder with {train,valid,test}.<src>-<tgt>.<lang>")
    p.add_argument("--out-dir", required=True, help="data-bin folder to write (spm model inside)")
    p.add_argument("--pairs", default=None, help="comma-separated pairs (default: every pair in --raw-dir)")
    p.add_argument("--splits", default=",".join(SPLITS), help="splits to binarize (default: %(default)s)")
    p.add_argument("--vocab-size", type=int, default=8000, help="joint sentencepiece vocabulary size")
    p.add_argument("--model-type", default="unigram", choices=["unigram", "bpe"], help="sentencepiece model type")
    p.add_argument("--character-coverage", type=float, default=1.0,
                   help="sentencepiece character coverage (1.0 keeps every script's characters)")
    p.add_argument("--spm-temperature", type=float, default=5.0,
                   help="temperature for drawing sentencepiece training text across pairs")
    p.add_argument("--spm-sample-lines", type=int, default=200000,
                   help="sentence pairs drawn for sentencepiece training (both sides are used)")
    p.add_argument("--seed", type=int, default=1, help="random seed for the sentencepiece sample")
    p.add_argument("--workers", type=int, default=min(4, os.cpu_count() or 1), help="fairseq-preprocess workers")
    p.add_argument("--force", action="store_true", help="redo every step even if its output exists")
    return p


@cli_main(PROG, log=True)
def main(argv=None):
    args = get_parser().parse_args(argv)
    manifest = prepare(args)
    print(f"prepared {', '.join(manifest['pairs'])} in {args.out_dir}")


if __name__ == "__main__":
    main()
