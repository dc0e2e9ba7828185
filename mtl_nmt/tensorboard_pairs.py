"""Per-pair scalars grouped per pair in TensorBoard.

fairseq's ``--tensorboard-logdir`` writes every logged key as its own tag (``loss_en-de``,
``prob_en-de``, ...): with K pairs that is K × (number of per-pair statistics) top-level sections.
After :func:`group_pair_scalars` fairseq writes ``<stat>_<pair>`` as ``pair/<pair>/<stat>`` (one
``pair`` section, each pair's scalars side by side); the text and JSON logs keep their keys.
"""
from collections import OrderedDict
from typing import Iterable, Sequence

_PAIRS = frozenset()


def pair_tag(key: str, pairs: Iterable[str]) -> str:
    """``pair/<pair>/<stat>`` for a key ``<stat>_<pair>`` with ``<pair>`` in ``pairs`` (the longest
    such pair, so language codes with underscores work), else ``key`` unchanged."""
    pairs = pairs if isinstance(pairs, (set, frozenset)) else set(pairs)
    for i, char in enumerate(key):
        if char == "_" and i > 0 and key[i + 1:] in pairs:
            return f"pair/{key[i + 1:]}/{key[:i]}"
    return key


def group_pair_scalars(pairs: Sequence[str]) -> None:
    """Make fairseq's TensorBoard writer tag per-pair scalars ``pair/<pair>/<stat>`` for ``pairs``
    (the run's ``--lang-pairs``); idempotent, the last call's pairs win."""
    global _PAIRS
    from fairseq.logging import progress_bar

    _PAIRS = frozenset(pairs)
    wrapper = progress_bar.TensorboardProgressBarWrapper
    if getattr(wrapper._log_to_tensorboard, "_mtl_nmt", False):
        return
    original = wrapper._log_to_tensorboard

    def log_to_tensorboard(self, stats, tag=None, step=None):
        renamed = OrderedDict((pair_tag(k, _PAIRS), v) for k, v in stats.items())
        return original(self, renamed, tag, step)

    log_to_tensorboard._mtl_nmt = True
    wrapper._log_to_tensorboard = log_to_tensorboard
