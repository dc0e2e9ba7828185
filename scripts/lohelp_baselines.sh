#!/usr/bin/env bash
# Bilingual baselines for --adaptive-baselines on the lohelp setup: one single-pair model per pair with
# the options of scripts/lohelp_train.sh (same architecture, vocabulary, optimizer, budget), scored on
# dev in the schedule's units, written to OUT/baselines.json (mtl-nmt-baselines; resumable).
#   usage: scripts/lohelp_baselines.sh OUT [PAIR,...]       (default: every pair, one after another)
# Pairs can train side by side into separate folders and be joined afterwards:
#   scripts/lohelp_baselines.sh work/bl/en-de en-de & ... ; wait
#   mtl-nmt-baselines --out work/baselines --checkpoints en-de=work/bl/en-de/en-de/checkpoint_best.pt,...
# Knobs: those of scripts/lohelp_train.sh (the same values as the multilingual rows they serve).
set -euo pipefail
OUT=${1:?usage: scripts/lohelp_baselines.sh OUT [PAIR,...]}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TRAIN="mtl-nmt-baselines --out $OUT ${2:+--pairs $2} --" exec bash "$ROOT/scripts/lohelp_train.sh" "$OUT" "${@:3}"
