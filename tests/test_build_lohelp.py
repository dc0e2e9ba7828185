"""Tests for scripts/data/build_lohelp.py on a small fabricated help tree."""

import gzip
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "data" / "build_lohelp.py"
_spec = importlib.util.spec_from_file_location("build_lohelp", SCRIPT)
bl = importlib.util.module_from_spec(_spec)
sys.modules["build_lohelp"] = bl
_spec.loader.exec_module(bl)

HELP = Path("usr/share/libreoffice/help")
BOILER_EN = "Click OK to close the dialog."
TRANSLATE = {"de": "Übersetzung", "fr": "Traduction"}


def page(lang: str, body: str) -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><title>t</title>'
            f'<script>var x = "<p id=\\"par_idX\\">no</p>";</script></head>'
            f'<body><div id="DisplayArea">{body}</div></body></html>')


def translate(lang: str, en: str) -> str:
    return f"{TRANSLATE[lang]}: {en.lower()}"


def fake_page_units(i: int) -> list[tuple[str, str]]:
    units = [(f"hd_id{i}00", f"Heading of page {i}")]
    units += [(f"par_id{i}{j:02d}", f"Sentence {j} of help page number {i}.") for j in range(1, 6)]
    units.append((f"par_id{i}99", BOILER_EN))
    return units


def write_tree(root: Path, langs=("de", "fr"), n_pages=12) -> Path:
    """Extracted-package tree: root/libreoffice-help-<lang>/usr/share/libreoffice/help/<L>/."""
    for lang in ("en-us", *langs):
        pkg = f"libreoffice-help-{lang}"
        lang_root = root / pkg / HELP / bl.lang_folder(lang)
        for i in range(n_pages):
            module = "swriter" if i % 2 else "scalc"
            body = "".join(
                f'<p id="{eid}" class="paragraph">'
                f'{text if lang == "en-us" else translate(lang, text)}</p>'
                for eid, text in fake_page_units(i))
            path = lang_root / "text" / module / f"page{i:02d}.html"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(page(lang, body), encoding="utf-8")
        doc = root / pkg / "usr/share/doc" / pkg
        doc.mkdir(parents=True, exist_ok=True)
        with gzip.open(doc / "changelog.Debian.gz", "wt") as fh:
            fh.write("libreoffice (4:7.4.7-1+deb12u14) bookworm; urgency=medium\n")
    return root


def read_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


# --------------------------------------------------------------------------- #


def test_language_codes():
    assert bl.lang_folder("en-us") == "en-US"
    assert bl.lang_folder("zh-cn") == "zh-CN"
    assert bl.lang_folder("pt_BR") == "pt-BR"
    assert bl.lang_folder("de") == "de"
    assert bl.output_code("zh-CN") == "zh_cn"
    assert bl.package_name("pt-BR") == "libreoffice-help-pt-br"


def test_parse_inline_markup_entities_and_nesting():
    html = page("en-US", """
      <h1 id="hd_id1">Formula &amp; <em>Options</em></h1>
      <p id="par_id1" class="paragraph">Choose <span class="menuitem">Tools</span>
         -&nbsp;<a href="x.html"><strong>Options</strong></a> &lt;now&gt;.</p>
      <ul><li id="par_id2">Outer text <p id="par_id3">Inner <code>code</code></p> tail</li></ul>
      <p id="par_id4">Press <span class="switchinline"><span hidden="true" id="MACtext_1"
         class="MAC">Cmd</span><span hidden="true" id="defaulttext_1">Ctrl</span></span>+C.</p>
      <p id="par_id5">first</p><p id="par_id5">second</p>
      <p class="embedded">no id, not a unit</p>
      <style>p { color: red }</style>
      <p id="par_id6">line<br>break &amp;amp; more</p>
    """)
    units = bl.parse_html_text(html, "text/a.html")
    got = {key[1:]: text for key, text in units}
    assert got == {
        ("hd_id1", 0): "Formula & Options",
        ("par_id1", 0): "Choose Tools - Options <now>.",
        ("par_id2", 0): "Outer text tail",
        ("par_id3", 0): "Inner code",
        ("par_id4", 0): "Press Ctrl+C.",
        ("par_id5", 0): "first",
        ("par_id5", 1): "second",
        ("par_id6", 0): "line break & more",
    }
    assert all(key[0] == "text/a.html" for key, _ in units)


def test_parse_html_file_uses_given_relative_path(tmp_path):
    path = tmp_path / "x.html"
    path.write_text(page("de", '<p id="par_id7">Hallo <b>Welt</b></p>'), encoding="utf-8")
    assert bl.parse_html_file(path, "text/x.html") == [(("text/x.html", "par_id7", 0), "Hallo Welt")]
    assert bl.parse_html_file(path)[0][0] == ("x.html", "par_id7", 0)


