#!/usr/bin/env python3
"""Build an English->XX parallel corpus from Debian's libreoffice-help-* packages.

The LibreOffice help pages (MPL-2.0) are published as HTML in which every
paragraph and heading carries the same element id in every language.  Pairing
the English (en-US) pages with a translation by (file, element id) therefore
gives an exact sentence/paragraph alignment.

Pipeline: obtain the packages (``apt-get download`` + ``dpkg-deb -x``, a
directory of .debs, or an already extracted tree) -> parse the pages -> align
by key and filter -> split valid/test by help file with no English overlap
with any training set -> optional training caps -> write raw text files,
``stats.json`` and ``README.md``.

Example::

    python scripts/data/build_lohelp.py --langs de,fr,fi,hi --max-train hi=2000
"""

from __future__ import annotations

import argparse
import gzip
import math
import random
import re
import shutil
import subprocess
import sys
from collections import Counter
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

from tqdm import tqdm

if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_build import (  # noqa: E402  (the shared module lives next to this script)
    add_size_args, cap_train, command_line, finish, keep_pair, parse_command,
    parse_max_train as _parse_max_train, train_cell, write_pairs,
    write_split as _write_split)

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_OUT_DIR = REPO_ROOT / "data" / "lohelp"
DEFAULT_CACHE_DIR = Path("~/.cache/mtl_nmt/lohelp")
DEFAULT_LANGS = "de,fr,fi,hi"
DEFAULT_MAX_TRAIN = {"hi": 2000}
EN = "en-us"
PKG_PREFIX = "libreoffice-help-"
HELP_SUBDIR = Path("usr/share/libreoffice/help")

UNIT_ID_PREFIXES = ("par_", "hd_", "lang_id")
SKIP_TAGS = frozenset({"script", "style", "template"})
VOID_TAGS = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link",
    "meta", "param", "source", "track", "wbr",
})
INLINE_TAGS = frozenset({
    "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "dfn", "em",
    "font", "i", "kbd", "label", "mark", "q", "s", "samp", "small", "span",
    "strike", "strong", "sub", "sup", "time", "tt", "u", "var",
})
MIN_LETTERS = 2
MAX_WORDS = 250
MAX_CHAR_RATIO = 3.0
RATIO_MIN_CHARS = 20

_WS_RE = re.compile(r"\s+")
_ENTITY_RE = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
_URL_RE = re.compile(r"\b[a-z][a-z0-9+.-]*://\S+", re.I)


# --------------------------------------------------------------------------- #
# Languages and packages
# --------------------------------------------------------------------------- #

def normalize_lang(lang: str) -> str:
    """Canonical package suffix of a language code: ``zh_CN`` -> ``zh-cn``."""
    return lang.strip().lower().replace("_", "-")


def package_name(lang: str) -> str:
    """Debian package name for a language suffix (``de`` -> ``libreoffice-help-de``)."""
    return PKG_PREFIX + normalize_lang(lang)


def lang_folder(lang: str) -> str:
    """Help folder name for a package suffix: ``aa-bb`` -> ``aa-BB``, ``de`` -> ``de``."""
    head, _, tail = normalize_lang(lang).partition("-")
    return f"{head}-{tail.upper()}" if tail else head


def output_code(lang: str) -> str:
    """Language code used in output file names (``zh-cn`` -> ``zh_cn``)."""
    return normalize_lang(lang).replace("-", "_")


def parse_max_train(spec: str | None, langs: list[str]) -> dict[str, int]:
    """Parse ``"hi=2000,fi=5000"``; ``None`` gives the defaults for requested langs."""
    return _parse_max_train(spec, langs, DEFAULT_MAX_TRAIN, normalize_lang)


def _clean_message(text: str) -> str:
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    errors = [ln for ln in lines if ln.startswith("E:")] or lines[-1:]
    return _URL_RE.sub("<url>", " ".join(errors))


def _require_tool(tool: str) -> None:
    if shutil.which(tool) is None:
        raise SystemExit(
            f"error: {tool} not found; install it or pass --deb-dir/--extracted-dir")


