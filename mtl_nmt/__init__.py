"""mtl-nmt: fairseq plugins for multilingual NMT; importing the package registers every plugin."""
from . import checkpoints, compat, criterions, lr_scheduler, models, optim, tasks  # noqa: F401

compat.show_task_options_in_help()
compat.check_checkpoints_before_loading(checkpoints.check_readable)
