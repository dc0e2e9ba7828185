"""Export a dense multilingual fairseq checkpoint to CTranslate2, once for every pair.

The data-bin's dictionary is shared, so one converted model holds every language token. Beside the
model, ``mtl_nmt_export.json`` records the pairs, the language-token settings and the source
checkpoint's sha256/size/mtime, so a stale export is detected (:func:`export_status`).
"""
import argparse
import datetime
import json
import logging
import os
import shutil
import subprocess
import sys
from typing import Dict, List, Optional, Tuple

from ..benchmarks.download import file_sha256
from ..checkpoints import lang_pairs, model_config, read_checkpoint, task_config
from ..corpus import Pair
from ..errors import MtlNmtError
from ..paths import user_dir

logger = logging.getLogger("mtl_nmt.ct2_export")

EXPORT_RECORD = "mtl_nmt_export.json"
QUANTIZATIONS = ("none", "int8", "int8_float32", "int8_float16", "int8_bfloat16", "int16",
                 "float16", "bfloat16", "float32")
_CONVERTIBLE_MODELS = ("transformer",)


def checkpoint_configs(path: str) -> Tuple[argparse.Namespace, dict]:
    """The model options (a Namespace) and task options (a dict) a checkpoint was trained with."""
    state = read_checkpoint(path)
    model, task = model_config(state), task_config(state)
    if model is None or task is None:
        raise MtlNmtError(f"{path} has no model/task configuration (not a fairseq >= 0.10 checkpoint)")
    return model, task


def check_convertible(model_cfg: argparse.Namespace, path: str) -> None:
    """Only dense fairseq ``transformer`` models convert; anything else is one clear error."""
    from fairseq.models import ARCH_MODEL_NAME_REGISTRY

    arch = getattr(model_cfg, "arch", None) or getattr(model_cfg, "_name", None)
    model_name = ARCH_MODEL_NAME_REGISTRY.get(arch)
    if model_name not in _CONVERTIBLE_MODELS:
        kind = "a BASE-layer MoE model" if model_name == "base_moe_transformer" else f"model {model_name!r}"
        raise MtlNmtError(f"{path}: architecture {arch!r} is {kind}, which CTranslate2 cannot run (only dense "
                          "'transformer' checkpoints export); use --engine fairseq")
    if getattr(model_cfg, "lang_tok_replacing_bos_eos", False):
        raise MtlNmtError(f"{path} was trained with --lang-tok-replacing-bos-eos, which CTranslate2 does not "
                          "support; use --engine fairseq")


def trained_pairs(task_cfg: dict) -> List[Pair]:
    pairs = lang_pairs(task_cfg)
    if not pairs:
        raise MtlNmtError("the checkpoint records no --lang-pairs")
    return [Pair.parse(p) for p in pairs]


def lang_token(lang: str, style: str) -> str:
    from fairseq.data.multilingual.multilingual_utils import get_lang_tok

    return get_lang_tok(lang, style or "multilingual")


def pair_prefixes(task_cfg: dict, pair: Pair) -> Tuple[List[str], List[str]]:
    """Source and target prefix tokens of a pair, as fairseq adds them (``--encoder-langtok src|tgt``,
    ``--decoder-langtok``)."""
    style = task_cfg.get("lang_tok_style") or "multilingual"
    enc = task_cfg.get("encoder_langtok")
    if enc not in (None, "src", "tgt"):
        raise MtlNmtError(f"unsupported --encoder-langtok {enc!r}")
    source = [lang_token(pair.src if enc == "src" else pair.tgt, style)] if enc else []
    target = [lang_token(pair.tgt, style)] if task_cfg.get("decoder_langtok") else []
    return source, target


def shared_dictionary_sha(data_bin: str, task_cfg: dict, pairs: List[Pair]) -> str:
    """sha256 of the one dictionary every language uses; an error if the languages' dictionaries differ."""
    fixed = task_cfg.get("fixed_dictionary")
    if fixed:
        if not os.path.isfile(fixed):
            raise MtlNmtError(f"fixed dictionary {fixed!r} of the checkpoint does not exist")
        return file_sha256(fixed)
    langs = sorted({lang for p in pairs for lang in (p.src, p.tgt)})
    shas = {}
    for lang in langs:
        path = os.path.join(data_bin, f"dict.{lang}.txt")
        if not os.path.isfile(path):
            raise MtlNmtError(f"{path} does not exist (is {data_bin!r} the data-bin the model was trained on?)")
        shas[lang] = file_sha256(path)
    if len(set(shas.values())) != 1:
        raise MtlNmtError(f"the dictionaries of {', '.join(langs)} in {data_bin} differ: one CTranslate2 model "
                          "serves all pairs only with a shared dictionary (mtl-nmt-prepare writes one)")
    return next(iter(shas.values()))


