"""The data steps of ``mtl-nmt-benchmark-data`` (and so of scripts/recipes/*.sh): download an
archive and verify its checksum, extract the needed files, convert them into raw
``{split}.<src>-<tgt>.<lang>`` files, and binarize FLORES test files. Each step takes the parsed
command-line options and is skipped when its output is there and up to date (``--force`` redoes it)."""
import argparse
import json
import os
from typing import List

from ..errors import MtlNmtError
from . import flores, get_benchmark, iwslt17, ted
from .download import Source, extract, fetch

SOURCES = ("ted8_related", "ted8_diverse", "iwslt17", "flores101", "flores200")


def check_source(name: str) -> str:
    if name not in SOURCES:
        raise MtlNmtError(f"unknown data source {name!r} (choose from {', '.join(SOURCES)})")
    return name


def source_of(name: str) -> Source:
    check_source(name)
    if name.startswith("ted8"):
        return ted.SOURCE
    return iwslt17.SOURCE if name == "iwslt17" else flores.SOURCES[name]


def pairs_of(args) -> List[str]:
    if getattr(args, "pairs", None):
        return [p for p in args.pairs.split(",") if p]
    if args.source.startswith("flores"):
        raise MtlNmtError("--pairs is required for FLORES (e.g. the trained model's pairs)")
    return list(get_benchmark(args.source).pairs)


def cmd_pairs(args) -> None:
    print(",".join(get_benchmark(args.benchmark).pairs))


def cmd_download(args) -> None:
    src = source_of(args.source).with_overrides(args.url, args.sha256, args.md5)
    fetch(src, args.dest, force=args.force)


def cmd_extract(args) -> None:
    src = source_of(args.source)
    archive = os.path.join(args.download_dir, src.filename)
    if not os.path.isfile(archive):
        raise MtlNmtError(f"{archive} is missing (run the download step first)")
    if args.source.startswith("ted8"):
        select, expect = ted.select_member, len(ted.SPLITS)
    elif args.source == "iwslt17":
        select, expect = iwslt17.selector(pairs_of(args)), len(iwslt17.member_names(pairs_of(args)))
    else:
        pairs = pairs_of(args)
        select, expect = flores.selector(args.source, pairs), len(flores.languages(pairs))
    extract(archive, args.dest, select, expect=expect, force=args.force)


def _up_to_date(raw_dir: str, pairs: List[str], extra: dict) -> bool:
    path = os.path.join(raw_dir, "stats.json")
    if not os.path.isfile(path):
        return False
    with open(path, encoding="utf-8") as f:
        stats = json.load(f)
    if sorted(stats.get("pairs", {})) != sorted(pairs) or any(stats.get(k) != v for k, v in extra.items()):
        return False
    return all(os.path.isfile(os.path.join(raw_dir, f"{split}.{pair}.{lang}"))
               for pair, splits in stats["pairs"].items() for split in splits for lang in pair.split("-"))


def cmd_convert(args) -> None:
    pairs = pairs_of(args)
    if args.source.startswith("ted8"):
        extra, run = {"detok": args.detok}, lambda: ted.convert(args.src, args.raw_dir, pairs, args.detok)
        summary = ted.summary
    elif args.source == "iwslt17":
        extra, run, summary = {}, lambda: iwslt17.convert(args.src, args.raw_dir, pairs), iwslt17.summary
    else:
        extra = {"version": args.source}
        run = lambda: flores.convert(args.src, args.raw_dir, pairs, args.source)  # noqa: E731
        summary = lambda s: [f"{p} test: {c['test']} lines" for p, c in s["pairs"].items()]  # noqa: E731
    if not args.force and _up_to_date(args.raw_dir, pairs, extra):
        print(f"{args.raw_dir}: raw files up to date (stats.json), skipping")
        return
    stats = run()
    for line in summary(stats):
        print(line)
    print(f"raw files and stats.json written to {args.raw_dir}")


def cmd_fetch(args) -> None:
    """download, extract and convert in one process (each step skipped when done)."""
    ns = argparse.Namespace(**vars(args))
    ns.dest = os.path.join(args.work_dir, "download")
    cmd_download(ns)
    ns.download_dir, ns.dest = ns.dest, os.path.join(args.work_dir, "extracted")
    cmd_extract(ns)
    ns.src = ns.dest
    cmd_convert(ns)


def cmd_flores_bin(args) -> None:
    pairs = [p for p in args.pairs.split(",") if p]
    flores.binarize_test(args.data_bin, args.raw_dir, args.out_dir, pairs, workers=args.workers, force=args.force)
    print(f"FLORES test data-bin written to {args.out_dir}")
