"""mtl-nmt-plot: parsing fairseq-train logs (simple and json formats), plots, metrics.csv, errors."""
import csv
import json
import os

import numpy as np
import pytest
from matplotlib.colors import to_rgba
from matplotlib.image import imread

from mtl_nmt.cli import plot
from mtl_nmt.reporting import figures, style
from mtl_nmt.reporting import logs as training_logs

PAIRS = ("en-xx", "en-yy", "en-zh_cn")
STAMP = "2026-11-22 06:41:36 | INFO | "
# Six train_inner intervals: target probabilities, sampled sentences, task weights.
PROBS = [(0.5, 0.3, 0.2)] * 3 + [(0.4, 0.35, 0.25)] * 3
SAMPLES = [(60, 30, 10), (50, 30, 20), (45, 35, 20), (40, 40, 20), (40, 35, 25), (30, 45, 25)]
VALID_LOSS = [(8.25, 9.5, 10.125), (7.5, 8.75, 9.25), (6.625, 7.5, 8.375)]
VALID_BLEU = [(1.5, 0.75, 0.25), (5.5, 3.25, 1.0), (12.3, 8.5, 4.75)]


def train_stats(i):
    """The i-th train_inner record as fairseq formats it (strings), num_updates = 2 * (i + 1)."""
    stats = {"loss": f"{9.5 - i * 0.5:.3f}", "nll_loss": f"{9.25 - i * 0.5:.3f}"}
    for pair, prob, samples in zip(PAIRS, PROBS[i], SAMPLES[i]):
        stats[f"samples_{pair}"] = str(samples)
        stats[f"prob_{pair}"] = str(prob)
        stats[f"weight_{pair}"] = str(round(1.0 + 0.1 * i * (PAIRS.index(pair) - 1), 3))
    stats.update({"ppl": "92.45", "wps": "783.9", "bsz": "100", "num_updates": str(2 * (i + 1)),
                  "lr": f"{0.0005 * (i + 1):g}", "gnorm": "1.056", "wall": str(3 * i)})
    return stats


def valid_stats(j):
    """The j-th validation record (strings), num_updates = 4 * (j + 1)."""
    stats = {"loss": f"{sum(VALID_LOSS[j]) / 3:.3f}", "nll_loss": "7.463"}
    for pair, loss, bleu in zip(PAIRS, VALID_LOSS[j], VALID_BLEU[j]):
        stats[f"loss_{pair}"] = str(loss)
        stats[f"nll_loss_{pair}"] = str(loss - 0.5)
        stats[f"bleu_{pair}"] = str(bleu)
    stats.update({"ppl": "176.41", "wps": "8223.8", "num_updates": str(4 * (j + 1)), "best_loss": "6.9"})
    return stats


