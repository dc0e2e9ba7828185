"""Does scheduled sampling train as well as plain fairseq at the same settings?

Three checks, each against fairseq's own ``translation_multi_simple_epoch`` measured in the same run:

1. **Batches** (in-process, no training): the training batches both tasks build for one epoch at
   T=1 and T=5 — the share of batch entries that repeat a sentence already in that batch, per pair
   and overall, padding share and sentences per batch; per pair the mean target length, how many
   sentences are trained once, twice, ... (ours: within as many batch entries as fairseq's epoch
   holds) and the first batch that repeats one of the pair's sentences; our plan's mean target length by quarter of the epoch (its batches are in training
   order). On ``--data`` and on a synthetic data-bin of short sentences with many equal lengths
   (``--synthetic``).
2. **Learning curves**: ``scripts/train.sh`` (the results setup) with each task at T=1 for
   ``--seeds``, dev loss at every ``--interval`` updates; the spread between fairseq's seeds is the
   noise a difference must exceed.
3. **Speed**: words/s of mixed and homogeneous batches over fairseq's (from the same curves'
   logs for mixed; ``--speed-updates`` extra short runs for homogeneous).

    python bench/sampler_parity.py --data work/lohelp/data-bin --updates 600 --interval 200 --seeds 1,2
"""
import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
from collections import Counter

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FAIRSEQ, OURS = "translation_multi_simple_epoch", "multilingual_scheduled"


def task_batches(data, pairs, task, temperature, max_tokens, extra=()):
    """One epoch of training batches of ``task`` as lists of (pair, sentence) keys."""
    from fairseq import options, tasks
    from fairseq.dataclass.utils import convert_namespace_to_omegaconf

    argv = [data, "--user-dir", os.path.join(ROOT, "mtl_nmt"), "--task", task, "--lang-pairs", pairs,
            "--encoder-langtok", "src", "--decoder-langtok", "--arch", "transformer", "--max-tokens",
            str(max_tokens), "--sampling-method", "temperature", "--sampling-temperature", str(temperature),
            "--seed", "1", "--cpu", *extra]
    args = options.parse_args_and_arch(options.get_training_parser(), input_args=argv)
    cfg = convert_namespace_to_omegaconf(args)
    t = tasks.setup_task(cfg.task)
    t.load_dataset("train", epoch=1)
    ds = t.dataset("train")
    itr = t.get_batch_iterator(ds, max_tokens=max_tokens, max_positions=(1024, 1024), seed=1, epoch=1,
                               required_batch_size_multiple=8, ignore_invalid_inputs=True)
    if hasattr(ds, "_get_dataset_and_index"):      # fairseq's sampled dataset: virtual indices
        def key(i):
            return ds._get_dataset_and_index(int(i))
    else:
        def key(i):
            return ds.task_of(int(i)), int(i)
    sizes = ds.sizes if ds.sizes.ndim == 2 else np.stack([ds.sizes, ds.sizes], axis=1)
    return [([key(i) for i in b], sizes[b]) for b in itr.frozen_batches], t.lang_pairs


