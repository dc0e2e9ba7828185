# shellcheck shell=bash
# Shared by scripts/recipes/run.sh and flores.sh (sourced, not run): variables, step selection and
# skipping, tool checks, and the data / prepare / train / eval steps.  A recipe sets BENCH, RECIPE and
# METHOD (and RUN_WORDS, the words for scripts/train.sh), then sources this.
#
#   WORK        work folder (default work/$BENCH under the repository)
#   STEPS       comma-separated steps to run (default: data,prepare,train,eval)
#   FORCE=1     redo the selected steps even when their output exists
#   PAIRS       comma-separated pairs (default: the benchmark's, from mtl-nmt-benchmark-data pairs BENCH)
#   MAX_UPDATE  training updates (default: the setup's), and the other shorthands of scripts/train.sh
#   GPUS        GPUs to train on (default 1; >1: distributed; 0: CPU)
#   VOCAB       joint sentencepiece vocabulary size     WORKERS  preprocessing workers
#   TOKENIZE    sacreBLEU tokenizer for mtl-nmt-eval --tokenize (default: its own choice)
#   LOW_MAX     pairs with at most this many training sentences count as low-resource
#   DATA_URL, DATA_SHA256, DATA_MD5   another URL / checksum for the archive (mirror, local copy)
#   VENV        virtualenv to activate (default .venv in the repository, if present)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

die() { echo "$RECIPE: error: $*" >&2; exit 1; }
log() { echo "== $RECIPE: $*"; }

if [ -f "${VENV:-$ROOT/.venv}/bin/activate" ]; then
  # shellcheck disable=SC1091
  source "${VENV:-$ROOT/.venv}/bin/activate"
fi
export PYTHONWARNINGS=${PYTHONWARNINGS:-ignore}

WORK=${WORK:-$ROOT/work/$BENCH}
mkdir -p "$WORK" || die "cannot create WORK=$WORK"
WORK=$(cd "$WORK" && pwd)
STEPS=${STEPS:-${DEFAULT_STEPS:-data,prepare,train,eval}}
FORCE=${FORCE:-0}
GPUS=${GPUS:-1}
RAW=${RAW:-$WORK/raw}
BIN=${BIN:-$WORK/data-bin}
SAVE_DIR=${SAVE_DIR:-$WORK/checkpoints/$METHOD}
RESULTS=${RESULTS:-$WORK/results/$METHOD}

[[ $GPUS =~ ^[0-9]+$ ]] || die "GPUS=$GPUS is not a number of GPUs"
[ -z "${MAX_UPDATE:-}" ] || [[ $MAX_UPDATE =~ ^[0-9]+$ ]] || die "MAX_UPDATE=$MAX_UPDATE is not a number"

want() { [[ ",$STEPS," == *",$1,"* ]]; }
force_flag() { [ "$FORCE" = 1 ] && echo --force || true; }
need() {
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null 2>&1 \
      || die "missing tool '$tool' (activate the virtualenv or run: pip install -e \"$ROOT\")"
  done
}

# set_pairs: PAIRS, unless given, becomes the benchmark's pair list from its one source,
# mtl_nmt.benchmarks (mtl-nmt-benchmark-data pairs $BENCH).
set_pairs() {
  [ -z "${PAIRS:-}" ] || return 0
  need mtl-nmt-benchmark-data
  PAIRS=$(mtl-nmt-benchmark-data pairs "$BENCH") || die "cannot list the pairs of benchmark $BENCH"
}

# data_steps SOURCE PAIRS [BASE]: download -> verify -> extract -> convert (mtl-nmt-benchmark-data fetch;
# each part is skipped when its output is there and up to date).
data_steps() {
  local source=$1 pairs=$2 base=${3:-$WORK}
  local over=()
  [ -z "${DATA_URL:-}" ] || over+=(--url "$DATA_URL")
  [ -z "${DATA_SHA256:-}" ] || over+=(--sha256 "$DATA_SHA256")
  [ -z "${DATA_MD5:-}" ] || over+=(--md5 "$DATA_MD5")
  [ -z "${DETOK:-}" ] || over+=(--detok "$DETOK")
  need mtl-nmt-benchmark-data
  # shellcheck disable=SC2046
  mtl-nmt-benchmark-data fetch "$source" --work-dir "$base" --raw-dir "$RAW" --pairs "$pairs" \
    ${over[@]+"${over[@]}"} $(force_flag)
}

prepare_step() {
  local pairs=$1
  need mtl-nmt-prepare
  local extra=()
  [ -z "${VOCAB:-}" ] || extra+=(--vocab-size "$VOCAB")
  [ -z "${WORKERS:-}" ] || extra+=(--workers "$WORKERS")
  # mtl-nmt-prepare skips by itself when $BIN/prepare.json matches the raw data and settings.
  # shellcheck disable=SC2046
  mtl-nmt-prepare --raw-dir "$RAW" --out-dir "$BIN" --pairs "$pairs" ${extra[@]+"${extra[@]}"} $(force_flag)
}

# check_method: METHOD names a file of configs/method (the one list of methods).
check_method() {
  [ -f "$ROOT/configs/method/$METHOD.yaml" ] && return 0
  local known
  known=$(cd "$ROOT/configs/method" && ls -- *.yaml | sed 's/\.yaml$//' | paste -sd, - | sed 's/,/, /g')
  die "unknown method $METHOD (choose from: $known)"
}

