"""tests/gpu/gpu_selftest.py on CPU: the no-GPU path CI runs (one line, CPU-side checks, exit 0), and a
failing variant reported as one row with its one-line reason while the others still run."""
import json
import os
import subprocess
import sys

from conftest import ROOT

SCRIPT = os.path.join(ROOT, "tests", "gpu", "gpu_selftest.py")


# The harness kills a variant after --timeout (default 240 s, sized for a GPU): on a busy CPU a healthy
# variant can take longer, so the tests give it an hour (a later --timeout wins) and only a hang fails.
GENEROUS = ("--timeout", "3600")


def selftest(*args, cuda_hidden=True):
    env = dict(os.environ, PYTHONWARNINGS="ignore", OMP_NUM_THREADS="1")
    if cuda_hidden:
        env["CUDA_VISIBLE_DEVICES"] = ""  # the no-GPU path, even on a machine with a GPU
    return subprocess.run([sys.executable, SCRIPT, *GENEROUS, *args], capture_output=True, text=True, env=env)


def rows(path):
    with open(path, encoding="utf-8") as f:
        return {r["variant"]: r for r in json.load(f)["rows"]}


def test_no_gpu_runs_the_cpu_checks_and_exits_0(tmp_path):
    out = tmp_path / "table.json"
    proc = selftest("--json", str(out))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    first = proc.stdout.splitlines()[0]
    assert first.startswith("no CUDA GPU visible: ") and "CPU-side checks" in first
    table = rows(out)
    assert set(table) == {"fairseq", "scheduled_mixed"}           # only the CPU-side checks
    for name, row in table.items():
        assert row["status"] == "ok", row
        assert row["words_per_s"] > 0 and row["peak_gpu_mib"] is None
    assert table["fairseq"]["ratio"] == 1.0 and table["scheduled_mixed"]["ratio"] > 0
    assert json.load(open(out))["no_gpu"] is True
    assert "scheduled_mixed" in proc.stdout.split("reason / note", 1)[1]   # the printed table


def test_a_failing_variant_is_one_row_and_the_others_continue(toy_bin, tmp_path):
    out = tmp_path / "table.json"
    proc = selftest("--device", "cpu", "--data-bin", toy_bin, "--pairs", "en-xx,en-yy", "--updates", "4",
                    "--variants", "scheduled_mixed,generate,adatask_fp16,auction_vs_libbase",
                    "--variant-args", "scheduled_mixed=--sampling-method no_such_method", "--json", str(out))
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "no CUDA GPU visible" not in proc.stdout                # --device cpu: every variant asked for
    table = rows(out)
    failed = table["scheduled_mixed"]
    assert failed["status"] == "failed"
    assert "no_such_method" in failed["reason"] and "\n" not in failed["reason"]
    assert table["generate"]["status"] == "not run" and "scheduled_mixed" in table["generate"]["reason"]
    assert table["adatask_fp16"] == dict(table["adatask_fp16"], status="skipped", reason="needs CUDA")
    auction = table["auction_vs_libbase"]                           # ran after the failure
    assert auction["status"] == "ok" and auction["reason"].startswith("512x4: auction ")


def test_unknown_variant_is_a_usage_error():
    proc = selftest("--variants", "fairseq,no_such_variant")
    assert proc.returncode == 2
    assert "unknown variant(s) no_such_variant" in proc.stderr and "Traceback" not in proc.stderr


def test_timeout_and_time_budget(toy_bin, tmp_path):
    common = ("--device", "cpu", "--data-bin", toy_bin, "--pairs", "en-xx,en-yy", "--json", str(tmp_path / "t.json"))
    proc = selftest(*common, "--variants", "fairseq", "--timeout", "2")    # fairseq-train needs longer
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert rows(tmp_path / "t.json")["fairseq"] == dict(rows(tmp_path / "t.json")["fairseq"], status="timeout",
                                                        reason="killed after 2 s")
    proc = selftest(*common, "--variants", "fairseq,scheduled_mixed", "--budget", "5")
    assert proc.returncode == 0, proc.stdout + proc.stderr               # not run is not a failure
    assert {r["status"] for r in rows(tmp_path / "t.json").values()} == {"not run"}
    assert "time budget" in rows(tmp_path / "t.json")["scheduled_mixed"]["reason"]
