"""Per-pair bookkeeping shared by every mtl-nmt method (a pair: a language pair of ``--lang-pairs``).

This is the one place that knows which pair each sentence of a batch belongs to
(``sample["pair_ids"]``, positions in ``--lang-pairs``), splits a batch by pair, and carries
per-pair sums through fairseq's logging outputs (one float64 vector of length K per statistic,
so the keys are identical on every rank and fairseq's all-reduce can sum them).
"""
import math
from typing import Callable, Dict, Iterable, Iterator, List, Sequence, Tuple

import torch

from .errors import MtlNmtError

PER_PAIR_PREFIX = "per_pair_"
SUMMED_STATS = ("loss", "nll_loss", "ntokens", "nsentences", "sample_size")


class PairSpace:
    """The ordered language pairs of a run (``src-tgt`` names); a pair id is a position in it."""

    def __init__(self, names: Sequence[str]):
        names = list(names)
        if len(set(names)) != len(names):
            raise MtlNmtError(f"duplicate language pairs in {names}")
        self.names: List[str] = names
        self._index: Dict[str, int] = {n: i for i, n in enumerate(names)}

    def __len__(self) -> int:
        return len(self.names)

    def __iter__(self):
        return iter(self.names)

    def index(self, name: str) -> int:
        """Pair id of a pair name (``en-de``) or a fairseq dataset key (``main:en-de``)."""
        pair = name.split(":", 1)[-1]
        if pair not in self._index:
            raise MtlNmtError(f"unknown language pair {pair!r}; known pairs: {','.join(self.names)}")
        return self._index[pair]


def _renumbered(sample, position: int):
    if isinstance(sample, tuple):
        return (sample[0], dict(sample[1], id=position))
    return dict(sample, id=position)


def _original_id(sample):
    return (sample[1] if isinstance(sample, tuple) else sample)["id"]


def collate_with_pair_ids(samples: list, pair_ids: Sequence[int], collate: Callable) -> dict:
    """Collate ``samples`` and attach ``batch["pair_ids"]`` (one id per sentence, batch order).

    Collaters reorder sentences (by length), so each sample is renumbered with its position
    before collation; the batch's ``id`` field then tells where each row came from, and the
    original ids are put back.
    """
    if len(samples) == 0:
        return collate(samples)
    original = torch.tensor([_original_id(s) for s in samples], dtype=torch.long)
    pairs = torch.tensor(list(pair_ids), dtype=torch.long)
    batch = collate([_renumbered(s, j) for j, s in enumerate(samples)])
    if not batch:
        return batch
    positions = batch["id"]
    batch["id"] = original[positions]
    batch["pair_ids"] = pairs[positions]
    return batch


def select_rows(value, rows: torch.Tensor, batch_size: int):
    """Index every tensor whose first dimension is the batch dimension; recurse into dicts."""
    if torch.is_tensor(value) and value.dim() > 0 and value.size(0) == batch_size:
        return value.index_select(0, rows.to(value.device))
    if isinstance(value, dict):
        return {k: select_rows(v, rows, batch_size) for k, v in value.items()}
    return value


def split_by_pair(sample: dict, pad: int) -> Iterator[Tuple[int, dict]]:
    """Yield ``(pair_id, sub_batch)`` for every pair present in ``sample`` (``pad``: the target
    padding index, to recount ``ntokens`` per sub-batch)."""
    pair_ids = sample["pair_ids"]
    present = torch.unique(pair_ids).tolist()
    if len(present) == 1:
        yield present[0], sample
        return
    batch_size = pair_ids.size(0)
    target = sample.get("target")
    pad_mask = None
    for pid in present:
        rows = (pair_ids == pid).nonzero(as_tuple=True)[0]
        sub = select_rows(sample, rows, batch_size)
        sub["nsentences"] = int(rows.numel())
        if target is not None:
            if pad_mask is None:
                pad_mask = target.ne(pad)
            sub["ntokens"] = int(pad_mask.index_select(0, rows.to(target.device)).sum())
        yield pid, sub


