#!/usr/bin/env bash
# Bilingual baselines for --adaptive-baselines: one single-pair model per pair with a run of
# scripts/train.sh (same architecture, vocabulary, optimizer, budget as the multilingual rows they
# serve), scored on dev in the schedule's units, written to OUT/baselines.json (mtl-nmt-baselines;
# resumable).
#   usage: scripts/baselines.sh OUT [PAIR,...] [WORD ...]   (default: every pair of the data-bin, one
#          after another; WORDs and DATA, PAIRS, LR, ...: scripts/train.sh, default setup=results)
# Pairs can train side by side into separate folders and be joined afterwards:
#   scripts/baselines.sh work/bl/en-de en-de & ... ; wait
#   mtl-nmt-baselines --out work/baselines --checkpoints en-de=work/bl/en-de/en-de/checkpoint_best.pt,...
set -euo pipefail
OUT=${1:?usage: scripts/baselines.sh OUT [PAIR,...] [WORD ...]}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TRAIN="mtl-nmt-baselines --out $OUT ${2:+--pairs $2} --" exec bash "$ROOT/scripts/train.sh" "$OUT" "${@:3}"
