"""The sampler a run's options ask for (no fairseq import: ``args`` is any namespace with the task's
options, see :mod:`mtl_nmt.tasks.config`)."""
import logging
from typing import Sequence

import numpy as np

from ..errors import MtlNmtError
from .baselines import resolve_baselines
from .excess_loss import ExcessLossSchedule, check_excess_loss_options
from .odm import OdmSchedule, check_odm_options
from .overfit_guard import OverfitGuard, check_guard_options
from .sampler import ScheduledSampler
from .schedule import SCHEDULED_METHODS, AdaptiveSchedule, HeatingSchedule, StaticSchedule, UnimaxSchedule
from .stages import StagedSchedule, check_stage_boundaries, parse_stages
from .weights import load_pair_values

logger = logging.getLogger(__name__)


def unimax_budget(args, mean_tokens: float) -> float:
    """``--unimax-budget``, or the sentences the run will draw: ``--max-update`` × updates' batches
    × sentences per batch (``--max-tokens`` over the mean sentence length in tokens)."""
    if args.unimax_budget:
        return float(args.unimax_budget)
    max_update = getattr(args, "max_update", 0) or 0
    max_tokens = getattr(args, "max_tokens", None)
    if not max_update or not max_tokens:
        raise MtlNmtError("--sampling-method unimax needs --unimax-budget (sentences), or --max-update and "
                          "--max-tokens to derive it")
    uf = getattr(args, "update_freq", 1)
    uf = max(uf) if hasattr(uf, "__len__") else uf
    world = getattr(args, "distributed_world_size", 1) or 1
    return float(max_update) * int(uf) * int(world) * float(max_tokens) / max(1.0, mean_tokens)


def check_online_options(args, pairs: Sequence[str]) -> None:
    """One clear error, before any data is read, for a bad option of ODM, excess-loss, the stages
    or the over-fitting guard."""
    method = args.sampling_method
    for option, given in (("--sampling-stages", args.sampling_stages), ("--overfit-patience", args.overfit_patience)):
        if given and method not in SCHEDULED_METHODS:
            raise MtlNmtError(f"{option} needs a scheduled --sampling-method ({', '.join(SCHEDULED_METHODS)}), "
                              f"not {method}")
    if method == "odm":
        check_odm_options(len(pairs), args.odm_smoothing, args.odm_exploration, args.odm_learning_rate)
    if method == "excess-loss":
        check_excess_loss_options(args.excess_loss_step_size, args.excess_loss_smoothing)
        if args.excess_loss_reference in (None, "", "auto"):
            raise MtlNmtError("--sampling-method excess-loss needs --excess-loss-reference: the baselines of "
                              "mtl-nmt-baselines (its folder or baselines.json), a {pair: loss} JSON, or a checkpoint")
    check_guard_options(args.overfit_patience, args.overfit_fallback)
    if args.sampling_stages:
        check_stage_boundaries(parse_stages(args.sampling_stages, pairs), args.resample_interval)


def method_schedule(args, pairs, sizes, mean_tokens: float, metric_baselines, min_prob: float):
    """The schedule of ``--sampling-method`` alone, floored at ``min_prob``."""
    method = args.sampling_method
    if method == "heating":
        return HeatingSchedule(pairs, sizes, args.heating_start_temperature, args.heating_end_temperature,
                               args.heating_updates, args.heating_shape, args.heating_steps, min_prob)
    if method == "adaptive":
        return AdaptiveSchedule(pairs, sizes, args.adaptive_metric, metric_baselines, args.adaptive_alpha,
                                args.adaptive_mix, args.adaptive_smoothing, args.sampling_temperature, min_prob)
    if method == "unimax":
        schedule = UnimaxSchedule(pairs, sizes, unimax_budget(args, mean_tokens), args.unimax_max_epochs, min_prob)
        logger.info("unimax allocation (Chung et al. 2023):\n%s", schedule.table())
        return schedule
    if method == "odm":
        return OdmSchedule(pairs, sizes, args.odm_smoothing, args.odm_exploration, args.odm_learning_rate, min_prob)
    if method == "excess-loss":
        reference = resolve_baselines(args.excess_loss_reference, pairs, "loss")
        return ExcessLossSchedule(pairs, sizes, reference, args.excess_loss_step_size, args.excess_loss_smoothing,
                                  min_prob)
    weights = None
    if method == "weights":
        if not args.sampling_weights_file:
            raise MtlNmtError("--sampling-method weights needs --sampling-weights-file")
        w = load_pair_values(args.sampling_weights_file, pairs, "sampling weights")
        weights = [w[p] for p in pairs]
    return StaticSchedule(pairs, sizes, method, args.sampling_temperature, weights, min_prob)


