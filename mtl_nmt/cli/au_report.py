"""``mtl-nmt-au-report``: which task dominates which layer, from a fairseq checkpoint trained with
the AdaTask optimizer (AU metric of Yang et al., AAAI 2023, arXiv 2211.15055). Writes
``au_dominance.png`` (heatmap layers x slots), ``au_dominance.csv`` (per layer and per parameter)
and prints a per-layer table."""
import argparse
import os

from ..reporting.au import CSV_NAME, PNG_NAME, write_au_report
from ._entry import cli_main

PROG = "mtl-nmt-au-report"


def get_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog=PROG, description=__doc__)
    p.add_argument("checkpoint", help="fairseq checkpoint (.pt) trained with the AdaTask optimizer")
    p.add_argument("--out", default=None, help="output folder (default: <checkpoint without .pt>_au)")
    p.add_argument("--tasks", default=None,
                   help="comma-separated task names in task-id order (default: the checkpoint's --lang-pairs)")
    return p


@cli_main(PROG)
def main(argv=None):
    args = get_parser().parse_args(argv)
    out = args.out or os.path.splitext(args.checkpoint)[0] + "_au"
    print(write_au_report(args.checkpoint, out, args.tasks))
    print(f"wrote {PNG_NAME} and {CSV_NAME} to {out}")


if __name__ == "__main__":
    main()
