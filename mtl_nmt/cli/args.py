"""``mtl-nmt-args``: a training run of configs/ (benchmark, setup, method and options, composed as
fairseq-hydra-train composes them) as the equivalent fairseq-train command line::

    mtl-nmt-args setup=tuned method=heating task.heating_end_temperature=2
    fairseq-train $(mtl-nmt-args --lines setup=tuned method=fairseq SEED=2 | tr '\\n' ' ')   # or: scripts/train.sh

Words: ``benchmark=``, ``setup=``, ``method=`` (configs/<group>/*.yaml; default benchmark=lohelp with
its setup, method=temperature), ``group.key=value`` (hydra syntax, no ``+`` needed) and the
shorthands of the scripts (``LR=0.003 NORM=pre WARMUP= DROPOUT= MAX_TOKENS= MAX_UPDATE= VALIDATE=
KEEP= SEED= DATA= PAIRS= SAVE_DIR=``, also read from the environment with ``--env``). Without PAIRS,
another corpus's data-bin trains on its own pairs (its prepare.json).
"""
import argparse
import json
import os

from ..runs import CONFIG_DIR, KNOBS, choices, env_words, run_argv, shell_line
from ._entry import cli_main

PROG = "mtl-nmt-args"


def get_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog=PROG, description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("words", nargs="*", metavar="WORD",
                   help=f"benchmark=, setup=, method=, group.key=value, or {'=, '.join(KNOBS)}=")
    p.add_argument("--lines", action="store_true",
                   help="one argument per line, without the program (for scripts); default: one shell line")
    p.add_argument("--env", action="store_true",
                   help="take the shorthands also from the environment (LR=0.003 mtl-nmt-args --env ...), "
                   "before the words, which win")
    p.add_argument("--record", metavar="FILE", default=None,
                   help="also write the run (words, benchmark, setup, method, command line) to FILE as JSON")
    p.add_argument("--config-dir", default=CONFIG_DIR, help="the configs/ folder (default: %(default)s)")
    p.add_argument("--list", action="store_true", help="print the benchmarks, setups and methods, then exit")
    return p


@cli_main(PROG)
def _main(args) -> None:
    if args.list:
        for group in ("benchmark", "setup", "method"):
            print(f"{group}: {' '.join(choices(group, args.config_dir))}")
        return
    words = [*(env_words() if args.env else []), *args.words]
    argv, chosen = run_argv(words, os.path.abspath(args.config_dir))
    if args.record:
        os.makedirs(os.path.dirname(os.path.abspath(args.record)), exist_ok=True)
        with open(args.record, "w", encoding="utf-8") as f:
            json.dump({"words": words, **{g: chosen[g] for g in ("benchmark", "setup", "method")}, "argv": argv},
                      f, indent=2)
    if args.lines:
        print("\n".join(argv))
    else:
        print(f"# benchmark={chosen['benchmark']} setup={chosen['setup']} method={chosen['method']}")
        print(shell_line(argv))


def main(argv=None):
    _main(get_parser().parse_args(argv))


if __name__ == "__main__":
    main()
