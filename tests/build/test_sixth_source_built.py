"""Adding a text the project has never seen, by the README's steps, for each form of note
calls: real public-domain texts of the corpus (tests/corpus), each with its notes in a notes
section. The metadata skeleton guesses the form, the import places every note, and the
check finds nothing wrong in the new chapter: its words, marks and note calls are the source's.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, copy_project, copy_whole_project, load_yaml
from edition.chapter import read_chapter
from edition.new_source import fill_in

CORPUS = ROOT / "tests" / "corpus"
# A Project Gutenberg plain text (wrapped lines, "[Footnote N: ...]" notes): tests/data/gutenberg/ORIGIN.md
GUTENBERG = ROOT / "tests" / "data" / "gutenberg" / "fewkes-passamaquoddy.txt"
GUTENBERG_FILLED = {"title": "A Contribution to Passamaquoddy Folk-Lore", "genre": "journal article", "date": "1890",
                    "authors": [{"family": "Fewkes", "given": "J. Walter"}]}

# The corpus texts an editor has described (tests/corpus/<folder>/metadata.yml: what goes into
# new-source's skeleton, and the form of note calls it must guess).
DESCRIBED = sorted(p.parent for p in CORPUS.glob("*/metadata.yml"))
NEW_TEXTS = [(load_yaml((folder / "metadata.yml").read_text(encoding="utf-8")), folder.name)
             for folder in DESCRIBED]


def edition(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "edition", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300)


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    copy = tmp_path_factory.mktemp("project")
    copy_project(copy)
    return copy


def add_text(project: Path, slug: str, folder: str, filled: dict, text: Path | None = None) -> subprocess.CompletedProcess:
    """The README's steps: copy, list in SHA256SUMS, new-source, fill in, toc, import."""
    source = project / "data" / "sources" / f"{slug}.txt"
    shutil.copy(text or CORPUS / folder / "source.txt", source)
    subprocess.run(f"sha256sum {slug}.txt >> SHA256SUMS", shell=True, check=True, cwd=source.parent)
    assert edition("new-source", str(source.relative_to(project)), cwd=project).returncode == 0
    captured = (text or CORPUS / folder / "source.txt").relative_to(ROOT)
    fill_in(source.with_suffix(".yml"), filled, rights=f"Public domain (see {captured.parent}).",
            rights_status="public-domain", publish="full",
            capture=f"{captured} (its ORIGIN.md: repository, path, commit)", publication={})
    toc = project / "_toc.yml"
    toc.write_text(toc.read_text(encoding="utf-8").replace(
        "      - file: book/zubok-1980s\n", f"      - file: book/zubok-1980s\n      - file: book/{slug}\n"),
        encoding="utf-8")
    return edition("import", str(source.relative_to(project)), cwd=project)


# --- the whole way: import, check, build and the suite, on an edition that has grown -------------


HEADNOTE = """:::{{headnote}}
{title}, as published by its author and captured for the edition from a public-domain
text (its origin: {folder}/ORIGIN.md).

Rights: {rights}

**Reliability.** A text added to show that the edition takes in texts of any common form.
:::

"""


def test_texts_of_two_note_forms_build_and_the_suite_passes_on_the_grown_edition(tmp_path):
    """The README's steps for one text of each of two note forms and a Project Gutenberg plain text,
    then `make book`'s two commands, the single-page build, and the unit suite run in the grown project."""
    project = copy_whole_project(tmp_path / "project")
    shutil.copytree(ROOT / "tests", project / "tests", ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / "shared").symlink_to(ROOT.parent / "shared")  # ../shared beside it, as CI has it
    shutil.copytree(ROOT / "node_modules", project / "node_modules")  # a copy: `npm ci` there empties its folder
    if (ROOT / ".cache").is_dir():  # the editor's checkout has built the book before: its caches (keyed on
        shutil.copytree(ROOT / ".cache", project / ".cache")  # content) come along; what the new texts change is new
    one_per_form = {described["calls"]: (described, folder) for described, folder in reversed(NEW_TEXTS)}
    assert len(one_per_form) >= 2
    added = []
    texts = [(described, f"tests/corpus/{folder}", folder, None) for described, folder in one_per_form.values()]
    texts.append(({"slug": GUTENBERG.stem, "filled": GUTENBERG_FILLED}, "tests/data/gutenberg", "gutenberg", GUTENBERG))
    for described, origin, folder, text_path in texts:
        imported = add_text(project, described["slug"], folder, described["filled"], text_path)
        assert imported.returncode == 0, imported.stderr
        chapter = project / "book" / f"{described['slug']}.md"
        meta = load_yaml((project / "data" / "sources" / f"{described['slug']}.yml").read_text(encoding="utf-8"))
        text = chapter.read_text(encoding="utf-8")
        title_end = text.index("\n", text.index("\n# ") + 1) + 1
        chapter.write_text(text[:title_end] + "\n" + HEADNOTE.format(
            title=meta["title"], folder=origin, rights=meta["rights"]) + text[title_end:].lstrip("\n"),
            encoding="utf-8")
        added.append(described["slug"])

    derived = edition("check", "--derive", cwd=project)
    assert derived.returncode == 0, derived.stderr
    jupyter_book = Path(sys.executable).parent / "jupyter-book"
    for builder in ("html", "singlehtml"):
        built = subprocess.run([str(jupyter_book), "build", ".", "--builder", builder, "-W", "-n", "--keep-going"],
                               cwd=project, capture_output=True, text=True, timeout=900)
        assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-2000:]
    for slug in added:
        page = (project / "_build" / "html" / "book" / f"{slug}.html").read_text(encoding="utf-8")
        notes = read_chapter(project / "book" / f"{slug}.md").notes
        assert all(f'id="fn-{label}"' in page for label in notes), "every note has its target"
        assert 'id="cite-this"' in page and 'id="headnote"' in page
    single = (project / "_build" / "singlehtml" / "index.html").read_text(encoding="utf-8")
    ids = re.findall(r' id="([^"]+)"', single)
    assert len(ids) == len(set(ids)), "one id per target on the single page, notes of every chapter included"
    assert {h for h in re.findall(r'href="#([^"]+)"', single)} <= set(ids)

    suite = subprocess.run([sys.executable, "-m", "pytest", "tests/unit", "-q", "-x", "-n", "2",
                            "-p", "no:cacheprovider"], cwd=project, capture_output=True, text=True, timeout=1800)
    assert suite.returncode == 0, suite.stdout[-4000:]
