"""The documentation stays a front door that cannot go stale: README.md is short and opens with what
and why, every console command and every registered plugin is documented in docs/methods/, every
relative link resolves, and the README keeps the test command that .ci/run runs."""
import ast
import os
import re

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
README = os.path.join(ROOT, "README.md")
METHODS = os.path.join(ROOT, "docs", "methods")
README_MAX_LINES = 200
DEMO_COMMAND = "bash scripts/quickstart.sh"
TEST_COMMAND = "bash scripts/setup_env.sh && .venv/bin/python -m pytest -q tests"
LINK = re.compile(r"!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
FENCE = re.compile(r"^(```|~~~).*?^\1", re.S | re.M)


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def methods_pages():
    return sorted(os.path.join(METHODS, f) for f in os.listdir(METHODS) if f.endswith(".md"))


def methods_text():
    return "\n".join(read(p) for p in methods_pages())


def console_commands():
    """Names of setup.py's console_scripts, read with ast (setup.py is not run)."""
    tree = ast.parse(read(os.path.join(ROOT, "setup.py")))
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values):
                if isinstance(key, ast.Constant) and key.value == "console_scripts":
                    names = [ast.literal_eval(e).split("=")[0].strip() for e in value.elts]
                    assert names, "setup.py: console_scripts is empty"
                    return names
    raise AssertionError("setup.py has no console_scripts")


def section(text, heading):
    """The text under ``## heading`` up to the next ``## `` heading."""
    m = re.search(rf"^## {re.escape(heading)}\s*$(.*?)(?=^## |\Z)", text, re.S | re.M)
    assert m, f"README.md has no '## {heading}' section"
    return m.group(1)


def table_first_cells(text):
    """First cell of every body row of the Markdown tables in ``text`` (header rows left out)."""
    separator = re.compile(r"^\|[\s:|-]+\|?\s*$")
    lines = text.splitlines()
    cells = []
    for i, line in enumerate(lines):
        header = i + 1 < len(lines) and separator.match(lines[i + 1])
        if line.startswith("|") and not separator.match(line) and not header:
            cells.append(line.split("|")[1].strip().strip("`").strip())
    return cells


def mentions(text, name):
    """``name`` as a whole word (not a prefix of a longer plugin or option name)."""
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text) is not None


def test_readme_is_short_and_opens_with_what_and_why():
    lines = read(README).splitlines()
    assert len(lines) <= README_MAX_LINES, (
        f"README.md has {len(lines)} lines (limit {README_MAX_LINES}): move manuals to docs/methods/, "
        "history to CHANGELOG.md, results prose to docs/results.md")
    assert re.match(r"^# \S", lines[0]), "README.md must start with a '# title' line"
    rest = "\n".join(lines[1:]).strip()
    paragraph = rest.split("\n\n")[0]
    assert not re.match(r"^(#|\||```|<!--|!\[|- |\* )", paragraph), (
        "README.md's title must be followed by a prose paragraph saying what mtl-nmt is and why")
    words = paragraph.split()
    assert len(words) >= 40, f"README.md's opening paragraph has {len(words)} words: say what and why"
    assert "fairseq" in paragraph and re.search(r"\bpairs?\b", paragraph), (
        "README.md's opening paragraph must say it is for fairseq and multilingual (language pairs)")


def test_readme_keeps_the_two_commands_and_ci_runs_the_second():
    text = read(README)
    assert f"`{DEMO_COMMAND}`" in text
    assert f"`{TEST_COMMAND}`" in text
    ci = [line.strip() for line in read(os.path.join(ROOT, ".ci", "run")).splitlines()
          if line.strip().startswith("bash scripts/setup_env.sh")]
    assert len(ci) == 1, ".ci/run must hold one line running the README's test command"
    assert ci[0].replace(" -p no:cacheprovider", "") == TEST_COMMAND, (
        f".ci/run runs {ci[0]!r}, the README says {TEST_COMMAND!r}: keep them the same")


def test_results_summary_is_marked_for_the_lead_to_rewrite():
    text = read(README)
    start, end = text.find("<!-- results-summary -->"), text.find("<!-- /results-summary -->")
    assert 0 <= start < end, "README.md must keep the results summary between its two markers"
    assert "|" in text[start:end], "the results summary holds a table"


