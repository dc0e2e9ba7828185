"""Model ``base_moe_transformer``: a pre-norm transformer whose FFN blocks at chosen encoder and
decoder layers are BASE layers (Lewis et al. 2021; :mod:`mtl_nmt.modules.base_layer`), with
optional dense pre-training (Dua et al. 2022) and expert parallelism over the data-parallel ranks.

Checkpoints always hold all E experts (the single-process layout), whatever the number of ranks
that wrote or reads them: before a checkpoint is written every rank sends its experts and their
optimizer state to rank 0 (:mod:`mtl_nmt.modules.expert_checkpoint`), and on load each rank keeps
its own. fairseq writes checkpoints from rank 0 only and builds optimizers without telling the
model, so two ``Trainer`` methods are wrapped here (see :func:`_patch_trainer`).
"""
from itertools import chain
from typing import List

from fairseq import utils
from fairseq.distributed import utils as distributed_utils
from fairseq.models import register_model, register_model_architecture
from fairseq.models.transformer import TransformerConfig
from fairseq.models.transformer.transformer_legacy import TransformerModel, base_architecture
from fairseq.modules.transformer_layer import TransformerDecoderLayerBase, TransformerEncoderLayerBase
from torch import nn

from ..errors import MtlNmtError
from ..modules.base_layer import EVAL_EXCHANGES, BaseLayer
from ..modules.expert_checkpoint import (base_layers, gather_experts, gather_optimizer_state, keep_local_experts,
                                         localize_optimizer_state)

