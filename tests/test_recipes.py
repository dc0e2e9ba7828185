"""Benchmark data steps (download → verify → extract → convert) on fabricated archives in the real
formats, served from file:// URLs, and the ted8_related recipe's data+prepare steps end to end."""
import hashlib
import io
import json
import os
import subprocess
import sys
import tarfile

import pytest

from mtl_nmt.benchmarks import BENCHMARKS, flores, iwslt17, ted
from mtl_nmt.benchmarks.download import ChecksumError, Source, fetch, tofu_path
from mtl_nmt.cli import benchmark_data
from mtl_nmt.errors import MtlNmtError

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORDS = "house tree river stone cloud light water fire green small open table window paper music".split()


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def make_tar(path, files):
    """A gzipped tar with the given {member name: text}."""
    with tarfile.open(path, "w:gz") as tf:
        for name, text in files.items():
            data = text.encode("utf-8")
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    return path


def lines_of(path):
    with open(path, encoding="utf-8") as f:
        return f.read().split("\n")[:-1]


def cli(*argv):
    benchmark_data.main(list(argv))


# ----------------------------------------------------------------------------- download


def test_fetch_verifies_skips_and_rejects_mismatch(tmp_path, capsys):
    src_file = tmp_path / "a.tar.gz"
    make_tar(src_file, {"x/all_talks_dev.tsv": "talk_name\ten\n"})
    good = Source(url=src_file.as_uri(), filename="a.tar.gz", sha256=sha256(src_file))
    path = fetch(good, str(tmp_path / "dl"))
    assert sha256(path) == good.sha256
    assert "downloaded and verified" in capsys.readouterr().out
    fetch(good, str(tmp_path / "dl"))
    assert "present and verified, skipping" in capsys.readouterr().out
    # A wrong pinned checksum: one clear error, the bad file moved aside so a rerun downloads again.
    bad = Source(url=src_file.as_uri(), filename="b.tar.gz", sha256="0" * 64, checksum_from="a test")
    with pytest.raises(ChecksumError, match=r"checksum mismatch .* expected sha256 0{64} \(published in a test\)"):
        fetch(bad, str(tmp_path / "dl"))
    assert not os.path.exists(tmp_path / "dl" / "b.tar.gz") and os.path.exists(tmp_path / "dl" / "b.tar.gz.corrupt")
    md5_bad = Source(url=src_file.as_uri(), filename="c.tar.gz", md5="f" * 32)
    with pytest.raises(ChecksumError, match="expected md5"):
        fetch(md5_bad, str(tmp_path / "dl"))


def test_fetch_trust_on_first_use(tmp_path, capsys):
    src_file = tmp_path / "f.tar.gz"
    make_tar(src_file, {"flores200_dataset/devtest/eng_Latn.devtest": "a\n"})
    source = Source(url=src_file.as_uri(), filename="f.tar.gz")
    path = fetch(source, str(tmp_path / "dl"))
    assert "trust on first use" in capsys.readouterr().out
    with open(tofu_path(path)) as f:
        assert f.read().split()[0] == sha256(src_file)
    # The file changes behind our back: the recorded checksum catches it.
    with open(path, "ab") as f:
        f.write(b"tampered")
    os.utime(path, (1, 1))
    with pytest.raises(ChecksumError, match="recorded at first download"):
        fetch(source, str(tmp_path / "dl"))


def test_cli_download_mismatch_is_one_line(tmp_path):
    src_file = make_tar(tmp_path / "ted_talks.tar.gz", {"all_talks_dev.tsv": "talk_name\ten\n"})
    with pytest.raises(SystemExit) as exc:
        cli("download", "ted8_related", "--dest", str(tmp_path / "dl"), "--url", src_file.as_uri(), "--sha256", "1" * 64)
    msg = str(exc.value.code)
    assert "\n" not in msg and msg.startswith("mtl-nmt-benchmark-data download: error: checksum mismatch")
    with pytest.raises(SystemExit) as exc:
        cli("download", "wmt14", "--dest", str(tmp_path / "dl"))
    assert str(exc.value.code).startswith("mtl-nmt-benchmark-data download: error: unknown data source 'wmt14'")


