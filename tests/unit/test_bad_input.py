"""Bad input, as an editor would make it: each kind is reported as `file:line: message` by
`python -m edition check`, exit 1, no traceback, nothing written; and `make book`, given all
of them at once, reports every one before Sphinx starts and leaves `_build/html` untouched.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from conftest import copy_project, run_command

# (id, file, old text or None to replace the whole file, new text, where the problem is reported)
BAD_INPUTS = [
    ("notes-malformed-yaml", "data/editorial-notes.yml", '- id: "S2"', '- id: "S2\n  chapter: [', None),
    ("notes-not-a-list", "data/editorial-notes.yml", None, "notes: {}\n", None),
    ("note-without-text", "data/editorial-notes.yml",
     '  text: "In 1953 Mikoyan was a member of the government', '  txt: "In 1953 Mikoyan was a member of the government', None),
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


def check(project: Path) -> subprocess.CompletedProcess:
    """`python -m edition check --root project`: the command's `main` (arguments, report, exit
    code) in this process; the interpreter's entry point is run as a process by the importer's
    tests (run_edition)."""
    return run_command("check", "--root", str(project), cwd=project)


def located(output: str, file: str) -> list[str]:
    """The lines of the report that name `file` with a line number."""
    return [line for line in output.splitlines()
            if line.startswith(f"{file}:") and line[len(file) + 1:].split(":")[0].isdigit()]


def test_the_table_is_big_enough():
    assert len(BAD_INPUTS) >= 20


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    copy = tmp_path_factory.mktemp("project")
    copy_project(copy, caches=True)
    return copy


@pytest.mark.parametrize("name, file, old, new, where", BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_each_bad_input_is_reported_at_its_file_and_line(project, monkeypatch, name, file, old, new, where):
    """The check the command runs (in this process: one copy of the project for the table)."""
    from edition.check import run_checks
    monkeypatch.chdir(project)
    path = project / file
    original = path.read_bytes()
    others = {p: content for p, content in project_files(project).items() if p != path}
    spoil(project, file, old, new)
    try:
        problems = [str(p) for p in run_checks(project)]
    finally:
        path.write_bytes(original)
    expected = where or file
    if new is None:  # a file that is gone is reported where it is missing, by name
        assert any(line.startswith(f"{expected}:") for line in problems), problems
    else:
        assert located("\n".join(problems), expected), problems
    assert all(p.read_bytes() == content for p, content in others.items())  # nothing written


def test_the_command_reports_every_bad_input_at_once(project):
    """`python -m edition check`, given one bad input in each file at once: every one is
    reported as file:line, exit 1, no traceback, nothing written. (The table's copy of the
    project, put back as it was afterwards.)"""
    clean = project_files(project)
    try:
        kinds = one_per_file(project)
        before = project_files(project)
        result = check(project)
        after = project_files(project)
    finally:
        for path in set(project_files(project)) - set(clean):
            path.unlink()
        for path, content in clean.items():
            if not path.is_file() or path.read_bytes() != content:
                path.write_bytes(content)
    assert result.returncode == 1, result.stdout
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith(f"{len(result.stderr.strip().splitlines()) - 1} "
                                                             "problem(s); nothing written.")
    assert {file for _, file, _, _, _ in kinds if any(line.startswith(f"{file}:") for line in
                                                     result.stderr.splitlines())} == {k[1] for k in kinds}
    assert after == before


def project_files(project: Path) -> dict[Path, bytes]:
    """The project's files, outside `.cache/` (results kept per content of their inputs, which
    no command reads as an input: edition.cache)."""
    return {p: p.read_bytes() for p in project.rglob("*") if p.is_file() and ".cache" not in p.relative_to(project).parts}


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
