"""Fixes for the current stack (Python >= 3.11, torch >= 2.6, fairseq-fixed 0.12.3.1), in one place.

Each fix names the failure it prevents. Importing :mod:`mtl_nmt` applies them all.
"""
import argparse
import logging
import os
import sys

import torch

from .errors import MtlNmtError

logger = logging.getLogger(__name__)


def allow_fairseq_checkpoints():
    """torch >= 2.6 loads with ``weights_only=True`` by default; fairseq checkpoints pickle an
    ``argparse.Namespace`` (``args``), so ``fairseq-generate``, ``fairseq-interactive`` and
    ``--restore-file`` failed with ``UnpicklingError: Weights only load failed``."""
    add = getattr(torch.serialization, "add_safe_globals", None)
    if add is not None:
        add([argparse.Namespace])


def allow_checkpoint_broadcast():
    """Resuming on several ranks: fairseq loads the checkpoint on rank 0 and broadcasts it, and the
    other ranks unpickle it with torch's ``weights_only=True`` default, which rejects the
    checkpoint's ``DictConfig`` (``UnpicklingError``; only ``--load-checkpoint-on-all-dp-ranks``
    avoided it). The bytes are rank 0's own checkpoint, so they are loaded as fairseq loads it."""
    from fairseq.distributed import utils as dist_utils

    original = dist_utils._broadcast_object_slow
    if getattr(original, "_mtl_nmt", False):
        return

    def broadcast_object_slow(*args, **kwargs):
        load = torch.load

        def trusted_load(*a, **k):
            k.setdefault("weights_only", False)
            return load(*a, **k)

        torch.load = trusted_load
        try:
            return original(*args, **kwargs)
        finally:
            torch.load = load

    broadcast_object_slow._mtl_nmt = True
    dist_utils._broadcast_object_slow = broadcast_object_slow


def one_line_user_errors():
    """fairseq's command-line tools print a deep stack trace for every exception; for an
    :class:`MtlNmtError` users get ``mtl-nmt: error: <message>`` instead (exit status 1)."""
    previous = sys.excepthook

    def hook(exc_type, exc, tb):
        if issubclass(exc_type, MtlNmtError):
            print(f"mtl-nmt: error: {exc}", file=sys.stderr)
        else:
            previous(exc_type, exc, tb)

    sys.excepthook = hook


def check_checkpoints_before_loading(check):
    """fairseq-train resuming from a truncated ``checkpoint_last.pt`` (a run killed while saving)
    ended in a torch stack trace (``OSError: [Errno 22] Invalid argument``, ``PytorchStreamReader
    failed``); fairseq-generate and --restore-file alike. ``check(path)`` (:func:`mtl_nmt.checkpoints.check_readable`,
    passed in by :mod:`mtl_nmt`) now runs on every local checkpoint fairseq loads and raises one
    :class:`MtlNmtError` naming the file and what to do."""
    from fairseq import checkpoint_utils

    original = checkpoint_utils.load_checkpoint_to_cpu
    if getattr(original, "_mtl_nmt", False):
        return

    def load_checkpoint_to_cpu(path, *args, **kwargs):
        if isinstance(path, str) and os.path.isfile(path):
            check(path)
        return original(path, *args, **kwargs)

    load_checkpoint_to_cpu._mtl_nmt = True
    checkpoint_utils.load_checkpoint_to_cpu = load_checkpoint_to_cpu


allow_fairseq_checkpoints()
allow_checkpoint_broadcast()
one_line_user_errors()


def show_task_options_in_help(argv=None):
    """``fairseq-train --task T --help`` prints help during fairseq's first parse, before the task
    adds its options, so no task's options were ever listed. fairseq imports the user dir (in
    ``options.get_parser``) before it parses; when help is asked for an mtl-nmt task, wrap
    ``options.parse_args_and_arch`` so that the task's options are on the parser first."""
    argv = sys.argv[1:] if argv is None else argv
    if not ({"-h", "--help"} & set(argv)) or "--task" not in argv[:-1]:
        return
    from fairseq import options
    from fairseq.tasks import TASK_REGISTRY

    task_cls = TASK_REGISTRY.get(argv[argv.index("--task") + 1])
    if task_cls is None or not task_cls.__module__.startswith(__package__ + "."):
        return
    original = options.parse_args_and_arch

    def parse_args_and_arch(parser, *args, **kwargs):
        task_cls.add_args(parser)
        return original(parser, *args, **kwargs)

    options.parse_args_and_arch = parse_args_and_arch