def test_align_filters_and_dedupes():
    en = {
        ("a.html", "par_id1", 0): "Open the file.",
        ("a.html", "par_id2", 0): "Save the file.",
        ("a.html", "par_id3", 0): "LibreOffice Calc",
        ("a.html", "par_id4", 0): "Close the window.",
        ("b.html", "par_id4", 0): "Close the window.",
        ("b.html", "par_id5", 0): "42",
        ("b.html", "par_id6", 0): "",
        ("b.html", "par_id7", 0): "A short English sentence of some length.",
    }
    de = {
        ("a.html", "par_id1", 0): "Öffnen Sie die Datei.",
        ("a.html", "par_id3", 0): "LibreOffice Calc",
        ("a.html", "par_id4", 0): "Schließen Sie das Fenster.",
        ("b.html", "par_id4", 0): "Schließen Sie das Fenster.",
        ("b.html", "par_id5", 0): "42",
        ("b.html", "par_id6", 0): "Leer",
        ("b.html", "par_id7", 0): "Ein kurzer deutscher Satz " * 8,
    }
    stats = Counter()
    pairs = bl.align(en, de, stats)
    assert pairs == [
        (("a.html", "par_id1", 0), "Open the file.", "Öffnen Sie die Datei."),
        (("a.html", "par_id4", 0), "Close the window.", "Schließen Sie das Fenster."),
    ]
    assert stats == Counter(missing=1, untranslated=2, duplicate=1, empty=1,
                            length_ratio=1, kept=2)


def test_reject_reason():
    assert bl.reject_reason("OK", "Okay") is None
    assert bl.reject_reason("A1", "B1") == "few_letters"
    assert bl.reject_reason("word " * 251, "Wort " * 10) == "too_long"
    assert bl.reject_reason("x" * 25, "y" * 76) == "length_ratio"
    assert bl.reject_reason("x" * 25, "y" * 75) is None
    assert bl.reject_reason("Short", "Ein viel längerer Satz hier") is None


def _pairs_by_lang(n_files=20, per_file=6):
    out = {"de": [], "fr": []}
    for f in range(n_files):
        for j in range(per_file):
            en = BOILER_EN if j == 0 else f"Sentence {j} in file {f}."
            key = (f"text/f{f:02d}.html", f"par_id{j}", 0)
            out["de"].append((key, en, f"de {f} {j}"))
            if f % 3 or j < 3:
                out["fr"].append((key, en, f"fr {f} {j}"))
        key = (f"text/f{f:02d}.html", "par_id_shared", 0)
        for lang in out:
            out[lang].append((key, f"Shared by files {f // 2 * 2} and {f // 2 * 2 + 1}.", lang))
    return out


def test_split_by_file_is_by_file_disjoint_and_deterministic():
    data = _pairs_by_lang()
    splits, valid_files, test_files = bl.split_by_file(data, 7, 6, seed=2)
    again = bl.split_by_file(data, 7, 6, seed=2)
    assert again == (splits, valid_files, test_files)
    assert bl.split_by_file(data, 7, 6, seed=4)[1:] != (valid_files, test_files)
    # with this seed files 7 (valid) and 6 (test) share an English sentence
    assert "text/f07.html" in valid_files and "text/f06.html" in test_files
    assert "Shared by files 6 and 7." in [p[1] for p in splits["de"]["valid"]]

    assert valid_files and test_files and not set(valid_files) & set(test_files)
    held = set(valid_files) | set(test_files)
    train_en = set()
    for lang, parts in splits.items():
        assert len(parts["valid"]) == 7 and len(parts["test"]) == 6
        assert {p[0][0] for p in parts["valid"]} <= set(valid_files)
        assert {p[0][0] for p in parts["test"]} <= set(test_files)
        assert not {p[0][0] for p in parts["train"]} & held
        assert len(parts["train"]) + sum(1 for p in data[lang] if p[0][0] in held) == len(data[lang])
        train_en |= {p[1] for p in parts["train"]}
    for lang, parts in splits.items():
        valid_en = [p[1] for p in parts["valid"]]
        test_en = [p[1] for p in parts["test"]]
        assert BOILER_EN not in valid_en + test_en
        assert not set(valid_en + test_en) & train_en
        assert len(set(valid_en)) == len(valid_en) and len(set(test_en)) == len(test_en)
        for other in splits.values():
            assert not set(test_en) & {p[1] for p in other["valid"]}


def test_split_by_file_fails_cleanly_without_enough_data():
    with pytest.raises(SystemExit, match="not enough data"):
        bl.split_by_file(_pairs_by_lang(n_files=4), 50, 50)


def test_cap_train_is_deterministic_subsample():
    pairs = [((f"f{i}", "p", 0), f"en {i}", f"xx {i}") for i in range(100)]
    capped = bl.cap_train(pairs, 10, seed=1, lang="hi")
    assert len(capped) == 10
    assert capped == bl.cap_train(pairs, 10, seed=1, lang="hi")
    assert capped != bl.cap_train(pairs, 10, seed=2, lang="hi")
    positions = [pairs.index(p) for p in capped]
    assert positions == sorted(positions)
    assert bl.cap_train(pairs, 500, seed=1, lang="hi") == pairs