def version_from_deb_name(deb: Path) -> str:
    """``libreoffice-help-de_4%3a7.4.7-1_all.deb`` -> ``4:7.4.7-1``."""
    parts = deb.name.split("_")
    return unquote(parts[1]) if len(parts) >= 3 else "unknown"


def version_from_tree(pkg_root: Path, pkg: str) -> str:
    """Package version from the first line of its extracted Debian changelog."""
    changelog = pkg_root / "usr/share/doc" / pkg / "changelog.Debian.gz"
    try:
        with gzip.open(changelog, "rt", encoding="utf-8", errors="replace") as fh:
            first = fh.readline()
    except OSError:
        return "unknown"
    m = re.search(r"\(([^)]+)\)", first)
    return m.group(1) if m else "unknown"


def find_deb(deb_dir: Path, pkg: str) -> Path:
    """The single ``<pkg>_*.deb`` in ``deb_dir``."""
    debs = sorted(deb_dir.glob(f"{pkg}_*.deb"))
    if not debs:
        raise SystemExit(f"error: no .deb for package {pkg} in {deb_dir}")
    if len(debs) > 1:
        names = ", ".join(d.name for d in debs)
        raise SystemExit(f"error: several .debs for package {pkg} in {deb_dir}: {names}")
    return debs[0]


def download_debs(pkgs: list[str], deb_dir: Path) -> None:
    """``apt-get download`` every package that has no .deb in ``deb_dir`` yet."""
    _require_tool("apt-get")
    deb_dir.mkdir(parents=True, exist_ok=True)
    for pkg in pkgs:
        if any(deb_dir.glob(f"{pkg}_*.deb")):
            continue
        print(f"downloading {pkg} ...", file=sys.stderr)
        proc = subprocess.run(["apt-get", "download", pkg], cwd=deb_dir,
                              capture_output=True, text=True)
        if proc.returncode != 0:
            raise SystemExit(f"error: apt-get download failed for package {pkg}: "
                             f"{_clean_message(proc.stderr or proc.stdout)}")


