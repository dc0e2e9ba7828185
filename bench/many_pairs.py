"""Many language pairs: how start-up, memory, speed, validation and checkpoints grow with K.

For each K it builds a synthetic data-bin (K pairs en→x000..x<K-1> of short sentences, training
sizes geometric from ``--largest`` down to ``--smallest``, one shared sentencepiece vocabulary,
one ``mtl-nmt-prepare --workers 1`` call) and trains the same tiny model with plain fairseq
``translation_multi_simple_epoch`` and each ``multilingual_scheduled`` variant (``--repeats`` runs
each, in a rotating order; the table shows medians):

- start-up: process start → the first ``train_inner`` record (``--log-interval 1``: the end of
  update 1), and → fairseq's "begin training epoch 1" line (times are when each log line
  arrives in this script, not the log's 1-second timestamps);
- peak resident memory (``/usr/bin/time -v``, the whole ``fairseq-train`` process);
- target words/s over updates 2..N (words of those updates over the time between the records
  of update 1 and N);
- validation: the one validation over all K pairs at ``--max-update`` ("begin validation" line →
  the ``valid`` record);
- checkpoint: bytes of ``checkpoint_last.pt`` and of its optimizer state.

At ``--adatask-k`` (default 128), AdaTask (``--optimizer adatask``, homogeneous batches) with per-pair
accumulators, ``--adatask-groups`` (groups of ``--group-size`` pairs) and ``--adatask-factored``
(with and without ``--adatask-shared-first-moment``): optimizer state bytes against Adam's.

    python bench/many_pairs.py --k 8,32,128,256 --updates 30 --repeats 3 --json work/bench/many_pairs.json
"""
import argparse
import json
import math
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.dirname(sys.executable)
MODEL = ("--arch transformer --share-all-embeddings --encoder-layers 2 --decoder-layers 2 "
         "--encoder-embed-dim 64 --decoder-embed-dim 64 --encoder-ffn-embed-dim 256 --decoder-ffn-embed-dim 256 "
         "--encoder-attention-heads 2 --decoder-attention-heads 2 --encoder-normalize-before "
         "--decoder-normalize-before --adam-betas (0.9,0.98) --lr 0.002 "
         "--lr-scheduler inverse_sqrt --warmup-updates 100 --label-smoothing 0.1").split()
PLAIN = ["--criterion", "label_smoothed_cross_entropy"]
OURS = ["--user-dir", os.path.join(ROOT, "mtl_nmt"), "--task", "multilingual_scheduled"]
FAIRSEQ = "fairseq"
VARIANTS = {
    FAIRSEQ: ["--task", "translation_multi_simple_epoch", "--sampling-method", "temperature", *PLAIN],
    "mixed": [*OURS, "--sampling-method", "temperature", *PLAIN],
    "homogeneous": [*OURS, "--sampling-method", "temperature", "--homogeneous-batches", *PLAIN],
    "adaptive+mtl": [*OURS, "--sampling-method", "adaptive", "--criterion", "mtl_label_smoothed_cross_entropy"],
}
ADATASK = [*OURS, "--sampling-method", "temperature", "--homogeneous-batches", *PLAIN, "--optimizer", "adatask",
           "--au-log-interval", "0"]
ADATASK_VARIANTS = {
    "adatask (per pair)": [],
    "adatask groups": ["--adatask-groups", "{groups}"],
    "adatask factored": ["--adatask-factored"],
    "adatask factored+shared m": ["--adatask-factored", "--adatask-shared-first-moment"],
}
METRICS = (("startup_s", "start-up s"), ("peak_rss_mb", "RSS MB"), ("wps", "words/s"), ("valid_s", "valid s"),
           ("ckpt_mb", "ckpt MB"))
SYLLABLES = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]


# ------------------------------------------------------------------------------------------- data


def pair_sizes(k, largest, smallest):
    """Training sentences per pair: geometric from ``largest`` down to ``smallest``."""
    return [int(round(x)) for x in np.geomspace(largest, smallest, k)] if k > 1 else [largest]


