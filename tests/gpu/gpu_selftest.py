"""GPU self-test: does this install of mtl-nmt train, in every mode, on the GPUs it can see, and how fast?

On synthetic data it fabricates (``tests/gpu/selftest_data.py``; or ``--data-bin``), each variant runs
short trainings in its own process with a timeout — a failure never stops the others — and one
table gives per variant: status (ok, failed, timeout, skipped, not run) with a one-line reason or
note, target words/s, the ratio to plain fairseq ``translation_multi_simple_epoch`` on the same
device, and peak GPU memory. Variants (``--variants`` picks some):

    fairseq                  plain translation_multi_simple_epoch (the baseline of every ratio)
    scheduled_mixed          multilingual_scheduled, mixed batches (its checkpoint feeds generate/ct2)
    scheduled_homogeneous    multilingual_scheduled --homogeneous-batches
    mtl_ce_fp16, mtl_ce_bf16 criterion mtl_label_smoothed_cross_entropy with --fp16 / --bf16
    adatask, adatask_fp16, adatask_bf16, adatask_factored
                             --optimizer adatask with single-pair updates (--homogeneous-batches)
    base_moe                 base_moe_transformer, 4 local experts in one encoder and decoder layer
    base_moe_assignment      share of step time spent in the balanced assignment
    auction_vs_libbase       our auction on the device vs fairseq's C++ libbase (CPU)
    generate                 mtl-nmt-eval (fairseq-generate) from scheduled_mixed's checkpoint
    ct2                      mtl-nmt-eval --engine ct2 (on CUDA only with CTranslate2's CUDA build)
    ddp_2rank                2-rank data parallel (NCCL on GPUs, gloo on CPU)
    expert_parallel_2rank    base_moe with 2 experts per rank, all-to-all, variable batch shapes
    resume_2rank             expert parallel stopped half-way and resumed on 2 ranks

    python tests/gpu/gpu_selftest.py                     # every variant on the visible GPU(s)
    python tests/gpu/gpu_selftest.py --device cpu --updates 8 --variants fairseq,adatask --json out.json

Without a visible GPU (and without ``--device cpu``) it prints ``no CUDA GPU visible: ...`` and runs
only the CPU-side checks (data, plain fairseq and multilingual_scheduled for a few updates).
Exit status: 0 when nothing failed (skipped and not-run rows are fine), 1 otherwise.
"""
import argparse
import importlib.util
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from typing import List, Optional

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import selftest_data  # noqa: E402
from selftest_child import NOTE, PEAK  # noqa: E402

SIZES = {  # model (enc layers, dec layers, dim, ffn, heads) and the fabricated corpus it trains on
    "tiny": dict(model=(1, 1, 32, 64, 2), sentences=(300, 150, 60), dev=24, lexicon=30, max_len=8, vocab=150,
                 max_tokens=800, lr=0.005, warmup=20),
    "small": dict(model=(3, 3, 128, 512, 4), sentences=(20000, 6000, 1500), dev=200, lexicon=2000, max_len=24,
                  vocab=2000, max_tokens=4096, lr=0.002, warmup=100),
    "base": dict(model=(6, 6, 512, 2048, 8), sentences=(30000, 10000, 2500), dev=200, lexicon=3000, max_len=30,
                 vocab=4000, max_tokens=8192, lr=0.0005, warmup=100),
}
ADAM = ["--optimizer", "adam", "--adam-betas", "(0.9, 0.98)"]
ADATASK = ["--optimizer", "adatask", "--adam-betas", "(0.9, 0.98)", "--homogeneous-batches"]
MTL_CE = ["--criterion", "mtl_label_smoothed_cross_entropy"]
MOE = ["--base-experts", "4", "--encoder-base-layers", "1", "--decoder-base-layers", "1"]
CPU_CHECKS = ("fairseq", "scheduled_mixed")


@dataclass
class Variant:
    name: str
    kind: str = "train"  # train, moe_share, auction, eval, resume
    args: List[str] = field(default_factory=list)
    plugin: bool = True  # multilingual_scheduled (False: fairseq's own task)
    moe: bool = False
    needs_cuda: bool = False
    ranks: int = 1
    save: bool = False
    after: Optional[str] = None  # the variant whose checkpoint it reads
    engine: str = "fairseq"


