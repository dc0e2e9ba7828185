"""``mtl-nmt-benchmark-data``: the data steps of scripts/recipes/*.sh.

  pairs BENCH                                   print the benchmark's pairs (comma-separated)
  download SOURCE --dest DIR                    fetch the archive, verify its checksum
  extract SOURCE --download-dir DIR --dest DIR  take the needed files out of the archive
  convert SOURCE --src DIR --raw-dir DIR        write raw {split}.<src>-<tgt>.<lang> files + stats.json
  fetch SOURCE --work-dir DIR --raw-dir DIR     download + extract + convert (DIR/download, DIR/extracted)
  flores-bin --data-bin BIN --raw-dir DIR --out-dir DIR --pairs P
                                                FLORES test files → data-bin with BIN's spm + dictionary

SOURCE: ted8_related, ted8_diverse (one TED archive), iwslt17, flores101, flores200.
Every step is skipped when its output is there and up to date (--force redoes it).
"""
import argparse
import json
import os
import sys
from typing import List

from ..benchmarks import BENCHMARKS, get_benchmark
from ..benchmarks import flores, iwslt17, ted
from ..benchmarks.download import Source, extract, fetch
from ..errors import MtlNmtError

SOURCES = ("ted8_related", "ted8_diverse", "iwslt17", "flores101", "flores200")


def _check_source(name: str) -> str:
    if name not in SOURCES:
        raise MtlNmtError(f"unknown data source {name!r} (choose from {', '.join(SOURCES)})")
    return name


def source_of(name: str) -> Source:
    _check_source(name)
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


def get_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="mtl-nmt-benchmark-data", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="command", required=True)
    s = sub.add_parser("pairs", help="print a benchmark's language pairs")
    s.add_argument("benchmark", help=", ".join(BENCHMARKS))
    s.set_defaults(func=cmd_pairs)

    source = argparse.ArgumentParser(add_help=False)
    source.add_argument("source", help=", ".join(SOURCES))
    checksums = argparse.ArgumentParser(add_help=False)
    checksums.add_argument("--url", default=None, help="another URL for the same archive (mirror, file://)")
    checksums.add_argument("--sha256", default=None, help="expected sha256 (replaces the pinned checksum)")
    checksums.add_argument("--md5", default=None, help="expected md5 (replaces the pinned checksum)")
    pairs = argparse.ArgumentParser(add_help=False)
    pairs.add_argument("--pairs", default=None, help="comma-separated pairs (default: the benchmark's)")
    detok = argparse.ArgumentParser(add_help=False)
    detok.add_argument("--detok", default="unescape", choices=ted.DETOK,
                       help="TED text: undo XML escapes only (default), keep as is, or Moses-detokenize")

    s = sub.add_parser("download", parents=[source, checksums], help="fetch and verify an archive")
    s.add_argument("--dest", required=True, help="download folder")
    s.set_defaults(func=cmd_download)

    s = sub.add_parser("extract", parents=[source, pairs], help="take the needed files out of a downloaded archive")
    s.add_argument("--download-dir", required=True)
    s.add_argument("--dest", required=True, help="folder for the extracted files")
    s.set_defaults(func=cmd_extract)

    s = sub.add_parser("convert", parents=[source, pairs, detok],
                       help="extracted files → raw {split}.<src>-<tgt>.<lang> files")
    s.add_argument("--src", required=True, help="folder of the extract step")
    s.add_argument("--raw-dir", required=True)
    s.set_defaults(func=cmd_convert)

    s = sub.add_parser("fetch", parents=[source, pairs, checksums, detok], help="download + extract + convert")
    s.add_argument("--work-dir", required=True, help="folder for download/ and extracted/")
    s.add_argument("--raw-dir", required=True)
    s.set_defaults(func=cmd_fetch)

    s = sub.add_parser("flores-bin", help="binarize FLORES test files with a trained data-bin's spm and dict")
    s.add_argument("--data-bin", required=True, help="the data-bin the model was trained on")
    s.add_argument("--raw-dir", required=True, help="FLORES raw test files (convert step)")
    s.add_argument("--out-dir", required=True)
    s.add_argument("--pairs", required=True)
    s.add_argument("--workers", type=int, default=1)
    s.set_defaults(func=cmd_flores_bin)
    for s in sub.choices.values():
        if s.prog.split()[-1] != "pairs":
            s.add_argument("--force", action="store_true", help="redo the step even if its output exists")
    return p


def main(argv=None):
    args = get_parser().parse_args(argv)
    try:
        if getattr(args, "source", None):
            _check_source(args.source)
        args.func(args)
    except MtlNmtError as e:
        sys.exit(f"mtl-nmt-benchmark-data {args.command}: error: {e}")


if __name__ == "__main__":
    main()
