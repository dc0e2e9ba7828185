"""One definition of a run (configs/, mtl_nmt/runs.py, mtl-nmt-args): every grid row, every recipe and
every hydra method composes from it; the fairseq-train command line the scripts run means what
fairseq-hydra-train makes of the same words; method=fairseq is the tables' reference (T=1); bad words
fail in one line; and the scripts train and score a second, fabricated corpus with other pairs
without an edit."""
import glob
import json
import os
import re
import subprocess
import sys

import pytest

from conftest import ROOT, cli_error
from mtl_nmt import runs
from mtl_nmt.benchmarks import BENCHMARKS
from mtl_nmt.cli import args as args_cli
from mtl_nmt.errors import MtlNmtError
from test_hydra_config import compose as hydra_compose

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")
GRIDS = sorted(glob.glob(os.path.join(ROOT, "scripts", "grids", "*.txt")))
METHODS = runs.choices("method")
RECIPE_BENCHMARKS = ("lohelp", "ted8_related", "ted8_diverse", "iwslt17")  # scripts/recipes/run.sh's case


def grid_rows():
    """(grid file, NAME, SEED, words) of every row of scripts/grids/*.txt, as scripts/grid.sh reads them."""
    rows = []
    for path in GRIDS:
        for line in open(path, encoding="utf-8").read().splitlines():
            if line.strip() and not line.startswith("#"):
                name, seed, words = line.split("|")
                # split on blanks as grid.sh's unquoted $words is: quotes stay for hydra to read
                rows.append((os.path.basename(path), name, seed, words.split()))
    return rows


def parse(argv):
    """What fairseq-train makes of a command line (plugins loaded through --user-dir)."""
    from fairseq import options

    try:
        return vars(options.parse_args_and_arch(options.get_training_parser(), input_args=argv))
    except SystemExit:
        pytest.fail(f"fairseq-train refuses {argv}")


def same(a, b):
    """Equal as option values (a one-element list equals its element; 5 equals 5.0; True equals 'True')."""
    def seq(x):
        return not isinstance(x, (str, bytes, dict)) and hasattr(x, "__iter__")

    if seq(a) or seq(b):
        a = list(a) if seq(a) else [a]
        b = list(b) if seq(b) else [b]
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, bool) or isinstance(b, bool):
        return str(a).lower() == str(b).lower()
    try:
        return float(a) == float(b)
    except (TypeError, ValueError):
        return str(a) == str(b)


def test_every_grid_row_composes_from_the_definition():
    """Each row of scripts/grids/*.txt composes (setup, method, options) into a command line that
    fairseq-train accepts with the row's seed, and fairseq-hydra-train composes the same words (a typo
    in a row would otherwise surface only when its turn came, possibly on a lent GPU); row names are
    unique per file, and every row names its setup and method."""
    rows = grid_rows()
    assert len(rows) > 100 and {g for g, *_ in rows} >= {"main.txt", "tuned.txt", "reference.txt", "demo.txt"}
    names, composed = {}, {}
    for grid, name, seed, words in rows:
        assert name not in names.setdefault(grid, set()), f"{grid}: row {name} twice"
        names[grid].add(name)
        assert any(w.startswith("setup=") for w in words) and any(w.startswith("method=") for w in words), name
        key = tuple(words)
        if key not in composed:  # rows differing only in the seed compose once
            run = [*words, "DATA=/some/data-bin"]
            argv, chosen = runs.run_argv(run)
            hydra = hydra_compose(chosen["benchmark"], chosen["method"], runs.overrides(run))
            composed[key] = argv, hydra
        argv, hydra = composed[key]
        args = parse(argv + ["--seed", seed])
        assert args["seed"] == int(seed) and args["data"] == "/some/data-bin", name
        assert same(args["lr"], hydra.optimization.lr) and args["max_update"] == hydra.optimization.max_update, name
        assert args["task"] == (hydra.task.get("_name") or hydra.task.task), name


def test_grid_rows_read_as_documented():
    """The published reference rows are plain fairseq at T=1; the tuned grid's rows are the tuned setup."""
    rows = {(g, n): w for g, n, _, w in grid_rows()}
    assert rows[("main.txt", "fairseq_T1_s1")] == ["setup=results", "method=fairseq"]
    assert rows[("tuned.txt", "heating_s1")] == ["setup=tuned", "method=heating"]
    assert all(w[0] == "setup=tuned" for (g, _), w in rows.items() if g in ("tuned.txt", "reference.txt"))


