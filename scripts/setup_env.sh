#!/usr/bin/env bash
# Create (or reuse) a virtual environment and install mtl-nmt into it, editable.
#   VENV        environment folder (default: .venv in the repository)
#   PYTHON      interpreter to create it with (default: python3; needs >= 3.9, 3.11 recommended)
#   TORCH_SPEC  torch requirement installed only when the environment has no torch yet
#               (default: torch==2.13.0; pick your CUDA/CPU build here). An installed torch is kept.
#   EXTRAS      package extras to install (default: test,pbt,fast; pbt = Ray Tune for mtl-nmt-pbt, fast = CTranslate2)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VENV=${VENV:-$ROOT/.venv}
PYTHON=${PYTHON:-python3}
EXTRAS=${EXTRAS:-test,pbt,fast}

if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 9))' 2>/dev/null; then
  echo "setup_env: error: $PYTHON is missing or older than Python 3.9" >&2
  exit 1
fi
if [ ! -x "$VENV/bin/python" ]; then
  echo "setup_env: creating $VENV"
  "$PYTHON" -m venv "$VENV"
fi
PIP=("$VENV/bin/python" -m pip --disable-pip-version-check)
if ! "$VENV/bin/python" -c 'import torch' 2>/dev/null; then
  echo "setup_env: installing ${TORCH_SPEC:-torch==2.13.0}"
  "${PIP[@]}" install -q "${TORCH_SPEC:-torch==2.13.0}"
fi
echo "setup_env: installing mtl-nmt[$EXTRAS] (fairseq builds from source once, ~4 min; then cached)"
"${PIP[@]}" install -q -e "$ROOT[$EXTRAS]"
"$VENV/bin/python" -c 'import torch, fairseq, mtl_nmt; print("setup_env: torch", torch.__version__, "| fairseq", fairseq.__version__)' 2>&1 | grep -v tensorboardX