def test_recipes_take_their_pairs_from_the_registry(capsys):
    """No recipe or training script keeps its own copy of a benchmark's pairs: the recipe asks
    mtl_nmt.benchmarks through ``mtl-nmt-benchmark-data pairs BENCH``, the training scripts read them
    from configs/ or the data-bin (mtl-nmt-args)."""
    scripts = {name: os.path.join(ROOT, "scripts", *name.split("/")) for name in
               ("recipes/run.sh", "recipes/common.sh", "train.sh", "results.sh", "grid.sh", "baselines.sh")}
    for name, path in scripts.items():
        with open(path, encoding="utf-8") as f:
            code = "".join(line for line in f if not line.lstrip().startswith("#"))
        assert not any(",".join(b.pairs) in code for b in BENCHMARKS.values()), name
    assert "set_pairs" in open(scripts["recipes/run.sh"], encoding="utf-8").read()
    for name, bench in BENCHMARKS.items():
        benchmark_data.main(["pairs", name])
        assert capsys.readouterr().out.strip() == ",".join(bench.pairs)


# ----------------------------------------------------------------------------- TED-8

TED_LANGS = ["en", "es", "pt-br", "pt", "az", "be", "gl", "sk", "tr", "ru", "cs", "bs", "mr", "hi", "mk",
             "el", "bg", "fr", "ko"]


def ted_tsv(n_rows, seed):
    """A TSV in the Qi et al. layout; cells NULL / '_ _ NULL _ _' / empty here and there."""
    rows = ["\t".join(["talk_name"] + TED_LANGS)]
    for i in range(n_rows):
        cells = [f"talk_{i // 5}"]
        for j, lang in enumerate(TED_LANGS):
            words = " ".join(WORDS[(i * 7 + j * 3 + k + seed) % len(WORDS)] for k in range(4 + i % 5))
            text = f"{words} {lang} it &apos;s &quot;{i}&quot; ."
            if lang == "az" and i % 4 == 1:
                text = "__NULL__"
            if lang == "be" and i % 5 == 2:
                text = "_ _ NULL _ _"
            if lang == "gl" and i % 6 == 3:
                text = ""
            cells.append(text)
        rows.append("\t".join(cells))
    rows.append("talk_x\tonly two cells")  # malformed: counted, not silently lost
    return "\n".join(rows) + "\n"


@pytest.fixture
def ted_archive(tmp_path):
    os.makedirs(tmp_path / "src")
    return make_tar(tmp_path / "src" / "ted_talks.tar.gz", {
        "ted_talks/all_talks_train.tsv": ted_tsv(40, 0),
        "ted_talks/all_talks_dev.tsv": ted_tsv(12, 1),
        "ted_talks/all_talks_test.tsv": ted_tsv(12, 2),
        "ted_talks/README": "not needed\n",
    })


def test_ted_data_steps(tmp_path, ted_archive, capsys):
    work = tmp_path / "w"
    pairs = BENCHMARKS["ted8_related"].pairs
    cli("download", "ted8_related", "--dest", str(work / "dl"), "--url", ted_archive.as_uri(),
        "--sha256", sha256(ted_archive))
    cli("extract", "ted8_related", "--download-dir", str(work / "dl"), "--dest", str(work / "ex"))
    cli("convert", "ted8_related", "--src", str(work / "ex"), "--raw-dir", str(work / "raw"))
    out = capsys.readouterr().out
    assert "az-en train: " in out and "NULL" in out
    stats = json.load(open(work / "raw" / "stats.json"))
    assert stats["columns"]["pt"] == "pt-br"
    for pair in pairs:
        src, tgt = pair.split("-")
        for split, n_rows in (("train", 40), ("valid", 12), ("test", 12)):
            c = stats["pairs"][pair][split]
            assert c["written"] + c["null"] + c["empty"] + c["malformed"] == n_rows + 1
            assert c["malformed"] == 1
            s, t = lines_of(work / "raw" / f"{split}.{pair}.{src}"), lines_of(work / "raw" / f"{split}.{pair}.{tgt}")
            assert len(s) == len(t) == c["written"]
    # NULL / empty cells are skipped and counted: az 1 in 4 rows, be 1 in 5 (spaced NULL), gl 1 in 6.
    assert stats["pairs"]["az-en"]["train"]["null"] == 10
    assert stats["pairs"]["be-en"]["train"]["null"] == 8
    assert stats["pairs"]["gl-en"]["train"]["empty"] == 7
    assert stats["pairs"]["tr-en"]["train"]["written"] == 40
    first_pt = lines_of(work / "raw" / "train.pt-en.pt")[0]
    assert first_pt.split()[4] == "pt-br" and "it 's \"0\" ." in first_pt  # pt-br column, escapes undone
    # Reruns skip every step.
    cli("download", "ted8_related", "--dest", str(work / "dl"), "--url", ted_archive.as_uri(),
        "--sha256", sha256(ted_archive))
    cli("extract", "ted8_related", "--download-dir", str(work / "dl"), "--dest", str(work / "ex"))
    cli("convert", "ted8_related", "--src", str(work / "ex"), "--raw-dir", str(work / "raw"))
    out = capsys.readouterr().out
    assert "skipping download" in out and "already extracted" in out and "up to date" in out


