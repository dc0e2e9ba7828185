"""Imports point down only (docs/architecture.md): every ``mtl_nmt`` module imports modules of its own
layer or of lower ones, and pure code never imports fairseq. Walks every import statement (module
level and inside functions) with ``ast``; nothing is imported.

Layers, top to bottom:

4. ``cli/``: argument parsing and a ``main`` per command-line tool.
3. apps: ``pbt/``, ``inference/``, ``benchmarks/``, ``reporting/``, ``bilingual/``, ``runs.py`` (a run of
   ``configs/`` as a fairseq-train command line).
2. fairseq plugins: ``tasks/``, ``criterions/``, ``optim/``, ``lr_scheduler/``, ``models/``, ``data/``;
   with them ``__init__.py`` (importing the package registers every plugin) and ``dataclass_utils.py``
   (fairseq dataclasses for the plugins' configs, imports fairseq) and ``tensorboard_pairs.py`` (groups
   the plugins' per-pair scalars in fairseq's TensorBoard writer).
1. pure code (no fairseq): ``sampling/``, ``losses/``, ``modules/``, ``pairs.py``, ``adatask.py`` (the
   AdaTask optimizer and its AU analysis in plain torch), ``checkpoints.py``, ``corpus.py`` (raw parallel
   text files), ``evaluation.py`` (sacreBLEU scoring) and ``argv.py`` (plain string handling of fairseq
   option lists).
0. base: ``errors.py``, ``compat.py`` (fixes for the fairseq/torch stack), ``paths.py``.

Outside the package: ``bench/`` (measurements) and ``tests/gpu/`` (the GPU self-test) are scripts on top
of everything: they may import any ``mtl_nmt`` module, and no ``mtl_nmt`` module imports them.
"""
import ast
import os

import pytest

from conftest import ROOT

PACKAGE = os.path.join(ROOT, "mtl_nmt")
LAYERS = {
    "base": (0, {"errors", "compat", "paths"}),
    "pure": (1, {"sampling", "losses", "modules", "pairs", "adatask", "checkpoints", "corpus", "evaluation",
                 "argv"}),
    "plugins": (2, {"tasks", "criterions", "optim", "lr_scheduler", "models", "data", "__init__",
                    "dataclass_utils", "tensorboard_pairs"}),
    "apps": (3, {"pbt", "inference", "benchmarks", "reporting", "bilingual", "runs"}),
    "cli": (4, {"cli"}),
}
FAIRSEQ = ("fairseq", "fairseq_cli")
SCRIPTS = [os.path.join(ROOT, "bench"), os.path.join(ROOT, "tests", "gpu")]


def layer_of(module: str) -> str:
    """The layer of a dotted module name inside mtl_nmt (``mtl_nmt`` itself: its ``__init__``)."""
    parts = module.split(".")
    top = parts[1] if len(parts) > 1 else "__init__"
    for name, (_, members) in LAYERS.items():
        if top in members:
            return name
    raise AssertionError(f"{module}: not in any layer of tests/test_layers.py (add it where it belongs)")


def modules():
    """``{dotted name: path}`` of every module of the package."""
    out = {}
    for folder, _, files in os.walk(PACKAGE):
        for file in files:
            if file.endswith(".py"):
                rel = os.path.relpath(os.path.join(folder, file), ROOT)[:-3].split(os.sep)
                name = ".".join(rel[:-1] if rel[-1] == "__init__" else rel)
                out[name] = os.path.join(folder, file)
    return out


def imports(name: str, path: str):
    """``(line, imported module)`` of every import statement; relative imports resolved, ``from X
    import y`` counted as ``X.y`` where ``y`` is a module."""
    with open(path, encoding="utf-8") as f:
        tree = ast.parse(f.read(), path)
    package = name if path.endswith("__init__.py") else name.rsplit(".", 1)[0]
    known = modules()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[:len(anchor) - node.level + 1]
                base = ".".join(anchor + ([node.module] if node.module else []))
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                yield node.lineno, sub if sub in known else base


