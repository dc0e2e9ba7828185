#!/usr/bin/env bash
# One row of docs/results.md: train the fixed lohelp setup with a method's options, evaluate every
# pair on the test set (SPLIT=valid: on dev, for tuning), and record scores, wall time and words/s
# in work/results/NAME/row.json.
#   usage: scripts/lohelp_results.sh NAME [method options for fairseq-train ...]
#   TASK=translation_multi_simple_epoch for plain fairseq rows; EXAMPLES=N also prints N test sentences
#   per pair (source, reference, hypothesis); BESIDE='LABEL=DIR' shows them next to another system's
#   output (mtl-nmt-eval --examples-beside); AVERAGE=N (≥ 2) evaluates the mean of the last N
#   interval checkpoints (mtl-nmt-average; N <= KEEP) instead of the best one; other variables: scripts/lohelp_train.sh
set -euo pipefail
NAME=${1:?usage: scripts/lohelp_results.sh NAME [fairseq-train options]}
shift
[[ "${AVERAGE:-0}" =~ ^[0-9]+$ ]] || { echo "lohelp_results.sh: error: AVERAGE=$AVERAGE is not a count of checkpoints (e.g. AVERAGE=2)" >&2; exit 2; }
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=${RESULTS:-work/results}/$NAME
mkdir -p "$OUT"
START=$(date +%s)
echo "$NAME: training, log in $OUT/train.log"
bash "$ROOT/scripts/lohelp_train.sh" "$OUT/checkpoints" "$@" 2>&1 | tee "$OUT/train.log" \
  | grep --line-buffered -E "\| (train_inner|valid) \|" | cut -c1-160 || true
TRAIN_S=$(( $(date +%s) - START ))
[ -f "$OUT/checkpoints/checkpoint_best.pt" ] || { echo "$NAME: training failed, see $OUT/train.log" >&2; exit 1; }
CHECKPOINT=$OUT/checkpoints/checkpoint_best.pt
if [ "${AVERAGE:-0}" -gt 1 ]; then
  CHECKPOINT=$OUT/checkpoints/checkpoint_avg$AVERAGE.pt
  mtl-nmt-average "$OUT/checkpoints" --last "$AVERAGE" --out "$CHECKPOINT"
fi
echo "$NAME: evaluating every pair on the ${SPLIT:-test} set ($(basename "$CHECKPOINT"))"
mtl-nmt-eval --data-bin "${DATA:-work/lohelp/data-bin}" --checkpoint "$CHECKPOINT" \
  --split "${SPLIT:-test}" --examples "${EXAMPLES:-0}" ${BESIDE:+--examples-beside "$BESIDE"} \
  --out-dir "$OUT/eval" > "$OUT/eval.txt" 2> "$OUT/eval.log"
python - "$OUT" "$TRAIN_S" "$NAME" "$*" <<'PY'
import json, os, re, sys
out, train_s, name, opts = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
knobs = ("TASK", "SEED", "MAX_UPDATE", "LR", "WARMUP", "DROPOUT", "NORM", "MAX_TOKENS", "SPLIT", "AVERAGE")
wps = [float(m) for m in re.findall(r"train_inner .*?wps=([0-9.]+)", open(f"{out}/train.log").read())]
scores = json.load(open(f"{out}/eval/scores.json"))
row = {"name": name, "options": opts, "setup": {k: os.environ[k] for k in knobs if os.environ.get(k)},
       "train_seconds": train_s,
       "words_per_second": round(sum(wps[1:]) / max(1, len(wps) - 1)) if len(wps) > 1 else None, **scores}
json.dump(row, open(f"{out}/row.json", "w"), indent=2)
PY
cat "$OUT/eval.txt"
