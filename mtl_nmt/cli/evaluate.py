"""``mtl-nmt-eval``: translate each pair's test set with a multilingual checkpoint, score it with
sacreBLEU (BLEU and chrF, signatures printed) and print a per-pair table with training sizes and
low-/high-resource means; also writes ``scores.json``, ``scores.csv`` and the hypotheses.

``--engine ct2`` translates with CTranslate2 (dense transformer checkpoints only): the checkpoint is
exported once into ``<checkpoint folder>/ct2/`` (again when the checkpoint changed) unless
``--ct2-model`` names an export."""
import argparse

from ..evaluation import TOKENIZE_AUTO, bleu_tokenizers
from ..inference.evaluate import evaluate
from ._entry import cli_main

PROG = "mtl-nmt-eval"


def get_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog=PROG, description=__doc__)
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
    p.add_argument("--examples", type=int, default=0,
                   help="also print this many evenly spaced test sentences per pair: source, reference, "
                   "hypothesis (default: %(default)s)")
    p.add_argument("--examples-beside", action="append", default=[], metavar="LABEL=DIR",
                   help="with --examples: also print each example as translated by another system, from the "
                   "hyp.<split>.<pair>.<tgt> files of an earlier mtl-nmt-eval's --out-dir (e.g. a run archived in "
                   "docs/runs/NAME/eval); repeatable")
    return p


@cli_main(PROG, log=True)
def main(argv=None):
    result = evaluate(get_parser().parse_args(argv))
    print(result["table"])
    for block in result["examples"]:
        print(block)
    print(f"scores written to {result['out_dir']}/scores.json and scores.csv")


if __name__ == "__main__":
    main()
