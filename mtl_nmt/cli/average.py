"""``mtl-nmt-average``: average the parameters of a run's last checkpoints into one checkpoint
(Vaswani et al. 2017, sec. 6.1), for ``mtl-nmt-eval --checkpoint`` or ``fairseq-generate --path``:

    mtl-nmt-average RUN/checkpoints --last 3 --out RUN/checkpoints/checkpoint_avg3.pt
    mtl-nmt-average A.pt B.pt C.pt --out AVG.pt

With a folder, ``--last N`` takes its N interval checkpoints (``checkpoint_<epoch>_<updates>.pt``)
with the most updates; ``fairseq-train --keep-interval-updates`` must keep at least N
(``scripts/train.sh`` keeps 3 with the lohelp setups; ``KEEP=N``).
"""
import argparse
import os

import torch

from ..checkpoints import INTERVAL_NAME, average_checkpoints, interval_checkpoints
from ..errors import MtlNmtError
from ._entry import cli_main

PROG = "mtl-nmt-average"


def get_parser():
    p = argparse.ArgumentParser(prog=PROG, description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("inputs", nargs="+", help="checkpoint files, or one folder of a run's checkpoints (with --last)")
    p.add_argument("--last", type=int, help="with a folder: average its N interval checkpoints with the most updates")
    p.add_argument("--out", required=True, help="averaged checkpoint to write")
    return p


def select(inputs, last):
    """The checkpoint files to average: the given files, or a folder's last ``last`` ones."""
    if len(inputs) == 1 and os.path.isdir(inputs[0]):
        if last is None:
            raise MtlNmtError(f"{inputs[0]} is a folder: say how many of its last checkpoints to average (--last N)")
        if last < 1:
            raise MtlNmtError(f"--last must be ≥ 1, got {last}")
        found = interval_checkpoints(inputs[0])
        if len(found) < last:
            names = ", ".join(os.path.basename(p) for p in found) or "none"
            raise MtlNmtError(f"--last {last}: {inputs[0]} holds {len(found)} interval checkpoint(s) ({names}); "
                              f"train with --keep-interval-updates {last} (or more), or average fewer")
        return found[-last:]
    if last is not None:
        raise MtlNmtError("--last selects from one folder; with checkpoint files, list the ones to average")
    folders = [p for p in inputs if os.path.isdir(p)]
    if folders:
        raise MtlNmtError(f"{folders[0]} is a folder: give either one folder with --last N or checkpoint files")
    return list(inputs)


@cli_main(PROG)
def main(argv=None):
    opts = get_parser().parse_args(argv)
    if INTERVAL_NAME.match(os.path.basename(opts.out)):
        raise MtlNmtError(f"--out {opts.out}: that name is fairseq's for an interval checkpoint and would be "
                          "averaged in next time; choose another (e.g. checkpoint_avg3.pt)")
    paths = select(opts.inputs, opts.last)
    state = average_checkpoints(paths)
    os.makedirs(os.path.dirname(os.path.abspath(opts.out)), exist_ok=True)
    tmp = opts.out + ".tmp"
    torch.save(state, tmp)
    os.replace(tmp, opts.out)
    print(f"{PROG}: {opts.out} = mean of {len(paths)}: {', '.join(os.path.basename(p) for p in paths)}")


if __name__ == "__main__":
    main()
