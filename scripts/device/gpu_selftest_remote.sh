#!/usr/bin/env bash
# The one command to run on a lent GPU machine, from the repository root, with work/gpu_carry
# (scripts/device/prepare_gpu_carry.sh) carried along:
#
#   bash scripts/device/gpu_selftest_remote.sh
#
# Installs what the carried folder holds (no network there) and mtl-nmt from this checkout into
# $SITE with `pip install --no-index --no-build-isolation --no-deps`, building fairseq-fixed's
# extensions against the machine's own torch, then runs tests/gpu/gpu_selftest.py on the GPU(s) within $BUDGET
# seconds and writes into $OUT: selftest.txt (the table), selftest.json, remote.log (this script's
# whole output) and logs.tar.gz (every variant's log). A second call on the same (warm) machine
# reuses the install and the synthetic data: run the rows the budget cut off with
# SELFTEST_ARGS="--variants a,b". Exit status: the self-test's (0: nothing failed), 2: install failed.
# Copy work/gpu_carry along with the checkout and allow ~560 s: install ~2 min, self-test 300 s.
# Env: OUT (default work/gpu_selftest_out), CARRY (work/gpu_carry), SITE (work/gpu_site),
# WORK (/tmp/mtl_gpu_selftest), BUDGET (300 s for the self-test), VARIANT_TIMEOUT (120 s),
# SELFTEST_ARGS (more self-test options), PYTHON (python3).
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
OUT=${OUT:-$ROOT/work/gpu_selftest_out}
CARRY=${CARRY:-$ROOT/work/gpu_carry}
SITE=${SITE:-$ROOT/work/gpu_site}
WORK=${WORK:-/tmp/mtl_gpu_selftest}
BUDGET=${BUDGET:-300}
PY=${PYTHON:-python3}
export PYTHONUNBUFFERED=1
mkdir -p "$OUT"
start=$(date +%s)
stamp() { echo "[remote $(($(date +%s) - start)) s] $*"; }

install() {
  if [ -f "$SITE/.installed" ]; then
    stamp "install: reusing $SITE"
    return 0
  fi
  stamp "install: $(ls "$CARRY" | tr '\n' ' ')"
  rm -rf "$SITE"
  local src
  src=$(mktemp -d)  # mtl-nmt from this checkout, built outside it (no build/ left in the tree)
  cp -r setup.py README.md mtl_nmt "$src/"
  # fairseq's setup.py builds its CUDA kernels (non-autoregressive edit distance, n-gram blocking)
  # only when CUDA_HOME is set: translation needs neither, and nvcc would take minutes.
  env -u CUDA_HOME MAX_JOBS="$(nproc --all)" "$PY" -m pip install --no-index --no-build-isolation \
      --no-deps --no-cache-dir --no-compile --disable-pip-version-check --target "$SITE" \
      "$CARRY"/*.whl "$CARRY"/*.tar.gz "$src" || return 1
  touch "$SITE/.installed"
}

check_imports() {
  (cd /tmp && "$PY" -c 'import fairseq, mtl_nmt, hydra, omegaconf, bitarray
from fairseq import libbase
print("fairseq", fairseq.__version__, "from", fairseq.__file__)
print("mtl_nmt from", mtl_nmt.__file__)
try:
    import ctranslate2
    print("ctranslate2", ctranslate2.__version__, "| CUDA devices", ctranslate2.get_cuda_device_count())
except Exception as e:
    print("ctranslate2:", type(e).__name__, e)')
}

main() {
  stamp "machine"
  nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader || true
  echo "cores: $(nproc --all)"
  "$PY" -c 'import sys, torch, numpy; print("python", sys.version.split()[0], "| torch", torch.__version__,
    "CUDA", torch.version.cuda, "| GPUs", torch.cuda.device_count(), "| numpy", numpy.__version__)'
  install || { stamp "install failed"; return 2; }
  export PYTHONPATH=$SITE${PYTHONPATH:+:$PYTHONPATH}
  export PATH=$SITE/bin:$PATH
  stamp "installed"
  check_imports || { stamp "import check failed"; return 2; }

  stamp "self-test (budget $BUDGET s)"
  # shellcheck disable=SC2086
  timeout -k 10 $((BUDGET + 120)) "$PY" tests/gpu/gpu_selftest.py --budget "$BUDGET" \
      --timeout "${VARIANT_TIMEOUT:-120}" --work-dir "$WORK" --json "$OUT/selftest.json" ${SELFTEST_ARGS:-} \
      | tee "$OUT/selftest.txt"
  local rc=${PIPESTATUS[0]}
  (cd "$WORK" 2>/dev/null && tar -czf "$OUT/logs.tar.gz" ./*.log) || true
  stamp "done (self-test exit $rc)"
  return "$rc"
}

main 2>&1 | tee "$OUT/remote.log"
exit "${PIPESTATUS[0]}"
