"""Tests for scripts/data/build_ddtp.py on small fabricated DDTP Translation indexes."""

import bz2
import gzip
import hashlib
import importlib.util
import json
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "data" / "build_ddtp.py"
_spec = importlib.util.spec_from_file_location("build_ddtp", SCRIPT)
bd = importlib.util.module_from_spec(_spec)
sys.modules["build_ddtp"] = bd
_spec.loader.exec_module(bd)

BOILER_EN = "This package contains the documentation files."


def translate(lang: str, en: str) -> str:
    """A toy translation that commutes with joining wrapped lines: every word gets a prefix."""
    return " ".join(lang + w for w in en.split())


def md5(desc: str) -> str:
    return hashlib.md5((desc + "\n").encode("utf-8")).hexdigest()


def entry(pkg: str, lang: str, desc: str, md5sum: str) -> str:
    return f"Package: {pkg}\nDescription-md5: {md5sum}\nDescription-{lang}: {desc}\n"


def en_description(src: int, binary: int) -> str:
    """Description of binary package ``binary`` (0: the program, 1: its -doc) of source ``src``.

    Both share the first paragraph; every -doc package ends with the same boilerplate.
    """
    short = f"Tool number {src} for working with data, part {binary}"
    paras = [f"The program {src} reads files and writes\nreports about package {src}.",
             f"Binary {binary} of source {src} adds extra\nfeatures for daily use.",
             BOILER_EN if binary else f"Features of program {src}:\n * fast lookups of things\n"
             f" * small memory use of program {src},\n   even on big inputs"]
    return short + "\n" + "\n .\n".join("\n".join(" " + ln for ln in p.split("\n")) for p in paras)


def translate_description(lang: str, desc: str) -> str:
    """Translate every line of a description, keeping indentation, bullets and ' .' lines."""
    out = []
    for line in desc.split("\n"):
        m = re.match(r"^(\s*(?:\* )?)(.*)$", line)
        out.append(line if line.strip() == "." else m.group(1) + translate(lang, m.group(2)))
    return "\n".join(out)


def write_indexes(root: Path, langs=("de", "uk"), n_src=16, only=None) -> Path:
    """Translation-en, Translation-<lang> (de plain, uk bz2, others gz) and a Packages index.

    Source ``s`` has binaries ``pkg<s>`` and ``pkg<s>-doc``; uk translates only
    the even sources; ``only`` maps a language to the sources it translates.
    """
    root.mkdir(parents=True, exist_ok=True)
    en, xx, packages = [], {lang: [] for lang in langs}, []
    for s in range(n_src):
        for b, pkg in enumerate((f"pkg{s:02d}", f"pkg{s:02d}-doc")):
            desc = en_description(s, b)
            en.append(entry(pkg, "en", desc, md5(desc)))
            version = " (1.0-1)" if b else ""
            packages.append(f"Package: {pkg}\nSource: src{s:02d}{version}\nVersion: 1.0-1\n")
            for lang in langs:
                if (lang == "uk" and s % 2) or s not in (only or {}).get(lang, range(n_src)):
                    continue
                xx[lang].append(entry(pkg, lang, translate_description(lang, desc), md5(desc)))
    (root / "Translation-en").write_text("\n".join(en), encoding="utf-8")
    for lang, entries in xx.items():
        text = "\n".join(entries).encode("utf-8")
        if lang == "de":
            (root / "Translation-de").write_bytes(text)
        elif lang == "uk":
            (root / "Translation-uk.bz2").write_bytes(bz2.compress(text))
        else:
            (root / f"Translation-{lang}.gz").write_bytes(gzip.compress(text, mtime=0))
    (root / "Packages").write_text("\n".join(packages), encoding="utf-8")
    return root


def read_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


# --------------------------------------------------------------------------- #


def test_language_codes():
    assert bd.normalize_lang("pt-br") == "pt_BR"
    assert bd.normalize_lang(" DE ") == "de"
    assert bd.output_code("pt_BR") == "pt_br"
    with pytest.raises(SystemExit, match="bad language code"):
        bd.normalize_lang("de;rm")


