"""``mtl-nmt-export-ct2``: convert a dense multilingual checkpoint to CTranslate2 once for all pairs
(the dictionary is shared), for ``mtl-nmt-eval --engine ct2 --ct2-model OUT``. Writes
``mtl_nmt_export.json`` beside the model (pairs, language tokens, source checkpoint sha256/mtime) so
that a stale export is noticed. BASE-layer MoE and other non-``transformer`` models cannot be
exported: evaluate them with ``--engine fairseq``."""
import argparse
import os

from ..inference.ct2_export import QUANTIZATIONS, export_checkpoint
from ._entry import cli_main

PROG = "mtl-nmt-export-ct2"


def get_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog=PROG, description=__doc__)
    p.add_argument("--checkpoint", required=True, help="fairseq checkpoint (.pt) of a dense transformer")
    p.add_argument("--data-bin", required=True, help="data-bin the model was trained on (dictionaries)")
    p.add_argument("--out-dir", default=None, help="export folder (default: <checkpoint folder>/ct2)")
    p.add_argument("--quantization", default="none", choices=QUANTIZATIONS,
                   help="CTranslate2 weight quantization (default: %(default)s)")
    p.add_argument("--force", action="store_true", help="export again even if the export is up to date")
    return p


@cli_main(PROG, log=True)
def main(argv=None):
    args = get_parser().parse_args(argv)
    out_dir = args.out_dir or os.path.join(os.path.dirname(os.path.abspath(args.checkpoint)), "ct2")
    record = export_checkpoint(args.checkpoint, args.data_bin, out_dir, args.quantization, args.force)
    print(f"CTranslate2 model in {out_dir} (pairs {','.join(record['pairs'])}, quantization "
          f"{record['quantization']})")


if __name__ == "__main__":
    main()