def upward_imports():
    found = []
    for name, path in sorted(modules().items()):
        level = LAYERS[layer_of(name)][0]
        for line, target in imports(name, path):
            if target == "mtl_nmt" or target.startswith("mtl_nmt."):
                if LAYERS[layer_of(target)][0] > level:
                    found.append(f"{os.path.relpath(path, ROOT)}:{line} ({layer_of(name)}) imports {target} "
                                 f"({layer_of(target)})")
            elif target.split(".")[0] in FAIRSEQ and layer_of(name) in ("pure",):
                found.append(f"{os.path.relpath(path, ROOT)}:{line} (pure code) imports {target}")
    return found


def test_every_module_is_in_a_layer():
    for name in modules():
        layer_of(name)


def test_imports_point_down_only():
    assert upward_imports() == []


@pytest.mark.parametrize("source, target, ok", [("errors", "mtl_nmt.cli.plot", False),
                                                ("sampling.sampler", "mtl_nmt.tasks", False),
                                                ("cli.plot", "mtl_nmt.reporting.figures", True)])
def test_the_layer_order(source, target, ok):
    """The order the test enforces (a check that the check can fail)."""
    assert (LAYERS[layer_of(target)][0] <= LAYERS[layer_of("mtl_nmt." + source)][0]) == ok


def test_relative_imports_are_resolved(tmp_path):
    """``from ..cli.plot import main`` in sampling/ is seen as mtl_nmt.cli.plot (an upward import)."""
    path = tmp_path / "fake.py"
    path.write_text("from ..cli.plot import main\nfrom . import schedule\n\ndef f():\n    import fairseq.tasks\n")
    found = list(imports("mtl_nmt.sampling.fake", str(path)))
    assert found == [(1, "mtl_nmt.cli.plot"), (2, "mtl_nmt.sampling.schedule"), (5, "fairseq.tasks")]
    assert layer_of(found[0][1]) == "cli" and layer_of("mtl_nmt.sampling.fake") == "pure"


def test_adatask_math_is_pure_and_reporting_imports_no_plugin():
    """The AdaTask optimizer and its AU analysis import no fairseq (transitively: only pure and base
    modules), so the AU report reads a checkpoint without a fairseq plugin."""
    known = modules()
    pending, seen = ["mtl_nmt.adatask"], set()
    while pending:
        name = pending.pop()
        seen.add(name)
        for line, target in imports(name, known[name]):
            assert target.split(".")[0] not in FAIRSEQ, f"{name}:{line} imports {target}"
            if target.startswith("mtl_nmt."):
                assert layer_of(target) in ("pure", "base"), f"{name}:{line} imports {target}"
                if target in known and target not in seen:
                    pending.append(target)
    assert layer_of("mtl_nmt.adatask") == "pure"
    for name, path in known.items():
        if name.startswith("mtl_nmt.reporting"):
            plugins = [t for _, t in imports(name, path) if t.startswith("mtl_nmt.") and layer_of(t) == "plugins"]
            assert plugins == [], f"{name} imports plugin module(s) {plugins}"


def script_files():
    return sorted(os.path.join(folder, f) for folder in SCRIPTS for f in os.listdir(folder) if f.endswith(".py"))


def test_no_module_imports_bench_or_the_gpu_self_test():
    """bench/ and tests/gpu/ sit on top: mtl_nmt never imports them (by name or through sys.path)."""
    names = {os.path.basename(p)[:-3] for p in script_files()} | {"bench", "tests"}
    found = [f"{os.path.relpath(path, ROOT)}:{line} imports {target}" for name, path in sorted(modules().items())
             for line, target in imports(name, path) if target.split(".")[0] in names]
    assert found == []


def test_the_scripts_import_modules_that_exist():
    """Every ``mtl_nmt`` import of bench/ and tests/gpu/ names a module of the package (a moved module
    shows here, not on a GPU machine)."""
    known = modules()
    stale = []
    for path in script_files():
        for line, target in imports("bench." + os.path.basename(path)[:-3], path):
            if target.startswith("mtl_nmt.") and target not in known:
                stale.append(f"{os.path.relpath(path, ROOT)}:{line} imports {target}")
    assert script_files() and stale == []
