"""docs/results.md stays an index a newcomer can read: short, its links and images and those of every
study page resolve, every archived run is listed in docs/runs/README.md, every image under docs/img is
shown by some Markdown page, and the blocks that scripts and the lead fill keep their markers."""
import os
import re

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(ROOT, "docs")
INDEX = os.path.join(DOCS, "results.md")
STUDIES = os.path.join(DOCS, "results")
RUNS = os.path.join(DOCS, "runs")
RUNS_INDEX = os.path.join(RUNS, "README.md")
IMAGES = os.path.join(DOCS, "img")
INDEX_MAX_LINES = 150
LINK = re.compile(r"!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
FENCE = re.compile(r"^(```|~~~).*?^\1", re.S | re.M)
SKIP_DIRS = {".git", ".venv", "work", "node_modules", "__pycache__", ".pytest_cache"}


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def relative_targets(text):
    """Relative link and image targets outside fenced code, without their #anchor."""
    for target in LINK.findall(FENCE.sub("", text)):
        if re.match(r"^[a-z][a-z0-9+.-]*:", target, re.I) or target.startswith("#"):
            continue
        yield target.split("#")[0].split("?")[0]


def broken_links(path):
    base = os.path.dirname(path)
    return [t for t in relative_targets(read(path)) if not os.path.exists(os.path.normpath(os.path.join(base, t)))]


def result_pages():
    studies = sorted(os.path.join(STUDIES, f) for f in os.listdir(STUDIES) if f.endswith(".md"))
    return [INDEX, RUNS_INDEX] + studies


def repo_markdown():
    for dirpath, dirnames, filenames in os.walk(ROOT):
        dirnames[:] = [d for d in dirnames if d not in SKIP_DIRS and not d.startswith(".")]
        for name in filenames:
            if name.endswith(".md"):
                yield os.path.join(dirpath, name)


def run_folders():
    """Folders under docs/runs that hold a row.json, relative to docs/runs."""
    found = []
    for dirpath, _, filenames in os.walk(RUNS):
        if "row.json" in filenames:
            found.append(os.path.relpath(dirpath, RUNS).replace(os.sep, "/"))
    return sorted(found)


def test_index_is_short():
    lines = read(INDEX).splitlines()
    assert len(lines) <= INDEX_MAX_LINES, (
        f"docs/results.md has {len(lines)} lines (limit {INDEX_MAX_LINES}): move tables to a page in docs/results/")


def test_there_are_study_pages_and_the_index_links_each():
    index = read(INDEX)
    studies = sorted(f for f in os.listdir(STUDIES) if f.endswith(".md"))
    assert "tuned.md" in studies and "history.md" in studies, studies
    unlinked = [f for f in studies if f"(results/{f})" not in index]
    assert not unlinked, f"docs/results.md links no line to {unlinked}"


@pytest.mark.parametrize("page", result_pages(), ids=lambda p: os.path.relpath(p, ROOT))
def test_every_relative_link_and_image_resolves(page):
    assert os.path.isfile(page), f"{os.path.relpath(page, ROOT)} is missing"
    broken = broken_links(page)
    assert not broken, f"{os.path.relpath(page, ROOT)} links to files that do not exist: {broken}"


def test_study_headings_do_not_cite_issues():
    cited = [f"{os.path.basename(p)}: {line}" for p in result_pages() for line in read(p).splitlines()
             if line.startswith("#") and re.search(r"\(issue", line)]
    assert not cited, "headings name the issue that asked for them:\n" + "\n".join(cited)


def test_every_archived_run_is_listed():
    folders = run_folders()
    assert "tuned/heating_s1" in folders and "fairseq_T1_s1" in folders, folders
    listed = set(relative_targets(read(RUNS_INDEX)))
    missing = [f for f in folders if f not in listed]
    assert not missing, f"docs/runs/README.md does not list {missing}"
    top = sorted(d for d in os.listdir(RUNS) if os.path.isdir(os.path.join(RUNS, d)))
    unlisted = [d for d in top if not any(f == d or f.startswith(d + "/") for f in listed)]
    assert not unlisted, f"docs/runs/README.md lists nothing under {unlisted}"


def test_every_image_is_shown_by_a_markdown_page():
    shown = set()
    for page in repo_markdown():
        base = os.path.dirname(page)
        shown.update(os.path.normpath(os.path.join(base, t)) for t in relative_targets(read(page)))
    images = [os.path.join(d, f) for d, _, files in os.walk(IMAGES) for f in files if f.endswith(".png")]
    assert images, "docs/img holds no PNG: is the walk broken?"
    unshown = sorted(os.path.relpath(p, ROOT) for p in images if os.path.normpath(p) not in shown)
    assert not unshown, "PNGs that no Markdown page shows (git rm them, or show them):\n" + "\n".join(unshown)


@pytest.mark.parametrize("name", ["quickstart-reference", "reference-table"])
def test_index_keeps_the_marked_blocks(name):
    text = read(INDEX)
    start, end = text.find(f"<!-- {name} -->"), text.find(f"<!-- /{name} -->")
    assert 0 <= start < end, f"docs/results.md must keep <!-- {name} --> ... <!-- /{name} -->"


def test_quickstart_block_is_a_table_of_every_pair():
    text = read(INDEX)
    block = re.search(r"<!-- quickstart-reference -->\n```\n(.*?)```\n<!-- /quickstart-reference -->", text, re.S)
    assert block, "the quickstart block is one fenced code block between its markers"
    header = block.group(1).splitlines()[0].split()
    assert all(pair in header for pair in ("en-de", "en-fr", "en-fi", "en-hi")), header


def test_a_broken_link_and_an_unlisted_target_are_caught(tmp_path):
    page = tmp_path / "page.md"
    page.write_text("[ok](page.md) ![gone](img/missing.png) [web](https://x.org) [top](#top)\n"
                    "```\n[in code](nowhere.md)\n```\n", encoding="utf-8")
    assert list(relative_targets(page.read_text(encoding="utf-8"))) == ["page.md", "img/missing.png"]
    assert broken_links(str(page)) == ["img/missing.png"]