def test_ted_missing_column_is_an_error(tmp_path):
    (tmp_path / "all_talks_train.tsv").write_text("talk_name\ten\taz\nt\ta b\tc d\n", encoding="utf-8")
    with pytest.raises(MtlNmtError, match=r"no column for be \(column be\)"):
        ted.convert(str(tmp_path), str(tmp_path / "raw"), ["az-en", "be-en"])


# ----------------------------------------------------------------------------- IWSLT17

def iwslt_train(lang, n):
    lines = [f"<url>http://www.ted.com/talks/t{lang}</url>", "<keywords>talks, science</keywords>",
             "<speaker>Someone</speaker>", "<talkid>1</talkid>", f"<title>Title {lang}</title>",
             f"<description>TED Talk Subtitles and Transcript: about {lang}</description>"]
    for i in range(n):
        lines.append("" if i == 3 else f"{lang} sentence {i} {WORDS[i % len(WORDS)]} <b> x")
    lines += ["<reviewer href=\"x\">R</reviewer>", "<translator href=\"y\">T</translator>"]
    return "\n".join(lines) + "\n"


def iwslt_xml(lang, setname, n, side):
    tag = "srcset" if side == 0 else "refset"
    out = ['<?xml version="1.0" encoding="UTF-8"?>', "<mteval>", f'<{tag} setid="iwslt2017-{setname}" srclang="x">',
           '<doc docid="535" genre="lectures">', "<url>http://x</url>", "<talkid>535</talkid>"]
    out += [f'<seg id="{i + 1}"> {lang} {setname} seg {i} &amp; &quot;q&quot; </seg>' for i in range(n)]
    out += ["</doc>", f"</{tag}>", "</mteval>"]
    return "\n".join(out) + "\n"


@pytest.fixture
def iwslt_archive(tmp_path):
    files = {}
    d = "DeEnItNlRo-DeEnItNlRo"
    for a, b in (("de", "en"), ("en", "it"), ("en", "nl"), ("en", "ro"), ("de", "it")):
        for k, lang in enumerate((a, b)):
            files[f"{d}/train.tags.{a}-{b}.{lang}"] = iwslt_train(lang, 20)
            files[f"{d}/IWSLT17.TED.dev2010.{a}-{b}.{lang}.xml"] = iwslt_xml(lang, "dev2010", 6, k)
            files[f"{d}/IWSLT17.TED.tst2010.{a}-{b}.{lang}.xml"] = iwslt_xml(lang, "tst2010", 7, k)
    os.makedirs(tmp_path / "src")
    return make_tar(tmp_path / "src" / "DeEnItNlRo-DeEnItNlRo.tgz", files)


def test_iwslt17_data_steps(tmp_path, iwslt_archive, capsys):
    work = tmp_path / "w"
    cli("download", "iwslt17", "--dest", str(work / "dl"), "--url", iwslt_archive.as_uri(),
        "--sha256", sha256(iwslt_archive))
    cli("extract", "iwslt17", "--download-dir", str(work / "dl"), "--dest", str(work / "ex"))
    assert not os.path.exists(work / "ex" / "train.tags.de-it.de")  # only the needed pairs
    cli("convert", "iwslt17", "--src", str(work / "ex"), "--raw-dir", str(work / "raw"))
    stats = json.load(open(work / "raw" / "stats.json"))
    for pair in BENCHMARKS["iwslt17"].pairs:
        src, tgt = pair.split("-")
        c = stats["pairs"][pair]
        assert c["train"] == {"written": 19, "empty": 1, "metadata": 8}
        assert c["valid"]["written"] == 6 and c["test"]["written"] == 7
        for split, n in (("train", 19), ("valid", 6), ("test", 7)):
            s, t = lines_of(work / "raw" / f"{split}.{pair}.{src}"), lines_of(work / "raw" / f"{split}.{pair}.{tgt}")
            assert len(s) == len(t) == n
            assert all(line.startswith(src + " ") for line in s) and all(line.startswith(tgt + " ") for line in t)
    assert lines_of(work / "raw" / "test.en-de.de")[0] == 'de tst2010 seg 0 & "q"'
    assert lines_of(work / "raw" / "train.de-en.de")[0] == "de sentence 0 house <b> x"  # inline tag kept
    cli("convert", "iwslt17", "--src", str(work / "ex"), "--raw-dir", str(work / "raw"))
    assert "up to date" in capsys.readouterr().out


