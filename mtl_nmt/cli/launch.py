"""``mtl-nmt-launch``: run ``fairseq-train`` (or any fairseq CLI) as W CPU processes with gloo.

``fairseq-train --distributed-world-size 2 --cpu`` does not work on CPU; what does is one process
per rank, initialised over TCP. This launcher starts them, prints rank 0's output, and fails if
any rank fails::

    mtl-nmt-launch --nprocs 2 -- fairseq-train DATA --user-dir mtl_nmt ...

On GPUs use fairseq itself (``fairseq-train ... --distributed-world-size N``, NCCL): the code
path is the same apart from the backend.
"""
import argparse
import os
import shutil
import socket
import subprocess
import sys
import threading


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rank_command(cmd, rank: int, world: int, port: int):
    exe = shutil.which(cmd[0]) or os.path.join(os.path.dirname(sys.executable), cmd[0])
    return [exe, *cmd[1:], "--distributed-world-size", str(world), "--distributed-rank", str(rank),
            "--distributed-init-method", f"tcp://127.0.0.1:{port}", "--distributed-no-spawn",
            "--distributed-backend", "gloo", "--ddp-backend", "legacy_ddp", "--cpu", "--device-id", "0"]


def main(argv=None):
    p = argparse.ArgumentParser(prog="mtl-nmt-launch", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--nprocs", type=int, default=2, help="number of ranks (processes)")
    p.add_argument("--threads", type=int, default=1, help="torch threads per rank (OMP_NUM_THREADS)")
    p.add_argument("--log-dir", default=None, help="also write each rank's output to LOG_DIR/rank<R>.log")
    p.add_argument("command", nargs=argparse.REMAINDER, help="-- fairseq-train ARGS...")
    args = p.parse_args(argv)
    cmd = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not cmd:
        p.error("give the command after --, e.g. -- fairseq-train DATA ...")
    if args.nprocs < 1:
        p.error("--nprocs must be >= 1")
    port = free_port()
    env = dict(os.environ, OMP_NUM_THREADS=str(args.threads), MKL_NUM_THREADS=str(args.threads))
    if args.log_dir:
        os.makedirs(args.log_dir, exist_ok=True)
    procs, pumps = [], []
    for rank in range(args.nprocs):
        proc = subprocess.Popen(rank_command(cmd, rank, args.nprocs, port), env=env, text=True,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        log = open(os.path.join(args.log_dir, f"rank{rank}.log"), "w") if args.log_dir else None

        def pump(proc=proc, rank=rank, log=log):
            for line in proc.stdout:
                if log:
                    log.write(line)
                if rank == 0:
                    sys.stdout.write(line)
            if log:
                log.close()

        t = threading.Thread(target=pump, daemon=True)
        t.start()
        procs.append(proc)
        pumps.append(t)
    codes = [proc.wait() for proc in procs]
    for t in pumps:
        t.join()
    failed = [r for r, c in enumerate(codes) if c != 0]
    if failed:
        sys.exit(f"mtl-nmt-launch: rank(s) {', '.join(map(str, failed))} failed (exit {codes})")


if __name__ == "__main__":
    main()
