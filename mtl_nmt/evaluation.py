"""Per-pair BLEU/chrF with sacreBLEU (no fairseq import): tokenization follows the target
language as sacreBLEU documents it, and hypothesis/reference counts must match."""
import csv
import json
from dataclasses import asdict, dataclass
from typing import Dict, List, Optional, Sequence, Tuple

from .errors import MtlNmtError

_TOKENIZE = {"zh": "zh", "ja": "ja-mecab", "ko": "ko-mecab"}
TOKENIZE_AUTO = "auto"


def bleu_tokenizer(lang: str) -> str:
    """sacreBLEU tokenizer for a target language (``zh``, ``ja-mecab``, ``ko-mecab``, else 13a)."""
    return _TOKENIZE.get(lang.split("_")[0].lower(), "13a")


def bleu_tokenizers() -> List[str]:
    """Tokenizer names this sacreBLEU offers (13a, zh, ja-mecab, flores200, ...)."""
    from sacrebleu.metrics import bleu

    return list(getattr(bleu, "_TOKENIZERS", None) or ["none", "zh", "13a", "intl", "char", "ja-mecab",
                                                        "ko-mecab", "spm", "flores101", "flores200"])


def resolve_tokenizer(tokenize: Optional[str], target_lang: str) -> str:
    """``auto``/``None`` → the target language's tokenizer; an explicit name is checked."""
    if tokenize in (None, "", TOKENIZE_AUTO):
        return bleu_tokenizer(target_lang)
    known = bleu_tokenizers()
    if tokenize not in known:
        raise MtlNmtError(f"unknown sacreBLEU tokenizer {tokenize!r} (choose from {TOKENIZE_AUTO}, {', '.join(known)})")
    return tokenize


def bleu_from_stats(counts: Sequence[int], totals: Sequence[int], sys_len: int, ref_len: int) -> float:
    """Corpus BLEU from summed n-gram statistics (sacreBLEU's formula, exp smoothing)."""
    from sacrebleu.metrics import BLEU

    if ref_len <= 0:
        return 0.0
    return BLEU.compute_bleu([int(c) for c in counts], [int(t) for t in totals], int(sys_len), int(ref_len),
                             smooth_method="exp").score


@dataclass
class PairScore:
    pair: str
    train_size: int
    n_test: int
    bleu: float
    chrf: float
    bleu_signature: str
    chrf_signature: str
    length_ratio: float = 0.0  # hypothesis / reference length in BLEU's tokens; below 1 the brevity penalty applies


def score_pair(pair: str, hyps: Sequence[str], refs: Sequence[str], train_size: int,
               tokenize: Optional[str] = None) -> PairScore:
    """Corpus BLEU and chrF of one pair; one clear error if the counts differ. ``tokenize``: a sacreBLEU
    tokenizer, or ``auto``/``None`` for the target language's (:func:`bleu_tokenizer`)."""
    from sacrebleu.metrics import BLEU, CHRF

    if len(hyps) != len(refs):
        raise MtlNmtError(
            f"{pair}: {len(hyps)} hypotheses for {len(refs)} references — sentences were dropped "
            "(fairseq-generate needs --required-batch-size-multiple 1)"
        )
    tokenize = resolve_tokenizer(tokenize, pair.split("-")[1])
    try:
        bleu = BLEU(tokenize=tokenize)
        b = bleu.corpus_score(list(hyps), [list(refs)])
    except Exception as e:
        hint = ("install sacrebleu[ja] or sacrebleu[ko]" if "mecab" in tokenize else
                "its sentencepiece model is downloaded on first use (needs internet once)"
                if tokenize.startswith(("flores", "spm", "spBLEU")) else "")
        raise MtlNmtError(f"sacreBLEU tokenizer {tokenize!r} for {pair} is unavailable "
                          f"({' '.join(str(e).split())}){'; ' + hint if hint else ''}") from None
    chrf = CHRF()
    c = chrf.corpus_score(list(hyps), [list(refs)])
    return PairScore(pair, train_size, len(refs), round(b.score, 2), round(c.score, 2),
                     str(bleu.get_signature()), str(chrf.get_signature()),
                     round(b.sys_len / b.ref_len, 4) if b.ref_len else 0.0)


