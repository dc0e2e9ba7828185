#!/usr/bin/env bash
# flores: evaluate a model trained by another recipe on FLORES-200 (or FLORES-101) devtest, per pair,
# with sacreBLEU's FLORES sentencepiece tokenization (spBLEU, mtl-nmt-eval --tokenize flores200).
# Data: flores200_dataset.tar.gz / flores101_dataset.tar.gz; no checksum is published, so the
# first download's sha256 is recorded in WORK and verified on every later run (trust on first use).
#   usage: [MODEL_BENCH=ted8_related] [METHOD=temperature] [FLORES=200|101] scripts/recipes/flores.sh
#   CHECKPOINT (work/$MODEL_BENCH/checkpoints/$METHOD/checkpoint_best.pt)
#   DATA_BIN (work/$MODEL_BENCH/data-bin: its sentencepiece model and dictionary encode FLORES)
#   PAIRS (the data-bin's pairs)  STEPS (data,bin,eval)  FORCE=1  WORK (work/flores)
# Results: $WORK/$MODEL_BENCH-flores$FLORES/results/$METHOD/table.txt (+ eval/scores.json, scores.csv).
set -euo pipefail
BENCH=flores
RECIPE=flores
METHOD=${METHOD:-temperature}
DEFAULT_STEPS=data,bin,eval
# shellcheck source=scripts/recipes/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
check_steps data bin eval
FLORES=${FLORES:-200}
case $FLORES in
  101|200) VERSION=flores$FLORES ;;
  *) die "FLORES=$FLORES: choose 200 (FLORES-200) or 101 (FLORES-101)" ;;
esac
MODEL_BENCH=${MODEL_BENCH:-ted8_related}
DATA_BIN=${DATA_BIN:-$ROOT/work/$MODEL_BENCH/data-bin}
CHECKPOINT=${CHECKPOINT:-$ROOT/work/$MODEL_BENCH/checkpoints/$METHOD/checkpoint_best.pt}
TOKENIZE=${TOKENIZE:-$VERSION}
RAW=$WORK/$VERSION/raw
OUT=$WORK/$MODEL_BENCH-$VERSION
need python
if [ -z "${PAIRS:-}" ]; then
  [ -f "$DATA_BIN/prepare.json" ] || die "no $DATA_BIN/prepare.json: set DATA_BIN to the model's data-bin (or PAIRS)"
  PAIRS=$(python -c 'import json, sys; print(",".join(json.load(open(sys.argv[1]))["pairs"]))' "$DATA_BIN/prepare.json")
fi
log "$VERSION devtest for $PAIRS; model $CHECKPOINT; WORK=$WORK"
if want data; then log "data: download, verify, extract, convert -> $RAW"; data_steps "$VERSION" "$PAIRS" "$WORK/$VERSION"; fi
if want bin; then
  log "bin: encode with $DATA_BIN's sentencepiece model, binarize with its dictionary -> $OUT/data-bin"
  # shellcheck disable=SC2046
  mtl-nmt-benchmark-data flores-bin --data-bin "$DATA_BIN" --raw-dir "$RAW" --out-dir "$OUT/data-bin" \
    --pairs "$PAIRS" $(force_flag)
fi
if want eval; then eval_step "$OUT/data-bin" "$CHECKPOINT" "$OUT/results/$METHOD"; fi
log "done"
