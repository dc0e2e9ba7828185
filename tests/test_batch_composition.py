"""bench/batch_composition.py's statistics on hand-computed batches (the bench itself reads real iterators)."""
import importlib.util
import os

import numpy as np
import pytest

from conftest import ROOT

_spec = importlib.util.spec_from_file_location("batch_composition", os.path.join(ROOT, "bench", "batch_composition.py"))
bc = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bc)


def test_composition_of_three_hand_made_batches():
    # rows: pair, sentence of the pair, source length, target length
    b1 = np.array([[0, 0, 4, 2], [1, 0, 4, 4]])   # target 6 of 8 slots, source 8 of 8, two pairs
    b2 = np.array([[0, 1, 2, 3], [0, 2, 4, 3]])   # target 6 of 6, source 6 of 8, one pair
    b3 = np.array([[0, 0, 4, 2]])                 # sentence (0, 0) again, two updates after b1
    words, tgt_pad, src_pad, pairs, ratio, lo, hi, g5, g95 = bc.composition([b1, b2, b3], corpus=5)
    assert words == pytest.approx(14 / 3)
    assert tgt_pad == pytest.approx(1 - 14 / 16) and src_pad == pytest.approx(1 - 18 / 20)
    assert pairs == pytest.approx(4 / 3)
    assert ratio == pytest.approx(np.mean([np.std([0.5, 1.0]), np.std([1.5, 0.75]), 0.0]))
    assert (lo, hi) == (0, 2)  # five training sentences, one never trained, (0, 0) twice
    assert g5 == g95 == 2


def test_sentences_read_both_item_shapes():
    ours = {"_pair_id": 2, "id": 7, "source": [1, 2, 3], "target": [4, 5]}
    fairseq = (1, {"id": 3, "source": [1], "target": [2, 3, 4]})
    assert bc._sentences([ours, fairseq]).tolist() == [[2, 7, 3, 2], [1, 3, 1, 3]]
