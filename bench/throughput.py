"""Training throughput of mtl-nmt's task against plain fairseq, measured in the same run.

Runs ``fairseq-train`` for the same model, data, batch size and seed with fairseq's own
``translation_multi_simple_epoch`` (the baseline) and with each variant, alternating them
``--repeats`` times, and prints target words/s of each and its ratio to the baseline.

    python bench/throughput.py --data work/lohelp/data-bin --updates 150 --repeats 2
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODEL = ("--arch transformer --share-all-embeddings --encoder-layers 3 --decoder-layers 3 "
         "--encoder-embed-dim 128 --decoder-embed-dim 128 --encoder-ffn-embed-dim 512 "
         "--decoder-ffn-embed-dim 512 --encoder-attention-heads 4 --decoder-attention-heads 4 "
         "--optimizer adam --lr 0.002 --lr-scheduler inverse_sqrt --warmup-updates 400 "
         "--criterion label_smoothed_cross_entropy --label-smoothing 0.1").split()
TASK = ["--user-dir", os.path.join(ROOT, "mtl_nmt"), "--task", "multilingual_scheduled"]
VARIANTS = {
    "multilingual_scheduled (mixed batches)": TASK,
    "multilingual_scheduled (homogeneous)": TASK + ["--homogeneous-batches"],
}


def run(data, pairs, updates, max_tokens, task_args, extra, workdir, save=False):
    """Train; mean words/s of the log records after the first (``save``: keep checkpoint_last.pt
    in ``workdir``)."""
    fairseq_train = os.path.join(os.path.dirname(sys.executable), "fairseq-train")
    cmd = [fairseq_train, data, *task_args, "--lang-pairs", pairs, "--encoder-langtok", "src",
           "--decoder-langtok", "--sampling-method", "temperature", "--sampling-temperature", "2",
           *MODEL, "--encoder-normalize-before", "--decoder-normalize-before", "--max-tokens", str(max_tokens), "--max-update", str(updates), *([] if save else ["--no-save"]), "--no-epoch-checkpoints",
           "--disable-validation", "--num-workers", "0", "--seed", "1", "--log-format", "json",
           "--log-interval", "10", "--save-dir", workdir, *extra]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=dict(os.environ, PYTHONWARNINGS="ignore"))
    if proc.returncode != 0:
        sys.exit(f"bench: fairseq-train failed:\n{proc.stderr[-3000:]}")
    wps = []
    for line in (proc.stdout + proc.stderr).splitlines():
        if "| train_inner | " in line:
            wps.append(float(json.loads(line.split("| train_inner | ", 1)[1])["wps"]))
    if len(wps) < 3:
        sys.exit("bench: too few log records; raise --updates")
    return statistics.mean(wps[1:])


def bench_parser(doc):
    """The options every training benchmark shares (data, pairs, budget, batch size, repeats)."""
    p = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--data", default=os.path.join(ROOT, "work/lohelp/data-bin"), help="data-bin (mtl-nmt-prepare)")
    p.add_argument("--pairs", default="en-de,en-fr,en-fi,en-hi", help="language pairs")
    p.add_argument("--updates", type=int, default=150, help="updates per run (first 10 are not timed)")
    p.add_argument("--max-tokens", type=int, default=2000, help="tokens per batch")
    p.add_argument("--repeats", type=int, default=2, help="alternating runs of each variant")
    return p


def main(argv=None):
    p = bench_parser(__doc__)
    p.add_argument("--variant", action="append", default=[], metavar="NAME=ARGS",
                   help="extra variant of multilingual_scheduled: a name and fairseq-train options")
    args = p.parse_args(argv)
    variants = dict(VARIANTS)
    for spec in args.variant:
        name, _, extra = spec.partition("=")
        variants[name] = TASK + extra.split()
    runs = {"fairseq translation_multi_simple_epoch": ["--task", "translation_multi_simple_epoch"], **variants}
    results = {name: [] for name in runs}
    with tempfile.TemporaryDirectory() as tmp:
        for r in range(args.repeats):
            for name, task_args in runs.items():
                wps = run(args.data, args.pairs, args.updates, args.max_tokens, task_args, [], tmp)
                results[name].append(wps)
                print(f"[repeat {r + 1}/{args.repeats}] {name}: {wps:.0f} words/s", flush=True)
    base = statistics.mean(results["fairseq translation_multi_simple_epoch"])
    print(f"\n{'variant':<42} {'words/s':>9} {'ratio':>7}")
    for name, values in results.items():
        mean = statistics.mean(values)
        print(f"{name:<42} {mean:>9.0f} {mean / base:>7.3f}")


if __name__ == "__main__":
    main()