VARIANTS = [
    Variant("fairseq", plugin=False),
    Variant("scheduled_mixed", save=True),
    Variant("scheduled_homogeneous", args=["--homogeneous-batches"]),
    Variant("mtl_ce_fp16", args=MTL_CE + ["--fp16"], needs_cuda=True),
    Variant("mtl_ce_bf16", args=MTL_CE + ["--bf16"], needs_cuda=True),
    Variant("adatask", args=ADATASK),
    Variant("adatask_fp16", args=ADATASK + ["--fp16"], needs_cuda=True),
    Variant("adatask_bf16", args=ADATASK + ["--bf16"], needs_cuda=True),
    Variant("adatask_factored", args=ADATASK + ["--adatask-factored"]),
    Variant("base_moe", moe=True),
    Variant("base_moe_assignment", kind="moe_share", moe=True),
    Variant("auction_vs_libbase", kind="auction"),
    Variant("generate", kind="eval", after="scheduled_mixed"),
    Variant("ct2", kind="eval", after="scheduled_mixed", engine="ct2"),
    Variant("ddp_2rank", ranks=2),
    Variant("expert_parallel_2rank", moe=True, ranks=2, args=["--base-shuffle", "1", "--ddp-backend", "legacy_ddp"]),
    Variant("resume_2rank", kind="resume", moe=True, ranks=2, args=["--ddp-backend", "legacy_ddp"]),
]
BY_NAME = {v.name: v for v in VARIANTS}


@dataclass
class Row:
    variant: str
    status: str = "ok"  # ok, failed, timeout, skipped, not run
    reason: str = ""  # why it failed / was skipped, or a note when ok
    words_per_s: Optional[float] = None
    ratio: Optional[float] = None
    peak_gpu_mib: Optional[float] = None
    seconds: Optional[float] = None


class Failed(Exception):
    """A variant's failure: its message is the row's one-line reason."""


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--device", choices=["auto", "cuda", "cpu"], default="auto",
                   help="auto: the visible GPUs, or only the CPU-side checks when none is visible")
    p.add_argument("--variants", default=None, help="comma list of variants to run (default: all)")
    p.add_argument("--size", choices=sorted(SIZES), default=None,
                   help="model and data size (default: base on CUDA, tiny on CPU)")
    p.add_argument("--updates", type=int, default=None, help="updates per training (default: 100 CUDA, 8 CPU)")
    p.add_argument("--max-tokens", type=int, default=None, help="tokens per batch and GPU (default: the size's)")
    p.add_argument("--timeout", type=float, default=240, help="seconds before a variant is killed")
    p.add_argument("--budget", type=float, default=None,
                   help="seconds for the whole self-test: variants that would start later are 'not run'")
    p.add_argument("--data-bin", default=None, help="use this data-bin (mtl-nmt-prepare) instead of synthetic data")
    p.add_argument("--pairs", default=None, help="language pairs of --data-bin")
    p.add_argument("--work-dir", default=None, help="keep data, checkpoints and logs here (default: a temp folder)")
    p.add_argument("--json", default=None, metavar="OUT", help="also write the table as JSON")
    p.add_argument("--variant-args", action="append", default=[], metavar="NAME=ARGS",
                   help="extra fairseq options for one variant, e.g. 'adatask=--adatask-absent decay'")
    args = p.parse_args(argv)
    if args.data_bin and not args.pairs:
        p.error("--data-bin needs --pairs")
    names = args.variants.split(",") if args.variants else [v.name for v in VARIANTS]
    unknown = [n for n in names if n not in BY_NAME]
    if unknown:
        p.error(f"unknown variant(s) {', '.join(unknown)}; known: {', '.join(BY_NAME)}")
    args.names = names
    args.extra = {}
    for spec in args.variant_args:
        name, sep, extra = spec.partition("=")
        if not sep or name not in BY_NAME:
            p.error(f"--variant-args {spec!r}: give NAME=ARGS with NAME one of {', '.join(BY_NAME)}")
        args.extra[name] = args.extra.get(name, []) + extra.split()
    return args


