"""IWSLT 2017 multilingual TED task (``DeEnItNlRo-DeEnItNlRo.tgz``) → raw files.

The archive has one folder with, for each unordered pair (``de-en``, ``en-it``, ...):
``train.tags.<a>-<b>.<lang>`` (one sentence a line, interleaved with XML metadata lines such as
``<url>``, ``<talkid>``, ``<description>``, stripped here in parallel on both sides) and
``IWSLT17.TED.{dev2010,tst2010}.<a>-<b>.<lang>.xml`` (``<seg id="N">`` lines inside ``<doc>``).
Both directions of a pair (en-de, de-en) use the same files.  Validation is dev2010, test is
tst2010 (the usual choice for the multilingual task).  Pairs of lines where either side is empty
are skipped and counted; a metadata line facing a sentence, or different segment ids on the two
sides, is an error.
"""
import html
import json
import os
import re
from typing import Dict, Iterator, List, Sequence, Tuple

from ..corpus import Pair
from ..errors import MtlNmtError
from .download import Source

# The WIT3 release of the 2017 multilingual task, as stored (revision-pinned) by the HuggingFace
# `iwslt2017` dataset; checksum published in HuggingFace datasets'
# datasets/iwslt2017/dataset_infos.json ("download_checksums" for exactly this URL).
SOURCE = Source(
    url="https://huggingface.co/datasets/iwslt2017/resolve/ebd7c60d9800c2a1be010a227e5f0a2363730f7a/"
        "data/2017-01-trnmted/texts/DeEnItNlRo/DeEnItNlRo/DeEnItNlRo-DeEnItNlRo.tgz",
    filename="DeEnItNlRo-DeEnItNlRo.tgz",
    sha256="cebb3839b7580f8e4eecf66d75424caa29b9410a9a491a732b2d343626ee0243",
    size=329331279,
    checksum_from="HuggingFace datasets' iwslt2017/dataset_infos.json",
)
VALID_SET, TEST_SET = "dev2010", "tst2010"
# A whole line that opens with a tag and ends with ">": <url>..</url>, <talkid>1</talkid>, <doc ..>.
_TAG_LINE = re.compile(r"^\s*</?[A-Za-z][^>]*>(.*>)?\s*$")
_DOC = re.compile(r'<doc\s[^>]*docid="([^"]*)"')
_SEG = re.compile(r'<seg\s+id="?\s*([^">\s]+)\s*"?\s*>(.*)</seg>\s*$')


def archive_key(pair: Pair) -> Tuple[str, str]:
    """The archive's (alphabetical) pair name for a direction: en-de and de-en → de-en."""
    a, b = sorted((pair.src, pair.tgt))
    return a, b


def member_names(pairs: Sequence[str]) -> List[str]:
    """Basenames of the archive files the given pairs need."""
    names = set()
    for p in map(Pair.parse, pairs):
        a, b = archive_key(p)
        for lang in (a, b):
            names.add(f"train.tags.{a}-{b}.{lang}")
            for s in (VALID_SET, TEST_SET):
                names.add(f"IWSLT17.TED.{s}.{a}-{b}.{lang}.xml")
    return sorted(names)


def selector(pairs: Sequence[str]):
    wanted = set(member_names(pairs))
    return lambda name: os.path.basename(name) if os.path.basename(name) in wanted else None


def is_tag_line(line: str) -> bool:
    """A metadata line of a train.tags file (``<url>...</url>``, ``<talkid>1</talkid>``, ``<doc ...>``)."""
    return bool(_TAG_LINE.match(line))


def read_train_tags(src_path: str, tgt_path: str, counts: Dict[str, int]) -> Iterator[Tuple[str, str]]:
    """Sentence pairs of two parallel train.tags files, metadata lines stripped on both sides."""
    with open(src_path, encoding="utf-8", newline="\n") as fs, open(tgt_path, encoding="utf-8", newline="\n") as ft:
        for n, (s, t) in enumerate(zip(fs, ft), 1):
            ts, tt = is_tag_line(s), is_tag_line(t)
            if ts != tt:
                raise MtlNmtError(f"{src_path}:{n} and {tgt_path}:{n}: metadata line facing a sentence "
                                  "(the files are not aligned)")
            if ts:
                counts["metadata"] += 1
                continue
            s, t = s.strip(), t.strip()
            if not s or not t:
                counts["empty"] += 1
                continue
            yield s, t
        for f, path in ((fs, src_path), (ft, tgt_path)):
            if f.readline():
                raise MtlNmtError(f"{src_path} and {tgt_path} have different numbers of lines ({path} is longer)")


