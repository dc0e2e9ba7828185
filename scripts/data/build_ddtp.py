#!/usr/bin/env python3
"""Build an English->XX parallel corpus from Debian's translated package descriptions (DDTP).

The Debian Description Translation Project publishes, per release and language,
a ``Translation-<lang>`` index: one deb822 entry per package with ``Package``,
``Description-md5`` (md5 of the English description) and ``Description-<lang>``.
``Translation-en`` holds the English text for every md5, so pairing the entries
by (package, md5) gives a document alignment; short descriptions and
long-description paragraphs are then aligned one to one.

Pipeline: obtain the indexes (``apt-get update`` into a private lists directory
with the system's apt sources, or ``--from-dir``) -> parse -> segment and align
-> filter and deduplicate -> split valid/test by source package (hash order)
with no English overlap with any training set -> optional training caps ->
write raw text files, ``stats.json`` and ``README.md``.

Example::

    python scripts/data/build_ddtp.py --langs de,ru,cs,sk,fi,nl --max-train sk=3000
"""

from __future__ import annotations

import argparse
import bz2
import gzip
import hashlib
import lzma
import math
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import unquote

if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_build import (  # noqa: E402  (the shared module lives next to this script)
    add_size_args, cap_train, command_line, fail, finish, keep_pair, parse_command,
    parse_max_train as _parse_max_train, train_cell, write_pairs,
    write_split as _write_split)

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_OUT_DIR = REPO_ROOT / "data" / "ddtp"
DEFAULT_CACHE_DIR = Path("~/.cache/mtl_nmt/ddtp")
DEFAULT_LANGS = "de,ru,cs,sk,fi,nl"
DEFAULT_MAX_TRAIN = {"sk": 3000}
EN = "en"
APT_HELPER = "/usr/lib/apt/apt-helper"
LOCATION_OPTIONS = ("--from-dir", "--cache-dir", "--out-dir")

MIN_WORDS = 3
# web and mail addresses: untranslatable, and they name hosts the corpus has no business repeating
ADDRESS = re.compile(r"[a-z][a-z0-9+.-]*://|\bwww\.|[\w.+-]+@[\w-]+\.[\w.]+", re.IGNORECASE)
MAX_WORDS = 150
MAX_CHAR_RATIO = 2.5
RATIO_MIN_CHARS = 30

_WS_RE = re.compile(r"\s+")
_BULLET_RE = re.compile(r"^\s*(?:[*+\-o\u2022\u00b7]|\d{1,2}[.)])\s+")
_LANG_RE = re.compile(r"^[a-z]{2,3}(?:_[A-Z]{2})?$")
_TRANSLATION_RE = re.compile(r"Translation-([A-Za-z_]+?)(?:\.(?:lz4|bz2|xz|gz))?$")
_COMPRESSED = (".lz4", ".bz2", ".xz", ".gz")


# --------------------------------------------------------------------------- #
# Languages
# --------------------------------------------------------------------------- #

def normalize_lang(lang: str) -> str:
    """DDTP language code: ``pt-br`` / ``pt_br`` -> ``pt_BR``, ``DE`` -> ``de``."""
    head, _, tail = lang.strip().replace("-", "_").partition("_")
    code = f"{head.lower()}_{tail.upper()}" if tail else head.lower()
    if not _LANG_RE.match(code):
        raise fail(f"bad language code {lang!r} in --langs (expected e.g. de, ru, pt_BR)")
    return code


def output_code(lang: str) -> str:
    """Language code used in output file names (``pt_BR`` -> ``pt_br``)."""
    return lang.lower()


def parse_max_train(spec: str | None, langs: list[str]) -> dict[str, int]:
    """Parse ``"it=20000,fr=15000"``; ``None`` gives the defaults for requested langs."""
    return _parse_max_train(spec, langs, DEFAULT_MAX_TRAIN, normalize_lang)


# --------------------------------------------------------------------------- #
# Obtaining and reading the index files
# --------------------------------------------------------------------------- #

def _clean_message(text: str) -> str:
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    errors = [ln for ln in lines if ln.startswith(("E:", "Err:"))] or lines[-1:]
    return " ".join(errors)


