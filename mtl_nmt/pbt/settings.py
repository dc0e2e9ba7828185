"""The settings of a PBT experiment (``mtl-nmt-pbt``): its options with defaults and checks, the
members' fairseq-train options checked with fairseq's own parser, the initial weights, and the
saved settings a ``--resume`` must match."""
import contextlib
import io
import json
import os
from typing import List

from ..argv import option_value, train_options
from ..errors import MtlNmtError
from ..paths import user_dir
from . import population
from .simplex import check_perturbation, initial_population

SETTINGS_FILE = "pbt_settings.json"
DEFAULTS = {"population": 4, "pbt_interval": None, "total_updates": None, "pbt_metric": "loss", "quantile": 0.25,
            "perturbation_factors": "1.2,0.8", "resample_probability": 0.25, "dirichlet_alpha": 1.0,
            "weight_floor": 0.1, "seed": 1, "cpus_per_member": 1.0, "gpus_per_member": 0.0, "keep_checkpoints": 3}
# fairseq-train options that mtl-nmt-pbt sets itself or that would break the interval protocol.
REFUSED = {"--save-dir": "each member's is set by mtl-nmt-pbt",
           "--max-update": "the budget is --total-updates",
           "--pair-weights": "PBT sets each member's weights",
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
ALLOWED_CRITERIA = ("label_smoothed_cross_entropy", population.CRITERION)


def fairseq_command(args) -> List[str]:
    """The members' fairseq-train options: what follows ``--`` (without a leading fairseq-train)."""
    return train_options(args.command)


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
    if o["pbt_metric"] not in population.METRICS:
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


def check_fairseq_options(command: List[str]) -> dict:
    """Validate the fairseq-train options with fairseq's own parser; returns ``{"fairseq_args",
    "pairs", "data"}`` (``--user-dir`` added when missing)."""
    from fairseq import options

    if not command:
        raise MtlNmtError("give the members' training after --, e.g. -- fairseq-train DATA --task "
                          "multilingual_scheduled --lang-pairs en-de,en-fr ...")
    for option, why in REFUSED.items():
        if population.has_option(command, option):
            raise MtlNmtError(f"fairseq-train option {option} is not allowed here: {why}")
    argv = list(command)
    if not population.has_option(argv, "--user-dir"):
        argv += ["--user-dir", user_dir()]
    stderr = io.StringIO()
    try:
        with contextlib.redirect_stderr(stderr):
            parsed = options.parse_args_and_arch(options.get_training_parser(),
                                                 population.fairseq_argv({"fairseq_args": argv, "metric": "loss"},
                                                                       "W.json", "SAVE", 1))
    except SystemExit:
        lines = [line for line in stderr.getvalue().splitlines() if line.strip()]
        message = lines[-1].split("error: ", 1)[-1] if lines else "invalid options"
        raise MtlNmtError(f"fairseq-train options after --: {message}") from None
    if parsed.task != "multilingual_scheduled":
        raise MtlNmtError(f"PBT trains with --criterion {population.CRITERION}, which needs --task "
                          f"multilingual_scheduled (got --task {parsed.task})")
    criterion = option_value(command, "--criterion")
    if criterion is not None and criterion not in ALLOWED_CRITERIA:
        raise MtlNmtError(f"PBT trains with --criterion {population.CRITERION}; --criterion {criterion} would be "
                          "replaced (label_smoothed_cross_entropy options carry over)")
    data = parsed.data.split(":")[0]
    if not os.path.isdir(data):
        raise MtlNmtError(f"the data folder {data!r} (first fairseq-train argument) does not exist")
    pairs = parsed.lang_pairs.split(",") if isinstance(parsed.lang_pairs, str) else list(parsed.lang_pairs)
    return {"fairseq_args": argv, "pairs": pairs, "data": parsed.data}


def new_settings(args) -> dict:
    o = pbt_options(args)
    population.require_ray()
    command = fairseq_command(args)
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
    command = fairseq_command(args)
    if command and command != saved["command"]:
        differ.append("the fairseq-train options")
    if differ:
        raise MtlNmtError(f"--resume continues the saved experiment; these differ from it: {'; '.join(differ)}")
    population.require_ray()
    return saved