def read_vocabularies(model_dir: str) -> Tuple[List[str], List[str]]:
    """Source and target vocabularies of a converted model (shared or separate, json or txt)."""
    def read(stem):
        for ext in (".json", ".txt"):
            path = os.path.join(model_dir, stem + ext)
            if os.path.isfile(path):
                with open(path, encoding="utf-8") as f:
                    return json.load(f) if ext == ".json" else [line.rstrip("\n") for line in f]
        return None

    shared = read("shared_vocabulary")
    if shared is not None:
        return shared, shared
    source, target = read("source_vocabulary"), read("target_vocabulary")
    if source is None or target is None:
        raise MtlNmtError(f"{model_dir} holds no CTranslate2 vocabulary files")
    return source, target


def read_record(model_dir: str) -> Optional[dict]:
    path = os.path.join(model_dir, EXPORT_RECORD)
    if not os.path.isfile(path):
        return None
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def export_status(model_dir: str, checkpoint: str, quantization: Optional[str] = None) -> Optional[str]:
    """``None`` if ``model_dir`` holds an up-to-date export of ``checkpoint``; otherwise why not."""
    if not os.path.isfile(os.path.join(model_dir, "model.bin")):
        return f"no CTranslate2 model in {model_dir}"
    record = read_record(model_dir)
    if record is None:
        return f"no export record ({EXPORT_RECORD}) in {model_dir}"
    if quantization is not None and record.get("quantization") != quantization:
        return f"exported with --quantization {record.get('quantization')}, asked for {quantization}"
    st = os.stat(checkpoint)
    if (record.get("checkpoint") == os.path.abspath(checkpoint) and record.get("checkpoint_size") == st.st_size
            and record.get("checkpoint_mtime_ns") == st.st_mtime_ns):
        return None
    sha = file_sha256(checkpoint)
    if sha != record.get("checkpoint_sha256"):
        return (f"stale: exported from a different checkpoint (sha256 {str(record.get('checkpoint_sha256'))[:12]}, "
                f"{checkpoint} now has {sha[:12]})")
    return None


def _convert(checkpoint: str, data_bin: str, pair: Pair, out: str, quantization: str) -> None:
    """Convert in a fresh process: the converter runs torch, and once torch's OpenMP pool has worked
    in a process, CTranslate2 decoding there is about 5× slower on 2 cores (measured)."""
    code = ("import sys; from mtl_nmt.errors import MtlNmtError; from mtl_nmt.corpus import Pair; "
            "from mtl_nmt.inference.ct2_export import _convert_here\n"
            "try: _convert_here(sys.argv[1], sys.argv[2], Pair(sys.argv[3], sys.argv[4]), sys.argv[5], sys.argv[6])\n"
            "except MtlNmtError as e: sys.exit(str(e))")
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")])))
    proc = subprocess.run([sys.executable, "-c", code, checkpoint, data_bin, pair.src, pair.tgt, out, quantization],
                          env=env, stderr=subprocess.PIPE, text=True)
    if proc.returncode != 0:
        lines = [line for line in proc.stderr.splitlines() if line.strip() and "Warning" not in line]
        raise MtlNmtError(lines[-1] if lines else f"CTranslate2 conversion of {checkpoint} failed "
                          f"(exit {proc.returncode})")


def _convert_here(checkpoint: str, data_bin: str, pair: Pair, out: str, quantization: str) -> None:
    try:
        from ctranslate2.converters.fairseq import FairseqConverter
    except ImportError:
        raise MtlNmtError("CTranslate2 is not installed (pip install 'mtl-nmt[fast]'); or use --engine fairseq") \
            from None
    converter = FairseqConverter(checkpoint, data_bin, source_lang=pair.src, target_lang=pair.tgt,
                                 user_dir=user_dir(), unsafe_deserialization=True)
    try:
        converter.convert(out, quantization=None if quantization == "none" else quantization, force=True)
    except ValueError as e:
        raise MtlNmtError(f"CTranslate2 cannot convert {checkpoint}: {' '.join(str(e).split())}; "
                          "use --engine fairseq") from None