def test_index_names_from_apt_lists():
    name = Path("mirror.example_debian_dists_bookworm_main_i18n_Translation-pt%5fBR.lz4")
    assert bd._index_name(name) == "bookworm/main/i18n/Translation-pt_BR"
    assert bd._index_name(Path("Translation-de.bz2")) == "Translation-de"


def test_parse_translation_fields_and_md5():
    desc = "Short summary \n First line of\n  verbatim line\n \n .\n Second paragraph."
    text = ("Package: a\nDescription-md5: " + md5(desc) + "\nDescription-en: " + desc + "\n\n"
            + entry("b", "en", "Other", md5("Other")))
    parsed = bd.parse_translation(text, "en")
    assert parsed == {("a", md5(desc)): desc, ("b", md5("Other")): "Other"}
    de = bd.parse_translation(entry("a", "de", "Kurz\n Lang.", md5(desc)), "de")
    assert de == {("a", md5(desc)): "Kurz\n Lang."}


@pytest.mark.parametrize("text, match", [
    ("Package: a\nDescription-md5: " + "0" * 32 + "\nDescription-en: Hello\n", "does not match"),
    ("Package: a\nDescription-en: Hello\n", "no Description-md5 field"),
    ("Package: a\nDescription-md5: xyz\nDescription-en: Hello\n", "bad Description-md5"),
    ("just some text\nwithout fields\n", "garbled"),
    ("\n\n", "has no entries"),
])
def test_parse_translation_garbled_is_one_line_error(text, match):
    with pytest.raises(SystemExit) as exc:
        bd.parse_translation(text, "en", "Translation-en")
    msg = exc.value.code
    assert isinstance(msg, str) and msg.startswith("error: Translation-en") and "\n" not in msg
    assert match in msg


def test_segment_description_paragraphs_and_bullets():
    desc = ("Short  one\n first line\n sec\u00adond line\n .\n Lead-in text:\n  * item one\n"
            "    continued here\n  - item two\n .\n 1. numbered item\n")
    short, paras = bd.segment_description(desc)
    assert short == "Short one"
    assert paras == [["first line second line"],
                     ["Lead-in text:", "item one continued here", "item two"],
                     ["numbered item"]]
    assert bd.segment_description("Only short") == ("Only short", [])


def test_align_description_skips_mismatched_paragraphs():
    en = "Short text\n Para one.\n .\n * a b c\n * d e f\n .\n Para three."
    same = "Kurzer Text\n Absatz eins.\n .\n * x y z\n * u v w\n .\n Absatz drei."
    stats = Counter()
    assert bd.align_description(en, same, stats) == [
        (0, "Short text", "Kurzer Text"), (1, "Para one.", "Absatz eins."),
        (2, "a b c", "x y z"), (3, "d e f", "u v w"), (4, "Para three.", "Absatz drei.")]
    fewer_items = "Kurzer Text\n Absatz eins.\n .\n * x y z u v w\n .\n Absatz drei."
    assert bd.align_description(en, fewer_items, stats) == [
        (0, "Short text", "Kurzer Text"), (1, "Para one.", "Absatz eins."),
        (4, "Para three.", "Absatz drei.")]
    merged = "Kurzer Text\n Absatz eins.\n * x y z\n * u v w\n .\n Absatz drei."
    assert bd.align_description(en, merged, stats) == [(0, "Short text", "Kurzer Text")]
    assert stats == Counter(bullet_mismatch=2, paragraph_count_mismatch=4)


def test_reject_reason():
    assert bd.reject_reason("Open the file now", "Öffne die Datei jetzt") is None
    assert bd.reject_reason("", "x y z") == "empty"
    assert bd.reject_reason("same three words", "same three words") == "untranslated"
    assert bd.reject_reason("two words", "drei deutsche Wörter") == "too_short"
    assert bd.reject_reason("See https://example.org/doc for more", "Siehe https://example.org/doc für mehr") == "address"
    assert bd.reject_reason("Write to the list at users@lists.example.org", "Schreib an users@lists.example.org") == "address"
    assert bd.reject_reason("The www.example.org mirror has it", "Der Spiegel hat es auch") == "address"
    assert bd.reject_reason("Mail the maintainer about it", "Schreib dem Betreuer darüber") is None
    assert bd.reject_reason("word " * 151, "Wort " * 151) == "too_long"
    assert bd.reject_reason("a b " + "c" * 20, "x y " + "z" * 60) == "length_ratio"
    assert bd.reject_reason("a b " + "c" * 20, "x y " + "z" * 50) is None
    assert bd.reject_reason("a b c", "x y zzzzzzzzzz") is None  # short: no ratio test


