"""docs/architecture.md cannot go stale: its package tree names every module of ``mtl_nmt/`` (a
subpackage's ``__init__.py`` may be left out) and every file it names exists."""
import os
import re

from conftest import ROOT

DOC = os.path.join(ROOT, "docs", "architecture.md")
ENTRY = re.compile(r"^((?:│   |    )*)(?:├── |└── )(\S+)")


def tree_files(text: str):
    """Paths (relative to the repository root) of the files the ``mtl_nmt/`` tree block names; folder
    lines (``name/``) open a level, continuation lines (no ``├──``/``└──``) are descriptions."""
    block = text.split("## Package tree", 1)[1].split("```", 2)[1]
    lines = block.strip("\n").splitlines()
    assert lines[0].strip() == "mtl_nmt/", "the tree starts with mtl_nmt/"
    folders, files = ["mtl_nmt"], []
    for line in lines[1:]:
        match = ENTRY.match(line)
        if not match:
            continue
        depth, name = len(match.group(1)) // 4 + 1, match.group(2)
        assert depth <= len(folders), f"{line!r} is deeper than its folder"
        del folders[depth:]
        if name.endswith("/"):
            folders.append(name.rstrip("/"))
        else:
            files.append("/".join(folders + [name]))
    return files


def package_modules():
    out = set()
    for folder, _, names in os.walk(os.path.join(ROOT, "mtl_nmt")):
        for name in names:
            path = os.path.relpath(os.path.join(folder, name), ROOT).replace(os.sep, "/")
            if name.endswith(".py") and not (name == "__init__.py" and path != "mtl_nmt/__init__.py"):
                out.add(path)
    return out


def test_the_tree_names_every_module_and_only_files_that_exist():
    with open(DOC, encoding="utf-8") as f:
        named = tree_files(f.read())
    assert len(named) == len(set(named)), "a module is named twice"
    missing = sorted(package_modules() - set(named))
    assert missing == [], f"add a line for each to docs/architecture.md's package tree: {missing}"
    gone = sorted(p for p in named if not os.path.isfile(os.path.join(ROOT, p)))
    assert gone == [], f"docs/architecture.md names files that do not exist: {gone}"


def test_the_parser_follows_the_tree_levels():
    """A check that the check can fail: nested levels, descriptions, a file after a folder closes."""
    text = ("## Package tree\n\n```\nmtl_nmt/\n├── a.py                 first\n├── sub/\n"
            "│   ├── b.py  x\n│   └── deeper/\n│       └── c.py\n│                    more words\n"
            "└── d.py\n```\n")
    expected = ["mtl_nmt/a.py", "mtl_nmt/sub/b.py", "mtl_nmt/sub/deeper/c.py", "mtl_nmt/d.py"]
    assert tree_files(text) == expected
