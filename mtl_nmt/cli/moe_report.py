"""``mtl-nmt-moe-report``: how each language pair's tokens spread over the experts of every BASE
layer of a BASE MoE checkpoint (Lewis et al. 2021), under inference routing (greedy top-1) on the
pair's dev or test sentences, teacher-forced. Prints per layer each pair's share per expert and its
routing entropy (1 = all experts alike, 0 = one expert), the imbalance of all tokens (max / mean
expert load; training's balanced assignment keeps it at 1) and I(pair; expert) in bits; writes
``moe_routing.csv`` and ``moe_routing.png``."""
import argparse
import logging
import os
import warnings

from ..reporting.moe_routing import CSV_NAME, PNG_NAME, write_moe_report
from ._entry import cli_main

PROG = "mtl-nmt-moe-report"


def get_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog=PROG, description=__doc__)
    p.add_argument("checkpoint", help="fairseq checkpoint (.pt) of a base_moe_transformer model, after the "
                                      "dense-to-sparse switch")
    p.add_argument("--data-bin", required=True, help="the data-bin the model was trained on")
    p.add_argument("--split", default="valid", help="binarized split to route (default: valid)")
    p.add_argument("--max-tokens", type=int, default=4000, help="tokens per forward batch (default: 4000)")
    p.add_argument("--out", default=None, help="output folder (default: <checkpoint without .pt>_moe)")
    return p


@cli_main(PROG)
def main(argv=None):
    args = get_parser().parse_args(argv)
    out = args.out or os.path.splitext(args.checkpoint)[0] + "_moe"
    logging.getLogger("fairseq").setLevel(logging.ERROR)
    warnings.filterwarnings("ignore", message=".*key_padding_mask and attn_mask.*")
    print(write_moe_report(args.checkpoint, args.data_bin, out, args.split, args.max_tokens))
    print(f"wrote {PNG_NAME} and {CSV_NAME} to {out}")


if __name__ == "__main__":
    main()
