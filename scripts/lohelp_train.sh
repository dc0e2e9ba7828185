#!/usr/bin/env bash
# The fixed data/lohelp training setup shared by the quickstart and every row of docs/results.md:
# same data-bin, architecture, optimizer, batch size, budget and seed; a method adds its options.
#   usage: scripts/lohelp_train.sh SAVE_DIR [method options for fairseq-train ...]
#   DATA (work/lohelp/data-bin)  MAX_UPDATE (2000)  SEED (1)  PAIRS (the lohelp benchmark's: en-de,en-fr,en-fi,en-hi)
#   TASK (multilingual_scheduled; translation_multi_simple_epoch for the plain fairseq rows)
#   Tuning knobs (defaults: the results setup of docs/results.md, tuned on dev): LR (0.0015)
#   WARMUP (400) DROPOUT (0.2) NORM (post | pre) MAX_TOKENS (4096) VALIDATE (500: updates between
#   validations) KEEP (3: interval checkpoints kept, for mtl-nmt-average). The 15-minute demo
#   (scripts/quickstart.sh) sets NORM=pre LR=0.003 WARMUP=200 DROPOUT=0 MAX_TOKENS=2000
#   MAX_UPDATE=1800 VALIDATE=600, heating T 1->5 (tuned on dev: scripts/grids/demo.txt).
#   TRAIN (fairseq-train): the command given the data and options, e.g. mtl-nmt-baselines (scripts/lohelp_baselines.sh).
set -euo pipefail
SAVE_DIR=${1:?usage: scripts/lohelp_train.sh SAVE_DIR [fairseq-train options]}
shift
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DATA=${DATA:-work/lohelp/data-bin}
PAIRS=${PAIRS:-$(mtl-nmt-benchmark-data pairs lohelp)}  # mtl_nmt.benchmarks: the one pair list
case "${NORM:-post}" in
  pre) NORM_FLAGS=(--encoder-normalize-before --decoder-normalize-before) ;;
  post) NORM_FLAGS=() ;;
  *) echo "lohelp_train.sh: error: NORM=$NORM is not pre or post" >&2; exit 2 ;;
esac
# shellcheck disable=SC2086  # TRAIN is a command with its options
exec ${TRAIN:-fairseq-train} "$DATA" --user-dir "$ROOT/mtl_nmt" --task "${TASK:-multilingual_scheduled}" \
  --lang-pairs "$PAIRS" --encoder-langtok src --decoder-langtok \
  --arch transformer --share-all-embeddings \
  --encoder-layers 3 --decoder-layers 3 --encoder-embed-dim 128 --decoder-embed-dim 128 \
  --encoder-ffn-embed-dim 512 --decoder-ffn-embed-dim 512 \
  --encoder-attention-heads 4 --decoder-attention-heads 4 --dropout "${DROPOUT:-0.2}" \
  "${NORM_FLAGS[@]}" \
  --optimizer adam --adam-betas '(0.9, 0.98)' --lr "${LR:-0.0015}" --lr-scheduler inverse_sqrt \
  --warmup-updates "${WARMUP:-400}" \
  --criterion label_smoothed_cross_entropy --label-smoothing 0.1 --max-tokens "${MAX_TOKENS:-4096}" \
  --max-update "${MAX_UPDATE:-2000}" --validate-interval-updates "${VALIDATE:-500}" --save-interval-updates "${VALIDATE:-500}" \
  --keep-interval-updates "${KEEP:-3}" --no-epoch-checkpoints --num-workers 0 --seed "${SEED:-1}" \
  --log-format simple --log-interval 100 --save-dir "$SAVE_DIR" "$@"
