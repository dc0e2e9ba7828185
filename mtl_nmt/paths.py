"""Where mtl-nmt lives on disk (no fairseq or torch import, usable everywhere)."""
import os


def user_dir() -> str:
    """The folder to pass to fairseq's ``--user-dir`` (this package's folder)."""
    return os.path.dirname(os.path.abspath(__file__))
