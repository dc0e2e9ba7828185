"""Paired bootstrap resampling (Koehn, 2004, "Statistical Significance Tests for Machine Translation
Evaluation", §4) of corpus BLEU and chrF, with sacreBLEU's own test: ``sacrebleu.significance.PairedTest``
(``test_type="bs"``, sacreBLEU ≥ 2.0, a port of Moses' ``bootstrap-hypothesis-difference-significance.pl``).
It draws sentence indices with replacement, applies the same draw to both systems, recomputes each
corpus score from the summed sentence-level sufficient statistics and returns
p = (c + 1) / (n + 1), c = resamples whose mean-centred absolute score difference exceeds the observed one.
The draw is seeded by ``SACREBLEU_SEED`` (default 12345), so a comparison is reproducible.

One correction: sacreBLEU counts strictly larger differences, which gives two identical systems (every
resampled difference 0) p = 1 / (n + 1), "significant". An observed difference of exactly 0 gets p = 1.

The bootstrap treats each model's output as fixed; training noise (another seed, another model) is
tested by :func:`welch_p` over per-seed scores (Welch 1947, "The generalization of Student's
problem when several different population variances are involved")."""
import math
from typing import Dict, Sequence

from ..errors import MtlNmtError

METRICS = ("bleu", "chrf")


def paired_bootstrap(baseline: Sequence[str], systems: Dict[str, Sequence[str]], references: Sequence[str],
                     tokenize: str, n_samples: int = 1000) -> Dict[str, Dict[str, float]]:
    """``{system: {"bleu": p, "chrf": p}}``: each system against ``baseline`` on the same ``references``
    (one hypothesis per reference, in the same order); BLEU with the sacreBLEU tokenizer ``tokenize``."""
    from sacrebleu.metrics import BLEU, CHRF
    from sacrebleu.significance import PairedTest

    if n_samples < 1:
        raise MtlNmtError(f"--bootstrap-samples must be at least 1, got {n_samples}")
    for name, hyps in [("baseline", baseline), *systems.items()]:
        if len(hyps) != len(references):
            raise MtlNmtError(f"{name}: {len(hyps)} hypotheses for {len(references)} references")
    metrics = {"bleu": BLEU(tokenize=tokenize), "chrf": CHRF()}
    named = [("baseline", list(baseline))] + [(name, list(hyps)) for name, hyps in systems.items()]
    _signatures, results = PairedTest(named, metrics, [list(references)], test_type="bs", n_samples=n_samples)()
    columns = [key for key in results if key != "System"]  # sacreBLEU's metric names, in the order given
    out: Dict[str, Dict[str, float]] = {name: {} for name in systems}
    for metric, column in zip(METRICS, columns):
        base = results[column][0].score
        for name, result in zip(systems, results[column][1:]):
            out[name][metric] = 1.0 if result.score == base else float(result.p_value)
    return out


def welch_p(a: Sequence[float], b: Sequence[float]) -> float:
    """Two-sided p of Welch's t-test between per-seed scores ``a`` and ``b``:
    t = (mean_a − mean_b) / sqrt(s_a²/n_a + s_b²/n_b), Welch–Satterthwaite degrees of freedom.
    NaN when a side has fewer than two seeds (no variance to test against); with no variance on
    either side, 1 for equal means and 0 otherwise."""
    from scipy import stats

    if len(a) < 2 or len(b) < 2:
        return math.nan
    if max(a) == min(a) and max(b) == min(b):
        return 1.0 if a[0] == b[0] else 0.0
    return float(stats.ttest_ind(list(a), list(b), equal_var=False).pvalue)
