"""Synthetic multilingual data for ``tests/gpu/gpu_selftest.py``: toy languages derived from English-like
pseudo-words, written as raw ``{train,valid,test}.en-XX.{en,XX}`` files and binarized with
``mtl-nmt-prepare`` (joint sentencepiece, one data-bin), so the self-test needs no download."""
import json
import os
import random
import subprocess
import sys

SYLLABLES = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]
LANGS = ("xx", "yy", "zz")


def lexicon(size: int, rng: random.Random):
    """``size`` distinct pseudo-words of 1 to 3 syllables."""
    words = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 3))))
    return sorted(words)


def translate(words, lang: str):
    """xx suffixes every word, yy also reverses the order, zz swaps neighbours."""
    if lang == "yy":
        words = words[::-1]
    elif lang == "zz":
        words = [w for i in range(0, len(words), 2) for w in words[i:i + 2][::-1]]
    return " ".join(w + lang for w in words)


def write_corpus(raw_dir, sizes, dev, lexicon_size, max_len, seed=0):
    """Write the raw corpus: ``sizes`` maps each toy language to its training-sentence count."""
    rng = random.Random(seed)
    words = lexicon(lexicon_size, rng)
    os.makedirs(raw_dir, exist_ok=True)
    for lang, n_train in sizes.items():
        for split, n in (("train", n_train), ("valid", dev), ("test", dev)):
            en = [[rng.choice(words) for _ in range(rng.randint(3, max_len))] for _ in range(n)]
            for side, lines in (("en", [" ".join(s) for s in en]), (lang, [translate(s, lang) for s in en])):
                with open(os.path.join(raw_dir, f"{split}.en-{lang}.{side}"), "w", encoding="utf-8") as f:
                    f.write("\n".join(lines) + "\n")


def build(work_dir, sizes, dev, lexicon_size, max_len, vocab, workers, timeout):
    """Raw corpus + data-bin under ``work_dir`` (kept from an earlier call with the same sizes); returns
    (data-bin, pairs). Raises RuntimeError with the last error line when mtl-nmt-prepare fails."""
    raw, data_bin = os.path.join(work_dir, "raw"), os.path.join(work_dir, "data-bin")
    pairs = ",".join(f"en-{lang}" for lang in sizes)
    stamp, params = os.path.join(work_dir, "selftest_data.json"), [sizes, dev, lexicon_size, max_len, vocab]
    if os.path.exists(stamp):
        with open(stamp, encoding="utf-8") as f:
            if json.load(f) == params:
                return data_bin, pairs
    write_corpus(raw, sizes, dev, lexicon_size, max_len)
    cmd = [sys.executable, "-m", "mtl_nmt.cli.prepare", "--raw-dir", raw, "--out-dir", data_bin,
           "--vocab-size", str(vocab), "--workers", str(workers)]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=work_dir,
                          env=dict(os.environ, PYTHONWARNINGS="ignore"))
    if proc.returncode != 0:
        lines = [x for x in (proc.stdout + proc.stderr).splitlines() if x.strip()]
        raise RuntimeError(f"mtl-nmt-prepare failed: {lines[-1] if lines else proc.returncode}")
    with open(stamp, "w", encoding="utf-8") as f:
        json.dump(params, f)
    return data_bin, pairs
