"""Shared fixtures: a tiny fabricated multilingual corpus and its prepared data-bin."""
import os
import random
import subprocess
import sys

import pytest

if os.environ.get("PYTEST_XDIST_WORKER"):
    # pytest.ini runs one worker per core: one thread each, or two workers' torch threads oversubscribe the
    # cores (about 10x slower, like two 2-thread trainings side by side)
    import torch

    torch.set_num_threads(1)
    os.environ["OMP_NUM_THREADS"] = "1"

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORDS = ("house tree river stone cloud light water fire green small open close table window "
         "paper music garden bridge market winter summer yellow quick north").split()


def toy_translate(sentence: str, lang: str) -> str:
    """A deterministic toy 'language': xx suffixes every word, yy also reverses the order."""
    words = sentence.split()
    if lang == "yy":
        words = words[::-1]
    return " ".join(w + lang for w in words)


def make_toy_corpus(raw_dir, sizes=None, dev=24, seed=0):
    """Write {train,valid,test}.en-XX.{en,XX} for toy languages; returns the sizes used."""
    sizes = sizes or {"xx": 400, "yy": 80}
    rng = random.Random(seed)
    os.makedirs(raw_dir, exist_ok=True)
    for lang, n_train in sizes.items():
        for split, n in (("train", n_train), ("valid", dev), ("test", dev)):
            en = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 8))) for _ in range(n)]
            for side, lines in (("en", en), (lang, [toy_translate(s, lang) for s in en])):
                with open(os.path.join(raw_dir, f"{split}.en-{lang}.{side}"), "w", encoding="utf-8") as f:
                    f.write("\n".join(lines) + "\n")
    return sizes


def cli_error(main, prog, argv):
    """The message of a command-line tool's ``main(argv)`` that must fail: exactly one line, starting
    ``PROG: error: `` (stdout discarded)."""
    import contextlib
    import io

    with pytest.raises(SystemExit) as e, contextlib.redirect_stdout(io.StringIO()):
        main(list(argv))
    message = str(e.value.code)
    assert message.startswith(f"{prog}: error: ") and "\n" not in message
    return message


def run_cli(args, cwd=ROOT, check=True, env=None):
    """Run a command-line tool of the venv (fairseq-train, mtl-nmt-eval, ...) and capture output."""
    bindir = os.path.dirname(sys.executable)
    cmd = [os.path.join(bindir, args[0])] + list(args[1:])
    full_env = dict(os.environ, PYTHONWARNINGS="ignore", OMP_NUM_THREADS="1")
    full_env.update(env or {})
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, env=full_env)
    if check and proc.returncode != 0:
        raise AssertionError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stdout[-4000:]}\n{proc.stderr[-8000:]}")
    return proc


@pytest.fixture(scope="session")
def toy_raw(tmp_path_factory):
    raw = tmp_path_factory.mktemp("toy_raw")
    make_toy_corpus(str(raw))
    return str(raw)


@pytest.fixture(scope="session")
def toy_bin(toy_raw, tmp_path_factory):
    out = str(tmp_path_factory.mktemp("toy_bin"))
    run_cli(["mtl-nmt-prepare", "--raw-dir", toy_raw, "--out-dir", out, "--vocab-size", "120",
             "--spm-sample-lines", "2000", "--workers", "1"])
    return out


TOY_MODEL = ["--arch", "transformer", "--share-all-embeddings", "--encoder-layers", "1", "--decoder-layers", "1",
             "--encoder-embed-dim", "32", "--decoder-embed-dim", "32", "--encoder-ffn-embed-dim", "64",
             "--decoder-ffn-embed-dim", "64", "--encoder-attention-heads", "2", "--decoder-attention-heads", "2"]


def toy_train_args(data_bin, save_dir, max_update, *extra, pairs="en-xx,en-yy"):
    """fairseq-train arguments for a tiny model on the toy corpus through the plugin."""
    return ["fairseq-train", data_bin, "--user-dir", os.path.join(ROOT, "mtl_nmt"),
            "--task", "multilingual_scheduled", "--lang-pairs", pairs, "--encoder-langtok", "src",
            "--decoder-langtok", *TOY_MODEL, "--optimizer", "adam", "--lr", "0.005",
            "--lr-scheduler", "inverse_sqrt", "--warmup-updates", "20",
            "--criterion", "label_smoothed_cross_entropy", "--label-smoothing", "0.1",
            "--max-tokens", "1000", "--max-update", str(max_update), "--save-dir", save_dir,
            "--num-workers", "0", "--seed", "1", "--log-format", "json", "--log-interval", "10",
            "--no-epoch-checkpoints", "--cpu", *extra]


def straight_and_resumed(data_bin, tmp_path, total, stop, opts):
    """Train ``total`` updates straight, and ``stop`` then resumed to ``total`` in another folder;
    returns the two runs' logs (stdout + stderr)."""
    straight, split = str(tmp_path / "straight"), str(tmp_path / "split")
    full = run_cli(toy_train_args(data_bin, straight, total, *opts))
    run_cli(toy_train_args(data_bin, split, stop, *opts))
    resumed = run_cli(toy_train_args(data_bin, split, total, *opts))
    return full.stdout + full.stderr, resumed.stdout + resumed.stderr


def by_update(log, kind, key="num_updates"):
    """``--log-format json`` records of one kind, keyed by their update number."""
    return {r[key]: r for r in json_logs(log, kind)}


def build_trainer(data_bin, save_dir, *extra):
    """An in-process fairseq Trainer for the toy setup (``extra`` options win over the defaults) and
    its training epoch iterator."""
    import torch
    from fairseq import options, tasks
    from fairseq.dataclass.utils import convert_namespace_to_omegaconf
    from fairseq.trainer import Trainer

    argv = toy_train_args(data_bin, save_dir, 10, *extra)[1:]
    args = options.parse_args_and_arch(options.get_training_parser(), input_args=argv)
    cfg = convert_namespace_to_omegaconf(args)
    task = tasks.setup_task(cfg.task)
    torch.manual_seed(1)
    model = task.build_model(cfg.model)
    trainer = Trainer(cfg, task, model, task.build_criterion(cfg.criterion))
    return trainer, trainer.get_train_iterator(epoch=1, load_dataset=True)


def json_logs(text, kind):
    """Parsed ``--log-format json`` records of one kind (``train_inner``, ``valid``, ``train``)."""
    import json

    out = []
    for line in text.splitlines():
        marker = f"| {kind} | "
        if marker in line and "{" in line:
            record = json.loads(line.split(marker, 1)[1])
            out.append({k: _number(v) for k, v in record.items()})
    return out


def _number(value):
    try:
        return float(value)
    except (TypeError, ValueError):
        return value
