"""Target words per update: plain fairseq against ``multilingual_scheduled`` at the same ``--max-tokens``.

``--max-tokens`` counts max(source, target) per sentence; fairseq orders an epoch by source then target
length, our task by default by the longer side (``--batch-order longer``), which packs more target
words into a batch. ``--batch-order source`` orders like fairseq. For each temperature this builds one
epoch's training batches of each task in-process (no training) and prints, per system, the batches, the
mean target words per update (fairseq's ``wpb``), the target padding share, and the ratio to fairseq
measured in the same run:

    python bench/words_per_update.py --data work/lohelp/data-bin --temperatures 1,2,5 --max-tokens 2000

``--micro-batches K --micro-tokens N`` adds one pair per micro-batch (``--homogeneous-batches
--update-freq K --max-tokens N``): K micro-batches make an update, so its words per update are K times
its words per batch; pick N so that they match fairseq's (data/lohelp: K=4, N=500 gives 0.966×, N=518 1.003×;
data/ddtp: N=475 gives 1.003×).
"""
import argparse
import os

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FAIRSEQ, OURS = "translation_multi_simple_epoch", "multilingual_scheduled"
SYSTEMS = (("fairseq", FAIRSEQ, ()), ("ours longer", OURS, ("--batch-order", "longer")),
           ("ours source", OURS, ("--batch-order", "source")))


def setup_task(data, pairs, task, temperature, max_tokens, extra=(), seed=1):
    """``task`` (fairseq's or ours) set up on ``data`` with temperature sampling, as fairseq-train would."""
    from fairseq import options, tasks
    from fairseq.dataclass.utils import convert_namespace_to_omegaconf

    argv = [data, "--user-dir", os.path.join(ROOT, "mtl_nmt"), "--task", task, "--lang-pairs", pairs,
            "--encoder-langtok", "src", "--decoder-langtok", "--arch", "transformer", "--max-tokens",
            str(max_tokens), "--sampling-method", "temperature", "--sampling-temperature", str(temperature),
            "--seed", str(seed), "--cpu", *extra]
    args = options.parse_args_and_arch(options.get_training_parser(), input_args=argv)
    return tasks.setup_task(convert_namespace_to_omegaconf(args).task)


def epoch_batch_sizes(data, pairs, task, temperature, max_tokens, extra=(), seed=1):
    """The (source, target) lengths of each training batch of the first epoch of ``task``."""
    t = setup_task(data, pairs, task, temperature, max_tokens, extra, seed)
    t.load_dataset("train", epoch=1)
    ds = t.dataset("train")
    itr = t.get_batch_iterator(ds, max_tokens=max_tokens, max_positions=(1024, 1024), seed=seed, epoch=1,
                               required_batch_size_multiple=8, ignore_invalid_inputs=True)
    sizes = ds.sizes if ds.sizes.ndim == 2 else np.stack([ds.sizes, ds.sizes], axis=1)
    return [sizes[b] for b in itr.frozen_batches]


def summary(batches, update_freq=1):
    """Batches, mean target words per update (``update_freq`` batches each), target padding share."""
    words = sum(int(b[:, 1].sum()) for b in batches)
    padded = sum(len(b) * int(b[:, 1].max()) for b in batches)
    return len(batches), update_freq * words / len(batches), 1 - words / padded


def systems(max_tokens, micro_batches=0, micro_tokens=0):
    """(name, task, max-tokens, extra options, update-freq) of each system the table compares."""
    rows = [(name, task, max_tokens, extra, 1) for name, task, extra in SYSTEMS]
    if micro_batches:
        rows.append((f"ours 1 pair/micro x{micro_batches}", OURS, micro_tokens or max_tokens // micro_batches,
                     ("--homogeneous-batches",), micro_batches))
    return rows


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="work/lohelp/data-bin")
    ap.add_argument("--pairs", default="en-de,en-fr,en-fi,en-hi")
    ap.add_argument("--temperatures", default="1,2,5")
    ap.add_argument("--max-tokens", type=int, default=2000)
    ap.add_argument("--micro-batches", type=int, default=0,
                    help="also one pair per micro-batch, this many micro-batches per update (0: not shown)")
    ap.add_argument("--micro-tokens", type=int, default=0,
                    help="--max-tokens of each micro-batch (default: --max-tokens / --micro-batches)")
    args = ap.parse_args(argv)
    if args.micro_batches < 0 or args.micro_tokens < 0:
        ap.error("--micro-batches and --micro-tokens count micro-batches and tokens: give 0 or more "
                 "(e.g. --micro-batches 4 --micro-tokens 500)")
    print(f"{'T':>4}  {'system':<22} {'batches':>7} {'tgt words/update':>16} {'tgt padding':>11} {'vs fairseq':>10}")
    for t in [float(x) for x in args.temperatures.split(",")]:
        rows = [(name, summary(epoch_batch_sizes(args.data, args.pairs, task, t, tokens, extra), freq))
                for name, task, tokens, extra, freq in systems(args.max_tokens, args.micro_batches,
                                                               args.micro_tokens)]
        base = rows[0][1][1]
        for name, (n, wpb, pad) in rows:
            print(f"{t:>4g}  {name:<22} {n:>7} {wpb:>16.1f} {pad:>11.3f} {wpb / base:>10.3f}", flush=True)


if __name__ == "__main__":
    main()
