#!/usr/bin/env bash
# Train one run of configs/ (the one definition that hydra, the grids and the recipes read:
# configs/train.yaml) with fairseq-train, on any data-bin that mtl-nmt-prepare made.
#   usage: scripts/train.sh SAVE_DIR [WORD ...]
#   WORDs (mtl-nmt-args; `mtl-nmt-args --list` names the groups, `mtl-nmt-args WORD...` prints the
#   command line): setup=results|tuned|demo|... (default: the benchmark's, results for lohelp),
#   method=fairseq|temperature|heating|... (default temperature), benchmark=NAME (default lohelp),
#   group.key=value (any option, hydra syntax: task.heating_end_temperature=2), or a shorthand NAME=value.
#   Shorthands, also taken from the environment (for every run; the words win): DATA (data-bin, default
#   the benchmark's: work/lohelp/data-bin), PAIRS (default: the data-bin's own, from its prepare.json; the
#   benchmark's order for the benchmark's pairs), SEED, LR, WARMUP, DROPOUT, NORM (pre|post), MAX_TOKENS,
#   MAX_UPDATE, VALIDATE (updates between validations and checkpoints), KEEP (interval checkpoints kept).
#   TRAIN (fairseq-train): the command given the command line, e.g. mtl-nmt-baselines (scripts/baselines.sh).
# The run is recorded in SAVE_DIR/run.json (words, setup, method, the fairseq-train command line).
set -euo pipefail
SAVE_DIR=${1:?usage: scripts/train.sh SAVE_DIR [setup=NAME] [method=NAME] [group.key=value | NAME=value ...]}
shift
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if [ -n "${TASK:-}" ]; then
  echo "train.sh: error: TASK=$TASK is not read any more: plain fairseq is method=fairseq, ours method=temperature (or another)" >&2
  exit 2
fi
args=$(mtl-nmt-args --lines --env --record "$SAVE_DIR/run.json" "$@" "common.user_dir=$ROOT/mtl_nmt" "SAVE_DIR=$SAVE_DIR") \
  || exit 2
mapfile -t argv <<< "$args"
# shellcheck disable=SC2086  # TRAIN is a command with its options
exec ${TRAIN:-fairseq-train} "${argv[@]}"
