#!/usr/bin/env bash
# Train and evaluate a grid of docs/results.md rows (scripts/lohelp_results.sh each), JOBS at a time,
# each with one thread (two 2-thread trainings on 2 cores slow both ~10x). Rows whose row.json
# exists are skipped, so an interrupted grid continues where it stopped.
#   usage: scripts/lohelp_grid.sh GRID_FILE [JOBS (2)]
#   GRID_FILE lines: NAME|TASK|SEED|options   (# comments and blank lines ignored); the options may
#   begin with knobs of scripts/lohelp_train.sh for that row alone, e.g. `NORM=pre --arch ...`.
#   RESULTS (work/grid) and the knobs of scripts/lohelp_train.sh apply to every row.
#   STOP_AT (optional, seconds since the epoch): a row that would end after it is not started, judged
#   by the longest row finished so far (for a fixed time budget, e.g. a lent GPU machine).
set -euo pipefail
GRID=${1:?usage: scripts/lohelp_grid.sh GRID_FILE [JOBS]}
JOBS=${2:-2}
[ -f "$GRID" ] || { echo "lohelp_grid.sh: error: no grid file $GRID (lines NAME|TASK|SEED|options)" >&2; exit 2; }
[[ -z "${STOP_AT:-}" || "$STOP_AT" =~ ^[0-9]+$ ]] || { echo "lohelp_grid.sh: error: STOP_AT=$STOP_AT is not seconds since the epoch (e.g. \$((\$(date +%s) + 3600)))" >&2; exit 2; }
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export RESULTS=${RESULTS:-work/grid} OMP_NUM_THREADS=1 MKL_NUM_THREADS=1
mkdir -p "$RESULTS"
DURATIONS=$RESULTS/.row_seconds
run_row() {
  local name=$1 task=$2 seed=$3 opts=$4 knobs=() begin=$SECONDS
  # shellcheck disable=SC2086  # the options are words
  set -- $opts
  while [[ $# -gt 0 && $1 =~ ^[A-Z_]+= ]]; do knobs+=("$1"); shift; done
  echo "$(date +%T) start $name"
  if env ${knobs[@]+"${knobs[@]}"} TASK="$task" SEED="$seed" bash "$ROOT/scripts/lohelp_results.sh" "$name" "$@" \
      > "$RESULTS/$name.out" 2>&1; then
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
while IFS='|' read -r name task seed opts; do
  [[ -z "${name// }" || "$name" == \#* ]] && continue
  n=$((n + 1))
  if [ -f "$RESULTS/$name/row.json" ]; then echo "[$n/$total] $name: done before, skipped"; continue; fi
  while [ "$(jobs -rp | wc -l)" -ge "$JOBS" ]; do wait -n || true; done
  if would_overrun; then echo "[$n/$total] $name: not started (would end after STOP_AT)"; continue; fi
  echo "[$n/$total] $name"
  run_row "$name" "$task" "$seed" "$opts" &
done < "$GRID"
wait
echo "grid $GRID: rows in $RESULTS; compare them with mtl-nmt-compare $RESULTS/* --reference $RESULTS/fairseq_T1_s*"
