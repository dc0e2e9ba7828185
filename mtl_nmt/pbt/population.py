"""Population-based training of scalarization weights (Royer, Blankevoort & Ehteshami Bejnordi,
NeurIPS 2023, arXiv 2310.08910) on Ray Tune's ``PopulationBasedTraining`` (Jaderberg et al. 2017).

Each member is a Ray Tune function trainable. Per interval it writes its weights to a JSON file
and runs ``fairseq-train ... --criterion mtl_label_smoothed_cross_entropy --pair-weights W.json
--max-update k·N`` as a subprocess, starting from the fairseq checkpoint of its Tune checkpoint;
fairseq validates and saves at ``--max-update``, so every interval ends with per-pair dev scores
and a checkpoint. The member reports the mean per-pair dev loss or BLEU together with a Tune
checkpoint (fairseq ``checkpoint_last.pt``, the weights, the interval's log). Exploit is Tune's
own: a weak member is restarted from a strong member's Tune checkpoint with that member's config;
explore is :class:`mtl_nmt.pbt.simplex.SimplexExplore`. Ray is imported lazily."""
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
from typing import Dict, List, Optional, Sequence

from ..benchmarks.download import file_sha256
from ..errors import MtlNmtError
from ..reporting.logs import dedupe, parse_log
from .simplex import SimplexExplore

EXPERIMENT = "pbt"
MEMBER_PREFIX = "member_"
FAIRSEQ_CHECKPOINT = "checkpoint_last.pt"
WEIGHTS_FILE = "pair_weights.json"
STATE_FILE = "pbt_state.json"
LOG_FILE = "train.log"
HISTORY_FILE = "history.jsonl"
CRITERION = "mtl_label_smoothed_cross_entropy"
METRICS = {"loss": "min", "bleu": "max"}

# Runs a command that gets SIGTERM when the thread that started it dies (Linux PR_SET_PDEATHSIG):
# a member's fairseq-train must not outlive the Ray worker that runs the member.
_CHILD = ("import ctypes, os, signal, sys\n"
          "ctypes.CDLL(None).prctl(1, signal.SIGTERM)\n"
          "if os.getppid() != int(sys.argv[1]):\n"
          "    sys.exit('mtl-nmt-pbt: the Ray worker exited before fairseq-train started')\n"
          "os.execv(sys.argv[2], sys.argv[2:])\n")


def require_ray():
    """``(ray, ray.tune)``, or one clear error when the optional extra is not installed."""
    try:
        import ray
        from ray import tune
    except ImportError as e:
        raise MtlNmtError(f"mtl-nmt-pbt needs Ray Tune ({e}): install it with "
                          "pip install 'mtl-nmt[pbt]' (or pip install 'ray[tune]>=2.41')") from None
    return ray, tune


def member_name(trial) -> str:
    """``member_<i>`` from Tune's trial id ``<prefix>_<i:05d>`` (i = the member's initial weights)."""
    return MEMBER_PREFIX + trial.trial_id.rsplit("_", 1)[-1]


def has_option(argv: Sequence[str], option: str) -> bool:
    return any(a == option or a.startswith(option + "=") for a in argv)


def fairseq_argv(settings: dict, weights_file: str, save_dir: str, max_update: int) -> List[str]:
    """The user's fairseq-train options, then the ones PBT controls (later options win)."""
    argv = list(settings["fairseq_args"])
    if settings["metric"] == "bleu" and not has_option(argv, "--eval-bleu"):
        argv.append("--eval-bleu")
    return argv + ["--criterion", CRITERION, "--pair-weights", weights_file, "--save-dir", save_dir,
                   "--max-update", str(max_update)]


def fairseq_train_executable() -> str:
    exe = shutil.which("fairseq-train", path=os.path.dirname(sys.executable)) or shutil.which("fairseq-train")
    if exe is None:
        raise MtlNmtError("fairseq-train is not installed next to this Python nor on PATH")
    return exe