def target_languages(k):
    return [f"x{i:03d}" for i in range(k)]


def toy_target(words, i):
    """Language x<i>: every word gets a suffix of its own; odd languages also reverse the order."""
    suffix = SYLLABLES[i % len(SYLLABLES)] + SYLLABLES[(i // len(SYLLABLES)) % len(SYLLABLES)][0]
    out = [w + suffix for w in words]
    return out[::-1] if i % 2 else out


def write_raw(raw_dir, k, largest, smallest, valid, seed=0):
    """Raw ``{train,valid}.en-x<i>.{en,x<i>}`` text (3-8 words a sentence from 400 pseudo-words)."""
    rng = np.random.default_rng(seed)
    vocab = ["".join(rng.choice(SYLLABLES, size=rng.integers(1, 4))) for _ in range(400)]
    os.makedirs(raw_dir, exist_ok=True)
    sizes = pair_sizes(k, largest, smallest)
    for i, (lang, n) in enumerate(zip(target_languages(k), sizes)):
        for split, m in (("train", n), ("valid", valid)):
            en = [list(rng.choice(vocab, size=rng.integers(3, 9))) for _ in range(m)]
            for side, lines in (("en", [" ".join(s) for s in en]), (lang, [" ".join(toy_target(s, i)) for s in en])):
                with open(os.path.join(raw_dir, f"{split}.en-{lang}.{side}"), "w", encoding="utf-8") as f:
                    f.write("\n".join(lines) + "\n")
    return sizes


def build_data(work_dir, k, largest, smallest, valid, vocab_size):
    """The data-bin of K pairs (reused when its manifest matches); timings of both steps."""
    base = os.path.join(work_dir, f"k{k}")
    raw, out = os.path.join(base, "raw"), os.path.join(base, "data-bin")
    settings = {"k": k, "largest": largest, "smallest": smallest, "valid": valid, "vocab_size": vocab_size}
    stamp = os.path.join(base, "built.json")
    if os.path.exists(stamp):
        with open(stamp) as f:
            old = json.load(f)
        if old["settings"] == settings:
            return out, dict(old, cached=True)
    shutil.rmtree(base, ignore_errors=True)
    start = time.perf_counter()
    sizes = write_raw(raw, k, largest, smallest, valid)
    raw_s = time.perf_counter() - start
    pairs = ",".join(f"en-{lang}" for lang in target_languages(k))
    start = time.perf_counter()
    proc = subprocess.run([os.path.join(BIN, "mtl-nmt-prepare"), "--raw-dir", raw, "--out-dir", out, "--pairs", pairs,
                           "--splits", "train,valid", "--vocab-size", str(vocab_size), "--spm-sample-lines", "20000",
                           "--workers", "1"], capture_output=True, text=True, env=_env())
    if proc.returncode != 0:
        sys.exit(f"bench: mtl-nmt-prepare failed for K={k}:\n{proc.stderr[-3000:]}")
    info = {"settings": settings, "sizes": sizes, "raw_s": raw_s, "prepare_s": time.perf_counter() - start}
    with open(stamp, "w") as f:
        json.dump(info, f)
    return out, dict(info, cached=False)


# ------------------------------------------------------------------------------------------ train


def _env():
    return dict(os.environ, OMP_NUM_THREADS="1", MKL_NUM_THREADS="1", PYTHONWARNINGS="ignore",
                PYTHONUNBUFFERED="1")


def train_command(data, k, updates, max_tokens, variant_args, save_dir):
    pairs = ",".join(f"en-{lang}" for lang in target_languages(k))
    optimizer = [] if "--optimizer" in variant_args else ["--optimizer", "adam"]
    # no end-of-epoch validation or save: the one validation and checkpoint come at --max-update
    return [os.path.join(BIN, "fairseq-train"), data, *variant_args, *optimizer, "--lang-pairs", pairs,
            "--encoder-langtok", "src", "--decoder-langtok", "--sampling-temperature", "5", *MODEL,
            "--max-tokens", str(max_tokens), "--max-update", str(updates), "--save-dir", save_dir,
            "--no-epoch-checkpoints", "--save-interval", "1000", "--validate-interval", "1000", "--num-workers", "0",
            "--seed", "1", "--cpu", "--log-format", "json", "--log-interval", "1"]


def run_training(cmd, save_dir):
    """Run ``cmd`` under ``/usr/bin/time -v``; the arrival time (s after start) of every output line."""
    shutil.rmtree(save_dir, ignore_errors=True)
    os.makedirs(save_dir)
    time_file = os.path.join(save_dir, "time.txt")
    start = time.monotonic()
    proc = subprocess.Popen(["/usr/bin/time", "-v", "-o", time_file, *cmd], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, bufsize=1, env=_env())
    lines = [(time.monotonic() - start, line.rstrip("\n")) for line in proc.stdout]
    wall = time.monotonic() - start
    if proc.wait() != 0:
        sys.exit("bench: fairseq-train failed:\n" + "\n".join(x for _, x in lines[-60:]))
    with open(time_file) as f:
        rss_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", f.read()).group(1))
    return lines, rss_kb, wall


def parse_run(lines, rss_kb, wall):
    """The measured fields of one run from its timed log lines."""
    inner, begin, valid_begin, valid_end = [], None, None, None
    for t, line in lines:
        if "| train_inner | " in line:
            inner.append((t, json.loads(line.split("| train_inner | ", 1)[1])))
        elif begin is None and "begin training epoch 1" in line:
            begin = t
        elif 'begin validation on "valid"' in line:
            valid_begin = t
        elif "| valid | " in line and valid_begin is not None:
            valid_end = t
    if len(inner) < 2 or valid_end is None:
        sys.exit(f"bench: run logged {len(inner)} train_inner records and "
                 f"{'a' if valid_end else 'no'} validation; raise --updates (≥ 2)")
    words = sum(float(r["wpb"]) for _, r in inner[1:])
    return {"startup_s": inner[0][0], "begin_s": begin, "wps": words / (inner[-1][0] - inner[0][0]),
            "words_per_update": words / (len(inner) - 1),
            "valid_s": valid_end - valid_begin, "peak_rss_mb": rss_kb / 1024, "wall_s": wall,
            "updates": len(inner)}


def optimizer_state_bytes(checkpoint):
    import torch

    state = torch.load(checkpoint, map_location="cpu", weights_only=False)["last_optimizer_state"]["state"]
    return sum(t.numel() * t.element_size() for s in state.values() for t in s.values() if torch.is_tensor(t))


def measure(data, k, updates, max_tokens, variant_args, save_dir, state=False):
    cmd = train_command(data, k, updates, max_tokens, variant_args, save_dir)
    result = parse_run(*run_training(cmd, save_dir))
    ckpt = os.path.join(save_dir, "checkpoint_last.pt")
    result["ckpt_mb"] = os.path.getsize(ckpt) / 2 ** 20
    if state:
        result["opt_state_mb"] = optimizer_state_bytes(ckpt) / 2 ** 20
    shutil.rmtree(save_dir, ignore_errors=True)
    return result


# ----------------------------------------------------------------------------------------- report


def median_run(samples):
    """The median of every measured field over repeated runs of one variant."""
    return {key: statistics.median(s[key] for s in samples) for key in samples[0]}


def add_ratios(runs):
    """Each run's metrics over fairseq's at the same K."""
    base = {r["k"]: r for r in runs if r["variant"] == FAIRSEQ}
    for r in runs:
        b = base.get(r["k"])
        if b is not None:
            r["ratio"] = {m: r[m] / b[m] for m, _ in METRICS if b.get(m)}


def growth(runs):
    """Per variant and metric, the increase per added pair between consecutive K (rising with K:
    faster than linear)."""
    out = {}
    for variant in dict.fromkeys(r["variant"] for r in runs):
        rows = sorted((r for r in runs if r["variant"] == variant), key=lambda r: r["k"])
        out[variant] = {m: [(b[m] - a[m]) / (b["k"] - a["k"]) for a, b in zip(rows, rows[1:])]
                        for m in ("startup_s", "peak_rss_mb", "valid_s", "ckpt_mb")}
    return out


def table(runs, data, adatask):
    lines = [f"{'K':>4} {'variant':<13}" + "".join(f" {label:>10} {'×':>6}" for _, label in METRICS)
             + f" {'words/upd':>9}"]
    for r in runs:
        cells = "".join(f" {r[m]:>10.{0 if m == 'wps' else 2}f} {r.get('ratio', {}).get(m, math.nan):>6.3f}"
                        for m, _ in METRICS)
        lines.append(f"{r['k']:>4} {r['variant']:<13}{cells} {r['words_per_update']:>9.0f}")
    lines.append("(× = ratio to fairseq translation_multi_simple_epoch at the same K; start-up = process start to "
                 "the end of update 1; words/upd = target words per update)")
    lines.append("\ndata-bins: " + "; ".join(
        f"K={k}: {sum(d['sizes'])} train sentences, raw text {d['raw_s']:.1f} s, mtl-nmt-prepare "
        f"{d['prepare_s']:.1f} s{' (cached)' if d['cached'] else ''}" for k, d in data.items()))
    g = growth(runs)
    ks = sorted({r["k"] for r in runs})
    if len(ks) > 1:
        steps = ", ".join(f"{a}→{b}" for a, b in zip(ks, ks[1:]))
        lines.append(f"\nincrease per added pair ({steps}); rising = faster than linear in K")
        units = {"startup_s": ("start-up ms", 1000, 0), "peak_rss_mb": ("RSS MB", 1, 2),
                 "valid_s": ("valid ms", 1000, 0), "ckpt_mb": ("ckpt KB", 1024, 1)}
        lines.append(f"{'variant':<13}" + "".join(f" {label:>24}" for label, _, _ in units.values()))
        for variant, m in g.items():
            cells = [", ".join(f"{scale * x:.{digits}f}" for x in m[key]) for key, (_, scale, digits) in units.items()]
            lines.append(f"{variant:<13}" + "".join(f" {c:>24}" for c in cells))
    if adatask:
        adam = adatask[0]["opt_state_mb"]
        lines.append(f"\noptimizer state at K={adatask[0]['k']} (homogeneous batches; from checkpoint_last.pt)")
        lines.append(f"{'optimizer':<28} {'state MB':>9} {'× Adam':>7} {'RSS MB':>8} {'words/s':>8}")
        for r in adatask:
            lines.append(f"{r['variant']:<28} {r['opt_state_mb']:>9.2f} {r['opt_state_mb'] / adam:>7.2f} "
                         f"{r['peak_rss_mb']:>8.0f} {r['wps']:>8.0f}")
    return "\n".join(lines)


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--k", default="8,32,128", help="numbers of pairs, comma-separated")
    p.add_argument("--updates", type=int, default=30, help="updates per run (words/s over updates 2..N)")
    p.add_argument("--work-dir", default=os.path.join(ROOT, "work/bench/many_pairs"),
                   help="data-bins (kept and reused) and run folders")
    p.add_argument("--repeats", type=int, default=1, help="runs of each variant per K (the table shows medians)")
    p.add_argument("--variants", default=",".join(VARIANTS), help=f"comma-separated subset of {', '.join(VARIANTS)}")
    p.add_argument("--log-pairs", default="summary", choices=["all", "summary"],
                   help="--log-pairs of the multilingual_scheduled runs")
    p.add_argument("--max-tokens", type=int, default=2048, help="tokens per batch")
    p.add_argument("--largest", type=int, default=2000, help="training sentences of the largest pair")
    p.add_argument("--smallest", type=int, default=50, help="training sentences of the smallest pair")
    p.add_argument("--valid", type=int, default=20, help="validation sentences per pair")
    p.add_argument("--vocab-size", type=int, default=1000, help="shared sentencepiece vocabulary")
    p.add_argument("--adatask-updates", type=int, default=3, help="updates of the AdaTask runs (0: skip them)")
    p.add_argument("--adatask-k", type=int, default=128, help="K of the AdaTask runs (the largest --k if not in it)")
    p.add_argument("--group-size", type=int, default=8, help="pairs per --adatask-groups group")
    p.add_argument("--json", help="write every number here")
    p.add_argument("--out", help="also write the table here")
    args = p.parse_args(argv)
    ks = [int(x) for x in args.k.split(",")]
    names = args.variants.split(",")
    unknown = [n for n in names if n not in VARIANTS]
    if unknown:
        p.error(f"unknown variant(s) {', '.join(unknown)} (choose from {', '.join(VARIANTS)})")
    runs, data, adatask = [], {}, []
    for k in ks:
        bin_dir, data[k] = build_data(args.work_dir, k, args.largest, args.smallest, args.valid, args.vocab_size)
        print(f"[K={k}] data-bin ready ({data[k]['prepare_s']:.1f} s mtl-nmt-prepare"
              f"{', cached' if data[k]['cached'] else ''})", flush=True)
        samples = {name: [] for name in names}
        for rep in range(args.repeats):
            for name in names[rep % len(names):] + names[:rep % len(names)]:  # a new order each repeat
                extra = [] if name == FAIRSEQ else ["--log-pairs", args.log_pairs]
                r = measure(bin_dir, k, args.updates, args.max_tokens, VARIANTS[name] + extra,
                            os.path.join(args.work_dir, "run"), state=(k == max(ks)))
                samples[name].append(r)
                print(f"[K={k}, {rep + 1}/{args.repeats}] {name}: start-up {r['startup_s']:.1f} s, "
                      f"{r['peak_rss_mb']:.0f} MB, {r['wps']:.0f} words/s ({r['words_per_update']:.0f} a update), "
                      f"validation {r['valid_s']:.2f} s, checkpoint {r['ckpt_mb']:.2f} MB", flush=True)
        for name in names:
            runs.append(dict(median_run(samples[name]), k=k, variant=name, samples=samples[name]))
    if args.adatask_updates:
        k = args.adatask_k if args.adatask_k in ks else max(ks)
        bin_dir = os.path.join(args.work_dir, f"k{k}", "data-bin")
        groups = os.path.join(args.work_dir, "groups.json")
        with open(groups, "w") as f:
            json.dump({f"en-{lang}": f"g{i // args.group_size}" for i, lang in enumerate(target_languages(k))}, f)
        adam = dict(measure(bin_dir, k, args.adatask_updates, args.max_tokens,
                            [*OURS, "--sampling-method", "temperature", "--homogeneous-batches", *PLAIN,
                             "--log-pairs", args.log_pairs], os.path.join(args.work_dir, "run"), state=True),
                    k=k, variant="adam")
        adatask.append(adam)
        for name, extra in ADATASK_VARIANTS.items():
            extra = [groups if x == "{groups}" else x for x in extra]
            r = measure(bin_dir, k, args.adatask_updates, args.max_tokens, [*ADATASK, *extra, "--log-pairs",
                        args.log_pairs], os.path.join(args.work_dir, "run"), state=True)
            adatask.append(dict(r, k=k, variant=name + (f" ({args.group_size} pairs)" if "groups" in name else "")))
            print(f"[K={k}] {name}: optimizer state {r['opt_state_mb']:.1f} MB", flush=True)
    add_ratios(runs)
    text = table(runs, data, adatask)
    print("\n" + text)
    if args.out:
        os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
        with open(args.out, "w") as f:
            f.write(text + "\n")
    if args.json:
        os.makedirs(os.path.dirname(os.path.abspath(args.json)), exist_ok=True)
        with open(args.json, "w") as f:
            json.dump({"settings": vars(args), "data": data, "runs": runs, "growth": growth(runs),
                       "adatask": adatask}, f, indent=2)
    return runs


if __name__ == "__main__":
    main()
