#!/usr/bin/env bash
# Keep the evidence of finished runs (scripts/results.sh folders) small enough to commit:
# row.json, eval/scores.json, the hypotheses eval/hyp.*, and the train_inner / valid lines of
# train.log (what mtl-nmt-compare and mtl-nmt-plot read). No checkpoints and no references: compare
# archived runs with --raw-dir, e.g.
#   mtl-nmt-compare docs/runs/bmtl_t2_s{1,2} --reference docs/runs/fairseq_T1_s{1,2} --raw-dir data/lohelp
#   usage: scripts/archive_runs.sh DEST RUN_DIR...   (each run goes to DEST/<its folder's name>)
set -euo pipefail
die() { echo "archive_runs.sh: error: $*" >&2; exit 2; }
[ $# -ge 2 ] || die "usage: scripts/archive_runs.sh DEST RUN_DIR... (folders written by scripts/results.sh)"
DEST=$1
shift
for run in "$@"; do
  [ -d "$run" ] || die "run folder $run does not exist"
  [ -f "$run/row.json" ] && [ -f "$run/eval/scores.json" ] \
    || die "$run has no row.json and eval/scores.json: the run is not finished (scripts/results.sh writes them last)"
  ls "$run"/eval/hyp.* > /dev/null 2>&1 || die "$run/eval holds no hypotheses (hyp.*): evaluate it again with mtl-nmt-eval"
  [ -f "$run/train.log" ] || die "$run has no train.log: archive the folder scripts/results.sh wrote"
done
for run in "$@"; do
  out=$DEST/$(basename "$(cd "$run" && pwd)")
  rm -rf "$out"
  mkdir -p "$out/eval"
  cp "$run/row.json" "$out/"
  cp "$run/eval/scores.json" "$run"/eval/hyp.* "$out/eval/"
  grep -E '\| (train_inner|valid) \|' "$run/train.log" > "$out/train.log" || true
  echo "archived $run -> $out ($(du -sk "$out" | cut -f1) KB)"
done