def build_sampler(args, pairs: Sequence[str], sizes: Sequence[int], mean_tokens: float = 1.0) -> ScheduledSampler:
    """Schedule (what is sampled: the method, inside ``--sampling-stages`` and the over-fitting guard
    when given; the floor ``--min-sampling-prob`` applies once, outermost), the schedule implicit
    methods follow (the adaptive rule, or temperature at ``--implicit-temperature``), and the
    sampler. ``sizes``: training sentences per pair; ``mean_tokens``: mean sentence length (UniMax
    budget)."""
    method = args.sampling_method
    check_online_options(args, pairs)
    metric_baselines = resolve_baselines(args.adaptive_baselines, pairs, args.adaptive_metric)
    stages, guard, floor = args.sampling_stages, args.overfit_patience > 0, args.min_sampling_prob
    schedule = method_schedule(args, pairs, sizes, mean_tokens, metric_baselines,
                               0.0 if stages or guard else floor)
    if stages:
        schedule = StagedSchedule(pairs, sizes, stages, schedule, 0.0 if guard else floor)
    if guard:
        schedule = OverfitGuard(schedule, args.overfit_patience, args.overfit_fallback, floor)
    logger.info("sampling %s: sizes %s, initial probabilities %s", schedule.name, dict(zip(pairs, sizes)),
                dict(zip(pairs, np.round(schedule.probs(0), 4).tolist())))
    implicit = schedule
    if getattr(args, "implicit_temperature", 0.0) > 0:
        # a static p: temperature sampling at T as per-pair scales of the sampled q (Jean et al. 2019, §3.3)
        implicit = StaticSchedule(pairs, sizes, "temperature", args.implicit_temperature)
    elif method != "adaptive":
        # what implicit schedules follow: the adaptive rule, starting from the sampled q(0)
        implicit = AdaptiveSchedule(pairs, sizes, args.adaptive_metric, metric_baselines, args.adaptive_alpha,
                                    args.adaptive_mix, args.adaptive_smoothing, min_prob=args.min_sampling_prob,
                                    explicit=schedule.probs(0))
    if metric_baselines is None and method == "adaptive":
        logger.warning("--adaptive-baselines auto: each pair's baseline is its first validation, so the schedule "
                       "follows progress since then, not the gap to a single-pair model (Jean et al. 2019 compare "
                       "with bilingual baselines: make them with mtl-nmt-baselines)")
    return ScheduledSampler(schedule, args.resample_interval, implicit, seed=args.seed,
                            max_scale=args.implicit_max_scale)


def require_implicit_schedule(args, what: str) -> None:
    """Clear errors when ``what`` (an implicit-schedule option) cannot work with this config."""
    if args.sampling_method not in SCHEDULED_METHODS:
        raise MtlNmtError(f"{what} needs a scheduled --sampling-method ({', '.join(SCHEDULED_METHODS)}): "
                          "r_i = p_i/q_i needs the sampled q")
    if args.sampling_method == "adaptive" and not getattr(args, "implicit_temperature", 0.0) > 0:
        raise MtlNmtError(f"{what} scales pair i by p_i/q_i, which is 1 when the sampling already follows "
                          "the adaptive schedule: sample from an explicit q (e.g. --sampling-method temperature) "
                          "or give p with --implicit-temperature")
    if args.adaptive_metric == "bleu" and not args.eval_bleu:
        raise MtlNmtError(f"{what} with --adaptive-metric bleu needs --eval-bleu")


def require_pair_losses(args, criterion_has_pair_sums: bool) -> None:
    """ODM learns from per-pair training losses, which only a criterion keeping per-pair sums hands over."""
    if args.sampling_method == "odm" and not criterion_has_pair_sums:
        raise MtlNmtError("--sampling-method odm learns from per-pair training losses: use --criterion "
                          "mtl_label_smoothed_cross_entropy (the same loss, with per-pair sums)")
