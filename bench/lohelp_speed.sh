#!/usr/bin/env bash
# Training speed of the methods on the lohelp results setup against plain fairseq, measured in the
# same run, one variant at a time (nothing beside it): updates/s and target words/s over UPDATES
# updates (the first logged interval, with start-up and CUDA warm-up, left out), no validation, no
# checkpoints. Prints a table with the ratio of each variant to plain fairseq T=1.
#   usage: bench/lohelp_speed.sh [VARIANT ...]   (default: all; names below)
#   UPDATES (300)  INTERVAL (50: updates per logged interval)  OUT (work/bench/lohelp_speed)
#   plus the knobs of scripts/lohelp_train.sh (DATA, MAX_TOKENS, ...). On CPU: OMP_NUM_THREADS as you run.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=${OUT:-work/bench/lohelp_speed}
UPDATES=${UPDATES:-300}
INTERVAL=${INTERVAL:-50}
declare -A OPTS=(
  [fairseq_T1]="translation_multi_simple_epoch|--sampling-method temperature --sampling-temperature 1"
  [mixed_T1]="multilingual_scheduled|--sampling-method temperature --sampling-temperature 1"
  [heating]="multilingual_scheduled|--sampling-method heating --heating-start-temperature 1 --heating-end-temperature 5 --heating-updates $UPDATES"
  [adaptive_auto]="multilingual_scheduled|--sampling-method adaptive --adaptive-metric loss --adaptive-baselines auto --sampling-temperature 5"
  [homogeneous_T5]="multilingual_scheduled|--sampling-method temperature --sampling-temperature 5 --homogeneous-batches"
  [adatask]="multilingual_scheduled|--sampling-method temperature --sampling-temperature 5 --homogeneous-batches --optimizer adatask"
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
  task=${OPTS[$v]%%|*}
  opts=${OPTS[$v]#*|}
  begin=$SECONDS
  rm -rf "$OUT/$v"
  # shellcheck disable=SC2086  # the options are words
  if ! TASK=$task MAX_UPDATE=$UPDATES bash "$ROOT/scripts/lohelp_train.sh" "$OUT/$v" $opts --disable-validation --no-save \
      --log-interval "$INTERVAL" > "$OUT/$v.log" 2>&1; then
    printf '%-16s failed: %s\n' "$v" "$(grep -i error "$OUT/$v.log" | tail -1 | cut -c1-100)"; continue
  fi
  read -r ups wps < <(rate "$OUT/$v.log")
  ref=${ref:-$ups}
  printf '%-16s %10s %10s %11.2fx %9s\n' "$v" "$ups" "$wps" "$(python3 -c "print($ups / $ref)")" $((SECONDS - begin))
done
