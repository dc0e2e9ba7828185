#!/usr/bin/env bash
# ted8_diverse: the TED-8 diverse benchmark of Wang et al. 2020, many-to-one:
#   bs-en,mr-en,hi-en,mk-en,el-en,bg-en,fr-en,ko-en (low-resource: bs mr hi mk).
# Data: the TED talks of Qi et al. 2018 (ted_talks.tar.gz, 352 MB, sha256 pinned), tokenized text
# with XML escapes undone (DETOK=none keeps it as is, DETOK=moses detokenizes; needs sacremoses).
#   usage: [METHOD=temperature] [MAX_UPDATE=N] [GPUS=1] [WORK=work/ted8_diverse] scripts/recipes/ted8_diverse.sh
#   STEPS (data,prepare,train,eval)  FORCE=1  VOCAB (16000)  LOW_MAX (100000)  and scripts/recipes/common.sh
# Results: $WORK/results/$METHOD/table.txt (+ eval/scores.json, scores.csv).
set -euo pipefail
BENCH=ted8_diverse
RECIPE=ted8_diverse
VOCAB=${VOCAB:-16000}
LOW_MAX=${LOW_MAX:-100000}  # TED-8: low-resource pairs have ≤ 62k training sentences, the others ≥ 100k
# shellcheck source=scripts/recipes/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
run_benchmark ted8_diverse