def test_align_pairs_filters_and_dedupes():
    d1 = "Viewer for images\n Shows images in a window.\n .\n Too short."
    d2 = "Viewer for images\n Shows images in a window."
    en = {("view", md5(d1)): d1, ("view-data", md5(d2)): d2, ("gone", "0" * 32): "x y z"}
    de = {("view", md5(d1)): "Bildbetrachter für Bilder\n Zeigt Bilder im Fenster.\n .\n Kurz.",
          ("view-data", md5(d2)): "Bildbetrachter für Bilder\n Zeigt Bilder im Fenster.",
          ("new", "1" * 32): "Nicht in Englisch da"}
    stats = Counter()
    pairs = bd.align(en, de, {"view": "v", "view-data": "v"}.get, stats)
    assert pairs == [(("v", "view", 0), "Viewer for images", "Bildbetrachter für Bilder"),
                     (("v", "view", 1), "Shows images in a window.", "Zeigt Bilder im Fenster.")]
    assert stats == Counter(no_english=1, too_short=1, duplicate=2, kept=2)


def _pairs_by_lang(n_groups=40):
    """de has 4 segments per group (2 packages), fi only every 4th group; one shared boilerplate."""
    out = {"de": [], "fi": []}
    for g in range(n_groups):
        for pkg in (f"p{g}", f"p{g}-doc"):
            for j in range(2):
                en = BOILER_EN if (pkg.endswith("doc") and j) else f"Segment {j} of {pkg}."
                out["de"].append(((f"g{g}", pkg, j), en, f"de {pkg} {j}"))
                if g % 4 == 0:
                    out["fi"].append(((f"g{g}", pkg, j), en, f"fi {pkg} {j}"))
    return out


def test_split_by_group_policy():
    data = _pairs_by_lang()
    targets = bd.heldout_targets(data, 12, 10, fraction=0.1)
    assert targets == {"de": {"valid": 12, "test": 10}, "fi": {"valid": 4, "test": 4}}
    splits, valid_groups, test_groups = bd.split_by_group(data, targets, seed=3)
    assert bd.split_by_group(data, targets, seed=3) == (splits, valid_groups, test_groups)
    assert bd.split_by_group(data, targets, seed=5)[1:] != (valid_groups, test_groups)

    assert valid_groups and test_groups and not set(valid_groups) & set(test_groups)
    held = set(valid_groups) | set(test_groups)
    train_en = {p[1] for parts in splits.values() for p in parts["train"]}
    assert BOILER_EN in train_en
    for lang, parts in splits.items():
        assert len(parts["valid"]) == targets[lang]["valid"]
        assert len(parts["test"]) == targets[lang]["test"]
        assert {p[0][0] for p in parts["valid"]} <= set(valid_groups)
        assert {p[0][0] for p in parts["test"]} <= set(test_groups)
        assert not {p[0][0] for p in parts["train"]} & held
        assert len(parts["train"]) + sum(p[0][0] in held for p in data[lang]) == len(data[lang])
    for lang, parts in splits.items():
        valid_en = [p[1] for p in parts["valid"]]
        test_en = [p[1] for p in parts["test"]]
        assert not set(valid_en + test_en) & train_en
        assert len(set(valid_en)) == len(valid_en) and len(set(test_en)) == len(test_en)
        for other in splits.values():
            assert not set(test_en) & {p[1] for p in other["valid"]}
    # fi (served first) holds out the fewest of its groups: 3 usable lines each (its boilerplate
    # is trained on elsewhere), so 2 + 2 groups for 4 + 4 lines; de takes the rest from groups
    # without fi pairs, leaving fi's training data alone
    assert sorted(int(g[1:]) % 4 == 0 for g in held).count(True) == 4
    assert len(splits["fi"]["train"]) == len(data["fi"]) - 4 * 4


