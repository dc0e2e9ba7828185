"""Configuration of task ``multilingual_scheduled``: every option of fairseq's
``translation_multi_simple_epoch`` plus mtl-nmt's, and the checks that turn a bad combination into
one clear error before any data is read."""
import os
from dataclasses import dataclass, field
from typing import Any, Optional

from fairseq.dataclass import ChoiceEnum
from fairseq.tasks.translation_multi_simple_epoch import TranslationMultiSimpleEpochTask
from omegaconf import II

from ..dataclass_utils import dataclass_from_add_args
from ..errors import MtlNmtError
from ..sampling.build import check_online_options
from ..sampling.heating import SHAPES
from ..sampling.schedule import SCHEDULED_METHODS

_ParentConfig, CONVERTERS = dataclass_from_add_args(
    "TranslationMultiSimpleEpochConfig", TranslationMultiSimpleEpochTask.add_args
)


@dataclass
class MultilingualScheduledConfig(_ParentConfig):
    """All of ``translation_multi_simple_epoch``'s options, plus mtl-nmt's."""

    sampling_method: ChoiceEnum(list(SCHEDULED_METHODS) + ["concat", "RoundRobin"]) = field(
        default="concat",
        metadata={"help": "how often each pair is sampled: uniform (1/K), proportional (n_i/N), "
                  "temperature ((n_i/N)^(1/T), --sampling-temperature), heating (T rises, "
                  "--heating-*), unimax (uniform budget capped at --unimax-max-epochs epochs per pair), adaptive (over-sample pairs behind their baseline, --adaptive-*), "
                  "weights (--sampling-weights-file), odm (Exp3 bandit on per-pair training losses, --odm-*), "
                  "excess-loss (DoReMi-style weights from dev loss above a reference, --excess-loss-*); "
                  "concat and RoundRobin are fairseq's own"},
    )
    sampling_weights_file: Optional[str] = field(
        default=None, metadata={"help": "JSON {pair: weight} for --sampling-method weights"})
    resample_interval: int = field(
        default=100, metadata={"help": "updates between recomputations of the sampling "
                               "probabilities (heating); adaptive ones change after each validation "
                               "and take effect at the next such boundary"})
    heating_start_temperature: float = field(default=1.0, metadata={"help": "heating: T at update 0"})
    heating_end_temperature: float = field(default=5.0, metadata={"help": "heating: T from --heating-updates on"})
    heating_updates: int = field(default=10000, metadata={"help": "heating: updates over which T rises"})
    heating_shape: ChoiceEnum(list(SHAPES)) = field(default="linear", metadata={"help": "heating: shape of T(k)"})
    heating_steps: int = field(default=4, metadata={"help": "heating: number of jumps of the step shape"})
    adaptive_metric: ChoiceEnum(["loss", "bleu"]) = field(
        default="loss", metadata={"help": "adaptive: per-pair dev metric compared to the baseline "
                                  "(bleu needs --eval-bleu)"})
    adaptive_baselines: str = field(
        default="auto", metadata={"help": "adaptive: the score each pair is compared with: 'auto' (its first "
                                  "validation: progress, not a gap), a JSON (mtl-nmt-baselines' baselines.json or "
                                  "{pair: value}), a checkpoint (its last validation), or a folder of single-pair "
                                  "checkpoints (<pair>/checkpoint_best.pt) or of mtl-nmt-baselines output"})
    adaptive_alpha: float = field(default=1.0, metadata={"help": "adaptive: exponent α of w_i = (b_i/s_i)^α"})
    adaptive_mix: float = field(default=0.0, metadata={"help": "adaptive: weight γ of the explicit "
                                "temperature schedule (--sampling-temperature) mixed in"})
    adaptive_smoothing: float = field(default=0.0, metadata={"help": "adaptive: β of p_t = β p_(t-1) + (1-β) p"})
    min_sampling_prob: float = field(default=0.0, metadata={"help": "floor m on every pair's probability"})
    implicit_max_scale: float = field(
        default=0.0, metadata={"help": "implicit schedules (--lr-scheduler task_scaled, --gradient-scaling "
                               "adaptive): clip r_i = p_i/q_i to [1/M, M]; 0: no clip"})
    implicit_temperature: float = field(
        default=0.0, metadata={"help": "implicit schedules (--gradient-scaling adaptive, --lr-scheduler "
                               "task_scaled) follow temperature sampling at T (static p_i ∝ n_i^(1/T)) "
                               "instead of the adaptive rule: e.g. T=5 as per-pair loss weights "
                               "r_i = p_i/q_i on batches sampled at T=1; 0: the adaptive rule"})
    homogeneous_batches: bool = field(
        default=False, metadata={"help": "every micro-batch holds one pair, drawn with the schedule's "
                                 "probabilities; all ranks draw the same pair at the same step"})
    homogeneous_scope: ChoiceEnum(["batch", "update"]) = field(
        default="batch", metadata={"help": "with --homogeneous-batches: one pair per micro-batch, or "
                                   "one pair for all micro-batches of an update (--update-freq)"})
    batch_order: ChoiceEnum(["longer", "source"]) = field(
        default="longer", metadata={"help": "mixed batches: sentences ordered by their longer side, then the "
                                   "shorter (the tightest packing: more target words per update at the same "
                                   "--max-tokens), or 'source': by source then target length, as fairseq's "
                                   "translation_multi_simple_epoch (its words per update without upsampling; "
                                   "with upsampling fewer, as copies of a sentence are kept apart)"})
    unimax_max_epochs: float = field(
        default=1.0, metadata={"help": "unimax: at most N epochs of any pair's data (Chung et al. 2023, "
                               "Algorithm 1; N=1 was best in their ablation)"})
    unimax_budget: int = field(
        default=0, metadata={"help": "unimax: training budget in sentences; 0: --max-update × the sentences "
                             "per update of the first epoch's batches"})
    odm_smoothing: float = field(
        default=0.9, metadata={"help": "odm: α of the reward estimate R_i <- α R_i + (1-α) L_i/π_i (Albalak et al. "
                               "2023)"})
    odm_exploration: float = field(
        default=0.0, metadata={"help": "odm: fixed exploration rate ε in (0, 1/K]; 0: the paper's "
                               "ε_t = min(1/K, sqrt(ln K/(K t)))"})
    odm_learning_rate: float = field(
        default=0.0, metadata={"help": "odm: fixed η of softmax(η R); 0: the paper's η = ε_(t-1)"})
    excess_loss_reference: Optional[str] = field(
        default=None, metadata={"help": "excess-loss: each pair's reference dev loss, read as --adaptive-baselines "
                                "reads baselines (mtl-nmt-baselines' folder or baselines.json, {pair: loss} JSON, "
                                "a checkpoint)"})
    excess_loss_step_size: float = field(
        default=1.0, metadata={"help": "excess-loss: step size η of w <- w exp(η λ) (Xie et al. 2023: 1)"})
    excess_loss_smoothing: float = field(
        default=1e-3, metadata={"help": "excess-loss: c of w <- (1-c) w/Σw + c/K (Xie et al. 2023: 1e-3)"})
    sampling_stages: Optional[str] = field(
        default=None, metadata={"help": "stages 'UNTIL:SCHEDULE;...;end:SCHEDULE', SCHEDULE one of uniform[=PAIR,...], "
                                "proportional[=PAIR,...] (only the pairs named), largest=K (proportional over the K "
                                "biggest pairs), temperature=T, weights=PAIR:W,..., method (--sampling-method's), "
                                "e.g. '1000:largest=2;end:method' "
                                "(Choi et al. 2023: the big pairs first)"})
    overfit_patience: int = field(
        default=0, metadata={"help": "over-fitting guard: after a pair's dev loss rose at N validations in a "
                             "row its probability falls back towards its natural share n_i/N; 0: off"})
    overfit_fallback: float = field(
        default=1.0, metadata={"help": "over-fitting guard: fraction f of the way back per trip "
                               "(keep (1-f)^trips of the excess); 1: all the way at once"})
    log_pairs: ChoiceEnum(["all", "summary"]) = field(
        default="all", metadata={"help": "per-pair keys in the text log: all (prob_/samples_<pair> every log "
                                 "line) or summary (sampling entropy, min/max pair; with many pairs). Validation "
                                 "and --tensorboard-logdir keep every pair"})
    eval_bleu: bool = field(default=False, metadata={"help": "compute per-pair BLEU at validation"})
    eval_bleu_args: str = field(default="{}", metadata={"help": "generation args for --eval-bleu, "
                                "as JSON, e.g. '{\"beam\": 4}'"})
    eval_bleu_remove_bpe: str = field(default="sentencepiece", metadata={"help": "post-processing for BLEU"})
    seed: int = II("common.seed")
    dataset_impl: Optional[str] = II("dataset.dataset_impl")
    train_subset: str = II("dataset.train_subset")
    valid_subset: str = II("dataset.valid_subset")
    required_batch_size_multiple: int = II("dataset.required_batch_size_multiple")
    update_freq: Any = II("optimization.update_freq")
    max_update: int = II("optimization.max_update")
    max_tokens: Optional[int] = II("dataset.max_tokens")
    distributed_world_size: int = II("distributed_training.distributed_world_size")



