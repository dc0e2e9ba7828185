"""Dense (pre-norm) transformer checkpoint → ``base_moe_transformer`` checkpoint (``mtl-nmt-densify``).

At every BASE position the layer's FFN is copied into every expert (plus noise drawn exactly as the
in-run ``--dense-pretrain-updates`` switch draws it); deeper expert sublayers start as identity;
centroids start at zero. The shared parameters' optimizer state is kept, re-indexed.
"""
import argparse
import copy
import logging
import os

import torch

from ..checkpoints import read_checkpoint
from ..errors import MtlNmtError
from ..modules.dense_to_sparse import expert_seed, perturbed_copy
from .base_moe_transformer import BaseMoETransformerModel, layer_seed, parse_positions

logger = logging.getLogger("mtl_nmt.densify")
FFN_KEYS = {"final_layer_norm": "norm", "fc1": "ff1", "fc2": "ff2"}


def target_args(dense_args, opts):
    """The dense model's options with the target architecture and the BASE options."""
    from fairseq.models import ARCH_CONFIG_REGISTRY

    if opts.arch not in ARCH_CONFIG_REGISTRY or not opts.arch.startswith("base_moe_transformer"):
        raise MtlNmtError(f"--arch {opts.arch}: not a base_moe_transformer architecture")
    args = copy.deepcopy(dense_args)
    if opts.arch != "base_moe_transformer":
        arch_values = argparse.Namespace()
        ARCH_CONFIG_REGISTRY[opts.arch](arch_values)
        for key, value in vars(arch_values).items():
            setattr(args, key, value)
    args.arch = args._name = opts.arch
    for key in ("base_experts", "encoder_base_layers", "decoder_base_layers", "base_sublayers",
                "expert_init_noise", "centroid_init_scale"):
        setattr(args, key, getattr(opts, key))
    args.dense_pretrain_updates = 0
    return args


def _dummy_task(state):
    from fairseq.data import Dictionary

    def sized(n):
        d = Dictionary()
        while len(d) < n:
            d.add_symbol(f"<sym{len(d)}>")
        return d

    src = sized(state["encoder.embed_tokens.weight"].shape[0])
    tgt_size = state.get("decoder.embed_tokens.weight", state["encoder.embed_tokens.weight"]).shape[0]
    tgt = src if tgt_size == len(src) else sized(tgt_size)
    return argparse.Namespace(source_dictionary=src, target_dictionary=tgt)


def convert_model_state(dense_state, model, args):
    """The MoE state dict: dense tensors copied, BASE-position FFNs copied into every expert."""
    want = model.state_dict()
    out = {k: v for k, v in dense_state.items()}
    for side in ("encoder", "decoder"):
        positions = parse_positions(getattr(args, f"{side}_base_layers"), getattr(args, f"{side}_layers"),
                                    f"--{side}-base-layers")
        for pos in positions:
            moe = f"{side}.layers.{pos}.moe"
            for e in range(args.base_experts):
                g = torch.Generator().manual_seed(expert_seed(layer_seed(getattr(args, "seed", 1), side, pos), 1, e))
                for dense_name, expert_name in FFN_KEYS.items():
                    for kind in ("weight", "bias"):
                        key = f"{side}.layers.{pos}.{dense_name}.{kind}"
                        if key in dense_state:  # else reported below as missing
                                out[f"{moe}.experts.{e}.layers.0.{expert_name}.{kind}"] = perturbed_copy(
                                dense_state[key], args.expert_init_noise, g)
                for s in range(1, args.base_sublayers):  # deeper sublayers: identity (zero output layer)
                    for name in ("norm.weight", "norm.bias", "ff1.weight", "ff1.bias"):
                        out[f"{moe}.experts.{e}.layers.{s}.{name}"] = want[f"{moe}.experts.{e}.layers.{s}.{name}"]
                    for name in ("ff2.weight", "ff2.bias"):
                        key = f"{moe}.experts.{e}.layers.{s}.{name}"
                        out[key] = torch.zeros_like(want[key])
            for dense_name in FFN_KEYS:
                for kind in ("weight", "bias"):
                    out.pop(f"{side}.layers.{pos}.{dense_name}.{kind}", None)
            out[f"{moe}.centroids"] = torch.zeros_like(want[f"{moe}.centroids"])
            out[f"{moe}.sparse"] = torch.tensor(True)
            out[f"{moe}.centroids_pending"] = torch.tensor(args.centroid_init_scale > 0)
    missing = [k for k in want if k not in out]
    unexpected = [k for k in out if k not in want]
    shapes = [f"{k}: checkpoint {tuple(out[k].shape)}, model {tuple(want[k].shape)}"
              for k in want if k in out and tuple(out[k].shape) != tuple(want[k].shape)]
    if missing or unexpected or shapes:
        problems = [f"{len(shapes)} shape(s) differ ({'; '.join(shapes[:3])})" if shapes else "",
                    f"missing {missing[:3]}" if missing else "", f"unexpected {unexpected[:3]}" if unexpected else ""]
        raise MtlNmtError(f"the dense checkpoint does not fit {args.arch}: " + ", ".join(p for p in problems if p))
    return out


