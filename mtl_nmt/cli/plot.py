"""``mtl-nmt-plot``: turn fairseq-train logs (``--log-format simple`` or ``json``) into PNG plots of
the per-pair sampling probabilities, realized shares, dev losses/BLEU and task weights, a
``metrics.csv`` table, and a short per-pair summary of each log's last validation. Above 12 pairs
each run is drawn as a heatmap of pairs × updates instead of one line per pair."""
import argparse
import os
from typing import List, Sequence, Tuple

from ..errors import MtlNmtError
from ..reporting.figures import make_plots
from ..reporting.logs import parse_log
from ..reporting.tables import summary, table_rows, write_csv
from ._entry import cli_main

PROG = "mtl-nmt-plot"


def default_labels(paths: Sequence[str]) -> List[str]:
    """File names without extension, or ``folder/name`` where those are not unique."""
    stems = [os.path.splitext(os.path.basename(p))[0] for p in paths]
    if len(set(stems)) == len(stems):
        return stems
    return [os.path.join(os.path.basename(os.path.dirname(os.path.abspath(p))), s) for p, s in zip(paths, stems)]


def get_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog=PROG, description=__doc__)
    p.add_argument("logs", nargs="+", help="fairseq-train log file(s) (--log-format simple or json)")
    p.add_argument("--labels", default=None,
                   help="comma-separated run names, one per log (default: the log file names)")
    p.add_argument("--out-dir", default=None,
                   help="output folder (default: <first log's folder>/<first log's name>_plots)")
    return p


def run(args) -> Tuple[str, List[str]]:
    """Parse the logs, write plots and metrics.csv, print the summary; returns (out_dir, files)."""
    if args.labels is None:
        labels = default_labels(args.logs)
    else:
        labels = [label.strip() for label in args.labels.split(",")]
        if len(labels) != len(args.logs):
            raise MtlNmtError(f"--labels has {len(labels)} name(s) but {len(args.logs)} log(s) were given")
    runs = [(label, parse_log(path)) for label, path in zip(labels, args.logs)]
    out_dir = args.out_dir
    if out_dir is None:
        first = args.logs[0]
        out_dir = os.path.join(os.path.dirname(first), os.path.splitext(os.path.basename(first))[0] + "_plots")
    os.makedirs(out_dir, exist_ok=True)
    written = make_plots(runs, out_dir)
    csv_path = os.path.join(out_dir, "metrics.csv")
    write_csv(csv_path, *table_rows(runs))
    written.append(csv_path)
    print(summary(runs))
    print(f"wrote {len(written)} file(s) to {out_dir}: {', '.join(os.path.basename(w) for w in written)}")
    return out_dir, written


@cli_main(PROG)
def main(argv=None):
    run(get_parser().parse_args(argv))


if __name__ == "__main__":
    main()
