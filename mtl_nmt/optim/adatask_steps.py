"""How a training step feeds AdaTask (Yang et al. 2023 keep accumulators per pair, so every
backward pass must be one pair's): a single-pair micro-batch is one backward; a mixed batch is split
and back-propagated once per pair present."""
import logging

from ..pairs import split_by_pair

logger = logging.getLogger(__name__)
_warned = set()


def adatask_train_step(adatask, step, sample, model, fairseq_optimizer, pad: int, num_pairs: int):
    """``step(sample)``: the parent task's ``train_step`` on a (sub-)batch; returns its
    ``(loss, sample_size, logging_output)`` summed over the pairs present."""
    adatask.prepare(model, fairseq_optimizer)
    present = sample["pair_ids"].unique().tolist()
    if len(present) == 1:
        adatask.begin_pair(present[0])
        return step(sample)
    if id(adatask) not in _warned:
        _warned.add(id(adatask))
        logger.warning("adatask with mixed batches: one forward/backward per pair present in each batch "
                       "(up to %d× the cost); use --homogeneous-batches for one backward per micro-batch", num_pairs)
    total_loss, total_size, merged = 0.0, 0, {}
    for pair_id, sub in split_by_pair(sample, pad):
        adatask.begin_pair(pair_id)
        loss, size, out = step(sub)
        total_loss += loss.detach()
        total_size += size
        for key, value in out.items():
            merged[key] = merged.get(key, 0) + value
    return total_loss, total_size, merged