def test_split_by_group_fails_cleanly_without_enough_data():
    data = _pairs_by_lang(n_groups=8)
    with pytest.raises(SystemExit, match="not enough data for the valid set of en-de"):
        bd.split_by_group(data, {"de": {"valid": 50, "test": 5}, "fi": {"valid": 1, "test": 1}})


def test_cap_train_and_max_train():
    pairs = [((f"g{i}", f"p{i}", 0), f"en {i}", f"xx {i}") for i in range(100)]
    capped = bd.cap_train(pairs, 10, seed=1, lang="it")
    assert len(capped) == 10 and capped == bd.cap_train(pairs, 10, seed=1, lang="it")
    assert capped != bd.cap_train(pairs, 10, seed=2, lang="it")
    assert [pairs.index(p) for p in capped] == sorted(pairs.index(p) for p in capped)
    assert bd.parse_max_train(None, ["sk", "fi"]) == {"sk": bd.DEFAULT_MAX_TRAIN["sk"]}
    assert bd.parse_max_train("de=5,pt-br=7", ["de", "pt_BR"]) == {"de": 5, "pt_BR": 7}
    assert bd.parse_max_train("none", ["it"]) == {}
    with pytest.raises(SystemExit, match="not in --langs"):
        bd.parse_max_train("ru=5", ["de"])
    with pytest.raises(SystemExit, match="bad --max-train"):
        bd.parse_max_train("de:5", ["de"])


def test_main_writes_corpus(tmp_path, capsys):
    src = write_indexes(tmp_path / "lists")
    out = tmp_path / "out"
    argv = ["--from-dir", str(src), "--langs", "de,uk", "--out-dir", str(out),
            "--valid-size", "5", "--test-size", "4", "--max-train", "de=20", "--seed", "2"]
    stats = bd.main(argv)

    expected = {f"{s}.en-{x}.{y}" for s in ("train", "valid", "test")
                for x in ("de", "uk") for y in ("en", x)} | {"stats.json", "README.md"}
    assert {p.name for p in out.iterdir()} == expected
    train_en, heldout_en = set(), set()
    for code in ("de", "uk"):
        for split in ("train", "valid", "test"):
            en = read_lines(out / f"{split}.en-{code}.en")
            xx = read_lines(out / f"{split}.en-{code}.{code}")
            assert len(en) == len(xx) == stats["pairs"][f"en-{code}"][split]
            assert xx == [translate(code, s) for s in en]
            (train_en if split == "train" else heldout_en).update(en)
    assert not train_en & heldout_en
    de, uk = stats["pairs"]["en-de"], stats["pairs"]["en-uk"]
    # per source: program (short, 2 paragraphs, lead-in, 2 items) + -doc (short, 1 new paragraph);
    # the -doc's first paragraph repeats the program's, the first item and the -doc boilerplate
    # are the same in every source: kept once
    assert de["aligned"] == 16 * 7 + 2 and de["dropped"] == {"duplicate": 16 + 15 + 15}
    assert (de["train"], de["valid"], de["test"]) == (20, 5, 4) and de["train_uncapped"] > 20
    assert uk["aligned"] == 8 * 7 + 2 and (uk["valid"], uk["test"]) == (5, 4)
    assert uk["train"] == uk["train_uncapped"]
    assert stats["grouping"] == "source" and stats["num_groups"] == 16
    # no segment of either binary package of a held-out source is trained on (uncapped run)
    held = stats["heldout_groups"]["valid"] + stats["heldout_groups"]["test"]
    assert held and all(g.startswith("src") for g in held)
    uncapped = bd.main([*argv[:4], "--out-dir", str(tmp_path / "u"), *argv[6:10],
                        "--max-train", "none", "--seed", "2"])
    assert uncapped["heldout_groups"] == stats["heldout_groups"]
    full_train = set(read_lines(tmp_path / "u" / "train.en-de.en"))
    assert len(full_train) == de["train_uncapped"]
    for g in held:
        for b in (0, 1):
            assert f"Tool number {int(g[3:])} for working with data, part {b}" not in full_train
    for s in range(16):
        if f"src{s:02d}" not in held:
            assert f"Tool number {s} for working with data, part 0" in full_train

    saved = json.loads((out / "stats.json").read_text(encoding="utf-8"))
    assert saved == stats
    assert stats["command"] == ("python scripts/data/build_ddtp.py --langs de,uk --valid-size 5 "
                                "--test-size 4 --max-train de=20 --seed 2")
    assert stats["read_from"] == "--from-dir"
    assert saved["source"]["indexes"]["uk"]["files"] == ["Translation-uk"]
    assert saved["source"]["indexes"]["en"]["entries"] == [32]
    readme = (out / "README.md").read_text(encoding="utf-8")
    assert "--max-train de=20" in readme and "| en-de | 20 (capped from" in readme
    assert "Unclear" in readme and "Package descriptions" in readme
    assert "en-de" in capsys.readouterr().out

    snapshot = {p.name: p.read_bytes() for p in out.iterdir()}
    (out / "train.en-es.es").write_text("stale\n", encoding="utf-8")
    assert bd.main(argv) == stats
    assert {p.name: p.read_bytes() for p in out.iterdir()} == snapshot


