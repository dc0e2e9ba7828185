#!/usr/bin/env bash
# One benchmark end to end: data (download, verify, extract, convert) -> prepare (sentencepiece +
# data-bin) -> train (scripts/train.sh benchmark=BENCHMARK method=METHOD: configs/, with the
# benchmark's setup unless a setup= word names another) -> eval (mtl-nmt-eval, every pair).
#   usage: scripts/recipes/run.sh BENCHMARK METHOD [WORD ...]
#   BENCHMARK  lohelp | ted8_related | ted8_diverse | iwslt17 (configs/benchmark/*.yaml)
#   METHOD     configs/method/*.yaml (mtl-nmt-args --list), e.g. fairseq (the tables' reference), heating
#   WORDs      setup=NAME and options of scripts/train.sh, e.g. setup=tuned task.heating_end_temperature=2
#   STEPS (data,prepare,train,eval)  FORCE=1  WORK (work/BENCHMARK)  GPUS  MAX_UPDATE  VOCAB  LOW_MAX
#   and the other variables of scripts/recipes/common.sh.
# The benchmarks' data:
#   lohelp        the repository's data/lohelp (4 English-centric pairs, en-hi low-resource); with
#                 RAW=other/folder and no files there it is built by scripts/data/build_lohelp.py from
#                 Debian's libreoffice-help-* packages (apt-get download, verified by apt against the
#                 signed archive; LOHELP_ARGS are passed on, e.g. "--deb-dir DIR"). FORCE=1 rebuilds
#                 RAW, except the repository's data/lohelp, which is never overwritten. VOCAB: prepare's.
#   ted8_related  TED-8 related of Wang et al. 2020, many-to-one (low-resource: az be gl sk);
#   ted8_diverse  TED-8 diverse (low-resource: bs mr hi mk): the TED talks of Qi et al. 2018
#                 (ted_talks.tar.gz, 352 MB, sha256 pinned), XML escapes undone (DETOK=none keeps the
#                 text as is, DETOK=moses detokenizes; needs sacremoses); VOCAB 16000, LOW_MAX 100000.
#   iwslt17       IWSLT 2017 multilingual, en <-> de, it, nl, ro (DeEnItNlRo-DeEnItNlRo.tgz, 329 MB,
#                 sha256 pinned; train.tags without metadata, valid dev2010, test tst2010); VOCAB 16000,
#                 no low-resource group.
# Results: $WORK/results/$METHOD/table.txt (+ eval/scores.json, scores.csv).
set -euo pipefail
RECIPE=run.sh
BENCH=${1:-}
METHOD=${2:-}
if [ -z "$BENCH" ] || [ -z "$METHOD" ]; then
  echo "run.sh: error: usage: scripts/recipes/run.sh BENCHMARK METHOD [WORD ...] (e.g. lohelp heating)" >&2
  exit 2
fi
shift 2
RUN_WORDS=("$@")
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
case $BENCH in
  lohelp) RAW=${RAW:-$ROOT/data/lohelp} ;;
  ted8_related|ted8_diverse) VOCAB=${VOCAB:-16000}; LOW_MAX=${LOW_MAX:-100000} ;;  # low-resource: ≤ 62k sentences
  iwslt17) VOCAB=${VOCAB:-16000}; LOW_MAX=${LOW_MAX:-0} ;;  # every pair has 200k+ training sentences
  *) echo "run.sh: error: unknown benchmark $BENCH (choose from: lohelp, ted8_related, ted8_diverse, iwslt17)" >&2
     exit 2 ;;
esac
# shellcheck source=scripts/recipes/common.sh
source "$ROOT/scripts/recipes/common.sh"
check_method
check_steps data prepare train eval
set_pairs
log "WORK=$WORK METHOD=$METHOD STEPS=$STEPS pairs=$PAIRS raw=$RAW"
if want data; then
  if [ "$BENCH" = lohelp ]; then lohelp_data; else
    log "data: download, verify, extract, convert -> $RAW"; data_steps "$BENCH" "$PAIRS"
  fi
fi
if want prepare; then log "prepare: sentencepiece + binarize -> $BIN"; prepare_step "$PAIRS"; fi
if want train; then train_step; fi
if want eval; then eval_step "$BIN" "$SAVE_DIR/checkpoint_best.pt" "$RESULTS"; fi
log "done"