def fetch_lists(langs: list[str], cache_dir: Path) -> Path:
    """``apt-get update`` with the system's sources into a private lists directory.

    Only ``cache_dir`` is written: the lists, the package cache and the lock
    live there, the system's apt state is read (its sources) but not changed.
    """
    apt_get = shutil.which("apt-get")
    if apt_get is None:
        raise fail("apt-get not found; install apt or pass --from-dir with the Translation files")
    lists = cache_dir / "lists"
    (lists / "partial").mkdir(parents=True, exist_ok=True)
    (cache_dir / "apt-cache" / "archives" / "partial").mkdir(parents=True, exist_ok=True)
    cmd = [apt_get, "update",
           "-o", f"Dir::State::Lists={lists}",
           "-o", f"Dir::Cache={cache_dir / 'apt-cache'}",
           "-o", "Dir::Cache::pkgcache=", "-o", "Dir::Cache::srcpkgcache=",
           "-o", "Acquire::Languages=" + ",".join([EN, *langs])]
    print("fetching the package and Translation indexes with apt-get update ...", file=sys.stderr)
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise fail(f"apt-get update failed: {_clean_message(proc.stderr or proc.stdout)}; "
                   "pass --from-dir with already downloaded Translation files")
    return lists


def read_index(path: Path) -> str:
    """Text of an index file, decompressing .gz/.bz2/.xz (stdlib) or .lz4 (apt-helper)."""
    suffix = path.suffix
    try:
        if suffix == ".gz":
            data = gzip.decompress(path.read_bytes())
        elif suffix == ".bz2":
            data = bz2.decompress(path.read_bytes())
        elif suffix == ".xz":
            data = lzma.decompress(path.read_bytes())
        elif suffix == ".lz4":
            helper = APT_HELPER if Path(APT_HELPER).exists() else shutil.which("apt-helper")
            if helper is None:
                raise fail(f"cannot decompress {path.name}: apt-helper (from apt) not found; "
                           "decompress it first (lz4 -d)")
            proc = subprocess.run([helper, "cat-file", str(path)], capture_output=True)
            if proc.returncode != 0:
                raise fail(f"cannot decompress {path.name}: "
                           f"{_clean_message(proc.stderr.decode('utf-8', 'replace'))}")
            data = proc.stdout
        else:
            data = path.read_bytes()
    except (OSError, EOFError, lzma.LZMAError, gzip.BadGzipFile) as exc:
        raise fail(f"cannot read {path}: {exc}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise fail(f"{path} is not UTF-8 text (a garbled or wrongly decompressed index?)") from None


def _index_name(path: Path) -> str:
    """Name of an index without host and directory parts: ``bookworm/main/i18n/Translation-de``."""
    name = unquote(path.name)
    if "_dists_" in name:
        name = name.split("_dists_", 1)[1].replace("_", "/")
        name = re.sub(r"Translation-([a-z]+)/([A-Z]{2})", r"Translation-\1_\2", name)
    for ext in _COMPRESSED:
        if name.endswith(ext):
            name = name[: -len(ext)]
    return name


def find_translation_files(src_dir: Path) -> dict[str, list[Path]]:
    """Each language code's ``Translation-<lang>[.lz4|.bz2|.xz|.gz]`` files in ``src_dir``."""
    found: dict[str, list[Path]] = {}
    for path in sorted(src_dir.iterdir()):
        if not path.is_file():
            continue
        m = _TRANSLATION_RE.search(unquote(path.name))
        if m:
            found.setdefault(m.group(1), []).append(path)
    return found


def find_packages_files(src_dir: Path) -> list[Path]:
    """Package indexes (``Packages`` or ``*_binary-*_Packages[.ext]``) in ``src_dir``."""
    return sorted(p for p in src_dir.iterdir() if p.is_file()
                  and (p.name.split(".")[0] == "Packages" or "_Packages" in p.name))


def find_release_date(src_dir: Path, index_names: list[str]) -> str | None:
    """``Date:`` of the (In)Release file of the suite the Translation indexes come from."""
    suites = {name.split("/", 1)[0] for name in index_names if "/" in name}
    candidates = [p for suite in sorted(suites) for kind in ("InRelease", "Release")
                  for p in sorted(src_dir.glob(f"*_dists_{suite}_{kind}"))]
    candidates += [p for p in (src_dir / "InRelease", src_dir / "Release") if p.is_file()]
    for path in candidates:
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("Date:"):
                return line.split(":", 1)[1].strip()
    return None


def _entries(text: str):
    """deb822 paragraphs as line lists (an empty line ends one; blank continuation lines stay)."""
    block: list[str] = []
    for line in text.split("\n"):
        if line:
            block.append(line)
        elif block:
            yield block
            block = []
    if block:
        yield block


def parse_translation(text: str, lang: str, name: str = "Translation"
                      ) -> dict[tuple[str, str], str]:
    """Parse a Translation index into ``(package, md5) -> description``.

    The description is the raw field value: short description, newline, then the
    long-description lines (each still indented by its leading space).  English
    descriptions are checked against their ``Description-md5``.
    """
    field = f"Description-{lang}"
    out: dict[tuple[str, str], str] = {}
    for n, lines in enumerate(_entries(text), 1):
        pkg = md5 = desc = None
        i = 0
        while i < len(lines):
            line = lines[i]
            key, sep, value = line.partition(":")
            if not sep or line[:1] in (" ", "\t"):
                raise fail(f"{name}: entry {n} is garbled at line {line[:60]!r} "
                           "(expected deb822 fields Package, Description-md5, "
                           f"{field}); is it a DDTP Translation index?")
            if key == "Package":
                pkg = value.strip()
            elif key == "Description-md5":
                md5 = value.strip()
            elif key == field:
                body = [value[1:] if value.startswith(" ") else value]
                while i + 1 < len(lines) and lines[i + 1][:1] in (" ", "\t"):
                    i += 1
                    body.append(lines[i])
                desc = "\n".join(body)
            i += 1
        missing = [f for f, v in (("Package", pkg), ("Description-md5", md5), (field, desc))
                   if not v]
        if missing:
            raise fail(f"{name}: entry {n} has no {', '.join(missing)} field "
                       f"(is it a DDTP Translation index for {lang!r}?)")
        if not re.fullmatch(r"[0-9a-f]{32}", md5):
            raise fail(f"{name}: entry {n} (package {pkg}) has a bad Description-md5 {md5!r}")
        if lang == EN and hashlib.md5((desc + "\n").encode("utf-8")).hexdigest() != md5:
            raise fail(f"{name}: the English description of package {pkg} does not match its "
                       "Description-md5 (a corrupt or edited index; fetch it again)")
        out[(pkg, md5)] = desc
    if not out:
        raise fail(f"{name} has no entries")
    return out


def parse_source_map(text: str) -> dict[str, str]:
    """``binary package -> source package`` from a Packages index (``Source:`` or itself)."""
    out: dict[str, str] = {}
    for lines in _entries(text):
        pkg = src = None
        for line in lines:
            if line.startswith("Package:"):
                pkg = line.split(":", 1)[1].strip()
            elif line.startswith("Source:"):
                src = line.split(":", 1)[1].split("(")[0].strip()
        if pkg:
            out.setdefault(pkg, src or pkg)
    return out


def load_indexes(src_dir: Path, langs: list[str]):
    """Read every needed index below ``src_dir``.

    Returns ``(descriptions by language, index info, source map or None)``.
    """
    if not src_dir.is_dir():
        raise fail(f"--from-dir {src_dir} is not a directory")
    files = find_translation_files(src_dir)
    descs: dict[str, dict[tuple[str, str], str]] = {}
    info: dict[str, dict] = {}
    for lang in [EN, *langs]:
        paths = files.get(lang)
        if not paths:
            raise fail(f"no Translation-{lang} index in {src_dir} (expected a file named "
                       f"Translation-{lang}, optionally .lz4/.bz2/.xz/.gz)")
        merged: dict[tuple[str, str], str] = {}
        info[lang] = {"files": [], "entries": [], "sha256": []}
        for path in paths:
            text = read_index(path)
            entries = parse_translation(text, lang, _index_name(path))
            merged.update(entries)
            info[lang]["files"].append(_index_name(path))
            info[lang]["entries"].append(len(entries))
            info[lang]["sha256"].append(hashlib.sha256(text.encode("utf-8")).hexdigest())
        descs[lang] = merged
    source_map = None
    pkg_files = find_packages_files(src_dir)
    if pkg_files:
        source_map = {}
        for path in pkg_files:
            for pkg, src in parse_source_map(read_index(path)).items():
                source_map.setdefault(pkg, src)
    return descs, info, source_map


# --------------------------------------------------------------------------- #
# Segmenting and alignment
# --------------------------------------------------------------------------- #

def normalize_text(text: str) -> str:
    """Drop soft hyphens and zero-width spaces, collapse whitespace."""
    text = text.replace("\u00ad", "").replace("\u200b", "")
    return _WS_RE.sub(" ", text).strip()


def paragraph_units(lines: list[str]) -> list[str]:
    """Segments of one long-description paragraph.

    A plain paragraph is one segment (its wrapped lines joined).  A paragraph
    with bullet items gives its lead-in text (if any) and then one segment per
    item, the bullet marker removed and continuation lines joined to the item.
    """
    units: list[list[str]] = []
    for line in lines:
        m = _BULLET_RE.match(line)
        if m:
            units.append([line[m.end():]])
        elif units:
            units[-1].append(line)
        else:
            units.append([line])
    return [normalize_text(" ".join(u)) for u in units]


def segment_description(desc: str) -> tuple[str, list[list[str]]]:
    """``(short description, paragraphs)``; each paragraph is a list of segments."""
    first, *rest = desc.split("\n")
    paragraphs: list[list[str]] = []
    current: list[str] = []
    for line in rest:
        if line.strip() == ".":
            if current:
                paragraphs.append(paragraph_units(current))
            current = []
        elif line.strip():
            current.append(line[1:] if line.startswith(" ") else line)
    if current:
        paragraphs.append(paragraph_units(current))
    return normalize_text(first), paragraphs


def align_description(en_desc: str, xx_desc: str, stats: Counter | None = None
                      ) -> list[tuple[int, str, str]]:
    """Aligned segments ``(position, en, xx)`` of one description and its translation.

    The short descriptions always pair.  Long-description paragraphs pair one to
    one only when both sides have as many paragraphs; otherwise the long
    description is skipped.  Within a paragraph pair the segments pair when both
    sides have as many (bullet items); otherwise the paragraph is skipped.
    """
    stats = stats if stats is not None else Counter()
    en_short, en_paras = segment_description(en_desc)
    xx_short, xx_paras = segment_description(xx_desc)
    out = [(0, en_short, xx_short)]
    if len(en_paras) != len(xx_paras):
        stats["paragraph_count_mismatch"] += sum(len(p) for p in en_paras)
        return out
    pos = 1
    for en_units, xx_units in zip(en_paras, xx_paras):
        if len(en_units) != len(xx_units):
            stats["bullet_mismatch"] += len(en_units)
        else:
            out.extend((pos + j, e, x) for j, (e, x) in enumerate(zip(en_units, xx_units)))
        pos += len(en_units)
    return out


def reject_reason(en: str, xx: str) -> str | None:
    """Why a segment pair is dropped, or ``None`` if it is kept."""
    if not en or not xx:
        return "empty"
    if en == xx:
        return "untranslated"
    if ADDRESS.search(en) or ADDRESS.search(xx):
        return "address"
    en_words, xx_words = len(en.split()), len(xx.split())
    if en_words < MIN_WORDS or xx_words < MIN_WORDS:
        return "too_short"
    if en_words > MAX_WORDS or xx_words > MAX_WORDS:
        return "too_long"
    short, long_ = sorted((len(en), len(xx)))
    if long_ >= RATIO_MIN_CHARS and long_ > MAX_CHAR_RATIO * short:
        return "length_ratio"
    return None


def align(en_descs: dict[tuple[str, str], str], xx_descs: dict[tuple[str, str], str],
          group_of=None, stats: Counter | None = None
          ) -> list[tuple[tuple[str, str, int], str, str]]:
    """Pair descriptions by (package, md5), align segments, filter, drop duplicate pairs.

    Returns ``((group, package, position), en, xx)`` in package order; ``group_of``
    maps a package to its split group (default: the package itself).  ``stats``
    (if given) counts dropped segments per reason and ``no_english`` entries.
    """
    group_of = group_of or (lambda pkg: pkg)
    stats = stats if stats is not None else Counter()
    seen: set[tuple[str, str]] = set()
    out = []
    for key in sorted(xx_descs):
        if key not in en_descs:
            stats["no_english"] += 1
            continue
        pkg = key[0]
        for pos, en, xx in align_description(en_descs[key], xx_descs[key], stats):
            if keep_pair(en, xx, reject_reason(en, xx), seen, stats):
                out.append(((group_of(pkg), pkg, pos), en, xx))
    stats["kept"] += len(out)
    return out


# --------------------------------------------------------------------------- #
# Splitting
# --------------------------------------------------------------------------- #

def group_hash(group: str, seed: int) -> str:
    """Position of a group in the held-out order: sha256 of ``"<seed>:<group>"``."""
    return hashlib.sha256(f"{seed}:{group}".encode("utf-8")).hexdigest()


def heldout_targets(pairs_by_lang: dict[str, list], valid_size: int, test_size: int,
                    fraction: float) -> dict[str, dict[str, int]]:
    """Per language ``min(size, floor(fraction * aligned))`` valid and test lines (at least 1)."""
    return {lang: {"valid": max(1, min(valid_size, math.floor(fraction * len(pairs)))),
                   "test": max(1, min(test_size, math.floor(fraction * len(pairs))))}
            for lang, pairs in pairs_by_lang.items()}


def split_by_group(pairs_by_lang: dict[str, list], targets: dict[str, dict[str, int]],
                   seed: int = 1) -> tuple[dict[str, dict[str, list]], list[str], list[str]]:
    """Split aligned pairs into train/valid/test by group (source package), shared by all pairs.

    Languages are served from the smallest to the largest.  A language's groups
    not yet held out are ordered by how many smaller languages also have pairs
    in them (fewest first, so a large pair does not eat a small pair's training
    data), then by :func:`group_hash`, and dealt alternately into a valid and a
    test queue; the shortest prefixes are held out that give the language its
    ``targets[lang]`` lines.  A held-out line is a pair whose English occurs
    in no training data of any language (and, for test, in no valid set), with
    English unique within each set; each set keeps the first lines of its
    groups in the order they were held out.  Returns ``(splits, valid_groups,
    test_groups)``.
    """
    by_group: dict[str, dict[str, list]] = {}
    for lang, pairs in pairs_by_lang.items():
        groups: dict[str, list] = {}
        for p in pairs:
            groups.setdefault(p[0][0], []).append(p)
        by_group[lang] = groups
    en_groups: dict[str, set[str]] = {}
    for pairs in pairs_by_lang.values():
        for p in pairs:
            en_groups.setdefault(p[1], set()).add(p[0][0])
    langs = sorted(pairs_by_lang, key=lambda lang: (len(pairs_by_lang[lang]), lang))

    def evaluate(held: dict[str, list[str]]):
        held_set = set(held["valid"]) | set(held["test"])
        used: set[str] = set()  # English of the valid sets, banned from test
        result: dict[str, dict[str, list]] = {lang: {} for lang in langs}
        short = {lang: {} for lang in langs}
        for split in ("valid", "test"):
            for lang in langs:
                want = targets[lang][split]
                kept, seen = [], set(used)
                for g in held[split]:
                    for p in by_group[lang].get(g, ()):
                        if p[1] not in seen and en_groups[p[1]] <= held_set:
                            seen.add(p[1])
                            kept.append(p)
                short[lang][split] = max(0, want - len(kept))
                result[lang][split] = kept[:want]
            used |= {p[1] for lang in langs for p in result[lang][split]}
        return result, short

    def serve(held: dict[str, list[str]], lang: str, rank: int) -> dict[str, list[str]]:
        """``held`` plus the fewest groups of ``lang`` that give it its held-out lines."""
        held_set = set(held["valid"]) | set(held["test"])
        smaller = langs[:rank]
        cands = sorted((g for g in by_group[lang] if g not in held_set),
                       key=lambda g: (sum(g in by_group[o] for o in smaller), group_hash(g, seed)))
        queues = {"valid": cands[0::2], "test": cands[1::2]}

        def attempt(taken: dict[str, int]):
            trial = {s: held[s] + queues[s][:taken[s]] for s in held}
            return trial, evaluate(trial)[1][lang]

        per_group = len(pairs_by_lang[lang]) / max(1, len(by_group[lang]))
        taken = {"valid": 0, "test": 0}
        missing = attempt(taken)[1]
        while any(missing.values()):
            for split, need in missing.items():
                if not need:
                    continue
                if taken[split] >= len(queues[split]):
                    raise fail(f"not enough data for the {split} set of en-{lang} "
                               f"({targets[lang][split]} lines) from its {len(by_group[lang])} "
                               "packages; lower --valid-size/--test-size or --heldout-fraction")
                got = targets[lang][split] - need
                yield_ = got / taken[split] if taken[split] and got else per_group
                step = math.ceil(need / max(yield_, 0.5))
                taken[split] = min(len(queues[split]), taken[split] + max(1, step))
            missing = attempt(taken)[1]
        for split in ("valid", "test"):  # the shortest prefixes that still suffice
            lo, hi = 0, taken[split]
            while lo < hi:
                mid = (lo + hi) // 2
                if attempt({**taken, split: mid})[1][split]:
                    lo = mid + 1
                else:
                    hi = mid
            taken[split] = lo
        return attempt(taken)[0]

    held: dict[str, list[str]] = {"valid": [], "test": []}
    for _ in range(len(langs) + 2):  # a later language's groups can unsettle an earlier one
        _, short = evaluate(held)
        if not any(any(v.values()) for v in short.values()):
            break
        for rank, lang in enumerate(langs):
            held = serve(held, lang, rank)
    else:
        raise fail("the held-out sets did not settle; lower --valid-size/--test-size")

    result, _ = evaluate(held)
    held_set = set(held["valid"]) | set(held["test"])
    for lang, pairs in pairs_by_lang.items():
        result[lang]["train"] = [p for p in pairs if p[0][0] not in held_set]
    return result, held["valid"], held["test"]


# --------------------------------------------------------------------------- #
# Output
# --------------------------------------------------------------------------- #

def write_split(out_dir: Path, split: str, code: str, pairs: list) -> int:
    """Write ``{split}.en-{code}.{en,code}``; return the line count."""
    def check(segments: list[str]) -> None:
        if any("\n" in s or "\r" in s for s in segments):
            raise fail(f"a {split} segment of en-{code} contains a line break")

    return _write_split(out_dir, split, code, pairs, check)


def render_readme(stats: dict) -> str:
    """README.md text for the output directory."""
    rows = ["| pair | train | valid | test | aligned segments | MB (train+valid+test) |",
            "|---|---:|---:|---:|---:|---:|"]
    for pair, c in stats["pairs"].items():
        rows.append(f"| {pair} | {train_cell(c)} | {c['valid']} | {c['test']} | {c['aligned']} "
                    f"| {c['megabytes']} |")
    table = "\n".join(rows)
    src = stats["source"]
    idx_lines = "\n".join(f"- `{name}`: {n} entries, sha256 of the text `{sha[:16]}…`"
                          for info in src["indexes"].values()
                          for name, n, sha in zip(info["files"], info["entries"], info["sha256"]))
    release = (f"The suite's Release file is dated {src['release_date']}."
               if src.get("release_date") else "No Release file was given, so the date of the\n"
               "indexes is not recorded; the sha256 sums above identify them.")
    caps = ", ".join(f"{k}={v}" for k, v in stats["max_train"].items()) or "none"
    sizes = ", ".join(f"{p} {c['valid']}/{c['test']}" for p, c in stats["pairs"].items()
                      if (c["valid"], c["test"]) != (stats["valid_size"], stats["test_size"]))
    small = (f"Pairs too small for that get fewer: {sizes}." if sizes else
             "Every pair reached the full size.")
    grouping = ("a source package (from the suite's Packages index; a binary\n  package "
                "missing there is its own group), so binary packages that share\n  description "
                "text (`foo`, `foo-data`, `libfoo-dev`) stay on one side of the\n  split"
                if stats["grouping"] == "source"
                else "a binary package (no Packages index was given)")
    smallest = min(stats["pairs"].values(), key=lambda c: c["train"])
    natural = ("The smallest pair is small by nature (few translated packages), not\n  capped."
               if smallest["train"] == smallest["train_uncapped"] else "")
    n_valid = len(stats["heldout_groups"]["valid"])
    n_test = len(stats["heldout_groups"]["test"])
    ratio = max(c["train"] for c in stats["pairs"].values()) / max(
        1, min(c["train"] for c in stats["pairs"].values()))
    return f"""# Debian package descriptions parallel corpus (ddtp)

English→XX parallel data from the translated package descriptions of Debian's
Description Translation Project (DDTP). Generated by
`scripts/data/build_ddtp.py`; do not edit by hand, rerun the script.

## Domain

Package descriptions: a one-line summary and a few paragraphs of technical
prose per package (what a program or library does, what a package contains,
feature lists), written by package maintainers and translated by volunteers.
It is neither help pages (data/lohelp) nor UI message catalogs. Each pair
covers only the packages its language team translated, so the pairs share
some English text but not all.

## Source

The `Translation-<lang>` indexes of the suite's `main` component, as apt
fetches them (`apt-get update` with `Acquire::Languages`):

{idx_lines}

{release}
The archive updates these indexes at point releases, so a rebuild later may
differ; compare the sha256 sums in `stats.json`. English descriptions of the
same package from several suites (e.g. `-updates`) are merged.

## License

Unclear. No licence is stated for the translated descriptions. The DDTP page
of the Debian web site ("The Debian Description Translation Project — DDTP",
www.debian.org/international/l10n/ddtp) says only that the non-free and
non-free-firmware sections are not offered for translation because their
licences could forbid it; it names no licence for the translations. The
English originals are the `Description` fields of the packages'
`debian/control` files and fall under each package's copyright
(`debian/copyright`); the translations are volunteer contributions to the DDTP,
published by Debian as the `i18n` indexes of the archive's `main` component. No
single licence covers this corpus: treat it as research data and check the
terms before redistributing it.

## How it was built

```
{stats["command"]}
```

The indexes were read {"with `apt-get update`" if stats["read_from"] == "apt-get update"
                       else "from a directory given with `--from-dir`"}; the options that only say
where files are kept (`--from-dir`, `--cache-dir`, `--out-dir`) are left out above.
Without `--from-dir` the script runs `apt-get update` with the system's apt
sources into a private lists directory (`--cache-dir`; the system's apt state
is not changed) and reads the indexes from there; `.lz4` indexes are
decompressed with apt's `apt-helper cat-file`. `--from-dir DIR` reads
`Translation-<lang>[.lz4|.bz2|.xz|.gz]` (and optionally `Packages`) files from
`DIR`, e.g. the lists directory of an earlier fetch.

## Alignment

Translation entries are paired with `Translation-en` by (package,
`Description-md5`); the English descriptions are checked against their md5. A
description gives segments: the short description, then each long-description
paragraph (paragraphs are separated by ` .` lines, wrapped lines are joined).
A paragraph with bullet items (`*`, `-`, `+`, `o`, `•`, `1.`) gives its lead-in
text and one segment per item, markers removed. Short descriptions always
pair; paragraphs pair one to one only when both sides have as many paragraphs
(otherwise the long description is skipped), and a paragraph's segments pair
only when both sides have as many items (otherwise that paragraph is skipped).

Segment pairs are dropped when a side is empty, the translation equals the
English text (untranslated), a side holds a web or mail address, a side has fewer than {MIN_WORDS} or more than
{MAX_WORDS} words, or the longer side has at least {RATIO_MIN_CHARS} characters
and is more than {MAX_CHAR_RATIO:g} times as long as the other. Identical
(en, xx) pairs are kept once per language pair. Drop counts per reason are in
`stats.json`.

## Splits

- Valid and test come from held-out groups, shared by all pairs; a group is
  {grouping}. {n_valid} valid and {n_test} test groups are held out (listed
  in `stats.json`); no held-out group contributes to training.
- The groups are chosen pair by pair, smallest pair first: the pair's groups
  not held out yet are ordered by how many smaller pairs also have segments in
  them (fewest first, so a large pair does not take a small pair's training
  data), then by sha256 of `"{stats["seed"]}:<group>"`, and dealt alternately
  into a valid and a test queue; the shortest prefixes are held out that give
  the pair its lines. So a large pair's held-out groups lean towards packages
  that the smaller pairs' teams did not translate.
- Sizes: {stats["valid_size"]} valid and {stats["test_size"]} test lines per pair, but at most
  {stats["heldout_fraction"]:g} × the pair's aligned segments each.
  {small}
- Any English segment that occurs in any pair's training data is removed from
  every valid/test set, test shares no English segment with any valid set, and
  English segments are unique within each valid/test set.
- Training caps (seeded subsample, to shape the sizes and keep the corpus
  small): {caps}. {natural}
  Training sizes span {ratio:.0f}× (largest / smallest).

## Files

`{{train,valid,test}}.en-XX.{{en,XX}}`: raw UTF-8 text, one segment per line,
line-aligned; XX is the lowercase DDTP code. `stats.json` holds counts, drop
reasons, index checksums and the held-out groups.

## Counts

{table}
"""


def content_args(argv: list[str]) -> list[str]:
    """``argv`` without the options that only say where files are (the command in README/stats)."""
    out, skip = [], False
    for arg in argv:
        if skip:
            skip = False
        elif arg in LOCATION_OPTIONS:
            skip = True
        elif not arg.startswith(tuple(f"{o}=" for o in LOCATION_OPTIONS)):
            out.append(arg)
    return out


def build_arg_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        description="Build an English->XX parallel corpus from Debian's translated package "
                    "descriptions (DDTP Translation-<lang> indexes), aligned by package, "
                    "description md5 and paragraph. By default the indexes are fetched with "
                    "'apt-get update' into a private lists directory.")
    ap.add_argument("--langs", default=DEFAULT_LANGS,
                    help=f"comma-separated DDTP language codes (e.g. de,ru,pt_BR); English is "
                         f"always the source (default: {DEFAULT_LANGS})")
    ap.add_argument("--from-dir", type=Path,
                    help="directory with Translation-<lang>[.lz4|.bz2|.xz|.gz] files (apt's "
                         "list file names work) and optionally a Packages index, instead of "
                         "fetching")
    ap.add_argument("--cache-dir", type=Path, default=DEFAULT_CACHE_DIR,
                    help=f"where fetched indexes are kept (default: {DEFAULT_CACHE_DIR})")
    ap.add_argument("--out-dir", type=Path, default=DEFAULT_OUT_DIR,
                    help="output directory (default: data/ddtp in the repository)")
    add_size_args(ap)
    ap.add_argument("--heldout-fraction", type=float, default=0.15,
                    help="valid and test each get at most this fraction of a pair's aligned "
                         "segments, so small pairs keep training data (default: 0.15)")
    ap.add_argument("--max-train", default=None,
                    help="training caps 'lang=N,...' (seeded subsample); 'none' for no cap "
                         "(default: " + ",".join(f"{k}={v}" for k, v in DEFAULT_MAX_TRAIN.items())
                         + " for the requested languages)")
    ap.add_argument("--seed", type=int, default=1,
                    help="seed for the held-out order and the caps (default: 1)")
    return ap


