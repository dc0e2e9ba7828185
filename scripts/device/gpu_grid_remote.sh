#!/usr/bin/env bash
# The docs/results.md grid on a lent GPU machine, in one call of a fixed budget, from the repository
# root, with work/gpu_carry (scripts/device/prepare_gpu_carry.sh, NO_CT2=1) and work/lohelp/data-bin
# carried along:
#
#   bash scripts/device/gpu_grid_remote.sh          # then: docs/gpu.md, "The results grid on a GPU"
#
# Rows are the results setup (scripts/train.sh, setup=results) trained side by side on the one GPU,
# JOBS processes at a time (one CPU thread each): scripts/grids/gpu.txt in its order (the reference and
# the rows most needed first), and, beside it, the four bilingual baselines (scripts/baselines.sh,
# one pair each) followed by scripts/grids/gpu_adaptive.txt, whose rows read them. A row that would end
# after BUDGET is not started (STOP_AT of scripts/grid.sh), so the call ends on its own. Every
# 20 s, and at the end, $OUT/grid.tar.gz is rewritten with everything but checkpoints (train logs,
# test hypotheses, row.json, baselines.json, AU reports of the AdaTask rows), so a killed call still
# brings back what finished. To continue an earlier lease, carry its checkpoint-free results too
# (work/gpu_grid): rows with a row.json and the bilingual baselines are then not run again.
# Env: OUT (work/gpu_grid_out), RESULTS (work/gpu_grid), CARRY (work/gpu_carry), SITE (/tmp/mtl_site),
# BUDGET (540 s from the start, install included), JOBS (10), PYTHON (python3), GRID, GRID_ADAPTIVE,
# ALLOW_CPU=1 (a dry run without a GPU, e.g. with DATA, MAX_UPDATE and a small GRID).
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
export OUT=${OUT:-$ROOT/work/gpu_grid_out} RESULTS=${RESULTS:-work/gpu_grid} PYTHONUNBUFFERED=1 PYTHONWARNINGS=ignore
CARRY=${CARRY:-work/gpu_carry}
SITE=${SITE:-/tmp/mtl_site}
PY=${PYTHON:-python3}
JOBS=${JOBS:-10}
GRID=${GRID:-scripts/grids/gpu.txt}
GRID_ADAPTIVE=${GRID_ADAPTIVE:-scripts/grids/gpu_adaptive.txt}
START=$(date +%s)
END=$((START + ${BUDGET:-540}))
export STOP_AT=$((END - 25))
mkdir -p "$OUT" "$RESULTS"
stamp() { echo "[remote $(($(date +%s) - START)) s] $*"; }
# shellcheck source=scripts/device/remote_env.sh
source "$ROOT/scripts/device/remote_env.sh"

snapshot() {
  tar --exclude='*.pt' -czf "$OUT/grid.tar.gz.tmp" "$RESULTS" 2>/dev/null && mv "$OUT/grid.tar.gz.tmp" "$OUT/grid.tar.gz"
}

train_baselines() {
  local pairs pair parts=()
  pairs=$(mtl-nmt-benchmark-data pairs lohelp)
  for pair in ${pairs//,/ }; do
    bash scripts/baselines.sh "$RESULTS/baselines_parts/$pair" "$pair" \
      > "$RESULTS/baselines_$pair.out" 2>&1 &
    parts+=("$pair=$RESULTS/baselines_parts/$pair/$pair/checkpoint_best.pt")
  done
  wait
  stamp "bilingual baselines trained"
  mtl-nmt-baselines --out "$RESULTS/baselines" --checkpoints "$(IFS=,; echo "${parts[*]}")"
}

baselines_then_adaptive() {
  if [ -f "$RESULTS/baselines/baselines.json" ]; then
    stamp "bilingual baselines carried in $RESULTS/baselines: not retrained"
  else
    train_baselines || { stamp "baselines failed: the adaptive rows with baselines are not run"; return 1; }
  fi
  bash scripts/grid.sh "$GRID_ADAPTIVE" 3
}

main() {
  stamp "machine: $(nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader 2>&1 | head -1), $(nproc --all) cores"
  remote_env "$SITE" "$CARRY" || { stamp "install failed"; return 2; }
  "$PY" -c 'import sys, torch, numpy, fairseq, mtl_nmt
print("python", sys.version.split()[0], "| torch", torch.__version__, "CUDA", torch.version.cuda,
      "| GPUs", torch.cuda.device_count(), "| numpy", numpy.__version__, "| fairseq", fairseq.__version__)
import os
assert torch.cuda.is_available() or os.environ.get("ALLOW_CPU"), "no CUDA device visible (ALLOW_CPU=1: a dry run here)"' || { stamp "import check failed"; return 2; }
  stamp "installed; grid until $((STOP_AT - START)) s, $JOBS jobs"
  ( while sleep 20; do
      echo "[remote $(($(date +%s) - START)) s] gpu $(nvidia-smi --query-gpu=utilization.gpu,memory.used --format=csv,noheader 2>&1 | head -1)" >> "$OUT/gpu_usage.log"
      snapshot
    done ) &
  local snap=$!
  baselines_then_adaptive > "$OUT/adaptive.log" 2>&1 &
  local adaptive=$!
  bash scripts/grid.sh "$GRID" $((JOBS - 4))
  wait "$adaptive"
  cat "$OUT/adaptive.log"
  for ckpt in "$RESULTS"/adatask*/checkpoints/checkpoint_best.pt; do
    [ -f "$ckpt" ] && mtl-nmt-au-report "$ckpt" --out "$(dirname "$(dirname "$ckpt")")/au" > /dev/null 2>&1
  done
  kill "$snap" 2>/dev/null
  snapshot
  stamp "done: $(ls "$RESULTS"/*/row.json 2>/dev/null | wc -l) rows with row.json"
}

main 2>&1 | tee "$OUT/remote.log"
exit "${PIPESTATUS[0]}"
