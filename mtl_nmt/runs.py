"""One definition of a training run: ``configs/`` (benchmark, setup, method, method_setup groups of
``configs/train.yaml``) composed as ``fairseq-hydra-train`` composes it, and the same run as a
``fairseq-train`` command line (``mtl-nmt-args``; scripts/train.sh, scripts/grid.sh and
scripts/recipes/run.sh run it), so that hydra, the scripts and the grids cannot disagree.

A run is a list of words:

* ``benchmark=NAME``, ``setup=NAME``, ``method=NAME``: the config groups (configs/<group>/NAME.yaml);
* ``group.key=value``: any option, hydra syntax (``task.heating_end_temperature=2``,
  ``optimization.lr=[0.003]``); the key need not be in the composed config (``++`` is added);
* ``NAME=value``: the shorthands of the scripts, :data:`KNOBS` (``LR=0.003``, ``NORM=pre``, ...).

The command line holds every option whose value differs from fairseq-train's default for the
composed task, architecture, criterion, optimizer and LR scheduler (fairseq's own parser, with the
plugins registered, gives those defaults and the option names); an option fairseq-train does not
know is an error.
"""
import argparse
import functools
import json
import logging
import os
import re
import shlex
import warnings
from dataclasses import MISSING
from typing import Dict, List, Optional, Sequence, Tuple

from .errors import MtlNmtError
from .paths import user_dir

CONFIG_DIR = os.path.join(os.path.dirname(user_dir()), "configs")
GROUPS = ("benchmark", "setup", "method")

# The scripts' shorthands (scripts/train.sh passes the environment variables of these names): NAME=value
# -> hydra overrides. One place: the YAML files hold the values, these only name where they go.
KNOBS: Dict[str, Tuple[str, ...]] = {
    "LR": ("optimization.lr=[{}]",),
    "WARMUP": ("lr_scheduler.warmup_updates={}",),
    "DROPOUT": ("model.dropout={}",),
    "NORM": ("model.encoder_normalize_before={}", "model.decoder_normalize_before={}"),  # pre | post
    "MAX_TOKENS": ("dataset.max_tokens={}",),
    "MAX_UPDATE": ("optimization.max_update={}",),
    "VALIDATE": ("dataset.validate_interval_updates={}", "checkpoint.save_interval_updates={}"),
    "KEEP": ("checkpoint.keep_interval_updates={}",),
    "SEED": ("common.seed={}",),
    "DATA": ("task.data='{}'",),
    "PAIRS": ("task.lang_pairs='{}'",),
    "SAVE_DIR": ("checkpoint.save_dir='{}'",),
}
_KNOB = re.compile(r"^([A-Z][A-Z_]*)=(.*)$")
_MIRROR = re.compile(r"\$\{\w+\.(\w+)\}")
_GROUP = re.compile(r"^(%s)=(.*)$" % "|".join(GROUPS))
# fairseq's component options: the key naming the component in each config group
COMPONENTS = (("task", "--task"), ("model", "--arch"), ("criterion", "--criterion"), ("optimizer", "--optimizer"),
              ("lr_scheduler", "--lr-scheduler"))


def env_words(environ=None) -> List[str]:
    """``NAME=value`` for every shorthand set in the environment (how the scripts pass LR=0.005 on)."""
    environ = os.environ if environ is None else environ
    return [f"{name}={environ[name]}" for name in KNOBS if environ.get(name)]


def choices(group: str, config_dir: str = CONFIG_DIR) -> List[str]:
    """The names of a config group (its YAML files)."""
    folder = os.path.join(config_dir, group)
    return sorted(f[:-5] for f in os.listdir(folder) if f.endswith(".yaml")) if os.path.isdir(folder) else []


def overrides(words: Sequence[str], config_dir: str = CONFIG_DIR) -> List[str]:
    """Hydra overrides for a run's words (groups checked against configs/, knobs expanded, options
    forced with ``++`` so that keys absent from the composed config can be set)."""
    out = []
    for word in words:
        group, knob = _GROUP.match(word), _KNOB.match(word)
        if group:
            name, value = group.groups()
            if value not in choices(name, config_dir):
                raise MtlNmtError(f"unknown {name} {value!r} (choose from {', '.join(choices(name, config_dir))}: "
                                  f"configs/{name}/*.yaml)")
            out.append(word)
        elif knob:
            name, value = knob.groups()
            if name not in KNOBS:
                raise MtlNmtError(f"unknown shorthand {name} in {word!r} (choose from {', '.join(KNOBS)}, "
                                  "or give the option as group.key=value)")
            if name == "NORM":
                if value not in ("pre", "post"):
                    raise MtlNmtError(f"NORM={value} is not pre or post")
                value = "true" if value == "pre" else "false"
            elif "'{}'" in KNOBS[name][0]:
                value = value.replace("\\", "\\\\").replace("'", "\\'")
            out.extend("++" + o.format(value) for o in KNOBS[name])
        elif re.match(r"^[a-z_]+\.[\w.]+=", word):
            out.append("++" + word)
        elif re.match(r"^(\+\+?|~)[a-z_]+\.", word):
            out.append(word)
        else:
            raise MtlNmtError(f"cannot read {word!r}: give benchmark=, setup=, method=, group.key=value "
                              f"or a shorthand ({', '.join(KNOBS)})")
    return out


