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

from ..benchmarks import BENCHMARKS, steps, ted
from ._entry import cli_main

PROG = "mtl-nmt-benchmark-data"


def get_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog=PROG, description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="command", required=True)
    s = sub.add_parser("pairs", help="print a benchmark's language pairs")
    s.add_argument("benchmark", help=", ".join(BENCHMARKS))
    s.set_defaults(func=steps.cmd_pairs)

    source = argparse.ArgumentParser(add_help=False)
    source.add_argument("source", help=", ".join(steps.SOURCES))
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
    s.set_defaults(func=steps.cmd_download)

    s = sub.add_parser("extract", parents=[source, pairs], help="take the needed files out of a downloaded archive")
    s.add_argument("--download-dir", required=True)
    s.add_argument("--dest", required=True, help="folder for the extracted files")
    s.set_defaults(func=steps.cmd_extract)

    s = sub.add_parser("convert", parents=[source, pairs, detok],
                       help="extracted files → raw {split}.<src>-<tgt>.<lang> files")
    s.add_argument("--src", required=True, help="folder of the extract step")
    s.add_argument("--raw-dir", required=True)
    s.set_defaults(func=steps.cmd_convert)

    s = sub.add_parser("fetch", parents=[source, pairs, checksums, detok], help="download + extract + convert")
    s.add_argument("--work-dir", required=True, help="folder for download/ and extracted/")
    s.add_argument("--raw-dir", required=True)
    s.set_defaults(func=steps.cmd_fetch)

    s = sub.add_parser("flores-bin", help="binarize FLORES test files with a trained data-bin's spm and dict")
    s.add_argument("--data-bin", required=True, help="the data-bin the model was trained on")
    s.add_argument("--raw-dir", required=True, help="FLORES raw test files (convert step)")
    s.add_argument("--out-dir", required=True)
    s.add_argument("--pairs", required=True)
    s.add_argument("--workers", type=int, default=1)
    s.set_defaults(func=steps.cmd_flores_bin)
    for s in sub.choices.values():
        if s.prog.split()[-1] != "pairs":
            s.add_argument("--force", action="store_true", help="redo the step even if its output exists")
    return p


def _run(args) -> None:
    if getattr(args, "source", None):
        steps.check_source(args.source)
    args.func(args)


def main(argv=None):
    args = get_parser().parse_args(argv)
    cli_main(f"{PROG} {args.command}")(_run)(args)


if __name__ == "__main__":
    main()
