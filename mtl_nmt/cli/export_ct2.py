"""``mtl-nmt-export-ct2``: convert a dense multilingual checkpoint to CTranslate2 once for all pairs
(the dictionary is shared), for ``mtl-nmt-eval --engine ct2 --ct2-model OUT``. Writes
``mtl_nmt_export.json`` beside the model (pairs, language tokens, source checkpoint sha256/mtime) so
that a stale export is noticed. BASE-layer MoE and other non-``transformer`` models cannot be
exported: evaluate them with ``--engine fairseq``."""
import argparse
import logging
import os
import sys

from ..errors import MtlNmtError
from ..inference.ct2_export import QUANTIZATIONS


def get_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="mtl-nmt-export-ct2", description=__doc__)
    p.add_argument("--checkpoint", required=True, help="fairseq checkpoint (.pt) of a dense transformer")
    p.add_argument("--data-bin", required=True, help="data-bin the model was trained on (dictionaries)")
    p.add_argument("--out-dir", default=None, help="export folder (default: <checkpoint folder>/ct2)")
    p.add_argument("--quantization", default="none", choices=QUANTIZATIONS,
                   help="CTranslate2 weight quantization (default: %(default)s)")
    p.add_argument("--force", action="store_true", help="export again even if the export is up to date")
    return p


def main(argv=None):
    logging.basicConfig(format="%(asctime)s | %(levelname)s | %(name)s | %(message)s", level=logging.INFO)
    args = get_parser().parse_args(argv)
    out_dir = args.out_dir or os.path.join(os.path.dirname(os.path.abspath(args.checkpoint)), "ct2")
    from ..inference.ct2_export import export_checkpoint

    try:
        record = export_checkpoint(args.checkpoint, args.data_bin, out_dir, args.quantization, args.force)
    except MtlNmtError as e:
        sys.exit(f"mtl-nmt-export-ct2: error: {e}")
    print(f"CTranslate2 model in {out_dir} (pairs {','.join(record['pairs'])}, quantization "
          f"{record['quantization']})")


if __name__ == "__main__":
    main()
