"""Task ``multilingual_scheduled``: fairseq's ``translation_multi_simple_epoch`` with scheduled
multilingual sampling (uniform, proportional, temperature, heating, adaptive, fixed weights),
optional task-homogeneous batches, per-pair bookkeeping and per-pair validation (loss, BLEU)."""
import json
import logging
import math
import os
from argparse import Namespace
from dataclasses import dataclass, field
from typing import Any, Optional

import numpy as np
import torch
from fairseq import metrics, utils
from fairseq.dataclass import ChoiceEnum
from fairseq.tasks import FairseqTask, register_task
from fairseq.tasks.translation_multi_simple_epoch import TranslationMultiSimpleEpochTask
from omegaconf import II

from ..data.scheduled_batches import BatchPlan, ScheduledEpochBatchIterator
from ..data.task_datasets import TaskDataManager
from ..dataclass_utils import dataclass_from_add_args, namespace_from_config
from ..errors import MtlNmtError
from ..evaluation import bleu_from_stats, bleu_tokenizer
from ..lr_scheduler.task_scaled import TASK_LR_ATTR
from ..optim.fairseq_adatask import find_adatask
from ..pertask import (PER_TASK_PREFIX, TaskSpace, add_task_stats, log_task_losses, log_task_means,
                       split_by_task, sum_task_stat, task_counts)
from ..sampling.heating import SHAPES
from ..sampling.implicit import implicit_scales
from ..sampling.sampler import ScheduledSampler
from ..sampling.schedule import SCHEDULED_METHODS, AdaptiveSchedule, HeatingSchedule, StaticSchedule
from ..sampling.weights import load_pair_values

logger = logging.getLogger(__name__)

_ParentConfig, _CONVERTERS = dataclass_from_add_args(
    "TranslationMultiSimpleEpochConfig", TranslationMultiSimpleEpochTask.add_args
)


@dataclass
class MultilingualScheduledConfig(_ParentConfig):
    """All of ``translation_multi_simple_epoch``'s options, plus mtl-nmt's."""

    sampling_method: ChoiceEnum(list(SCHEDULED_METHODS) + ["concat", "RoundRobin"]) = field(
        default="concat",
        metadata={"help": "how often each pair is sampled: uniform (1/K), proportional (n_i/N), "
                  "temperature ((n_i/N)^(1/T), --sampling-temperature), heating (T rises, "
                  "--heating-*), adaptive (over-sample pairs behind their baseline, --adaptive-*), "
                  "weights (--sampling-weights-file); concat and RoundRobin are fairseq's own"},
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
        default="auto", metadata={"help": "adaptive: 'auto' (the first validation's scores), a JSON "
                                  "file {pair: value}, or a checkpoint whose last validation scores are used"})
    adaptive_alpha: float = field(default=1.0, metadata={"help": "adaptive: exponent α of w_i = (b_i/s_i)^α"})
    adaptive_mix: float = field(default=0.0, metadata={"help": "adaptive: weight γ of the explicit "
                                "temperature schedule (--sampling-temperature) mixed in"})
    adaptive_smoothing: float = field(default=0.0, metadata={"help": "adaptive: β of p_t = β p_(t-1) + (1-β) p"})
    min_sampling_prob: float = field(default=0.0, metadata={"help": "floor m on every pair's probability"})
    implicit_max_scale: float = field(
        default=0.0, metadata={"help": "implicit schedules (--lr-scheduler task_scaled, --gradient-scaling "
                               "adaptive): clip r_i = p_i/q_i to [1/M, M]; 0: no clip"})
    homogeneous_batches: bool = field(
        default=False, metadata={"help": "every micro-batch holds one pair, drawn with the schedule's "
                                 "probabilities; all ranks draw the same pair at the same step"})
    homogeneous_scope: ChoiceEnum(["batch", "update"]) = field(
        default="batch", metadata={"help": "with --homogeneous-batches: one pair per micro-batch, or "
                                   "one pair for all micro-batches of an update (--update-freq)"})
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


