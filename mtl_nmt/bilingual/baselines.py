"""Bilingual baselines of the adaptive schedule (Jean et al. 2019, §3.2): the single-pair runs of a
multilingual run (its own options, one pair each), their dev scores from ``checkpoint_best.pt``, and
``baselines.json`` (``mtl-nmt-baselines``); an interrupted run resumes pair by pair."""
import json
import os
import subprocess
import sys
import time
from typing import Dict, List, Optional, Sequence, Tuple

from ..argv import drop_options, option_value, train_options
from ..errors import MtlNmtError
from ..paths import user_dir
from ..sampling.baselines import BASELINES_FILE, CHECKPOINT_NAME, checkpoint_metrics, folder_checkpoints

UNITS = {
    "loss": "validation loss_<pair>: the criterion's loss per sample_size (per target token, per sentence "
            "with --sentence-avg), label smoothing included, in bits",
    "bleu": "validation bleu_<pair>: corpus sacreBLEU of --eval-bleu (--eval-bleu-args, --eval-bleu-remove-bpe)",
    "checkpoint": f"{CHECKPOINT_NAME}: the scores of the validation that made it best",
}
# replaced for every single-pair run (each takes a value)
_REPLACED = ("--lang-pairs", "--sampling-method", "--save-dir", "--adaptive-baselines", "--user-dir", "--task")
_REFUSED = ("--no-save", "--disable-validation")


def split_command(tokens: Sequence[str], data_bin: Optional[str]) -> Tuple[str, List[str]]:
    """(data folder, options) from what follows ``--``: an optional leading ``fairseq-train`` and
    data folder, then options."""
    tokens = train_options(tokens)
    data = None
    if tokens and not tokens[0].startswith("-"):
        data, tokens = tokens[0], tokens[1:]
    if data and data_bin and os.path.abspath(data) != os.path.abspath(data_bin):
        raise MtlNmtError(f"the command trains on {data} but --data-bin is {data_bin}: give one of them")
    data = data or data_bin
    if not data:
        raise MtlNmtError("no data-bin: give --data-bin DATA or put DATA first after --")
    if not os.path.isdir(data):
        raise MtlNmtError(f"data-bin {data!r} does not exist")
    for name in _REFUSED:
        if name in tokens:
            raise MtlNmtError(f"{name} is among the options: baselines are read from the checkpoint of a "
                              "validation, drop it")
    return data, tokens


def run_pairs(options: Sequence[str], pairs: Optional[str]) -> List[str]:
    """The pairs to train: ``--pairs``, else the options' ``--lang-pairs``."""
    value = pairs or option_value(options, "--lang-pairs")
    if not value:
        raise MtlNmtError("no pairs: give --pairs or keep --lang-pairs among the training options")
    out = [p.strip() for p in value.split(",") if p.strip()]
    bad = [p for p in out if p.count("-") != 1 or "" in p.split("-")]
    if bad:
        raise MtlNmtError(f"malformed language pair(s) {', '.join(bad)} (expected src-tgt)")
    return out


def pair_command(data: str, options: Sequence[str], pair: str, save_dir: str) -> List[str]:
    """fairseq-train arguments (without the program) of the single-pair run of ``pair``."""
    multilingual = run_pairs(options, None) if option_value(options, "--lang-pairs") else [pair]
    rest = drop_options(options, _REPLACED)
    extra = []
    if option_value(options, "--langs") is None and option_value(options, "--lang-dict") is None:
        extra += ["--langs", ",".join(sorted({lang for p in multilingual + [pair] for lang in p.split("-")}))]
    if option_value(options, "--tensorboard-logdir") is not None:
        rest = drop_options(rest, ["--tensorboard-logdir"])
        extra += ["--tensorboard-logdir", os.path.join(save_dir, "tensorboard")]
    metric = option_value(options, "--best-checkpoint-metric")
    if metric:
        for other in multilingual:
            if metric.endswith("_" + other):
                rest = drop_options(rest, ["--best-checkpoint-metric"])
                extra += ["--best-checkpoint-metric", metric[: -len(other)] + pair]
                break
    return [data, "--user-dir", user_dir(), "--task", "multilingual_scheduled", *rest, *extra,
            "--lang-pairs", pair, "--sampling-method", "uniform", "--save-dir", save_dir]


def _read_summary(path: str) -> dict:
    if not os.path.isfile(path):
        return {}
    try:
        with open(path, encoding="utf-8") as f:
            summary = json.load(f)
    except json.JSONDecodeError as e:
        raise MtlNmtError(f"{path} is not valid JSON ({e}): delete it to start over") from None
    return summary if isinstance(summary, dict) else {}


def _write_summary(path: str, summary: dict) -> None:
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(summary, f, indent=2, sort_keys=False)
        f.write("\n")
    os.replace(tmp, path)


def pair_scores(path: str, pair: str, need_bleu: bool) -> Dict[str, float]:
    """{"loss": v, ["bleu": v]} of ``pair`` from the last validation saved in checkpoint ``path``."""
    metrics = checkpoint_metrics(path)
    out = {}
    for metric in ("loss", "bleu"):
        values = metrics.get(metric) or {}
        if pair in values:
            out[metric] = float(values[pair])
        elif metric == "loss" or need_bleu:
            raise MtlNmtError(f"{path} holds no validation {metric} for {pair} (train it with multilingual_scheduled, "
                              "a scheduled --sampling-method" + (" and --eval-bleu" if metric == "bleu" else "") + ")")
    return out


def _say(message: str) -> None:
    print(message, flush=True)


def _duration(seconds: float) -> str:
    seconds = int(round(seconds))
    if seconds >= 3600:
        return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"
    return f"{seconds // 60}m{seconds % 60:02d}s"


