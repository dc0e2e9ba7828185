#!/usr/bin/env bash
# lohelp: the offline LibreOffice-help corpus, en-de,en-fr,en-fi,en-hi (hi capped at 2000 training
# sentences).  Data: the repository's data/lohelp; with RAW=other/folder and no files there, it is
# built by scripts/data/build_lohelp.py from Debian's libreoffice-help-* packages (apt-get download,
# verified by apt against the signed archive; LOHELP_ARGS are passed on, e.g. "--deb-dir DIR").
#   usage: [METHOD=temperature] [MAX_UPDATE=N] [GPUS=1] [WORK=work/lohelp] scripts/recipes/lohelp.sh
#   STEPS (data,prepare,train,eval)  FORCE=1  VOCAB (8000, as the quickstart)  and scripts/recipes/common.sh
# FORCE=1 rebuilds RAW, except the repository's data/lohelp, which is never overwritten.
# Results: $WORK/results/$METHOD/table.txt (+ eval/scores.json, scores.csv).
set -euo pipefail
BENCH=lohelp
RECIPE=lohelp
RAW=${RAW:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/data/lohelp}
# shellcheck source=scripts/recipes/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
check_steps data prepare train eval
set_pairs
log "WORK=$WORK METHOD=$METHOD STEPS=$STEPS pairs=$PAIRS raw=$RAW"

have_raw() {
  local pair split lang
  for pair in ${PAIRS//,/ }; do
    for split in train valid test; do
      for lang in ${pair/-/ }; do
        [ -f "$RAW/$split.$pair.$lang" ] || return 1
      done
    done
  done
}

if want data; then
  repo_copy=0
  [ "$(cd "$RAW" 2>/dev/null && pwd)" = "$ROOT/data/lohelp" ] && repo_copy=1
  if have_raw && { [ "$FORCE" != 1 ] || [ "$repo_copy" = 1 ]; }; then
    log "data: raw files present in $RAW, skipping"
  elif [ "$repo_copy" = 1 ]; then
    die "the repository's data/lohelp lacks files for $PAIRS (restore it with git checkout data/lohelp)"
  else
    langs=$(echo "$PAIRS" | tr ',' '\n' | sed 's/^en-//' | paste -sd, -)
    log "data: building $RAW with scripts/data/build_lohelp.py --langs $langs"
    read -r -a build_args <<< "${LOHELP_ARGS:-}"
    python "$ROOT/scripts/data/build_lohelp.py" --langs "$langs" --out-dir "$RAW" \
      ${build_args[@]+"${build_args[@]}"} || die "building the lohelp corpus failed"
  fi
fi
if want prepare; then log "prepare: sentencepiece + binarize -> $BIN"; prepare_step "$PAIRS"; fi
if want train; then train_step; fi
if want eval; then eval_step "$BIN" "$SAVE_DIR/checkpoint_best.pt" "$RESULTS"; fi
log "done"
