"""The processes ``tests/gpu/gpu_selftest.py`` runs, one per variant, so that a crash, a hang or a CUDA
error stays inside one variant. Each prints marker lines the parent reads:

    python tests/gpu/selftest_child.py train FAIRSEQ_TRAIN_ARGS...      # fairseq-train + peak GPU memory
    python tests/gpu/selftest_child.py moe-share STEPS FAIRSEQ_ARGS...  # BASE assignment share of step time
    python tests/gpu/selftest_child.py auction DEVICE TxE[,TxE...]       # our auction vs fairseq's libbase
"""
import sys
import time

PEAK = "SELFTEST_PEAK_GPU_BYTES"
NOTE = "SELFTEST_NOTE"


def print_peak():
    import torch

    if torch.cuda.is_available() and torch.cuda.is_initialized():
        print(f"{PEAK} {torch.cuda.max_memory_allocated()}", flush=True)


def train(argv):
    """``fairseq-train ARGS`` in this process (fairseq spawns the ranks of a multi-GPU run itself)."""
    from fairseq_cli import train as fairseq_train

    sys.argv = ["fairseq-train", *argv]
    try:
        fairseq_train.cli_main()
    finally:
        print_peak()


def build_trainer(argv):
    from fairseq import options, tasks
    from fairseq.dataclass.utils import convert_namespace_to_omegaconf
    from fairseq.trainer import Trainer

    cfg = convert_namespace_to_omegaconf(options.parse_args_and_arch(options.get_training_parser(), input_args=argv))
    task = tasks.setup_task(cfg.task)
    model = task.build_model(cfg.model)
    trainer = Trainer(cfg, task, model, task.build_criterion(cfg.criterion))
    return trainer, trainer.get_train_iterator(epoch=1, load_dataset=True).next_epoch_itr(shuffle=True)


def moe_share(steps, argv):
    """Share of training-step time spent in the balanced assignment (Lewis et al. 2021, §2.2), timed
    around every call with the device synchronised before and after."""
    import logging

    import torch

    import mtl_nmt.modules.base_layer as base_layer

    logging.disable(logging.WARNING)
    trainer, itr = build_trainer(argv)
    sync = torch.cuda.synchronize if trainer.cuda else (lambda: None)
    spent, rounds = [0.0], []
    original = base_layer.balanced_assignment

    def timed(*a, **kw):
        sync()
        start = time.perf_counter()
        out = original(*a, **kw)
        sync()
        spent[0] += time.perf_counter() - start
        rounds.append(out.iterations)
        return out

    base_layer.balanced_assignment = timed
    try:
        for _, sample in zip(range(3), itr):  # warm-up
            trainer.train_step([sample])
        spent[0], rounds[:] = 0.0, []
        sync()
        start, done = time.perf_counter(), 0
        for _, sample in zip(range(steps), itr):
            trainer.train_step([sample])
            done += 1
        sync()
        total = time.perf_counter() - start
    finally:
        base_layer.balanced_assignment = original
        print_peak()
    if not done or not rounds:
        sys.exit("moe-share: no training step ran (too little data?)")
    print(f"{NOTE} assignment {spent[0] / total:.1%} of step time on {trainer.device.type} "
          f"({spent[0] / len(rounds) * 1e3:.2f} ms/call, {len(rounds) / done:.0f} calls/update, "
          f"{sum(rounds) / len(rounds):.0f} auction rounds; {total / done * 1e3:.0f} ms/update over {done})",
          flush=True)


def auction(device, sizes):
    """Our vectorised auction on ``device`` against fairseq's C++ ``libbase`` (CPU only)."""
    import os

    import torch

    # the score matrices and objective of the BASE measurement, bench/base_moe.py
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, os.pardir, "bench"))
    from base_moe import objective, score_matrix
    from mtl_nmt.modules.balanced_assignment import balanced_assignment

    try:
        from fairseq import libbase
    except ImportError as e:
        libbase, missing = None, f"libbase not importable ({e})"
    sync = torch.cuda.synchronize if device.startswith("cuda") else (lambda: None)

    def timed(fn, scores, calls=5):
        fn(scores)
        sync()
        start = time.perf_counter()
        for _ in range(calls):
            out = fn(scores)
        sync()
        return out, (time.perf_counter() - start) / calls * 1e3

    def libbase_experts(scores):
        t, e = scores.shape
        out = torch.empty(t, dtype=torch.long)
        out[libbase.balanced_assignment(scores)] = torch.arange(e).repeat_interleave(t // e)
        return out

    parts = []
    for size in sizes.split(","):
        t, e = (int(x) for x in size.lower().split("x"))
        scores = score_matrix(t, e, seed=t + e)
        ours, ours_ms = timed(lambda s: balanced_assignment(s).experts, scores.to(device))
        part = f"{t}x{e}: auction {ours_ms:.2f} ms on {device}"
        if libbase is not None:
            theirs, lb_ms = timed(libbase_experts, scores)
            gap = objective(scores, ours.cpu()) - objective(scores, theirs)
            part += f", libbase {lb_ms:.2f} ms on cpu, objective ours-libbase {gap:+.3f}"
        parts.append(part)
    if libbase is None:
        parts.append(missing)
    print(f"{NOTE} " + "; ".join(parts), flush=True)


def main(argv):
    if not argv:
        sys.exit(__doc__)
    mode, rest = argv[0], argv[1:]
    if mode == "train":
        train(rest)
    elif mode == "moe-share":
        moe_share(int(rest[0]), rest[1:])
    elif mode == "auction":
        auction(rest[0], rest[1])
    else:
        sys.exit(f"selftest_child: unknown mode {mode!r} (train, moe-share, auction)")


if __name__ == "__main__":
    main(sys.argv[1:])