def split_files_exist(data_dir, split, src, tgt):
    for a, b in ((src, tgt), (tgt, src)):
        if os.path.exists(os.path.join(data_dir, f"{split}.{a}-{b}.{src}.idx")):
            return True
    return False


def check_config(args):
    """One clear error for a missing data folder, a malformed pair, an unknown language or a
    bad sampling option."""
    if not args.data:
        raise MtlNmtError("no data folder given (first positional argument)")
    data_dir = args.data.split(os.pathsep)[0]
    if not os.path.isdir(data_dir):
        raise MtlNmtError(f"data folder {data_dir!r} does not exist")
    if not args.lang_pairs:
        raise MtlNmtError("--lang-pairs is required, e.g. --lang-pairs en-de,en-fr")
    pairs = args.lang_pairs.split(",") if isinstance(args.lang_pairs, str) else list(args.lang_pairs)
    for pair in pairs:
        if pair.count("-") != 1 or "" in pair.split("-"):
            raise MtlNmtError(f"malformed language pair {pair!r} in --lang-pairs (expected src-tgt)")
    if args.sampling_method in ("temperature", "adaptive") and not args.sampling_temperature > 0:
        raise MtlNmtError(f"--sampling-temperature must be > 0, got {args.sampling_temperature}")
    if args.resample_interval < 1:
        raise MtlNmtError(f"--resample-interval must be >= 1, got {args.resample_interval}")
    if args.sampling_method == "adaptive" and args.adaptive_metric == "bleu" and not args.eval_bleu:
        raise MtlNmtError("--adaptive-metric bleu needs --eval-bleu")
    if args.implicit_temperature < 0:
        raise MtlNmtError(f"--implicit-temperature must be > 0 (0: the adaptive rule), "
                          f"got {args.implicit_temperature}")
    if args.implicit_max_scale and args.implicit_max_scale < 1:
        raise MtlNmtError(f"--implicit-max-scale must be 0 (no clip) or >= 1, got {args.implicit_max_scale}")
    if args.homogeneous_batches and args.sampling_method not in SCHEDULED_METHODS:
        raise MtlNmtError(f"--homogeneous-batches needs one of --sampling-method {', '.join(SCHEDULED_METHODS)}")
    if args.sampling_method in SCHEDULED_METHODS and args.lang_tok_replacing_bos_eos and not args.homogeneous_batches:
        raise MtlNmtError("--lang-tok-replacing-bos-eos with scheduled sampling needs --homogeneous-batches "
                          "(its per-pair collaters cannot mix pairs in one batch)")
    if args.sampling_method == "unimax":
        if args.unimax_max_epochs <= 0:
            raise MtlNmtError(f"--unimax-max-epochs must be > 0, got {args.unimax_max_epochs}")
        if args.unimax_budget < 0:
            raise MtlNmtError(f"--unimax-budget must be >= 0 (0: derived from --max-update), got {args.unimax_budget}")
    check_online_options(args, pairs)
    if args.source_dict or args.target_dict or args.fixed_dictionary:
        return
    needed = {lang for p in pairs for lang in p.split("-")}
    if args.source_lang:
        needed |= {args.source_lang, args.target_lang}
    have = sorted(f[5:-4] for f in os.listdir(data_dir) if f.startswith("dict.") and f.endswith(".txt"))
    missing = sorted(lang for lang in needed if lang not in have)
    if missing:
        raise MtlNmtError(
            f"unknown language(s) {', '.join(missing)} in --lang-pairs: no dict.<lang>.txt for them "
            f"in {data_dir} (languages there: {', '.join(have) or 'none'})"
        )
    if args.langs:
        langs = args.langs.split(",") if isinstance(args.langs, str) else list(args.langs)
        extra = sorted(lang for lang in needed if lang not in langs)
        if extra:
            raise MtlNmtError(f"language(s) {', '.join(extra)} of --lang-pairs are not in --langs")