@pytest.mark.parametrize("bench", RECIPE_BENCHMARKS)
def test_every_recipe_composes_from_the_definition(bench):
    """scripts/recipes/run.sh BENCHMARK METHOD composes (benchmark=B method=M, the benchmark's setup)
    for every benchmark it knows and every method of configs/method; fairseq-train accepts each."""
    assert os.path.isfile(os.path.join(ROOT, "configs", "benchmark", f"{bench}.yaml"))
    recipe = open(os.path.join(ROOT, "scripts", "recipes", "run.sh"), encoding="utf-8").read()
    assert f"{bench})" in recipe or f"|{bench})" in recipe or f"{bench}|" in recipe
    for method in METHODS:
        argv, chosen = runs.run_argv([f"benchmark={bench}", f"method={method}", "DATA=/some/data-bin"])
        args = parse(argv)
        assert args["lang_pairs"] == ",".join(BENCHMARKS[bench].pairs), (bench, method)
        assert chosen["setup"] == {"lohelp": "results", "iwslt17": "iwslt17"}.get(bench, "ted8")


def _set_keys(cfg, skip):
    """(group, key, value) of every option the YAML files set (not fairseq's defaults)."""
    for group, node in cfg.items():
        if isinstance(node, dict):
            for key, value in node.items():
                if f"{group}.{key}" not in skip and value is not None and key != "data":
                    yield group, key, value


NAME_OF = {"task": "task", "model": "arch", "criterion": "criterion", "optimizer": "optimizer",
           "lr_scheduler": "lr_scheduler"}


@pytest.mark.parametrize("run", [f"benchmark={b}" for b in RECIPE_BENCHMARKS] + ["setup=tuned", "setup=demo"])
def test_argv_route_and_hydra_route_agree_for_every_method(run):
    """For every method (on every benchmark and small setup): every option the YAML files set has the
    same value in fairseq-train's reading of mtl-nmt-args' command line as in fairseq-hydra-train's
    composed config (dataclass defaults filled, interpolations resolved)."""
    for method in METHODS:
        words = [run, f"method={method}", "DATA=/some/data-bin"]
        cfg, chosen = runs.compose(words)
        args = parse(runs.run_argv(words)[0])
        hydra = hydra_compose(chosen["benchmark"], method, runs.overrides(words))
        checked = 0
        for group, key, value in _set_keys(cfg, chosen["skip"]):
            if key in ("_name", "task") and group in NAME_OF:
                assert args[NAME_OF[group]] == value, (run, method, group)
                continue
            if group == "common" and key == "user_dir":
                continue
            want = hydra[group][key]
            if key not in args:  # left out at the task's own default (the legacy task's spelled-out options)
                assert group == "task" and same(want, runs.task_defaults(args["task"])[key]), (run, method, key)
                continue
            assert same(args[key], want), f"{run} method={method}: {group}.{key} argv {args[key]!r}, hydra {want!r}"
            checked += 1
        assert checked > 20, (run, method)


def test_method_fairseq_is_the_tables_reference_at_t1():
    """method=fairseq: plain fairseq translation_multi_simple_epoch, temperature sampling at T=1, set in
    one place (configs/method/fairseq.yaml) and read the same by hydra and the command line."""
    cfg, _ = runs.compose(["method=fairseq"])
    assert cfg["task"]["task"] == "translation_multi_simple_epoch" and "_name" not in cfg["task"]
    assert (cfg["task"]["sampling_method"], cfg["task"]["sampling_temperature"]) == ("temperature", 1.0)
    args = parse(runs.run_argv(["method=fairseq", "DATA=/d"])[0])
    assert (args["task"], args["sampling_method"], args["sampling_temperature"]) == (
        "translation_multi_simple_epoch", "temperature", 1.0)
    assert hydra_compose("lohelp", "fairseq", ["task.data=/d"]).task.sampling_temperature == 1.0
    text = open(os.path.join(ROOT, "configs", "method", "fairseq.yaml"), encoding="utf-8").read()
    assert text.count("sampling_temperature:") == 1
    args = parse(runs.run_argv(["method=fairseq", "task.sampling_temperature=5", "DATA=/d"])[0])
    assert args["sampling_temperature"] == 5.0  # the rows fairseq_T5_s*


@pytest.mark.parametrize("setup,expected", [
    ("results", dict(norm=False, lr=[0.0015], warmup=400, dropout=0.2, max_tokens=4096, max_update=2000, validate=500)),
    ("tuned", dict(norm=True, lr=[0.003], warmup=200, dropout=0.0, max_tokens=2000, max_update=4000, validate=500)),
    ("demo", dict(norm=True, lr=[0.003], warmup=200, dropout=0.0, max_tokens=2000, max_update=1800, validate=600)),
])
def test_setups_are_the_published_knob_sets(setup, expected):
    """The three small setups of docs/results.md and scripts/quickstart.sh, with 3 checkpoints kept."""
    args = parse(runs.run_argv([f"setup={setup}", "DATA=/d"])[0])
    got = dict(norm=args["encoder_normalize_before"] and args["decoder_normalize_before"], lr=args["lr"],
               warmup=args["warmup_updates"], dropout=args["dropout"], max_tokens=args["max_tokens"],
               max_update=args["max_update"], validate=args["validate_interval_updates"])
    assert got == expected
    assert (args["save_interval_updates"], args["keep_interval_updates"], args["encoder_layers"]) == (
        expected["validate"], 3, 3)


