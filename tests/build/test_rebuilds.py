"""Rebuilding after an edit: Sphinx reads again only the pages whose content changed. A
chapter edit that changes none of its notes or names reads that chapter alone and writes it
and the contents page (the bibliography, filled when read, is not re-read); the index of
names, filled when written, is rewritten with the data it shows."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, copy_whole_project
from edition.bench import edit_headnote

ENTITY_TEXT = "Soviet premier 1930-41;"


def build(project: Path) -> tuple[list[str], list[str]]:
    """The pages one `jupyter-book build` read and wrote (warnings are errors, as in make book)."""
    result = subprocess.run([str(Path(sys.executable).parent / "jupyter-book"), "build", str(project), "-W", "-n",
                             "--keep-going"], capture_output=True, text=True, timeout=900, cwd=project)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    plain = re.sub(r"\x1b\[[0-9;]*m", "", result.stdout)
    return (re.findall(r"reading sources\.\.\. \[\s*\d+%\] (\S+)", plain),
            re.findall(r"writing output\.\.\. \[\s*\d+%\] (\S+)", plain))


def test_an_edit_reads_only_the_pages_whose_content_changed(tmp_path):
    project = copy_whole_project(tmp_path / "project")
    if (ROOT / ".cache").is_dir():  # the notebooks' and citations' caches, as a second build would find them
        shutil.copytree(ROOT / ".cache", project / ".cache", ignore=shutil.ignore_patterns("edition"))
    html = project / "_build" / "html" / "book"
    read, _ = build(project)
    assert {"book/zubok-1980s", "book/bibliography", "book/index-of-names"} <= set(read)
    bibliography, index = (html / "bibliography.html").read_bytes(), (html / "index-of-names.html").read_bytes()

    edit_headnote(project / "book" / "zubok-1980s.md")  # the editor's words, no note, no name
    read, written = build(project)
    assert read == ["book/zubok-1980s"]
    assert sorted(written) == ["book/index", "book/zubok-1980s"]
    assert "A sentence the benchmark added." in (html / "zubok-1980s.html").read_text(encoding="utf-8")
    assert (html / "bibliography.html").read_bytes() == bibliography
    assert (html / "index-of-names.html").read_bytes() == index

    entities = project / "data" / "entities.csv"
    entities.write_text(entities.read_text(encoding="utf-8").replace(ENTITY_TEXT, "Soviet premier 1930-1941;"),
                        encoding="utf-8")
    _, written = build(project)
    assert "book/index-of-names" in written
    shown = (html / "index-of-names.html").read_text(encoding="utf-8")
    assert "Soviet premier 1930-1941;" in shown and ENTITY_TEXT not in shown
