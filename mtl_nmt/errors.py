"""The one exception type for user errors (no fairseq or torch import, usable everywhere)."""


class MtlNmtError(ValueError):
    """A user error (bad option, missing file, bad data) that mtl-nmt reports in one line."""
