# Sourced by scripts/device/gpu_grid_remote.sh on a lent GPU machine (Python 3.12 and CUDA torch, no
# network, no fairseq). `remote_env SITE CARRY` makes what scripts/device/prepare_gpu_carry.sh carried
# importable in about half a minute, then puts fairseq-train and the mtl-nmt-* commands on PATH:
#   - hydra-core, omegaconf, bitarray, antlr4: pip install --no-index --target SITE/lib;
#   - fairseq-fixed: its source archive unpacked to SITE/fairseq_src with only the extensions that
#     training and generation import built in place (data_utils_fast, token_block_utils_fast, libbleu).
#     A full `pip install` also compiles libbase, libnat and an alignment operator against torch
#     (C++ with torch's headers, one after another), code translation training never calls;
#   - mtl_nmt from this checkout (PYTHONPATH), as an editable install would give it;
#   - SITE/bin: fairseq-train and every console script of setup.py as small wrappers.
# A second call on the same warm machine reuses SITE. Needs ROOT (the checkout) and PY (python3).
remote_env() {
  local site=$1 carry=$2
  if [ ! -f "$site/.ready" ]; then
    rm -rf "$site" && mkdir -p "$site/bin" "$site/lib" || return 1
    "$PY" -m pip install -q --no-index --no-deps --no-build-isolation --no-compile --no-cache-dir \
        --disable-pip-version-check --target "$site/lib" "$carry"/*.whl "$carry"/antlr4*.tar.gz || return 1
    tar -xzf "$carry"/fairseq_fixed-*.tar.gz -C "$site" && mv "$site"/fairseq_fixed-* "$site/fairseq_src" || return 1
    (cd "$site/fairseq_src" && "$PY" - <<'PY'
import numpy
from Cython.Build import cythonize
from setuptools import Extension, setup

exts = [Extension(name, [name.replace(".", "/") + ".pyx"], include_dirs=[numpy.get_include()], language="c++",
                  extra_compile_args=["-O3"])
        for name in ("fairseq.data.data_utils_fast", "fairseq.data.token_block_utils_fast")]
bleu = Extension("fairseq.libbleu", ["fairseq/clib/libbleu/libbleu.cpp", "fairseq/clib/libbleu/module.cpp"],
                 extra_compile_args=["-O3"])
setup(name="fairseq_cython", ext_modules=cythonize(exts, language_level=3, quiet=True) + [bleu],
      script_args=["build_ext", "--inplace", "-j", "2"])
PY
    ) > "$site/build.log" 2>&1 || { tail -20 "$site/build.log"; return 1; }
    printf '#!/bin/sh\nexec %s -m fairseq_cli.train "$@"\n' "$PY" > "$site/bin/fairseq-train"
    printf '#!/bin/sh\nexec %s "$@"\n' "$PY" > "$site/bin/python"
    "$PY" - "$ROOT/setup.py" "$site/bin" "$PY" <<'PY' || return 1
import re, sys
setup_py, bin_dir, py = sys.argv[1:]
for name, module, func in re.findall(r'"([\w-]+)=([\w.]+):(\w+)"', open(setup_py).read()):
    with open(f"{bin_dir}/{name}", "w") as f:
        f.write(f"#!/bin/sh\nexec {py} -c 'import sys; sys.argv[0] = \"{name}\"; from {module} import {func}; "
                f"sys.exit({func}())' \"$@\"\n")
PY
    chmod +x "$site"/bin/*
    touch "$site/.ready"
  fi
  export PYTHONPATH=$ROOT:$site/fairseq_src:$site/lib${PYTHONPATH:+:$PYTHONPATH}
  export PATH=$site/bin:$PATH
}
