"""Steps shared by the corpus builders in this folder (build_lohelp.py, build_ddtp.py).

Option checks, training caps and the output stage (split files, ``stats.json``,
``README.md``, the pair table) of an English->XX corpus builder.
"""

from __future__ import annotations

import argparse
import json
import random
import shlex
import sys
from collections import Counter
from pathlib import Path
from typing import Callable

SPLITS = ("train", "valid", "test")


def fail(msg: str) -> SystemExit:
    """The builders' one-line error exit."""
    return SystemExit(f"error: {msg}")


def add_size_args(ap: argparse.ArgumentParser) -> None:
    """The ``--valid-size`` and ``--test-size`` options (500 lines per pair by default)."""
    ap.add_argument("--valid-size", type=int, default=500,
                    help="valid lines per pair (default: 500)")
    ap.add_argument("--test-size", type=int, default=500,
                    help="test lines per pair (default: 500)")


def parse_command(parser: argparse.ArgumentParser, argv: list[str] | None,
                  normalize: Callable[[str], str], english: tuple[str, ...],
                  english_error: str) -> tuple[list[str], argparse.Namespace, list[str]]:
    """Parse ``argv`` (default: ``sys.argv[1:]``); return ``(raw argv, args, langs)``.

    Rejects an empty or duplicated ``--langs``, English (any of ``english``) in
    it, and non-positive split sizes.
    """
    raw_argv = list(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(raw_argv)
    langs = [normalize(x) for x in args.langs.split(",") if x.strip()]
    if not langs:
        raise fail("--langs is empty")
    if any(code in langs for code in english):
        raise fail(english_error)
    if len(set(langs)) != len(langs):
        raise fail("duplicate language in --langs")
    if args.valid_size < 1 or args.test_size < 1:
        raise fail("--valid-size and --test-size must be positive")
    return raw_argv, args, langs


def parse_max_train(spec: str | None, langs: list[str], defaults: dict[str, int],
                    normalize: Callable[[str], str]) -> dict[str, int]:
    """Parse ``"xx=N,yy=M"``; ``None`` gives the ``defaults`` for requested langs."""
    if spec is None:
        return {k: v for k, v in defaults.items() if k in langs}
    caps: dict[str, int] = {}
    for item in filter(None, (s.strip() for s in spec.split(","))):
        if item.lower() == "none":
            continue
        lang, sep, num = item.partition("=")
        if not sep or not num.strip().isdigit():
            raise fail(f"bad --max-train entry {item!r} (expected LANG=N)")
        lang = normalize(lang)
        if lang not in langs:
            raise fail(f"--max-train names {lang!r}, which is not in --langs")
        caps[lang] = int(num)
    return caps


def keep_pair(en: str, xx: str, reason: str | None, seen: set[tuple[str, str]],
              stats: Counter) -> bool:
    """Whether a pair is kept: not rejected (``reason``) and not a repeat; counts drops in ``stats``."""
    if reason is None and (en, xx) in seen:
        reason = "duplicate"
    if reason is not None:
        stats[reason] += 1
        return False
    seen.add((en, xx))
    return True


def cap_train(pairs: list, cap: int, seed: int, lang: str) -> list:
    """Deterministic subsample of at most ``cap`` pairs, in original order."""
    if len(pairs) <= cap:
        return pairs
    idx = sorted(random.Random(f"{seed}:{lang}").sample(range(len(pairs)), cap))
    return [pairs[i] for i in idx]


def write_split(out_dir: Path, split: str, code: str, pairs: list,
                check: Callable[[list[str]], None]) -> int:
    """Write ``{split}.en-{code}.{en,code}`` after ``check(all segments)``; return the line count."""
    en_lines = [p[1] for p in pairs]
    xx_lines = [p[2] for p in pairs]
    check(en_lines + xx_lines)
    for suffix, lines in (("en", en_lines), (code, xx_lines)):
        path = out_dir / f"{split}.en-{code}.{suffix}"
        path.write_text("".join(s + "\n" for s in lines), encoding="utf-8", newline="\n")
    return len(pairs)


def write_pairs(out_dir: Path, langs: list[str], splits: dict, caps: dict[str, int], seed: int,
                pairs_by_lang: dict[str, list], drops: dict[str, Counter],
                output_code: Callable[[str], str], write_split: Callable[..., int],
                extra: Callable[[str], dict] | None = None) -> dict[str, dict]:
    """Remove old split files, cap training sets and write every pair; return per-pair counts.

    ``extra(code)`` (if given) adds fields after ``aligned`` in a pair's counts.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    for split in SPLITS:
        for stale in out_dir.glob(f"{split}.en-*.*"):
            stale.unlink()
    pair_stats = {}
    for lang in langs:
        code = output_code(lang)
        uncapped = len(splits[lang]["train"])
        if lang in caps:
            splits[lang]["train"] = cap_train(splits[lang]["train"], caps[lang], seed, lang)
        counts = {s: write_split(out_dir, s, code, splits[lang][s]) for s in SPLITS}
        pair_stats[f"en-{code}"] = {
            **counts, "train_uncapped": uncapped, "aligned": len(pairs_by_lang[lang]),
            **(extra(code) if extra else {}),
            "dropped": {k: v for k, v in sorted(drops[lang].items()) if k != "kept"},
        }
    return pair_stats


def command_line(script: str, args: list[str]) -> str:
    """The rebuild command recorded in ``stats.json``/README: ``python <script> <args>``."""
    return f"python {script}" + (" " + shlex.join(args) if args else "")


def train_cell(counts: dict) -> str:
    """A README table's train count, with the uncapped size when a cap applied."""
    train = str(counts["train"])
    if counts["train"] != counts["train_uncapped"]:
        train += f" (capped from {counts['train_uncapped']})"
    return train


def finish(out_dir: Path, stats: dict, readme: str) -> None:
    """Write ``stats.json`` and ``README.md``, then print the pair table."""
    (out_dir / "stats.json").write_text(
        json.dumps(stats, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (out_dir / "README.md").write_text(readme, encoding="utf-8")
    print(f"{'pair':<10}{'train':>8}{'valid':>8}{'test':>8}")
    for pair, c in stats["pairs"].items():
        print(f"{pair:<10}{c['train']:>8}{c['valid']:>8}{c['test']:>8}")
    print(f"wrote {out_dir}")
