"""The one reader of fairseq checkpoints (torch only, no fairseq import): load one on CPU with a
one-line error for a missing, truncated or corrupt file, check one cheaply before fairseq resumes
from it, pick the parts mtl-nmt needs (task and model options, sampler and AdaTask state), and
average the last ones of a run."""
import argparse
import os
import pickle
import re
import zipfile
from typing import Dict, List, Optional

import torch

from .errors import MtlNmtError

SAMPLER_STATE_KEY = "mtl_sampler"  # the scheduled sampler's state in the epoch iterator's state

_ZIP_MAGIC = b"PK\x03\x04"


def _others(path: str) -> str:
    folder = os.path.dirname(os.path.abspath(path))
    try:
        names = sorted(n for n in os.listdir(folder)
                       if n.endswith(".pt") and n != os.path.basename(path) and n.startswith("checkpoint"))
    except OSError:
        names = []
    return f" (other checkpoints there: {', '.join(names[:4])}{', ...' if len(names) > 4 else ''})" if names else ""


def corrupt_error(path: str, reason: str) -> MtlNmtError:
    """The one-line error for a checkpoint that cannot be read, with what to do about it."""
    return MtlNmtError(
        f"checkpoint {path} is truncated or corrupt ({' '.join(reason.split())[:160]}): delete it and resume from "
        f"an earlier checkpoint (fairseq-train --restore-file checkpoint_N_M.pt, checkpoint_best.pt) or start "
        f"over, or pass another checkpoint{_others(path)}")


def _check_exists(path: str) -> None:
    if not os.path.exists(path):
        raise MtlNmtError(f"checkpoint {path!r} does not exist")
    if not os.path.isfile(path):
        raise MtlNmtError(f"checkpoint {path!r} is not a file")


def check_readable(path: str) -> None:
    """Cheap integrity check, no tensor loaded: the file exists, is not empty and, in torch's zip
    format (torch >= 1.6), has an intact central directory whose members all lie inside the file
    (a truncated copy fails here). Older pickle-format files are only checked for size."""
    _check_exists(path)
    size = os.path.getsize(path)
    if size == 0:
        raise corrupt_error(path, "empty file")
    with open(path, "rb") as f:
        if f.read(4) != _ZIP_MAGIC:
            return
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as e:
        raise corrupt_error(path, f"{type(e).__name__}: {e}") from None
    for info in members:
        if info.header_offset + info.compress_size > size:
            raise corrupt_error(path, f"member {info.filename} ends after the end of the file")


def _is_corruption(e: BaseException) -> bool:
    if isinstance(e, (EOFError, pickle.UnpicklingError, zipfile.BadZipFile)):
        return True
    if isinstance(e, OSError):
        return not isinstance(e, (FileNotFoundError, PermissionError, IsADirectoryError))
    text = str(e)
    return isinstance(e, RuntimeError) and ("PytorchStreamReader" in text or "zip archive" in text
                                            or "unexpected EOF" in text)


def read_checkpoint(path: str) -> dict:
    """The checkpoint's state dict, loaded on CPU (``weights_only=False``: fairseq pickles an
    ``argparse.Namespace``); one :class:`MtlNmtError` naming the file for a missing, unreadable,
    truncated or corrupt one."""
    check_readable(path)
    try:
        state = torch.load(path, map_location="cpu", weights_only=False)
    except PermissionError:
        raise MtlNmtError(f"checkpoint {path} is not readable (permission denied)") from None
    except ModuleNotFoundError as e:
        raise MtlNmtError(f"checkpoint {path} pickles objects of module {e.name!r}, which is not installed") from None
    except Exception as e:  # noqa: BLE001 - classified below, re-raised if not a broken file
        if _is_corruption(e):
            raise corrupt_error(path, f"{type(e).__name__}: {e}") from None
        raise
    if not isinstance(state, dict):
        raise MtlNmtError(f"{path} is not a fairseq checkpoint (it holds a {type(state).__name__}, not a dict)")
    return state


def _get(obj, key):
    """``obj[key]`` of a mapping or ``obj.key`` of a namespace; None when absent."""
    if obj is None:
        return None
    if hasattr(obj, "keys"):
        return obj[key] if key in obj else None
    return getattr(obj, key, None)


def _plain(obj):
    """A plain dict of a mapping, namespace or OmegaConf node (lists resolved)."""
    if type(obj).__module__.startswith("omegaconf"):
        from omegaconf import OmegaConf

        return OmegaConf.to_container(obj, resolve=True, enum_to_str=True)
    if isinstance(obj, argparse.Namespace):
        return dict(vars(obj))
    return dict(obj)