def compose(words: Sequence[str] = (), config_dir: str = CONFIG_DIR) -> Tuple[dict, dict]:
    """The run's config as fairseq-hydra-train composes it (interpolations resolved; fairseq's
    dataclass defaults not filled in), and what was chosen: ``benchmark``, ``setup``, ``method``, and
    ``skip``, the ``group.key`` entries fairseq-train need not be given: those at FairseqConfig's
    default (fairseq-hydra-train fills every dataclass group in) and those that only repeat another
    group's value (the legacy task's ``seed: ${common.seed}``)."""
    import mtl_nmt  # noqa: F401  (registers the plugins, as --user-dir does)
    from fairseq.dataclass.initialize import hydra_init
    from hydra import compose as hydra_compose
    from hydra import initialize_config_dir
    from hydra.core.global_hydra import GlobalHydra
    from hydra.core.hydra_config import HydraConfig
    from hydra.errors import HydraException
    from omegaconf import OmegaConf, open_dict
    from omegaconf.errors import OmegaConfBaseException

    over = overrides(words, config_dir)
    logging.getLogger("hydra").setLevel(logging.WARNING)
    hydra_init("train")
    GlobalHydra.instance().clear()
    try:
        with initialize_config_dir(config_dir=os.path.abspath(config_dir), version_base="1.1"), \
                warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="(?s).*validated against ConfigStore schema",
                                    category=UserWarning)
            cfg = hydra_compose(config_name="train", overrides=over, return_hydra_config=True)
    except (HydraException, OmegaConfBaseException) as e:
        raise MtlNmtError(f"configs/ do not compose with {' '.join(words) or 'the defaults'}: "
                          f"{str(e).splitlines()[0]}") from None
    HydraConfig.instance().set_config(cfg)
    chosen = {g: cfg.hydra.runtime.choices.get(g) for g in GROUPS}
    with open_dict(cfg):
        del cfg["hydra"]
    raw = OmegaConf.to_container(cfg, resolve=False, enum_to_str=True)
    defaults = {group: node for group, node in _fairseq_defaults().items() if isinstance(node, dict)}
    chosen["skip"] = sorted(f"{group}.{key}" for group, node in raw.items() if isinstance(node, dict)
                            for key, value in node.items()
                            if _mirrors(key, value) or value == defaults.get(group, {}).get(key, MISSING))
    try:
        resolved = OmegaConf.to_container(cfg, resolve=True, enum_to_str=True)
    except OmegaConfBaseException as e:
        missing = re.search(r"method_setup\.(\w+)", str(e))
        if missing:
            raise MtlNmtError(f"method {chosen['method']} needs {missing.group(1)} for setup {chosen['setup']}: "
                              f"add configs/method_setup/{chosen['method']}_{chosen['setup']}.yaml") from None
        raise MtlNmtError(f"configs/ do not resolve: {str(e).splitlines()[0]}") from None
    return resolved, chosen


def _mirrors(key: str, value) -> bool:
    match = _MIRROR.fullmatch(value) if isinstance(value, str) else None
    return bool(match) and match.group(1) == key


def default_pairs(data: str, pairs: str) -> str:
    """The pairs to train on a data-bin: ``pairs`` (the benchmark's, in its order) when the data-bin's
    prepare.json lists the same pairs or is absent, else the data-bin's own (another corpus)."""
    manifest = os.path.join(data, "prepare.json")
    if not os.path.isfile(manifest):
        return pairs
    with open(manifest, encoding="utf-8") as f:
        own = json.load(f).get("pairs") or []
    return pairs if sorted(own) == sorted(pairs.split(",")) else ",".join(own)


def _training_parser(cfg: dict) -> argparse.ArgumentParser:
    """fairseq-train's parser with the options of the run's task, architecture, criterion, optimizer
    and LR scheduler added (as fairseq-train builds it)."""
    from fairseq import options

    parser = options.get_training_parser()
    argv = ["DATA"]
    for group, flag in COMPONENTS:
        name = _component(cfg, group)
        if name:
            argv += [flag, name]
    try:
        options.parse_args_and_arch(parser, input_args=argv, parse_known=True)
    except SystemExit:
        raise MtlNmtError(f"fairseq-train refuses the components {' '.join(argv[1:])} (see above)") from None
    return parser


