"""The sampler a run's options ask for (no fairseq import: ``args`` is any namespace with the task's
options, see :mod:`mtl_nmt.tasks.config`)."""
import logging
from typing import Sequence

import numpy as np

from ..errors import MtlNmtError
from .baselines import resolve_baselines
from .sampler import ScheduledSampler
from .schedule import SCHEDULED_METHODS, AdaptiveSchedule, HeatingSchedule, StaticSchedule, UnimaxSchedule
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


def build_sampler(args, pairs: Sequence[str], sizes: Sequence[int], mean_tokens: float = 1.0) -> ScheduledSampler:
    """Schedule (what is sampled), the adaptive schedule implicit methods follow, and the sampler.
    ``sizes``: training sentences per pair; ``mean_tokens``: mean sentence length (UniMax budget)."""
    method = args.sampling_method
    metric_baselines = resolve_baselines(args.adaptive_baselines, pairs, args.adaptive_metric)
    if method == "heating":
        schedule = HeatingSchedule(pairs, sizes, args.heating_start_temperature, args.heating_end_temperature,
                                   args.heating_updates, args.heating_shape, args.heating_steps, args.min_sampling_prob)
    elif method == "adaptive":
        schedule = AdaptiveSchedule(pairs, sizes, args.adaptive_metric, metric_baselines, args.adaptive_alpha,
                                    args.adaptive_mix, args.adaptive_smoothing, args.sampling_temperature,
                                    args.min_sampling_prob)
    elif method == "unimax":
        schedule = UnimaxSchedule(pairs, sizes, unimax_budget(args, mean_tokens), args.unimax_max_epochs,
                                  args.min_sampling_prob)
        logger.info("unimax allocation (Chung et al. 2023):\n%s", schedule.table())
    else:
        weights = None
        if method == "weights":
            if not args.sampling_weights_file:
                raise MtlNmtError("--sampling-method weights needs --sampling-weights-file")
            w = load_pair_values(args.sampling_weights_file, pairs, "sampling weights")
            weights = [w[p] for p in pairs]
        schedule = StaticSchedule(pairs, sizes, method, args.sampling_temperature, weights, args.min_sampling_prob)
    logger.info("sampling %s: sizes %s, initial probabilities %s", method, dict(zip(pairs, sizes)),
                dict(zip(pairs, np.round(schedule.probs(0), 4).tolist())))
    implicit = schedule
    if method != "adaptive":
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
    if args.sampling_method == "adaptive":
        raise MtlNmtError(f"{what} scales pair i by p_i/q_i, which is 1 when the sampling already follows "
                          "the adaptive schedule: sample from an explicit q (e.g. --sampling-method temperature)")
    if args.adaptive_metric == "bleu" and not args.eval_bleu:
        raise MtlNmtError(f"{what} with --adaptive-metric bleu needs --eval-bleu")