def convert_optimizer_state(state, dense_names, moe_names):
    """Re-index the shared parameters' optimizer entries for the MoE parameter order (experts:
    no entry, like experts that have not been trained yet)."""
    groups = state["param_groups"]
    ids = [i for g in groups for i in g["params"]]
    if len(groups) != 1 or len(ids) != len(dense_names):
        return None
    index = dict(zip(dense_names, ids))
    out = {k: v for k, v in state.items() if k not in ("state", "param_groups")}
    out["state"] = {j: state["state"][index[n]] for j, n in enumerate(moe_names)
                    if n in index and index[n] in state["state"]}
    out["param_groups"] = [dict(groups[0], params=list(range(len(moe_names))))]
    return out


def densify(dense_path, out_path, opts):
    """Convert the checkpoint ``dense_path`` into ``out_path`` (options ``opts`` as mtl-nmt-densify's)."""
    from fairseq.models import ARCH_MODEL_REGISTRY

    state = read_checkpoint(dense_path)
    cfg = state.get("cfg") or {}
    dense_args = cfg.get("model") if isinstance(cfg, dict) else getattr(cfg, "model", None)
    if not isinstance(dense_args, argparse.Namespace) or "model" not in state:
        raise MtlNmtError(f"{dense_path} is not a fairseq checkpoint of an argparse model (no cfg.model)")
    if getattr(dense_args, "arch", "").startswith("base_moe_transformer"):
        raise MtlNmtError(f"{dense_path} is already a {dense_args.arch} checkpoint")
    for side in ("encoder", "decoder"):
        if not getattr(dense_args, f"{side}_normalize_before", False) and \
                str(getattr(opts, f"{side}_base_layers")).strip() not in ("0", "[]", ""):
            raise MtlNmtError(f"the dense model's {side} is post-norm: BASE layers replace pre-norm FFN blocks "
                              f"(train the dense model with --{side}-normalize-before)")
    args = target_args(dense_args, opts)
    task = _dummy_task(state["model"])
    model = BaseMoETransformerModel.build_model(copy.deepcopy(args), task)
    model_state = convert_model_state(state["model"], model, args)
    model.load_state_dict(model_state, strict=True)
    dense_model = ARCH_MODEL_REGISTRY[dense_args.arch].build_model(copy.deepcopy(dense_args), task)
    dense_names = [n for n, p in dense_model.named_parameters() if p.requires_grad]
    moe_names = [n for n, p in model.named_parameters() if p.requires_grad]
    state["model"] = model_state
    state["cfg"]["model"] = args
    if state.get("args") is not None:
        state["args"] = args
    optimizer = state.get("last_optimizer_state")
    if optimizer is not None:
        converted = convert_optimizer_state(optimizer, dense_names, moe_names)
        if converted is None:
            state.pop("last_optimizer_state")
            logger.warning("optimizer state not kept (unexpected layout): resume with --reset-optimizer")
        else:
            state["last_optimizer_state"] = converted
    os.makedirs(os.path.dirname(os.path.abspath(out_path)), exist_ok=True)
    torch.save(state, out_path)
    n = sum(1 for k in model_state if k.endswith(".sparse"))
    logger.info("wrote %s: %d BASE layer(s) x %d experts (%s)", out_path, n, args.base_experts, args.arch)
