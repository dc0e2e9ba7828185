"""mtl-nmt-compare on fabricated runs written the way scripts/results.sh and mtl-nmt-eval write
them (row.json; eval/ with scores.json, scores.csv, hyp.* and ref.*)."""
import csv
import json
import math
import os
import random
import shutil
import statistics

import pytest
from conftest import cli_error

from mtl_nmt.cli.compare import main, run
from mtl_nmt.evaluation import group_means, score_pair, write_results
from mtl_nmt.reporting.compare import markdown, split_seed
from mtl_nmt.reporting.significance import paired_bootstrap

WORDS = ("house tree river stone cloud light water fire green small open close table window paper music "
         "garden bridge market winter summer yellow quick north south east west black white blue").split()
PAIRS = {"en-xx": 20000, "en-yy": 1000}
N_TEST = 60
SAMPLES = ["--bootstrap-samples", "100"]


def references(pair):
    rng = random.Random(pair)
    return [" ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 10))) for _ in range(N_TEST)]


def noisy(refs, keep, seed):
    """Each reference word kept with probability ``keep``, else replaced by a random word."""
    rng = random.Random(seed)
    return [" ".join(w if rng.random() < keep else rng.choice(WORDS) for w in r.split()) for r in refs]


def write_run(root, name, hyps, sizes=PAIRS, refs=None, split="test"):
    """A run folder as scripts/results.sh leaves it: eval/ from mtl-nmt-eval, then row.json."""
    out = os.path.join(root, name)
    edir = os.path.join(out, "eval")
    os.makedirs(edir)
    scores = []
    for pair, pair_hyps in hyps.items():
        tgt = pair.split("-")[1]
        pair_refs = (refs or {}).get(pair) or references(pair)
        for kind, lines in (("hyp", pair_hyps), ("ref", pair_refs)):
            with open(os.path.join(edir, f"{kind}.{split}.{pair}.{tgt}"), "w", encoding="utf-8") as f:
                f.write("".join(line + "\n" for line in lines))
        scores.append(score_pair(pair, pair_hyps, pair_refs, sizes.get(pair, 0), tokenize="auto"))
    extra = {"checkpoint": f"{out}/checkpoints/checkpoint_best.pt", "split": split, "beam": 5, "lenpen": 1.0,
             "engine": "fairseq", "tokenize": "auto"}
    write_results(scores, group_means(scores, 5000), f"{edir}/scores.json", f"{edir}/scores.csv", extra=extra)
    with open(f"{edir}/scores.json", encoding="utf-8") as f:
        row = {"name": name, "options": "--seed 1", "train_seconds": 10, "words_per_second": 1000, **json.load(f)}
    with open(os.path.join(out, "row.json"), "w", encoding="utf-8") as f:
        json.dump(row, f, indent=2)
    return out


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """good (90% of reference words kept), bad (40%), same (= bad's hypotheses): seeds 1-3."""
    root = str(tmp_path_factory.mktemp("runs"))
    made = {}
    for seed in (1, 2, 3):
        bad = {p: noisy(references(p), 0.4, f"{p}/{seed}/bad") for p in PAIRS}
        made[f"bad_s{seed}"] = write_run(root, f"bad_s{seed}", bad)
        made[f"same_s{seed}"] = write_run(root, f"same_s{seed}", bad)
        made[f"good_s{seed}"] = write_run(root, f"good_s{seed}", {p: noisy(references(p), 0.9, f"{p}/{seed}/good")
                                                                   for p in PAIRS})
    made["root"] = root
    return made


def run_dirs(runs, system, seeds=(1, 2, 3)):
    return [runs[f"{system}_s{s}"] for s in seeds]


def error_of(argv):
    return cli_error(main, "mtl-nmt-compare", argv)


def test_clearly_better_system_is_significant(runs, tmp_path):
    out = str(tmp_path / "out")
    comp = run(run_dirs(runs, "good") + ["--reference"] + run_dirs(runs, "bad") + SAMPLES + ["--out", out])
    assert [s.label for s in comp.systems] == ["bad", "good"] and comp.reference == "bad"
    for pair in PAIRS:
        cell, ref = comp.cells[("good", pair)], comp.cells[("bad", pair)]
        bleu = [json.load(open(f"{d}/eval/scores.json"))["pairs"][list(PAIRS).index(pair)]["bleu"]
                for d in run_dirs(runs, "good")]
        assert cell.scores["bleu"] == bleu
        assert cell.std("bleu") == pytest.approx(statistics.stdev(bleu))
        assert cell.delta["bleu"] == pytest.approx(cell.mean("bleu") - ref.mean("bleu")) and cell.delta["bleu"] > 10
        assert cell.p["bleu"] < 0.05 and cell.p["chrf"] < 0.05
    assert comp.group_pairs("low") == ["en-yy"] and comp.group_pairs("high") == ["en-xx"]
    assert all(comp.cells[("good", "low")].scores[m] == comp.cells[("good", "en-yy")].scores[m] for m in ("bleu", "chrf"))
    all_mean = comp.cells[("good", "all")].mean("bleu")
    assert all_mean == pytest.approx(sum(comp.cells[("good", p)].mean("bleu") for p in PAIRS) / 2)
    md = open(os.path.join(out, "compare.md"), encoding="utf-8").read()
    assert "| good | 3 |" in md and "\\*)" in md and "en-yy (1,000)" in md and "delta_bleu.png" in md
    rows = {(r["system"], r["pair"]): r for r in csv.DictReader(open(os.path.join(out, "compare.csv")))}
    assert rows[("good", "en-xx")]["significant_bleu"] == "True" and rows[("bad", "en-xx")]["p_bleu"] == ""
    assert float(rows[("good", "mean_low")]["delta_bleu"]) == pytest.approx(comp.cells[("good", "low")].delta["bleu"],
                                                                           abs=1e-3)
    with open(os.path.join(out, "delta_bleu.png"), "rb") as f:
        assert f.read(8) == b"\x89PNG\r\n\x1a\n"


def test_identical_systems_are_not_significant(runs, capsys):
    argv = run_dirs(runs, "same") + ["--reference"] + run_dirs(runs, "bad") + SAMPLES
    assert main(argv) is None  # the console script's exit status is 0
    printed = capsys.readouterr().out
    comp = run(argv)
    for pair in PAIRS:
        cell = comp.cells[("same", pair)]
        assert cell.delta == {"bleu": 0.0, "chrf": 0.0}
        assert cell.p["bleu"] >= 0.05 and cell.p["chrf"] >= 0.05
    assert "(+0.00)" in printed and "\\*" not in printed.split("### Paired")[0]


def test_bootstrap_p_values():
    refs = references("en-xx")
    bad, good = noisy(refs, 0.4, 1), noisy(refs, 0.9, 2)
    result = paired_bootstrap(bad, {"good": good, "same": list(bad)}, refs, "13a", n_samples=100)
    assert result["good"]["bleu"] < 0.05 and result["same"] == {"bleu": 1.0, "chrf": 1.0}
    slightly = list(bad)
    slightly[0] = refs[0]  # one sentence better: no evidence of a difference
    assert paired_bootstrap(bad, {"s": slightly}, refs, "13a", n_samples=100)["s"]["bleu"] >= 0.05


def test_per_seed_pairing_and_seed_subsets(runs):
    comp = run(run_dirs(runs, "good") + ["--reference"] + run_dirs(runs, "bad") + SAMPLES +
                ["--pairing", "per-seed"])
    assert all(comp.cells[("good", p)].p["bleu"] < 0.05 for p in PAIRS)
    # pooled: two seeds of a system against the reference's runs of the same seeds
    comp = run(run_dirs(runs, "good", (1, 3)) + ["--reference"] + run_dirs(runs, "bad") + SAMPLES)
    assert len(comp.systems[1].runs) == 2 and comp.cells[("good", "en-xx")].p["bleu"] < 0.05
    message = error_of(run_dirs(runs, "good", (1, 3)) + ["--reference"] + run_dirs(runs, "bad") + SAMPLES +
                       ["--pairing", "per-seed"])
    assert "a seed is missing" in message and "1,3" in message


def test_explicit_systems_and_seed_names(runs):
    comp = run(["--system", "T=5=" + ",".join(run_dirs(runs, "good")), "--reference",
                 "T1=" + ",".join(run_dirs(runs, "bad"))] + SAMPLES)
    assert [s.label for s in comp.systems] == ["T1", "T=5"] and comp.systems[1].seeds == [1, 2, 3]
    assert split_seed("t5_s2") == ("t5", 2) and split_seed("heat-seed12") == ("heat", 12)
    assert split_seed("t5.s3") == ("t5", 3) and split_seed("unimax") == ("unimax", None)


def copy_run(runs, name, tmp_path, new_name=None):
    return shutil.copytree(runs[name], str(tmp_path / (new_name or name)))


def rewrite(path, change):
    lines = open(path, encoding="utf-8").read().splitlines()
    with open(path, "w", encoding="utf-8") as f:
        f.write("".join(line + "\n" for line in change(lines)))


def test_missing_runs_and_files(runs, tmp_path):
    ref = ["--reference"] + run_dirs(runs, "bad")
    assert "does not exist" in error_of([str(tmp_path / "nope")] + ref)
    os.makedirs(tmp_path / "empty")
    assert "has no eval/scores.json" in error_of([str(tmp_path / "empty")] + ref)
    folder = copy_run(runs, "good_s1", tmp_path)
    os.remove(os.path.join(folder, "eval", "hyp.test.en-yy.yy"))
    assert "hyp.test.en-yy.yy are missing" in error_of([folder] + ref)
    assert "nothing to compare" in error_of(ref)
    assert "given twice" in error_of([runs["bad_s1"]] + ref)
    assert "belong to 2 systems" in error_of(["--reference", runs["bad_s1"], runs["good_s1"]])


def test_references_from_raw_dir(runs, tmp_path):
    folder = copy_run(runs, "good_s1", tmp_path)
    for pair in PAIRS:
        os.remove(os.path.join(folder, "eval", f"ref.test.{pair}.{pair[-2:]}"))
    ref = ["--reference", runs["bad_s1"]]
    assert "pass --raw-dir" in error_of([folder] + ref + SAMPLES)
    raw = tmp_path / "raw"
    raw.mkdir()
    for pair in PAIRS:
        (raw / f"test.{pair}.{pair[-2:]}").write_text("".join(r + "\n" for r in references(pair)), encoding="utf-8")
    comp = run([folder] + ref + SAMPLES + ["--raw-dir", str(raw)])
    assert comp.cells[("good", "en-xx")].p["bleu"] < 0.05


def test_mismatched_test_sets_and_pairs(runs, tmp_path):
    ref = ["--reference"] + run_dirs(runs, "bad")
    folder = copy_run(runs, "good_s1", tmp_path)
    rewrite(os.path.join(folder, "eval", "ref.test.en-xx.xx"), lambda lines: ["changed"] + lines[1:])
    assert "different test sets for en-xx" in error_of([folder] + ref)
    refs = {"en-xx": references("en-xx")[:-1]}
    short = write_run(str(tmp_path), "short_s1", {"en-xx": refs["en-xx"], "en-yy": references("en-yy")}, refs=refs)
    assert "different test sets for en-xx" in error_of([short] + ref)
    fewer = write_run(str(tmp_path), "fewer_s1", {"en-xx": references("en-xx")})
    assert "different pair sets" in error_of([fewer] + ref)
    other = write_run(str(tmp_path), "other_s1", {p: references(p) for p in PAIRS}, sizes={"en-xx": 20000, "en-yy": 9})
    assert "trained on different data" in error_of([other] + ref)


def test_seed_missing_in_reference(runs, tmp_path):
    extra = copy_run(runs, "good_s1", tmp_path, "good_s4")
    rewrite(os.path.join(extra, "row.json"), lambda lines: [x.replace('"good_s1"', '"good_s4"') for x in lines])
    message = error_of(run_dirs(runs, "good") + [extra, "--reference"] + run_dirs(runs, "bad"))
    assert "seed(s) 4 of good have no run of the reference bad" in message
    dup = copy_run(runs, "good_s1", tmp_path, "good_copy")
    assert "all have seed 1" in error_of([runs["good_s1"], dup, "--reference"] + run_dirs(runs, "bad"))


def test_bad_hypotheses(runs, tmp_path):
    ref = ["--reference"] + run_dirs(runs, "bad")
    folder = copy_run(runs, "good_s1", tmp_path)
    rewrite(os.path.join(folder, "eval", "hyp.test.en-yy.yy"), lambda lines: [""] * len(lines))
    assert "empty hypotheses" in error_of([folder] + ref)
    rewrite(os.path.join(folder, "eval", "hyp.test.en-yy.yy"), lambda lines: [])
    assert "empty hypotheses" in error_of([folder] + ref)
    shutil.copy(os.path.join(runs["good_s1"], "eval", "hyp.test.en-yy.yy"), os.path.join(folder, "eval"))
    rewrite(os.path.join(folder, "eval", "hyp.test.en-yy.yy"), lambda lines: lines[:-2])
    assert f"{N_TEST - 2} hypotheses for {N_TEST} references" in error_of([folder] + ref)


def test_training_sizes(runs, tmp_path):
    unknown = write_run(str(tmp_path), "nosize_s1", {p: noisy(references(p), 0.9, p) for p in PAIRS}, sizes={})
    ref_unknown = write_run(str(tmp_path), "refnosize_s1", {p: noisy(references(p), 0.4, p) for p in PAIRS}, sizes={})
    assert "training size of en-xx, en-yy unknown" in error_of([unknown, "--reference", ref_unknown])
    comp = run([unknown, "--reference", ref_unknown, "--train-sizes", "en-xx=300,en-yy=7000",
                 "--low-resource-max", "500"] + SAMPLES)
    assert comp.train_sizes == {"en-xx": 300, "en-yy": 7000} and comp.group_pairs("low") == ["en-xx"]
    assert "is not PAIR=N" in error_of([unknown, "--reference", ref_unknown, "--train-sizes", "en-xx:3"])


def write_log(run_dir, losses, interval=500):
    """A fairseq-train --log-format simple log with one validation per ``interval`` updates."""
    lines = [f"2026-11-30 12:00:00 | INFO | valid | epoch 001 | valid on 'valid' subset | loss {loss:.3f} | "
             f"nll_loss {loss - 1:.3f} | ppl 10 | wps 100 | wpb 100 | bsz 10 | num_updates {interval * (i + 1)}"
             for i, loss in enumerate(losses)]
    with open(os.path.join(run_dir, "train.log"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def test_dev_loss_table_and_updates_to_reach_the_reference(tmp_path):
    from mtl_nmt.reporting.dev_curves import updates_to_reach

    assert updates_to_reach(([500, 1000, 1500], [8.0, 7.0, 6.5]), 7.0) == 1000
    assert updates_to_reach(([500, 1000], [8.0, 7.5]), 7.0) is None
    root = str(tmp_path / "runs")
    hyps = {p: noisy(references(p), 0.6, p) for p in PAIRS}
    curves = {"ref_s1": [8.0, 7.0, 6.4], "ref_s2": [8.2, 7.2, 6.6],      # reference's final mean: 6.5
              "fast_s1": [7.0, 6.5, 6.0], "fast_s2": [7.5, 6.4, 6.1],    # reach it at 1,000 updates
              "slow_s1": [8.5, 7.5, 6.9], "slow_s2": [8.5, 7.0, 6.5]}    # seed 1 never, seed 2 at 1,500
    dirs = {name: write_run(root, name, hyps) for name in curves}
    for name, losses in curves.items():
        write_log(dirs[name], losses)
    out = str(tmp_path / "out")
    argv = [dirs[n] for n in ("fast_s1", "fast_s2", "slow_s1", "slow_s2")] + ["--reference", dirs["ref_s1"],
                                                                              dirs["ref_s2"], *SAMPLES, "--out", out]
    run(argv)
    md = open(os.path.join(out, "compare.md"), encoding="utf-8").read()
    assert "final dev loss (6.500)" in md
    assert "| ref | 2 | 6.500 ± 0.141 | 1,500, not reached |" in md           # seed 2 ends above the mean
    assert "| fast | 2 | 6.050 ± 0.071 | 1,000, 1,000 (mean 1,000) |" in md
    assert "| slow | 2 | 6.700 ± 0.283 | not reached, 1,500 |" in md
    with open(os.path.join(out, "dev_loss.png"), "rb") as f:
        assert f.read(8) == b"\x89PNG\r\n\x1a\n"
    os.remove(os.path.join(dirs["ref_s2"], "train.log"))   # a reference run without a log: no dev table
    shutil.rmtree(out)
    run(argv)
    assert "Dev loss" not in open(os.path.join(out, "compare.md"), encoding="utf-8").read()
    assert not os.path.exists(os.path.join(out, "dev_loss.png"))


def test_output_length_ratio_is_reported(runs, tmp_path):
    """Hypotheses cut to their first half of words: BLEU's sys_len / ref_len ≈ 0.5 per pair, in the
    Markdown table and the CSV; the full-length reference system is at 1."""
    root = tmp_path / "short"
    short = [write_run(str(root), f"short_s{seed}", {p: [" ".join(r.split()[: len(r.split()) // 2])
                                                         for r in references(p)] for p in PAIRS})
             for seed in (1, 2)]
    full = [write_run(str(root), f"full_s{seed}", {p: references(p) for p in PAIRS}) for seed in (1, 2)]
    out = str(tmp_path / "out")
    comp = run(short + ["--reference"] + full + SAMPLES + ["--out", out])
    expected = {p: sum(len(r.split()) // 2 for r in references(p)) / sum(len(r.split()) for r in references(p))
                for p in PAIRS}
    for pair in PAIRS:
        assert comp.cells[("short", pair)].scores["length_ratio"] == pytest.approx([expected[pair]] * 2, abs=1e-4)
        assert expected[pair] < 0.6 and comp.cells[("full", pair)].scores["length_ratio"] == [1.0, 1.0]
    md = open(os.path.join(out, "compare.md"), encoding="utf-8").read()
    table = md.split("### Output length")[1].split("###")[0]
    assert "| full | 1.000 ± 0.000 | 1.000 ± 0.000 |" in table
    assert "| short | " + " | ".join(f"{expected[p]:.3f} ± 0.000" for p in PAIRS) + " |" in table
    rows = {(r["system"], r["pair"]): r for r in csv.DictReader(open(os.path.join(out, "compare.csv")))}
    assert float(rows[("short", "en-yy")]["length_ratio_mean"]) == pytest.approx(expected["en-yy"], abs=1e-4)
    assert rows[("short", "mean_all")]["length_ratio_mean"] == ""


def test_archived_runs_compare_like_the_originals(tmp_path):
    """scripts/archive_runs.sh keeps what compare reads (row.json, scores, hypotheses, log lines), drops
    the references (read from --raw-dir instead) and noise, and refuses unfinished runs in one line."""
    import subprocess

    script = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "scripts", "archive_runs.sh")
    root = str(tmp_path / "runs")
    dirs = {}
    for name, keep, losses in (("ref_s1", 0.4, [8.0, 7.0]), ("ref_s2", 0.4, [8.1, 7.1]),
                               ("good_s1", 0.9, [7.5, 6.5]), ("good_s2", 0.9, [7.6, 6.6])):
        dirs[name] = write_run(root, name, {p: noisy(references(p), keep, f"{p}/{name}") for p in PAIRS})
        write_log(dirs[name], losses)
        with open(os.path.join(dirs[name], "train.log"), "a", encoding="utf-8") as f:
            f.write("UserWarning: noise\n2026-11-30 12:00:00 | INFO | train_inner | epoch 001:    100 / 10 "
                    "loss=9.1, prob_en-xx=0.7, prob_en-yy=0.3, num_updates=100\n")
    archive = tmp_path / "archive"
    proc = subprocess.run(["bash", script, str(archive), *dirs.values()], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    kept = sorted(os.listdir(archive / "good_s1" / "eval"))
    assert kept == ["hyp.test.en-xx.xx", "hyp.test.en-yy.yy", "scores.json"]
    log = (archive / "good_s1" / "train.log").read_text(encoding="utf-8")
    assert "noise" not in log and log.count("| valid |") == 2 and "prob_en-yy=0.3" in log

    raw = tmp_path / "raw"
    raw.mkdir()
    for pair in PAIRS:
        (raw / f"test.{pair}.{pair[-2:]}").write_text("".join(r + "\n" for r in references(pair)), encoding="utf-8")
    original = run([dirs["good_s1"], dirs["good_s2"], "--reference", dirs["ref_s1"], dirs["ref_s2"], *SAMPLES,
                    "--out", str(tmp_path / "o1")])
    archived = run([str(archive / "good_s1"), str(archive / "good_s2"), "--reference", str(archive / "ref_s1"),
                    str(archive / "ref_s2"), *SAMPLES, "--raw-dir", str(raw), "--out", str(tmp_path / "o2")])
    for pair in PAIRS:
        a, b = original.cells[("good", pair)], archived.cells[("good", pair)]
        assert a.p == b.p and a.p["bleu"] < 0.05
    assert (open(tmp_path / "o1" / "compare.md", encoding="utf-8").read()
            == open(tmp_path / "o2" / "compare.md", encoding="utf-8").read())

    os.remove(os.path.join(dirs["ref_s2"], "row.json"))
    proc = subprocess.run(["bash", script, str(tmp_path / "a2"), dirs["ref_s1"], dirs["ref_s2"]],
                          capture_output=True, text=True)
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1
    assert proc.stderr.startswith(f"archive_runs.sh: error: {dirs['ref_s2']} has no row.json")
    assert not (tmp_path / "a2").exists()


def test_welch_p_matches_the_hand_computed_test():
    """a = 1,2,3, b = 4,5,6: t = −3 / sqrt(1/3 + 1/3) = −3.674, Welch–Satterthwaite df = 4,
    two-sided p = 2·P(T_4 > 3.674) = 0.0213; one seed: no test; no variance: 1 if equal, else 0."""
    from mtl_nmt.reporting.significance import welch_p

    assert welch_p([1, 2, 3], [4, 5, 6]) == pytest.approx(0.02131, abs=1e-4)
    assert welch_p([1, 2, 3], [1.5, 2.5, 3.5]) > 0.5
    assert math.isnan(welch_p([1.0], [4, 5, 6]))
    assert welch_p([2, 2], [2, 2]) == 1.0 and welch_p([2, 2], [3, 3]) == 0.0


def test_marks_come_from_the_across_seed_test_and_words_per_update_are_checked(runs, tmp_path):
    """A system far better on every seed gets its mark from Welch across seeds; a one-seed system
    gets none even when the bootstrap over sentences says p < 0.05; compared systems whose logged
    words per update differ by more than 2% are named in a warning."""
    for system, wpb in (("bad", 1600.0), ("good", 1700.0)):
        for d in run_dirs(runs, system):
            with open(os.path.join(d, "train.log"), "w", encoding="utf-8") as f:
                for u in (100, 200):
                    f.write(f"2026-12-06 10:00:00 | INFO | train_inner | epoch 001:    {u} / 900 loss=5.1, "
                            f"wpb={wpb + u / 100}, bsz=60, num_updates={u}, lr=0.003\n")
    try:
        _check_marks_and_words(runs)
    finally:
        for d in run_dirs(runs, "bad") + run_dirs(runs, "good"):
            os.remove(os.path.join(d, "train.log"))


def _check_marks_and_words(runs):
    comp = run(run_dirs(runs, "good") + ["--reference"] + run_dirs(runs, "bad") + SAMPLES)
    assert comp.words_per_update == {"bad": pytest.approx(1601.5), "good": pytest.approx(1701.5)}
    [warning] = comp.words_warnings()
    assert warning.startswith("good trained with 1,702 target words per update") and "+6.2%" in warning
    md = markdown(comp)
    assert "**Warning:** good trained" in md and "| good | 1,702 | +6.2% |" in md
    for pair in PAIRS:
        cell = comp.cells[("good", pair)]
        assert cell.p_seeds["bleu"] < 0.05 and "\\*)" in md
    one_seed = run(run_dirs(runs, "good", seeds=(1,)) + ["--reference"] + run_dirs(runs, "bad") + SAMPLES)
    cell = one_seed.cells[("good", list(PAIRS)[0])]
    assert cell.p["bleu"] < 0.05 and math.isnan(cell.p_seeds["bleu"])
    assert "\\*" not in markdown(one_seed).split("### Across")[0]
    from mtl_nmt.reporting.compare_plot import marked

    assert marked([cell], one_seed.alpha) == [False]  # the plot fills no marker the tables leave unmarked
    assert marked([comp.cells[("good", p)] for p in PAIRS], comp.alpha) == [True] * len(PAIRS)


def test_words_per_update_of_the_seeds_that_logged_it(runs):
    """A seed whose log has no train_inner line (a lost log) leaves the system's words per update to
    the other seeds, and the table says on how many seeds it rests."""
    logged = run_dirs(runs, "good", seeds=(1, 2))
    for wpb, d in zip((1700.0, 1710.0), logged):
        with open(os.path.join(d, "train.log"), "w", encoding="utf-8") as f:
            f.write("2026-12-06 10:00:00 | INFO | train_inner | epoch 001:    100 / 900 loss=5.1, "
                    f"wpb={wpb}, bsz=60, num_updates=100, lr=0.003\n")
    try:
        comp = run(run_dirs(runs, "good") + ["--reference"] + run_dirs(runs, "bad") + SAMPLES)
    finally:
        for d in logged:
            os.remove(os.path.join(d, "train.log"))
    assert comp.words_per_update["good"] == pytest.approx(1705.0) and comp.words_per_update["bad"] is None
    assert comp.words_seeds == {"good": (2, 3), "bad": (0, 3)}
    assert "| good | 1,705 (2 of 3 seeds) |" in markdown(comp)


def test_pairing_none_compares_seeds_that_do_not_match(runs, tmp_path):
    """Three seeds against a reference of two: the pooled bootstrap refuses (and names --pairing none);
    --pairing none gives Welch's t over the per-seed scores alone, no bootstrap table, and plots."""
    from mtl_nmt.reporting.significance import welch_p

    argv = run_dirs(runs, "good") + ["--reference"] + run_dirs(runs, "bad", (1, 2)) + SAMPLES
    assert "--pairing none" in error_of(argv)
    comp = run(argv + ["--pairing", "none", "--out", str(tmp_path / "cmp")])
    for pair in PAIRS:
        good, bad = comp.cells[("good", pair)], comp.cells[("bad", pair)]
        assert len(good.scores["bleu"]) == 3 and len(bad.scores["bleu"]) == 2
        assert good.p_seeds["bleu"] == pytest.approx(welch_p(good.scores["bleu"], bad.scores["bleu"]))
        assert good.p_seeds["bleu"] < 0.05 and good.p == {}
    md = (tmp_path / "cmp" / "compare.md").read_text(encoding="utf-8")
    assert "Paired bootstrap" not in md and "--pairing none" in md and "\\*)" in md
    with open(tmp_path / "cmp" / "compare.csv", encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["system"] == "good"]
    assert rows and all(r["p_bleu"] == "" and r["significant_bleu"] == "True" for r in rows)
    assert (tmp_path / "cmp" / "delta_bleu.png").stat().st_size > 0
