"""Criterion ``mtl_label_smoothed_cross_entropy``: fairseq's label-smoothed cross-entropy with
per-pair bookkeeping and per-pair loss balancing — scalarization weights, static
(:mod:`mtl_nmt.losses.scalarization`) or scheduled (:mod:`mtl_nmt.losses.weight_schedule`),
adaptive gradient scaling r_i = p_i/q_i (:mod:`mtl_nmt.sampling.implicit`) and the BMTL transform
(:mod:`mtl_nmt.losses.bmtl`).

The logged ``loss``/``nll_loss`` (and ``loss_<pair>``) are always the plain label-smoothed losses,
so runs stay comparable; only the loss that is back-propagated changes. ``weight_<pair>`` is the
mean multiplier applied to that pair's token losses (1 = plain criterion)."""
from dataclasses import dataclass, field
from typing import Optional

import numpy as np
import torch
from fairseq.criterions import register_criterion
from fairseq.criterions.label_smoothed_cross_entropy import (
    LabelSmoothedCrossEntropyCriterion, LabelSmoothedCrossEntropyCriterionConfig, label_smoothed_nll_loss)
from fairseq.dataclass import ChoiceEnum

from ..dataclass_utils import deprecated_alias, fold_alias
from ..errors import MtlNmtError
from ..losses.bmtl import bmtl_coefficients
from ..losses.scalarization import scalarization_multipliers
from ..losses.weight_schedule import load_weight_schedule, stage_index
from ..pairs import add_pair_vectors, pair_sums
from ..sampling.build import require_implicit_schedule


@dataclass
class MtlLabelSmoothedCrossEntropyConfig(LabelSmoothedCrossEntropyCriterionConfig):
    pair_weights: Optional[str] = field(
        default=None, metadata={"help": "scalarization weights: 'uniform' or a JSON file {pair: weight}, "
                                "normalised on the simplex; pair i's token losses are multiplied by K·w_i "
                                "(uniform = the plain criterion). A CSV file with columns num_updates, "
                                "weight_<pair> (mtl-nmt-pbt's best/lineage.csv) is a schedule: each row's "
                                "weights hold up to its num_updates, the last row's after it"})
    task_weights: Optional[str] = deprecated_alias("--pair-weights")
    gradient_scaling: ChoiceEnum(["none", "adaptive"]) = field(
        default="none", metadata={"help": "adaptive: multiply pair i's token losses by r_i = p_i/q_i "
                                  "(p: the adaptive rule on dev scores, --adaptive-*, or temperature "
                                  "sampling at --implicit-temperature; q: the sampling "
                                  "schedule in use). Under Adam this is loss weighting, not a per-pair "
                                  "learning rate (use --lr-scheduler task_scaled for that)"})
    loss_transform: ChoiceEnum(["none", "bmtl"]) = field(
        default="none", metadata={"help": "bmtl: minimise Σ_i exp(L_i/t) over the pairs of each batch "
                                  "(L_i: pair i's token-mean loss; Liang & Zhang 2020); needs mixed batches"})
    bmtl_temperature: float = field(default=1.0, metadata={"help": "t of the BMTL transform (nats)"})
    bmtl_form: ChoiceEnum(["normalized", "exact"]) = field(
        default="normalized", metadata={"help": "normalized: gradient Σ softmax(L/t)_i ∇L_i (overflow-free, "
                                        "scale of one loss); exact: Σ h'(L_i) ∇L_i"})


