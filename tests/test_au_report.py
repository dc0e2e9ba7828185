"""mtl-nmt-au-report on a fabricated fairseq checkpoint holding an AdaTask optimizer state."""
import argparse
import csv
import os

import numpy as np
import pytest
import torch
from torch import nn

from conftest import run_cli
from mtl_nmt.adatask import AdaTask, au_from_state_dict, dominance_by_layer
from mtl_nmt.cli.au_report import main

SHAPES = {
    "encoder.embed_tokens.weight": (6, 4),
    "encoder.layers.0.fc1.weight": (5, 4),
    "encoder.layers.0.fc1.bias": (5,),
    "encoder.layer_norm.weight": (4,),
    "decoder.layers.0.fc1.weight": (5, 4),
    "decoder.layers.1.fc2.weight": (4, 5),
    "decoder.layers.1.fc2.bias": (4,),
}


def trained_optimizer(num_tasks=2, task_groups=None, steps=25):
    """Task 0 has a steady gradient on the encoder and noise on the decoder, the other tasks the
    reverse; only task 0 touches the embeddings. With Adam, steady gradients make larger updates."""
    gen = torch.Generator().manual_seed(0)
    params = [nn.Parameter(torch.zeros(shape)) for shape in SHAPES.values()]
    opt = AdaTask(params, num_tasks=num_tasks, task_groups=task_groups, lr=0.01, au_beta=0.9, param_names=list(SHAPES))
    steady = [torch.randn(shape, generator=gen) for shape in SHAPES.values()]
    for _ in range(steps):
        grads = {}
        for k in range(num_tasks):
            home = "encoder" if k == 0 else "decoder"
            grads[k] = [None if k and name.startswith("encoder.embed") else
                        g if name.startswith(home) else torch.randn(g.shape, generator=gen)
                        for name, g in zip(SHAPES, steady)]
        opt.step(task_grads=grads)
    return opt


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]


def test_report_matches_dominance(tmp_path, capsys):
    opt = trained_optimizer()
    path = str(tmp_path / "checkpoint_last.pt")
    torch.save({"cfg": {"task": {"lang_pairs": "en-xx,en-yy"}}, "last_optimizer_state": opt.state_dict()}, path)
    out = str(tmp_path / "report")
    main([path, "--out", out])
    with open(os.path.join(out, "au_dominance.png"), "rb") as f:
        png = f.read()
    assert png.startswith(b"\x89PNG") and len(png) > 2000
    header, rows = read_csv(os.path.join(out, "au_dominance.csv"))
    assert header == ["level", "name", "en-xx", "en-yy", "dominant"]

    names, shares = opt.dominance()
    param_rows = [r for r in rows if r[0] == "param"]
    assert [r[1] for r in param_rows] == names == list(SHAPES)
    np.testing.assert_allclose([[float(v) for v in r[2:4]] for r in param_rows], shares, rtol=1e-12)

    layers, layer_shares = dominance_by_layer(*au_from_state_dict(opt.state_dict()))
    layer_rows = {r[1]: r for r in rows if r[0] == "layer"}
    assert list(layer_rows) == layers == ["embed", "encoder.0", "encoder.final", "decoder.0", "decoder.1"]
    for layer, want in zip(layers, layer_shares):
        np.testing.assert_allclose([float(v) for v in layer_rows[layer][2:4]], want, rtol=1e-12)
    assert [float(v) for v in layer_rows["embed"][2:4]] == [1.0, 0.0]
    assert {layer: layer_rows[layer][4] for layer in layers} == {
        "embed": "en-xx", "encoder.0": "en-xx", "encoder.final": "en-xx", "decoder.0": "en-yy", "decoder.1": "en-yy"}

    printed = capsys.readouterr().out.splitlines()
    assert printed[0].split() == ["layer", "en-xx", "en-yy", "dominant"]
    assert printed[1].split() == ["embed", "1.000", "0.000", "en-xx"]
    assert printed[5].split()[0] == "decoder.1" and printed[5].split()[-1] == "en-yy"


def test_grouped_slots_legacy_args_and_default_out(tmp_path):
    opt = trained_optimizer(num_tasks=3, task_groups=[0, 1, 1])
    path = str(tmp_path / "checkpoint5.pt")
    torch.save({"args": argparse.Namespace(lang_pairs="en-de,en-fr,en-es"), "last_optimizer_state": opt.state_dict()},
               path)
    main([path])
    out = str(tmp_path / "checkpoint5_au")
    assert os.path.isfile(os.path.join(out, "au_dominance.png"))
    header, rows = read_csv(os.path.join(out, "au_dominance.csv"))
    assert header == ["level", "name", "en-de", "en-fr+en-es", "dominant"]
    main([path, "--tasks", "a,b,c", "--out", str(tmp_path / "named")])
    header, _ = read_csv(str(tmp_path / "named" / "au_dominance.csv"))
    assert header[2:4] == ["a", "b+c"]


def test_user_errors(tmp_path):
    with pytest.raises(SystemExit, match="does not exist"):
        main([str(tmp_path / "missing.pt")])
    model = nn.Linear(2, 2)
    adam = torch.optim.Adam(model.parameters())
    plain = str(tmp_path / "plain.pt")
    torch.save({"model": model.state_dict(), "last_optimizer_state": adam.state_dict()}, plain)
    with pytest.raises(SystemExit, match="no AdaTask optimizer state"):
        main([plain])
    adatask = str(tmp_path / "adatask.pt")
    torch.save({"last_optimizer_state": trained_optimizer(steps=1).state_dict()}, adatask)
    with pytest.raises(SystemExit, match="--tasks has 3 name"):
        main([adatask, "--tasks", "a,b,c"])
    proc = run_cli(["mtl-nmt-au-report", str(tmp_path / "missing.pt")], check=False)
    assert proc.returncode != 0
    assert "mtl-nmt-au-report: error: checkpoint" in proc.stderr and "Traceback" not in proc.stderr
    proc = run_cli(["mtl-nmt-au-report", adatask, "--out", str(tmp_path / "cli")])
    assert proc.stdout.splitlines()[0].split() == ["layer", "task0", "task1", "dominant"]
    assert os.path.isfile(str(tmp_path / "cli" / "au_dominance.csv"))