# train_step: scripts/train.sh benchmark=$BENCH method=$METHOD RUN_WORDS... on $BIN into $SAVE_DIR.
train_step() {
  [ -f "$BIN/prepare.json" ] || die "no data-bin at $BIN (run STEPS=data,prepare first)"
  need fairseq-train mtl-nmt-args
  if [ -f "$SAVE_DIR/train.done" ] && [ "$FORCE" != 1 ]; then
    log "train: $SAVE_DIR/train.done exists, skipping (FORCE=1 retrains)"
    return
  fi
  if [ "$FORCE" = 1 ] && [ -d "$SAVE_DIR" ]; then
    local old
    old="$SAVE_DIR.old-$(date +%Y%m%d-%H%M%S)"
    mv "$SAVE_DIR" "$old"
    log "train: FORCE=1, previous checkpoints moved to $old"
  fi
  mkdir -p "$SAVE_DIR"
  local words=("benchmark=$BENCH" "method=$METHOD" ${RUN_WORDS[@]+"${RUN_WORDS[@]}"})
  if [ "$GPUS" -gt 1 ]; then
    words+=("distributed_training.distributed_world_size=$GPUS")
  elif [ "$GPUS" = 0 ]; then
    words+=("common.cpu=true")
  fi
  log "train: ${words[*]} -> $SAVE_DIR (log: $SAVE_DIR/train.log; an interrupted run resumes from checkpoint_last.pt)"
  DATA=$BIN PAIRS=$PAIRS bash "$ROOT/scripts/train.sh" "$SAVE_DIR" "${words[@]}" 2>&1 | tee -a "$SAVE_DIR/train.log" \
    || die "training failed, see $SAVE_DIR/train.log"
  [ -f "$SAVE_DIR/checkpoint_best.pt" ] || die "training ended without $SAVE_DIR/checkpoint_best.pt (see $SAVE_DIR/train.log)"
  touch "$SAVE_DIR/train.done"
}

# eval_step DATA_BIN CHECKPOINT OUT_DIR [mtl-nmt-eval options]: the per-pair table in OUT_DIR/table.txt.
eval_step() {
  local data_bin=$1 checkpoint=$2 out=$3
  shift 3
  need mtl-nmt-eval
  [ -f "$checkpoint" ] || die "no checkpoint $checkpoint (run the train step first)"
  if [ -f "$out/table.txt" ] && [ "$FORCE" != 1 ]; then
    log "eval: $out/table.txt exists, skipping (FORCE=1 re-evaluates)"
    cat "$out/table.txt"
    return
  fi
  local args=(--data-bin "$data_bin" --checkpoint "$checkpoint" --out-dir "$out/eval")
  [ -z "${LOW_MAX:-}" ] || args+=(--low-resource-max "$LOW_MAX")
  [ "$GPUS" != 0 ] || args+=(--cpu)
  if [ -n "${TOKENIZE:-}" ]; then
    mtl-nmt-eval --help | grep -q -- "--tokenize" \
      || die "this mtl-nmt-eval has no --tokenize option (needed for TOKENIZE=$TOKENIZE); update mtl_nmt"
    args+=(--tokenize "$TOKENIZE")
  fi
  mkdir -p "$out"
  log "eval: mtl-nmt-eval ${args[*]} $* (log: $out/eval.log)"
  mtl-nmt-eval "${args[@]}" "$@" > "$out/table.txt.tmp" 2> "$out/eval.log" \
    || die "evaluation failed, see $out/eval.log"
  mv "$out/table.txt.tmp" "$out/table.txt"
  cat "$out/table.txt"
}

# check_steps ALLOWED...: one clear error for a step name the recipe does not have.
check_steps() {
  local step
  for step in ${STEPS//,/ }; do
    case " $* " in
      *" $step "*) ;;
      *) die "unknown step '$step' in STEPS=$STEPS (choose from: $*)" ;;
    esac
  done
}

# lohelp_data: the raw lohelp files of $PAIRS in $RAW: the repository's data/lohelp as it is, else
# built by scripts/data/build_lohelp.py (LOHELP_ARGS passed on).
lohelp_data() {
  local repo_copy=0 pair split lang langs complete=1
  for pair in ${PAIRS//,/ }; do
    for split in train valid test; do
      for lang in ${pair/-/ }; do
        [ -f "$RAW/$split.$pair.$lang" ] || complete=0
      done
    done
  done
  [ "$(cd "$RAW" 2>/dev/null && pwd)" = "$ROOT/data/lohelp" ] && repo_copy=1
  if [ "$complete" = 1 ] && { [ "$FORCE" != 1 ] || [ "$repo_copy" = 1 ]; }; then
    log "data: raw files present in $RAW, skipping"
  elif [ "$repo_copy" = 1 ]; then
    die "the repository's data/lohelp lacks files for $PAIRS (restore it with git checkout data/lohelp)"
  else
    langs=$(echo "$PAIRS" | tr ',' '\n' | sed 's/^en-//' | paste -sd, -)
    log "data: building $RAW with scripts/data/build_lohelp.py --langs $langs"
    local build_args=()
    read -r -a build_args <<< "${LOHELP_ARGS:-}"
    python "$ROOT/scripts/data/build_lohelp.py" --langs "$langs" --out-dir "$RAW" \
      ${build_args[@]+"${build_args[@]}"} || die "building the lohelp corpus failed"
  fi
}
