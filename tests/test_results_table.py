"""scripts/results_table.py --dev: the dev grid's table read from a run's train.log and row.json."""
import importlib.util
import json
import os

import pytest
from conftest import ROOT

_spec = importlib.util.spec_from_file_location("results_table", os.path.join(ROOT, "scripts", "results_table.py"))
results_table = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(results_table)


def test_dev_table_takes_the_best_validation_and_its_pairs(tmp_path, capsys):
    """The best dev loss is the lowest validation's (not the last), with each pair's dev loss at that
    validation; BLEU per pair and its mean come from row.json; words per update average the wpb."""
    run = tmp_path / "ours_s1"
    run.mkdir()
    lines = []
    for u, wpb in ((100, 1600), (200, 1700)):
        lines.append(f"2026-12-06 10:00:00 | INFO | train_inner | epoch 001:    {u} / 900 loss=5.1, wpb={wpb}, "
                     f"num_updates={u}, lr=0.003")
    for u, loss, de, hi in ((500, 6.1, 5.2, 8.0), (1000, 5.9, 5.0, 8.4), (1500, 6.0, 4.9, 8.9)):
        lines.append(f"2026-12-06 10:00:00 | INFO | valid | epoch 001 | valid on 'valid' subset | loss {loss} | "
                     f"loss_en-de {de} | loss_en-hi {hi} | num_updates {u}")
    (run / "train.log").write_text("\n".join(lines) + "\n", encoding="utf-8")
    row = {"name": "ours_s1", "train_seconds": 1, "pairs": [{"pair": "en-de", "bleu": 20.0, "chrf": 50.0},
                                                            {"pair": "en-hi", "bleu": 5.5, "chrf": 30.0}]}
    (run / "row.json").write_text(json.dumps(row), encoding="utf-8")
    results_table.main(["--dev", str(run)])
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert last == "| ours_s1 | 5.900 (1,000) | 5.000 | 8.400 | 20.00 | 5.50 | 12.75 | 1,650 | – |"


def test_epochs_per_pair_sum_the_logged_samples_over_the_training_sentences(tmp_path, capsys):
    """Epochs per pair: samples_<pair> summed over the train_inner intervals (an interval a restarted run
    logged twice counts once, its last line) over the sizes the data manager logged (the last load wins)."""
    run = tmp_path / "heat_s1"
    run.mkdir()
    manager = "2026-12-06 10:00:00 | INFO | fairseq.data.multilingual.multilingual_data_manager | data-bin"
    lines = [f"{manager} train en-de 1000 examples", f"{manager} train en-hi 50 examples",
             f"{manager} valid en-de 500 examples"]
    for u, de, hi in ((100, 600, 40), (200, 700, 60), (200, 650, 70), (300, 850, 94)):
        if u == 200 and de == 650:
            lines += [f"{manager} train en-de 1000 examples", f"{manager} train en-hi 40 examples"]
        lines.append(f"2026-12-06 10:00:00 | INFO | train_inner | epoch 001:    {u} / 900 loss=5.1, "
                     f"samples_en-de={de}, samples_en-hi={hi}, wpb=1600, num_updates={u}")
    lines.append("2026-12-06 10:00:00 | INFO | valid | epoch 001 | valid on 'valid' subset | loss 6.0 | "
                 "loss_en-de 5.0 | loss_en-hi 7.0 | num_updates 300")
    (run / "train.log").write_text("\n".join(lines) + "\n", encoding="utf-8")
    row = {"name": "heat_s1", "train_seconds": 1, "pairs": [{"pair": "en-de", "bleu": 20.0, "chrf": 50.0},
                                                            {"pair": "en-hi", "bleu": 5.0, "chrf": 30.0}]}
    (run / "row.json").write_text(json.dumps(row), encoding="utf-8")
    results_table.main(["--dev", str(run)])
    out = capsys.readouterr().out.strip().splitlines()
    assert out[0].endswith("| words / update | epochs per pair |")
    # en-de (600 + 650 + 850) / 1000 = 2.1; en-hi (40 + 70 + 94) / 40 = 5.1 (not / 50, not with the 60)
    assert out[-1].endswith("| 1,600 | 2.1 / 5.1 |")
    log = results_table.parse_log(str(run / "train.log"))
    assert results_table.train_sizes(str(run / "train.log")) == {"en-de": 1000, "en-hi": 40}
    assert results_table.epochs_trained(log["train_inner"], {"en-de": 1000, "en-hi": 40}) == \
        pytest.approx({"en-de": 2.1, "en-hi": 5.1})


def test_runs_of_two_corpora_get_one_clear_error(tmp_path):
    """Runs whose pairs differ (two corpora) stop with an error naming both, not a KeyError."""
    for name, pairs in (("a_s1", ["en-de", "en-hi"]), ("b_s1", ["en-de", "en-nl"])):
        (tmp_path / name).mkdir()
        row = {"name": name, "train_seconds": 1, "pairs": [{"pair": p, "bleu": 1.0, "chrf": 1.0} for p in pairs]}
        (tmp_path / name / "row.json").write_text(json.dumps(row), encoding="utf-8")
    with pytest.raises(SystemExit) as e:
        results_table.main(["--dev", str(tmp_path / "a_s1"), str(tmp_path / "b_s1")])
    assert "en-nl" in str(e.value) and "one table per corpus" in str(e.value)
