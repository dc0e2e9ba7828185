"""Raw corpus checks and the temperature formula (against fairseq's own function)."""
import numpy as np
import pytest

from mtl_nmt.corpus import Pair, check_corpus, discover_pairs, temperature_quotas
from mtl_nmt.errors import MtlNmtError
from mtl_nmt.sampling.temperature import temperature_probs


def write(path, n):
    path.write_text("".join(f"line {i}\n" for i in range(n)), encoding="utf-8")


def test_temperature_matches_fairseq_after_normalisation():
    from fairseq.data.multilingual.sampling_method import temperature_sampling

    sizes = [31154, 29426, 13348, 2000]
    for t in (1.0, 1.5, 5.0):
        ref = np.array(temperature_sampling(sizes, t))
        assert np.allclose(temperature_probs(sizes, t), ref / ref.sum())


def test_temperature_hand_computed():
    # sizes 3:1, T=2 -> weights sqrt(.75), sqrt(.25) -> 0.634, 0.366
    p = temperature_probs([300, 100], 2.0)
    assert p == pytest.approx([np.sqrt(0.75) / (np.sqrt(0.75) + 0.5), 0.5 / (np.sqrt(0.75) + 0.5)])
    assert temperature_probs([300, 100], 1.0) == pytest.approx([0.75, 0.25])
    assert temperature_probs([300, 100], 1e6) == pytest.approx([0.5, 0.5], abs=1e-5)


@pytest.mark.parametrize("t", [0.0, -1.0])
def test_temperature_must_be_positive(t):
    with pytest.raises(MtlNmtError, match="temperature must be > 0"):
        temperature_probs([1, 2], t)


def test_quotas_sum_to_budget_and_upsample_small():
    q = temperature_quotas([900, 100], 5.0, 1000)
    assert sum(q) == 1000 and q[1] > 100


def test_check_corpus_reports_mismatch_and_missing(tmp_path):
    for split in ("train", "valid", "test"):
        write(tmp_path / f"{split}.en-de.en", 5)
        write(tmp_path / f"{split}.en-de.de", 5)
    assert discover_pairs(str(tmp_path)) == [Pair("en", "de")]
    assert check_corpus(str(tmp_path), [Pair("en", "de")])["en-de"]["train"] == 5
    write(tmp_path / "valid.en-de.de", 4)
    with pytest.raises(MtlNmtError, match="mismatched line counts for valid en-de.*5 lines.*4"):
        check_corpus(str(tmp_path), [Pair("en", "de")])
    with pytest.raises(MtlNmtError, match="missing file for pair en-fr"):
        check_corpus(str(tmp_path), [Pair("en", "fr")])


def test_pair_parse_errors():
    with pytest.raises(MtlNmtError, match="malformed language pair"):
        Pair.parse("en_de")
