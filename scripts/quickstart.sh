#!/usr/bin/env bash
# README command 1: environment, install, data-bin from data/lohelp, a small multilingual
# transformer trained on CPU through the plugin, the per-pair BLEU/chrF table and example translations.
# A 15-minute budget: the fast demo setup (pre-norm, lr 0.005, 2,000 tokens per batch, 1,200
# updates), not the results setup of docs/results.md (post-norm, lr 0.0015, 4,096 tokens, 2,000
# updates), whose reference numbers are printed at the end.
#   WORK (work/quickstart)  MAX_UPDATE (1200; fewer for a smoke check)  plus scripts/setup_env.sh's variables.
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

echo "== 2/2 train (fairseq-train --user-dir mtl_nmt --task multilingual_scheduled, heating T 1->5), then evaluate"
RESULTS=$WORK NORM=pre LR=0.005 WARMUP=200 DROPOUT=0.1 MAX_TOKENS=2000 MAX_UPDATE=${MAX_UPDATE:-1200} VALIDATE=300 EXAMPLES=3 \
  bash scripts/lohelp_results.sh heating_1to5 --sampling-method heating --heating-start-temperature 1 \
  --heating-end-temperature 5 --heating-updates 1000
echo "quickstart: done in $(( $(date +%s) - START )) s"
echo "More training buys more: the results setup of docs/results.md (2,000 updates of 4,096 tokens, about"
echo "an hour per run on one core), test BLEU, mean over seeds:"
python - <<'PY'
import re
text = open("docs/results.md", encoding="utf-8").read()
m = re.search(r"<!-- quickstart-reference -->\n(.*?)<!-- /quickstart-reference -->", text, re.S)
print("\n".join(l for l in m.group(1).splitlines() if not l.startswith("`")) if m else "(see docs/results.md)")
PY
