#!/usr/bin/env bash
# One row of a results table: train a run of configs/ (scripts/train.sh), evaluate every pair on the
# test set (SPLIT=valid: on dev, for tuning), and record the run, scores, wall time and words/s in
# RESULTS/NAME/row.json.
#   usage: scripts/results.sh NAME [WORD ...]        WORDs and DATA, PAIRS, SEED, LR, ...: scripts/train.sh
#   RESULTS (work/results)  SPLIT (test)  RAW (raw text with the references; default: the data-bin's,
#   from its prepare.json)  EXAMPLES=N also prints N test sentences per pair (source, reference,
#   hypothesis); BESIDE='LABEL=DIR' shows them next to another system's output (mtl-nmt-eval
#   --examples-beside); AVERAGE=N (≥ 2) evaluates the mean of the last N interval checkpoints
#   (mtl-nmt-average; N <= KEEP) instead of the best one. TRAINED=DIR evaluates the run NAME already
#   trained in DIR (the RESULTS of a dev grid, SPLIT=valid) instead of training it again: tune on dev,
#   then read test once, e.g. RESULTS=work/test TRAINED=work/dev scripts/results.sh heating_s1
set -euo pipefail
NAME=${1:?usage: scripts/results.sh NAME [setup=NAME] [method=NAME] [group.key=value | NAME=value ...]}
shift
[[ "${AVERAGE:-0}" =~ ^[0-9]+$ ]] || { echo "results.sh: error: AVERAGE=$AVERAGE is not a count of checkpoints (e.g. AVERAGE=2)" >&2; exit 2; }
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=${RESULTS:-work/results}/$NAME
CHECKPOINTS=$OUT/checkpoints
if [ -n "${TRAINED:-}" ]; then
  CHECKPOINTS=$TRAINED/$NAME/checkpoints
  [ -f "$CHECKPOINTS/checkpoint_best.pt" ] && grep -q "done training in" "$TRAINED/$NAME/train.log" 2> /dev/null \
    || { echo "results.sh: error: TRAINED=$TRAINED holds no finished run $NAME ($NAME/checkpoints/checkpoint_best.pt and a $NAME/train.log that says done training); give the RESULTS folder it was trained in" >&2; exit 2; }
  [ "$(realpath -m "$TRAINED")" != "$(realpath -m "${RESULTS:-work/results}")" ] \
    || { echo "results.sh: error: RESULTS is TRAINED=$TRAINED: give the evaluation its own RESULTS folder (the trained run keeps its row)" >&2; exit 2; }
fi
mkdir -p "$OUT"
START=$(date +%s)
done_seconds() { grep -oE "done training in [0-9]+" "$1" | tail -1 | grep -oE "[0-9]+$"; }  # fairseq's own count
if [ -n "${TRAINED:-}" ]; then
  echo "$NAME: trained in $TRAINED/$NAME, not trained again"
  cp "$TRAINED/$NAME/train.log" "$OUT/train.log"
  TRAIN_S=$(done_seconds "$OUT/train.log")
else
  if [ -f "$CHECKPOINTS/checkpoint_best.pt" ] && grep -q "done training in" "$OUT/train.log" 2> /dev/null; then
    # trained to the end before, only the evaluation is missing (fairseq-train would add one more update)
    echo "$NAME: trained to the end before ($OUT/train.log), not trained again"
    TRAIN_S=$(done_seconds "$OUT/train.log")
  else
    APPEND=()
    if [ -f "$CHECKPOINTS/checkpoint_last.pt" ]; then
      APPEND=(-a)  # fairseq-train resumes from checkpoint_last.pt: keep the log of the updates before it
      echo "$NAME: resuming from $CHECKPOINTS/checkpoint_last.pt, log appended to $OUT/train.log"
    else
      echo "$NAME: training, log in $OUT/train.log"
    fi
    bash "$ROOT/scripts/train.sh" "$CHECKPOINTS" "$@" 2>&1 | tee "${APPEND[@]}" "$OUT/train.log" \
      | grep --line-buffered -E "\| (train_inner|valid) \||error" | cut -c1-160 || true
    TRAIN_S=$(( $(date +%s) - START ))
  fi
  [ -f "$CHECKPOINTS/checkpoint_best.pt" ] || { echo "$NAME: training failed, see $OUT/train.log" >&2; exit 1; }
fi
CHECKPOINT=$CHECKPOINTS/checkpoint_best.pt
if [ "${AVERAGE:-0}" -gt 1 ]; then
  CHECKPOINT=$CHECKPOINTS/checkpoint_avg$AVERAGE.pt
  mtl-nmt-average "$CHECKPOINTS" --last "$AVERAGE" --out "$CHECKPOINT"
fi
DATA_BIN=$(python -c 'import json, sys; print(json.load(open(sys.argv[1]))["argv"][0])' "$CHECKPOINTS/run.json")
echo "$NAME: evaluating every pair on the ${SPLIT:-test} set ($(basename "$CHECKPOINT"))"
mtl-nmt-eval --data-bin "$DATA_BIN" --checkpoint "$CHECKPOINT" ${RAW:+--raw-dir "$RAW"} \
  --split "${SPLIT:-test}" --examples "${EXAMPLES:-0}" ${BESIDE:+--examples-beside "$BESIDE"} \
  --out-dir "$OUT/eval" > "$OUT/eval.txt" 2> "$OUT/eval.log"
python - "$OUT" "$TRAIN_S" "$NAME" "$CHECKPOINTS" <<'PY'
import json, os, re, sys
out, train_s, name, checkpoints = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
run = json.load(open(f"{checkpoints}/run.json"))
wps = [float(m) for m in re.findall(r"train_inner .*?wps=([0-9.]+)", open(f"{out}/train.log").read())]
scores = json.load(open(f"{out}/eval/scores.json"))
words = [w for w in run["words"] if not w.startswith(("common.user_dir=", "SAVE_DIR="))]  # scripts/train.sh's own
row = {"name": name, "run": " ".join(words), **{k: run[k] for k in ("benchmark", "setup", "method")},
       "fairseq_train": run["argv"],
       "evaluation": {k: os.environ[k] for k in ("SPLIT", "AVERAGE", "RAW", "TRAINED") if os.environ.get(k)},
       "train_seconds": train_s,
       "words_per_second": round(sum(wps[1:]) / max(1, len(wps) - 1)) if len(wps) > 1 else None, **scores}
json.dump(row, open(f"{out}/row.json", "w"), indent=2)
PY
cat "$OUT/eval.txt"
