"""AdaTask benchmarks, all in one run (use a quiet machine; ``--skip`` leaves parts out):

1. toy: dev bits of Adam and AdaTask variants on a toy with one shared vocabulary
   (``bench/adatask_toy.py``: per-language output classes in one tied softmax, one pair per
   update, 20000/6000/2000/800 examples, T=5) at several learning rates and seeds; the numbers
   behind the defaults ``--adatask-vocab shared`` and ``--adatask-absent skip``;
2. optimizer: optimizer step time and state memory of every variant against torch's Adam on the
   parameters of the results setup's transformer (3+3 layers, d=128, FFN 512, shared embeddings,
   ``--vocab-size`` pieces), one pair's gradient per update;
3. train: target words/s of whole fairseq-train steps and the optimizer state in each run's final
   checkpoint against fairseq's ``adam``, same data, model, batches and seed (task-homogeneous
   batches; the last variant shows the mixed-batch fallback). Needs ``--data``.

    python bench/adatask.py --skip train
    python bench/adatask.py --data work/lohelp/data-bin --updates 150 --repeats 2
"""
import json
import os
import re
import statistics
import sys
import tempfile
import time
from argparse import Namespace
from types import SimpleNamespace

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from adatask_toy import ToyConfig, ToyData, train  # noqa: E402
from throughput import TASK, bench_parser, run  # noqa: E402

BETAS = (0.9, 0.98)
ADATASK = ["--optimizer", "adatask", "--adam-betas", "(0.9, 0.98)"]
# name: AdaTask keyword arguments (defaults: absent skip, vocab shared, as the fairseq options)
VARIANTS = {
    "full, vocab per-pair, skip (paper)": dict(vocab="per-pair"),
    "full, vocab per-pair, decay": dict(vocab="per-pair", absent="decay"),
    "full, vocab shared, skip (default)": dict(),
    "full, vocab shared, decay": dict(absent="decay"),
    "groups (2)": dict(task_groups=[0, 0, 1, 1]),
    "factored": dict(factored=True),
    "shared-first-moment": dict(per_task_first_moment=False),
    "factored + shared-first-moment": dict(factored=True, per_task_first_moment=False),
    "factored + shared-first-moment, vocab per-pair": dict(factored=True, per_task_first_moment=False,
                                                           vocab="per-pair"),
}
FLAGS = {"vocab": "--adatask-vocab", "absent": "--adatask-absent"}


def chosen(args):
    """The variants whose name matches ``--variants``."""
    return {name: kw for name, kw in VARIANTS.items() if re.search(args.variants, name)}


def make_adatask(num_tasks, **kwargs):
    from mtl_nmt.adatask import AdaTask, vocab_parameters

    def make(model, lr):
        opt = AdaTask(model.parameters(), num_tasks=num_tasks, lr=lr, betas=BETAS,
                      vocab_params=vocab_parameters(model), **kwargs)
        return opt, lambda pair: opt.step(task=pair)
    return make


def make_adam(model, lr):
    opt = torch.optim.Adam(model.parameters(), lr=lr, betas=BETAS)
    return opt, lambda pair: opt.step()


# ----------------------------------------------------------------------------------------- toy


def bench_toy(args):
    lrs = [float(x) for x in args.toy_lrs.split(",")]
    seeds = [int(x) for x in args.toy_seeds.split(",")]
    variants = {"adam": make_adam}
    variants.update({name: make_adatask(4, **kw) for name, kw in chosen(args).items()})
    data = {s: ToyData(ToyConfig(seed=s, updates=args.toy_updates)) for s in seeds}
    results = {name: {lr: [] for lr in lrs} for name in variants}
    for name, make in variants.items():
        for lr in lrs:
            for s in seeds:
                results[name][lr].append(train(make, data[s].cfg, lr, data[s]))
        print(f"[toy] {name}: " + ", ".join(
            f"lr {lr:g} {statistics.mean(r['mean_bits'] for r in results[name][lr]):.3f}" for lr in lrs), flush=True)
    cfg = data[seeds[0]].cfg
    print(f"\ntoy: {len(cfg.sizes)} pairs of {'/'.join(map(str, cfg.sizes))} examples, {cfg.classes} classes per "
          f"language in one tied softmax, T={cfg.temperature:g}, one pair per update, batch {cfg.batch}, "
          f"{cfg.updates} updates (inverse-sqrt lr, {cfg.warmup} warm-up), seeds {args.toy_seeds}")
    print("mean dev cross-entropy over pairs in bits (mean over seeds); 'rare other': dev probability the rarest "
          "pair puts on other languages' tokens, at the best lr")
    head = "".join(f"{'lr ' + format(lr, 'g'):>10}" for lr in lrs)
    print(f"{'variant':<48}{head}{'best':>8}{'per pair at best lr':>28}{'rare other':>11}")
    for name in variants:
        means = {lr: statistics.mean(r["mean_bits"] for r in results[name][lr]) for lr in lrs}
        best = min(lrs, key=lambda lr: (means[lr] != means[lr], means[lr]))
        pairs = [statistics.mean(r["bits"][k] for r in results[name][best]) for k in range(len(cfg.sizes))]
        other = statistics.mean(r["other"][-1] for r in results[name][best])
        finite = all(r["finite"] for rs in results[name].values() for r in rs)
        print(f"{name:<48}" + "".join(f"{means[lr]:>10.3f}" for lr in lrs) + f"{means[best]:>8.3f}"
              f"{' '.join(f'{b:.2f}' for b in pairs):>28}{other:>11.3f}" + ("" if finite else "  NON-FINITE"))


# ----------------------------------------------------------------------------------- optimizer