def read_segs(path: str) -> List[Tuple[Tuple[str, str], str]]:
    """((docid, seg id), text) of every ``<seg>`` of an IWSLT XML file, XML entities decoded."""
    out, doc = [], ""
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = _DOC.search(line)
            if m:
                doc = m.group(1)
            m = _SEG.search(line)
            if m:
                out.append(((doc, m.group(1)), html.unescape(m.group(2)).strip()))
            elif "<seg" in line:
                raise MtlNmtError(f"{path}: cannot parse segment line {line.strip()[:80]!r}")
    if not out:
        raise MtlNmtError(f"{path}: no <seg> lines")
    return out


def read_xml_pair(src_path: str, tgt_path: str, counts: Dict[str, int]) -> Iterator[Tuple[str, str]]:
    src, tgt = read_segs(src_path), read_segs(tgt_path)
    if [k for k, _ in src] != [k for k, _ in tgt]:
        raise MtlNmtError(f"{src_path} and {tgt_path} have different segment ids ({len(src)} vs {len(tgt)} segments)")
    for (_, s), (_, t) in zip(src, tgt):
        if not s or not t:
            counts["empty"] += 1
            continue
        yield s, t


def _clean(text: str) -> str:
    return text.replace("\r", " ")


def convert(src_dir: str, raw_dir: str, pairs: Sequence[str]) -> dict:
    """Write ``{split}.{pair}.{lang}`` for every pair; return (and save as stats.json) the counts."""
    os.makedirs(raw_dir, exist_ok=True)
    stats: Dict = {"source": SOURCE.url, "valid": VALID_SET, "test": TEST_SET, "pairs": {}}
    for pair in map(Pair.parse, pairs):
        a, b = archive_key(pair)
        files = {
            "train": [os.path.join(src_dir, f"train.tags.{a}-{b}.{lang}") for lang in (pair.src, pair.tgt)],
            "valid": [os.path.join(src_dir, f"IWSLT17.TED.{VALID_SET}.{a}-{b}.{lang}.xml") for lang in (pair.src, pair.tgt)],
            "test": [os.path.join(src_dir, f"IWSLT17.TED.{TEST_SET}.{a}-{b}.{lang}.xml") for lang in (pair.src, pair.tgt)],
        }
        stats["pairs"][pair.name] = {}
        for split, (sp, tp) in files.items():
            for path in (sp, tp):
                if not os.path.isfile(path):
                    raise MtlNmtError(f"missing IWSLT17 file {path} (run the extract step first)")
            counts = {"written": 0, "empty": 0, "metadata": 0}
            reader = read_train_tags(sp, tp, counts) if split == "train" else read_xml_pair(sp, tp, counts)
            outs = [os.path.join(raw_dir, f"{split}.{pair.name}.{lang}") for lang in (pair.src, pair.tgt)]
            with open(outs[0] + ".tmp", "w", encoding="utf-8") as fs, open(outs[1] + ".tmp", "w", encoding="utf-8") as ft:
                for s, t in reader:
                    fs.write(_clean(s) + "\n")
                    ft.write(_clean(t) + "\n")
                    counts["written"] += 1
            if counts["written"] == 0:
                raise MtlNmtError(f"no {split} sentences for {pair.name} in {sp}")
            for out in outs:
                os.replace(out + ".tmp", out)
            stats["pairs"][pair.name][split] = counts
    with open(os.path.join(raw_dir, "stats.json"), "w", encoding="utf-8") as f:
        json.dump(stats, f, indent=1)
    return stats


def summary(stats: dict) -> List[str]:
    return [f"{pair} {split}: {c['written']} written, skipped {c['empty']} with an empty side "
            f"({c['metadata']} metadata lines stripped)"
            for pair, splits in stats["pairs"].items() for split, c in splits.items()]

