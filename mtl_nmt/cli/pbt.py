"""``mtl-nmt-pbt``: population-based training of the scalarization weights of
``--criterion mtl_label_smoothed_cross_entropy`` (Royer, Blankevoort & Ehteshami Bejnordi,
NeurIPS 2023) on Ray Tune's PopulationBasedTraining (Jaderberg et al. 2017).

A population of fairseq-train runs, each with its own task weights, trains in intervals of
--pbt-interval updates; after each interval the weakest members (--quantile) copy the fairseq
checkpoint and weights of a strong one (exploit) and perturb or resample those weights on the
simplex (explore). Selection metric: the mean per-pair dev loss or BLEU (--pbt-metric).

    mtl-nmt-pbt --out-dir work/pbt --population 4 --pbt-interval 300 --total-updates 1200 \\
        -- fairseq-train DATA --user-dir mtl_nmt --task multilingual_scheduled ...

Writes OUT/members.csv, OUT/trajectories.csv, OUT/weights.png, OUT/metric.png and
OUT/best/{checkpoint.pt,task_weights.json}; the Ray Tune experiment lives in OUT/pbt. An
interrupted run (Ctrl-C, a crash) continues with ``mtl-nmt-pbt --out-dir OUT --resume``."""
import argparse
import contextlib
import io
import json
import logging
import os
import sys
from typing import List, Optional

from ..errors import MtlNmtError
from ..pbt import tune as pbt_tune
from ..pbt.report import write_report
from ..pbt.simplex import check_perturbation, initial_population
from .user_dir import user_dir

PROG = "mtl-nmt-pbt"
SETTINGS_FILE = "pbt_settings.json"
DEFAULTS = {"population": 4, "pbt_interval": None, "total_updates": None, "pbt_metric": "loss", "quantile": 0.25,
            "perturbation_factors": "1.2,0.8", "resample_probability": 0.25, "dirichlet_alpha": 1.0,
            "weight_floor": 0.1, "seed": 1, "cpus_per_member": 1.0, "gpus_per_member": 0.0, "keep_checkpoints": 3}
# fairseq-train options that mtl-nmt-pbt sets itself or that would break the interval protocol.
REFUSED = {"--save-dir": "each member's is set by mtl-nmt-pbt",
           "--max-update": "the budget is --total-updates",
           "--task-weights": "PBT sets each member's weights",
           "--restore-file": "members restore their own or an exploited checkpoint",
           "--finetune-from-model": "members restore their own or an exploited checkpoint",
           "--continue-once": "members restore their own or an exploited checkpoint",
           "--reset-optimizer": "intervals must continue the same training",
           "--reset-lr-scheduler": "intervals must continue the same training",
           "--reset-meters": "intervals must continue the same training",
           "--reset-dataloader": "intervals must continue the same training",
           "--no-save": "exploit copies checkpoints",
           "--no-last-checkpoints": "exploit copies checkpoint_last.pt",
           "--disable-validation": "the selection metric is the dev score"}
ALLOWED_CRITERIA = ("label_smoothed_cross_entropy", pbt_tune.CRITERION)