def test_every_console_command_is_in_the_readme_table_and_a_methods_page():
    commands = console_commands()
    listed = table_first_cells(section(read(README), "Commands"))
    pages = methods_text()
    missing_readme = [c for c in commands if c not in listed]
    missing_pages = [c for c in commands if not mentions(pages, c)]
    assert not missing_readme, f"README.md's Commands table lacks {missing_readme}"
    assert not missing_pages, f"no docs/methods/*.md page documents {missing_pages}"
    unknown = [c for c in listed if c not in commands]
    assert not unknown, f"README.md's Commands table lists {unknown}, which setup.py does not install"


def registered_plugin_names():
    import mtl_nmt  # noqa: F401  (registers every plugin)
    from fairseq.criterions import CRITERION_REGISTRY
    from fairseq.models import ARCH_CONFIG_REGISTRY, MODEL_REGISTRY
    from fairseq.optim import OPTIMIZER_REGISTRY
    from fairseq.optim.lr_scheduler import LR_SCHEDULER_REGISTRY
    from fairseq.tasks import TASK_REGISTRY

    names = {}
    for kind, registry in (("task", TASK_REGISTRY), ("model", MODEL_REGISTRY), ("criterion", CRITERION_REGISTRY),
                           ("optimizer", OPTIMIZER_REGISTRY), ("lr_scheduler", LR_SCHEDULER_REGISTRY),
                           ("architecture", ARCH_CONFIG_REGISTRY)):
        # an architecture counts as the plugin's when its defining function is (it may name a fairseq model)
        for name, obj in registry.items():
            if getattr(obj, "__module__", "").startswith("mtl_nmt"):
                names[f"{kind} {name}"] = name
    return names


def test_every_registered_plugin_is_documented_in_docs_methods():
    names = registered_plugin_names()
    for kind in ("task", "model", "criterion", "optimizer", "lr_scheduler", "architecture"):
        assert any(k.startswith(kind + " ") for k in names), f"no mtl_nmt {kind} registered: is the lookup broken?"
    pages = methods_text()
    missing = sorted(k for k, name in names.items() if not mentions(pages, name))
    assert not missing, f"registered plugins not named in any docs/methods/*.md page: {missing}"


def markdown_files():
    files = [README, os.path.join(ROOT, "CHANGELOG.md")] + methods_pages()
    for f in files:
        assert os.path.isfile(f), f"{os.path.relpath(f, ROOT)} is missing"
    return files


def relative_links(text):
    for target in LINK.findall(FENCE.sub("", text)):
        if re.match(r"^[a-z][a-z0-9+.-]*:", target, re.I) or target.startswith("#"):
            continue
        yield target


def broken_links(paths):
    """``file: target`` for every relative link of ``paths`` whose file part does not exist."""
    broken = []
    for path in paths:
        for target in relative_links(read(path)):
            file_part = target.split("#")[0].split("?")[0]
            resolved = os.path.normpath(os.path.join(os.path.dirname(path), file_part))
            if not os.path.exists(resolved):
                broken.append(f"{os.path.relpath(path, ROOT)}: {target}")
    return broken


def test_every_relative_link_resolves():
    broken = broken_links(markdown_files())
    assert not broken, "links to files that do not exist:\n" + "\n".join(broken)


@pytest.mark.parametrize("text, expected", [
    ("[a](b.md) ![i](img/x.png) [c](https://x.org/y) [d](#top) [e](c.md#part)", ["b.md", "img/x.png", "c.md#part"]),
    ("```\n[not a link](nowhere.md)\n```\n[link](here.md)", ["here.md"]),
])
def test_link_extraction(text, expected):
    assert list(relative_links(text)) == expected


def test_a_broken_link_is_caught_and_a_good_one_is_not(tmp_path):
    (tmp_path / "there.md").write_text("x", encoding="utf-8")
    page = tmp_path / "page.md"
    page.write_text("[ok](there.md#a) [gone](missing.md) [web](https://example.org/missing.md)", encoding="utf-8")
    assert [b.split(": ")[-1] for b in broken_links([str(page)])] == ["missing.md"]