def test_shorthands_and_their_order():
    """NAME=value shorthands map to options; later words win, so a row's words override the environment's."""
    args = parse(runs.run_argv(["LR=0.005", "NORM=pre", "VALIDATE=300", "setup=results", "LR=0.002", "DATA=/d",
                                "PAIRS=en-de,en-hi", "SEED=3", "MAX_UPDATE=7"])[0])
    assert args["lr"] == [0.002] and args["encoder_normalize_before"] and args["decoder_normalize_before"]
    assert (args["validate_interval_updates"], args["save_interval_updates"], args["seed"]) == (300, 300, 3)
    assert (args["lang_pairs"], args["max_update"]) == ("en-de,en-hi", 7)
    assert runs.env_words({"LR": "0.1", "HOME": "/x", "NORM": ""}) == ["LR=0.1"]


@pytest.mark.parametrize("words,message", [
    (["setup=bogus"], "unknown setup 'bogus' (choose from demo, iwslt17, results, ted8, tuned"),
    (["method=bogus"], "unknown method 'bogus' (choose from adaptive,"),
    (["benchmark=wmt"], "unknown benchmark 'wmt'"),
    (["task.heating_updatez=3"], "task.heating_updatez: fairseq-train has no option --heating-updatez"),
    (["method=fairseq", "task.heating_updates=3"], "task.heating_updates: fairseq-train has no option"),
    (["FOO=1"], "unknown shorthand FOO"),
    (["NORM=middle"], "NORM=middle is not pre or post"),
    (["heating"], "cannot read 'heating'"),
    (["task.sampling_temperature=hot"], "--sampling-temperature cannot read 'hot'"),
])
def test_bad_words_fail_loudly(words, message):
    with pytest.raises(MtlNmtError) as e:
        runs.run_argv([*words, "DATA=/d"])
    assert message in str(e.value)


def test_a_setup_without_its_method_values_names_the_missing_file(tmp_path):
    import shutil

    config_dir = tmp_path / "configs"
    shutil.copytree(os.path.join(ROOT, "configs"), config_dir)
    shutil.copyfile(config_dir / "setup" / "results.yaml", config_dir / "setup" / "new.yaml")
    with pytest.raises(MtlNmtError, match="method heating needs heating_updates for setup new: add "
                                          "configs/method_setup/heating_new.yaml"):
        runs.run_argv(["setup=new", "method=heating", "DATA=/d"], str(config_dir))


def test_cli_prints_the_command_line_and_fails_in_one_line(capsys, tmp_path):
    args_cli.main(["setup=tuned", "method=heating", "--record", str(tmp_path / "run.json")])
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "# benchmark=lohelp setup=tuned method=heating"
    assert out[1].startswith("fairseq-train work/lohelp/data-bin --task multilingual_scheduled")
    assert "--heating-updates 3333" in out[1] and "'(0.9, 0.98)'" in out[1]
    run = json.load(open(tmp_path / "run.json"))
    assert run["setup"] == "tuned" and run["words"] == ["setup=tuned", "method=heating"] and run["argv"][0] == \
        "work/lohelp/data-bin"
    args_cli.main(["--list"])
    assert "method: adaptive adatask base_moe" in capsys.readouterr().out
    msg = cli_error(args_cli.main, "mtl-nmt-args", ["method=nope"])
    assert "unknown method 'nope'" in msg


def test_pairs_of_another_corpus_come_from_its_data_bin(tmp_path):
    """Without PAIRS, a data-bin with other pairs trains on them; the benchmark's own data-bin keeps the
    benchmark's order (prepare.json lists pairs sorted)."""
    (tmp_path / "prepare.json").write_text(json.dumps({"pairs": ["en-xx", "en-yy"]}), encoding="utf-8")
    args = parse(runs.run_argv([f"DATA={tmp_path}"])[0])
    assert args["lang_pairs"] == "en-xx,en-yy"
    (tmp_path / "prepare.json").write_text(json.dumps({"pairs": sorted(BENCHMARKS["lohelp"].pairs)}), encoding="utf-8")
    assert parse(runs.run_argv([f"DATA={tmp_path}"])[0])["lang_pairs"] == ",".join(BENCHMARKS["lohelp"].pairs)
    assert parse(runs.run_argv([f"DATA={tmp_path}", "PAIRS=en-fr"])[0])["lang_pairs"] == "en-fr"


