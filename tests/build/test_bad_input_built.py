"""Bad input, as an editor would make it: each kind is reported as `file:line: message` by
`python -m edition check`, exit 1, no traceback, nothing written; and `make book`, given all
of them at once, reports every one before Sphinx starts and leaves `_build/html` untouched.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT, copy_project, copy_whole_project

# (id, file, old text or None to replace the whole file, new text, where the problem is reported)
BAD_INPUTS = [
    ("notes-malformed-yaml", "data/editorial-notes.yml", '- id: "S2"', '- id: "S2\n  chapter: [', None),
    ("notes-not-a-list", "data/editorial-notes.yml", None, "notes: {}\n", None),
    ("note-without-text", "data/editorial-notes.yml",
     '  text: "In 1953 Mikoyan was a government minister', '  txt: "In 1953 Mikoyan was a government minister', None),
    ("metadata-missing-key", "data/sources/country-study-1920s.yml", "genre: government country study\n", "", None),
    ("metadata-bad-genre", "data/sources/khrushchev-essay.yml", "genre: essay", "genre: pamphlet", None),
    ("metadata-malformed-yaml", "data/sources/sino-soviet-1953.yml", "slug: sino-soviet-1953", "slug: [sino-soviet-1953",
     None),
    ("chapter-not-utf8", "book/country-study-1920s.md", "In the 1920s", "In the 1920s \udcff", None),
    ("yaml-not-utf8", "data/cross-references.yml", 'topic: "Treaty of Rapallo, 1922"',
     'topic: "Treaty of Rapallo, 1922 \udcff"', None),
    ("broken-emend", "book/zubok-1980s.md", "{emend}`Trans-Siberian|Trans-Siberial|", "{emend}`Trans-Siberian|", None),
    ("xref-missing-group", "book/zubok-1980s.md", "{xref}`detente#2`", "{xref}`no-such-group#2`", None),
    ("xref-to-missing-chapter", "data/cross-references.yml", '    - chapter: "country-study-1920s"\n      anchor: "In the Treaty',
     '    - chapter: "country-study-1930s"\n      anchor: "In the Treaty', None),
    ("curated-unbalanced-brace", "data/bibliography-curated.yml",
     'title: "Prisoner of the State: The Secret Journal of Premier Zhao Ziyang"',
     'title: "Prisoner of the State: The {Secret Journal of Premier Zhao Ziyang"', None),
    ("curated-completion-without-source", "data/bibliography-curated.yml", "    source:\n", "    origin:\n", None),
    ("curated-javascript-url", "data/bibliography-curated.yml", 'url: "https://muse.jhu.edu/article/380709"',
     'url: "javascript:alert(document.cookie)"', None),
    ("entities-missing-column", "data/entities.csv", "id,name,variants,kind,identification,source",
     "id,name,variants,kind,identification", None),
    ("entity-empty-name", "data/entities.csv", 'khrushchev-nikita,"Khrushchev, Nikita Sergeyevich"',
     'khrushchev-nikita,""', None),
    ("glossary-term-twice", "data/glossary.csv", "NEP (New Economic Policy),NEP,", "khozraschet,NEP,", None),
    ("glossary-row-too-long", "data/glossary.csv", "NEP (New Economic Policy),NEP,", "NEP (New Economic Policy),NEP,x,", None),
    ("data-sources-malformed", "data/data-sources.yml", "sources:\n", "sources: [\n", None),
    ("editorial-sources-not-a-list", "data/editorial-sources.yml", None, "key: value\n", None),
    ("trade-csv-unterminated-quote", "data/trade.csv", "tr-001,1981,176.8,", 'tr-001,"1981,176.8,', None),
    ("chronology-bad-date", "data/chronology.csv", "ev-069,1982-03,month,", "ev-069,1982-13,month,", None),
    ("toc-lists-a-missing-chapter", "_toc.yml", "      - file: book/chronology\n",
     "      - file: book/chronology\n      - file: book/no-such-chapter\n", None),
    ("source-not-in-toc", "_toc.yml", "      - file: book/country-study-1920s\n", "", None),
    ("change-record-missing", "data/changes/khrushchev-essay.yml", None, None, None),
    ("unknown-directive", "book/khrushchev-essay.md", "{#p-2}\n", "```{danger}\nInvented.\n```\n\n{#p-2}\n", None),
]


def spoil(project: Path, file: str, old: str | None, new: str | None) -> None:
    path = project / file
    if new is None:
        path.unlink()
        return
    if old is None:
        path.write_text(new, encoding="utf-8")
        return
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} must occur once in {file}"
    path.write_bytes(text.replace(old, new).encode("utf-8", "surrogateescape"))


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    copy = tmp_path_factory.mktemp("project")
    copy_project(copy)
    return copy


def one_per_file(project: Path) -> list[tuple]:
    """Spoil the project with one bad input per file (a second would not find its text); the
    toc ones would hide the chapters they name."""
    kinds, touched = [], set()
    for kind in BAD_INPUTS:
        if kind[1] not in touched and kind[1] != "_toc.yml":
            touched.add(kind[1])
            kinds.append(kind)
            spoil(project, *kind[1:4])
    assert len(kinds) >= 15
    return kinds


def test_make_book_reports_every_bad_input_at_once_and_leaves_the_build_alone(tmp_path):
    project = copy_whole_project(tmp_path / "project")
    for link in (".venv", "node_modules"):  # the installed tools, shared (never re-installed: make -o)
        os.symlink(ROOT / link, project / link)
    html = project / "_build" / "html"
    html.mkdir(parents=True)
    (html / "index.html").write_text("the last good build", encoding="utf-8")
    kinds = one_per_file(project)
    result = subprocess.run(["make", "-o", ".venv/.book-deps", "-o", "node_modules/.installed", "book"],
                            cwd=project, capture_output=True, text=True, timeout=600)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "Traceback" not in output
    assert "jupyter-book build" not in output  # stopped before Sphinx
    assert (html / "index.html").read_text(encoding="utf-8") == "the last good build"
    assert sorted(p.name for p in html.iterdir()) == ["index.html"]
    reported = {file for _, file, _, _, _ in kinds if any(line.startswith(f"{file}:") for line in output.splitlines())}
    assert reported == {file for _, file, _, _, _ in kinds}
    # the EPUB starts from an empty folder, emptied only once the check has passed
    epub = project / "_build" / "epub"
    epub.mkdir()
    (epub / "edition.epub").write_text("the last good EPUB", encoding="utf-8")
    result = subprocess.run(["make", "-o", ".venv/.book-deps", "-o", "node_modules/.installed", "epub"],
                            cwd=project, capture_output=True, text=True, timeout=600)
    assert result.returncode != 0 and "Traceback" not in result.stdout + result.stderr
    assert [p.name for p in epub.iterdir()] == ["edition.epub"]
    assert (epub / "edition.epub").read_text(encoding="utf-8") == "the last good EPUB"
