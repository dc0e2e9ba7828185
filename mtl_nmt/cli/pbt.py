"""``mtl-nmt-pbt``: population-based training of the scalarization weights of
``--criterion mtl_label_smoothed_cross_entropy`` (Royer, Blankevoort & Ehteshami Bejnordi,
NeurIPS 2023) on Ray Tune's PopulationBasedTraining (Jaderberg et al. 2017).

A population of fairseq-train runs, each with its own task weights, trains in intervals of
--pbt-interval updates; after each interval the weakest members (--quantile) copy the fairseq
checkpoint and weights of a strong one (exploit) and perturb or resample those weights on the
simplex (explore). Selection metric: the mean per-pair dev loss or BLEU (--pbt-metric).

    mtl-nmt-pbt --out-dir work/pbt --population 4 --pbt-interval 300 --total-updates 1200 \\
        -- fairseq-train DATA --user-dir mtl_nmt --task multilingual_scheduled ...

Writes OUT/members.csv, OUT/trajectories.csv, OUT/weights.png, OUT/metric.png and
OUT/best/{checkpoint.pt,pair_weights.json,lineage.csv,summary.json} (lineage.csv: the weights that
trained the best model, interval by interval; replay them with ``--pair-weights lineage.csv``); the Ray
Tune experiment lives in OUT/pbt. An interrupted run (Ctrl-C, a crash) continues with
``mtl-nmt-pbt --out-dir OUT --resume``."""
import argparse
import json
import logging
import os
import sys
from typing import List, Optional

from ..errors import MtlNmtError
from ..pbt import population
from ..pbt.report import lineage_text, write_report
from ..pbt.settings import DEFAULTS, SETTINGS_FILE, new_settings, resumed_settings
from ._entry import cli_main

PROG = "mtl-nmt-pbt"


def get_parser() -> argparse.ArgumentParser:
    d = DEFAULTS
    p = argparse.ArgumentParser(prog=PROG, description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--out-dir", required=True, help="output folder (results, and the Ray Tune experiment in OUT/pbt)")
    p.add_argument("--population", type=int, help=f"number of members, >= 2 (default {d['population']})")
    p.add_argument("--pbt-interval", type=int, help="updates per interval: members are compared, exploited "
                   "and explored after each (required)")
    p.add_argument("--total-updates", type=int, help="updates per member, a multiple of --pbt-interval (required)")
    p.add_argument("--pbt-metric", help="selection metric: 'loss' (mean per-pair dev loss, lower is better) or "
                   "'bleu' (mean per-pair dev BLEU; adds --eval-bleu) (default loss)")
    p.add_argument("--quantile", type=float, help="fraction of the population that is exploited by / exploits the "
                   f"other end, in (0, 0.5] (default {d['quantile']})")
    p.add_argument("--perturbation-factors", help="comma-separated factors, one drawn per pair, that multiply "
                   f"the weights before renormalising (default {d['perturbation_factors']})")
    p.add_argument("--resample-probability", type=float, help="probability that explore resamples the weights "
                   f"from a Dirichlet instead (default {d['resample_probability']})")
    p.add_argument("--dirichlet-alpha", type=float, help="concentration of the Dirichlet for initial and resampled "
                   f"weights (default {d['dirichlet_alpha']}); member 0 starts uniform")
    p.add_argument("--weight-floor", type=float, help="no weight goes below this fraction of the uniform weight "
                   f"1/K, in [0, 1) (default {d['weight_floor']})")
    p.add_argument("--seed", type=int, help=f"seed of the initial weights and of explore (default {d['seed']})")
    p.add_argument("--cpus-per-member", type=float, help=f"Ray CPUs per member (default {d['cpus_per_member']:g}); "
                   "also fairseq-train's OMP_NUM_THREADS")
    p.add_argument("--gpus-per-member", type=float, help=f"Ray GPUs per member (default {d['gpus_per_member']:g})")
    p.add_argument("--keep-checkpoints", type=int, help="Tune checkpoints kept per member, 0 = all "
                   f"(default {d['keep_checkpoints']})")
    p.add_argument("--address", help="address of a running Ray cluster (`ray start --head`; 'auto' finds a local "
                   "one); default: start a Ray instance on this machine")
    p.add_argument("--num-cpus", type=int, help="CPUs of the local Ray instance (default: all)")
    p.add_argument("--resume", action="store_true", help="continue the experiment in --out-dir (options given "
                   "again must match the saved ones)")
    p.add_argument("--verbose", type=int, default=1, choices=(0, 1, 2, 3), help="Ray Tune verbosity (default 1)")
    p.add_argument("command", nargs=argparse.REMAINDER, help="-- fairseq-train DATA OPTIONS... (the member's training)")
    return p


def run(args) -> int:
    """Run or resume the experiment, write the results; returns the exit status."""
    out_dir = os.path.abspath(args.out_dir)
    settings_path = os.path.join(out_dir, SETTINGS_FILE)
    if args.resume:
        settings = resumed_settings(args, out_dir)
    else:
        if os.path.exists(os.path.join(out_dir, population.EXPERIMENT)):
            raise MtlNmtError(f"{out_dir} already holds a PBT experiment: continue it with --resume, or choose "
                              "another --out-dir")
        settings = new_settings(args)
        os.makedirs(out_dir, exist_ok=True)
        with open(settings_path, "w", encoding="utf-8") as f:
            json.dump(settings, f, indent=1)
    ray, _ = population.require_ray()
    try:
        population.init_ray(ray, settings, args.address, args.num_cpus)
        result_grid = population.run_experiment(settings, out_dir, args.resume, args.verbose)
        members = population.collect_members(result_grid, out_dir)
    finally:
        ray.shutdown()
    report = write_report(members, settings, out_dir)
    print(report["table"])
    print(f"{PROG}: wrote {', '.join(os.path.relpath(f, out_dir) for f in report['files'])} in {out_dir}")
    errors = [f"{m['member']}: {m['error']}" for m in members if m["error"]]
    if errors:
        print(f"{PROG}: error: member(s) failed: " + " | ".join(errors) +
              f" (fix the cause, then continue with {PROG} --out-dir {args.out_dir} --resume)", file=sys.stderr)
        return 1
    if report["best"] is None or any(not m["rows"] or m["rows"][-1]["interval"] < settings["intervals"]
                                     for m in members):
        print(f"{PROG}: interrupted before the last interval; continue with {PROG} --out-dir {args.out_dir} "
              "--resume", file=sys.stderr)
        return 130
    best = report["best"]
    runs = best["compute"]
    print(f"{PROG}: best member {best['member']} (mean dev {settings['metric']} {best['score']:.4f}); "
          f"evaluate it with: {best['eval']}")
    print(f"{PROG}: its model was trained by {lineage_text(best['lineage'])} "
          f"({os.path.relpath(best['lineage_csv'], out_dir)}: the weights of each interval); "
          f"the population trained {runs['member_updates']} updates, {runs['runs']:.2f}x one run")
    return 0


def _log_to_stdout() -> None:
    pbt_logger = logging.getLogger("mtl_nmt.pbt")
    if not pbt_logger.handlers:
        handler = logging.StreamHandler(sys.stdout)
        handler.setFormatter(logging.Formatter(f"{PROG}: %(message)s"))
        pbt_logger.addHandler(handler)
        pbt_logger.setLevel(logging.INFO)
        pbt_logger.propagate = False


@cli_main(PROG)
def main(argv: Optional[List[str]] = None):
    args = get_parser().parse_args(argv)
    _log_to_stdout()
    code = run(args)
    if code:
        sys.exit(code)


if __name__ == "__main__":
    main()
