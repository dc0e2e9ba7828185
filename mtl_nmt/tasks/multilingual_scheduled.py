"""Task ``multilingual_scheduled``: fairseq's ``translation_multi_simple_epoch`` with scheduled
multilingual sampling, optional pair-homogeneous batches and per-pair metrics. Each method is a
fairseq hook that delegates: options and checks (:mod:`.config`), the sampler
(:mod:`mtl_nmt.sampling.build`), batches (:mod:`mtl_nmt.data.scheduled_batches`), per-pair metrics
(:mod:`.pair_metrics`), per-pair learning rates (:mod:`mtl_nmt.lr_scheduler.task_scaled`) and
AdaTask's per-pair backward passes (:mod:`mtl_nmt.optim.adatask_steps`)."""
import os
from typing import Optional

import numpy as np
from fairseq.tasks import FairseqTask, register_task
from fairseq.tasks.translation_multi_simple_epoch import TranslationMultiSimpleEpochTask

from ..data.scheduled_batches import pair_indices, scheduled_epoch_iterator
from ..data.pair_datasets import PairDataManager
from ..dataclass_utils import namespace_from_config
from ..errors import MtlNmtError
from ..lr_scheduler.task_scaled import pair_lr_scaler
from ..optim.adatask_steps import adatask_train_step
from ..optim.fairseq_adatask import find_adatask
from ..pairs import PER_PAIR_PREFIX, PairSpace, pair_counts, sum_pair_stat
from ..sampling.build import build_sampler, require_pair_losses
from ..sampling.sampler import ScheduledSampler
from ..sampling.schedule import SCHEDULED_METHODS
from ..tensorboard_pairs import group_pair_scalars
from . import pair_metrics
from .config import CONVERTERS, MultilingualScheduledConfig, check_config, split_files_exist