@register_criterion("mtl_label_smoothed_cross_entropy", dataclass=MtlLabelSmoothedCrossEntropyConfig)
class MtlLabelSmoothedCrossEntropy(LabelSmoothedCrossEntropyCriterion):
    def __init__(self, task, sentence_avg, label_smoothing, ignore_prefix_size=0, report_accuracy=False,
                 pair_weights=None, gradient_scaling="none", loss_transform="none", bmtl_temperature=1.0,
                 bmtl_form="normalized", task_weights=None):
        super().__init__(task, sentence_avg, label_smoothing, ignore_prefix_size, report_accuracy)
        space = getattr(task, "pair_space", None)
        if space is None:
            raise MtlNmtError("--criterion mtl_label_smoothed_cross_entropy needs --task multilingual_scheduled "
                              "(it reads the language pair of every sentence)")
        self.num_pairs = len(space)
        self.multipliers = None
        self.weight_ends, self.stage_multipliers = None, None
        pair_weights = fold_alias(pair_weights, task_weights, None, "--pair-weights", "--task-weights")
        if pair_weights:
            self.weight_ends, stages = load_weight_schedule(pair_weights, space.names)
            self.stage_multipliers = torch.tensor(np.stack([scalarization_multipliers(w) for w in stages]))
            self.multipliers = self.stage_multipliers[0]
        self.gradient_scaling = gradient_scaling
        self.loss_transform = loss_transform
        self.bmtl_temperature = bmtl_temperature
        self.bmtl_form = bmtl_form
        targs = task.args
        if loss_transform == "bmtl":
            if not bmtl_temperature > 0:
                raise MtlNmtError(f"--bmtl-temperature must be > 0, got {bmtl_temperature}")
            if getattr(targs, "homogeneous_batches", False):
                raise MtlNmtError("--loss-transform bmtl weighs the pairs of a batch against each other; with "
                                  "--homogeneous-batches every batch holds one pair, so it would do nothing")
        if gradient_scaling == "adaptive":
            require_implicit_schedule(targs, "--gradient-scaling adaptive")
        self.weighted = self.multipliers is not None or gradient_scaling != "none" or loss_transform != "none"

    def set_num_updates(self, num_updates: int) -> None:
        """Take the scheduled pair weights of fairseq's update index ``num_updates``."""
        if self.stage_multipliers is not None and len(self.stage_multipliers) > 1:
            self.multipliers = self.stage_multipliers[stage_index(self.weight_ends, num_updates)]

    def _multipliers(self, device) -> Optional[torch.Tensor]:
        c = None if self.multipliers is None else self.multipliers.clone()
        if self.gradient_scaling == "adaptive":
            if self.task.sampler is None:
                raise MtlNmtError("--gradient-scaling adaptive needs a scheduled --sampling-method and training data")
            r = torch.tensor(self.task.sampler.implicit_scales(), dtype=torch.float64)
            c = r if c is None else c * r
        return None if c is None else c.to(device)

    def forward(self, model, sample, reduce=True):
        if not reduce or "pair_ids" not in sample:
            if self.weighted and model.training:
                raise MtlNmtError("per-pair loss weighting needs batches from --task multilingual_scheduled")
            return super().forward(model, sample, reduce)
        net_output = model(**sample["net_input"])
        lprobs, target = self.get_lprobs_and_target(model, net_output, sample)
        tok_loss, tok_nll = label_smoothed_nll_loss(lprobs, target, self.eps, ignore_index=self.padding_idx,
                                                    reduce=False)
        bsz = sample["target"].size(0)
        loss, nll_loss = tok_loss.sum(), tok_nll.sum()
        k = self.num_pairs
        pids = sample["pair_ids"]
        row_loss = tok_loss.view(bsz, -1).sum(1)
        row_tok = target.ne(self.padding_idx).view(bsz, -1).sum(1).to(row_loss.dtype)
        pair_loss = pair_sums(row_loss, pids, k)
        pair_tok = pair_sums(row_tok, pids, k)
        pair_sent = pair_sums(torch.ones_like(row_loss), pids, k)
        sample_size = bsz if self.sentence_avg else sample["ntokens"]
        logging_output = {"loss": loss.data, "nll_loss": nll_loss.data, "ntokens": sample["ntokens"],
                          "nsentences": bsz, "sample_size": sample_size}
        add_pair_vectors(logging_output, {
            "loss": pair_loss, "nll_loss": pair_sums(tok_nll.view(bsz, -1).sum(1), pids, k),
            "ntokens": pair_tok, "nsentences": pair_sent,
            "sample_size": pair_sent if self.sentence_avg else pair_tok})
        if self.report_accuracy:
            n_correct, total = self.compute_accuracy(model, net_output, sample)
            logging_output["n_correct"] = n_correct.item()
            logging_output["total"] = total.item()
        if self.weighted and model.training:
            loss = self._objective(pair_loss, pair_tok, sample_size, logging_output)
        return loss, sample_size, logging_output

    def _objective(self, pair_loss, pair_tok, sample_size, logging_output):
        """The loss to back-propagate; records the per-token multiplier of each present pair."""
        present = pair_tok > 0
        c = self._multipliers(pair_loss.device)
        if self.loss_transform == "bmtl":
            means = pair_loss / pair_tok.clamp_min(1)
            a = bmtl_coefficients(means, present, self.bmtl_temperature, self.bmtl_form == "normalized", c)
            a = a.to(pair_loss.dtype)
            objective = float(sample_size) * (a * means).sum()
            per_token = a * float(sample_size) / pair_tok.clamp_min(1)
        else:
            objective = (c.to(pair_loss.dtype) * pair_loss).sum()
            per_token = c
        add_pair_vectors(logging_output, {"weight": per_token * present, "weight_batches": present.double()})
        return objective
