"""Models registered with fairseq."""
from . import base_moe_transformer  # noqa: F401
