"""Per-pair metrics of task ``multilingual_scheduled``: what each training step logs about sampling,
per-pair dev loss and BLEU at validation, and the validation sums handed to the sampler."""
import json
import os
from argparse import Namespace

import numpy as np
import torch
from fairseq import metrics, utils
from fairseq.tasks import FairseqTask

from ..evaluation import bleu_from_stats, bleu_tokenizer
from ..pairs import (PER_PAIR_PREFIX, add_pair_stats, log_pair_losses, log_pair_means, split_by_pair,
                     sum_pair_stat)
from ..sampling.sampler import BLEU_STATS, VALIDATION_SUMS

TRACE = os.environ.get("MTL_NMT_TRACE_BATCHES")


def log_sampling(sampler, names, update: int, log_pairs: str) -> None:
    """``prob_<pair>`` for every pair (``--log-pairs all``) or, with many pairs, the distribution's
    entropy (bits) and its least and most sampled pair (``summary``); and the schedule's own values
    (heating's T, the over-fitting guard's per-pair level, ...)."""
    probs = sampler.current_probs()
    if log_pairs == "all":
        for name, p in zip(names, probs.tolist()):
            metrics.log_scalar(f"prob_{name}", p, weight=1, round=4)
    else:
        nz = probs[probs > 0]
        metrics.log_scalar("sampling_entropy", float(-(nz * np.log2(nz)).sum()), weight=1, round=3)
        metrics.log_scalar("prob_min", float(probs.min()), weight=1, round=5)
        metrics.log_scalar("prob_max", float(probs.max()), weight=1, round=4)
    for key, value in sampler.schedule.scalars(update).items():
        metrics.log_scalar(key, value, 1, round=4)


def trace_batch(update_num, sample, model):
    """With MTL_NMT_TRACE_BATCHES=PREFIX, append "update<TAB>pair ids<TAB>parameter checksum<TAB>pair:sentence
    ids" of every micro-batch to PREFIX.rank<R> (to check what each rank trained on, that ranks agree,
    and which sentences each batch held)."""
    pair_ids = sample["pair_ids"]
    rank = torch.distributed.get_rank() if torch.distributed.is_initialized() else 0
    with torch.no_grad():
        checksum = sum(float(p.double().sum()) for p in model.parameters())
    with open(f"{TRACE}.rank{rank}", "a", encoding="utf-8") as f:
        f.write(f"{update_num}\t{','.join(map(str, sorted(set(pair_ids.tolist()))))}\t{checksum:.6e}\t"
                f"{','.join(f'{t}:{i}' for t, i in zip(pair_ids.tolist(), sample['id'].tolist()))}\n")


