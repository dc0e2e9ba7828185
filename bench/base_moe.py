"""BASE-layer MoE benchmarks, all in one run (use a quiet machine):

1. assignment: mtl-nmt's auction against fairseq's ``libbase`` (if it is built; otherwise the
   output says so) and scipy's exact ``linear_sum_assignment`` on identical score matrices:
   milliseconds per call and the objective's gap to the optimum (scipy, where it finishes);
2. throughput: target words/s of ``base_moe_transformer_lohelp`` with E experts against the dense
   transformer of the same size (same active FLOPs: every token passes one FFN of the same shape),
   alternating ``--repeats`` times (``bench/throughput.py``'s ``run``);
3. assignment share: the fraction of training-step time spent in the balanced assignment
   (in-process fairseq trainer, same setup).

    python bench/base_moe.py --data work/lohelp/data-bin --updates 150 --repeats 2
"""
import logging
import os
import statistics
import sys
import tempfile
import time
import warnings

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from throughput import MODEL, TASK, bench_parser, run  # noqa: E402

SIZES = [(512, 4), (2048, 4), (2048, 8), (4096, 8), (4096, 16)]


def score_matrix(tokens, experts, seed):
    """Token features times small orthogonal centroids, as a BASE layer at initialisation sees them."""
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(tokens, 128, generator=g)
    c = torch.linalg.qr(torch.randn(128, experts, generator=g))[0].t() * 0.1
    return x @ c.t()


def objective(scores, experts):
    return float(scores.double()[torch.arange(scores.shape[0]), experts].sum())


