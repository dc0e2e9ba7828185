"""Raw parallel corpora laid out as ``{split}.{src}-{tgt}.{lang}`` text files (no fairseq import)."""
import os
import re
from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence

from .errors import MtlNmtError
from .sampling.temperature import temperature_probs

SPLITS = ("train", "valid", "test")
_FILE = re.compile(r"^(train|valid|test)\.([A-Za-z_]+)-([A-Za-z_]+)\.([A-Za-z_]+)$")


@dataclass(frozen=True)
class Pair:
    src: str
    tgt: str

    @property
    def name(self) -> str:
        return f"{self.src}-{self.tgt}"

    @classmethod
    def parse(cls, name: str) -> "Pair":
        parts = name.split("-")
        if len(parts) != 2 or not all(parts):
            raise MtlNmtError(f"malformed language pair {name!r} (expected src-tgt, e.g. en-de)")
        return cls(*parts)


def count_lines(path: str) -> int:
    with open(path, "rb") as f:
        return sum(1 for _ in f)


def read_lines(path: str) -> List[str]:
    """The file's lines without newlines; one :class:`MtlNmtError` naming the file and the first
    line that is not UTF-8 (instead of a ``UnicodeDecodeError`` stack trace)."""
    try:
        with open(path, encoding="utf-8") as f:
            return [line.rstrip("\n") for line in f]
    except UnicodeDecodeError:
        raise not_utf8_error(path) from None


def not_utf8_error(path: str) -> MtlNmtError:
    """The error for a file that is not UTF-8: its first bad line and byte."""
    with open(path, "rb") as f:
        for number, raw in enumerate(f, 1):
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError as e:
                return MtlNmtError(f"{path} line {number} is not UTF-8 (byte 0x{raw[e.start]:02x} at column "
                                   f"{e.start + 1}): convert the file to UTF-8, e.g. iconv -f latin1 -t utf-8")
    return MtlNmtError(f"{path} is not UTF-8: convert the file to UTF-8, e.g. iconv -f latin1 -t utf-8")


def pair_file(raw_dir: str, split: str, pair: Pair, lang: str) -> str:
    return os.path.join(raw_dir, f"{split}.{pair.name}.{lang}")


def discover_pairs(raw_dir: str) -> List[Pair]:
    """Pairs that have a ``train`` file in ``raw_dir``, in sorted order."""
    if not os.path.isdir(raw_dir):
        raise MtlNmtError(f"raw data folder {raw_dir!r} does not exist")
    found = set()
    for name in os.listdir(raw_dir):
        m = _FILE.match(name)
        if m and m.group(1) == "train":
            found.add(Pair(m.group(2), m.group(3)))
    if not found:
        raise MtlNmtError(f"no train.<src>-<tgt>.<lang> files in {raw_dir!r}")
    return sorted(found, key=lambda p: p.name)


def check_corpus(raw_dir: str, pairs: Sequence[Pair], splits: Sequence[str] = SPLITS) -> Dict[str, Dict[str, int]]:
    """Check every (split, pair) has both sides with equal line counts; return the counts.

    Raises one :class:`MtlNmtError` naming the missing file or the mismatched counts.
    """
    counts: Dict[str, Dict[str, int]] = {}
    for pair in pairs:
        counts[pair.name] = {}
        for split in splits:
            paths = [pair_file(raw_dir, split, pair, lang) for lang in (pair.src, pair.tgt)]
            for path in paths:
                if not os.path.isfile(path):
                    raise MtlNmtError(f"missing file for pair {pair.name}: {path}")
            n_src, n_tgt = (count_lines(p) for p in paths)
            if n_src != n_tgt:
                raise MtlNmtError(
                    f"mismatched line counts for {split} {pair.name}: {paths[0]} has {n_src} lines, "
                    f"{paths[1]} has {n_tgt}"
                )
            counts[pair.name][split] = n_src
    return counts


def temperature_quotas(sizes: Sequence[int], temperature: float, budget: Optional[int]) -> List[int]:
    """Lines to take from each corpus so that shares follow temperature sampling,
    ``budget`` lines in all (default: the total size)."""
    probs = temperature_probs(sizes, temperature)
    budget = sum(sizes) if budget is None else budget
    return [int(round(budget * p)) for p in probs]