def extract_deb(deb: Path, dest_root: Path) -> Path:
    """``dpkg-deb -x`` a package into ``dest_root/<deb stem>`` (cached); return that dir."""
    dest = dest_root / deb.stem
    if (dest / HELP_SUBDIR).is_dir():
        return dest
    _require_tool("dpkg-deb")
    tmp = dest_root / (deb.stem + ".partial")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    proc = subprocess.run(["dpkg-deb", "-x", str(deb), str(tmp)],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        shutil.rmtree(tmp, ignore_errors=True)
        raise SystemExit(f"error: dpkg-deb -x failed for {deb.name}: "
                         f"{_clean_message(proc.stderr)}")
    shutil.rmtree(dest, ignore_errors=True)
    tmp.rename(dest)
    return dest


def obtain_packages(langs: list[str], deb_dir: Path | None, extracted_dir: Path | None,
                    cache_dir: Path) -> dict[str, tuple[Path, str]]:
    """Map each language (``en-us`` first) to (help language root, package version)."""
    roots: dict[str, tuple[Path, str]] = {}
    for lang in [EN, *langs]:
        pkg = package_name(lang)
        if extracted_dir is not None:
            pkg_root = extracted_dir / pkg
            if not pkg_root.is_dir():
                raise SystemExit(f"error: package {pkg} not found in {extracted_dir} "
                                 f"(expected folder {pkg_root})")
            version = version_from_tree(pkg_root, pkg)
        else:
            if deb_dir is None:
                download_debs([pkg], cache_dir / "debs")
                deb = find_deb(cache_dir / "debs", pkg)
            else:
                deb = find_deb(deb_dir, pkg)
            pkg_root = extract_deb(deb, cache_dir / "extracted")
            version = version_from_deb_name(deb)
        lang_root = pkg_root / HELP_SUBDIR / lang_folder(lang)
        if not lang_root.is_dir() or next(lang_root.rglob("*.html"), None) is None:
            raise SystemExit(f"error: no help pages (*.html) for package {pkg} in {lang_root}")
        roots[lang] = (lang_root, version)
    return roots


# --------------------------------------------------------------------------- #
# HTML parsing
# --------------------------------------------------------------------------- #

def normalize_text(text: str) -> str:
    """Unescape leftover (double-escaped) entities, drop soft hyphens, collapse spaces."""
    if "&" in text:
        text = _ENTITY_RE.sub(lambda m: unescape(m.group(0)), text)
    text = text.replace("\u00ad", "").replace("\u200b", "")
    return _WS_RE.sub(" ", text).strip()


class _UnitParser(HTMLParser):
    """Collect the text of elements whose id marks a translatable unit.

    Text belongs to the innermost enclosing unit.  Content of script/style and of
    hidden non-default ``switch`` cases (platform/application variants such as
    ``MAC...`` or ``WRITER...``) is skipped, so only the default variant is kept.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.units: list[tuple[str, list[str]]] = []
        self._stack: list[tuple[str, int | None, bool]] = []

    def _add(self, text: str) -> None:
        for _tag, unit, skip in reversed(self._stack):
            if skip:
                return
            if unit is not None:
                self.units[unit][1].append(text)
                return

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID_TAGS:
            if tag in ("br", "hr"):
                self._add(" ")
            return
        attr = dict(attrs)
        eid = attr.get("id") or ""
        unit = None
        if eid.startswith(UNIT_ID_PREFIXES):
            unit = len(self.units)
            self.units.append((eid, []))
        skip = tag in SKIP_TAGS or ("hidden" in attr and not eid.startswith("default"))
        self._stack.append((tag, unit, skip))
        if tag not in INLINE_TAGS:
            self._add(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID_TAGS:
            return
        for i in range(len(self._stack) - 1, -1, -1):
            if self._stack[i][0] == tag:
                if tag not in INLINE_TAGS:
                    self._add(" ")
                del self._stack[i:]
                return

    def handle_data(self, data: str) -> None:
        self._add(data)


def parse_html_text(html: str, rel: str) -> list[tuple[tuple[str, str, int], str]]:
    """Units of one page as ``((rel, element id, occurrence), text)`` in document order."""
    parser = _UnitParser()
    parser.feed(html)
    parser.close()
    seen: Counter[str] = Counter()
    out = []
    for eid, chunks in parser.units:
        out.append(((rel, eid, seen[eid]), normalize_text("".join(chunks))))
        seen[eid] += 1
    return out


def parse_html_file(path: str | Path, rel: str | None = None
                    ) -> list[tuple[tuple[str, str, int], str]]:
    """Parse one help page; ``rel`` (default: the file name) is the key's path part."""
    path = Path(path)
    html = path.read_text(encoding="utf-8", errors="replace")
    return parse_html_text(html, rel if rel is not None else path.name)


def parse_language(lang_root: Path, desc: str = "parse"
                   ) -> dict[tuple[str, str, int], str]:
    """Parse every ``*.html`` below a language root into an ordered key -> text dict."""
    files = sorted(lang_root.rglob("*.html"), key=lambda p: p.relative_to(lang_root).as_posix())
    if not files:
        raise SystemExit(f"error: no help pages (*.html) in {lang_root}")
    units: dict[tuple[str, str, int], str] = {}
    for path in tqdm(files, desc=desc, unit="file", leave=False):
        units.update(parse_html_file(path, path.relative_to(lang_root).as_posix()))
    return units


# --------------------------------------------------------------------------- #
# Alignment and filtering
# --------------------------------------------------------------------------- #

def _letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


def reject_reason(en: str, xx: str) -> str | None:
    """Why a pair is dropped, or ``None`` if it is kept."""
    if not en or not xx:
        return "empty"
    if en == xx:
        return "untranslated"
    if _letters(en) < MIN_LETTERS or _letters(xx) < MIN_LETTERS:
        return "few_letters"
    if len(en.split()) > MAX_WORDS or len(xx.split()) > MAX_WORDS:
        return "too_long"
    short, long_ = sorted((len(en), len(xx)))
    if short > RATIO_MIN_CHARS and long_ > MAX_CHAR_RATIO * short:
        return "length_ratio"
    return None


def align(en_units, xx_units, stats: Counter | None = None
          ) -> list[tuple[tuple[str, str, int], str, str]]:
    """Pair units by key, filter them and drop duplicate (en, xx) pairs.

    Both inputs are key -> text mappings or sequences of ``(key, text)``.  The
    result follows the English order; ``stats`` (if given) counts the drops.
    """
    en_map = dict(en_units)
    xx_map = dict(xx_units)
    stats = stats if stats is not None else Counter()
    seen: set[tuple[str, str]] = set()
    out = []
    for key, en in en_map.items():
        if key not in xx_map:
            stats["missing"] += 1
            continue
        xx = xx_map[key]
        if keep_pair(en, xx, reject_reason(en, xx), seen, stats):
            out.append((key, en, xx))
    stats["kept"] += len(out)
    return out


# --------------------------------------------------------------------------- #
# Splitting
# --------------------------------------------------------------------------- #

def _dedupe_en(pairs, banned: set[str]) -> list:
    out, seen = [], set(banned)
    for p in pairs:
        if p[1] not in seen:
            seen.add(p[1])
            out.append(p)
    return out


def split_by_file(pairs_by_lang: dict[str, list], valid_size: int, test_size: int,
                  seed: int = 1) -> tuple[dict[str, dict[str, list]], list[str], list[str]]:
    """Split aligned pairs into train/valid/test by help file, shared by all languages.

    Files are shuffled with ``seed`` (files with pairs in every language first)
    and dealt alternately into a valid and a test queue.  The shortest prefixes
    of the queues are held out such that, for every language, at least
    ``valid_size``/``test_size`` lines survive after removing English sentences
    that occur in any language's training data (and, for test, in any valid
    set) and deduplicating English within the split.  Held-out sets are then
    truncated to exactly the requested size.  Returns ``(splits, valid_files,
    test_files)`` with ``splits[lang][split]`` lists of ``(key, en, xx)``.
    """
    by_file = {}
    for lang, pairs in pairs_by_lang.items():
        groups: dict[str, list] = {}
        for p in pairs:
            groups.setdefault(p[0][0], []).append(p)
        by_file[lang] = groups
    files = sorted(set().union(*by_file.values()))
    shared = [f for f in files if all(f in groups for groups in by_file.values())]
    shared_set = set(shared)
    rest = [f for f in files if f not in shared_set]
    rng = random.Random(seed)
    rng.shuffle(shared)
    rng.shuffle(rest)
    order = shared + rest
    queues = {"valid": order[0::2], "test": order[1::2]}
    sizes = {"valid": valid_size, "test": test_size}

    def evaluate(taken: dict[str, int]):
        held = {s: queues[s][:taken[s]] for s in queues}
        held_set = set(held["valid"]) | set(held["test"])
        banned = {p[1] for pairs in pairs_by_lang.values()
                  for p in pairs if p[0][0] not in held_set}
        result: dict[str, dict[str, list]] = {lang: {} for lang in pairs_by_lang}
        missing = {"valid": 0, "test": 0}
        for split in ("valid", "test"):
            for lang, groups in by_file.items():
                cands = [p for f in held[split] for p in groups.get(f, ())]
                kept = _dedupe_en(cands, banned)
                if len(kept) < sizes[split]:
                    per_file = max(len(kept) / max(taken[split], 1), 1.0)
                    need = math.ceil((sizes[split] - len(kept)) / per_file)
                    missing[split] = max(missing[split], need)
                result[lang][split] = kept[:sizes[split]]
            banned |= {p[1] for lang in result for p in result[lang][split]}
        for lang, pairs in pairs_by_lang.items():
            result[lang]["train"] = [p for p in pairs if p[0][0] not in held_set]
        return result, held, missing

    taken = {"valid": 1, "test": 1}
    while True:
        result, held, missing = evaluate(taken)
        if not any(missing.values()):
            break
        for split, need in missing.items():
            if not need:
                continue
            if taken[split] >= len(queues[split]):
                raise SystemExit(
                    f"error: not enough data for {split} sets of {sizes[split]} lines "
                    f"per pair from {len(files)} help files")
            step = min(need, taken[split])
            taken[split] = min(len(queues[split]), taken[split] + step)

    for split in ("valid", "test"):
        lo, hi = 1, taken[split]
        while lo < hi:
            mid = (lo + hi) // 2
            if any(evaluate({**taken, split: mid})[2].values()):
                lo = mid + 1
            else:
                hi = mid
        taken[split] = lo
    result, held, _ = evaluate(taken)
    return result, held["valid"], held["test"]


# --------------------------------------------------------------------------- #
# Output
# --------------------------------------------------------------------------- #

def _no_newlines(segments: list[str]) -> None:
    assert not any("\n" in s for s in segments)


def write_split(out_dir: Path, split: str, code: str, pairs: list) -> int:
    """Write ``{split}.en-{code}.{en,code}`` and re-count their lines; return the line count."""
    n = _write_split(out_dir, split, code, pairs, _no_newlines)
    for suffix in ("en", code):
        with open(out_dir / f"{split}.en-{code}.{suffix}", encoding="utf-8") as fh:
            assert sum(1 for _ in fh) == n
    return n


def render_readme(stats: dict) -> str:
    """README.md text for the output directory."""
    pkgs = stats["packages"]
    versions = ", ".join(sorted(set(pkgs.values())))
    rows = ["| pair | train | valid | test | aligned pairs |",
            "|---|---:|---:|---:|---:|"]
    for pair, c in stats["pairs"].items():
        rows.append(f"| {pair} | {train_cell(c)} | {c['valid']} | {c['test']} | {c['aligned']} |")
    table = "\n".join(rows)
    pkg_lines = "\n".join(f"- `{p}` {v}" for p, v in pkgs.items())
    caps = ", ".join(f"{k}={v}" for k, v in stats["max_train"].items()) or "none"
    n_valid = len(stats["heldout_files"]["valid"])
    n_test = len(stats["heldout_files"]["test"])
    return f"""# LibreOffice help parallel corpus (lohelp)

English→XX parallel data extracted from the LibreOffice help pages. Generated
by `scripts/data/build_lohelp.py`; do not edit by hand, rerun the script.

## Source

Debian binary packages `libreoffice-help-*`, version {versions}:

{pkg_lines}

{stats["num_help_files"]} help pages (HTML) per language.

## License

LibreOffice help content, licensed under the Mozilla Public License 2.0
(MPL-2.0); copyright Oracle and/or its affiliates and the LibreOffice
contributors (including the translators). Per the packages' copyright file
(`/usr/share/doc/libreoffice-help-*/copyright`) some files incorporate
Apache-2.0 licensed material. These derived files are distributed under the
same terms.

## How it was built

```
{stats["command"]}
```

Without `--deb-dir`/`--extracted-dir` the script fetches the packages with
`apt-get download` and unpacks them with `dpkg-deb -x`.

## Alignment

Every help page exists under the same relative path in every language, and
its paragraphs, headings, list items and table cells carry the same element
ids (`par_id…`, `hd_id…`) in every language. A unit is the text of such an
element: nested inline markup is kept as text, nested id'd elements form their
own units, `<script>`/`<style>` and hidden non-default platform/application
variants (e.g. macOS menu paths) are skipped, entities are unescaped and
whitespace is collapsed. Units are paired by the exact key (relative path,
element id, occurrence of the id in the page).

Pairs are dropped when a side is empty, the translation equals the English
text (untranslated), a side has fewer than {MIN_LETTERS} letters or more than
{MAX_WORDS} words, or both sides exceed {RATIO_MIN_CHARS} characters and their
length ratio exceeds {MAX_CHAR_RATIO:g}. Identical (en, xx) pairs are kept once
per language pair. Drop counts per reason are in `stats.json`.

## Splits

- Valid and test come from held-out help pages shared by all pairs
  ({n_valid} valid pages, {n_test} test pages, listed in `stats.json`). Pages
  are shuffled with seed {stats["seed"]} (pages with pairs in every language
  first) and the shortest runs of pages are held out that give every pair
  {stats["valid_size"]} valid and {stats["test_size"]} test lines. No
  held-out page contributes to training.
- Any English sentence that occurs in any pair's training data is removed from
  every valid/test set, test shares no English sentence with any valid set,
  and English sentences are unique within each valid/test set. Valid and test
  are then truncated to exactly {stats["valid_size"]} / {stats["test_size"]}
  lines.
- Training caps (seeded subsample, to make low-resource pairs): {caps}.

## Files

`{{train,valid,test}}.en-XX.{{en,XX}}`: raw UTF-8 text, one segment per line,
line-aligned. XX is the lowercase package suffix with `-` replaced by `_`.
`stats.json` holds counts, drop reasons, package versions and held-out pages.

## Counts

{table}
"""


def build_arg_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        description="Build an English->XX parallel corpus from Debian's "
                    "libreoffice-help-* packages (MPL-2.0), aligned by help file and "
                    "element id. By default the packages are fetched with "
                    "'apt-get download' and unpacked with 'dpkg-deb -x'.")
    ap.add_argument("--langs", default=DEFAULT_LANGS,
                    help="comma-separated package suffixes of the target languages "
                         "(e.g. de,fr,zh-cn); English is always en-US "
                         f"(default: {DEFAULT_LANGS})")
    src = ap.add_mutually_exclusive_group()
    src.add_argument("--deb-dir", type=Path,
                     help="directory with already downloaded libreoffice-help-*.deb files")
    src.add_argument("--extracted-dir", type=Path,
                     help="directory with extracted packages, one "
                          "libreoffice-help-<lang>/ folder (containing usr/share/...) each")
    ap.add_argument("--cache-dir", type=Path, default=DEFAULT_CACHE_DIR,
                    help="where downloaded/extracted packages are kept "
                         f"(default: {DEFAULT_CACHE_DIR})")
    ap.add_argument("--out-dir", type=Path, default=DEFAULT_OUT_DIR,
                    help="output directory (default: data/lohelp in the repository)")
    add_size_args(ap)
    ap.add_argument("--max-train", default=None,
                    help="training caps 'lang=N,...' (seeded subsample) to make "
                         "low-resource pairs; 'none' for no cap "
                         "(default: hi=2000 when hi is requested)")
    ap.add_argument("--seed", type=int, default=1,
                    help="seed for the held-out file choice and caps (default: 1)")
    return ap


