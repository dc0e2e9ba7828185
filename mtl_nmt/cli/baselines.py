"""``mtl-nmt-baselines``: bilingual baselines for the adaptive schedule (Jean et al. 2019, §3.2: a
pair is over-sampled while its dev score is behind its single-pair baseline).

For each pair of a multilingual run it trains a single-pair model with the run's own options
(architecture, vocabulary, optimizer, budget), then reads the dev scores of that model's
``checkpoint_best.pt`` in the units the schedule compares, and writes ``OUT/baselines.json``::

    mtl-nmt-baselines --data-bin DATA --out OUT -- <the fairseq-train options of the multilingual run>
    mtl-nmt-baselines --out OUT --checkpoints en-de=a.pt,en-hi=b.pt     # or a folder OUT2/<pair>/...

Each pair runs ``fairseq-train DATA --user-dir mtl_nmt --task multilingual_scheduled <options>
--lang-pairs <pair> --sampling-method uniform --save-dir OUT/<pair>``: the multilingual
``--lang-pairs``, ``--sampling-method``, ``--save-dir``, ``--adaptive-baselines`` and
``--tensorboard-logdir`` (to ``OUT/<pair>/tensorboard``) are replaced,
``--langs`` (all languages of the run, sorted as fairseq sorts them) is added unless given so the
vocabulary is the same, and ``--best-checkpoint-metric <metric>_<other pair>`` becomes this pair's.
Pairs whose checkpoint and score exist are skipped, so an interrupted run resumes; a pair stopped
mid-training resumes from its ``checkpoint_last.pt``.

Pass ``OUT`` (or ``OUT/baselines.json``) to ``--adaptive-baselines``. Scores: ``loss`` is the
validation ``loss_<pair>`` (the criterion's loss per ``sample_size`` in bits, label smoothing
included), ``bleu`` the validation ``bleu_<pair>`` of ``--eval-bleu`` (when the options hold it).
"""
import argparse
import os

from ..bilingual.baselines import score_checkpoints, train_baselines
from ..errors import MtlNmtError
from ..sampling.baselines import BASELINES_FILE, CHECKPOINT_NAME
from ._entry import cli_main


def get_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="mtl-nmt-baselines", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--data-bin", default=None,
                   help="data-bin of the multilingual run (or give it first after --)")
    p.add_argument("--out", required=True, help="output folder: <pair>/ per run and baselines.json")
    p.add_argument("--pairs", default=None, help="comma-separated pairs (default: --lang-pairs of the options)")
    p.add_argument("--checkpoints", default=None,
                   help="score existing single-pair checkpoints instead of training: pair=path,... or a folder "
                   f"with <pair>/{CHECKPOINT_NAME} or <pair>.pt")
    p.add_argument("options", nargs=argparse.REMAINDER,
                   help="-- the fairseq-train options of the multilingual run")
    return p


@cli_main("mtl-nmt-baselines")
def main(argv=None):
    args = get_parser().parse_args(argv)
    options = args.options[1:] if args.options[:1] == ["--"] else args.options
    if args.checkpoints:
        if options:
            raise MtlNmtError("give either --checkpoints or training options after --, not both")
        score_checkpoints(args)
    else:
        if not options:
            raise MtlNmtError("give the multilingual run's fairseq-train options after --, or --checkpoints")
        train_baselines(args)
    print(f"baselines written to {os.path.join(args.out, BASELINES_FILE)}")

if __name__ == "__main__":
    main()