def main(argv: list[str] | None = None) -> dict:
    """Run the pipeline; returns the statistics written to ``stats.json``."""
    raw_argv, args, langs = parse_command(
        build_arg_parser(), argv, normalize_lang, (EN,),
        "English is always the source; do not list en in --langs")
    if not 0 < args.heldout_fraction < 0.5:
        raise fail("--heldout-fraction must be in (0, 0.5)")
    caps = parse_max_train(args.max_train, langs)

    src_dir = args.from_dir or fetch_lists(langs, args.cache_dir.expanduser())
    descs, index_info, source_map = load_indexes(src_dir, langs)
    if source_map is None:
        group_of = None
    else:
        def group_of(pkg: str) -> str:
            return source_map.get(pkg, pkg)

    pairs_by_lang, drops = {}, {}
    for lang in langs:
        drops[lang] = Counter()
        pairs_by_lang[lang] = align(descs[EN], descs[lang], group_of, drops[lang])
        if not pairs_by_lang[lang]:
            raise fail(f"no aligned segments for en-{lang} (do its Description-md5 values "
                       "match Translation-en?)")

    targets = heldout_targets(pairs_by_lang, args.valid_size, args.test_size,
                              args.heldout_fraction)
    splits, valid_groups, test_groups = split_by_group(pairs_by_lang, targets, args.seed)

    out_dir = args.out_dir

    def megabytes(code: str) -> dict:
        size = sum(p.stat().st_size for p in out_dir.glob(f"*.en-{code}.*"))
        return {"megabytes": round(size / 1e6, 2)}

    pair_stats = write_pairs(out_dir, langs, splits, caps, args.seed, pairs_by_lang, drops,
                             output_code, write_split, extra=megabytes)

    stats = {
        "command": command_line("scripts/data/build_ddtp.py", content_args(raw_argv)),
        "read_from": "--from-dir" if args.from_dir else "apt-get update",
        "source": {"release_date": find_release_date(
            src_dir, [n for info in index_info.values() for n in info["files"]]),
            "indexes": index_info},
        "grouping": "package" if source_map is None else "source",
        "num_groups": len({p[0][0] for pairs in pairs_by_lang.values() for p in pairs}),
        "seed": args.seed,
        "valid_size": args.valid_size,
        "test_size": args.test_size,
        "heldout_fraction": args.heldout_fraction,
        "max_train": {output_code(k): v for k, v in caps.items()},
        "pairs": pair_stats,
        "heldout_groups": {"valid": sorted(valid_groups), "test": sorted(test_groups)},
    }
    finish(out_dir, stats, render_readme(stats))
    return stats


if __name__ == "__main__":
    main()