def parse_positions(spec, num_layers: int, option: str) -> List[int]:
    """``N`` → N layers spread evenly (⌊(i+1)·L/(N+1)⌋, i < N); ``[i,j]`` or ``i,j`` → those 0-based
    layers."""
    text = str(spec).strip()
    explicit = text.startswith("[") or "," in text
    try:
        numbers = [int(p) for p in text.strip("[]").split(",") if p.strip()] if explicit else [int(text)]
    except ValueError:
        raise MtlNmtError(f"{option} {text!r}: give a count (e.g. 1) or 0-based layer positions (e.g. [0,2])") from None
    if explicit:
        positions = numbers
    else:
        count = numbers[0]
        if not 0 <= count <= num_layers:
            raise MtlNmtError(f"{option} {count}: there are {num_layers} layers (give 0..{num_layers} or a "
                              f"list of positions like [1])")
        positions = [(i + 1) * num_layers // (count + 1) for i in range(count)]
    bad = [p for p in positions if not 0 <= p < num_layers]
    if bad:
        raise MtlNmtError(f"{option}: BASE position(s) {bad} out of range for {num_layers} layers "
                          f"(0..{num_layers - 1})")
    if len(set(positions)) != len(positions):
        raise MtlNmtError(f"{option}: repeated BASE position in {positions}")
    return sorted(positions)


def layer_seed(seed: int, side: str, position: int) -> int:
    """Seed of one BASE layer's experts (initialisation, switch noise): the same for any W."""
    return int(seed) * 10007 + (0 if side == "encoder" else 5003) + int(position)


def _identity(x):
    return x


class _NoFFN(nn.Module):
    """Stands in for ``fc2``: the parent layer's FFN step then adds 0 to the residual stream."""

    def forward(self, x):
        return x.new_zeros(())


class _FFNReplaced:
    """Mixin for a fairseq pre-norm transformer layer whose FFN block is a BASE layer: the parent
    ``forward`` runs the attention sublayer(s) with a no-op FFN, then x + dropout(BASE(x))."""

    def build_fc1(self, *args):
        return nn.Identity()

    def build_fc2(self, *args):
        return _NoFFN()

    def _replace_ffn(self, moe: BaseLayer):
        self.final_layer_norm = nn.Identity()
        self.activation_fn = _identity
        self.activation_dropout_module = nn.Identity()
        self.moe = moe


class BaseMoEEncoderLayer(_FFNReplaced, TransformerEncoderLayerBase):
    def __init__(self, cfg, moe: BaseLayer):
        super().__init__(cfg)
        self._replace_ffn(moe)

    def forward(self, x, encoder_padding_mask=None, attn_mask=None):
        x = super().forward(x, encoder_padding_mask, attn_mask)
        mask = None if encoder_padding_mask is None else encoder_padding_mask.transpose(0, 1)
        return x + self.dropout_module(self.moe(x, mask))


class BaseMoEDecoderLayer(_FFNReplaced, TransformerDecoderLayerBase):
    def __init__(self, cfg, moe: BaseLayer, no_encoder_attn=False):
        super().__init__(cfg, no_encoder_attn)
        self._replace_ffn(moe)

    def forward(self, x, encoder_out=None, encoder_padding_mask=None, incremental_state=None,
                prev_self_attn_state=None, prev_attn_state=None, self_attn_mask=None,
                self_attn_padding_mask=None, need_attn=False, need_head_weights=False):
        x, attn, state = super().forward(
            x, encoder_out, encoder_padding_mask, incremental_state, prev_self_attn_state, prev_attn_state,
            self_attn_mask, self_attn_padding_mask, need_attn, need_head_weights)
        mask = None
        if self_attn_padding_mask is not None and self_attn_padding_mask.size(1) == x.size(0):
            mask = self_attn_padding_mask.transpose(0, 1)
        return x + self.dropout_module(self.moe(x, mask)), attn, state


def _base_options(args) -> dict:
    return {k: getattr(args, k) for k in ("base_experts", "base_sublayers", "encoder_base_layers",
                                          "decoder_base_layers", "base_shuffle", "dense_pretrain_updates",
                                          "expert_init_noise", "centroid_init_scale", "base_eval_exchange",
                                          "base_auction_eps")}


def check_base_options(args) -> None:
    """One clear error for every bad BASE option (positions are checked when they are parsed)."""
    if getattr(args, "base_layers", 0):
        raise MtlNmtError("--base-layers is fairseq's own BASE layer (decoder only, one expert per rank); with "
                          "base_moe_transformer use --encoder-base-layers / --decoder-base-layers")
    if args.base_experts < 1:
        raise MtlNmtError(f"--base-experts must be >= 1, got {args.base_experts}")
    if args.base_sublayers < 1:
        raise MtlNmtError(f"--base-sublayers must be >= 1, got {args.base_sublayers}")
    if args.dense_pretrain_updates < 0:
        raise MtlNmtError(f"--dense-pretrain-updates must be >= 0, got {args.dense_pretrain_updates}")
    if args.expert_init_noise < 0 or args.centroid_init_scale < 0:
        raise MtlNmtError("--expert-init-noise and --centroid-init-scale must be >= 0")
    if not args.base_auction_eps > 0:
        raise MtlNmtError(f"--base-auction-eps must be > 0, got {args.base_auction_eps}")
    if args.base_eval_exchange not in EVAL_EXCHANGES:
        raise MtlNmtError(f"--base-eval-exchange must be one of {', '.join(EVAL_EXCHANGES)}")
    for side in ("encoder", "decoder"):
        if str(getattr(args, f"{side}_base_layers")).strip() not in ("0", "[]", "") \
                and not getattr(args, f"{side}_normalize_before"):
            raise MtlNmtError(f"BASE layers replace pre-norm FFN blocks: add --{side}-normalize-before "
                              f"(or remove --{side}-base-layers)")
    for name in ("scale_fc", "scale_resids"):
        if getattr(args, name, False):
            raise MtlNmtError(f"--{name.replace('_', '-')} is not supported with BASE layers")


@register_model("base_moe_transformer")
class BaseMoETransformerModel(TransformerModel):
    """Transformer with BASE-layer FFN blocks (see the module docstring)."""

    @classmethod
    def add_args(cls, parser):
        super().add_args(parser)
        parser.add_argument("--base-experts", type=int, metavar="E",
                            help="experts per BASE layer; with W ranks each holds E/W (E must be divisible by W)")
        parser.add_argument("--encoder-base-layers", type=str, metavar="N|[i,j]",
                            help="encoder FFN blocks that become BASE layers: a count N (spread evenly, "
                                 "layer ⌊(i+1)L/(N+1)⌋) or 0-based positions like [1] or 0,2")
        parser.add_argument("--decoder-base-layers", type=str, metavar="N|[i,j]",
                            help="decoder FFN blocks that become BASE layers (as --encoder-base-layers)")
        parser.add_argument("--dense-pretrain-updates", type=int, metavar="N",
                            help="train one shared FFN at every BASE position for N updates, then copy it into "
                                 "every expert and continue sparse in the same run (0: sparse from the start)")
        parser.add_argument("--expert-init-noise", type=float, metavar="S",
                            help="at the dense->sparse switch, add S*rms(w)*N(0,1) to every copied expert tensor")
        parser.add_argument("--centroid-init-scale", type=float, metavar="S",
                            help="at the switch, routing centroids from balanced k-means of the first sparse batch, "
                                 "scaled so routing logits are about S (0: zero centroids, exactly the dense model)")
        parser.add_argument("--base-eval-exchange", choices=EVAL_EXCHANGES,
                            help="evaluation with expert parallelism: gather all experts on every rank once per "
                                 "validation (generation safe) or all_to_all like training")
        parser.add_argument("--base-auction-eps", type=float, metavar="EPS",
                            help="auction bid increment, a fraction of the median per-token score range "
                                 "(objective within T*EPS*range of the optimum)")

    @classmethod
    def build_model(cls, args, task):
        base_moe_architecture(args)
        check_base_options(args)
        world = distributed_utils.get_data_parallel_world_size()
        unflat = ("fp16_no_flatten_grads", "memory_efficient_fp16", "memory_efficient_bf16")
        flat_fp32 = (getattr(args, "fp16", False) or getattr(args, "bf16", False)) and not any(
            getattr(args, k, False) for k in unflat)
        if world > 1 and flat_fp32:
            raise MtlNmtError("expert parallelism with --fp16/--bf16 needs --fp16-no-flatten-grads (or "
                              "--memory-efficient-fp16): a flat fp32 copy mixes experts of different ranks")
        if world > 1 and getattr(args, "store_ema", False):
            raise MtlNmtError("--ema is not supported with expert parallelism (the EMA copy would hold one "
                              "rank's experts)")
        model = super().build_model(args, task)
        cfg = TransformerConfig.from_namespace(args)
        group = distributed_utils.get_data_parallel_group() if world > 1 else None
        dense_until = args.dense_pretrain_updates if args.dense_pretrain_updates > 0 else None
        for side, stack in (("encoder", model.encoder), ("decoder", model.decoder)):
            sub = getattr(cfg, side)
            for pos in parse_positions(getattr(args, f"{side}_base_layers"), sub.layers, f"--{side}-base-layers"):
                moe = BaseLayer(
                    sub.embed_dim, sub.ffn_embed_dim, args.base_experts, sublayers=args.base_sublayers,
                    activation=utils.get_activation_fn(cfg.activation_fn),
                    activation_dropout=float(cfg.activation_dropout or cfg.relu_dropout or 0),
                    shuffle=bool(args.base_shuffle), dense_until=dense_until,
                    expert_init_noise=args.expert_init_noise, centroid_init_scale=args.centroid_init_scale,
                    seed=layer_seed(getattr(args, "seed", 1), side, pos), group=group,
                    eval_exchange=args.base_eval_exchange, auction_eps=args.base_auction_eps)
                stack.layers[pos] = (BaseMoEEncoderLayer(cfg, moe) if side == "encoder"
                                     else BaseMoEDecoderLayer(cfg, moe, no_encoder_attn=args.no_cross_attention))
        model.base_options = _base_options(args)
        model._gathered_experts = None
        # pytorch_ddp leaves these out of its gradient all-reduce (legacy_ddp reads ``param.expert``)
        model._ddp_params_and_buffers_to_ignore = [n for n, p in model.named_parameters()
                                                   if getattr(p, "expert", False)]
        return model

    @property
    def expert_parallel(self) -> bool:
        return any(m.placement.parallel for m in base_layers(self).values())

    def forward(self, *args, **kwargs):
        if self.training:
            self._gathered_experts = None
        return super().forward(*args, **kwargs)

    def gather_checkpoint_state(self, optimizer_state, param_names):
        """On every rank, right before a checkpoint is written: rank 0 keeps every rank's experts for
        ``state_dict`` and returns the single-process optimizer state (None on other ranks)."""
        experts = gather_experts(self)
        merged = None if optimizer_state is None else gather_optimizer_state(self, optimizer_state, param_names)
        root = distributed_utils.get_data_parallel_rank() == 0
        self._gathered_experts = experts if root else None
        return merged if root else None

    def state_dict(self, *args, **kwargs):
        out = super().state_dict(*args, **kwargs)
        if getattr(self, "_gathered_experts", None):
            prefix = kwargs.get("prefix", "")
            for name, value in self._gathered_experts.items():
                out.setdefault(prefix + name, value)
        return out

    def load_state_dict(self, state_dict, strict=True, model_cfg=None, args=None):
        for prefix in base_layers(self):
            layer = prefix.rsplit(".", 1)[0]
            if f"{layer}.fc1.weight" in state_dict and f"{prefix}.centroids" not in state_dict:
                raise MtlNmtError(f"the checkpoint has a dense FFN at {layer} where this model has a BASE layer: "
                                  "convert it with mtl-nmt-densify")
        return super().load_state_dict(keep_local_experts(self, state_dict), strict, model_cfg, args)


def trainer_param_names(trainer) -> List[str]:
    """Names of the parameters the trainer gives its optimizer, in its order."""
    named = chain(trainer.get_model().named_parameters(),
                  (("criterion." + n, p) for n, p in trainer.get_criterion().named_parameters()))
    return [n for n, p in named if p.requires_grad]


def _patch_trainer():
    """``Trainer.consolidate_optimizer`` runs on every rank right before a checkpoint is written
    (it exists for sharded optimizers): gather the experts and their optimizer state there.
    ``Trainer._build_optimizer``: let the optimizer translate a loaded single-process-layout
    state to the local experts. Both do nothing for other models."""
    from fairseq.trainer import Trainer

    if getattr(Trainer, "_mtl_nmt_experts", False):
        return
    consolidate, build = Trainer.consolidate_optimizer, Trainer._build_optimizer

    def consolidate_optimizer(self):
        consolidate(self)
        model = self.get_model()
        if isinstance(model, BaseMoETransformerModel) and model.expert_parallel:
            state = None if self.cfg.checkpoint.no_save_optimizer_state else self.optimizer.state_dict()
            self._gathered_optim_state = model.gather_checkpoint_state(state, trainer_param_names(self))

    def _build_optimizer(self):
        build(self)
        model = self.get_model()
        if isinstance(model, BaseMoETransformerModel) and model.expert_parallel:
            names = trainer_param_names(self)
            self._optimizer.optimizer.register_load_state_dict_pre_hook(
                lambda optimizer, state: localize_optimizer_state(model, state, names))

    Trainer.consolidate_optimizer = consolidate_optimizer
    Trainer._build_optimizer = _build_optimizer
    Trainer._mtl_nmt_experts = True


_patch_trainer()


def base_moe_defaults(args):
    args.base_experts = getattr(args, "base_experts", 4)
    args.base_sublayers = getattr(args, "base_sublayers", 1)
    args.base_shuffle = getattr(args, "base_shuffle", 0)
    args.base_layers = getattr(args, "base_layers", 0)
    args.encoder_base_layers = getattr(args, "encoder_base_layers", "1")
    args.decoder_base_layers = getattr(args, "decoder_base_layers", "1")
    args.dense_pretrain_updates = getattr(args, "dense_pretrain_updates", 0)
    args.expert_init_noise = getattr(args, "expert_init_noise", 0.0)
    args.centroid_init_scale = getattr(args, "centroid_init_scale", 0.1)
    args.base_eval_exchange = getattr(args, "base_eval_exchange", "gather")
    args.base_auction_eps = getattr(args, "base_auction_eps", 2e-3)
    args.encoder_normalize_before = getattr(args, "encoder_normalize_before", True)
    args.decoder_normalize_before = getattr(args, "decoder_normalize_before", True)
    base_architecture(args)


@register_model_architecture("base_moe_transformer", "base_moe_transformer")
def base_moe_architecture(args):
    base_moe_defaults(args)


@register_model_architecture("base_moe_transformer", "base_moe_transformer_lohelp")
def base_moe_transformer_lohelp(args):
    """The model size of the lohelp setups (configs/setup/results.yaml): 3+3 layers, d=128, FFN 512, 4 heads, pre-norm,
    shared embeddings; a 4-expert BASE layer in the middle encoder and decoder layer."""
    args.encoder_layers = getattr(args, "encoder_layers", 3)
    args.decoder_layers = getattr(args, "decoder_layers", 3)
    args.encoder_embed_dim = getattr(args, "encoder_embed_dim", 128)
    args.decoder_embed_dim = getattr(args, "decoder_embed_dim", 128)
    args.encoder_ffn_embed_dim = getattr(args, "encoder_ffn_embed_dim", 512)
    args.decoder_ffn_embed_dim = getattr(args, "decoder_ffn_embed_dim", 512)
    args.encoder_attention_heads = getattr(args, "encoder_attention_heads", 4)
    args.decoder_attention_heads = getattr(args, "decoder_attention_heads", 4)
    args.share_all_embeddings = getattr(args, "share_all_embeddings", True)
    args.dropout = getattr(args, "dropout", 0.1)
    base_moe_defaults(args)


@register_model_architecture("base_moe_transformer", "base_moe_transformer_base")
def base_moe_transformer_base(args):
    """Transformer-base size (6+6 layers, d=512, FFN 2048, 8 heads), pre-norm, shared embeddings;
    8-expert BASE layers at encoder and decoder layers 2 and 4."""
    args.share_all_embeddings = getattr(args, "share_all_embeddings", True)
    args.base_experts = getattr(args, "base_experts", 8)
    args.encoder_base_layers = getattr(args, "encoder_base_layers", "2")
    args.decoder_base_layers = getattr(args, "decoder_base_layers", "2")
    base_moe_defaults(args)