def get_parser() -> argparse.ArgumentParser:
    d = DEFAULTS
    p = argparse.ArgumentParser(prog=PROG, description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--out-dir", required=True, help="output folder (results, and the Ray Tune experiment in OUT/pbt)")
    p.add_argument("--population", type=int, help=f"number of members, >= 2 (default {d['population']})")
    p.add_argument("--pbt-interval", type=int, help="updates per interval: members are compared, exploited "
                   "and explored after each (required)")
    p.add_argument("--total-updates", type=int, help="updates per member, a multiple of --pbt-interval (required)")
    p.add_argument("--pbt-metric", help="selection metric: 'loss' (mean per-pair dev loss, lower is better) or "
                   "'bleu' (mean per-pair dev BLEU; adds --eval-bleu) (default loss)")
    p.add_argument("--quantile", type=float, help="fraction of the population that is exploited by / exploits the "
                   f"other end, in (0, 0.5] (default {d['quantile']})")
    p.add_argument("--perturbation-factors", help="comma-separated factors, one drawn per pair, that multiply "
                   f"the weights before renormalising (default {d['perturbation_factors']})")
    p.add_argument("--resample-probability", type=float, help="probability that explore resamples the weights "
                   f"from a Dirichlet instead (default {d['resample_probability']})")
    p.add_argument("--dirichlet-alpha", type=float, help="concentration of the Dirichlet for initial and resampled "
                   f"weights (default {d['dirichlet_alpha']}); member 0 starts uniform")
    p.add_argument("--weight-floor", type=float, help="no weight goes below this fraction of the uniform weight "
                   f"1/K, in [0, 1) (default {d['weight_floor']})")
    p.add_argument("--seed", type=int, help=f"seed of the initial weights and of explore (default {d['seed']})")
    p.add_argument("--cpus-per-member", type=float, help=f"Ray CPUs per member (default {d['cpus_per_member']:g}); "
                   "also fairseq-train's OMP_NUM_THREADS")
    p.add_argument("--gpus-per-member", type=float, help=f"Ray GPUs per member (default {d['gpus_per_member']:g})")
    p.add_argument("--keep-checkpoints", type=int, help="Tune checkpoints kept per member, 0 = all "
                   f"(default {d['keep_checkpoints']})")
    p.add_argument("--address", help="address of a running Ray cluster (`ray start --head`; 'auto' finds a local "
                   "one); default: start a Ray instance on this machine")
    p.add_argument("--num-cpus", type=int, help="CPUs of the local Ray instance (default: all)")
    p.add_argument("--resume", action="store_true", help="continue the experiment in --out-dir (options given "
                   "again must match the saved ones)")
    p.add_argument("--verbose", type=int, default=1, choices=(0, 1, 2, 3), help="Ray Tune verbosity (default 1)")
    p.add_argument("command", nargs=argparse.REMAINDER, help="-- fairseq-train DATA OPTIONS... (the member's training)")
    return p


def _command(args) -> List[str]:
    cmd = list(args.command)
    if cmd[:1] == ["--"]:
        cmd = cmd[1:]
    if cmd and os.path.basename(cmd[0]) == "fairseq-train":
        cmd = cmd[1:]
    return cmd


def _factors(text: str) -> List[float]:
    try:
        return [float(x) for x in text.split(",") if x.strip()]
    except ValueError:
        raise MtlNmtError(f"--perturbation-factors must be comma-separated numbers, got {text!r}") from None


def pbt_options(args) -> dict:
    """The PBT options with defaults filled in, validated."""
    o = {k: (getattr(args, k) if getattr(args, k) is not None else v) for k, v in DEFAULTS.items()}
    if o["population"] < 2:
        raise MtlNmtError(f"--population must be >= 2 (PBT copies from one member to another), got {o['population']}")
    if o["pbt_interval"] is None or o["total_updates"] is None:
        raise MtlNmtError("--pbt-interval and --total-updates are required")
    if o["pbt_interval"] < 1:
        raise MtlNmtError(f"--pbt-interval must be >= 1 update, got {o['pbt_interval']}")
    if o["total_updates"] < o["pbt_interval"] or o["total_updates"] % o["pbt_interval"]:
        raise MtlNmtError(f"--total-updates must be a positive multiple of --pbt-interval ({o['pbt_interval']}), "
                          f"got {o['total_updates']}")
    if o["pbt_metric"] not in pbt_tune.METRICS:
        raise MtlNmtError(f"unknown --pbt-metric {o['pbt_metric']!r}: choose loss or bleu")
    if not 0 < o["quantile"] <= 0.5:
        raise MtlNmtError(f"--quantile must be in (0, 0.5], got {o['quantile']}")
    o["perturbation_factors"] = _factors(o["perturbation_factors"])
    check_perturbation(o["perturbation_factors"], o["resample_probability"], o["dirichlet_alpha"])
    if not 0 <= o["weight_floor"] < 1:
        raise MtlNmtError(f"--weight-floor must be in [0, 1) (a fraction of 1/K), got {o['weight_floor']}")
    if not o["cpus_per_member"] > 0 or o["gpus_per_member"] < 0:
        raise MtlNmtError("--cpus-per-member must be > 0 and --gpus-per-member >= 0")
    if o["keep_checkpoints"] < 0:
        raise MtlNmtError(f"--keep-checkpoints must be >= 0 (0 = all), got {o['keep_checkpoints']}")
    return o


def _last_value(argv: List[str], option: str) -> Optional[str]:
    value = None
    for i, a in enumerate(argv):
        if a == option and i + 1 < len(argv):
            value = argv[i + 1]
        elif a.startswith(option + "="):
            value = a.split("=", 1)[1]
    return value


def check_fairseq_options(command: List[str]) -> dict:
    """Validate the fairseq-train options with fairseq's own parser; returns ``{"fairseq_args",
    "pairs", "data"}`` (``--user-dir`` added when missing)."""
    from fairseq import options

    if not command:
        raise MtlNmtError("give the members' training after --, e.g. -- fairseq-train DATA --task "
                          "multilingual_scheduled --lang-pairs en-de,en-fr ...")
    for option, why in REFUSED.items():
        if pbt_tune.has_option(command, option):
            raise MtlNmtError(f"fairseq-train option {option} is not allowed here: {why}")
    argv = list(command)
    if not pbt_tune.has_option(argv, "--user-dir"):
        argv += ["--user-dir", user_dir()]
    stderr = io.StringIO()
    try:
        with contextlib.redirect_stderr(stderr):
            parsed = options.parse_args_and_arch(options.get_training_parser(),
                                                 pbt_tune.fairseq_argv({"fairseq_args": argv, "metric": "loss"},
                                                                       "W.json", "SAVE", 1))
    except SystemExit:
        lines = [line for line in stderr.getvalue().splitlines() if line.strip()]
        message = lines[-1].split("error: ", 1)[-1] if lines else "invalid options"
        raise MtlNmtError(f"fairseq-train options after --: {message}") from None
    if parsed.task != "multilingual_scheduled":
        raise MtlNmtError(f"PBT trains with --criterion {pbt_tune.CRITERION}, which needs --task "
                          f"multilingual_scheduled (got --task {parsed.task})")
    criterion = _last_value(command, "--criterion")
    if criterion is not None and criterion not in ALLOWED_CRITERIA:
        raise MtlNmtError(f"PBT trains with --criterion {pbt_tune.CRITERION}; --criterion {criterion} would be "
                          "replaced (label_smoothed_cross_entropy options carry over)")
    data = parsed.data.split(":")[0]
    if not os.path.isdir(data):
        raise MtlNmtError(f"the data folder {data!r} (first fairseq-train argument) does not exist")
    pairs = parsed.lang_pairs.split(",") if isinstance(parsed.lang_pairs, str) else list(parsed.lang_pairs)
    return {"fairseq_args": argv, "pairs": pairs, "data": parsed.data}


def new_settings(args) -> dict:
    o = pbt_options(args)
    pbt_tune.require_ray()
    command = _command(args)
    fairseq = check_fairseq_options(command)
    pairs = fairseq["pairs"]
    initial = initial_population(len(pairs), o["population"], o["seed"], o["dirichlet_alpha"],
                                 o["weight_floor"] / len(pairs))
    return {"command": command, **fairseq, "cwd": os.getcwd(), "metric": o["pbt_metric"],
            "population": o["population"], "interval": o["pbt_interval"], "total_updates": o["total_updates"],
            "intervals": o["total_updates"] // o["pbt_interval"], "quantile": o["quantile"],
            "perturbation_factors": o["perturbation_factors"], "resample_probability": o["resample_probability"],
            "dirichlet_alpha": o["dirichlet_alpha"], "weight_floor": o["weight_floor"], "seed": o["seed"],
            "cpus_per_member": o["cpus_per_member"], "gpus_per_member": o["gpus_per_member"],
            "keep_checkpoints": o["keep_checkpoints"], "initial_weights": [w.tolist() for w in initial]}


def resumed_settings(args, out_dir: str) -> dict:
    """The saved settings; options given again must match them."""
    path = os.path.join(out_dir, SETTINGS_FILE)
    if not os.path.isfile(path):
        raise MtlNmtError(f"{out_dir} holds no mtl-nmt-pbt experiment to resume (no {SETTINGS_FILE})")
    with open(path, encoding="utf-8") as f:
        saved = json.load(f)
    keys = {"population": "population", "pbt_interval": "interval", "total_updates": "total_updates",
            "pbt_metric": "metric", "quantile": "quantile", "resample_probability": "resample_probability",
            "dirichlet_alpha": "dirichlet_alpha", "weight_floor": "weight_floor", "seed": "seed",
            "cpus_per_member": "cpus_per_member", "gpus_per_member": "gpus_per_member",
            "keep_checkpoints": "keep_checkpoints", "perturbation_factors": "perturbation_factors"}
    given = {k: getattr(args, k) for k in keys if getattr(args, k) is not None}
    if "perturbation_factors" in given:
        given["perturbation_factors"] = _factors(given["perturbation_factors"])
    differ = [f"--{k.replace('_', '-')} {v} (saved: {saved[keys[k]]})" for k, v in given.items() if v != saved[keys[k]]]
    command = _command(args)
    if command and command != saved["command"]:
        differ.append("the fairseq-train options")
    if differ:
        raise MtlNmtError(f"--resume continues the saved experiment; these differ from it: {'; '.join(differ)}")
    pbt_tune.require_ray()
    return saved


def run(args) -> int:
    """Run or resume the experiment, write the results; returns the exit status."""
    out_dir = os.path.abspath(args.out_dir)
    settings_path = os.path.join(out_dir, SETTINGS_FILE)
    if args.resume:
        settings = resumed_settings(args, out_dir)
    else:
        if os.path.exists(os.path.join(out_dir, pbt_tune.EXPERIMENT)):
            raise MtlNmtError(f"{out_dir} already holds a PBT experiment: continue it with --resume, or choose "
                              "another --out-dir")
        settings = new_settings(args)
        os.makedirs(out_dir, exist_ok=True)
        with open(settings_path, "w", encoding="utf-8") as f:
            json.dump(settings, f, indent=1)
    ray, _ = pbt_tune.require_ray()
    try:
        pbt_tune.init_ray(ray, settings, args.address, args.num_cpus)
        result_grid = pbt_tune.run_experiment(settings, out_dir, args.resume, args.verbose)
        members = pbt_tune.collect_members(result_grid, out_dir)
    finally:
        ray.shutdown()
    report = write_report(members, settings, out_dir)
    print(report["table"])
    print(f"{PROG}: wrote {', '.join(os.path.relpath(f, out_dir) for f in report['files'])} in {out_dir}")
    errors = [f"{m['member']}: {m['error']}" for m in members if m["error"]]
    if errors:
        print(f"{PROG}: error: member(s) failed: " + " | ".join(errors) +
              f" (fix the cause, then continue with {PROG} --out-dir {args.out_dir} --resume)", file=sys.stderr)
        return 1
    if report["best"] is None or any(not m["rows"] or m["rows"][-1]["interval"] < settings["intervals"]
                                     for m in members):
        print(f"{PROG}: interrupted before the last interval; continue with {PROG} --out-dir {args.out_dir} "
              "--resume", file=sys.stderr)
        return 130
    best = report["best"]
    print(f"{PROG}: best member {best['member']} (mean dev {settings['metric']} {best['score']:.4f}); "
          f"evaluate it with: {best['eval']}")
    return 0


def main(argv: Optional[List[str]] = None):
    args = get_parser().parse_args(argv)
    logging.getLogger("matplotlib").setLevel(logging.WARNING)
    pbt_logger = logging.getLogger("mtl_nmt.pbt")
    if not pbt_logger.handlers:
        handler = logging.StreamHandler(sys.stdout)
        handler.setFormatter(logging.Formatter(f"{PROG}: %(message)s"))
        pbt_logger.addHandler(handler)
        pbt_logger.setLevel(logging.INFO)
        pbt_logger.propagate = False
    try:
        code = run(args)
    except MtlNmtError as e:
        sys.exit(f"{PROG}: error: {e}")
    if code:
        sys.exit(code)


if __name__ == "__main__":
    main()