def export_checkpoint(checkpoint: str, data_bin: str, out_dir: str, quantization: str = "none",
                      force: bool = False) -> dict:
    """Convert ``checkpoint`` into ``out_dir`` (skipped if up to date, unless ``force``); return the record."""
    if quantization not in QUANTIZATIONS:
        raise MtlNmtError(f"unknown --quantization {quantization!r} (choose from {', '.join(QUANTIZATIONS)})")
    if not os.path.isfile(checkpoint):
        raise MtlNmtError(f"checkpoint {checkpoint!r} does not exist")
    if not os.path.isdir(data_bin):
        raise MtlNmtError(f"data-bin {data_bin!r} does not exist")
    if not force and os.path.isdir(out_dir):
        reason = export_status(out_dir, checkpoint, quantization)
        if reason is None:
            logger.info("%s is up to date (use --force to export again)", out_dir)
            return read_record(out_dir)
        if os.listdir(out_dir) and read_record(out_dir) is None:
            raise MtlNmtError(f"{out_dir} exists and is not an mtl-nmt CTranslate2 export; use --force to replace it")
        logger.info("exporting again: %s", reason)
    model_cfg, task_cfg = checkpoint_configs(checkpoint)
    check_convertible(model_cfg, checkpoint)
    pairs = trained_pairs(task_cfg)
    dict_sha = shared_dictionary_sha(data_bin, task_cfg, pairs)
    prefixes = {p.name: pair_prefixes(task_cfg, p) for p in pairs}
    st = os.stat(checkpoint)
    record = {
        "format": 1, "checkpoint": os.path.abspath(checkpoint), "checkpoint_sha256": file_sha256(checkpoint),
        "checkpoint_size": st.st_size, "checkpoint_mtime_ns": st.st_mtime_ns,
        "data_bin": os.path.abspath(data_bin), "dictionary_sha256": dict_sha, "arch": model_cfg.arch,
        "pairs": [p.name for p in pairs], "lang_tok_style": task_cfg.get("lang_tok_style") or "multilingual",
        "encoder_langtok": task_cfg.get("encoder_langtok"), "decoder_langtok": bool(task_cfg.get("decoder_langtok")),
        "prefixes": {name: {"source": s, "target": t} for name, (s, t) in prefixes.items()},
        "quantization": quantization,
    }
    tmp = os.path.abspath(out_dir).rstrip(os.sep) + f".tmp-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    try:
        _convert(checkpoint, data_bin, pairs[0], tmp, quantization)
        source_vocab, target_vocab = read_vocabularies(tmp)
        source_vocab, target_vocab = set(source_vocab), set(target_vocab)
        missing = sorted({f"{tok} ({name} source)" for name, (s, _) in prefixes.items() for tok in s
                          if tok not in source_vocab} |
                         {f"{tok} ({name} target)" for name, (_, t) in prefixes.items() for tok in t
                          if tok not in target_vocab})
        if missing:
            raise MtlNmtError(f"language tokens missing from the exported vocabulary: {', '.join(missing)}")
        import ctranslate2

        record["ctranslate2_version"] = ctranslate2.__version__
        record["exported_at"] = datetime.datetime.now().isoformat(timespec="seconds")
        with open(os.path.join(tmp, EXPORT_RECORD), "w", encoding="utf-8") as f:
            json.dump(record, f, indent=2)
        if os.path.exists(out_dir):
            shutil.rmtree(out_dir)
        os.makedirs(os.path.dirname(os.path.abspath(out_dir)), exist_ok=True)
        os.replace(tmp, out_dir)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    logger.info("exported %s → %s (%s; pairs %s)", checkpoint, out_dir, quantization, ",".join(record["pairs"]))
    return record


def ensure_export(checkpoint: str, data_bin: str, out_dir: str, quantization: str = "none") -> dict:
    """The record of an up-to-date export in ``out_dir``, exporting first if it is missing or stale."""
    return export_checkpoint(checkpoint, data_bin, out_dir, quantization, force=False)


def prefixes_from_record(record: Dict, pair: Pair) -> Tuple[List[str], List[str]]:
    entry = record["prefixes"].get(pair.name)
    if entry is None:
        raise MtlNmtError(f"the CTranslate2 export has no pair {pair.name} (its pairs: {','.join(record['pairs'])})")
    return entry["source"], entry["target"]