def test_iwslt17_misaligned_metadata_is_an_error(tmp_path):
    (tmp_path / "a").write_text("<url>u</url>\nhello\n", encoding="utf-8")
    (tmp_path / "b").write_text("hallo\n<url>u</url>\n", encoding="utf-8")
    with pytest.raises(MtlNmtError, match="metadata line facing a sentence"):
        list(iwslt17.read_train_tags(str(tmp_path / "a"), str(tmp_path / "b"), {"metadata": 0, "empty": 0}))


# ----------------------------------------------------------------------------- FLORES


def test_flores_codes_cover_every_benchmark_language():
    langs = {lang for b in BENCHMARKS.values() for p in b.pairs for lang in p.split("-")}
    for lang in langs:
        assert "_" not in flores.flores_code(lang, "flores101")
        assert flores.flores_code(lang, "flores200").startswith(flores.flores_code(lang, "flores101")[:3])
    with pytest.raises(MtlNmtError, match="no FLORES code"):
        flores.flores_code("xx", "flores200")


@pytest.mark.parametrize("version", ["flores101", "flores200"])
def test_flores_data_steps(tmp_path, version, capsys):
    pairs = "az-en,pt-en,ko-en"
    root = f"{version}_dataset"
    files = {}
    for lang in ("az", "pt", "ko", "en", "de"):
        code = flores.flores_code(lang, version)
        files[f"{root}/devtest/{code}.devtest"] = "".join(f"{code} line {i}\n" for i in range(9))
        files[f"{root}/dev/{code}.dev"] = "dev\n"
    os.makedirs(tmp_path / "src")
    archive = make_tar(tmp_path / "src" / f"{version}_dataset.tar.gz", files)
    work = tmp_path / "w"
    cli("download", version, "--dest", str(work / "dl"), "--url", archive.as_uri())  # no checksum: TOFU
    assert "trust on first use" in capsys.readouterr().out
    cli("extract", version, "--download-dir", str(work / "dl"), "--dest", str(work / "ex"), "--pairs", pairs)
    assert sorted(os.listdir(work / "ex" / "devtest")) == sorted(
        f"{flores.flores_code(lang, version)}.devtest" for lang in ("az", "pt", "ko", "en"))
    cli("convert", version, "--src", str(work / "ex"), "--raw-dir", str(work / "raw"), "--pairs", pairs)
    for pair in pairs.split(","):
        src, tgt = pair.split("-")
        s, t = lines_of(work / "raw" / f"test.{pair}.{src}"), lines_of(work / "raw" / f"test.{pair}.{tgt}")
        assert len(s) == len(t) == 9
        assert s[0] == f"{flores.flores_code(src, version)} line 0"
    cli("download", version, "--dest", str(work / "dl"), "--url", archive.as_uri())
    assert "skipping download" in capsys.readouterr().out


# ----------------------------------------------------------------------------- recipes (shell)


