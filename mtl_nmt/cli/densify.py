"""``mtl-nmt-densify``: a dense (pre-norm) transformer checkpoint → a ``base_moe_transformer`` one.

At every BASE position the layer's FFN (``final_layer_norm``, ``fc1``, ``fc2``) is copied into every
expert (plus ``--expert-init-noise``, drawn exactly as the in-run ``--dense-pretrain-updates``
switch draws it); deeper expert sublayers start as identity (zero output layer); centroids are
zero and are set from the first training batch (balanced k-means, ``--centroid-init-scale``).
With zero noise the converted model translates exactly like the dense one. Everything else is
copied; the optimizer state of the shared parameters is kept, re-indexed, so that

    fairseq-train ... --restore-file OUT.pt       continues the dense run sparsely, and
    fairseq-train ... --finetune-from-model OUT.pt starts a new run from it.

``--arch`` converts into that architecture's sizes (a dense checkpoint that does not fit them is
refused); without it the dense model's sizes are kept.
"""
import argparse
import logging
import sys

from ..models.densify import densify
from ._entry import cli_main

PROG = "mtl-nmt-densify"


def get_parser():
    p = argparse.ArgumentParser(prog=PROG, description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("dense", help="checkpoint of a fairseq transformer (pre-norm)")
    p.add_argument("out", help="base_moe_transformer checkpoint to write")
    p.add_argument("--arch", default="base_moe_transformer",
                   help="target architecture (default: base_moe_transformer with the dense model's sizes)")
    p.add_argument("--base-experts", type=int, default=4, help="experts per BASE layer")
    p.add_argument("--encoder-base-layers", default="1", help="count N or positions like [1] (as for training)")
    p.add_argument("--decoder-base-layers", default="1", help="count N or positions like [1]")
    p.add_argument("--base-sublayers", type=int, default=1,
                   help="FFN sublayers per expert (the extra ones start as identity)")
    p.add_argument("--expert-init-noise", type=float, default=0.0, help="relative noise added to every expert copy")
    p.add_argument("--centroid-init-scale", type=float, default=0.1,
                   help="routing logits after the first training batch sets the centroids (0: stay zero)")
    return p


@cli_main(PROG)
def main(argv=None):
    logging.basicConfig(format="%(asctime)s | %(levelname)s | %(name)s | %(message)s", level=logging.INFO,
                        stream=sys.stdout)
    opts = get_parser().parse_args(argv)
    densify(opts.dense, opts.out, opts)


if __name__ == "__main__":
    main()
