"""The GPU self-test (tests/gpu/gpu_selftest.py) as a test: every variant on the visible GPU(s), and
nothing failed. Skipped without CUDA (the CPU path is tests/test_gpu_selftest.py)."""
import json
import os
import subprocess
import sys

import pytest

torch = pytest.importorskip("torch")
if not torch.cuda.is_available():
    pytest.skip("no CUDA GPU visible: the GPU self-test needs one", allow_module_level=True)

SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "gpu_selftest.py")


def test_every_variant_trains_on_the_gpu(tmp_path):
    out = tmp_path / "selftest.json"
    # every variant runs under the harness's own --timeout: a hang is one 'timeout' row, not a stuck test
    proc = subprocess.run([sys.executable, SCRIPT, "--device", "cuda", "--json", str(out)],
                          capture_output=True, text=True, env=dict(os.environ, PYTHONWARNINGS="ignore"))
    assert proc.returncode == 0, proc.stdout[-6000:] + proc.stderr[-3000:]
    rows = json.loads(out.read_text(encoding="utf-8"))["rows"]
    assert rows and not [r for r in rows if r["status"] in ("failed", "timeout")], proc.stdout[-6000:]
