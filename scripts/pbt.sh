#!/usr/bin/env bash
# Population-based training of the scalarization weights (mtl-nmt-pbt, docs/methods/pbt.md) of a run of
# configs/ given by words as scripts/train.sh takes them: every member trains that run's fairseq-train
# line without the options mtl-nmt-pbt sets itself (--criterion, --pair-weights, --save-dir,
# --max-update); --total-updates defaults to the run's --max-update.
#   usage: scripts/pbt.sh OUT_DIR 'PBT OPTIONS' [WORD ...]
#   e.g.   scripts/pbt.sh work/pbt_tuned '--population 4 --pbt-interval 500 --cpus-per-member 1' \
#            setup=tuned method=scalarization optimization.update_freq=[4] MAX_TOKENS=540
# DRY_RUN=1 prints the mtl-nmt-pbt command, one argument per line, instead of running it.
set -euo pipefail
OUT=${1:?usage: scripts/pbt.sh OUT_DIR 'PBT OPTIONS' [WORD ...]}
PBT_OPTIONS=${2-}
shift $(( $# < 2 ? $# : 2 ))
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
args=$(mtl-nmt-args --lines --env "$@" "common.user_dir=$ROOT/mtl_nmt") || exit 2
mapfile -t argv <<< "$args"
member=()
total=
for ((i = 0; i < ${#argv[@]}; i++)); do
  case "${argv[$i]}" in
    --criterion | --pair-weights | --task-weights | --save-dir) i=$((i + 1)) ;;
    --max-update) i=$((i + 1)); total=${argv[$i]} ;;
    *) member+=("${argv[$i]}") ;;
  esac
done
read -ra pbt <<< "$PBT_OPTIONS"
if [[ " $PBT_OPTIONS " != *" --total-updates "* && " $PBT_OPTIONS " != *" --total-updates="* ]]; then
  pbt+=(--total-updates "${total:?scripts/pbt.sh: the run sets no --max-update; give --total-updates in PBT OPTIONS}")
fi
cmd=(mtl-nmt-pbt --out-dir "$OUT" "${pbt[@]}" -- fairseq-train "${member[@]}")
if [ -n "${DRY_RUN:-}" ]; then
  printf '%s\n' "${cmd[@]}"
else
  exec "${cmd[@]}"
fi
