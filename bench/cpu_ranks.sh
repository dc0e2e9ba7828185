#!/usr/bin/env bash
# CPU training speed of one process with THREADS threads against THREADS gloo ranks of one thread
# each (mtl-nmt-launch), at the same target tokens per update, plain fairseq T=1 with one process as
# the reference, measured in the same run, one variant at a time (nothing beside it). The lohelp
# results setup (scripts/train.sh); UPDATES updates, the first logged interval left out, no
# validation, no checkpoints.
#   usage: bench/cpu_ranks.sh          THREADS (2)  UPDATES (200)  INTERVAL (50)  OUT (work/bench/cpu_ranks)
#   plus the shorthands of scripts/train.sh (MAX_TOKENS: tokens per update, split over the ranks; NORM, LR, ...)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=${OUT:-work/bench/cpu_ranks}
THREADS=${THREADS:-2}
UPDATES=${UPDATES:-200}
INTERVAL=${INTERVAL:-50}
TOKENS=${MAX_TOKENS:-4096}
mkdir -p "$OUT"
rate() { python3 "$ROOT/bench/train_rate.py" "$1"; }  # mean ups and wps after the first logged interval
VARIANTS=(
  "fairseq_T1_threads$THREADS|method=fairseq|$THREADS|1|fairseq-train"
  "ours_T1_threads$THREADS|method=temperature task.sampling_temperature=1|$THREADS|1|fairseq-train"
  "ours_T1_ranks$THREADS|method=temperature task.sampling_temperature=1|1|$THREADS|mtl-nmt-launch --nprocs $THREADS --threads 1 -- fairseq-train"
)
printf '%-22s %8s %8s %8s %10s %10s %12s %9s\n' variant ranks threads tokens updates/s words/s "vs fairseq" seconds
ref=""
failed=0
for row in "${VARIANTS[@]}"; do
  IFS='|' read -r name run threads ranks train <<< "$row"
  begin=$SECONDS
  # shellcheck disable=SC2086  # the run is words
  if ! OMP_NUM_THREADS=$threads MKL_NUM_THREADS=$threads MAX_UPDATE=$UPDATES MAX_TOKENS=$((TOKENS / ranks)) \
      TRAIN="$train" bash "$ROOT/scripts/train.sh" "$OUT/$name" $run dataset.disable_validation=true \
      checkpoint.no_save=true common.log_interval="$INTERVAL" > "$OUT/$name.log" 2>&1; then
    printf '%-22s failed: %s\n' "$name" "$(grep -i error "$OUT/$name.log" | tail -1 | cut -c1-100)"
    failed=1; [ -n "$ref" ] || exit 1; continue
  fi
  read -r ups wps < <(rate "$OUT/$name.log")
  ref=${ref:-$wps}
  printf '%-22s %8s %8s %8s %10s %10s %11.2fx %9s\n' "$name" "$ranks" "$threads" "$((TOKENS / ranks))x$ranks" "$ups" "$wps" \
    "$(python3 -c "print($wps / $ref)")" $((SECONDS - begin))
done
exit "$failed"
