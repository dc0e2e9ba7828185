# shellcheck shell=bash
# Shared by scripts/recipes/*.sh (sourced, not run): variables, step selection and skipping, tool
# checks, and the prepare / train / eval steps.  A recipe sets BENCH and RECIPE, then sources this.
#
#   WORK        work folder (default work/$BENCH under the repository)
#   STEPS       comma-separated steps to run (default: data,prepare,train,eval)
#   FORCE=1     redo the selected steps even when their output exists
#   PAIRS       comma-separated pairs (default: the benchmark's, from mtl-nmt-benchmark-data pairs BENCH)
#   METHOD      fairseq|temperature|uniform|proportional|heating|unimax|adaptive|task_lr|bmtl|scalarization|adatask|base_moe
#   MAX_UPDATE  training updates (default: the config's)
#   GPUS        GPUs to train on (default 1; >1: distributed; 0: CPU)
#   VOCAB       joint sentencepiece vocabulary size     WORKERS  preprocessing workers
#   TRAIN_ARGS  extra hydra overrides for fairseq-hydra-train (configs/train.yaml benchmark=BENCH method=METHOD), e.g. "optimization.lr=[0.001]"
#   TOKENIZE    sacreBLEU tokenizer for mtl-nmt-eval --tokenize (default: its own choice)
#   LOW_MAX     pairs with at most this many training sentences count as low-resource
#   DATA_URL, DATA_SHA256, DATA_MD5   another URL / checksum for the archive (mirror, local copy)
#   VENV        virtualenv to activate (default .venv in the repository, if present)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
METHODS="fairseq temperature uniform proportional heating unimax adaptive task_lr bmtl scalarization adatask base_moe"

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
METHOD=${METHOD:-temperature}
GPUS=${GPUS:-1}
RAW=${RAW:-$WORK/raw}
BIN=${BIN:-$WORK/data-bin}
SAVE_DIR=${SAVE_DIR:-$WORK/checkpoints/$METHOD}
RESULTS=${RESULTS:-$WORK/results/$METHOD}

case " $METHODS " in
  *" $METHOD "*) ;;
  *) die "unknown METHOD=$METHOD (choose from: ${METHODS// /, })" ;;
esac
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

train_step() {
  local config="benchmark=$BENCH method=$METHOD" group
  for group in "benchmark/$BENCH" "method/$METHOD"; do
    [ -f "$ROOT/configs/$group.yaml" ] || die "no training config configs/$group.yaml for BENCH=$BENCH METHOD=$METHOD"
  done
  [ -f "$BIN/prepare.json" ] || die "no data-bin at $BIN (run STEPS=data,prepare first)"
  need fairseq-hydra-train
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
  local over=("task.data=$BIN" "checkpoint.save_dir=$SAVE_DIR" "common.user_dir=$ROOT/mtl_nmt"
              "hydra.run.dir=$SAVE_DIR/hydra")
  [ -z "${MAX_UPDATE:-}" ] || over+=("optimization.max_update=$MAX_UPDATE")
  if [ "$GPUS" -gt 1 ]; then
    over+=("distributed_training.distributed_world_size=$GPUS")
  elif [ "$GPUS" = 0 ]; then
    over+=("common.cpu=true")
  fi
  local extra=()
  read -r -a extra <<< "${TRAIN_ARGS:-}"
  log "train: $config -> $SAVE_DIR (log: $SAVE_DIR/train.log; an interrupted run resumes from checkpoint_last.pt)"
  fairseq-hydra-train --config-dir "$ROOT/configs" --config-name train "benchmark=$BENCH" "method=$METHOD" \
    "${over[@]}" \
    ${extra[@]+"${extra[@]}"} 2>&1 | tee -a "$SAVE_DIR/train.log" \
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

# run_benchmark SOURCE: data (SOURCE of mtl-nmt-benchmark-data), prepare, train, eval of $PAIRS.
run_benchmark() {
  local source=$1
  check_steps data prepare train eval
  set_pairs
  log "WORK=$WORK METHOD=$METHOD STEPS=$STEPS pairs=$PAIRS"
  if want data; then log "data: download, verify, extract, convert -> $RAW"; data_steps "$source" "$PAIRS"; fi
  if want prepare; then log "prepare: sentencepiece + binarize -> $BIN"; prepare_step "$PAIRS"; fi
  if want train; then train_step; fi
  if want eval; then eval_step "$BIN" "$SAVE_DIR/checkpoint_best.pt" "$RESULTS"; fi
  log "done"
}