_TRACE = os.environ.get("MTL_NMT_TRACE_BATCHES")
# summable sacreBLEU statistics, per pair, behind bleu_<pair>
_BLEU_STATS = ("bleu_sys_len", "bleu_ref_len", *[f"bleu_{a}_{i}" for a in ("counts", "totals") for i in range(4)])


def _trace_batch(update_num, task_ids, model):
    """With MTL_NMT_TRACE_BATCHES=PREFIX, append "update<TAB>task ids<TAB>parameter checksum" of every
    micro-batch to PREFIX.rank<R> (to check what each rank trained on, and that ranks agree)."""
    rank = torch.distributed.get_rank() if torch.distributed.is_initialized() else 0
    with torch.no_grad():
        checksum = sum(float(p.double().sum()) for p in model.parameters())
    with open(f"{_TRACE}.rank{rank}", "a", encoding="utf-8") as f:
        f.write(f"{update_num}\t{','.join(map(str, sorted(set(task_ids.tolist()))))}\t{checksum:.6e}\n")


def _split_files_exist(data_dir, split, src, tgt):
    for a, b in ((src, tgt), (tgt, src)):
        if os.path.exists(os.path.join(data_dir, f"{split}.{a}-{b}.{src}.idx")):
            return True
    return False


@register_task("multilingual_scheduled", dataclass=MultilingualScheduledConfig)
class MultilingualScheduledTask(TranslationMultiSimpleEpochTask):
    """Multilingual translation over ``--lang-pairs`` with scheduled sampling and per-pair metrics."""

    @classmethod
    def add_args(cls, parser):
        FairseqTask.add_args.__func__(cls, parser)

    def __init__(self, args, langs, dicts, training):
        super().__init__(args, langs, dicts, training)
        self.data_manager = TaskDataManager(args, self.lang_pairs, langs, dicts, self.sampling_method)
        self.task_space = TaskSpace(self.lang_pairs)
        self.scheduled = args.sampling_method in SCHEDULED_METHODS
        self.sampler: Optional[ScheduledSampler] = None
        self._pending_valid = None
        self._filtered = None
        self._update_tasks = set()
        self._checked_task_lr = False

    @classmethod
    def setup_task(cls, cfg, **kwargs):
        args = namespace_from_config(cfg, _CONVERTERS)
        cls.check_config(args)
        langs, dicts, training = TaskDataManager.prepare(cls.load_dictionary, args, **kwargs)
        return cls(args, langs, dicts, training)

    @staticmethod
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
        if args.implicit_max_scale and args.implicit_max_scale < 1:
            raise MtlNmtError(f"--implicit-max-scale must be 0 (no clip) or >= 1, got {args.implicit_max_scale}")
        if args.homogeneous_batches and args.sampling_method not in SCHEDULED_METHODS:
            raise MtlNmtError(f"--homogeneous-batches needs one of --sampling-method {', '.join(SCHEDULED_METHODS)}")
        if args.sampling_method in SCHEDULED_METHODS and args.lang_tok_replacing_bos_eos and not args.homogeneous_batches:
            raise MtlNmtError("--lang-tok-replacing-bos-eos with scheduled sampling needs --homogeneous-batches "
                              "(its per-pair collaters cannot mix pairs in one batch)")
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

    # ---------------------------------------------------------------- data
    def load_dataset(self, split, epoch=1, combine=False, **kwargs):
        data_dir = self.args.data.split(os.pathsep)[0]
        missing = [p for p in self.lang_pairs if not _split_files_exist(data_dir, split, *p.split("-"))]
        if missing:
            raise MtlNmtError(
                f"no binarized '{split}' data in {data_dir} for pair(s) {', '.join(missing)} "
                f"(expected {split}.<src>-<tgt>.<lang>.idx/.bin, written by fairseq-preprocess)"
            )
        super().load_dataset(split, epoch=epoch, combine=combine, **kwargs)
        if self.scheduled and self.training and split == self.args.train_subset and self.sampler is None:
            self.sampler = self.build_sampler(self.datasets[split])
            self.sampler.before_save = self._flush_validation

    def build_sampler(self, dataset) -> ScheduledSampler:
        a = self.args
        sizes = [0] * len(self.task_space)
        for tid, d in zip(dataset.task_ids, dataset.datasets):
            sizes[tid] = len(d)
        pairs = self.task_space.names
        method = a.sampling_method
        if method == "heating":
            schedule = HeatingSchedule(pairs, sizes, a.heating_start_temperature, a.heating_end_temperature,
                                       a.heating_updates, a.heating_shape, a.heating_steps, a.min_sampling_prob)
        elif method == "adaptive":
            schedule = AdaptiveSchedule(pairs, sizes, a.adaptive_metric, self._adaptive_baselines(pairs),
                                        a.adaptive_alpha, a.adaptive_mix, a.adaptive_smoothing,
                                        a.sampling_temperature, a.min_sampling_prob)
        else:
            weights = None
            if method == "weights":
                if not a.sampling_weights_file:
                    raise MtlNmtError("--sampling-method weights needs --sampling-weights-file")
                w = load_pair_values(a.sampling_weights_file, pairs, "sampling weights")
                weights = [w[p] for p in pairs]
            schedule = StaticSchedule(pairs, sizes, method, a.sampling_temperature, weights, a.min_sampling_prob)
        logger.info("sampling %s: sizes %s, initial probabilities %s", method, dict(zip(pairs, sizes)),
                    dict(zip(pairs, np.round(schedule.probs(0), 4).tolist())))
        implicit = schedule
        if method != "adaptive":
            # what implicit schedules follow: the adaptive rule, starting from the sampled q(0)
            implicit = AdaptiveSchedule(pairs, sizes, a.adaptive_metric, self._adaptive_baselines(pairs),
                                        a.adaptive_alpha, a.adaptive_mix, a.adaptive_smoothing,
                                        min_prob=a.min_sampling_prob, explicit=schedule.probs(0))
        return ScheduledSampler(schedule, a.resample_interval, implicit)

    # ---------------------------------------------------------------- implicit schedules
    def require_implicit_schedule(self, what: str) -> None:
        """Clear errors when ``what`` (an implicit-schedule option) cannot work with this config."""
        if self.args.sampling_method not in SCHEDULED_METHODS:
            raise MtlNmtError(f"{what} needs a scheduled --sampling-method ({', '.join(SCHEDULED_METHODS)}): "
                              "r_i = p_i/q_i needs the sampled q")
        if self.args.sampling_method == "adaptive":
            raise MtlNmtError(f"{what} scales pair i by p_i/q_i, which is 1 when the sampling already follows "
                              "the adaptive schedule: sample from an explicit q (e.g. --sampling-method temperature)")
        if self.args.adaptive_metric == "bleu" and not self.args.eval_bleu:
            raise MtlNmtError(f"{what} with --adaptive-metric bleu needs --eval-bleu")

    def implicit_scales(self) -> np.ndarray:
        """r_i = p_i/q_i now (Jean et al. 2019 §3.3), in the order of ``--lang-pairs``."""
        if self.sampler is None:
            raise MtlNmtError("implicit schedules need a scheduled --sampling-method and training data")
        return implicit_scales(self.sampler.implicit.probs(self.sampler.num_updates),
                               self.sampler.current_probs(), self.args.implicit_max_scale)

    def _check_task_lr(self, optimizer):
        self._checked_task_lr = True
        scaler = getattr(optimizer, TASK_LR_ATTR, None)
        if scaler is None:
            return
        if scaler.source == "adaptive":
            self.require_implicit_schedule("--task-lr-scales adaptive")
        uf = self.args.update_freq
        uf = max(uf) if isinstance(uf, (list, tuple)) or hasattr(uf, "__len__") else uf
        if not self.args.homogeneous_batches:
            raise MtlNmtError("--lr-scheduler task_scaled gives each update the learning rate of its pair: it "
                              "needs one pair per update, i.e. --homogeneous-batches (mixed batches: use "
                              "--criterion mtl_label_smoothed_cross_entropy --gradient-scaling adaptive)")
        if int(uf) > 1 and self.args.homogeneous_scope != "update":
            raise MtlNmtError("--lr-scheduler task_scaled with --update-freq > 1 needs --homogeneous-scope update "
                              "(one pair for all micro-batches of an update)")

    def optimizer_step(self, optimizer, model, update_num):
        scaler = getattr(optimizer, TASK_LR_ATTR, None)
        tasks, self._update_tasks = self._update_tasks, set()
        if scaler is None:
            return super().optimizer_step(optimizer, model, update_num)
        scales = scaler.scales(self)
        for name, r in zip(self.task_space.names, scales.tolist()):
            metrics.log_scalar(f"lr_scale_{name}", r, weight=1, round=4)
        if len(tasks) > 1:
            raise MtlNmtError(f"update {update_num} trained on several pairs {sorted(tasks)}: task_scaled "
                              "needs one pair per update (--homogeneous-batches)")
        if not tasks:
            return super().optimizer_step(optimizer, model, update_num)
        lr = optimizer.get_lr()
        optimizer.set_lr(lr * float(scales[tasks.pop()]))
        try:
            super().optimizer_step(optimizer, model, update_num)
        finally:
            optimizer.set_lr(lr)

    def _adaptive_baselines(self, pairs):
        source = self.args.adaptive_baselines
        if source == "auto":
            return None
        if source.endswith(".pt"):
            from fairseq import checkpoint_utils

            if not os.path.isfile(source):
                raise MtlNmtError(f"--adaptive-baselines checkpoint {source!r} does not exist")
            state = checkpoint_utils.load_checkpoint_to_cpu(source)
            sampler = state.get("extra_state", {}).get("train_iterator", {}).get("mtl_sampler", {})
            scores = (sampler.get("last_metrics") or {}).get(self.args.adaptive_metric)
            if not scores:
                raise MtlNmtError(f"{source} holds no per-pair validation {self.args.adaptive_metric} "
                                  "(train it with multilingual_scheduled and a scheduled --sampling-method)")
            missing = [p for p in pairs if p not in scores]
            if missing:
                raise MtlNmtError(f"{source} has no baseline for pair(s) {', '.join(missing)}")
            return {p: scores[p] for p in pairs}
        return load_pair_values(source, pairs, "adaptive baselines")

    def get_batch_iterator(self, dataset, max_tokens=None, max_sentences=None, max_positions=None,
                           ignore_invalid_inputs=False, required_batch_size_multiple=1, seed=1,
                           num_shards=1, shard_id=0, num_workers=0, epoch=1, data_buffer_size=0,
                           disable_iterator_cache=False, skip_remainder_batch=False,
                           grouped_shuffling=False, update_epoch_batch_itr=False):
        is_train = dataset is self.datasets.get(self.args.train_subset)
        if not (is_train and self.sampler is not None):
            return super().get_batch_iterator(
                dataset, max_tokens=max_tokens, max_sentences=max_sentences, max_positions=max_positions,
                ignore_invalid_inputs=ignore_invalid_inputs,
                # never drop a final partial batch of dev/test sentences
                required_batch_size_multiple=required_batch_size_multiple if is_train else 1,
                seed=seed, num_shards=num_shards, shard_id=shard_id, num_workers=num_workers, epoch=epoch,
                data_buffer_size=data_buffer_size, disable_iterator_cache=disable_iterator_cache,
                skip_remainder_batch=skip_remainder_batch, grouped_shuffling=grouped_shuffling,
                update_epoch_batch_itr=update_epoch_batch_itr)
        if self._filtered is None:
            self._filtered = self._pair_indices(dataset, max_positions, ignore_invalid_inputs)
        uf = self.args.update_freq
        uf = list(uf) if isinstance(uf, (list, tuple)) or hasattr(uf, "__len__") else [uf]

        def plan_factory(ep):
            update_freq = int(uf[min(ep, len(uf)) - 1])
            per_update = num_shards * update_freq
            group = per_update if self.args.homogeneous_scope == "update" else num_shards
            return BatchPlan(self._filtered, dataset.sizes, lambda b: self.sampler.probs_for_block(ep, b),
                             self.args.resample_interval, per_update, group, self.args.homogeneous_batches,
                             seed, ep, max_tokens, max_sentences, required_batch_size_multiple)

        # like the parent task, no background buffer thread: on CPU it competes with training for
        # the GIL, and without it new probabilities reach the very next block
        return ScheduledEpochBatchIterator(
            dataset, dataset.collater, plan_factory, self.sampler, seed=seed, num_shards=num_shards,
            shard_id=shard_id, num_workers=num_workers, epoch=epoch,
            skip_remainder_batch=skip_remainder_batch)

    def _pair_indices(self, dataset, max_positions, ignore_invalid_inputs):
        out = [np.zeros(0, dtype=np.int64) for _ in self.task_space.names]
        offset = 0
        for tid, d in zip(dataset.task_ids, dataset.datasets):
            idx = np.arange(offset, offset + len(d), dtype=np.int64)
            if max_positions is not None:
                idx = self.filter_indices_by_size(idx, dataset, max_positions, ignore_invalid_inputs)
            out[tid] = np.asarray(idx, dtype=np.int64)
            offset += len(d)
        return out

    # ---------------------------------------------------------------- training
    def train_step(self, sample, model, criterion, optimizer, update_num, ignore_grad=False):
        if self.sampler is not None:
            self._flush_validation()
            self.sampler.num_updates = update_num
            probs = self.sampler.current_probs()
            for name, p in zip(self.task_space.names, probs.tolist()):
                metrics.log_scalar(f"prob_{name}", p, weight=1, round=4)
            if isinstance(self.sampler.schedule, HeatingSchedule):
                metrics.log_scalar("sampling_temperature", self.sampler.schedule.temperature(update_num), 1, round=3)
        if not self._checked_task_lr:
            self._check_task_lr(optimizer)
        adatask = find_adatask(optimizer)
        if adatask is not None and "task_ids" in sample and not ignore_grad:
            loss, sample_size, logging_output = self._adatask_train_step(
                adatask, sample, model, criterion, optimizer, update_num)
        else:
            loss, sample_size, logging_output = super().train_step(
                sample, model, criterion, optimizer, update_num, ignore_grad)
        if "task_ids" in sample and not ignore_grad:
            self._update_tasks.update(torch.unique(sample["task_ids"]).tolist())
        if "task_ids" in sample:
            logging_output[PER_TASK_PREFIX + "samples"] = task_counts(sample["task_ids"], len(self.task_space))
            if _TRACE:
                _trace_batch(update_num, sample["task_ids"], model)
        if self.sampler is not None:
            self.sampler.num_updates = update_num + 1
        return loss, sample_size, logging_output

    def _adatask_train_step(self, adatask, sample, model, criterion, optimizer, update_num):
        """Tell AdaTask whose gradient each backward pass produces; a mixed batch is split and
        back-propagated once per pair present (Yang et al. 2023 need per-pair gradients)."""
        if not getattr(adatask, "_names_set", False):
            adatask.set_param_names(model)
            adatask._names_set = True
            # fairseq's fp16/bf16/amp wrappers keep fp32 copies and sync their gradients themselves
            adatask.segments_supported = not hasattr(optimizer, "fp32_optimizer")
        present = torch.unique(sample["task_ids"]).tolist()
        if len(present) == 1:
            adatask.begin_task_segment(present[0])
            return super().train_step(sample, model, criterion, optimizer, update_num)
        if not getattr(self, "_warned_mixed_adatask", False):
            logger.warning("adatask with mixed batches: one forward/backward per pair present in each batch "
                           "(up to %d× the cost); use --homogeneous-batches for one backward per micro-batch",
                           len(self.task_space))
            self._warned_mixed_adatask = True
        total_loss, total_size, merged = 0.0, 0, {}
        for task_id, sub in split_by_task(sample, self.target_dictionary.pad()):
            adatask.begin_task_segment(task_id)
            loss, size, out = super().train_step(sub, model, criterion, optimizer, update_num)
            total_loss += loss.detach()
            total_size += size
            for key, value in out.items():
                merged[key] = merged.get(key, 0) + value
        return total_loss, total_size, merged

    # ---------------------------------------------------------------- validation
    def build_model(self, args, from_checkpoint=False):
        model = super().build_model(args, from_checkpoint)
        if getattr(self.args, "eval_bleu", False):
            gen_args = json.loads(self.args.eval_bleu_args or "{}")
            # fairseq's multilingual build_generator needs --target-lang; per-pair prefixes are
            # given at generation time instead (see _add_bleu_stats)
            self.sequence_generator = FairseqTask.build_generator(self, [model], Namespace(**gen_args))
        return model

    def begin_valid_epoch(self, epoch, model):
        super().begin_valid_epoch(epoch, model)
        self._flush_validation()

    def valid_step(self, sample, model, criterion):
        if "task_ids" not in sample:
            return super().valid_step(sample, model, criterion)
        if getattr(criterion, "num_tasks", None) == len(self.task_space):
            # the criterion keeps per-pair sums itself: one forward for the whole batch
            loss, size, out = super().valid_step(sample, model, criterion)
            if getattr(self.args, "eval_bleu", False):
                for task_id, sub in split_by_task(sample, self.target_dictionary.pad()):
                    self._add_bleu_stats(out, task_id, sub, model)
            out[PER_TASK_PREFIX + "valid"] = torch.ones(1, dtype=torch.float64)
            return loss, size, out
        total_loss, total_size, merged = 0.0, 0, {}
        pad = self.target_dictionary.pad()
        k = len(self.task_space)
        for task_id, sub in split_by_task(sample, pad):
            loss, size, out = super().valid_step(sub, model, criterion)
            total_loss += loss
            total_size += size
            for key, value in out.items():
                merged[key] = merged.get(key, 0) + value
            add_task_stats(merged, task_id, out, k)
            if getattr(self.args, "eval_bleu", False):
                self._add_bleu_stats(merged, task_id, sub, model)
        merged[PER_TASK_PREFIX + "valid"] = torch.ones(1, dtype=torch.float64)
        return total_loss, total_size, merged

    def _add_bleu_stats(self, out, task_id, sample, model):
        from sacrebleu.metrics import BLEU

        src, tgt = self.task_space.names[task_id].split("-")
        _, tgt_spec = self.args.langtoks["main"]
        langtok = self.data_manager.get_decoder_langtok(tgt, tgt_spec) if tgt_spec else None
        prefix = None
        if langtok is not None:
            prefix = torch.full((sample["target"].size(0), 1), langtok, dtype=torch.long,
                                device=sample["target"].device)
        with torch.no_grad():
            gen = self.sequence_generator.generate([model], sample, prefix_tokens=prefix)
        ignore = {langtok} if langtok is not None else set()
        d = self.target_dictionary

        def decode(tokens):
            return d.string(tokens.int().cpu(), self.args.eval_bleu_remove_bpe,
                            extra_symbols_to_ignore=ignore, unk_string="<unk>")

        hyps = [decode(g[0]["tokens"]) for g in gen]
        refs = [decode(utils.strip_pad(t, d.pad())) for t in sample["target"]]
        stats = BLEU(tokenize=bleu_tokenizer(tgt)).corpus_score(hyps, [refs])
        k = len(self.task_space)
        values = {"bleu_sys_len": stats.sys_len, "bleu_ref_len": stats.ref_len}
        for i in range(4):
            values[f"bleu_counts_{i}"] = stats.counts[i]
            values[f"bleu_totals_{i}"] = stats.totals[i]
        for key, v in values.items():
            name = PER_TASK_PREFIX + key
            if name not in out:
                out[name] = torch.zeros(k, dtype=torch.float64)
            out[name][task_id] += float(v)

    def reduce_metrics(self, logging_outputs, criterion):
        super().reduce_metrics(logging_outputs, criterion)
        names = self.task_space.names
        log_task_losses(logging_outputs, names, metrics)
        log_task_means(logging_outputs, names, "weight", "weight_batches", metrics, "weight_")
        counts = sum_task_stat(logging_outputs, "samples")
        if counts is not None:
            for name, count in zip(names, counts.tolist()):
                metrics.log_scalar_sum(f"samples_{name}", count)
        if sum_task_stat(logging_outputs, "valid") is not None:
            self._accumulate_validation(logging_outputs)
            for stat in _BLEU_STATS:
                v = sum_task_stat(logging_outputs, stat)
                if v is not None:
                    for name, x in zip(names, v.tolist()):
                        metrics.log_scalar_sum(f"_{stat}_{name}", x)
            if sum_task_stat(logging_outputs, "bleu_sys_len") is not None:
                for name in names:
                    metrics.log_derived(f"bleu_{name}", _derived_bleu(name))

    def _accumulate_validation(self, logging_outputs):
        keys = ["loss", "nll_loss", "ntokens", "sample_size", *_BLEU_STATS]
        acc = self._pending_valid or {}
        for key in keys:
            v = sum_task_stat(logging_outputs, key)
            if v is not None:
                acc[key] = v if key not in acc else acc[key] + v
        self._pending_valid = acc

    def _flush_validation(self):
        """Turn the last validation's per-pair sums into metrics for the sampler (and its state)."""
        acc, self._pending_valid = self._pending_valid, None
        if not acc or self.sampler is None:
            return
        names = self.task_space.names
        observed = {}
        if "loss" in acc and "sample_size" in acc:
            observed["loss"] = {n: float(acc["loss"][i] / acc["sample_size"][i]) / math.log(2)
                                for i, n in enumerate(names) if acc["sample_size"][i] > 0}
        if "bleu_sys_len" in acc:
            observed["bleu"] = {
                n: bleu_from_stats([acc[f"bleu_counts_{j}"][i] for j in range(4)],
                                   [acc[f"bleu_totals_{j}"][i] for j in range(4)],
                                   acc["bleu_sys_len"][i], acc["bleu_ref_len"][i])
                for i, n in enumerate(names) if acc["bleu_ref_len"][i] > 0}
        self.sampler.observe(observed)
        if isinstance(self.sampler.schedule, AdaptiveSchedule):
            logger.info("adaptive sampling after validation at update %d: %s", self.sampler.num_updates,
                        dict(zip(names, np.round(self.sampler.schedule.current, 4).tolist())))

    def state_dict(self):
        self._flush_validation()
        return super().state_dict()


def _derived_bleu(name):
    def fn(meters):
        def total(key):
            m = meters.get(f"_{key}_{name}")
            return 0 if m is None else m.sum

        return round(bleu_from_stats([total(f"bleu_counts_{i}") for i in range(4)],
                                     [total(f"bleu_totals_{i}") for i in range(4)],
                                     total("bleu_sys_len"), total("bleu_ref_len")), 2)

    return fn