def interval_scores(log_path: str, pairs: Sequence[str], num_updates: int, metric: str) -> Dict[str, Dict[str, float]]:
    """``{family: {pair: value}}`` (families loss, and bleu when logged) of the validation at
    ``num_updates`` in a fairseq-train log (json or simple format)."""
    records = dedupe(parse_log(log_path)["valid"])
    at = [r for r in records if r["num_updates"] == num_updates]
    if not at:
        reached = int(records[-1]["num_updates"]) if records else 0
        raise MtlNmtError(f"no validation at update {num_updates} in {log_path} (last at update {reached}): "
                          "a --max-epoch, --stop-time-hours or --patience limit stopped fairseq-train early?")
    record = at[-1]
    scores = {}
    for family in ("loss", "bleu"):
        values = {p: record[f"{family}_{p}"] for p in pairs if f"{family}_{p}" in record}
        if values:
            scores[family] = values
    missing = [p for p in pairs if p not in scores.get(metric, {})]
    if missing:
        raise MtlNmtError(f"the validation at update {num_updates} has no dev {metric} for {', '.join(missing)} "
                          f"(see {log_path})")
    return scores


def run_interval(settings: dict, weights: Dict[str, float], interval: int, work: str, log_path: str) -> None:
    """Train one interval: up to update interval·N, from ``work/checkpoint_last.pt`` if present."""
    weights_file = os.path.join(work, WEIGHTS_FILE)
    with open(weights_file, "w", encoding="utf-8") as f:
        json.dump(weights, f, indent=1)
    cmd = [fairseq_train_executable()] + fairseq_argv(settings, weights_file, work, interval * settings["interval"])
    if sys.platform.startswith("linux"):
        cmd = [sys.executable, "-c", _CHILD, str(os.getpid())] + cmd
    threads = str(max(1, int(settings["cpus_per_member"])))
    env = dict(os.environ, OMP_NUM_THREADS=threads, MKL_NUM_THREADS=threads)
    if not os.path.isdir(settings["cwd"]):
        raise MtlNmtError(f"the experiment's working folder {settings['cwd']} does not exist on this node "
                          "(a Ray cluster needs the same paths on every node)")
    with open(log_path, "w", encoding="utf-8") as log:
        proc = subprocess.Popen(cmd, cwd=settings["cwd"], env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            code = proc.wait()
        finally:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                proc.wait()
    if code != 0:
        with open(log_path, encoding="utf-8", errors="replace") as f:
            tail = [line.strip() for line in f if line.strip()][-3:]
        raise MtlNmtError(f"fairseq-train failed in interval {interval} (exit {code}): {' / '.join(tail)}")


def train_member(config: dict, settings: dict) -> None:
    """Ray Tune function trainable: one PBT member, from its Tune checkpoint (own after a pause or
    a resume, a stronger member's after an exploit) to the last interval."""
    from ray import tune

    name = tune.get_context().get_trial_name()
    pairs = settings["pairs"]
    weights = {p: float(config["weights"][p]) for p in pairs}
    scratch = tempfile.mkdtemp(prefix="pbt_", dir=os.getcwd())
    work = os.path.join(scratch, "fairseq")
    os.makedirs(work)
    try:
        done, started = 0, None
        checkpoint = tune.get_checkpoint()
        if checkpoint is not None:
            with checkpoint.as_directory() as folder:
                with open(os.path.join(folder, STATE_FILE), encoding="utf-8") as f:
                    state = json.load(f)
                shutil.copyfile(os.path.join(folder, FAIRSEQ_CHECKPOINT), os.path.join(work, FAIRSEQ_CHECKPOINT))
            done = int(state["interval"])
            started = {"member": state["member"], "interval": done,
                       "sha256": file_sha256(os.path.join(work, FAIRSEQ_CHECKPOINT))}
        for k in range(done + 1, settings["intervals"] + 1):
            log_path = os.path.join(scratch, f"train_{k}.log")
            run_interval(settings, weights, k, work, log_path)
            num_updates = k * settings["interval"]
            scores = interval_scores(log_path, pairs, num_updates, settings["metric"])
            score = sum(scores[settings["metric"]].values()) / len(pairs)
            stage = os.path.join(scratch, f"report_{k}")
            os.makedirs(stage)
            produced = os.path.join(stage, FAIRSEQ_CHECKPOINT)
            try:
                os.link(os.path.join(work, FAIRSEQ_CHECKPOINT), produced)
            except OSError:
                shutil.copyfile(os.path.join(work, FAIRSEQ_CHECKPOINT), produced)
            shutil.copyfile(log_path, os.path.join(stage, LOG_FILE))
            state = {"member": name, "interval": k, "num_updates": num_updates, "weights": weights,
                     "metric": settings["metric"], "score": score, "scores": scores, "started_from": started,
                     "sha256": file_sha256(produced)}
            for file_name, content in ((STATE_FILE, state), (WEIGHTS_FILE, weights)):
                with open(os.path.join(stage, file_name), "w", encoding="utf-8") as f:
                    json.dump(content, f, indent=1)
            metrics = {"interval": k, "num_updates": num_updates, "score": score,
                       "started_from": started["member"] if started else "",
                       **{f"weight_{p}": w for p, w in weights.items()},
                       **{f"{family}_{p}": v for family, values in scores.items() for p, v in values.items()}}
            tune.report(metrics, checkpoint=tune.Checkpoint.from_directory(stage))
            shutil.rmtree(stage, ignore_errors=True)
            started = {"member": name, "interval": k, "sha256": state["sha256"]}
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def progress_line(member: str, result: dict, settings: dict) -> str:
    weights = " ".join(f"{p}={result[f'weight_{p}']:.3f}" for p in settings["pairs"])
    source = result.get("started_from") or "scratch"
    via = f" (from {source})" if source != member else ""
    return (f"{member} interval {result['interval']}/{settings['intervals']} (update {result['num_updates']})"
            f"{via}: mean dev {settings['metric']} {result['score']:.4f} | weights {weights}")


def history_record(member: str, result: dict, pairs: Sequence[str]) -> dict:
    """The part of a member's interval result kept in ``history.jsonl``."""
    keys = ["interval", "num_updates", "score", "started_from"]
    keys += [f"{family}_{p}" for family in ("weight", "loss", "bleu") for p in pairs]
    return {"member": member, **{k: result[k] for k in keys if k in result}}


def _progress_callback(tune, path: str, settings: dict):
    """A Tune callback that prints one line per member and interval and appends the result to
    ``path`` (JSON lines), as soon as the driver has processed it (PBT decisions included)."""

    class PbtProgress(tune.Callback):
        def on_trial_result(self, iteration, trials, trial, result, **info):
            if "interval" not in result:
                return
            member = member_name(trial)
            print(f"mtl-nmt-pbt: {progress_line(member, result, settings)}", flush=True)
            with open(path, "a", encoding="utf-8") as f:
                f.write(json.dumps(history_record(member, result, settings["pairs"])) + "\n")

    return PbtProgress()


def _scheduler(settings: dict, pairs: Sequence[str]):
    """Ray Tune's synchronous PopulationBasedTraining (all members compared at the same update
    count) with explore = :class:`SimplexExplore`, and with its per-member state rebuilt from
    each member's last result when Tuner.restore adds the trials back: Ray's starts blank after a
    restore, which leaves the sync barrier behind the members and stalls the run."""
    from ray.tune.schedulers import PopulationBasedTraining

    class RestorablePBT(PopulationBasedTraining):
        def on_trial_add(self, tune_controller, trial):
            super().on_trial_add(tune_controller, trial)
            last = trial.last_result or {}
            if self._time_attr in last and self._metric in last:
                state = self._trial_state[trial]
                state.last_train_time = state.last_perturbation_time = last[self._time_attr]
                state.last_score = self._metric_op * last[self._metric]
                state.last_result = last
            self._next_perturbation_sync = self._perturbation_interval + min(
                s.last_train_time for s in self._trial_state.values())

    explore = SimplexExplore(pairs, settings["perturbation_factors"], settings["resample_probability"],
                             settings["dirichlet_alpha"], settings["weight_floor"] / len(pairs), settings["seed"])
    return RestorablePBT(time_attr="interval", metric="score", mode=METRICS[settings["metric"]],
                         perturbation_interval=1, quantile_fraction=settings["quantile"],
                         custom_explore_fn=explore, synch=True)


def init_ray(ray, settings: dict, address: Optional[str], num_cpus: Optional[int]) -> None:
    """Connect to a cluster (``--address``) or start a local Ray; check one member fits."""
    if address:
        if num_cpus is not None:
            raise MtlNmtError("--num-cpus sizes a local Ray instance; a cluster's CPUs are set by `ray start`")
        ray.init(address=address)
    else:
        ray.init(num_cpus=num_cpus, include_dashboard=False)
    available = ray.cluster_resources()
    for key, need in (("CPU", settings["cpus_per_member"]), ("GPU", settings["gpus_per_member"])):
        if need > available.get(key, 0):
            raise MtlNmtError(f"a member needs {need:g} {key}(s) but the Ray cluster has "
                              f"{available.get(key, 0):g}")


def run_experiment(settings: dict, out_dir: str, resume: bool, verbose: int = 1):
    """Fit (or resume) the population in ``out_dir/pbt``; returns Tune's ResultGrid. Needs Ray
    initialised (:func:`init_ray`)."""
    _, tune = require_ray()
    random.seed(settings["seed"])
    pairs = settings["pairs"]
    trainable = tune.with_resources(tune.with_parameters(train_member, settings=settings),
                                    {"cpu": settings["cpus_per_member"], "gpu": settings["gpus_per_member"]})
    param_space = {"weights": tune.grid_search([dict(zip(pairs, w)) for w in settings["initial_weights"]])}
    experiment = os.path.join(out_dir, EXPERIMENT)
    if resume:
        if not tune.Tuner.can_restore(experiment):
            raise MtlNmtError(f"{experiment} holds no Ray Tune experiment to resume (it never started: run "
                              "again without --resume)")
        tuner = tune.Tuner.restore(experiment, trainable=trainable, resume_unfinished=True, resume_errored=True,
                                   param_space=param_space)
    else:
        scheduler = _scheduler(settings, pairs)
        keep = settings["keep_checkpoints"] or None
        tuner = tune.Tuner(
            trainable, param_space=param_space,
            tune_config=tune.TuneConfig(scheduler=scheduler, num_samples=1, reuse_actors=True,
                                        trial_name_creator=member_name, trial_dirname_creator=member_name),
            run_config=tune.RunConfig(
                name=EXPERIMENT, storage_path=out_dir, stop={"interval": settings["intervals"]},
                checkpoint_config=tune.CheckpointConfig(num_to_keep=keep),
                failure_config=tune.FailureConfig(max_failures=0), verbose=verbose,
                callbacks=[_progress_callback(tune, os.path.join(out_dir, HISTORY_FILE), settings)]))
    return tuner.fit()


def read_history(path: str) -> Dict[str, List[dict]]:
    """``{member: [rows by interval]}`` from ``history.jsonl``; an interval reported twice (re-run
    after an interruption) keeps its last row."""
    by_member: Dict[str, Dict[int, dict]] = {}
    if os.path.isfile(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    row = json.loads(line)
                    by_member.setdefault(row.pop("member"), {})[int(row["interval"])] = row
    return {m: [rows[k] for k in sorted(rows)] for m, rows in by_member.items()}


def collect_members(result_grid, out_dir: str) -> List[dict]:
    """One record per member: ``member``, ``rows`` (its finished intervals, from history.jsonl),
    ``checkpoint`` (folder of its latest Tune checkpoint, or None) and ``error`` (one line, or None)."""
    history = read_history(os.path.join(out_dir, HISTORY_FILE))
    members = []
    for result in result_grid:
        name = os.path.basename(result.path.rstrip("/"))
        error = None
        if result.error is not None:
            lines = [line.strip() for line in str(result.error).splitlines() if line.strip()]
            named = [line for line in lines if "MtlNmtError" in line]
            error = (named or lines or [type(result.error).__name__])[-1]
        members.append({"member": name, "rows": history.get(name, []), "error": error,
                        "checkpoint": result.checkpoint.path if result.checkpoint is not None else None})
    return sorted(members, key=lambda m: m["member"])