def transformer(vocab_size):
    """The results setup's transformer (fairseq), built without data: a dictionary of ``vocab_size``."""
    from fairseq.data import Dictionary
    from fairseq.models.transformer import TransformerModel, base_architecture

    d = Dictionary()
    for i in range(vocab_size - len(d)):
        d.add_symbol(f"w{i}")
    a = Namespace(arch="transformer", share_all_embeddings=True, encoder_layers=3, decoder_layers=3,
                  encoder_embed_dim=128, decoder_embed_dim=128, encoder_ffn_embed_dim=512, decoder_ffn_embed_dim=512,
                  encoder_attention_heads=4, decoder_attention_heads=4, encoder_normalize_before=True,
                  decoder_normalize_before=True, max_source_positions=1024, max_target_positions=1024)
    base_architecture(a)
    return TransformerModel.build_model(a, SimpleNamespace(source_dictionary=d, target_dictionary=d))


def state_bytes_of(optimizer) -> int:
    return sum(t.numel() * t.element_size() for st in optimizer.state.values() for t in st.values()
               if torch.is_tensor(t))


def bench_optimizer(args):
    model = transformer(args.vocab_size)
    params = list(model.parameters())
    gen = torch.Generator().manual_seed(0)
    grads = [[torch.randn(p.shape, generator=gen) * 1e-3 for p in params] for _ in range(4)]
    variants = {"torch adam": make_adam}
    variants.update({name: make_adatask(4, **kw) for name, kw in chosen(args).items()})
    rows = {}
    for name, make in variants.items():
        opt, step = make(model, 1e-4)
        times = []
        for i in range(args.optim_steps + 3):
            pair = i % 4
            for p, g in zip(params, grads[pair]):
                p.grad = g
            start = time.perf_counter()
            step(pair)
            times.append(time.perf_counter() - start)
        rows[name] = (statistics.median(times[3:]), state_bytes_of(opt))
        print(f"[optimizer] {name}: {rows[name][0] * 1e3:.1f} ms per step", flush=True)
    base_t, base_m = rows["torch adam"]
    print(f"\noptimizer alone, transformer 3+3 d=128 FFN 512, shared embeddings, vocabulary {args.vocab_size} "
          f"({sum(p.numel() for p in params) / 1e6:.2f}M parameters), 4 pairs, one pair per step, median of "
          f"{args.optim_steps} steps, {torch.get_num_threads()} thread(s)")
    print(f"{'optimizer':<48} {'ms/step':>8} {'time ×':>7} {'state MB':>9} {'memory ×':>9}")
    for name, (t, m) in rows.items():
        print(f"{name:<48} {t * 1e3:>8.1f} {t / base_t:>7.2f} {m / 2**20:>9.1f} {m / base_m:>9.2f}")


# --------------------------------------------------------------------------------------- train


def state_bytes(checkpoint: str) -> int:
    state = torch.load(checkpoint, map_location="cpu", weights_only=False)["last_optimizer_state"]["state"]
    return sum(t.numel() * t.element_size() for s in state.values() for t in s.values() if torch.is_tensor(t))


def fairseq_options(kwargs, groups_file):
    out = list(ADATASK)
    for key, value in kwargs.items():
        if key in FLAGS:
            out += [FLAGS[key], value]
        elif key == "task_groups":
            out += ["--adatask-groups", groups_file]
        elif key == "factored":
            out.append("--adatask-factored")
        elif key == "per_task_first_moment":
            out.append("--adatask-shared-first-moment")
    return out


def bench_train(args):
    if not os.path.isdir(args.data):
        print(f"\ntrain: no data-bin at {args.data} (pass --data); part skipped")
        return
    pairs = args.pairs.split(",")
    with tempfile.TemporaryDirectory() as tmp:
        groups = os.path.join(tmp, "groups.json")
        with open(groups, "w") as f:  # two accumulator groups: the first half of the pairs and the rest
            json.dump({pr: ("a" if i < len(pairs) // 2 else "b") for i, pr in enumerate(pairs)}, f)
        homogeneous = ["--homogeneous-batches", "--update-freq", str(args.update_freq)]
        variants = {"fairseq adam": (homogeneous, [])}
        variants.update({name: (homogeneous, fairseq_options(kw, groups)) for name, kw in chosen(args).items()})
        variants["default, mixed batches (one backward per pair present)"] = (
            ["--update-freq", str(args.update_freq)], list(ADATASK))
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


def main(argv=None):
    p = bench_parser(__doc__)
    p.add_argument("--update-freq", type=int, default=1, help="train: micro-batches per update")
    p.add_argument("--toy-lrs", default="0.005,0.01,0.02", help="toy: peak learning rates")
    p.add_argument("--toy-seeds", default="0,1", help="toy: seeds (data and initialisation)")
    p.add_argument("--toy-updates", type=int, default=3000, help="toy: updates per run")
    p.add_argument("--vocab-size", type=int, default=8000, help="optimizer: vocabulary of the transformer")
    p.add_argument("--optim-steps", type=int, default=20, help="optimizer: timed steps per variant")
    p.add_argument("--skip", default="", help="comma list of parts to skip: toy,optimizer,train")
    p.add_argument("--variants", default="", help="only the AdaTask variants whose name matches this regex "
                                                  "(Adam always runs)")
    args = p.parse_args(argv)
    skip = set(filter(None, args.skip.split(",")))
    torch.set_num_threads(int(os.environ.get("OMP_NUM_THREADS", torch.get_num_threads())))
    if "toy" not in skip:
        bench_toy(args)
    if "optimizer" not in skip:
        bench_optimizer(args)
    if "train" not in skip:
        bench_train(args)


if __name__ == "__main__":
    main()
