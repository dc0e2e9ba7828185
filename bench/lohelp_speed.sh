#!/usr/bin/env bash
# Training speed of the methods on the lohelp results setup against plain fairseq, measured in the
# same run, one variant at a time (nothing beside it): updates/s and target words/s over UPDATES
# updates (the first logged interval, with start-up and CUDA warm-up, left out), no validation, no
# checkpoints. Prints a table with the ratio of each variant to plain fairseq T=1.
#   usage: bench/lohelp_speed.sh [VARIANT ...]   (default: all; names below)
#   UPDATES (300)  INTERVAL (50: updates per logged interval)  OUT (work/bench/lohelp_speed)
#   plus the variables of scripts/train.sh (DATA, MAX_TOKENS, ...). On CPU: OMP_NUM_THREADS as you run.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=${OUT:-work/bench/lohelp_speed}
UPDATES=${UPDATES:-300}
INTERVAL=${INTERVAL:-50}
declare -A OPTS=(
  [fairseq_T1]="method=fairseq"
  [mixed_T1]="method=temperature task.sampling_temperature=1"
  [heating]="method=heating task.heating_updates=$UPDATES"
  [adaptive_auto]="method=adaptive task.adaptive_mix=0"
  [homogeneous_T5]="method=temperature task.homogeneous_batches=true"
  [adatask]="method=adatask optimizer.au_log_interval=100"
)
ORDER=(fairseq_T1 mixed_T1 heating adaptive_auto homogeneous_T5 adatask)
VARIANTS=("${@:-${ORDER[@]}}")
[ "${VARIANTS[0]}" = fairseq_T1 ] || VARIANTS=(fairseq_T1 "${VARIANTS[@]}")  # the reference comes first
for v in "${VARIANTS[@]}"; do
  [ -n "${OPTS[$v]:-}" ] || { echo "lohelp_speed.sh: error: unknown variant $v (known: ${ORDER[*]})" >&2; exit 2; }
done
mkdir -p "$OUT"
rate() { python3 "$ROOT/bench/train_rate.py" "$1"; }  # mean ups and wps after the first logged interval
printf '%-16s %10s %10s %12s %9s\n' variant updates/s words/s "vs fairseq" seconds
ref=""
for v in "${VARIANTS[@]}"; do
  begin=$SECONDS
  rm -rf "$OUT/$v"
  # shellcheck disable=SC2086  # the run is words
  if ! MAX_UPDATE=$UPDATES bash "$ROOT/scripts/train.sh" "$OUT/$v" ${OPTS[$v]} dataset.disable_validation=true \
      checkpoint.no_save=true common.log_interval="$INTERVAL" > "$OUT/$v.log" 2>&1; then
    printf '%-16s failed: %s\n' "$v" "$(grep -i error "$OUT/$v.log" | tail -1 | cut -c1-100)"; continue
  fi
  read -r ups wps < <(rate "$OUT/$v.log")
  ref=${ref:-$ups}
  printf '%-16s %10s %10s %11.2fx %9s\n' "$v" "$ups" "$wps" "$(python3 -c "print($ups / $ref)")" $((SECONDS - begin))
done