def run_recipe(name, env, check=True):
    """scripts/recipes/run.sh NAME METHOD (METHOD from env, default temperature), or flores.sh."""
    env = dict(env)
    full = dict(os.environ, OMP_NUM_THREADS="1", PYTHONWARNINGS="ignore",
                PATH=os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", ""))
    if name == "flores":
        cmd = ["bash", os.path.join(ROOT, "scripts", "recipes", "flores.sh")]
    else:
        cmd = ["bash", os.path.join(ROOT, "scripts", "recipes", "run.sh"), name, env.pop("METHOD", "temperature")]
    proc = subprocess.run(cmd, env={**full, **env}, capture_output=True, text=True, timeout=300)
    if check and proc.returncode != 0:
        raise AssertionError(f"{name} recipe failed ({proc.returncode}):\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}")
    return proc


def test_ted8_recipe_data_and_prepare_end_to_end(tmp_path, ted_archive):
    work = tmp_path / "work"
    env = {"WORK": str(work), "STEPS": "data,prepare", "VOCAB": "100", "WORKERS": "1",
           "DATA_URL": ted_archive.as_uri(), "DATA_SHA256": sha256(ted_archive)}
    proc = run_recipe("ted8_related", env)
    bin_dir = work / "data-bin"
    manifest = json.load(open(bin_dir / "prepare.json"))
    assert manifest["pairs"] == list(BENCHMARKS["ted8_related"].pairs)
    stats = json.load(open(work / "raw" / "stats.json"))
    for pair in BENCHMARKS["ted8_related"].pairs:
        for split in ("train", "valid", "test"):
            assert manifest["counts"][pair][split] == stats["pairs"][pair][split]["written"]
            for lang in pair.split("-"):
                assert os.path.getsize(bin_dir / f"{split}.{pair}.{lang}.bin") > 0
                assert os.path.exists(bin_dir / f"{split}.{pair}.{lang}.idx")
    assert "az-en train: 30 written, skipped 10 NULL" in proc.stdout
    # Rerun: every step is skipped.
    proc = run_recipe("ted8_related", env)
    assert "skipping download" in proc.stdout and "already extracted" in proc.stdout
    assert "up to date" in proc.stdout and "prepared" in proc.stdout

    # FLORES devtest encoded with this data-bin's sentencepiece model and dictionary.
    raw = tmp_path / "flores_raw"
    os.makedirs(raw)
    for pair in ("az-en", "pt-en"):
        for lang in pair.split("-"):
            (raw / f"test.{pair}.{lang}").write_text("".join(f"house tree {i} {lang}\n" for i in range(5)))
    cli("flores-bin", "--data-bin", str(bin_dir), "--raw-dir", str(raw), "--out-dir", str(tmp_path / "fbin"),
        "--pairs", "az-en,pt-en")
    fman = json.load(open(tmp_path / "fbin" / "prepare.json"))
    assert fman["counts"]["az-en"] == {"test": 5, "train": manifest["counts"]["az-en"]["train"]}
    assert os.path.getsize(tmp_path / "fbin" / "test.pt-en.pt.bin") > 0
    assert open(tmp_path / "fbin" / "dict.cs.txt").read() == open(bin_dir / "dict.txt").read()


def test_recipe_errors_are_one_line(tmp_path, ted_archive):
    proc = run_recipe("ted8_diverse", {"WORK": str(tmp_path / "w"), "METHOD": "bogus"}, check=False)
    assert proc.returncode != 0
    methods = sorted(f[:-5] for f in os.listdir(os.path.join(ROOT, "configs", "method")))  # the one list
    assert proc.stderr.strip() == f"run.sh: error: unknown method bogus (choose from: {', '.join(methods)})"
    proc = run_recipe("wmt14", {"WORK": str(tmp_path / "w")}, check=False)
    assert proc.returncode == 2
    assert proc.stderr.startswith("run.sh: error: unknown benchmark wmt14 (choose from: lohelp,")
    proc = subprocess.run(["bash", os.path.join(ROOT, "scripts", "recipes", "run.sh"), "lohelp"], capture_output=True,
                          text=True)
    assert proc.returncode == 2
    assert proc.stderr.startswith("run.sh: error: usage: scripts/recipes/run.sh BENCHMARK METHOD")
    proc = run_recipe("iwslt17", {"WORK": str(tmp_path / "w"), "STEPS": "data,fly"}, check=False)
    assert proc.returncode != 0 and "unknown step 'fly'" in proc.stderr
    proc = run_recipe("ted8_related", {"WORK": str(tmp_path / "w"), "STEPS": "data", "DATA_URL": ted_archive.as_uri(),
                                       "DATA_SHA256": "2" * 64}, check=False)
    assert proc.returncode != 0 and "checksum mismatch" in proc.stderr
    proc = run_recipe("ted8_related", {"WORK": str(tmp_path / "w2"), "STEPS": "train"}, check=False)
    assert proc.returncode != 0
    assert "no data-bin at" in proc.stderr
    proc = run_recipe("flores", {"WORK": str(tmp_path / "w3"), "FLORES": "300"}, check=False)
    assert proc.returncode != 0 and "FLORES=300: choose 200" in proc.stderr


def test_lohelp_recipe_data_step_checks_the_raw_dir(tmp_path):
    raw = tmp_path / "raw"
    os.makedirs(raw)
    for lang in ("de", "fr", "fi", "hi"):
        for split in ("train", "valid", "test"):
            for side in ("en", lang):
                (raw / f"{split}.en-{lang}.{side}").write_text("a b c\n")
    env = {"WORK": str(tmp_path / "w"), "RAW": str(raw), "STEPS": "data"}
    assert "raw files present" in run_recipe("lohelp", env).stdout
    os.remove(raw / "test.en-hi.hi")  # incomplete: it would be rebuilt with build_lohelp.py (no apt here)
    proc = run_recipe("lohelp", dict(env, LOHELP_ARGS="--deb-dir /nonexistent"), check=False)
    assert proc.returncode != 0 and "building the lohelp corpus failed" in proc.stderr
    assert "build_lohelp.py --langs de,fr,fi,hi" in proc.stdout


def test_grid_script_skips_rows_already_done(tmp_path):
    """scripts/grid.sh resumes: rows whose row.json exists are not trained again; comments and
    blank lines of the grid file are not rows."""
    import subprocess

    grid = tmp_path / "grid.txt"
    grid.write_text("# NAME|SEED|run\n\na_s1|1|setup=results method=uniform\n"
                    "b_s2|2|setup=tuned method=fairseq task.sampling_temperature=5\n", encoding="utf-8")
    for name in ("a_s1", "b_s2"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "row.json").write_text("{}", encoding="utf-8")
    out = subprocess.run(["bash", os.path.join(ROOT, "scripts", "grid.sh"), str(grid)], capture_output=True,
                         text=True, env={**os.environ, "RESULTS": str(tmp_path)}, check=True).stdout
    assert "[1/2] a_s1: done before, skipped" in out and "[2/2] b_s2: done before, skipped" in out
    assert "start" not in out and not list(tmp_path.glob("*.out"))


def _grid_with_fake_rows(tmp_path):
    """A copy of scripts/grid.sh beside a fake results.sh that records what it was given."""
    import shutil

    scripts = tmp_path / "scripts"
    scripts.mkdir()
    shutil.copy(os.path.join(ROOT, "scripts", "grid.sh"), scripts / "grid.sh")
    (scripts / "results.sh").write_text(
        '#!/usr/bin/env bash\nmkdir -p "$RESULTS/$1"\n'
        'echo "LR=${LR:-} ARGS=$*" > "$RESULTS/$1/given.txt"\n'
        'echo "{}" > "$RESULTS/$1/row.json"\n', encoding="utf-8")
    return scripts / "grid.sh"


def test_grid_rows_give_their_words_after_the_seed(tmp_path):
    """A row's words go to results.sh after SEED=<its seed>; the environment's shorthands reach every
    row (scripts/train.sh reads them first, so a row's own words win)."""
    import subprocess

    script = _grid_with_fake_rows(tmp_path)
    grid = tmp_path / "grid.txt"
    grid.write_text("a_s1|1|setup=tuned LR=0.003 NORM=pre method=heating task.heating_end_temperature=2\n"
                    "b_s2|2|setup=results method=fairseq\n", encoding="utf-8")
    results = tmp_path / "results"
    subprocess.run(["bash", str(script), str(grid), "1"], capture_output=True, text=True, check=True,
                   env={**os.environ, "RESULTS": str(results), "LR": "0.005"})
    a = (results / "a_s1" / "given.txt").read_text(encoding="utf-8").split()
    b = (results / "b_s2" / "given.txt").read_text(encoding="utf-8").split()
    assert a == ["LR=0.005", "ARGS=a_s1", "SEED=1", "setup=tuned", "LR=0.003", "NORM=pre", "method=heating",
                 "task.heating_end_temperature=2"]
    assert b == ["LR=0.005", "ARGS=b_s2", "SEED=2", "setup=results", "method=fairseq"]
    assert len((results / ".row_seconds").read_text(encoding="utf-8").split()) == 2


def test_grid_does_not_start_rows_that_would_end_after_stop_at(tmp_path):
    """STOP_AT: judged by the longest row finished so far; before any row finished, rows start."""
    import subprocess
    import time

    script = _grid_with_fake_rows(tmp_path)
    grid = tmp_path / "grid.txt"
    grid.write_text("a_s1|1|method=uniform\nb_s1|1|method=heating\n", encoding="utf-8")
    results = tmp_path / "results"
    results.mkdir()
    (results / ".row_seconds").write_text("3\n1000\n", encoding="utf-8")
    env = {**os.environ, "RESULTS": str(results), "STOP_AT": str(int(time.time()) + 100)}
    out = subprocess.run(["bash", str(script), str(grid)], capture_output=True, text=True, check=True, env=env).stdout
    assert "[1/2] a_s1: not started (would end after STOP_AT)" in out and "[2/2] b_s1: not started" in out
    assert not (results / "a_s1").exists() and not (results / "b_s1").exists()
    (results / ".row_seconds").unlink()
    out = subprocess.run(["bash", str(script), str(grid)], capture_output=True, text=True, check=True, env=env).stdout
    assert "not started" not in out and (results / "a_s1" / "row.json").is_file() and (results / "b_s1" / "row.json").is_file()


def test_baselines_script_hands_the_runs_options_to_mtl_nmt_baselines(tmp_path):
    """scripts/baselines.sh runs mtl-nmt-baselines (TRAIN of scripts/train.sh) with the data-bin
    first after --, the run's options and the pairs it was given."""
    import subprocess

    fake_bin = tmp_path / "bin"
    fake_bin.mkdir()
    record = tmp_path / "argv.txt"
    (fake_bin / "mtl-nmt-baselines").write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > {record}\n', encoding="utf-8")
    (fake_bin / "mtl-nmt-baselines").chmod(0o755)
    env = {**os.environ, "PATH": f"{fake_bin}:{os.path.dirname(sys.executable)}:{os.environ['PATH']}",
           "PAIRS": "en-de,en-hi", "DATA": "DATA_BIN", "LR": "0.002", "PYTHONWARNINGS": "ignore"}
    subprocess.run(["bash", os.path.join(ROOT, "scripts", "baselines.sh"), str(tmp_path / "bl"), "en-hi",
                    "setup=tuned"], check=True, env=env)
    argv = record.read_text(encoding="utf-8").split("\n")
    sep = argv.index("--")
    assert argv[:sep] == ["--out", str(tmp_path / "bl"), "--pairs", "en-hi"]
    assert argv[sep + 1] == "DATA_BIN"
    assert argv[argv.index("--lang-pairs") + 1] == "en-de,en-hi" and argv[argv.index("--lr") + 1] == "0.002"
    assert argv[argv.index("--max-update") + 1] == "4000"  # setup=tuned


@pytest.mark.parametrize("script,args,env,expected", [
    ("scripts/grid.sh", ["no_such_grid.txt"], {}, "grid.sh: error: no grid file no_such_grid.txt"),
    ("scripts/grid.sh", [os.path.join(ROOT, "scripts", "grids", "main.txt")], {"STOP_AT": "soon"},
     "grid.sh: error: STOP_AT=soon is not seconds since the epoch"),
    ("scripts/grid.sh", [os.path.join(ROOT, "tests", "conftest.py")], {},
     "grid.sh: error: " + os.path.join(ROOT, "tests", "conftest.py") + " line 1 is not NAME|SEED|WORD"),
    ("scripts/results.sh", ["x"], {"AVERAGE": "two"}, "results.sh: error: AVERAGE=two is not a count of checkpoints"),
    ("scripts/results.sh", ["x"], {"TRAINED": "nowhere"}, "results.sh: error: TRAINED=nowhere holds no finished run x"),
    ("scripts/train.sh", ["x"], {"TASK": "translation_multi_simple_epoch"}, "train.sh: error: TASK=translation_multi"),
    ("bench/lohelp_speed.sh", ["fairseq_T1", "nope"], {}, "lohelp_speed.sh: error: unknown variant nope"),
])
def test_grid_and_speed_scripts_refuse_bad_input_in_one_line(tmp_path, script, args, env, expected):
    import subprocess

    proc = subprocess.run(["bash", os.path.join(ROOT, script), *args], capture_output=True, text=True, cwd=tmp_path,
                          env={**os.environ, "RESULTS": str(tmp_path / "r"), "OUT": str(tmp_path / "o"), **env})
    assert proc.returncode == 2 and proc.stderr.startswith(expected) and proc.stderr.count("\n") == 1
    assert not (tmp_path / "r").exists() and not (tmp_path / "o").exists()


def test_cpu_ranks_bench_measures_one_process_and_gloo_ranks_at_the_same_tokens(toy_bin, tmp_path):
    """bench/cpu_ranks.sh trains plain fairseq and our task in one process, then our task in two gloo
    ranks (mtl-nmt-launch) with half the tokens each, and prints the three rates against plain fairseq."""
    env = {**os.environ, "PATH": f"{os.path.dirname(sys.executable)}:{os.environ['PATH']}", "DATA": toy_bin,
           "PAIRS": "en-xx,en-yy", "UPDATES": "4", "INTERVAL": "1", "MAX_TOKENS": "400", "THREADS": "2",
           "OUT": str(tmp_path / "o"), "PYTHONWARNINGS": "ignore"}
    proc = subprocess.run(["bash", os.path.join(ROOT, "bench", "cpu_ranks.sh")], capture_output=True, text=True,
                          env=env, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr[-3000:]
    rows = {line.split()[0]: line.split() for line in proc.stdout.splitlines()[1:]}
    assert list(rows) == ["fairseq_T1_threads2", "ours_T1_threads2", "ours_T1_ranks2"], proc.stdout
    assert rows["fairseq_T1_threads2"][1:4] == ["1", "2", "400x1"] and rows["fairseq_T1_threads2"][6] == "1.00x"
    assert rows["ours_T1_ranks2"][1:4] == ["2", "1", "200x2"]
    assert all(float(r[5]) > 0 for r in rows.values())
    launched = open(tmp_path / "o" / "ours_T1_ranks2.log", encoding="utf-8").read()
    assert "'distributed_world_size': 2" in launched and "distributed init (rank 0)" in launched


def test_quickstart_reads_what_the_repository_holds():
    """The demo's examples-beside folder and the reference block it prints from docs/results.md are
    there, for every lohelp pair, with one line per test sentence."""
    import re

    text = open(os.path.join(ROOT, "scripts", "quickstart.sh"), encoding="utf-8").read()
    label, folder = re.search(r'BESIDE="([^"=]+)=([^"]+)"', text).groups()
    for pair in BENCHMARKS["lohelp"].pairs:
        src, tgt = pair.split("-")
        hyps = os.path.join(ROOT, folder, f"hyp.test.{pair}.{tgt}")
        refs = os.path.join(ROOT, "data", "lohelp", f"test.{pair}.{tgt}")
        assert sum(1 for _ in open(hyps, encoding="utf-8")) == sum(1 for _ in open(refs, encoding="utf-8")), pair
    results = open(os.path.join(ROOT, "docs", "results.md"), encoding="utf-8").read()
    block = re.search(r"<!-- quickstart-reference -->\n(.*?)<!-- /quickstart-reference -->", results, re.S)
    assert block and all(p in block.group(1) for p in BENCHMARKS["lohelp"].pairs)


def test_recipe_trains_and_evaluates_a_run_of_the_definition(toy_bin, tmp_path):
    """scripts/recipes/run.sh's train and eval steps: scripts/train.sh with benchmark=B method=M and the
    recipe's words on the recipe's data-bin (here the toy one, its pairs given), then the per-pair table."""
    env = {"WORK": str(tmp_path / "w"), "BIN": toy_bin, "PAIRS": "en-xx,en-yy", "STEPS": "train,eval", "GPUS": "0",
           "MAX_UPDATE": "2", "VALIDATE": "2"}
    proc = subprocess.run(["bash", os.path.join(ROOT, "scripts", "recipes", "run.sh"), "lohelp", "fairseq",
                           "task.sampling_temperature=2"], capture_output=True, text=True, timeout=600,
                          env={**os.environ, "OMP_NUM_THREADS": "1", "PYTHONWARNINGS": "ignore",
                               "PATH": os.path.dirname(sys.executable) + os.pathsep + os.environ["PATH"], **env})
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    run = json.load(open(tmp_path / "w" / "checkpoints" / "fairseq" / "run.json"))
    assert (run["benchmark"], run["setup"], run["method"]) == ("lohelp", "results", "fairseq")
    argv = run["argv"]
    assert argv[0] == toy_bin and "--cpu" in argv and argv[argv.index("--sampling-temperature") + 1] == "2"
    table = (tmp_path / "w" / "results" / "fairseq" / "table.txt").read_text(encoding="utf-8")
    assert "en-xx" in table and "en-yy" in table