def _component(cfg: dict, group: str) -> Optional[str]:
    node = cfg.get(group) or {}
    return node.get("task") if group == "task" and "task" in node else node.get("_name")


def task_defaults(name: Optional[str]) -> dict:
    """The task's own option defaults (a legacy task's spelled-out options at these are left out)."""
    from fairseq.tasks import TASK_REGISTRY

    parser = argparse.ArgumentParser(add_help=False)
    if name in TASK_REGISTRY:
        TASK_REGISTRY[name].add_args(parser)
    return {a.dest: a.default for a in parser._actions}


@functools.lru_cache(maxsize=None)
def _fairseq_defaults() -> dict:
    """FairseqConfig's groups and their dataclass defaults (enums as strings)."""
    from fairseq.dataclass.configs import FairseqConfig
    from omegaconf import OmegaConf

    return OmegaConf.to_container(OmegaConf.structured(FairseqConfig), resolve=False, enum_to_str=True)


def _text(value) -> str:
    if isinstance(value, (list, tuple)):
        return ",".join(_text(v) for v in value)
    return str(value)


def _parsed(action: argparse.Action, value, where: str):
    """``value`` as fairseq-train's parser reads it."""
    if isinstance(value, str) and callable(action.type) and value != argparse.SUPPRESS:
        try:
            return action.type(value)
        except (TypeError, ValueError) as e:
            raise MtlNmtError(f"{where}: {action.option_strings[0]} cannot read {value!r} ({e})") from None
    return value


def fairseq_argv(cfg: dict, skip: Sequence[str] = ()) -> List[str]:
    """The fairseq-train command line (without the program) of a composed config: the data-bin, the
    components, then ``--option value`` for every value that differs from fairseq-train's default.
    ``skip``: ``group.key`` entries left out (:func:`compose`)."""
    task = cfg.get("task") or {}
    if not task.get("data"):
        raise MtlNmtError("no data-bin: give task.data=DIR (or DATA=DIR)")
    parser = _training_parser(cfg)
    actions = {a.dest: a for a in parser._actions}
    defaults = _fairseq_defaults()
    argv = [task["data"]]
    for group, flag in COMPONENTS:
        name = _component(cfg, group)
        if name:
            argv += [flag, name]
    components = " ".join(argv[1:])
    own_defaults = task_defaults(_component(cfg, "task"))
    for group, node in cfg.items():
        if node is None or group == "_name":
            continue
        if not isinstance(node, dict) or group not in defaults:
            raise MtlNmtError(f"{group}: a top-level key of configs/ that is no fairseq config group")
        for key, value in node.items():
            if key == "_name" or (group == "task" and key in ("task", "data")) or f"{group}.{key}" in skip:
                continue
            action = actions.get(key)
            if action is None or not action.option_strings:
                raise MtlNmtError(f"{group}.{key}: fairseq-train has no option --{key.replace('_', '-')} with "
                                  f"{components} (a typo, or an option of another component)")
            if group == "common" and key == "user_dir" and value is not None:
                value = os.path.abspath(value) if os.path.isdir(value) else user_dir()
            if isinstance(action, (argparse._StoreTrueAction, argparse._StoreFalseAction)):
                # the flag's own value is its const; an architecture's suppressed default is its opposite
                default = (not action.const) if action.default == argparse.SUPPRESS else bool(action.default)
                if bool(value) != default:
                    argv.append(action.option_strings[0])
                continue
            where = f"{group}.{key}"
            default = own_defaults.get(key, action.default) if group == "task" else action.default
            if value is None or _parsed(action, _text(value), where) == _parsed(action, default, where):
                continue
            argv += [action.option_strings[0], _text(value)]
    return argv


def run_argv(words: Sequence[str] = (), config_dir: str = CONFIG_DIR) -> Tuple[List[str], dict]:
    """A run's fairseq-train command line (without the program) and its benchmark, setup, method.
    Without PAIRS=, a data-bin other than the benchmark's trains on its own pairs (prepare.json)."""
    cfg, chosen = compose(words, config_dir)
    if not any(w.startswith(("PAIRS=", "task.lang_pairs=", "++task.lang_pairs=")) for w in words):
        task = cfg.setdefault("task", {})
        if task.get("data") and task.get("lang_pairs"):
            task["lang_pairs"] = default_pairs(task["data"], task["lang_pairs"])
    return fairseq_argv(cfg, chosen["skip"]), chosen


def shell_line(argv: Sequence[str], program: str = "fairseq-train") -> str:
    """The command line as one shell-quoted line."""
    return shlex.join([program, *argv])
