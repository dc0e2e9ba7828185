#!/usr/bin/env bash
# README command 1: environment, install, data-bin from data/lohelp, a small multilingual
# transformer trained on CPU through the plugin, the per-pair BLEU/chrF table and example translations.
# A 15-minute budget: the demo setup tuned on dev for it (docs/results.md, "The demo setup";
# configs/setup/demo.yaml): pre-norm, lr 0.003, no dropout, 2,000 tokens per batch, 1,800 updates,
# heating T 1->5; not the results setup of docs/results.md (post-norm, lr 0.0015, dropout 0.2, 4,096
# tokens, 2,000 updates), whose reference numbers end the output, and whose model with the same heating
# (docs/runs) is shown beside the examples.
#   WORK (work/quickstart)  MAX_UPDATE (1800; fewer for a smoke check)  plus scripts/setup_env.sh's variables.
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
echo "   examples: 'hypothesis' is this model, '4000 updates' the same setup and heating trained 4,000 updates"
echo "   (the tuned setup of docs/results.md, docs/runs/tuned/heating_s1: 36 minutes of one core)"
MAX_UPDATE=${MAX_UPDATE:-1800}
RESULTS=$WORK MAX_UPDATE=$MAX_UPDATE EXAMPLES=3 BESIDE="4000 updates=docs/runs/tuned/heating_s1/eval" \
  bash scripts/results.sh heating_1to5 setup=demo method=heating task.heating_updates=$(( MAX_UPDATE * 5 / 6 ))
echo "quickstart: done in $(( $(date +%s) - START )) s"
echo "The method comparisons of docs/results.md, test BLEU, mean over seeds (the tuned setup: this one at"
echo "4,000 updates, 36 minutes of one core per run; the results setup: post-norm, lr 0.0015, dropout 0.2):"
python - <<'PY'
import re
text = open("docs/results.md", encoding="utf-8").read()
m = re.search(r"<!-- quickstart-reference -->\n(.*?)<!-- /quickstart-reference -->", text, re.S)
print("\n".join(l for l in m.group(1).splitlines() if not l.startswith("`")) if m else "(see docs/results.md)")
PY