@register_task("multilingual_scheduled", dataclass=MultilingualScheduledConfig)
class MultilingualScheduledTask(TranslationMultiSimpleEpochTask):
    """Multilingual translation over ``--lang-pairs`` with scheduled sampling and per-pair metrics."""

    @classmethod
    def add_args(cls, parser):
        FairseqTask.add_args.__func__(cls, parser)

    def __init__(self, args, langs, dicts, training):
        super().__init__(args, langs, dicts, training)
        self.data_manager = PairDataManager(args, self.lang_pairs, langs, dicts, self.sampling_method)
        self.pair_space = PairSpace(self.lang_pairs)
        self.sampler: Optional[ScheduledSampler] = None
        self.validation = pair_metrics.PairValidation(args, self.pair_space.names, self.data_manager,
                                                      self.target_dictionary)
        self._indices = None
        self._update_pairs = set()
        self._checked_lr = False
        group_pair_scalars(self.pair_space.names)

    @classmethod
    def setup_task(cls, cfg, **kwargs):
        args = namespace_from_config(cfg, CONVERTERS)
        check_config(args)
        langs, dicts, training = PairDataManager.prepare(cls.load_dictionary, args, **kwargs)
        return cls(args, langs, dicts, training)

    # ---------------------------------------------------------------- data
    def load_dataset(self, split, epoch=1, combine=False, **kwargs):
        data_dir = self.args.data.split(os.pathsep)[0]
        missing = [p for p in self.lang_pairs if not split_files_exist(data_dir, split, *p.split("-"))]
        if missing:
            raise MtlNmtError(
                f"no binarized '{split}' data in {data_dir} for pair(s) {', '.join(missing)} "
                f"(expected {split}.<src>-<tgt>.<lang>.idx/.bin, written by fairseq-preprocess)"
            )
        super().load_dataset(split, epoch=epoch, combine=combine, **kwargs)
        dataset = self.datasets[split]
        if (self.args.sampling_method in SCHEDULED_METHODS and self.training and split == self.args.train_subset
                and self.sampler is None):
            sizes = [0] * len(self.pair_space)
            for pair_id, d in zip(dataset.pair_ids, dataset.datasets):
                sizes[pair_id] = len(d)
            mean_tokens = float(np.mean(dataset.sizes.max(axis=1) if dataset.sizes.ndim == 2 else dataset.sizes))
            self.sampler = build_sampler(self.args, self.pair_space.names, sizes, mean_tokens)

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
        if self._indices is None:
            def keep(idx):
                if max_positions is None:
                    return idx
                return self.filter_indices_by_size(idx, dataset, max_positions, ignore_invalid_inputs)

            self._indices = pair_indices(dataset, len(self.pair_space), keep)
        return scheduled_epoch_iterator(
            dataset, self._indices, self.sampler, self.args, max_tokens=max_tokens, max_sentences=max_sentences,
            bsz_mult=required_batch_size_multiple, seed=seed, num_shards=num_shards, shard_id=shard_id,
            num_workers=num_workers, epoch=epoch, skip_remainder_batch=skip_remainder_batch)

    # ---------------------------------------------------------------- training
    def train_step(self, sample, model, criterion, optimizer, update_num, ignore_grad=False):
        if self.sampler is not None:
            self.sampler.set_update(update_num)
            pair_metrics.log_sampling(self.sampler, self.pair_space.names, update_num, self.args.log_pairs)
        set_num_updates = getattr(criterion, "set_num_updates", None)
        if set_num_updates is not None:
            set_num_updates(update_num)
        scaler = pair_lr_scaler(optimizer)
        if scaler is not None and not self._checked_lr:
            scaler.check(self.args)
            self._checked_lr = True
        adatask = find_adatask(optimizer)
        parent = super().train_step
        if adatask is not None and "pair_ids" in sample and not ignore_grad:
            loss, sample_size, logging_output = adatask_train_step(
                adatask, lambda s: parent(s, model, criterion, optimizer, update_num), sample, model, optimizer,
                self.target_dictionary.pad(), len(self.pair_space))
        else:
            loss, sample_size, logging_output = parent(sample, model, criterion, optimizer, update_num, ignore_grad)
        if "pair_ids" in sample:
            if not ignore_grad:
                self._update_pairs.update(sample["pair_ids"].unique().tolist())
            logging_output[PER_PAIR_PREFIX + "samples"] = pair_counts(sample["pair_ids"], len(self.pair_space))
            if pair_metrics.TRACE:
                pair_metrics.trace_batch(update_num, sample, model)
        return loss, sample_size, logging_output

    def optimizer_step(self, optimizer, model, update_num):
        scaler = pair_lr_scaler(optimizer)
        pairs, self._update_pairs = self._update_pairs, set()
        step = super().optimizer_step
        if scaler is None:
            step(optimizer, model, update_num)
        else:
            scaler.optimizer_step(lambda: step(optimizer, model, update_num), optimizer, pairs,
                                  self.pair_space.names, self.sampler, update_num)
        if self.sampler is not None:
            self.sampler.finish_update(update_num)

    def build_criterion(self, cfg, *args, **kwargs):
        criterion = super().build_criterion(cfg, *args, **kwargs)
        require_pair_losses(self.args, getattr(criterion, "num_pairs", None) == len(self.pair_space))
        return criterion

    # ---------------------------------------------------------------- validation
    def build_model(self, args, from_checkpoint=False):
        model = super().build_model(args, from_checkpoint)
        self.validation.build_generator(self, model)
        return model

    def valid_step(self, sample, model, criterion):
        if "pair_ids" not in sample:
            return super().valid_step(sample, model, criterion)
        return self.validation.valid_step(super().valid_step, sample, model, criterion)

    def reduce_metrics(self, logging_outputs, criterion):
        super().reduce_metrics(logging_outputs, criterion)
        pair_metrics.reduce_pair_metrics(logging_outputs, self.pair_space.names, self.sampler, self.args.log_pairs)
        if (self.sampler is not None and self.sampler.schedule.learns_from_training
                and sum_pair_stat(logging_outputs, "valid") is None):
            # training outputs of one update, summed over micro-batches and ranks (the same on every
            # rank): online schedules (ODM) learn from each pair's training loss
            self.sampler.add_training({k: v.numpy() for k in ("loss", "ntokens")
                                       if (v := sum_pair_stat(logging_outputs, k)) is not None})