def gpu_info():
    """torch's view of CUDA, asked in a child process so this one never holds a CUDA context."""
    code = ("import json, torch; n = torch.cuda.device_count() if torch.cuda.is_available() else 0; "
            "print(json.dumps({'torch': torch.__version__, 'cuda': torch.version.cuda, 'gpus': "
            "[torch.cuda.get_device_name(i) for i in range(n)]}))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    if proc.returncode != 0:
        return {"torch": None, "cuda": None, "gpus": [], "error": one_line(proc.stdout + proc.stderr, proc.returncode)}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def one_line(text, rc):
    """The line that says why a process failed: the last exception or ``error:`` line, else the last line."""
    lines = [re.sub(r"^\[rank\d+\]:\s*", "", x.strip()) for x in text.splitlines() if x.strip()]
    for line in reversed(lines):
        if re.match(r"^[\w.]*(Error|Exception|Interrupt)\b", line) or "error: " in line:
            return line[:300]
    return f"exit {rc}: {lines[-1][:280]}" if lines else f"exit {rc}"


def run_process(cmd, timeout, cwd=None):
    """Run ``cmd`` in its own process group; on timeout kill the whole group (ranks included). Run it
    outside the repository (``cwd``) so that ``python -m mtl_nmt...`` imports the installed package,
    the one ``--user-dir`` names, not the checkout's copy."""
    env = dict(os.environ, PYTHONWARNINGS="ignore", PYTHONUNBUFFERED="1")
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=cwd, env=env,
                            start_new_session=True)
    try:
        out, _ = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, _ = proc.communicate()
        raise TimeoutError(f"killed after {timeout:.0f} s") from None
    return proc.returncode, out


def records(log, kind):
    out = []
    for line in log.splitlines():
        marker = f"| {kind} | "
        if marker in line and "{" in line:
            try:
                out.append(json.loads(line.split(marker, 1)[1]))
            except ValueError:
                pass
    return out


def marker(log, name):
    values = [line.split(name, 1)[1].strip() for line in log.splitlines() if line.startswith(name)]
    return values[-1] if values else None


