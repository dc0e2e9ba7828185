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

echo "== 1/2 prepare data/lohelp -> work/lohelp/data-bin"
mtl-nmt-prepare --raw-dir data/lohelp --out-dir work/lohelp/data-bin

echo "== 2/2 train (fairseq-train --user-dir mtl_nmt --task multilingual_scheduled, T=5), then evaluate"
RESULTS=$WORK bash scripts/lohelp_results.sh temperature_T5 --sampling-method temperature --sampling-temperature 5
echo "quickstart: done in $(( $(date +%s) - START )) s (the same run as the temperature_T5 row of docs/results.md)"