def test_small_pair_gets_fewer_heldout_lines(tmp_path):
    src = write_indexes(tmp_path / "lists", langs=("de", "uk", "fi"), only={"fi": range(6)})
    stats = bd.main(["--from-dir", str(src), "--langs", "de,uk,fi", "--out-dir",
                     str(tmp_path / "o"), "--valid-size", "5", "--test-size", "5",
                     "--max-train", "none", "--heldout-fraction", "0.1"])
    fi = stats["pairs"]["en-fi"]
    assert fi["aligned"] == 6 * 7 + 2 and fi["valid"] == fi["test"] == 4  # floor(0.1 * 44)
    assert stats["pairs"]["en-de"]["valid"] == stats["pairs"]["en-uk"]["test"] == 5
    readme = (tmp_path / "o" / "README.md").read_text(encoding="utf-8")
    assert "Pairs too small for that get fewer: en-fi 4/4." in readme


def test_packages_index_is_optional(tmp_path):
    src = write_indexes(tmp_path / "lists")
    (src / "Packages").unlink()
    stats = bd.main(["--from-dir", str(src), "--langs", "de", "--out-dir", str(tmp_path / "o"),
                     "--valid-size", "3", "--test-size", "3"])
    assert stats["grouping"] == "package" and stats["num_groups"] == 32


@pytest.mark.skipif(not (Path(bd.APT_HELPER).exists() and shutil.which("lz4")),
                    reason="needs apt's apt-helper and the lz4 tool")
def test_lz4_indexes_as_apt_stores_them(tmp_path):
    src = write_indexes(tmp_path / "lists", langs=("de",))
    apt_name = src / "mirror.example_debian_dists_bookworm_main_i18n_Translation-de.lz4"
    subprocess.run(["lz4", "-q", str(src / "Translation-de"), str(apt_name)], check=True)
    (src / "Translation-de").unlink()
    stats = bd.main(["--from-dir", str(src), "--langs", "de", "--out-dir", str(tmp_path / "o"),
                     "--valid-size", "3", "--test-size", "3"])
    assert stats["source"]["indexes"]["de"]["files"] == ["bookworm/main/i18n/Translation-de"]
    assert stats["pairs"]["en-de"]["aligned"] == 16 * 7 + 2


