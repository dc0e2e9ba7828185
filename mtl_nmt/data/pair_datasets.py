"""fairseq multilingual datasets whose batches carry ``pair_ids`` (see :mod:`mtl_nmt.pairs`)."""
from bisect import bisect_right
from collections import OrderedDict

import numpy as np
from fairseq.data import ConcatDataset
from fairseq.data.multilingual.multilingual_data_manager import MultilingualDatasetManager
from fairseq.data.multilingual.sampled_multi_dataset import CollateFormat, SampledMultiDataset
from fairseq.data.multilingual.sampled_multi_epoch_dataset import SampledMultiEpochDataset

from ..pairs import PairSpace, collate_with_pair_ids
from ..sampling.schedule import SCHEDULED_METHODS


class PairConcatDataset(ConcatDataset):
    """Concatenation of per-pair datasets (valid/test); batches carry ``pair_ids``. With
    ``group_by_pair`` (dev/test sets) the length-sorted order keeps each pair's sentences together,
    so a batch holds one pair (or two, at a boundary) and per-pair validation costs one forward
    pass per batch, not one per pair present (which grew with K)."""

    def __init__(self, datasets, pair_ids, group_by_pair: bool = False):
        super().__init__(datasets)
        self.pair_ids = list(pair_ids)
        self.group_by_pair = group_by_pair

    def ordered_indices(self):
        indices = super().ordered_indices()
        if not self.group_by_pair:
            return indices
        owner = np.repeat(np.arange(len(self.datasets)), [len(d) for d in self.datasets])
        return indices[np.argsort(owner[indices], kind="mergesort")]

    def pair_of(self, index: int) -> int:
        return self.pair_ids[bisect_right(self.cumulative_sizes, index)]

    def __getitem__(self, index):
        item = super().__getitem__(index)
        item["_pair_id"] = self.pair_of(index)
        return item

    def collater(self, samples, **extra_args):
        ids = [s.pop("_pair_id") for s in samples]
        return collate_with_pair_ids(samples, ids, lambda ss: super(PairConcatDataset, self).collater(ss, **extra_args))


class _PairSampledMixin:
    """Sampled multi-pair training datasets: items are ``(dataset index, sample)``."""

    pair_ids: list

    def collater(self, samples, **extra_args):
        ids = [self.pair_ids[ds] for ds, _ in samples]
        return collate_with_pair_ids(samples, ids, lambda ss: super(_PairSampledMixin, self).collater(ss, **extra_args))


class PairSampledMultiDataset(_PairSampledMixin, SampledMultiDataset):
    def __init__(self, datasets, pair_ids, **kwargs):
        self.pair_ids = list(pair_ids)
        super().__init__(datasets, **kwargs)


class PairSampledMultiEpochDataset(_PairSampledMixin, SampledMultiEpochDataset):
    def __init__(self, datasets, pair_ids, **kwargs):
        self.pair_ids = list(pair_ids)
        super().__init__(datasets, **kwargs)


class PairDataManager(MultilingualDatasetManager):
    """fairseq's multilingual data manager, returning the pair-id-carrying datasets above."""

    def __init__(self, args, lang_pairs, langs, dicts, sampling_method):
        super().__init__(args, lang_pairs, langs, dicts, sampling_method)
        self.pair_space = PairSpace(lang_pairs)

    def _pair_ids(self, datasets):
        return [self.pair_space.index(key) for key, _ in datasets]

    def load_into_concat_dataset(self, split, datasets, data_param_list):
        if self.args.lang_tok_replacing_bos_eos:
            return PairSampledMultiDataset(
                OrderedDict(datasets), self._pair_ids(datasets), sampling_ratios=None, eval_key=None,
                collate_format=CollateFormat.single, virtual_size=None, split=split,
            )
        return PairConcatDataset([d for _, d in datasets], self._pair_ids(datasets),
                                 group_by_pair=split != getattr(self.args, "train_subset", "train"))

    def _load_train(self, split, training, epoch, combine, shard_epoch, epoch_based, **kwargs):
        datasets, params = self.load_split_datasets(split, training, epoch, combine, shard_epoch=shard_epoch, **kwargs)
        is_train = training and split == getattr(self.args, "train_subset", None)
        if not is_train or self.args.sampling_method in SCHEDULED_METHODS:
            # mtl-nmt's schedules sample in the batch plan, over the plain concatenation
            return self.load_into_concat_dataset(split, datasets, params)
        common = dict(
            epoch=epoch, sampling_ratios=self.get_sampling_ratios(params, datasets, epoch), eval_key=None,
            collate_format=CollateFormat.single, virtual_size=self.args.virtual_data_size, split=split,
            shared_collater=self._shared_collater(),
        )
        if epoch_based:
            return PairSampledMultiEpochDataset(
                OrderedDict(datasets), self._pair_ids(datasets), shard_epoch=shard_epoch,
                virtual_epoch_size=self.args.virtual_epoch_size, **common,
            )
        return PairSampledMultiDataset(OrderedDict(datasets), self._pair_ids(datasets), **common)

    def load_sampled_multi_epoch_dataset(self, split, training, epoch=0, combine=False, shard_epoch=None, **kwargs):
        return self._load_train(split, training, epoch, combine, shard_epoch, True, **kwargs)

    def load_sampled_multi_dataset(self, split, training, epoch=0, combine=False, shard_epoch=None, **kwargs):
        return self._load_train(split, training, epoch, combine, shard_epoch, False, **kwargs)
