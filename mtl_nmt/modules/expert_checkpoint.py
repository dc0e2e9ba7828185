"""One checkpoint layout for any number of ranks: the single-process one, with all E experts.

Model parameters are named by global expert id (``….experts.<e>.…`` on whichever rank holds e),
so gathering is a union and loading keeps the local ids. Optimizer state (torch format, one entry
per trainable parameter in order) is saved in the order a single process would list the
parameters and is re-indexed for the local experts on load. Plain torch.
"""
from typing import Dict, List, Optional, Tuple

import torch
import torch.distributed as dist

from ..errors import MtlNmtError
from .base_layer import BaseLayer


def base_layers(model: torch.nn.Module) -> Dict[str, BaseLayer]:
    return {prefix: m for prefix, m in model.named_modules() if isinstance(m, BaseLayer)}


def _join(prefix: str, name: str) -> str:
    return f"{prefix}.{name}" if prefix else name


def split_expert_name(name: str, layers: Dict[str, BaseLayer]) -> Optional[Tuple[str, int, str]]:
    """``"<layer>.experts.<e>.<rest>"`` → (layer, e, rest); None for other names."""
    for prefix in layers:
        head = _join(prefix, "experts.")
        if name.startswith(head):
            gid, rest = name[len(head):].split(".", 1)
            return prefix, int(gid), rest
    return None


def global_names(model: torch.nn.Module, local_names: List[str]) -> List[str]:
    """``local_names`` (parameters in optimizer order) with each layer's local experts replaced by
    all E experts in id order: the order of a single-process model."""
    layers = base_layers(model)
    out, expanded = [], set()
    for name in local_names:
        hit = split_expert_name(name, layers)
        if hit is None:
            out.append(name)
            continue
        prefix = hit[0]
        if prefix in expanded:
            continue
        expanded.add(prefix)
        layer = layers[prefix]
        template = [n for n, _ in next(iter(layer.experts.values())).named_parameters()]
        out += [_join(prefix, f"experts.{e}.{rest}") for e in range(layer.num_experts) for rest in template]
    return out


def expert_group(model: torch.nn.Module):
    layers = list(base_layers(model).values())
    return layers[0].placement.group if layers and layers[0].placement.parallel else None


def _all_gather_dict(local: dict, group) -> dict:
    parts = [None] * dist.get_world_size(group)
    dist.all_gather_object(parts, local, group=group)
    merged = {}
    for part in parts:
        merged.update(part)
    return merged


def _to_cpu(v):
    if torch.is_tensor(v):
        return v.detach().cpu()
    if isinstance(v, dict):
        return {k: _to_cpu(x) for k, x in v.items()}
    return v


def gather_experts(model: torch.nn.Module) -> Dict[str, torch.Tensor]:
    """Every rank's expert parameters (CPU copies), keyed by state-dict name. Collective."""
    layers = base_layers(model)
    local = {}
    for prefix, layer in layers.items():
        for name, p in layer.experts.named_parameters():
            local[_join(prefix, f"experts.{name}")] = p.detach().cpu()
    return _all_gather_dict(local, expert_group(model))


def gather_optimizer_state(model: torch.nn.Module, state: dict, local_names: List[str]) -> dict:
    """A rank's torch-format optimizer state → the single-process layout with every rank's expert
    entries. Collective; every rank gets the result."""
    groups = state["param_groups"]
    ids = [i for g in groups for i in g["params"]]
    if len(groups) != 1 or len(ids) != len(local_names):
        raise MtlNmtError(
            f"expert-parallel checkpoints need one optimizer entry per parameter ({len(local_names)}), "
            f"got {len(ids)} in {len(groups)} group(s): with --fp16 add --fp16-no-flatten-grads")
    layers = base_layers(model)
    by_name = {n: state["state"][i] for n, i in zip(local_names, ids) if i in state["state"]}
    experts = {n: _to_cpu(v) for n, v in by_name.items() if split_expert_name(n, layers) is not None}
    by_name.update(_all_gather_dict(experts, expert_group(model)))
    order = global_names(model, local_names)
    out = {k: v for k, v in state.items() if k not in ("state", "param_groups")}
    out["state"] = {i: by_name[n] for i, n in enumerate(order) if n in by_name}
    out["param_groups"] = [dict(groups[0], params=list(range(len(order))))]
    return out


def localize_optimizer_state(model: torch.nn.Module, state: dict, local_names: List[str]) -> dict:
    """The inverse of :func:`gather_optimizer_state` on one rank: keep the entries of this rank's
    parameters, re-indexed. A state already in the local layout passes through."""
    order = global_names(model, local_names)
    groups = state["param_groups"]
    ids = [i for g in groups for i in g["params"]]
    if len(ids) == len(local_names) and len(order) != len(local_names):
        return state
    if len(groups) != 1 or len(ids) != len(order):
        raise MtlNmtError(f"the checkpoint's optimizer state has {len(ids)} parameters; this model has "
                          f"{len(order)} (all experts): architectures or --base-experts differ (use --reset-optimizer)")
    index = {n: i for n, i in zip(order, ids)}
    out = {k: v for k, v in state.items() if k not in ("state", "param_groups")}
    out["state"] = {j: state["state"][index[n]] for j, n in enumerate(local_names) if index[n] in state["state"]}
    out["param_groups"] = [dict(groups[0], params=list(range(len(local_names))))]
    return out


def keep_local_experts(model: torch.nn.Module, state_dict: dict) -> dict:
    """A full (all-experts) model state dict → the entries this rank holds. Checks that the
    checkpoint has exactly the model's E experts per BASE layer."""
    layers = base_layers(model)
    found: Dict[str, set] = {p: set() for p in layers}
    out = {}
    for name, value in state_dict.items():
        hit = split_expert_name(name, layers)
        if hit is None:
            out[name] = value
            continue
        prefix, gid, _ = hit
        found[prefix].add(gid)
        if str(gid) in layers[prefix].experts:
            out[name] = value
    for prefix, ids in found.items():
        want = set(range(layers[prefix].num_experts))
        if ids and ids != want:
            raise MtlNmtError(f"the checkpoint has experts {sorted(ids)} at {prefix}, the model has "
                              f"{len(want)} (--base-experts {len(want)})")
    return out