def group_means(scores: List[PairScore], low_resource_max: int) -> Dict[str, Dict[str, float]]:
    """Mean BLEU/chrF over low-resource pairs (train size ≤ ``low_resource_max``) and the rest."""
    groups = {"low": [s for s in scores if s.train_size <= low_resource_max],
              "high": [s for s in scores if s.train_size > low_resource_max],
              "all": list(scores)}
    out = {}
    for name, members in groups.items():
        if members:
            out[name] = {"bleu": round(sum(s.bleu for s in members) / len(members), 2),
                         "chrf": round(sum(s.chrf for s in members) / len(members), 2),
                         "pairs": [s.pair for s in members]}
    return out


def format_table(scores: List[PairScore], means: Dict[str, dict], low_resource_max: int) -> str:
    lines = [f"{'pair':<10} {'train':>8} {'test':>6} {'BLEU':>7} {'chrF':>7}", "-" * 42]
    for s in scores:
        lines.append(f"{s.pair:<10} {s.train_size:>8} {s.n_test:>6} {s.bleu:>7.2f} {s.chrf:>7.2f}")
    lines.append("-" * 42)
    labels = {"low": f"low (≤{low_resource_max})", "high": f"high (>{low_resource_max})", "all": "all pairs"}
    for key in ("low", "high", "all"):
        if key in means:
            m = means[key]
            lines.append(f"{labels[key] + ' mean':<26} {m['bleu']:>7.2f} {m['chrf']:>7.2f}")
    if scores:
        lines.append(f"BLEU signature: {scores[0].bleu_signature}")
        lines.append(f"chrF signature: {scores[0].chrf_signature}")
    return "\n".join(lines)


def example_indices(n_sentences: int, n_examples: int) -> List[int]:
    """Evenly spaced sentence indices (first, ..., last): examples that are not hand-picked."""
    k = max(0, min(n_examples, n_sentences))
    if k <= 1:
        return list(range(k))
    return sorted({round(i * (n_sentences - 1) / (k - 1)) for i in range(k)})


def format_examples(pair: str, sources: Sequence[str], refs: Sequence[str], hyps: Sequence[str],
                    n_examples: int, width: int = 110, beside: Sequence[Tuple[str, Sequence[str]]] = ()) -> str:
    """``n_examples`` evenly spaced test sentences of one pair: source, reference and hypothesis, then
    the same sentence as translated by each ``(label, hypotheses)`` of ``beside`` (other systems)."""
    def cut(text):
        return text if len(text) <= width else text[: width - 1] + "…"

    labels = max([len("hypothesis")] + [len(label) for label, _ in beside])
    lines = [f"== {pair}: {n_examples} of {len(refs)} test sentences (evenly spaced, not chosen)"]
    for i in example_indices(len(refs), n_examples):
        rows = [("source", sources[i]), ("reference", refs[i]), ("hypothesis", hyps[i])]
        rows += [(label, other[i]) for label, other in beside]
        lines += [f"  [{i}] {label:<{labels}} {cut(text)}" for label, text in rows]
    return "\n".join(lines)


def write_results(scores: List[PairScore], means: dict, json_path: str, csv_path: str, extra: dict = None) -> None:
    with open(json_path, "w", encoding="utf-8") as f:
        json.dump({"pairs": [asdict(s) for s in scores], "means": means, **(extra or {})}, f, indent=2, ensure_ascii=False)
    with open(csv_path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["pair", "train_size", "n_test", "bleu", "chrf"])
        for s in scores:
            w.writerow([s.pair, s.train_size, s.n_test, s.bleu, s.chrf])
        for key, m in means.items():
            w.writerow([f"mean_{key}", "", "", m["bleu"], m["chrf"]])