class PairValidation:
    """Per-pair dev loss (one forward per pair, or one per batch when the criterion keeps per-pair
    sums itself) and, with ``--eval-bleu``, per-pair sacreBLEU statistics summed over batches."""

    def __init__(self, args, names, data_manager, dictionary):
        self.args, self.names, self.data_manager, self.dictionary = args, list(names), data_manager, dictionary
        self.generator = None

    def build_generator(self, task, model):
        if getattr(self.args, "eval_bleu", False):
            gen_args = json.loads(self.args.eval_bleu_args or "{}")
            # fairseq's multilingual build_generator needs --target-lang; per-pair prefixes are
            # given at generation time instead (see add_bleu_stats)
            self.generator = FairseqTask.build_generator(task, [model], Namespace(**gen_args))

    def valid_step(self, step, sample, model, criterion):
        """``step``: the parent task's ``valid_step``."""
        pad = self.dictionary.pad()
        if getattr(criterion, "num_pairs", None) == len(self.names):
            loss, size, out = step(sample, model, criterion)
            if self.generator is not None:
                for pair_id, sub in split_by_pair(sample, pad):
                    self.add_bleu_stats(out, pair_id, sub, model)
            out[PER_PAIR_PREFIX + "valid"] = torch.ones(1, dtype=torch.float64)
            return loss, size, out
        total_loss, total_size, merged = 0.0, 0, {}
        for pair_id, sub in split_by_pair(sample, pad):
            loss, size, out = step(sub, model, criterion)
            total_loss += loss
            total_size += size
            for key, value in out.items():
                merged[key] = merged.get(key, 0) + value
            add_pair_stats(merged, pair_id, out, len(self.names))
            if self.generator is not None:
                self.add_bleu_stats(merged, pair_id, sub, model)
        merged[PER_PAIR_PREFIX + "valid"] = torch.ones(1, dtype=torch.float64)
        return total_loss, total_size, merged

    def add_bleu_stats(self, out, pair_id, sample, model):
        from sacrebleu.metrics import BLEU

        src, tgt = self.names[pair_id].split("-")
        _, tgt_spec = self.args.langtoks["main"]
        langtok = self.data_manager.get_decoder_langtok(tgt, tgt_spec) if tgt_spec else None
        prefix = None
        if langtok is not None:
            prefix = torch.full((sample["target"].size(0), 1), langtok, dtype=torch.long,
                                device=sample["target"].device)
        with torch.no_grad():
            gen = self.generator.generate([model], sample, prefix_tokens=prefix)
        ignore = {langtok} if langtok is not None else set()
        d = self.dictionary

        def decode(tokens):
            return d.string(tokens.int().cpu(), self.args.eval_bleu_remove_bpe,
                            extra_symbols_to_ignore=ignore, unk_string="<unk>")

        hyps = [decode(g[0]["tokens"]) for g in gen]
        refs = [decode(utils.strip_pad(t, d.pad())) for t in sample["target"]]
        stats = BLEU(tokenize=bleu_tokenizer(tgt)).corpus_score(hyps, [refs])
        values = {"bleu_sys_len": stats.sys_len, "bleu_ref_len": stats.ref_len}
        for i in range(4):
            values[f"bleu_counts_{i}"] = stats.counts[i]
            values[f"bleu_totals_{i}"] = stats.totals[i]
        for key, v in values.items():
            name = PER_PAIR_PREFIX + key
            if name not in out:
                out[name] = torch.zeros(len(self.names), dtype=torch.float64)
            out[name][pair_id] += float(v)


def reduce_pair_metrics(logging_outputs, names, sampler, log_pairs: str) -> None:
    """Log per-pair losses, weights and sentence counts; at validation, per-pair BLEU, and hand the
    per-pair sums to the sampler (validation → sampler, the one direction data flows)."""
    log_pair_losses(logging_outputs, names, metrics)
    log_pair_means(logging_outputs, names, "weight", "weight_batches", metrics, "weight_")
    counts = sum_pair_stat(logging_outputs, "samples")
    if counts is not None and log_pairs == "all":
        for name, count in zip(names, counts.tolist()):
            metrics.log_scalar_sum(f"samples_{name}", count)
    if sum_pair_stat(logging_outputs, "valid") is None:
        return
    if sampler is not None:
        sampler.add_validation({k: v.numpy() for k in VALIDATION_SUMS
                                if (v := sum_pair_stat(logging_outputs, k)) is not None})
    for stat in BLEU_STATS:
        v = sum_pair_stat(logging_outputs, stat)
        if v is not None:
            for name, x in zip(names, v.tolist()):
                metrics.log_scalar_sum(f"_{stat}_{name}", x)
    if sum_pair_stat(logging_outputs, "bleu_sys_len") is not None:
        for name in names:
            metrics.log_derived(f"bleu_{name}", _derived_bleu(name))


def _derived_bleu(name):
    def fn(meters):
        def total(key):
            m = meters.get(f"_{key}_{name}")
            return 0 if m is None else m.sum

        return round(bleu_from_stats([total(f"bleu_counts_{i}") for i in range(4)],
                                     [total(f"bleu_totals_{i}") for i in range(4)],
                                     total("bleu_sys_len"), total("bleu_ref_len")), 2)

    return fn
