"""Fairseq dataclass configs for tasks whose fairseq parent only has argparse options, and deprecated
spellings of renamed options (:func:`deprecated_alias`, :func:`fold_alias`)."""
import argparse
import enum
import logging
import os
from dataclasses import field, make_dataclass
from typing import Any, Callable, Dict, Optional

from fairseq.dataclass import ChoiceEnum, FairseqDataclass

from .errors import MtlNmtError

logger = logging.getLogger(__name__)

_PLAIN = (int, float, str)


def dataclass_from_add_args(name: str, add_args: Callable, exclude=()) -> tuple:
    """Build a dataclass with one field per option that ``add_args(parser)`` declares, so a legacy
    fairseq task's options work from the CLI and from hydra YAML alike.

    Returns ``(dataclass, converters)``: options whose argparse ``type`` is not a plain
    int/float/str (JSON dicts, comma lists) become string fields, and ``converters[dest]`` turns
    such a string back into what the parent task expects (see :func:`namespace_from_config`).
    """
    parser = argparse.ArgumentParser(add_help=False)
    add_args(parser)
    fields, converters = [], {}
    for action in parser._actions:
        if action.dest in exclude or action.dest == "help":
            continue
        meta = {"help": (action.help or "").replace("%%", "%")}
        if isinstance(action, argparse._StoreTrueAction):
            fields.append((action.dest, bool, field(default=False, metadata=meta)))
            continue
        default = action.default
        if action.choices is not None:
            typ = ChoiceEnum(list(action.choices))
            typ = Optional[typ] if default is None else typ
        elif action.type in _PLAIN:
            typ = Optional[action.type]
        else:
            typ = Optional[str]
            if action.type is not None:
                converters[action.dest] = action.type
            elif action.__class__.__name__ == "FileContentsAction":
                converters[action.dest] = _file_contents
            if default is not None and not isinstance(default, str):
                default = None
        fields.append((action.dest, typ, field(default=default, metadata=meta)))
    return make_dataclass(name, fields, bases=(FairseqDataclass,)), converters


def _file_contents(value: str) -> str:
    if os.path.isfile(value):
        with open(value, encoding="utf-8") as f:
            return f.read().strip()
    return value


def namespace_from_config(cfg, converters: Dict[str, Callable]) -> argparse.Namespace:
    """A mutable ``argparse.Namespace`` copy of a task config (legacy fairseq code mutates it),
    with string options converted back by ``converters``."""
    from omegaconf import OmegaConf

    if isinstance(cfg, argparse.Namespace):
        values = vars(cfg).copy()
    elif OmegaConf.is_config(cfg):
        values = OmegaConf.to_container(cfg, resolve=True, enum_to_str=True)
    else:
        values = {k: getattr(cfg, k) for k in cfg.__dataclass_fields__}
    for key, convert in converters.items():
        if isinstance(values.get(key), str):
            values[key] = convert(values[key])
    for key, value in list(values.items()):
        if isinstance(value, enum.Enum):
            values[key] = value.value
    return argparse.Namespace(**values)


def deprecated_alias(option: str):
    """A config field for an old spelling of ``option`` (e.g. ``task_weights`` for ``--pair-weights``):
    unset by default, its ``--help`` line names the option that replaces it. The plugin folds it into
    the new field with :func:`fold_alias` when it is built."""
    return field(default=None, metadata={"help": f"deprecated alias of {option}"})


def fold_alias(value: Any, alias_value: Any, default: Any, option: str, alias: str) -> Any:
    """The value of ``option`` given that its deprecated ``alias`` was set to ``alias_value`` (None:
    not given): the alias's value when only the alias was given, one clear error when both were given
    with different values."""
    if alias_value is None:
        return value
    if value != default and value != alias_value:
        raise MtlNmtError(f"{alias} {alias_value} and {option} {value} disagree: give only {option} "
                          f"({alias} is its deprecated alias)")
    logger.warning("%s is a deprecated alias of %s: use %s", alias, option, option)
    return alias_value