class SelfTest:
    def __init__(self, args, device, info):
        self.args, self.device, self.info = args, device, info
        self.size = SIZES[args.size]
        self.updates = args.updates or (100 if device == "cuda" else 8)
        self.max_tokens = args.max_tokens or self.size["max_tokens"]
        self.work = os.path.abspath(args.work_dir or tempfile.mkdtemp(prefix="mtl_gpu_selftest_"))
        os.makedirs(self.work, exist_ok=True)
        self.user_dir = importlib.util.find_spec("mtl_nmt").submodule_search_locations[0]  # no import here
        self.rows, self.start = {}, time.time()
        self.data_bin, self.pairs = args.data_bin and os.path.abspath(args.data_bin), args.pairs

    # ---- time budget
    def remaining(self):
        return None if self.args.budget is None else self.args.budget - (time.time() - self.start)

    def timeout(self):
        left = self.remaining()
        return self.args.timeout if left is None else max(1.0, min(self.args.timeout, left))

    # ---- commands
    def train_args(self, v: Variant, save_dir, updates):
        enc, dec, dim, ffn, heads = self.size["model"]
        task = (["--user-dir", self.user_dir, "--task", "multilingual_scheduled"] if v.plugin
                else ["--task", "translation_multi_simple_epoch"])
        arch = ["--arch", "base_moe_transformer", *MOE] if v.moe else ["--arch", "transformer"]
        extra = list(v.args)
        optimizer = [] if "--optimizer" in extra else ADAM
        criterion = [] if "--criterion" in extra else ["--criterion", "label_smoothed_cross_entropy"]
        log_interval = 1 if v.name == "expert_parallel_2rank" else max(1, updates // 10)
        return [self.data_bin, *task, "--lang-pairs", self.pairs, "--encoder-langtok", "src", "--decoder-langtok",
                "--sampling-method", "temperature", "--sampling-temperature", "2", *arch, "--share-all-embeddings",
                "--encoder-normalize-before", "--decoder-normalize-before",
                "--encoder-layers", str(enc), "--decoder-layers", str(dec), "--encoder-embed-dim", str(dim),
                "--decoder-embed-dim", str(dim), "--encoder-ffn-embed-dim", str(ffn),
                "--decoder-ffn-embed-dim", str(ffn), "--encoder-attention-heads", str(heads),
                "--decoder-attention-heads", str(heads), *optimizer, *criterion, "--label-smoothing", "0.1",
                "--lr", str(self.size["lr"]), "--lr-scheduler", "inverse_sqrt",
                "--warmup-updates", str(self.size["warmup"]), "--max-tokens", str(self.max_tokens),
                "--max-update", str(updates), "--save-dir", save_dir, "--no-epoch-checkpoints",
                *([] if v.save or v.kind == "resume" else ["--no-save"]), "--disable-validation",
                "--num-workers", "0", "--seed", "1", "--log-format", "json", "--log-interval", str(log_interval),
                *(["--cpu"] if self.device == "cpu" and v.ranks == 1 else []),
                *(["--distributed-world-size", "1"] if v.ranks == 1 else []),  # fairseq's default: every GPU
                *extra,
                *self.args.extra.get(v.name, [])]

    def train_command(self, v: Variant, train_args):
        child = os.path.join(HERE, "selftest_child.py")
        if v.ranks == 1:
            return [sys.executable, child, "train", *train_args]
        if self.device == "cpu":  # gloo ranks: mtl-nmt-launch (fairseq cannot spawn CPU ranks itself)
            return [sys.executable, "-m", "mtl_nmt.cli.launch", "--nprocs", str(v.ranks), "--",
                    "fairseq-train", *train_args]
        return [sys.executable, child, "train", *train_args, "--distributed-world-size", str(v.ranks)]

    def call(self, v: Variant, cmd):
        """Run one of the variant's processes; its output goes to WORK/<variant>.log; (exit code, output)."""
        with open(os.path.join(self.work, f"{v.name}.log"), "a", encoding="utf-8") as f:
            f.write(f"$ {' '.join(cmd)}\n")
            try:
                rc, log = run_process(cmd, self.timeout(), cwd=self.work)
            except TimeoutError as e:
                f.write(f"{e}\n")
                raise
            f.write(log)
        return rc, log

    def train(self, v: Variant, save_dir, updates):
        rc, log = self.call(v, self.train_command(v, self.train_args(v, save_dir, updates)))
        if rc != 0:
            raise Failed(one_line(log, rc))
        inner, done = records(log, "train_inner"), records(log, "train")
        reached = max([int(float(r.get("num_updates", 0))) for r in inner + done] or [0])
        if reached < updates:
            raise Failed(f"stopped at update {reached} of {updates}")
        losses = [float(r["loss"]) for r in inner + done if "loss" in r]
        if not losses or any(x != x or x in (float("inf"), float("-inf")) for x in losses):
            raise Failed(f"loss not finite: {losses[-3:]}")
        wps = [float(r["wps"]) for r in inner]
        wps = wps[1:] if len(wps) > 1 else wps or [float(r["wps"]) for r in done]
        peak = marker(log, PEAK)
        return log, sum(wps) / len(wps), (int(peak) / 2**20 if peak else None)

    # ---- variants
    def run_variant(self, v: Variant) -> Row:
        row = Row(v.name)
        if v.needs_cuda and self.device != "cuda":
            row.status, row.reason = "skipped", "needs CUDA"
            return row
        if v.ranks > 1 and self.device == "cuda" and len(self.info["gpus"]) < v.ranks:
            row.status, row.reason = "not run", f"{len(self.info['gpus'])} GPU"
            return row
        if v.after and (self.rows.get(v.after) is None or self.rows[v.after].status != "ok"):
            row.status, row.reason = "not run", f"needs {v.after}'s checkpoint ({v.after} not run or failed)"
            return row
        left = self.remaining()
        if left is not None and left < 15:
            row.status, row.reason = "not run", f"time budget (--budget {self.args.budget:.0f} s) spent"
            return row
        start = time.time()
        try:
            getattr(self, "run_" + v.kind)(v, row)
        except Failed as e:
            row.status, row.reason = "failed", str(e)
        except TimeoutError as e:
            row.status, row.reason = "timeout", str(e)
        except Exception as e:  # a bug of the self-test itself: still one row, not a crash
            row.status, row.reason = "failed", f"self-test error: {type(e).__name__}: {e}"
        row.seconds = time.time() - start
        return row

    def run_train(self, v: Variant, row: Row):
        save_dir = os.path.join(self.work, v.name)
        shutil.rmtree(save_dir, ignore_errors=True)
        log, row.words_per_s, row.peak_gpu_mib = self.train(v, save_dir, self.updates)
        if v.ranks > 1:
            row.reason = f"{v.ranks} ranks, words/s of all ranks"
        if v.name == "expert_parallel_2rank":
            shapes = {r.get("wpb") for r in records(log, "train_inner")}
            if len(shapes) < 2:
                raise Failed(f"batch shapes did not vary (wpb {sorted(shapes)}): not the case under test")
            row.reason += f"; {len(shapes)} distinct batch sizes"

    def run_resume(self, v: Variant, row: Row):
        save_dir = os.path.join(self.work, v.name)
        shutil.rmtree(save_dir, ignore_errors=True)
        half = max(1, self.updates // 2)
        self.train(v, save_dir, half)
        log, row.words_per_s, row.peak_gpu_mib = self.train(v, save_dir, self.updates)
        if not re.search(rf"Loaded checkpoint .* @ {half} updates\)", log):
            raise Failed(f"the second run did not resume from update {half}")
        row.reason = f"resumed at update {half} on {v.ranks} ranks, reached {self.updates}"

    def run_moe_share(self, v: Variant, row: Row):
        argv = self.train_args(v, os.path.join(self.work, v.name), self.updates)
        steps = str(max(5, min(40, self.updates)))
        rc, log = self.call(v, [sys.executable, os.path.join(HERE, "selftest_child.py"), "moe-share", steps, *argv])
        if rc != 0:
            raise Failed(one_line(log, rc))
        row.reason = marker(log, NOTE) or ""
        peak = marker(log, PEAK)
        row.peak_gpu_mib = int(peak) / 2**20 if peak else None

    def run_auction(self, v: Variant, row: Row):
        sizes = "4096x4,8192x8" if self.device == "cuda" else "512x4"
        rc, log = self.call(v, [sys.executable, os.path.join(HERE, "selftest_child.py"), "auction", self.device, sizes])
        if rc != 0:
            raise Failed(one_line(log, rc))
        row.reason = marker(log, NOTE) or ""

    def run_eval(self, v: Variant, row: Row):
        cpu = self.device != "cuda"
        if v.engine == "ct2":
            code = "import ctranslate2; print(ctranslate2.__version__, ctranslate2.get_cuda_device_count())"
            rc, out = self.call(v, [sys.executable, "-c", code])
            if rc != 0:
                row.status, row.reason = "skipped", "ctranslate2 not importable (pip install -e '.[fast]')"
                return
            version, cuda_devices = out.strip().splitlines()[-1].split()
            if not cpu and int(cuda_devices) == 0:
                row.status, row.reason = "skipped", f"CTranslate2 {version} sees no CUDA device (CPU-only build)"
                return
        out_dir = os.path.join(self.work, f"eval_{v.name}")
        checkpoint = os.path.join(self.work, v.after, "checkpoint_last.pt")
        cmd = [sys.executable, "-m", "mtl_nmt.cli.evaluate", "--data-bin", self.data_bin, "--checkpoint", checkpoint,
               "--beam", "4", "--max-tokens", str(self.max_tokens), "--out-dir", out_dir, "--engine", v.engine,
               *(["--cpu"] if cpu else []), *(["--ct2-threads", "1"] if v.engine == "ct2" and cpu else [])]
        rc, log = self.call(v, cmd)
        if rc != 0:
            raise Failed(one_line(log, rc))
        with open(os.path.join(out_dir, "scores.json"), encoding="utf-8") as f:
            pairs = json.load(f)["pairs"]
        n = sum(p["n_test"] for p in pairs)
        bleu = sum(p["bleu"] for p in pairs) / len(pairs)
        row.reason = (f"{n} sentences ({len(pairs)} pairs) on {'cpu' if cpu else 'cuda'}, beam 4, "
                      f"mean BLEU {bleu:.1f} (toy model)")

    # ---- the whole run
    def build_data(self):
        if self.data_bin:
            return
        s = self.size
        sizes = dict(zip(selftest_data.LANGS, s["sentences"]))
        self.data_bin, self.pairs = selftest_data.build(
            os.path.join(self.work, "data"), sizes, s["dev"], s["lexicon"], s["max_len"], s["vocab"],
            workers=min(8, os.cpu_count() or 1), timeout=self.args.timeout)

    def run(self, names):
        try:
            self.build_data()
        except (RuntimeError, subprocess.TimeoutExpired) as e:
            return [Row(n, "failed", f"data: {e}") for n in names]
        for name in names:
            row = self.run_variant(BY_NAME[name])
            self.rows[name] = row
            print(f"[{time.time() - self.start:5.0f} s] {name}: {row.status}"
                  + (f" ({row.reason})" if row.reason else ""), flush=True)
        base = self.rows.get("fairseq")
        for row in self.rows.values():
            if row.words_per_s and base is not None and base.words_per_s:
                row.ratio = row.words_per_s / base.words_per_s
        return [self.rows[n] for n in names]


def fmt(value, spec):
    return "-" if value is None else format(value, spec)


def table(rows, title):
    lines = [title, f"{'variant':<24} {'status':<8} {'words/s':>9} {'ratio':>6} {'GPU MiB':>8} {'s':>5}  "
             "reason / note"]
    for r in rows:
        lines.append(f"{r.variant:<24} {r.status:<8} {fmt(r.words_per_s, '9.0f'):>9} {fmt(r.ratio, '6.3f'):>6} "
                     f"{fmt(r.peak_gpu_mib, '8.0f'):>8} {fmt(r.seconds, '5.0f'):>5}  {r.reason}")
    return "\n".join(lines)


def main(argv=None):
    args = parse_args(argv)
    info = gpu_info()
    no_gpu = args.device == "auto" and not info["gpus"]
    if args.device == "cuda" and not info["gpus"]:
        sys.exit(f"gpu_selftest: error: --device cuda but no CUDA GPU is visible (torch {info['torch']}, "
                 f"CUDA build {info['cuda']}); use --device cpu")
    device = "cpu" if no_gpu or args.device == "cpu" else "cuda"
    names = args.names
    if no_gpu:
        why = info.get("error") or f"torch {info['torch']} (CUDA build: {info['cuda'] or 'none'}) sees none"
        print(f"no CUDA GPU visible: {why}; "
              f"running the CPU-side checks only ({', '.join(CPU_CHECKS)}; --device cpu runs every variant)",
              flush=True)
        names = [n for n in names if n in CPU_CHECKS]
    args.size = args.size or ("base" if device == "cuda" else "tiny")
    test = SelfTest(args, device, info)
    rows = test.run(names)
    where = ", ".join(info["gpus"]) if device == "cuda" else "CPU"
    title = (f"mtl-nmt GPU self-test on {where} | torch {info['torch']} CUDA {info['cuda']} | size {args.size}, "
             f"{test.updates} updates, max-tokens {test.max_tokens}")
    print("\n" + table(rows, title), flush=True)
    if args.json:
        os.makedirs(os.path.dirname(os.path.abspath(args.json)), exist_ok=True)
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"device": device, "no_gpu": no_gpu, "title": title, **info, "size": args.size,
                       "updates": test.updates, "max_tokens": test.max_tokens, "work_dir": test.work,
                       "rows": [r.__dict__ for r in rows]}, f, indent=1)
    if not args.work_dir:
        shutil.rmtree(test.work, ignore_errors=True)
    sys.exit(1 if any(r.status in ("failed", "timeout") for r in rows) else 0)


if __name__ == "__main__":
    main()
