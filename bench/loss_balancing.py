"""Cost of mtl-nmt's loss balancing against the plain criterion, measured in the same run.

Every run uses ``multilingual_scheduled`` with the same model, data, batches and seed; the
baseline is fairseq's ``label_smoothed_cross_entropy`` + ``inverse_sqrt``. Variants swap in
``mtl_label_smoothed_cross_entropy`` (per-pair sums, weights, gradient scaling, BMTL) and the
``task_scaled`` scheduler. Homogeneous and mixed batches each have their own baseline (a
per-pair LR needs homogeneous batches; BMTL needs mixed ones). Runs alternate ``--repeats`` times.

    python bench/loss_balancing.py --updates 150 --repeats 2
"""
import os
import statistics
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from throughput import TASK, bench_parser, run  # noqa: E402

CRIT = ["--criterion", "mtl_label_smoothed_cross_entropy"]
HOMOGENEOUS = {
    "baseline (homogeneous): label_smoothed_cross_entropy + inverse_sqrt": [],
    "mtl criterion + --gradient-scaling adaptive": CRIT + ["--gradient-scaling", "adaptive"],
    "task_scaled LR (adaptive) + plain criterion": ["--lr-scheduler", "task_scaled", "--base-lr-scheduler",
                                                    "inverse_sqrt", "--pair-lr-scales", "adaptive"],
}
MIXED = {
    "baseline (mixed): label_smoothed_cross_entropy + inverse_sqrt": [],
    "mtl criterion --loss-transform bmtl": CRIT + ["--loss-transform", "bmtl"],
}


def main(argv=None):
    args = bench_parser(__doc__).parse_args(argv)
    groups = [(["--homogeneous-batches"], HOMOGENEOUS), ([], MIXED)]
    results = {name: [] for _, g in groups for name in g}
    with tempfile.TemporaryDirectory() as tmp:
        for r in range(args.repeats):
            for batches, variants in groups:
                for name, extra in variants.items():
                    wps = run(args.data, args.pairs, args.updates, args.max_tokens, TASK, batches + extra, tmp)
                    results[name].append(wps)
                    print(f"[repeat {r + 1}/{args.repeats}] {name}: {wps:.0f} words/s", flush=True)
    print(f"\n{'variant':<70} {'words/s':>9} {'ratio':>7}")
    for _, variants in groups:
        names = list(variants)
        base = statistics.mean(results[names[0]])
        for name in names:
            mean = statistics.mean(results[name])
            print(f"{name:<70} {mean:>9.0f} {mean / base:>7.3f}")


if __name__ == "__main__":
    main()
