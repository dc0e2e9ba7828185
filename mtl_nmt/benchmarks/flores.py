"""FLORES-101 / FLORES-200 devtest → raw ``test.<src>-<tgt>.<lang>`` files in our 2-letter codes,
and a test-only data-bin encoded with a trained model's sentencepiece model and dictionary.

FLORES-101: ``flores101_dataset/devtest/<code>.devtest`` (codes like ``deu``);
FLORES-200: ``flores200_dataset/devtest/<code>.devtest`` (codes like ``deu_Latn``).
All languages are line-parallel (1012 devtest sentences); every line is kept.
Neither archive has a published checksum: the first download's sha256 is recorded (trust on
first use) and later runs verify against it.
"""
import json
import os
import shutil
from typing import Dict, List, Optional, Sequence

from ..corpus import Pair, check_corpus, count_lines
from ..errors import MtlNmtError
from .databin import binarize, encode_files
from .download import Source

SOURCES = {
    # No checksum is published with either release (facebookresearch/flores READMEs): TOFU.
    "flores101": Source(url="https://dl.fbaipublicfiles.com/flores101/dataset/flores101_dataset.tar.gz",
                        filename="flores101_dataset.tar.gz"),
    "flores200": Source(url="https://dl.fbaipublicfiles.com/nllb/flores200_dataset.tar.gz",
                        filename="flores200_dataset.tar.gz"),
}
# sacreBLEU tokenizer names for `mtl-nmt-eval --tokenize` (FLORES spBLEU).
TOKENIZE = {"flores101": "flores101", "flores200": "flores200"}

# Our code -> (FLORES-101 code, FLORES-200 code), from the language tables of
# facebookresearch/flores (previous_releases/flores101/README.md and flores200/README.md).
# FLORES `por` is Brazilian Portuguese, as is TED's `pt-br` column that our `pt` reads.
CODES = {
    "az": ("azj", "azj_Latn"), "be": ("bel", "bel_Cyrl"), "bg": ("bul", "bul_Cyrl"), "bs": ("bos", "bos_Latn"),
    "cs": ("ces", "ces_Latn"), "de": ("deu", "deu_Latn"), "el": ("ell", "ell_Grek"), "en": ("eng", "eng_Latn"),
    "fi": ("fin", "fin_Latn"), "fr": ("fra", "fra_Latn"), "gl": ("glg", "glg_Latn"), "hi": ("hin", "hin_Deva"),
    "it": ("ita", "ita_Latn"), "ko": ("kor", "kor_Hang"), "mk": ("mkd", "mkd_Cyrl"), "mr": ("mar", "mar_Deva"),
    "nl": ("nld", "nld_Latn"), "pt": ("por", "por_Latn"), "ro": ("ron", "ron_Latn"), "ru": ("rus", "rus_Cyrl"),
    "sk": ("slk", "slk_Latn"), "tr": ("tur", "tur_Latn"),
}
SPLIT = "devtest"


def check_version(version: str) -> str:
    if version not in SOURCES:
        raise MtlNmtError(f"unknown FLORES version {version!r} (choose from {', '.join(SOURCES)})")
    return version


def flores_code(lang: str, version: str) -> str:
    """The FLORES file code of one of our language codes."""
    check_version(version)
    if lang not in CODES:
        raise MtlNmtError(f"no FLORES code known for language {lang!r} (known: {', '.join(sorted(CODES))})")
    return CODES[lang][0 if version == "flores101" else 1]


def languages(pairs: Sequence[str]) -> List[str]:
    return sorted({lang for p in map(Pair.parse, pairs) for lang in (p.src, p.tgt)})


def selector(version: str, pairs: Sequence[str]):
    """Archive member → output path (``devtest/<code>.devtest``) for the languages of ``pairs``."""
    wanted = {f"{flores_code(lang, version)}.{SPLIT}" for lang in languages(pairs)}

    def select(name: str) -> Optional[str]:
        parts = name.replace("\\", "/").split("/")
        if len(parts) >= 2 and parts[-2] == SPLIT and parts[-1] in wanted:
            return f"{SPLIT}/{parts[-1]}"
        return None
    return select


