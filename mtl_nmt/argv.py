"""Plain string handling of fairseq option lists (``--name VALUE`` / ``--name=VALUE`` tokens, as on a
fairseq-train command line): finding, reading and dropping options. No fairseq import, no parsing."""
import os
from typing import List, Optional, Sequence


def train_options(tokens: Sequence[str]) -> List[str]:
    """What follows ``--`` on a command line, without that ``--`` and a leading ``fairseq-train``."""
    tokens = list(tokens)
    if tokens[:1] == ["--"]:
        tokens = tokens[1:]
    if tokens and os.path.basename(tokens[0]) == "fairseq-train":
        tokens = tokens[1:]
    return tokens


def option_value(options: Sequence[str], name: str) -> Optional[str]:
    """Value of the last ``name VALUE`` / ``name=VALUE`` in ``options``, or None."""
    value = None
    for i, token in enumerate(options):
        if token == name and i + 1 < len(options):
            value = options[i + 1]
        elif token.startswith(name + "="):
            value = token.split("=", 1)[1]
    return value


def drop_options(options: Sequence[str], names: Sequence[str]) -> List[str]:
    """``options`` without ``name VALUE`` / ``name=VALUE`` for every name in ``names``."""
    out, skip = [], False
    for token in options:
        if skip:
            skip = False
        elif token in names:
            skip = True
        elif not any(token.startswith(n + "=") for n in names):
            out.append(token)
    return out
