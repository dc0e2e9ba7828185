from . import task_scaled  # noqa: F401
