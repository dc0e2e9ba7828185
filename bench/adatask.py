"""Step time and optimizer memory of ``--optimizer adatask`` against fairseq's ``adam``, measured
in the same run on the same data, model, batches and seed (task-homogeneous batches for all).

Speed: target words/s of whole training steps (forward, backward, optimizer), alternating runs.
Memory: bytes of the optimizer state tensors in each run's final checkpoint. The last variant
shows the cost of the mixed-batch fallback (its baseline batches differ: homogeneous vs mixed).

    python bench/adatask.py --updates 150 --repeats 2
"""
import json
import os
import statistics
import sys
import tempfile

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from throughput import TASK, bench_parser, run  # noqa: E402

ADATASK = ["--optimizer", "adatask", "--adam-betas", "(0.9, 0.98)"]


def state_bytes(checkpoint: str) -> int:
    state = torch.load(checkpoint, map_location="cpu", weights_only=False)["last_optimizer_state"]["state"]
    return sum(t.numel() * t.element_size() for s in state.values() for t in s.values() if torch.is_tensor(t))


def main(argv=None):
    p = bench_parser(__doc__)
    p.add_argument("--update-freq", type=int, default=1, help="micro-batches per update")
    args = p.parse_args(argv)
    pairs = args.pairs.split(",")
    with tempfile.TemporaryDirectory() as tmp:
        groups = os.path.join(tmp, "groups.json")
        with open(groups, "w") as f:  # two accumulator groups: the low-resource pair and the rest
            json.dump({pr: ("last" if i == len(pairs) - 1 else "rest") for i, pr in enumerate(pairs)}, f)
        homogeneous = ["--homogeneous-batches", "--update-freq", str(args.update_freq)]
        mixed = ["--update-freq", str(args.update_freq)]
        variants = {  # name: (batches, optimizer options)
            "fairseq adam": (homogeneous, []),
            f"adatask (adam, {len(pairs)} pairs)": (homogeneous, ADATASK),
            "adatask --adatask-groups (2 groups)": (homogeneous, ADATASK + ["--adatask-groups", groups]),
            "adatask --adatask-factored --adatask-shared-first-moment": (
                homogeneous, ADATASK + ["--adatask-factored", "--adatask-shared-first-moment"]),
            "adatask, mixed batches (one backward per pair present)": (mixed, ADATASK),
        }
        wps = {name: [] for name in variants}
        memory = {}
        for r in range(args.repeats):
            for i, (name, (batches, extra)) in enumerate(variants.items()):
                workdir = os.path.join(tmp, f"v{i}")
                os.makedirs(workdir, exist_ok=True)
                extra = extra + (["--au-log-interval", "0"] if extra else [])
                wps[name].append(run(args.data, args.pairs, args.updates, args.max_tokens, TASK, batches + extra,
                                     workdir, save=True))
                memory[name] = state_bytes(os.path.join(workdir, "checkpoint_last.pt"))
                print(f"[repeat {r + 1}/{args.repeats}] {name}: {wps[name][-1]:.0f} words/s", flush=True)
    base_wps, base_mem = statistics.mean(wps["fairseq adam"]), memory["fairseq adam"]
    print(f"\n{'optimizer':<58} {'words/s':>8} {'time ×':>7} {'state MB':>9} {'memory ×':>9}")
    for name in variants:
        mean = statistics.mean(wps[name])
        print(f"{name:<58} {mean:>8.0f} {base_wps / mean:>7.3f} {memory[name] / 2**20:>9.1f} "
              f"{memory[name] / base_mem:>9.2f}")


if __name__ == "__main__":
    main()