def exact(scores):
    from scipy.optimize import linear_sum_assignment

    t, e = scores.shape
    big = scores.double().numpy()[:, np.repeat(np.arange(e), t // e)]
    start = time.perf_counter()
    rows, cols = linear_sum_assignment(big, maximize=True)
    return float(big[rows, cols].sum()), time.perf_counter() - start


def timed(fn, scores, calls):
    fn(scores)
    start = time.perf_counter()
    for _ in range(calls):
        out = fn(scores)
    return out, (time.perf_counter() - start) / calls


def bench_assignment(calls=5, exact_max=2048):
    from mtl_nmt.modules.balanced_assignment import balanced_assignment

    try:
        from fairseq import libbase
    except ImportError as e:
        libbase = None
        print(f"fairseq libbase not importable ({e}): comparing with scipy only")

    def libbase_experts(scores):
        jobs = libbase.balanced_assignment(scores)
        t, e = scores.shape
        out = torch.empty(t, dtype=torch.long)
        out[jobs] = torch.arange(e).repeat_interleave(t // e)
        return out

    print(f"\n{'T x E':>10} {'ours ms':>8} {'rounds':>6} {'ours gap':>10} {'libbase ms':>10} {'libbase gap':>11} "
          f"{'scipy ms':>9} {'T*eps':>8}")
    for t, e in SIZES:
        scores = score_matrix(t, e, seed=t + e)
        ours, ours_s = timed(lambda s: balanced_assignment(s), scores, calls)
        best, scipy_s = exact(scores) if t <= exact_max else (None, None)
        ref = best if best is not None else objective(scores, ours.experts)
        gap = ref - objective(scores, ours.experts)
        line = f"{t:>5} x {e:<3} {ours_s * 1e3:>8.2f} {ours.iterations:>6} {gap:>10.4f}"
        if libbase is not None:
            lb, lb_s = timed(libbase_experts, scores, calls)
            line += f" {lb_s * 1e3:>10.2f} {ref - objective(scores, lb):>11.4f}"
        else:
            line += f" {'-':>10} {'-':>11}"
        line += f" {scipy_s * 1e3:>9.0f}" if scipy_s is not None else f" {'-':>9}"
        print(line + f" {t * ours.eps:>8.4f}", flush=True)
    print("gap: optimum (scipy) minus objective; without scipy (large T) relative to ours. "
          "T*eps: the auction's guaranteed bound.")


def moe_options(experts):
    return ["--arch", "base_moe_transformer_lohelp", "--base-experts", str(experts)]


def bench_throughput(args, workdir):
    variants = {
        "dense transformer (same size)": [],
        f"base_moe E={args.experts}": moe_options(args.experts),
        f"base_moe E={args.experts}, still dense": moe_options(args.experts) + [
            "--dense-pretrain-updates", str(args.updates + 1)],
    }
    results = {name: [] for name in variants}
    for r in range(args.repeats):
        for name, extra in variants.items():
            wps = run(args.data, args.pairs, args.updates, args.max_tokens, TASK, extra, workdir)
            results[name].append(wps)
            print(f"[repeat {r + 1}/{args.repeats}] {name}: {wps:.0f} words/s", flush=True)
    base = statistics.mean(results["dense transformer (same size)"])
    print(f"\n{'variant':<36} {'words/s':>9} {'ratio':>7}")
    for name, values in results.items():
        print(f"{name:<36} {statistics.mean(values):>9.0f} {statistics.mean(values) / base:>7.3f}")


def bench_share(args, steps):
    """Train ``steps`` updates in-process and time the balanced assignment inside them."""
    from fairseq import options, tasks
    from fairseq.dataclass.utils import convert_namespace_to_omegaconf
    from fairseq.trainer import Trainer

    import mtl_nmt.modules.base_layer as base_layer

    logging.disable(logging.WARNING)  # the in-process trainer's set-up messages
    argv = [args.data, *TASK, "--lang-pairs", args.pairs, "--encoder-langtok", "src", "--decoder-langtok",
            "--sampling-method", "temperature", "--sampling-temperature", "2", *MODEL, *moe_options(args.experts),
            "--max-tokens", str(args.max_tokens), "--num-workers", "0", "--seed", "1", "--cpu"]
    cfg = convert_namespace_to_omegaconf(options.parse_args_and_arch(options.get_training_parser(), input_args=argv))
    task = tasks.setup_task(cfg.task)
    model = task.build_model(cfg.model)
    trainer = Trainer(cfg, task, model, task.build_criterion(cfg.criterion))
    itr = trainer.get_train_iterator(epoch=1, load_dataset=True).next_epoch_itr(shuffle=True)
    spent, rounds, calls = [0.0], [], [0]
    original = base_layer.balanced_assignment

    def timed_assignment(*a, **kw):
        start = time.perf_counter()
        out = original(*a, **kw)
        spent[0] += time.perf_counter() - start
        rounds.append(out.iterations)
        calls[0] += 1
        return out

    base_layer.balanced_assignment = timed_assignment
    try:
        for _, sample in zip(range(3), itr):  # warm-up
            trainer.train_step([sample])
        spent[0], calls[0], rounds[:] = 0.0, 0, []
        start = time.perf_counter()
        done = 0
        for _, sample in zip(range(steps), itr):
            trainer.train_step([sample])
            done += 1
        total = time.perf_counter() - start
    finally:
        base_layer.balanced_assignment = original
    print(f"\nassignment share of step time: {spent[0] / total:.2%} ({spent[0] / max(calls[0], 1) * 1e3:.2f} ms "
          f"per call, {calls[0] / max(done, 1):.0f} calls per update, {statistics.mean(rounds or [0]):.1f} rounds on "
          f"average; {total / max(done, 1) * 1e3:.0f} ms per update over {done} updates)")


def main(argv=None):
    p = bench_parser(__doc__)
    p.add_argument("--experts", type=int, default=4, help="experts per BASE layer")
    p.add_argument("--share-steps", type=int, default=40, help="updates timed for the assignment share")
    p.add_argument("--skip", default="", help="comma list of parts to skip: assignment,throughput,share")
    args = p.parse_args(argv)
    skip = set(filter(None, args.skip.split(",")))
    warnings.simplefilter("ignore")
    torch.set_num_threads(int(os.environ.get("OMP_NUM_THREADS", torch.get_num_threads())))
    if "assignment" not in skip:
        bench_assignment()
    if "throughput" not in skip:
        with tempfile.TemporaryDirectory() as tmp:
            bench_throughput(args, tmp)
    if "share" not in skip:
        bench_share(args, args.share_steps)


if __name__ == "__main__":
    main()