def test_scripts_train_and_score_a_second_corpus_without_edits(toy_bin, tmp_path):
    """scripts/grid.sh -> results.sh -> train.sh -> fairseq-train, then mtl-nmt-eval, on a fabricated
    corpus whose pairs (en-xx, en-yy) are no benchmark's: DATA is the only thing said about it (pairs
    and references come from its data-bin), the run is the results setup with plain fairseq at T=1
    cut to a few updates by the environment, one thread."""
    grid = tmp_path / "grid.txt"
    grid.write_text("# NAME|SEED|run\ntoy_fairseq_s1|1|setup=results method=fairseq\n", encoding="utf-8")
    env = {**os.environ, "PATH": f"{os.path.dirname(sys.executable)}:{os.environ['PATH']}", "DATA": toy_bin,
           "RESULTS": str(tmp_path / "r"), "MAX_UPDATE": "3", "VALIDATE": "3", "PYTHONWARNINGS": "ignore"}
    env.pop("PAIRS", None)
    proc = subprocess.run(["bash", os.path.join(ROOT, "scripts", "grid.sh"), str(grid), "1"], capture_output=True,
                          text=True, env=env, cwd=tmp_path)
    out = tmp_path / "r" / "toy_fairseq_s1"
    log = (out / "train.log").read_text(encoding="utf-8") if (out / "train.log").is_file() else ""
    assert proc.returncode == 0 and (out / "row.json").is_file(), proc.stdout + log[-3000:]
    row = json.load(open(out / "row.json"))
    assert [p["pair"] for p in row["pairs"]] == ["en-xx", "en-yy"]
    assert (row["setup"], row["method"]) == ("results", "fairseq") and row["run"].startswith("MAX_UPDATE=3 VALIDATE=3")
    argv = row["fairseq_train"]
    assert argv[0] == toy_bin and argv[argv.index("--lang-pairs") + 1] == "en-xx,en-yy"
    assert argv[argv.index("--task") + 1] == "translation_multi_simple_epoch" and "num_updates 3" in log
    # tuned on dev, read test once: TRAINED evaluates the run already trained, without training it again
    env = {**env, "RESULTS": str(tmp_path / "t"), "TRAINED": str(tmp_path / "r"), "SPLIT": "test"}
    proc = subprocess.run(["bash", os.path.join(ROOT, "scripts", "results.sh"), "toy_fairseq_s1"], capture_output=True,
                          text=True, env=env, cwd=tmp_path)
    again = tmp_path / "t" / "toy_fairseq_s1"
    assert proc.returncode == 0 and "not trained again" in proc.stdout, proc.stdout + proc.stderr
    assert not (again / "checkpoints").exists() and (again / "train.log").read_text(encoding="utf-8") == log
    evaluated = json.load(open(again / "row.json"))
    assert evaluated["evaluation"] == {"SPLIT": "test", "TRAINED": str(tmp_path / "r")}
    assert evaluated["run"] == row["run"] and evaluated["fairseq_train"] == row["fairseq_train"]
    assert [p["bleu"] for p in evaluated["pairs"]] == [p["bleu"] for p in row["pairs"]]
    assert evaluated["train_seconds"] == int(re.search(r"done training in (\d+)", log)[1])
    # a row started again: trained to the end before (its evaluation failed), it is only evaluated (a
    # resumed fairseq-train would add an update); interrupted, it resumes and keeps the log it had
    env = {**env, "RESULTS": str(tmp_path / "r")}
    env.pop("TRAINED")
    grid_again = ["bash", os.path.join(ROOT, "scripts", "grid.sh"), str(grid), "1"]
    os.remove(out / "row.json")
    proc = subprocess.run(grid_again, capture_output=True, text=True, env=env, cwd=tmp_path)
    assert proc.returncode == 0 and (out / "train.log").read_text(encoding="utf-8") == log, proc.stdout
    assert "not trained again" in (tmp_path / "r" / "toy_fairseq_s1.out").read_text(encoding="utf-8")
    assert json.load(open(out / "row.json"))["train_seconds"] == int(re.search(r"done training in (\d+)", log)[1])
    interrupted = log[:log.index("done training in")]
    interrupted = interrupted[:interrupted.rindex("\n") + 1]
    (out / "train.log").write_text(interrupted, encoding="utf-8")
    os.remove(out / "row.json")
    proc = subprocess.run(grid_again, capture_output=True, text=True, env=env, cwd=tmp_path)
    resumed = (out / "train.log").read_text(encoding="utf-8")
    assert proc.returncode == 0 and (out / "row.json").is_file(), proc.stdout + resumed[-3000:]
    assert resumed.startswith(interrupted) and "Loaded checkpoint" in resumed[len(interrupted):]
    assert "resuming from" in (tmp_path / "r" / "toy_fairseq_s1.out").read_text(encoding="utf-8")