def _section(state: dict, name: str):
    section = _get(_get(state, "cfg"), name)
    return section if section is not None else _get(state, "args")


def task_config(state: dict) -> Optional[Dict]:
    """The task options a checkpoint was trained with, as a plain dict (``cfg.task``, or the
    legacy ``args``), with ``_name`` set to the task's name; None if it records none."""
    task = _section(state, "task")
    if task is None:
        return None
    task = _plain(task)
    if not task.get("_name"):
        task["_name"] = task.get("task")
    return task


def model_config(state: dict) -> Optional[argparse.Namespace]:
    """The model options (``cfg.model``, or the legacy ``args``) as an ``argparse.Namespace``;
    None if the checkpoint records none."""
    model = _section(state, "model")
    if model is None or isinstance(model, argparse.Namespace):
        return model
    return argparse.Namespace(**_plain(model))


def lang_pairs(config) -> list:
    """``lang_pairs`` of a task config (comma string or list) as a list of pair names."""
    pairs = _get(config, "lang_pairs")
    if isinstance(pairs, str):
        pairs = pairs.split(",")
    return [str(p).strip() for p in (pairs or []) if str(p).strip()]


def sampler_state(state: dict) -> Optional[dict]:
    """The scheduled sampler's state (``extra_state.train_iterator.mtl_sampler``), or None."""
    return _get(_get(_get(state, "extra_state"), "train_iterator"), SAMPLER_STATE_KEY)


def adatask_state(state: dict) -> Optional[dict]:
    """The optimizer state if it is an AdaTask one (param groups with ``num_tasks`` and
    ``task_groups``, as ``AdaTask.state_dict`` writes them), else None."""
    optimizer = _get(state, "last_optimizer_state")
    groups = _get(optimizer, "param_groups")
    if not groups or not isinstance(_get(optimizer, "state"), dict):
        return None
    if all(isinstance(g, dict) and "num_tasks" in g and "task_groups" in g for g in groups):
        return optimizer
    return None


def last_pair_metrics(state: dict, metric: str) -> Optional[Dict[str, float]]:
    """``{pair: value}`` of ``metric`` (loss, bleu) at the checkpoint's last validation, as the
    sampler recorded it (``mtl_sampler.last_metrics``); None when not recorded."""
    return _get(_get(sampler_state(state), "last_metrics"), metric) or None


INTERVAL_NAME = re.compile(r"^checkpoint_(\d+)_(\d+)\.pt$")


def interval_checkpoints(folder: str) -> List[str]:
    """The interval checkpoints (``checkpoint_<epoch>_<updates>.pt``, fairseq's
    ``--save-interval-updates``) in ``folder``, oldest first by update count."""
    if not os.path.isdir(folder):
        raise MtlNmtError(f"{folder!r} is not a folder of checkpoints")
    found = [(int(m.group(2)), os.path.join(folder, n)) for n in os.listdir(folder) if (m := INTERVAL_NAME.match(n))]
    return [path for _, path in sorted(found)]


def average_checkpoints(paths: List[str]) -> dict:
    """The last checkpoint of ``paths`` with its model's floating-point tensors replaced by their
    mean over all of them (checkpoint averaging, Vaswani et al. 2017, sec. 6.1); integer buffers
    are the last one's. The checkpoints must hold the same parameters with the same shapes."""
    if not paths:
        raise MtlNmtError("no checkpoints to average")
    states = [read_checkpoint(p) for p in paths]
    models = []
    for path, state in zip(paths, states):
        if not isinstance(state.get("model"), dict):
            raise MtlNmtError(f"{path} has no model parameters (not a fairseq training checkpoint)")
        models.append(state["model"])
    first = models[0]
    for path, model in zip(paths[1:], models[1:]):
        if model.keys() != first.keys():
            diff = sorted(set(model) ^ set(first))
            raise MtlNmtError(f"{path} and {paths[0]} hold different parameters ({', '.join(diff[:3])}...): "
                              "average checkpoints of one training run")
        for key, value in model.items():
            if value.shape != first[key].shape:
                raise MtlNmtError(f"{path}: {key} has shape {tuple(value.shape)}, {paths[0]} "
                                  f"{tuple(first[key].shape)}: average checkpoints of one training run")
    averaged = {}
    for key, last in models[-1].items():
        if torch.is_floating_point(last):
            total = sum(m[key].to(torch.float64) for m in models)
            averaged[key] = (total / len(models)).to(last.dtype)
        else:
            averaged[key] = last
    state = states[-1]
    state["model"] = averaged
    state["mtl_nmt_averaged_from"] = [os.path.abspath(p) for p in paths]
    return state
