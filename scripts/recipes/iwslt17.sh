#!/usr/bin/env bash
# iwslt17: the IWSLT 2017 multilingual TED task, English-centric: en-de,en-it,en-nl,en-ro and back.
# Data: DeEnItNlRo-DeEnItNlRo.tgz (329 MB, sha256 pinned); train.tags (metadata lines stripped),
# valid = dev2010, test = tst2010.
#   usage: [METHOD=temperature] [MAX_UPDATE=N] [GPUS=1] [WORK=work/iwslt17] scripts/recipes/iwslt17.sh
#   STEPS (data,prepare,train,eval)  FORCE=1  VOCAB (16000)  and scripts/recipes/common.sh
# Results: $WORK/results/$METHOD/table.txt (+ eval/scores.json, scores.csv).
set -euo pipefail
BENCH=iwslt17
RECIPE=iwslt17
VOCAB=${VOCAB:-16000}
LOW_MAX=${LOW_MAX:-0}  # every pair has 200k+ training sentences: no low-resource group
# shellcheck source=scripts/recipes/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
run_benchmark iwslt17
