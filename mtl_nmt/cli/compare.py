"""``mtl-nmt-compare``: compare systems trained with several seeds against a reference system, per pair:
mean ± std over seeds of BLEU and chrF, the difference to the reference, and a paired bootstrap test
(sacreBLEU, Koehn 2004) against it; plus low-/high-resource means. Prints Markdown tables; ``--out DIR``
also writes ``compare.md``, ``compare.csv`` and ``delta_bleu.png`` (ΔBLEU per pair against its training
size, log scale, with error bars). Where every run folder of the reference holds its ``train.log``,
it also prints each system's final dev loss and the updates its seeds needed to reach the reference's
final dev loss, and ``--out`` writes ``dev_loss.png`` (dev loss by update, mean over seeds).

A RUN_DIR is one training run: ``row.json`` and ``eval/`` as written by scripts/results.sh (or an
``mtl-nmt-eval --out-dir`` folder). Runs are grouped into systems by their ``row.json`` name without a
seed suffix: ``t5_s1``, ``t5_s2`` (also ``-s2``, ``_seed2``, ``.s2``) are seeds 1 and 2 of ``t5``.
``--system LABEL=DIR,DIR`` names a system explicitly (seeds from the suffixes, else the order given).

Significance (``--pairing pooled``, the default): the hypotheses of a system's seeds, concatenated,
against the reference's hypotheses of the same seeds on the same sources; every seed of a system needs
a reference run of that seed. ``--pairing per-seed`` tests each seed pair separately and reports the
largest p (both need the same seeds). ``--pairing none`` skips the bootstrap: Welch's t-test across seeds
alone, so a system of seeds 1-3 can be compared with a reference of seeds 1-2 (or other seeds)."""
import argparse
import logging
import os
from typing import Dict, List, Optional, Tuple

from ..errors import MtlNmtError
from ..reporting.compare import PAIRINGS, System, compare, group_by_name, load_run, make_system, markdown, write_csv
from ..reporting.dev_curves import dev_markdown, dev_summaries, plot_dev_loss
from ._entry import cli_main

PROG = "mtl-nmt-compare"
EXAMPLE = """example:
  mtl-nmt-compare work/results/t5_s{1,2,3} work/results/heat_s{1,2,3} \\
      --reference work/results/fairseq_t1_s{1,2,3} --out work/results/compare
  mtl-nmt-compare --system heating=work/results/h1,work/results/h2 --reference T1=work/results/f1,work/results/f2"""


def get_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog=PROG, description=__doc__, epilog=EXAMPLE,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("runs", nargs="*", metavar="RUN_DIR",
                   help="runs to compare, grouped into systems by their row.json name without the seed suffix")
    p.add_argument("--system", action="append", default=[], metavar="LABEL=DIR[,DIR...]",
                   help="a system named LABEL with these runs as its seeds (repeatable)")
    p.add_argument("--reference", nargs="+", required=True, metavar="RUN_DIR",
                   help="the reference system's runs (one system: RUN_DIRs of one name, or LABEL=DIR[,DIR...]); "
                   "give it after the RUN_DIRs")
    p.add_argument("--raw-dir", default=None,
                   help="raw text folder ({split}.{src}-{tgt}.{lang}) for runs whose eval/ has no ref.* files, "
                   "and for training sizes that scores.json does not record")
    p.add_argument("--train-sizes", default=None, metavar="PAIR=N[,PAIR=N...]",
                   help="training sentence pairs per pair (default: from scores.json, else --raw-dir's train files)")
    p.add_argument("--low-resource-max", type=int, default=5000,
                   help="pairs with at most this many training sentences are low-resource (default: %(default)s)")
    p.add_argument("--pairing", choices=PAIRINGS, default="pooled",
                   help="bootstrap on all seeds' hypotheses pooled, or per seed pair (largest p), or none "
                   "(Welch across seeds only; the seeds need not match) (default: %(default)s)")
    p.add_argument("--bootstrap-samples", type=int, default=1000,
                   help="paired bootstrap resamples (default: %(default)s; seed: SACREBLEU_SEED, default 12345)")
    p.add_argument("--alpha", type=float, default=0.05, help="significance level of the mark (default: %(default)s)")
    p.add_argument("--out", default=None, metavar="DIR",
                   help="also write compare.md, compare.csv and delta_bleu.png into DIR")
    return p


def parse_spec(token: str, option: str) -> Tuple[Optional[str], List[str]]:
    """``("LABEL", [dirs])`` from ``LABEL=DIR,DIR``; ``(None, [dirs])`` from ``DIR[,DIR]``. The label is
    everything before the last ``=`` (labels such as ``T=5`` work)."""
    label, dirs = None, token
    if "=" in token and not os.path.isdir(token):
        label, _, dirs = token.rpartition("=")
        if not label:
            raise MtlNmtError(f"{option} {token!r}: the label before '=' is empty")
    paths = [d for d in dirs.split(",") if d]
    if not paths:
        raise MtlNmtError(f"{option} {token!r} names no run folder")
    return label, paths


