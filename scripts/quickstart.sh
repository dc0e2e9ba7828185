#!/usr/bin/env bash
# README command 1: environment, install, data-bin from data/lohelp, a small multilingual
# transformer trained on CPU through the plugin, and the per-pair BLEU/chrF table.
#   WORK (work/quickstart)  MAX_UPDATE (see below)  plus scripts/setup_env.sh's variables.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
START=$(date +%s)
bash scripts/setup_env.sh
# shellcheck disable=SC1091
source "${VENV:-$ROOT/.venv}/bin/activate"
export PYTHONWARNINGS=ignore
WORK=${WORK:-work/quickstart}

echo "== 1/3 prepare data/lohelp -> work/lohelp/data-bin"
mtl-nmt-prepare --raw-dir data/lohelp --out-dir work/lohelp/data-bin

echo "== 2/3 train (fairseq-train --user-dir mtl_nmt --task multilingual_scheduled), log: $WORK/train.log"
mkdir -p "$WORK"
MAX_UPDATE=${MAX_UPDATE:-1200} bash scripts/lohelp_train.sh "$WORK/checkpoints" \
  --sampling-method temperature --sampling-temperature 5 2>&1 | tee "$WORK/train.log" \
  | grep --line-buffered -E "train_inner|valid on|error" || true
[ -f "$WORK/checkpoints/checkpoint_best.pt" ] || { echo "quickstart: training failed, see $WORK/train.log" >&2; exit 1; }

echo "== 3/3 evaluate every pair on data/lohelp test (sacreBLEU)"
mtl-nmt-eval --data-bin work/lohelp/data-bin --checkpoint "$WORK/checkpoints/checkpoint_best.pt" \
  --out-dir "$WORK/eval" 2> "$WORK/eval.log"
echo "quickstart: done in $(( $(date +%s) - START )) s"