def main(argv: list[str] | None = None) -> dict:
    """Run the pipeline; returns the statistics written to ``stats.json``."""
    raw_argv, args, langs = parse_command(
        build_arg_parser(), argv, normalize_lang, (EN, "en"),
        "English (en-US) is always the source; do not list it in --langs")
    caps = parse_max_train(args.max_train, langs)
    cache_dir = args.cache_dir.expanduser()

    roots = obtain_packages(langs, args.deb_dir, args.extracted_dir, cache_dir)
    en_root = roots[EN][0]
    en_units = parse_language(en_root, desc="parse en-US")
    num_files = sum(1 for _ in en_root.rglob("*.html"))

    pairs_by_lang, drops = {}, {}
    for lang in langs:
        xx_units = parse_language(roots[lang][0], desc=f"parse {lang_folder(lang)}")
        drops[lang] = Counter()
        pairs_by_lang[lang] = align(en_units, xx_units, drops[lang])

    splits, valid_files, test_files = split_by_file(
        pairs_by_lang, args.valid_size, args.test_size, args.seed)

    out_dir = args.out_dir
    pair_stats = write_pairs(out_dir, langs, splits, caps, args.seed, pairs_by_lang, drops,
                             output_code, write_split)

    stats = {
        "command": command_line("scripts/data/build_lohelp.py", raw_argv),
        "packages": {package_name(lang): roots[lang][1] for lang in roots},
        "num_help_files": num_files,
        "seed": args.seed,
        "valid_size": args.valid_size,
        "test_size": args.test_size,
        "max_train": {output_code(k): v for k, v in caps.items()},
        "pairs": pair_stats,
        "heldout_files": {"valid": sorted(valid_files), "test": sorted(test_files)},
    }
    finish(out_dir, stats, render_readme(stats))
    return stats


if __name__ == "__main__":
    main()