def _failure_line(log_path: str) -> str:
    with open(log_path, encoding="utf-8", errors="replace") as f:
        lines = [line.strip() for line in f if line.strip()]
    errors = [line for line in lines if "error" in line.lower()]
    return (errors or lines or ["(no output)"])[-1]


def _record(summary: dict, pair: str, scores: Dict[str, float], command, checkpoint: str) -> None:
    for metric, value in scores.items():
        summary.setdefault(metric, {})[pair] = value
    summary.setdefault("runs", {})[pair] = {"command": command, "checkpoint": os.path.abspath(checkpoint)}


def _new_summary(old: dict) -> dict:
    return {"metric units": UNITS, "loss": old.get("loss", {}), **({"bleu": old["bleu"]} if "bleu" in old else {}),
            "runs": old.get("runs", {})}


def train_baselines(args, log=_say) -> dict:
    """Train the single-pair run of every pair not done yet in ``args.out`` and write its scores to
    ``baselines.json`` after each; the summary."""
    data, options = split_command(args.options, args.data_bin)
    data = os.path.abspath(data)
    pairs = run_pairs(options, args.pairs)
    need_bleu = "--eval-bleu" in options
    os.makedirs(args.out, exist_ok=True)
    summary_path = os.path.join(args.out, BASELINES_FILE)
    summary = _new_summary(_read_summary(summary_path))
    started, trained = time.time(), 0
    for i, pair in enumerate(pairs, 1):
        save_dir = os.path.abspath(os.path.join(args.out, pair))
        checkpoint = os.path.join(save_dir, CHECKPOINT_NAME)
        command = ["fairseq-train", *pair_command(data, options, pair, save_dir)]
        done = summary["runs"].get(pair)
        if done and pair in summary["loss"] and os.path.isfile(checkpoint):
            if done.get("command") != command:
                raise MtlNmtError(f"{save_dir} was trained with other options: use another --out, or delete "
                                  f"{save_dir} to retrain {pair}")
            if need_bleu and pair not in summary.get("bleu", {}):
                raise MtlNmtError(f"{pair} in {args.out} has no BLEU: delete {save_dir} to retrain it with --eval-bleu")
            log(f"[{i}/{len(pairs)}] {pair}: done, skipped (loss {summary['loss'][pair]:.3f})")
            continue
        eta = ""
        if trained:
            left = sum(1 for p in pairs[i - 1:] if p not in summary["runs"])
            eta = f", ETA {_duration((time.time() - started) / trained * left)}"
        log(f"[{i}/{len(pairs)}] {pair}: training (elapsed {_duration(time.time() - started)}{eta}), "
            f"log {save_dir}/train.log")
        os.makedirs(save_dir, exist_ok=True)
        log_path = os.path.join(save_dir, "train.log")
        with open(log_path, "a", encoding="utf-8") as f:
            proc = subprocess.run([sys.executable, "-m", "fairseq_cli.train", *command[1:]], stdout=f,
                                  stderr=subprocess.STDOUT)
        if proc.returncode != 0:
            raise MtlNmtError(f"training the {pair} baseline failed (exit {proc.returncode}): "
                              f"{_failure_line(log_path)} (full log: {log_path})")
        if not os.path.isfile(checkpoint):
            raise MtlNmtError(f"training the {pair} baseline wrote no {checkpoint} (see {log_path})")
        scores = pair_scores(checkpoint, pair, need_bleu)
        _record(summary, pair, scores, command, checkpoint)
        _write_summary(summary_path, summary)
        trained += 1
        log(f"[{i}/{len(pairs)}] {pair}: " + ", ".join(f"{k} {v:.3f}" for k, v in scores.items()))
    _write_summary(summary_path, summary)
    return summary


def checkpoint_paths(spec: str, pairs: Optional[Sequence[str]]) -> Dict[str, str]:
    """{pair: checkpoint} from ``pair=path,...`` or a folder of single-pair checkpoints."""
    if os.path.isdir(spec):
        if not pairs:
            pairs = sorted(name for name in os.listdir(spec)
                           if os.path.isfile(os.path.join(spec, name, CHECKPOINT_NAME)))
            if not pairs:
                raise MtlNmtError(f"no <pair>/{CHECKPOINT_NAME} in {spec}: give --pairs")
        return folder_checkpoints(spec, pairs)
    out = {}
    for item in spec.split(","):
        if "=" not in item:
            raise MtlNmtError(f"--checkpoints item {item!r} is not pair=path (or give a folder)")
        pair, path = item.split("=", 1)
        if not os.path.isfile(path):
            raise MtlNmtError(f"checkpoint {path!r} of {pair} does not exist")
        out[pair.strip()] = path
    missing = [p for p in pairs or [] if p not in out]
    if missing:
        raise MtlNmtError(f"--checkpoints has no checkpoint for pair(s) {', '.join(missing)}")
    return {p: out[p] for p in (pairs or out)}


def score_checkpoints(args, log=_say) -> dict:
    """``baselines.json`` from the scores of existing single-pair checkpoints (``args.checkpoints``)."""
    pairs = run_pairs([], args.pairs) if args.pairs else None
    paths = checkpoint_paths(args.checkpoints, pairs)
    os.makedirs(args.out, exist_ok=True)
    summary = _new_summary({})
    for i, (pair, path) in enumerate(paths.items(), 1):
        scores = pair_scores(path, pair, need_bleu=False)
        _record(summary, pair, scores, None, path)
        log(f"[{i}/{len(paths)}] {pair}: " + ", ".join(f"{k} {v:.3f}" for k, v in scores.items()) + f" ({path})")
    if any(pair not in summary.get("bleu", {}) for pair in paths):
        summary.pop("bleu", None)
    _write_summary(os.path.join(args.out, BASELINES_FILE), summary)
    return summary