def new_pair_vector(num_pairs: int) -> torch.Tensor:
    return torch.zeros(num_pairs, dtype=torch.float64)


def add_pair_stats(logging_output: dict, pair_id: int, stats: dict, num_pairs: int) -> None:
    """Add a sub-batch's summable statistics into the per-pair vectors of ``logging_output``."""
    for stat in SUMMED_STATS:
        if stat in stats:
            key = PER_PAIR_PREFIX + stat
            if key not in logging_output:
                logging_output[key] = new_pair_vector(num_pairs)
            logging_output[key][pair_id] += float(stats[stat])


def pair_counts(pair_ids: torch.Tensor, num_pairs: int, weights: torch.Tensor = None) -> torch.Tensor:
    """Per-pair sum of ``weights`` (default: sentence counts) as a float64 vector."""
    w = None if weights is None else weights.double().cpu()
    return torch.bincount(pair_ids.cpu(), weights=w, minlength=num_pairs).double()


def sum_pair_stat(logging_outputs: Iterable[dict], stat: str):
    """Sum one per-pair statistic over logging outputs; None if no output carries it."""
    total = None
    key = PER_PAIR_PREFIX + stat
    for log in logging_outputs:
        if key in log:
            v = torch.as_tensor(log[key], dtype=torch.float64).cpu()
            total = v.clone() if total is None else total + v
    return total


def log_pair_losses(logging_outputs: List[dict], names: Sequence[str], metrics) -> None:
    """Log ``loss_<pair>`` (per ``sample_size``) and ``nll_loss_<pair>`` (per target token),
    in bits as fairseq's criteria do, weighted so fairseq's meters average them correctly."""
    loss = sum_pair_stat(logging_outputs, "loss")
    size = sum_pair_stat(logging_outputs, "sample_size")
    nll = sum_pair_stat(logging_outputs, "nll_loss")
    ntok = sum_pair_stat(logging_outputs, "ntokens")
    if loss is not None and size is not None:
        _log_ratios(metrics, "loss_", names, loss, size, math.log(2), 3)
    if nll is not None and ntok is not None:
        _log_ratios(metrics, "nll_loss_", names, nll, ntok, math.log(2), 3)


def _log_ratios(metrics, prefix: str, names: Sequence[str], total: torch.Tensor, count: torch.Tensor,
                divisor: float, digits: int) -> None:
    """Log ``<prefix><pair>`` = total / count / divisor, weighted by count, for the pairs with a count
    (plain floats: per-element tensor indexing made this cost O(K) tensor ops per log call)."""
    for name, t, c in zip(names, total.tolist(), count.tolist()):
        if c > 0:
            metrics.log_scalar(f"{prefix}{name}", t / c / divisor, c, round=digits)


def pair_sums(row_values: torch.Tensor, pair_ids: torch.Tensor, num_pairs: int) -> torch.Tensor:
    """Per-pair sums of per-sentence values (differentiable): a vector of length K."""
    out = torch.zeros(num_pairs, dtype=row_values.dtype, device=row_values.device)
    return out.index_add(0, pair_ids.to(row_values.device), row_values)


def add_pair_vectors(logging_output: dict, vectors: dict) -> None:
    """Store per-pair vectors (``{"loss": tensor(K), ...}``) in a logging output as float64 CPU."""
    for stat, v in vectors.items():
        logging_output[PER_PAIR_PREFIX + stat] = v.detach().double().cpu()


def log_pair_means(logging_outputs: List[dict], names: Sequence[str], stat: str, count_stat: str,
                   metrics, prefix: str) -> None:
    """Log ``<prefix><pair>`` = sum of ``stat`` / sum of ``count_stat`` for pairs with a count."""
    total = sum_pair_stat(logging_outputs, stat)
    count = sum_pair_stat(logging_outputs, count_stat)
    if total is None or count is None:
        return
    _log_ratios(metrics, prefix, names, total, count, 1.0, 4)