def parse_sizes(text: Optional[str]) -> Dict[str, int]:
    sizes = {}
    for item in (text or "").split(","):
        if not item.strip():
            continue
        pair, _, value = item.partition("=")
        try:
            sizes[pair.strip()] = int(value)
        except ValueError:
            raise MtlNmtError(f"--train-sizes: {item!r} is not PAIR=N (e.g. en-hi=2000)") from None
        if sizes[pair.strip()] <= 0:
            raise MtlNmtError(f"--train-sizes: {item!r} must be positive")
    return sizes


class RunLoader:
    """Loads each run folder once; a folder given twice is an error."""

    def __init__(self, raw_dir: Optional[str]):
        self.raw_dir = raw_dir
        self.seen: Dict[str, str] = {}

    def __call__(self, paths: List[str]):
        runs = []
        for path in paths:
            key = os.path.realpath(path)
            if key in self.seen:
                raise MtlNmtError(f"run folder {path} is given twice ({self.seen[key]}); give each run once")
            self.seen[key] = path
            runs.append(load_run(path, self.raw_dir))
        return runs


def reference_system(tokens: List[str], load: RunLoader) -> System:
    specs = [parse_spec(t, "--reference") for t in tokens]
    labels = [label for label, _ in specs if label]
    if labels and len(specs) > 1:
        raise MtlNmtError("--reference takes one LABEL=DIR[,DIR...] or run folders, not both or several labels")
    if labels:
        return make_system(labels[0], load(specs[0][1]))
    systems = group_by_name(load([d for _, dirs in specs for d in dirs]))
    if len(systems) > 1:
        raise MtlNmtError(f"--reference runs belong to {len(systems)} systems ({', '.join(s.label for s in systems)}); "
                          "give the runs of one system, or name it: --reference LABEL=DIR,DIR")
    return systems[0]


def build_systems(args) -> Tuple[System, List[System]]:
    load = RunLoader(args.raw_dir)
    reference = reference_system(args.reference, load)
    systems = []
    for token in args.system:
        label, dirs = parse_spec(token, "--system")
        if label is None:
            raise MtlNmtError(f"--system {token!r}: expected LABEL=DIR[,DIR...]")
        systems.append(make_system(label, load(dirs)))
    systems += group_by_name(load(args.runs)) if args.runs else []
    if not systems:
        raise MtlNmtError("nothing to compare: give RUN_DIRs or --system LABEL=DIR,... besides --reference")
    return reference, systems


def run(argv=None):
    """Parse ``argv``, compare, print the tables and write the files; returns the Comparison."""
    args = get_parser().parse_args(argv)
    if args.low_resource_max < 0:
        raise MtlNmtError(f"--low-resource-max must be ≥ 0, got {args.low_resource_max}")
    if not 0.0 < args.alpha < 1.0:
        raise MtlNmtError(f"--alpha must be between 0 and 1, got {args.alpha}")
    reference, systems = build_systems(args)
    comp = compare(reference, systems, raw_dir=args.raw_dir, given_sizes=parse_sizes(args.train_sizes),
                   low_resource_max=args.low_resource_max, pairing=args.pairing,
                   n_samples=args.bootstrap_samples, alpha=args.alpha)
    dev = dev_summaries(reference, comp.systems)
    print(markdown(comp) + ("\n" + dev_markdown(dev, reference.label) if dev else ""), end="")
    if args.out:
        from ..reporting.compare_plot import plot_delta_bleu

        os.makedirs(args.out, exist_ok=True)
        plot_delta_bleu(comp, os.path.join(args.out, "delta_bleu.png"))
        written = ["compare.md", "compare.csv", "delta_bleu.png"]
        text = markdown(comp, png="delta_bleu.png")
        if dev:
            plot_dev_loss(dev, os.path.join(args.out, "dev_loss.png"))
            text += "\n" + dev_markdown(dev, reference.label) + "\n![dev loss by update](dev_loss.png)\n"
            written.append("dev_loss.png")
        with open(os.path.join(args.out, "compare.md"), "w", encoding="utf-8") as f:
            f.write(text)
        write_csv(comp, os.path.join(args.out, "compare.csv"))
        print(f"wrote {', '.join(written)} to {args.out}")
    return comp


@cli_main(PROG)
def main(argv=None) -> None:
    logging.getLogger("sacrebleu").setLevel(logging.WARNING)
    run(argv)


if __name__ == "__main__":
    main()