def test_parse_max_train():
    assert bl.parse_max_train(None, ["de", "hi"]) == {"hi": 2000}
    assert bl.parse_max_train(None, ["de", "fr"]) == {}
    assert bl.parse_max_train("de=5,fr=7", ["de", "fr"]) == {"de": 5, "fr": 7}
    assert bl.parse_max_train("none", ["hi"]) == {}
    with pytest.raises(SystemExit, match="not in --langs"):
        bl.parse_max_train("hi=5", ["de"])
    with pytest.raises(SystemExit, match="bad --max-train"):
        bl.parse_max_train("de:5", ["de"])


def test_main_writes_corpus(tmp_path, capsys):
    tree = write_tree(tmp_path / "x")
    out = tmp_path / "out"
    argv = ["--extracted-dir", str(tree), "--langs", "de,fr", "--out-dir", str(out),
            "--valid-size", "5", "--test-size", "4", "--max-train", "fr=9", "--seed", "2"]
    stats = bl.main(argv)

    expected = {f"{s}.en-{x}.{y}" for s in ("train", "valid", "test")
                for x in ("de", "fr") for y in ("en", x)} | {"stats.json", "README.md"}
    assert {p.name for p in out.iterdir()} == expected

    train_en = set()
    for code in ("de", "fr"):
        for split in ("train", "valid", "test"):
            en = read_lines(out / f"{split}.en-{code}.en")
            xx = read_lines(out / f"{split}.en-{code}.{code}")
            assert len(en) == len(xx) == stats["pairs"][f"en-{code}"][split]
            assert xx == [translate(code, s) for s in en]
            if split == "train":
                train_en |= set(en)
    assert stats["pairs"]["en-fr"]["train"] == 9
    assert stats["pairs"]["en-de"]["valid"] == 5 and stats["pairs"]["en-de"]["test"] == 4
    # 12 pages x 7 units, the boilerplate line kept once
    assert stats["pairs"]["en-de"]["aligned"] == 12 * 6 + 1
    assert stats["pairs"]["en-de"]["dropped"] == {"duplicate": 11}
    assert stats["pairs"]["en-de"]["train"] == stats["pairs"]["en-de"]["train_uncapped"]
    assert BOILER_EN in train_en
    for code in ("de", "fr"):
        for split in ("valid", "test"):
            assert not set(read_lines(out / f"{split}.en-{code}.en")) & train_en

    saved = json.loads((out / "stats.json").read_text(encoding="utf-8"))
    assert saved == stats
    assert saved["num_help_files"] == 12
    assert saved["packages"]["libreoffice-help-fr"] == "4:7.4.7-1+deb12u14"
    readme = (out / "README.md").read_text(encoding="utf-8")
    assert "MPL-2.0" in readme and "--max-train fr=9" in readme
    assert "| en-fr | 9 (capped from" in readme
    assert "en-de" in capsys.readouterr().out

    (out / "train.en-es.es").write_text("stale\n", encoding="utf-8")
    assert bl.main(argv) == stats
    assert not (out / "train.en-es.es").exists()
    assert read_lines(out / "test.en-de.de") == [translate("de", s)
                                                 for s in read_lines(out / "test.en-de.en")]


def test_missing_language_folder_is_a_clean_error(tmp_path):
    tree = write_tree(tmp_path / "x", langs=("de",), n_pages=2)
    with pytest.raises(SystemExit) as exc:
        bl.main(["--extracted-dir", str(tree), "--langs", "de,es", "--out-dir", str(tmp_path / "o")])
    assert isinstance(exc.value.code, str) and "libreoffice-help-es" in exc.value.code
    assert not (tmp_path / "o").exists()


def test_language_folder_without_html_is_a_clean_error(tmp_path):
    tree = write_tree(tmp_path / "x", langs=("de",), n_pages=2)
    (tree / "libreoffice-help-fi" / HELP / "fi").mkdir(parents=True)
    with pytest.raises(SystemExit, match=r"no help pages \(\*\.html\) for package libreoffice-help-fi"):
        bl.main(["--extracted-dir", str(tree), "--langs", "de,fi", "--out-dir", str(tmp_path / "o")])


def test_missing_tools_and_debs_are_clean_errors(tmp_path, monkeypatch):
    with pytest.raises(SystemExit, match="no .deb for package libreoffice-help-en-us"):
        bl.main(["--deb-dir", str(tmp_path), "--cache-dir", str(tmp_path / "c")])
    monkeypatch.setattr(bl.shutil, "which", lambda tool: None)
    with pytest.raises(SystemExit, match="apt-get not found"):
        bl.main(["--cache-dir", str(tmp_path / "c"), "--langs", "de"])


def test_help_exits_zero(capsys):
    with pytest.raises(SystemExit) as exc:
        bl.main(["--help"])
    assert exc.value.code == 0
    assert "--extracted-dir" in capsys.readouterr().out