def test_fetch_uses_a_private_lists_directory(tmp_path, monkeypatch):
    calls = []

    def fake_run(cmd, **kwargs):
        calls.append(cmd)
        lists = Path(next(c.split("=", 1)[1] for c in cmd if c.startswith("Dir::State::Lists=")))
        write_indexes(lists, langs=("de",))
        return subprocess.CompletedProcess(cmd, 0, "", "")

    monkeypatch.setattr(bd.shutil, "which", lambda tool: "/usr/bin/" + tool)
    monkeypatch.setattr(bd.subprocess, "run", fake_run)
    stats = bd.main(["--cache-dir", str(tmp_path / "c"), "--langs", "de", "--out-dir",
                     str(tmp_path / "o"), "--valid-size", "3", "--test-size", "3"])
    (cmd,) = calls
    assert cmd[:2] == ["/usr/bin/apt-get", "update"]
    assert f"Dir::State::Lists={tmp_path / 'c' / 'lists'}" in cmd
    assert f"Dir::Cache={tmp_path / 'c' / 'apt-cache'}" in cmd
    assert "Acquire::Languages=en,de" in cmd
    assert stats["read_from"] == "apt-get update" and stats["pairs"]["en-de"]["valid"] == 3

    def failing_run(cmd, **kwargs):
        return subprocess.CompletedProcess(cmd, 100, "", "W: a warning\nE: Failed to fetch x\n")

    monkeypatch.setattr(bd.subprocess, "run", failing_run)
    with pytest.raises(SystemExit) as exc:
        bd.main(["--cache-dir", str(tmp_path / "c2"), "--langs", "de"])
    assert exc.value.code.startswith("error: apt-get update failed: E: Failed to fetch x;")
    assert "\n" not in exc.value.code


def test_missing_index_is_a_clean_error(tmp_path):
    src = write_indexes(tmp_path / "lists", langs=("de",), n_src=2)
    with pytest.raises(SystemExit) as exc:
        bd.main(["--from-dir", str(src), "--langs", "de,fi", "--out-dir", str(tmp_path / "o")])
    assert isinstance(exc.value.code, str) and "\n" not in exc.value.code
    assert exc.value.code.startswith("error: no Translation-fi index in")
    assert not (tmp_path / "o").exists()


def test_garbled_index_is_a_clean_error(tmp_path):
    src = write_indexes(tmp_path / "lists", langs=("de",), n_src=2)
    (src / "Translation-de").write_bytes(b"\x00\xff garbage \xfe")
    with pytest.raises(SystemExit, match=r"^error: .*Translation-de is not UTF-8 text"):
        bd.main(["--from-dir", str(src), "--langs", "de", "--out-dir", str(tmp_path / "o")])
    (src / "Translation-de").write_text("<html>Not found</html>\n", encoding="utf-8")
    with pytest.raises(SystemExit, match=r"^error: Translation-de: entry 1 is garbled"):
        bd.main(["--from-dir", str(src), "--langs", "de", "--out-dir", str(tmp_path / "o")])
    (src / "Translation-de").unlink()
    (src / "Translation-de.bz2").write_bytes(b"BZh91AY&SY truncated")
    with pytest.raises(SystemExit, match=r"^error: cannot read .*Translation-de.bz2"):
        bd.main(["--from-dir", str(src), "--langs", "de", "--out-dir", str(tmp_path / "o")])
    assert not (tmp_path / "o").exists()


def test_script_exits_with_one_error_line(tmp_path):
    proc = subprocess.run([sys.executable, str(SCRIPT), "--from-dir", str(tmp_path / "none"),
                           "--out-dir", str(tmp_path / "o")], capture_output=True, text=True)
    assert proc.returncode == 1 and proc.stdout == ""
    assert proc.stderr.strip().splitlines() == [f"error: --from-dir {tmp_path / 'none'} "
                                                "is not a directory"]


def test_bad_options_and_missing_apt_are_clean_errors(tmp_path, monkeypatch):
    for argv, match in ((["--langs", "de,en"], "English is always the source"),
                        (["--langs", "de,de"], "duplicate language"),
                        (["--heldout-fraction", "0.7"], "--heldout-fraction"),
                        (["--valid-size", "0"], "must be positive")):
        with pytest.raises(SystemExit, match=match):
            bd.main([*argv, "--out-dir", str(tmp_path / "o")])
    monkeypatch.setattr(bd.shutil, "which", lambda tool: None)
    with pytest.raises(SystemExit, match="apt-get not found"):
        bd.main(["--cache-dir", str(tmp_path / "c"), "--langs", "de"])


def test_help_exits_zero(capsys):
    with pytest.raises(SystemExit) as exc:
        bd.main(["--help"])
    assert exc.value.code == 0
    assert "--from-dir" in capsys.readouterr().out
