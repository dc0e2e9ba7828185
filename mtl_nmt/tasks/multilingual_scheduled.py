"""Task ``multilingual_scheduled``: fairseq's ``translation_multi_simple_epoch`` with per-pair
bookkeeping (every batch knows each sentence's pair) and per-pair validation metrics."""
import logging
import os
from dataclasses import dataclass
from typing import Optional

from fairseq import metrics
from fairseq.tasks import FairseqTask, register_task
from fairseq.tasks.translation_multi_simple_epoch import TranslationMultiSimpleEpochTask
from omegaconf import II

from ..data.task_datasets import TaskDataManager
from ..dataclass_utils import dataclass_from_add_args, namespace_from_config
from ..errors import MtlNmtError
from ..pertask import (PER_TASK_PREFIX, TaskSpace, add_task_stats, log_task_losses, split_by_task,
                       sum_task_stat, task_counts)

logger = logging.getLogger(__name__)

_ParentConfig, _CONVERTERS = dataclass_from_add_args(
    "TranslationMultiSimpleEpochConfig", TranslationMultiSimpleEpochTask.add_args
)


@dataclass
class MultilingualScheduledConfig(_ParentConfig):
    """All of ``translation_multi_simple_epoch``'s options, plus mtl-nmt's."""

    seed: int = II("common.seed")
    dataset_impl: Optional[str] = II("dataset.dataset_impl")
    train_subset: str = II("dataset.train_subset")
    valid_subset: str = II("dataset.valid_subset")
    required_batch_size_multiple: int = II("dataset.required_batch_size_multiple")


def _split_files_exist(data_dir, split, src, tgt):
    for a, b in ((src, tgt), (tgt, src)):
        if os.path.exists(os.path.join(data_dir, f"{split}.{a}-{b}.{src}.idx")):
            return True
    return False


@register_task("multilingual_scheduled", dataclass=MultilingualScheduledConfig)
class MultilingualScheduledTask(TranslationMultiSimpleEpochTask):
    """Multilingual translation over ``--lang-pairs`` with per-pair bookkeeping and metrics."""

    @classmethod
    def add_args(cls, parser):
        FairseqTask.add_args.__func__(cls, parser)

    def __init__(self, args, langs, dicts, training):
        super().__init__(args, langs, dicts, training)
        self.data_manager = TaskDataManager(
            args, self.lang_pairs, langs, dicts, self.sampling_method
        )
        self.task_space = TaskSpace(self.lang_pairs)

    @classmethod
    def setup_task(cls, cfg, **kwargs):
        args = namespace_from_config(cfg, _CONVERTERS)
        cls.check_config(args)
        langs, dicts, training = TaskDataManager.prepare(cls.load_dictionary, args, **kwargs)
        return cls(args, langs, dicts, training)

    @staticmethod
    def check_config(args):
        """One clear error for a missing data folder, a malformed pair or an unknown language."""
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

    def load_dataset(self, split, epoch=1, combine=False, **kwargs):
        data_dir = self.args.data.split(os.pathsep)[0]
        missing = [
            p for p in self.lang_pairs if not _split_files_exist(data_dir, split, *p.split("-"))
        ]
        if missing:
            raise MtlNmtError(
                f"no binarized '{split}' data in {data_dir} for pair(s) {', '.join(missing)} "
                f"(expected {split}.<src>-<tgt>.<lang>.idx/.bin, written by fairseq-preprocess)"
            )
        super().load_dataset(split, epoch=epoch, combine=combine, **kwargs)

    def train_step(self, sample, model, criterion, optimizer, update_num, ignore_grad=False):
        loss, sample_size, logging_output = super().train_step(
            sample, model, criterion, optimizer, update_num, ignore_grad
        )
        if "task_ids" in sample:
            logging_output[PER_TASK_PREFIX + "samples"] = task_counts(sample["task_ids"], len(self.task_space))
        return loss, sample_size, logging_output

    def valid_step(self, sample, model, criterion):
        if "task_ids" not in sample:
            return super().valid_step(sample, model, criterion)
        total_loss, total_size, merged = 0.0, 0, {}
        pad = self.target_dictionary.pad()
        for task_id, sub in split_by_task(sample, pad):
            loss, size, out = super().valid_step(sub, model, criterion)
            total_loss += loss
            total_size += size
            for key, value in out.items():
                merged[key] = merged.get(key, 0) + value
            add_task_stats(merged, task_id, out, len(self.task_space))
        return total_loss, total_size, merged

    def reduce_metrics(self, logging_outputs, criterion):
        super().reduce_metrics(logging_outputs, criterion)
        log_task_losses(logging_outputs, self.task_space.names, metrics)
        counts = sum_task_stat(logging_outputs, "samples")
        if counts is not None:
            for name, count in zip(self.task_space.names, counts.tolist()):
                metrics.log_scalar_sum(f"samples_{name}", count)