def simple_log(train=6, valid=3, drop=()):
    lines = [STAMP + "fairseq_cli.train | task: MultilingualScheduledTask",
             STAMP + "fairseq.trainer | begin training epoch 1"]
    for i in range(train):
        stats = {k: v for k, v in train_stats(i).items() if not k.startswith(drop)}
        kv = ", ".join(f"{k}={v}" for k, v in stats.items())
        lines.append(STAMP + f"train_inner | epoch {i // 2 + 1:03d}:{i % 2 + 1:>7} / 2 {kv}")
        if i % 2 == 1 and i // 2 < valid:
            stats = {k: v for k, v in valid_stats(i // 2).items() if not k.startswith(drop)}
            parts = " | ".join(f"{k} {v}" for k, v in stats.items())
            lines.append(STAMP + f"valid | epoch {i // 2 + 1:03d} | valid on 'valid' subset | {parts}")
            lines.append(STAMP + f"train | epoch {i // 2 + 1:03d} | loss 7.1 | num_updates {2 * (i + 1)}")
    return "\n".join(lines) + "\n"


def json_log(train=6, valid=3):
    lines = [STAMP + "fairseq.trainer | begin training epoch 1"]
    for i in range(train):
        record = {"epoch": i // 2 + 1, "update": round((i + 1) / 2, 3), **train_stats(i)}
        lines.append(STAMP + "train_inner | " + json.dumps(record))
        if i % 2 == 1 and i // 2 < valid:
            stats = {"valid_" + k: v for k, v in valid_stats(i // 2).items()}
            lines.append(STAMP + "valid | " + json.dumps({"epoch": i // 2 + 1, **stats}))
            lines.append(STAMP + "train | " + json.dumps({"epoch": i // 2 + 1, "train_loss": "7.1",
                                                          "train_num_updates": str(2 * (i + 1))}))
    return "\n".join(lines) + "\n"


@pytest.fixture
def logs(tmp_path):
    paths = {}
    for name, text in (("simple.log", simple_log()), ("json.log", json_log())):
        paths[name.split(".")[0]] = str(tmp_path / name)
        (tmp_path / name).write_text(text)
    return paths


def test_parse_simple_log_values(logs):
    parsed = training_logs.parse_log(logs["simple"])
    assert len(parsed["train_inner"]) == 6 and len(parsed["valid"]) == 3
    rec = parsed["train_inner"][3]
    assert rec["num_updates"] == 8 and rec["epoch"] == 2
    assert rec["prob_en-zh_cn"] == 0.25 and rec["prob_en-xx"] == 0.4
    assert rec["samples_en-xx"] == 40 and rec["samples_en-zh_cn"] == 20
    assert rec["loss"] == 8.0 and rec["lr"] == 0.002
    val = parsed["valid"][1]
    assert val["num_updates"] == 8 and val["epoch"] == 2
    assert val["loss_en-zh_cn"] == 9.25 and val["nll_loss_en-zh_cn"] == 8.75
    assert val["bleu_en-xx"] == 5.5 and val["best_loss"] == 6.9
    assert "valid" not in " ".join(val) and "subset" not in " ".join(val)


def test_json_and_simple_logs_parse_the_same(logs):
    simple, js = training_logs.parse_log(logs["simple"]), training_logs.parse_log(logs["json"])
    assert js["valid"] == simple["valid"]
    assert js["valid"][2]["loss_en-yy"] == 7.5 and js["valid"][2]["num_updates"] == 12
    assert [{k: v for k, v in r.items() if k != "update"} for r in js["train_inner"]] == simple["train_inner"]
    assert js["train_inner"][0]["update"] == 0.5
    for family in ("prob", "samples", "weight"):
        assert training_logs.per_pair(js["train_inner"], family) == training_logs.per_pair(simple["train_inner"], family)


def test_parse_line_kinds():
    assert training_logs.parse_line(STAMP + "train | epoch 001 | loss 7.1 | num_updates 4") is None
    assert training_logs.parse_line(STAMP + 'train | {"epoch": 1, "train_loss": "7.1"}') is None
    assert training_logs.parse_line(STAMP + "fairseq.trainer | valid on 'valid' subset") is None
    line = STAMP + 'valid | {"epoch": 3, "valid_loss_en-de": "5.1", "valid_num_updates": "20"}'
    kind, rec = training_logs.parse_line(line)
    assert kind == "valid" and rec == {"epoch": 3.0, "loss_en-de": 5.1, "num_updates": 20.0}
    kind, rec = training_logs.parse_line("epoch 001:  3 / 9 loss=1.5\r" + STAMP + "train_inner | epoch 002:  4 / 6 "
                                "loss=6.615, samples_en-de=161, num_updates=10, lr=0.0025")
    assert kind == "train_inner" and rec == {"epoch": 2.0, "loss": 6.615, "samples_en-de": 161.0,
                                             "num_updates": 10.0, "lr": 0.0025}


def test_per_pair_series_and_restart_dedupe(logs):
    parsed = training_logs.parse_log(logs["simple"])
    probs = training_logs.per_pair(parsed["train_inner"], "prob")
    assert sorted(probs) == sorted(PAIRS)
    assert probs["en-zh_cn"] == ([2, 4, 6, 8, 10, 12], [0.2, 0.2, 0.2, 0.25, 0.25, 0.25])
    loss = training_logs.per_pair(parsed["valid"], "loss")
    assert loss["en-xx"] == ([4, 8, 12], [8.25, 7.5, 6.625])
    assert training_logs.per_pair(parsed["valid"], "nll_loss")["en-zh_cn"][1] == [9.625, 8.75, 7.875]
    restarted = parsed["valid"] + [{"num_updates": 8.0, "loss_en-xx": 1.0}]
    assert training_logs.per_pair(restarted, "loss")["en-xx"] == ([4, 8, 12], [8.25, 1.0, 6.625])


def test_realized_share():
    records = [
        {"num_updates": 2, "samples_a-b": 60, "samples_a-c": 30, "samples_a_x-d": 10},
        {"num_updates": 4, "samples_a-b": 0, "samples_a-c": 0, "samples_a_x-d": 0},
        {"num_updates": 6, "samples_a-b": 25, "samples_a-c": 75, "samples_a_x-d": 0},
    ]
    share = training_logs.realized_share(records)
    assert share["a-b"] == ([2, 6], [0.6, 0.25])
    assert share["a-c"] == ([2, 6], [0.3, 0.75])
    assert share["a_x-d"] == ([2, 6], [0.1, 0.0])
    series, what = training_logs.probability_series(records)
    assert series == share and what.startswith("realized share")
    series, what = training_logs.probability_series([dict(r, **{"prob_a-b": 0.5}) for r in records])
    assert series == {"a-b": ([2, 4, 6], [0.5, 0.5, 0.5])} and what.startswith("target")


def _assert_png(path, width=8 * style.DPI):
    assert os.path.getsize(path) > 1000
    image = imread(path)
    assert image.ndim == 3 and image.shape[1] == width and image.shape[2] in (3, 4)
    assert image[..., :3].std() > 0.01  # not a blank canvas


def test_main_writes_plots_csv_and_summary(logs, tmp_path, capsys):
    out = tmp_path / "out"
    plot.main([logs["simple"], "--out-dir", str(out)])
    names = {"probabilities.png", "realized_vs_target.png", "valid_loss.png", "valid_bleu.png",
             "weights.png", "metrics.csv"}
    assert set(os.listdir(out)) == names
    for name in names - {"metrics.csv"}:
        _assert_png(str(out / name))

    with open(out / "metrics.csv", newline="") as f:
        reader = csv.DictReader(f)
        rows = list(reader)
    columns = reader.fieldnames
    assert columns[:3] == ["run", "kind", "num_updates"]
    for family in ("prob", "samples", "share", "weight", "loss", "nll_loss", "bleu"):
        assert {f"{family}_{p}" for p in PAIRS} <= set(columns)
    assert columns.index("prob_en-xx") < columns.index("samples_en-xx") < columns.index("loss_en-xx")
    assert [(r["kind"], r["num_updates"]) for r in rows] == (
        [("train_inner", str(2 * i)) for i in range(1, 7)] + [("valid", str(4 * j)) for j in range(1, 4)])
    assert {r["run"] for r in rows} == {"simple"}
    train8, valid8 = rows[3], rows[7]
    assert train8["prob_en-zh_cn"] == "0.25" and train8["samples_en-yy"] == "40"
    assert train8["share_en-xx"] == "0.4" and train8["lr"] == "0.002" and train8["loss_en-xx"] == ""
    assert valid8["loss_en-zh_cn"] == "9.25" and valid8["bleu_en-xx"] == "5.5" and valid8["prob_en-xx"] == ""

    text = capsys.readouterr().out
    assert "simple: last validation at num_updates 12" in text
    row = next(line.split() for line in text.splitlines() if line.split()[:1] == ["en-zh_cn"])
    assert row == ["en-zh_cn", "8.375", "4.75"]
    assert next(line.split() for line in text.splitlines() if "(all)" in line) == ["(all)", "7.500", "-"]


def test_default_out_dir_and_realized_share_only(tmp_path, capsys):
    path = tmp_path / "train.log"
    path.write_text(simple_log(drop=("prob_", "weight_", "bleu_")))
    plot.main([str(path)])
    out = tmp_path / "train_plots"
    assert sorted(os.listdir(out)) == ["metrics.csv", "probabilities.png", "valid_loss.png"]
    _assert_png(str(out / "probabilities.png"))
    header = (out / "metrics.csv").read_text().splitlines()[0].split(",")
    assert "share_en-zh_cn" in header and not any(c.startswith(("prob_", "bleu_")) for c in header)
    assert "bleu" not in capsys.readouterr().out


def test_overlay_two_logs_with_labels(tmp_path, capsys):
    a, b = tmp_path / "a.log", tmp_path / "b.log"
    a.write_text(simple_log())
    b.write_text(json_log(train=4, valid=2))
    out = tmp_path / "cmp"
    plot.main([str(a), str(b), "--labels", "T=1, T=5", "--out-dir", str(out)])
    for name in ("probabilities.png", "valid_loss.png", "valid_bleu.png"):
        _assert_png(str(out / name))
    assert imread(str(out / "probabilities.png")).shape[0] == int(2 * 3.4 * style.DPI)
    with open(out / "metrics.csv", newline="") as f:
        runs = [r["run"] for r in csv.DictReader(f)]
    assert runs == ["T=1"] * 9 + ["T=5"] * 6
    text = capsys.readouterr().out
    assert "T=1: last validation at num_updates 12" in text and "T=5: last validation at num_updates 8" in text

    runs = [("T=1", training_logs.parse_log(str(a))), ("T=5", training_logs.parse_log(str(b)))]
    colours = style.colours(PAIRS)
    fig = figures.valid_figure(runs, colours, "loss", "Dev loss", "loss")
    lines = fig.axes[0].get_lines()
    assert len(lines) == 6
    by_label = {line.get_label(): line for line in lines}
    assert by_label["en-yy (T=1)"].get_linestyle() == "-" and by_label["en-yy (T=5)"].get_linestyle() == "--"
    assert to_rgba(by_label["en-yy (T=1)"].get_color()) == to_rgba(by_label["en-yy (T=5)"].get_color())
    assert to_rgba(by_label["en-yy (T=1)"].get_color()) != to_rgba(by_label["en-xx (T=1)"].get_color())
    assert list(by_label["en-xx (T=5)"].get_xdata()) == [4, 8]
    legend = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert legend == list(PAIRS) + ["T=1", "T=5"]
    assert len(figures.probabilities_figure(runs, colours).axes) == 2


def test_valid_loss_falls_back_to_overall_loss(tmp_path):
    path = tmp_path / "plain.log"
    path.write_text(STAMP + "valid | epoch 001 | valid on 'valid' subset | loss 8.268 | num_updates 400\n"
                    + STAMP + "valid | epoch 002 | valid on 'valid' subset | loss 7.5 | num_updates 800\n")
    runs = [("plain", training_logs.parse_log(str(path)))]
    fig = figures.valid_figure(runs, style.colours([]), "loss", "Dev loss per pair", "loss")
    (line,) = fig.axes[0].get_lines()
    assert list(line.get_ydata()) == [8.268, 7.5] and "(all pairs)" in fig.axes[0].get_title()
    assert figures.valid_figure(runs, {}, "bleu", "BLEU", "BLEU") is None


def test_errors(logs, tmp_path):
    missing = str(tmp_path / "nope.log")
    with pytest.raises(SystemExit) as e:
        plot.main([missing])
    assert str(e.value.code) == f"mtl-nmt-plot: error: log file {missing!r} does not exist"

    empty = tmp_path / "empty.log"
    empty.write_text(STAMP + "fairseq_cli.train | no records here\n")
    with pytest.raises(SystemExit) as e:
        plot.main([str(empty), "--out-dir", str(tmp_path / "x")])
    assert str(e.value.code).startswith("mtl-nmt-plot: error: no train_inner or valid records in ")
    assert not (tmp_path / "x").exists()

    with pytest.raises(SystemExit) as e:
        plot.main([logs["simple"], logs["json"], "--labels", "T=1"])
    assert str(e.value.code) == "mtl-nmt-plot: error: --labels has 1 name(s) but 2 log(s) were given"


def many_pairs_log(n_pairs=40, train=5, valid=3):
    """A simple-format log of ``n_pairs`` pairs: prob_ = (i + 1 + k) / Z_k at train record k,
    samples_ = 10·(i + 1), loss_ = 5 + i / 10 − j at validation j."""
    pairs = [f"en-{a}{b}" for a in "abcdefgh" for b in "abcde"][:n_pairs]
    lines = []
    for k in range(train):
        weights = [i + 1 + k for i in range(n_pairs)]
        kv = [f"prob_{p}={w / sum(weights):.6f}" for p, w in zip(pairs, weights)]
        kv += [f"samples_{p}={10 * (i + 1)}" for i, p in enumerate(pairs)]
        lines.append(STAMP + f"train_inner | epoch 001:  {k + 1} / 9 loss=7.5, {', '.join(kv)}, "
                     f"num_updates={10 * (k + 1)}, lr=0.001")
        if k < valid:
            parts = " | ".join(f"loss_{p} {5 + i / 10 - k:.2f}" for i, p in enumerate(pairs))
            lines.append(STAMP + f"valid | epoch 001 | valid on 'valid' subset | loss 6 | {parts} | "
                         f"num_updates {10 * (k + 1)}")
    return pairs, "\n".join(lines) + "\n"


def _mesh_values(fig):
    from matplotlib.collections import QuadMesh

    (ax,) = [a for a in fig.axes if a.get_ylabel() == "pair"]
    (mesh,) = [c for c in ax.collections if isinstance(c, QuadMesh)]
    return ax, np.ma.filled(mesh.get_array().astype(float), np.nan).reshape(len(ax.get_yticks()), -1)


def test_many_pairs_are_heatmaps_of_pairs_by_updates(tmp_path):
    pairs, text = many_pairs_log()
    path = tmp_path / "many.log"
    path.write_text(text)
    out = tmp_path / "many_plots"
    plot.main([str(path), "--out-dir", str(out)])
    assert {"probabilities.png", "realized_vs_target.png", "valid_loss.png", "metrics.csv"} <= set(os.listdir(out))
    height = imread(str(out / "probabilities.png")).shape[0]
    assert height == int(round((1.2 + figures.ROW_INCHES * 40) * style.DPI))
    _assert_png(str(out / "valid_loss.png"))

    runs = [("many", training_logs.parse_log(str(path)))]
    colours = style.colours(pairs)
    ax, probs = _mesh_values(figures.probabilities_figure(runs, colours))
    assert not ax.get_lines() and [t.get_text() for t in ax.get_yticklabels()] == sorted(pairs)
    assert probs.shape == (40, 5)
    for k in range(5):
        weights = np.arange(1, 41) + k
        np.testing.assert_allclose(probs[:, k], weights / weights.sum(), atol=1e-6)
    ax, loss = _mesh_values(figures.valid_figure(runs, colours, "loss", "Dev loss", "loss"))
    assert loss.shape == (40, 3) and loss[0, 0] == 5.0 and loss[39, 2] == pytest.approx(5 + 3.9 - 2)
    ax, diff = _mesh_values(figures.realized_vs_target_figure(runs, colours))
    share = np.arange(1, 41) / np.arange(1, 41).sum()
    np.testing.assert_allclose(diff[:, 0], share - np.arange(1, 41) / np.arange(1, 41).sum(), atol=1e-6)
    np.testing.assert_allclose(diff[:, 4], share - (np.arange(1, 41) + 4) / (np.arange(1, 41) + 4).sum(), atol=1e-6)

    few, text = many_pairs_log(n_pairs=figures.MANY_PAIRS)
    path.write_text(text)
    fig = figures.probabilities_figure([("few", training_logs.parse_log(str(path)))], style.colours(few))
    assert len(fig.axes[0].get_lines()) == figures.MANY_PAIRS
