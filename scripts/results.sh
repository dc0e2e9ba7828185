#!/usr/bin/env bash
# One row of a results table: train a run of configs/ (scripts/train.sh), evaluate every pair on the
# test set (SPLIT=valid: on dev, for tuning), and record the run, scores, wall time and words/s in
# RESULTS/NAME/row.json.
#   usage: scripts/results.sh NAME [WORD ...]        WORDs and DATA, PAIRS, SEED, LR, ...: scripts/train.sh
#   RESULTS (work/results)  SPLIT (test)  RAW (raw text with the references; default: the data-bin's,
#   from its prepare.json)  EXAMPLES=N also prints N test sentences per pair (source, reference,
#   hypothesis); BESIDE='LABEL=DIR' shows them next to another system's output (mtl-nmt-eval
#   --examples-beside); AVERAGE=N (≥ 2) evaluates the mean of the last N interval checkpoints
#   (mtl-nmt-average; N <= KEEP) instead of the best one.
set -euo pipefail
NAME=${1:?usage: scripts/results.sh NAME [setup=NAME] [method=NAME] [group.key=value | NAME=value ...]}
shift
[[ "${AVERAGE:-0}" =~ ^[0-9]+$ ]] || { echo "results.sh: error: AVERAGE=$AVERAGE is not a count of checkpoints (e.g. AVERAGE=2)" >&2; exit 2; }
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=${RESULTS:-work/results}/$NAME
mkdir -p "$OUT"
START=$(date +%s)
echo "$NAME: training, log in $OUT/train.log"
bash "$ROOT/scripts/train.sh" "$OUT/checkpoints" "$@" 2>&1 | tee "$OUT/train.log" \
  | grep --line-buffered -E "\| (train_inner|valid) \||error" | cut -c1-160 || true
TRAIN_S=$(( $(date +%s) - START ))
[ -f "$OUT/checkpoints/checkpoint_best.pt" ] || { echo "$NAME: training failed, see $OUT/train.log" >&2; exit 1; }
CHECKPOINT=$OUT/checkpoints/checkpoint_best.pt
if [ "${AVERAGE:-0}" -gt 1 ]; then
  CHECKPOINT=$OUT/checkpoints/checkpoint_avg$AVERAGE.pt
  mtl-nmt-average "$OUT/checkpoints" --last "$AVERAGE" --out "$CHECKPOINT"
fi
DATA_BIN=$(python -c 'import json, sys; print(json.load(open(sys.argv[1]))["argv"][0])' "$OUT/checkpoints/run.json")
echo "$NAME: evaluating every pair on the ${SPLIT:-test} set ($(basename "$CHECKPOINT"))"
mtl-nmt-eval --data-bin "$DATA_BIN" --checkpoint "$CHECKPOINT" ${RAW:+--raw-dir "$RAW"} \
  --split "${SPLIT:-test}" --examples "${EXAMPLES:-0}" ${BESIDE:+--examples-beside "$BESIDE"} \
  --out-dir "$OUT/eval" > "$OUT/eval.txt" 2> "$OUT/eval.log"
python - "$OUT" "$TRAIN_S" "$NAME" <<'PY'
import json, os, re, sys
out, train_s, name = sys.argv[1], int(sys.argv[2]), sys.argv[3]
run = json.load(open(f"{out}/checkpoints/run.json"))
wps = [float(m) for m in re.findall(r"train_inner .*?wps=([0-9.]+)", open(f"{out}/train.log").read())]
scores = json.load(open(f"{out}/eval/scores.json"))
words = [w for w in run["words"] if not w.startswith(("common.user_dir=", "SAVE_DIR="))]  # scripts/train.sh's own
row = {"name": name, "run": " ".join(words), **{k: run[k] for k in ("benchmark", "setup", "method")},
       "fairseq_train": run["argv"],
       "evaluation": {k: os.environ[k] for k in ("SPLIT", "AVERAGE", "RAW") if os.environ.get(k)},
       "train_seconds": train_s,
       "words_per_second": round(sum(wps[1:]) / max(1, len(wps) - 1)) if len(wps) > 1 else None, **scores}
json.dump(row, open(f"{out}/row.json", "w"), indent=2)
PY
cat "$OUT/eval.txt"
