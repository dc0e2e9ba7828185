"""What a batch holds, and how regularly each sentence comes back: plain fairseq against
``multilingual_scheduled`` in both ``--batch-order`` values, at the words per update the tables
compare (fairseq at ``--max-tokens 2000``, our default order at 1,914: within 2%).

No training: for each system this iterates the real training iterator of the first ``--updates``
updates (update-freq 1; each batch's items as they reach the collater: pair, sentence, lengths) and
prints one row per system: target words per batch, target and source padding, pairs per batch, the
spread of target/source length ratio within a batch, and per sentence how often it was trained
(min / max) and the updates between two of its exposures (5th / 95th percentile):

    python bench/batch_composition.py --data work/lohelp/data-bin --updates 4000
"""
import argparse
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from words_per_update import FAIRSEQ, OURS, setup_task  # noqa: E402

SYSTEMS = (("fairseq", FAIRSEQ, (), 2000), ("ours source", OURS, ("--batch-order", "source"), 2000),
           ("ours longer", OURS, ("--batch-order", "longer"), 1914))


def trained_batches(data, pairs, task_name, extra, max_tokens, updates, temperature=1.0, seed=1):
    """Per update, its sentences (:func:`_sentences`); and the number of training sentences."""
    task = setup_task(data, pairs, task_name, temperature, max_tokens, extra, seed)
    task.load_dataset("train", epoch=1)
    ds = task.dataset("train")
    out, epoch, corpus = [], 0, sum(len(d) for d in ds.datasets)
    while len(out) < updates:
        epoch += 1
        itr = task.get_batch_iterator(ds, max_tokens=max_tokens, max_positions=(1024, 1024), seed=seed,
                                      epoch=epoch, required_batch_size_multiple=8, ignore_invalid_inputs=True)
        itr.collate_fn = _sentences  # each batch's items as they reach the collater
        for batch in itr.next_epoch_itr(shuffle=True):
            out.append(batch)
            if len(out) == updates:
                break
    return out, corpus


def _sentences(items):
    """(pair, index within the pair's corpus, source length, target length) of a batch's items:
    fairseq's multilingual datasets give ``(pair, item)``, ours the item with its ``_pair_id``."""
    rows = []
    for it in items:
        pair, item = it if isinstance(it, tuple) else (it["_pair_id"], it)
        rows.append((int(pair), int(item["id"]), len(item["source"]), len(item["target"])))
    return np.array(rows, dtype=np.int64)


def composition(batches, corpus):
    """Target words / batch, target and source padding, pairs / batch, within-batch spread of the
    target/source length ratio, exposures per training sentence (min, max), gap between exposures (p5, p95)."""
    words = sum(int(b[:, 3].sum()) for b in batches)
    tgt_pad = 1 - words / sum(len(b) * int(b[:, 3].max()) for b in batches)
    src_pad = 1 - sum(int(b[:, 2].sum()) for b in batches) / sum(len(b) * int(b[:, 2].max()) for b in batches)
    pairs = np.mean([len(np.unique(b[:, 0])) for b in batches])
    ratio = np.mean([np.std(b[:, 3] / np.maximum(1, b[:, 2])) for b in batches])
    last, count, gaps = {}, {}, []
    for u, b in enumerate(batches):
        for key in map(tuple, b[:, :2].tolist()):
            if key in last:
                gaps.append(u - last[key])
            last[key], count[key] = u, count.get(key, 0) + 1
    c = np.array(list(count.values()) + [0] * (corpus - len(count)))
    gaps = gaps or [np.nan]
    return (words / len(batches), tgt_pad, src_pad, pairs, ratio, int(c.min()), int(c.max()),
            np.percentile(gaps, 5), np.percentile(gaps, 95))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="work/lohelp/data-bin")
    ap.add_argument("--pairs", default="en-de,en-fr,en-fi,en-hi")
    ap.add_argument("--updates", type=int, default=4000)
    args = ap.parse_args(argv)
    print(f"{'system':<12} {'tokens':>6} {'tgt words':>9} {'tgt pad':>7} {'src pad':>7} {'pairs':>5} "
          f"{'ratio sd':>8} {'exposures':>9} {'gap p5-p95':>11}")
    for name, task, extra, max_tokens in SYSTEMS:
        words, tp, sp, pairs, ratio, lo, hi, g5, g95 = composition(
            *trained_batches(args.data, args.pairs, task, extra, max_tokens, args.updates))
        print(f"{name:<12} {max_tokens:>6} {words:>9.1f} {tp:>7.3f} {sp:>7.3f} {pairs:>5.2f} {ratio:>8.3f} "
              f"{f'{lo}-{hi}':>9} {f'{g5:.0f}-{g95:.0f}':>11}", flush=True)


if __name__ == "__main__":
    main()
