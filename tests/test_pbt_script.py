"""scripts/pbt.sh: a PBT population over a run given by words (setup=, method=, overrides), its
members' fairseq-train line composed by mtl-nmt-args without the options mtl-nmt-pbt sets."""
import os
import subprocess
import sys

from conftest import ROOT
from mtl_nmt.pbt.settings import check_fairseq_options

SCRIPT = os.path.join(ROOT, "scripts", "pbt.sh")


def dry_run(*args):
    env = dict(os.environ, DRY_RUN="1", PATH=os.path.dirname(sys.executable) + os.pathsep + os.environ["PATH"])
    return subprocess.run(["bash", SCRIPT, *args], capture_output=True, text=True, env=env, cwd=ROOT)


def test_members_train_the_run_without_the_options_pbt_sets(toy_bin):
    proc = dry_run("OUT", "--population 2 --pbt-interval 500", "setup=tuned", "method=scalarization",
                   "optimization.update_freq=[4]", "MAX_TOKENS=540", f"DATA={toy_bin}")
    assert proc.returncode == 0, proc.stderr
    argv = proc.stdout.splitlines()
    split = argv.index("--")
    assert argv[:split] == ["mtl-nmt-pbt", "--out-dir", "OUT", "--population", "2", "--pbt-interval", "500",
                            "--total-updates", "4000"]
    member = argv[split + 2:]
    assert argv[split + 1] == "fairseq-train" and member[0] == toy_bin
    for option in ("--criterion", "--pair-weights", "--save-dir", "--max-update"):
        assert option not in member
    assert member[member.index("--adam-betas") + 1] == "(0.9, 0.98)"
    assert member[member.index("--update-freq") + 1] == "4" and member[member.index("--max-tokens") + 1] == "540"
    assert member[member.index("--sampling-method") + 1] == "uniform"
    settings = check_fairseq_options(member)  # what mtl-nmt-pbt itself validates before it starts Ray
    assert settings["pairs"] == ["en-xx", "en-yy"]


def test_given_total_updates_win_and_bad_words_fail():
    proc = dry_run("OUT", "--pbt-interval 100 --total-updates 300", "setup=tuned", "DATA=/some/data-bin")
    assert proc.returncode == 0, proc.stderr
    argv = proc.stdout.splitlines()
    assert argv.count("--total-updates") == 1 and argv[argv.index("--total-updates") + 1] == "300"
    bad = dry_run("OUT", "--pbt-interval 100", "method=no_such_method", "DATA=/some/data-bin")
    assert bad.returncode == 2 and "no_such_method" in bad.stderr and "Traceback" not in bad.stderr
