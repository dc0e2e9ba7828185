"""Translate raw sentences with a CTranslate2 export: sentencepiece pieces with the pair's language
tokens in, fairseq-identical post-processing out (prefix and ``<s>``/``</s>`` stripped,
``--post-process sentencepiece``)."""
import os
from typing import List, Optional, Sequence

from ..errors import MtlNmtError

# fairseq-generate's defaults: max_len = max_len_a * src_len + max_len_b with max_len_a = 0.
MAX_LEN_B = 200


def default_threads() -> int:
    """Threads for either engine: OMP_NUM_THREADS if set, else torch's count."""
    env = os.environ.get("OMP_NUM_THREADS", "")
    if env.isdigit() and int(env) > 0:
        return int(env)
    import torch

    return torch.get_num_threads()


def load_translator(model_dir: str, device: str = "cpu", threads: int = 0, compute_type: str = "default"):
    try:
        import ctranslate2
    except ImportError:
        raise MtlNmtError("CTranslate2 is not installed (pip install 'mtl-nmt[fast]'); or use --engine fairseq") \
            from None
    if not os.path.isfile(os.path.join(model_dir, "model.bin")):
        raise MtlNmtError(f"{model_dir} holds no CTranslate2 model (model.bin)")
    return ctranslate2.Translator(model_dir, device=device, compute_type=compute_type,
                                  intra_threads=threads or default_threads(), inter_threads=1)


def load_spm(path: str):
    import sentencepiece as spm

    if not os.path.isfile(path):
        raise MtlNmtError(f"sentencepiece model {path!r} does not exist")
    return spm.SentencePieceProcessor(model_file=path)


def detokenize(tokens: Sequence[str], target_prefix: Sequence[str]) -> str:
    """fairseq's D- line for CTranslate2 output tokens (prefix, langtok, <s>, </s> stripped)."""
    tokens = list(tokens)
    if target_prefix and tokens[:len(target_prefix)] == list(target_prefix):
        tokens = tokens[len(target_prefix):]
    strip = set(target_prefix) | {"<s>", "</s>"}
    pieces = ["<pad>" if t == "<blank>" else t for t in tokens if t not in strip]
    return "".join(pieces).replace("\u2581", " ").strip()


def translate_lines(translator, sp, lines: Sequence[str], source_prefix: Sequence[str],
                    target_prefix: Sequence[str], beam: int = 5, lenpen: float = 1.0, batch_size: int = 32,
                    max_len_b: int = MAX_LEN_B, max_input_length: Optional[int] = 1024) -> List[str]:
    """Detokenized translations of ``lines`` (one per line, in order)."""
    if beam < 1:
        raise MtlNmtError(f"--beam must be at least 1 (got {beam})")
    sources = [list(source_prefix) + pieces for pieces in sp.encode(list(lines), out_type=str)]
    if not sources:
        return []
    prefix = [list(target_prefix)] * len(sources) if target_prefix else None
    results = translator.translate_batch(
        sources, prefix, max_batch_size=batch_size, batch_type="examples", beam_size=beam,
        length_penalty=lenpen, max_decoding_length=max_len_b, max_input_length=max_input_length or 0)
    hyps = [detokenize(r.hypotheses[0], target_prefix) for r in results]
    if len(hyps) != len(lines):
        raise MtlNmtError(f"CTranslate2 returned {len(hyps)} translations for {len(lines)} sentences")
    return hyps
