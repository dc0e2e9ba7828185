"""TED talks of Qi et al. (2018) → raw files for the TED-8 pairs (Wang et al. 2020).

The release (``ted_talks.tar.gz``) holds ``all_talks_{train,dev,test}.tsv``: a ``talk_name``
column and one column per language (``en``, ``pt-br``, ``az``, ...); a cell is ``__NULL__`` (or
``_ _ NULL _ _``) or empty where a talk has no translation of that sentence.

The text is already tokenized (Moses-style, spaces around punctuation) and XML-escaped
(``&apos;``, ``&quot;``, ``&#91;`` ...).  ``detok="unescape"`` (default) only undoes the escapes
and keeps the tokenization, as prior TED-8 work scores tokenized references; ``"none"`` keeps the
text byte for byte; ``"moses"`` also detokenizes with sacremoses (not a dependency: install it).
Lines where either side is NULL or empty are skipped and counted per pair and split, and so are
rows with the wrong number of columns: ``stats.json`` and the printed summary report all of them.
"""
import html
import json
import os
from typing import Callable, Dict, List, Optional, Sequence

from ..corpus import Pair
from ..errors import MtlNmtError
from .download import Source

# Checksum published by HuggingFace `datasets`, datasets/ted_multi/dataset_infos.json
# ("download_checksums" for this URL; the `ted_multi` loader reads this same archive).
SOURCE = Source(
    url="http://phontron.com/data/ted_talks.tar.gz",
    filename="ted_talks.tar.gz",
    sha256="03457b9ebc6d60839f1a48c5a03c940266aff78b81fcda4c6d9e2a5a7fb670ae",
    size=352222045,
    checksum_from="HuggingFace datasets' ted_multi/dataset_infos.json",
)
SPLITS = {"train": "all_talks_train.tsv", "valid": "all_talks_dev.tsv", "test": "all_talks_test.tsv"}
# Our language code -> TSV column where they differ.  TED-8 "por" (≈185k training sentences) is
# Brazilian Portuguese, the `pt-br` column; `pt` there is the smaller European Portuguese set.
COLUMNS = {"pt": "pt-br"}
NULLS = ("__NULL__", "_ _ NULL _ _")
DETOK = ("unescape", "none", "moses")


def column(lang: str) -> str:
    return COLUMNS.get(lang, lang)


def select_member(name: str) -> Optional[str]:
    """Output path of an archive member we need (the three TSV files), else None."""
    base = os.path.basename(name)
    return base if base in SPLITS.values() else None


def _detokenizer(mode: str, lang: str) -> Callable[[str], str]:
    if mode == "none":
        return lambda s: s
    if mode == "unescape":
        return html.unescape
    if mode == "moses":
        try:
            from sacremoses import MosesDetokenizer
        except ImportError:
            raise MtlNmtError("--detok moses needs sacremoses (pip install sacremoses)") from None
        md = MosesDetokenizer(lang=lang)
        return lambda s: md.detokenize(html.unescape(s).split())
    raise MtlNmtError(f"unknown --detok {mode!r} (choose from {', '.join(DETOK)})")


def _clean(text: str) -> str:
    """One line of text: a stray carriage return would split it in universal-newline readers."""
    return text.replace("\r", " ")


def is_missing(cell: Optional[str]) -> str:
    """'null', 'empty' or '' (present) for one TSV cell."""
    if cell is None or not cell.strip():
        return "empty"
    return "null" if any(n in cell for n in NULLS) else ""


def convert(tsv_dir: str, raw_dir: str, pairs: Sequence[str], detok: str = "unescape") -> dict:
    """Write ``{split}.{pair}.{lang}`` for every pair; return (and save as stats.json) the counts."""
    pairs = [Pair.parse(p) for p in pairs]
    os.makedirs(raw_dir, exist_ok=True)
    stats: Dict = {"source": SOURCE.url, "detok": detok, "columns": {}, "rows": {}, "malformed_rows": {},
                   "pairs": {p.name: {} for p in pairs}}
    langs = sorted({lang for p in pairs for lang in (p.src, p.tgt)})
    detoks = {lang: _detokenizer(detok, lang) for lang in langs}
    for split, fname in SPLITS.items():
        path = os.path.join(tsv_dir, fname)
        if not os.path.isfile(path):
            raise MtlNmtError(f"missing TED file {path} (run the extract step first)")
        with open(path, encoding="utf-8", newline="\n") as f:
            header = f.readline().rstrip("\r\n").split("\t")
            missing = [f"{lang} (column {column(lang)})" for lang in langs if column(lang) not in header]
            if missing:
                raise MtlNmtError(f"{path}: no column for {', '.join(missing)}")
            idx = {lang: header.index(column(lang)) for lang in langs}
            stats["columns"] = {lang: column(lang) for lang in langs}
            outs = {(p.name, lang): open(os.path.join(raw_dir, f"{split}.{p.name}.{lang}.tmp"), "w",
                                         encoding="utf-8") for p in pairs for lang in (p.src, p.tgt)}
            counts = {p.name: {"written": 0, "null": 0, "empty": 0, "malformed": 0} for p in pairs}
            rows = malformed = 0
            try:
                for line in f:
                    rows += 1
                    cells = line.rstrip("\r\n").split("\t")
                    if len(cells) != len(header):
                        malformed += 1
                        for p in pairs:
                            counts[p.name]["malformed"] += 1
                        continue
                    for p in pairs:
                        src, tgt = cells[idx[p.src]], cells[idx[p.tgt]]
                        why = is_missing(src) or is_missing(tgt)
                        if why:
                            counts[p.name][why] += 1
                            continue
                        outs[(p.name, p.src)].write(_clean(detoks[p.src](src.strip())) + "\n")
                        outs[(p.name, p.tgt)].write(_clean(detoks[p.tgt](tgt.strip())) + "\n")
                        counts[p.name]["written"] += 1
            finally:
                for out in outs.values():
                    out.close()
        for (pair_name, lang) in outs:
            tmp = os.path.join(raw_dir, f"{split}.{pair_name}.{lang}.tmp")
            os.replace(tmp, tmp[:-4])
        stats["rows"][split] = rows
        stats["malformed_rows"][split] = malformed
        for p in pairs:
            assert sum(counts[p.name].values()) == rows
            if counts[p.name]["written"] == 0:
                raise MtlNmtError(f"{path}: no {split} sentences for {p.name} (every row NULL or empty)")
            stats["pairs"][p.name][split] = counts[p.name]
    with open(os.path.join(raw_dir, "stats.json"), "w", encoding="utf-8") as f:
        json.dump(stats, f, indent=1)
    return stats


def summary(stats: dict) -> List[str]:
    """One line per pair and split: written, and skipped NULL/empty/malformed rows."""
    lines = []
    for pair, splits in stats["pairs"].items():
        for split, c in splits.items():
            lines.append(f"{pair} {split}: {c['written']} written, skipped {c['null']} NULL, {c['empty']} empty, "
                         f"{c['malformed']} malformed of {stats['rows'][split]} rows")
    return lines
