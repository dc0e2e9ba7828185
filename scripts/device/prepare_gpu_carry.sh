#!/usr/bin/env bash
# Build work/gpu_carry/ here: what a lent GPU machine (Python 3.12, torch with CUDA, no network, no
# fairseq) needs to run tests/gpu/gpu_selftest.py. It travels with the working tree (64 MiB in all, tree
# included) when a device run names it in `carry`; scripts/device/gpu_selftest_remote.sh installs it.
#
#   fairseq_fixed-0.12.3.1.tar.gz  fairseq-fixed's source archive without fairseq/examples/* (17 MB of
#                                  speech/LM examples) and tests/: built there against the installed torch
#   hydra-core, omegaconf, bitarray (cp312 wheels), antlr4-python3-runtime (sdist, pure Python):
#                                  fairseq's dependencies that machine lacks
#   (mtl-nmt itself is installed there from the checkout that travels, so it is never stale)
#   ctranslate2 (cp312 wheel)      only while the total stays under LIMIT_MIB (NO_CT2=1 leaves it out)
#
#   bash scripts/device/prepare_gpu_carry.sh      # prints every file's size and the total that travels
# Env: CARRY_DIR (default work/gpu_carry), PYTHON (default .venv/bin/python: needs torch, numpy and
# Cython, which fairseq's setup.py imports even to read its metadata), LIMIT_MIB (default 63), NO_CT2.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
OUT=${CARRY_DIR:-$ROOT/work/gpu_carry}
PY=${PYTHON:-$ROOT/.venv/bin/python}
LIMIT_MIB=${LIMIT_MIB:-63}
FAIRSEQ=fairseq-fixed==0.12.3.1
WHEELS=(hydra-core==1.3.2 omegaconf==2.3.0 bitarray==3.12.3)
ANTLR=antlr4-python3-runtime==4.9.3   # omegaconf 2.3 pins 4.9.*, which PyPI has as an sdist only
CT2=ctranslate2==4.8.5
TARGET=(--python-version 3.12 --implementation cp --platform manylinux_2_28_x86_64
        --platform manylinux_2_27_x86_64 --platform manylinux_2_17_x86_64 --platform manylinux2014_x86_64)
PIP=("$PY" -m pip --disable-pip-version-check)

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
rm -rf "$OUT"
mkdir -p "$OUT"

echo "prepare_gpu_carry: fairseq-fixed source archive"
"${PIP[@]}" download -q --no-deps --no-binary=:all: --no-build-isolation -d "$TMP/sdist" "$FAIRSEQ"
mkdir "$TMP/src"
tar -xzf "$TMP"/sdist/fairseq_fixed-*.tar.gz -C "$TMP/src"
SRC=$(echo "$TMP"/src/fairseq_fixed-*)
find "$SRC/fairseq/examples" -mindepth 1 -maxdepth 1 ! -name __init__.py -exec rm -rf {} +
rm -rf "$SRC/tests"
find "$SRC" -name '*.ipynb' -delete
tar -czf "$OUT/$(basename "$SRC").tar.gz" -C "$TMP/src" "$(basename "$SRC")"

echo "prepare_gpu_carry: wheels for Python 3.12: ${WHEELS[*]}"
"${PIP[@]}" download -q --no-deps --only-binary=:all: "${TARGET[@]}" -d "$OUT" "${WHEELS[@]}"
"${PIP[@]}" download -q --no-deps --no-binary=:all: --no-build-isolation -d "$OUT" "$ANTLR"

# What travels: tracked and untracked-not-ignored files of the tree, plus this folder.
size_mib() { "$PY" -c 'import os, sys; print(round(sum(os.path.getsize(p) for p in sys.argv[1:] if os.path.isfile(p)) / 2**20, 2))' "$@"; }
cd "$ROOT"
mapfile -t TREE < <(git ls-files --cached --others --exclude-standard)
TREE_MIB=$(size_mib "${TREE[@]}")
if [ -z "${NO_CT2:-}" ]; then
  echo "prepare_gpu_carry: $CT2 wheel for Python 3.12"
  "${PIP[@]}" download -q --no-deps --only-binary=:all: "${TARGET[@]}" -d "$TMP/ct2" "$CT2"
  WITH=$("$PY" -c 'import sys; print(round(sum(map(float, sys.argv[1:])), 2))' "$TREE_MIB" \
         "$(size_mib "$OUT"/*)" "$(size_mib "$TMP"/ct2/*)")
  if "$PY" -c 'import sys; sys.exit(float(sys.argv[1]) > float(sys.argv[2]))' "$WITH" "$LIMIT_MIB"; then
    mv "$TMP"/ct2/*.whl "$OUT/"
  else
    echo "prepare_gpu_carry: left out $CT2: the total would be $WITH MiB > $LIMIT_MIB MiB (the ct2 row is then skipped)"
  fi
fi

CARRY_MIB=$(size_mib "$OUT"/*)
TOTAL=$("$PY" -c 'import sys; print(round(float(sys.argv[1]) + float(sys.argv[2]), 2))' "$TREE_MIB" "$CARRY_MIB")
ls -l "$OUT"
echo "prepare_gpu_carry: $OUT = $CARRY_MIB MiB; working tree $TREE_MIB MiB; travels $TOTAL MiB (limit 64)"
if "$PY" -c 'import sys; sys.exit(float(sys.argv[1]) <= float(sys.argv[2]))' "$TOTAL" "$LIMIT_MIB"; then
  echo "prepare_gpu_carry: error: $TOTAL MiB is over $LIMIT_MIB MiB; set NO_CT2=1 or shrink the tree" >&2
  exit 1
fi