def convert(src_dir: str, raw_dir: str, pairs: Sequence[str], version: str) -> dict:
    """Write ``test.{pair}.{lang}`` (all devtest lines) for every pair; return the line counts."""
    check_version(version)
    os.makedirs(raw_dir, exist_ok=True)
    stats: Dict = {"source": SOURCES[version].url, "version": version, "split": SPLIT, "codes": {}, "pairs": {}}
    for lang in languages(pairs):
        stats["codes"][lang] = flores_code(lang, version)
    for pair in map(Pair.parse, pairs):
        paths = [os.path.join(src_dir, SPLIT, f"{flores_code(lang, version)}.{SPLIT}") for lang in (pair.src, pair.tgt)]
        for path in paths:
            if not os.path.isfile(path):
                raise MtlNmtError(f"missing FLORES file {path} (run the extract step first)")
        n = [count_lines(p) for p in paths]
        if n[0] != n[1]:
            raise MtlNmtError(f"{paths[0]} has {n[0]} lines but {paths[1]} has {n[1]}")
        for path, lang in zip(paths, (pair.src, pair.tgt)):
            out = os.path.join(raw_dir, f"test.{pair.name}.{lang}")
            shutil.copyfile(path, out + ".tmp")
            os.replace(out + ".tmp", out)
        stats["pairs"][pair.name] = {"test": n[0]}
    with open(os.path.join(raw_dir, "stats.json"), "w", encoding="utf-8") as f:
        json.dump(stats, f, indent=1)
    return stats


def binarize_test(data_bin: str, raw_dir: str, out_dir: str, pairs: Sequence[str], workers: int = 1,
                  force: bool = False) -> dict:
    """Encode ``raw_dir``'s test files with ``data_bin``'s sentencepiece model and binarize them with
    its dictionary into ``out_dir`` (with a prepare.json that mtl-nmt-eval reads)."""
    manifest_path = os.path.join(data_bin, "prepare.json")
    if not os.path.isfile(manifest_path):
        raise MtlNmtError(f"{data_bin} has no prepare.json (not a data-bin written by mtl-nmt-prepare)")
    with open(manifest_path, encoding="utf-8") as f:
        trained = json.load(f)
    spm_model = os.path.join(data_bin, "spm.model")
    if not os.path.isfile(spm_model):
        spm_model = trained.get("spm_model", "")
    dict_path = os.path.join(data_bin, "dict.txt")
    for path in (spm_model, dict_path):
        if not os.path.isfile(path):
            raise MtlNmtError(f"{path or 'spm.model'} is missing from {data_bin}")
    pair_objs = [Pair.parse(p) for p in pairs]
    counts = check_corpus(raw_dir, pair_objs, ["test"])
    for name, c in counts.items():
        c["train"] = trained.get("counts", {}).get(name, {}).get("train", 0)
    out_manifest = os.path.join(out_dir, "prepare.json")
    key = {"raw_dir": os.path.abspath(raw_dir), "pairs": [p.name for p in pair_objs], "counts": counts,
           "spm_model": os.path.abspath(spm_model), "trained_data_bin": os.path.abspath(data_bin)}
    if not force and os.path.isfile(out_manifest):
        with open(out_manifest, encoding="utf-8") as f:
            if json.load(f) == key:
                print(f"{out_dir} is up to date, skipping")
                return key
    os.makedirs(out_dir, exist_ok=True)
    for name in os.listdir(data_bin):  # every language's dictionary, as in training
        if name.startswith("dict.") and name.endswith(".txt"):
            shutil.copyfile(os.path.join(data_bin, name), os.path.join(out_dir, name))
    spm_dir = os.path.join(out_dir, "spm")
    os.makedirs(spm_dir, exist_ok=True)
    encode_files(spm_model, raw_dir, spm_dir, pair_objs, ["test"])
    binarize(spm_dir, out_dir, dict_path, pair_objs, ["test"], workers)
    with open(out_manifest, "w", encoding="utf-8") as f:
        json.dump(key, f, indent=2)
    return key
