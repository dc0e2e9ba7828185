"""mtl-nmt-prepare on the toy corpus: one joint sentencepiece model, one shared dictionary."""
import filecmp
import json
import os

import pytest

from conftest import run_cli


def test_data_bin_layout(toy_bin, toy_raw):
    manifest = json.load(open(os.path.join(toy_bin, "prepare.json")))
    assert manifest["pairs"] == ["en-xx", "en-yy"]
    assert manifest["counts"]["en-yy"] == {"train": 80, "valid": 24, "test": 24}
    # temperature 5: the 5x smaller pair gets far more than its 1/6 share of spm text
    drawn = manifest["spm_sample"]
    assert drawn["en-yy"] / (drawn["en-xx"] + drawn["en-yy"]) > 0.35
    for lang in ("en", "xx", "yy"):
        assert filecmp.cmp(os.path.join(toy_bin, "dict.txt"), os.path.join(toy_bin, f"dict.{lang}.txt"), shallow=False)
    for split in ("train", "valid", "test"):
        for pair, side in (("en-xx", "xx"), ("en-yy", "en")):
            assert os.path.getsize(os.path.join(toy_bin, f"{split}.{pair}.{side}.bin")) > 0
    # every binarized sentence came from a raw line: spm-encoded text keeps the line count
    with open(os.path.join(toy_bin, "spm", "test.en-yy.yy"), encoding="utf-8") as f:
        assert sum(1 for _ in f) == 24


def test_second_run_is_up_to_date(toy_bin, toy_raw):
    proc = run_cli(["mtl-nmt-prepare", "--raw-dir", toy_raw, "--out-dir", toy_bin, "--vocab-size", "120",
                    "--spm-sample-lines", "2000", "--workers", "1"])
    assert "up to date" in proc.stderr + proc.stdout


def test_missing_raw_folder_is_one_clear_error(tmp_path):
    proc = run_cli(["mtl-nmt-prepare", "--raw-dir", str(tmp_path / "nope"), "--out-dir", str(tmp_path / "b")],
                   check=False)
    assert proc.returncode != 0 and "does not exist" in proc.stderr and "Traceback" not in proc.stderr


def test_raw_file_not_utf8_is_one_line_naming_file_and_line(tmp_path):
    from conftest import make_toy_corpus
    from mtl_nmt.cli import prepare

    raw = tmp_path / "raw"
    make_toy_corpus(str(raw), sizes={"xx": 30, "yy": 20}, dev=4)
    bad = raw / "train.en-yy.yy"
    lines = bad.read_bytes().split(b"\n")
    lines[6] = "caf\u00e9 au lait".encode("latin-1")  # line 7: é as one latin-1 byte 0xe9
    bad.write_bytes(b"\n".join(lines))
    with pytest.raises(SystemExit) as e:
        prepare.main(["--raw-dir", str(raw), "--out-dir", str(tmp_path / "bin"), "--vocab-size", "60"])
    assert str(e.value.code) == (f"mtl-nmt-prepare: error: {bad} line 7 is not UTF-8 (byte 0xe9 at column 4): "
                                 "convert the file to UTF-8, e.g. iconv -f latin1 -t utf-8")
