#!/usr/bin/env bash
# Train and evaluate a grid of runs (scripts/results.sh each), JOBS at a time, each with one thread
# (two 2-thread trainings on 2 cores slow both ~10x). Rows whose row.json exists are skipped, so an
# interrupted grid continues where it stopped: a row trained to the end is only evaluated, an
# interrupted one resumes from its checkpoint_last.pt and keeps its train.log (scripts/results.sh).
#   usage: scripts/grid.sh GRID_FILE [JOBS (2)]
#   GRID_FILE lines (# comments and blank lines ignored):
#     NAME|SEED|WORD ...
#   the WORDs of scripts/train.sh: configs/ groups, then options, e.g.
#     heating_1to2_s1|1|setup=tuned method=heating task.heating_end_temperature=2
#     fairseq_T1_s2|2|setup=results method=fairseq
#     adam_homog_s1|1|setup=results LR=0.0008 method=temperature task.homogeneous_batches=true
#   (mtl-nmt-args WORD... prints a row's fairseq-train command line; tests/test_runs.py composes every row).
#   RESULTS (work/grid) and the variables of scripts/results.sh and scripts/train.sh (DATA, PAIRS, RAW,
#   SPLIT, and the shorthands LR, NORM, MAX_UPDATE, ...) apply to every row; a row's own words win.
#   STOP_AT (optional, seconds since the epoch): a row that would end after it is not started, judged
#   by the longest row finished so far (for a fixed time budget, e.g. a lent GPU machine).
set -euo pipefail
GRID=${1:?usage: scripts/grid.sh GRID_FILE [JOBS]}
JOBS=${2:-2}
[ -f "$GRID" ] || { echo "grid.sh: error: no grid file $GRID (lines NAME|SEED|WORD ...)" >&2; exit 2; }
[[ -z "${STOP_AT:-}" || "$STOP_AT" =~ ^[0-9]+$ ]] || { echo "grid.sh: error: STOP_AT=$STOP_AT is not seconds since the epoch (e.g. \$((\$(date +%s) + 3600)))" >&2; exit 2; }
bad=$(grep -nvE '^\s*(#|$)' "$GRID" | grep -vE '^[0-9]+:[^|]+\|[0-9]+\|[^|]+$' | head -1 || true)
[ -z "$bad" ] || { echo "grid.sh: error: $GRID line ${bad%%:*} is not NAME|SEED|WORD ... (e.g. heating_s1|1|setup=results method=heating)" >&2; exit 2; }
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export RESULTS=${RESULTS:-work/grid} OMP_NUM_THREADS=1 MKL_NUM_THREADS=1
mkdir -p "$RESULTS"
DURATIONS=$RESULTS/.row_seconds
run_row() {
  local name=$1 seed=$2 words=$3 begin=$SECONDS
  echo "$(date +%T) start $name"
  # shellcheck disable=SC2086  # the words are words
  if bash "$ROOT/scripts/results.sh" "$name" "SEED=$seed" $words >> "$RESULTS/$name.out" 2>&1; then
    echo "$((SECONDS - begin))" >> "$DURATIONS"
    echo "$(date +%T) done  $name ($((SECONDS - begin)) s)"
  else
    echo "$(date +%T) FAILED $name (see $RESULTS/$name.out)"
  fi
}
would_overrun() {
  [ -n "${STOP_AT:-}" ] && [ -s "$DURATIONS" ] || return 1
  local longest
  longest=$(sort -n "$DURATIONS" | tail -1)
  [ $(( $(date +%s) + longest )) -gt "$STOP_AT" ]
}
total=$(grep -cvE '^\s*(#|$)' "$GRID" || true)
n=0
while IFS='|' read -r name seed words; do
  [[ -z "${name// }" || "$name" == \#* ]] && continue
  n=$((n + 1))
  if [ -f "$RESULTS/$name/row.json" ]; then echo "[$n/$total] $name: done before, skipped"; continue; fi
  while [ "$(jobs -rp | wc -l)" -ge "$JOBS" ]; do wait -n || true; done
  if would_overrun; then echo "[$n/$total] $name: not started (would end after STOP_AT)"; continue; fi
  echo "[$n/$total] $name"
  run_row "$name" "$seed" "$words" &
done < "$GRID"
wait
echo "grid $GRID: rows in $RESULTS; compare them with mtl-nmt-compare $RESULTS/* --reference $RESULTS/fairseq_T1_s*"