def batch_report(batches, pairs, limit=None):
    """Duplicate share per pair and overall, padding share, sentences per batch; per pair the mean
    target length, the number of its sentences trained 1, 2, ... times within the first ``limit``
    batch entries (all if None) and the first batch that repeats one; the mean target length of
    each quarter of the epoch's batches (all pairs)."""
    dup = np.zeros(len(pairs))
    tot = np.zeros(len(pairs))
    tgt = np.zeros(len(pairs))
    times = [Counter() for _ in pairs]
    first_repeat = [None] * len(pairs)
    quarters = [[0, 0] for _ in range(4)]
    real = padded = entries = 0
    trained = set()
    for b, (keys, lengths) in enumerate(batches):
        seen = set()
        q = quarters[4 * b // max(1, len(batches))]
        for (pair, idx), (_, t) in zip(keys, lengths):
            tot[pair] += 1
            tgt[pair] += t
            q[0], q[1] = q[0] + t, q[1] + 1
            entries += 1
            if limit is None or entries <= limit:
                times[pair][idx] += 1
            if (pair, idx) in trained and first_repeat[pair] is None:
                first_repeat[pair] = b
            trained.add((pair, idx))
            if (pair, idx) in seen:
                dup[pair] += 1
            seen.add((pair, idx))
        real += int(lengths.sum())
        padded += len(keys) * int(lengths[:, 0].max() + lengths[:, 1].max())
    per_pair = {p: float(round(100 * d / max(1, n), 1)) for p, d, n in zip(pairs, dup, tot)}
    return {"dup_%": round(100 * dup.sum() / max(1, tot.sum()), 1), "dup_%_per_pair": per_pair,
            "pad_%": round(100 * (1 - real / max(1, padded)), 1),
            "sent/batch": round(tot.sum() / max(1, len(batches)), 1),
            "tgt_len_per_pair": {p: round(float(t / max(1, n)), 2) for p, t, n in zip(pairs, tgt, tot)},
            "trained_n_times_per_pair": {p: dict(sorted(Counter(c.values()).items())) for p, c in zip(pairs, times)},
            "first_repeat_batch_per_pair": dict(zip(pairs, first_repeat)),
            "tgt_len_by_quarter": [round(float(a / max(1, n)), 2) for a, n in quarters]}


def make_synthetic(out_dir):
    """A data-bin of short sentences (2-5 words, many equal lengths), 4 skewed pairs."""
    sys.path.insert(0, os.path.join(ROOT, "tests"))
    from conftest import toy_translate

    rng = np.random.default_rng(0)
    words = [f"w{i}" for i in range(300)]
    raw = os.path.join(out_dir, "raw")
    os.makedirs(raw, exist_ok=True)
    for lang, n in (("aa", 20000), ("bb", 6000), ("cc", 2000), ("dd", 800)):
        for split, m in (("train", n), ("valid", 50), ("test", 50)):
            en = [" ".join(rng.choice(words, rng.integers(2, 6))) for _ in range(m)]
            for side, lines in (("en", en), (lang, [toy_translate(s, "yy") + lang for s in en])):
                with open(os.path.join(raw, f"{split}.en-{lang}.{side}"), "w", encoding="utf-8") as f:
                    f.write("\n".join(lines) + "\n")
    bin_dir = os.path.join(out_dir, "bin")
    subprocess.run([os.path.join(os.path.dirname(sys.executable), "mtl-nmt-prepare"), "--raw-dir", raw,
                    "--out-dir", bin_dir, "--vocab-size", "600", "--workers", "1"], check=True,
                   capture_output=True)
    return bin_dir, "en-aa,en-bb,en-cc,en-dd"


def train_curve(data, pairs, task, seed, updates, interval, workdir, extra=()):
    """``scripts/train.sh`` (the results setup) at T=1: {update: dev loss}, mean words/s."""
    env = dict(os.environ, SEED=str(seed), MAX_UPDATE=str(updates), DATA=data, PAIRS=pairs,
               PYTHONWARNINGS="ignore", PATH=os.path.dirname(sys.executable) + os.pathsep + os.environ["PATH"])
    env.pop("TASK", None)
    method = "method=fairseq" if task == FAIRSEQ else "method=temperature"
    cmd = ["bash", os.path.join(ROOT, "scripts/train.sh"), workdir, method, "task.sampling_temperature=1",
           f"dataset.validate_interval_updates={interval}", "checkpoint.no_save=true", "common.log_interval=50",
           *extra]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
    log = proc.stdout + proc.stderr
    if proc.returncode != 0:
        sys.exit(f"bench: training failed ({task}, seed {seed}):\n{log[-3000:]}")
    curve = {int(u): float(v) for v, u in
             re.findall(r"\| valid on 'valid' subset \| loss ([0-9.]+) .*?\| num_updates (\d+)", log)}
    wps = [float(w) for w in re.findall(r"\| train_inner \|.*?wps[= ]([0-9.]+)", log)]
    return curve, statistics.mean(wps[1:]) if len(wps) > 1 else float("nan")


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--data", default=os.path.join(ROOT, "work/lohelp/data-bin"))
    p.add_argument("--pairs", default="en-de,en-fr,en-fi,en-hi")
    p.add_argument("--max-tokens", type=int, default=2000)
    p.add_argument("--synthetic", action="store_true", help="also measure batches on synthetic short sentences")
    p.add_argument("--updates", type=int, default=600, help="updates per learning-curve run (0: skip curves)")
    p.add_argument("--interval", type=int, default=200, help="updates between validations")
    p.add_argument("--seeds", default="1,2")
    p.add_argument("--speed-updates", type=int, default=0, help="homogeneous-batches speed runs (0: skip)")
    p.add_argument("--json", help="write all numbers here")
    a = p.parse_args()
    results = {"batches": {}, "curves": {}, "speed": {}}

    print("== batches of one epoch (duplicates: entries repeating a sentence already in their batch)")
    datasets = [("data", a.data, a.pairs, a.max_tokens)]
    if a.synthetic:
        bin_dir, pairs = make_synthetic(tempfile.mkdtemp(prefix="parity_"))
        datasets.append(("synthetic short", bin_dir, pairs, 4096))
    print(f"{'data':16s} {'T':>3s} {'task':32s} {'dup %':>6s} {'pad %':>6s} {'sent/b':>7s}  dup % per pair")
    for name, data, pairs, mt in datasets:
        for temp in (1, 5):
            limit = None
            for task in (FAIRSEQ, OURS):
                batches, names = task_batches(data, pairs, task, temp, mt)
                r = batch_report(batches, names, limit)
                # ours over as many batch entries as fairseq's epoch (our epoch is whole blocks)
                limit = limit or sum(len(keys) for keys, _ in batches)
                results["batches"][f"{name}|T{temp}|{task}"] = r
                print(f"{name:16s} {temp:3d} {task:32s} {r['dup_%']:6.1f} {r['pad_%']:6.1f} {r['sent/batch']:7.1f}  "
                      f"{r['dup_%_per_pair']}", flush=True)
                # fairseq shuffles its batches when iterating: only our plan's batch order is the training order
                order = (f", first batch repeating a sentence {r['first_repeat_batch_per_pair']}, target length "
                         f"by quarter {r['tgt_len_by_quarter']}") if task == OURS else ""
                print(f"{'':16s} {'':3s} {'':32s} target length per pair {r['tgt_len_per_pair']}, sentences "
                      f"trained n times in fairseq's epoch's number of entries {r['trained_n_times_per_pair']}{order}",
                      flush=True)

    if a.updates:
        seeds = [int(s) for s in a.seeds.split(",")]
        print(f"\n== learning curves at T=1 (dev loss, bits; scripts/train.sh, {a.updates} updates)")
        for task in (FAIRSEQ, OURS):
            for seed in seeds:
                with tempfile.TemporaryDirectory() as wd:
                    curve, wps = train_curve(a.data, a.pairs, task, seed, a.updates, a.interval, wd)
                results["curves"][f"{task}|{seed}"] = {"curve": curve, "wps": wps}
                print(f"{task:32s} seed {seed}: " + "  ".join(f"{u}: {v:.3f}" for u, v in sorted(curve.items()))
                      + f"  | {wps:.0f} words/s", flush=True)
        points = sorted(results["curves"][f"{FAIRSEQ}|{seeds[0]}"]["curve"])
        print(f"\n{'update':>6s} {'fairseq mean':>12s} {'ours mean':>10s} {'ours-fairseq':>12s} {'fairseq seed spread':>20s}")
        for u in points:
            f = [results["curves"][f"{FAIRSEQ}|{s}"]["curve"].get(u, np.nan) for s in seeds]
            o = [results["curves"][f"{OURS}|{s}"]["curve"].get(u, np.nan) for s in seeds]
            print(f"{u:6d} {np.mean(f):12.3f} {np.mean(o):10.3f} {np.mean(o) - np.mean(f):+12.3f} "
                  f"{max(f) - min(f):20.3f}")
        fw = statistics.mean(results["curves"][f"{FAIRSEQ}|{s}"]["wps"] for s in seeds)
        ow = statistics.mean(results["curves"][f"{OURS}|{s}"]["wps"] for s in seeds)
        results["speed"]["mixed"] = ow / fw
        print(f"words/s, mixed batches: ours {ow:.0f} / fairseq {fw:.0f} = {ow / fw:.3f}x")
    if a.speed_updates:
        with tempfile.TemporaryDirectory() as wd:
            _, fw = train_curve(a.data, a.pairs, FAIRSEQ, 1, a.speed_updates, 10 ** 6, wd)
            _, hw = train_curve(a.data, a.pairs, OURS, 1, a.speed_updates, 10 ** 6, wd, ["task.homogeneous_batches=true"])
        results["speed"]["homogeneous"] = hw / fw
        print(f"words/s, homogeneous batches: ours {hw:.0f} / fairseq {fw:.0f} = {hw / fw:.3f}x")
    if a.json:
        with open(a.json, "w") as f:
            json.dump(results, f, indent=2)


if __name__ == "__main__":
    main()
