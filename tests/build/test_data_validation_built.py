"""One test per validation rule of the data tables: a bad row, and the message it gets.

Each test writes a copy of a real table with one cell spoiled to tmp_path, validates it
against the project (its schemas, chapters and sources) and checks the problem reported:
file, line, column and message. Then: every problem comes out in one run, from the command
line and from the build, without a traceback.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT


# --- all at once, from the command line and from the build ---------------------------------


def spoiled_project(tmp_path: Path) -> Path:
    """A copy of the project's data and chapters with three bad cells in trade.csv."""
    project = tmp_path / "project"
    shutil.copytree(ROOT / "data", project / "data", ignore=shutil.ignore_patterns("footnote_citations.csv"))
    shutil.copytree(ROOT / "book", project / "book", ignore=shutil.ignore_patterns("*.ipynb"))
    trade = project / "data" / "trade.csv"
    text = trade.read_text(encoding="utf-8")
    text = text.replace("tr-001,1981,176.8,", "tr-001,1981,176.8x,").replace(",p-40,The volume", ",p-4,The volume", 1)
    text = text.replace("tr-003,1989,", "tr-003,198,")
    trade.write_text(text, encoding="utf-8")
    return project


def test_the_build_fails_with_a_warning_per_problem(tmp_path):
    """The Sphinx hook (edition/sphinx_ext/data_check.py) reports the same problems as warnings
    at file:line, so that -W fails the build."""
    project = spoiled_project(tmp_path)
    (project / "conf.py").write_text("extensions = ['myst_parser', 'edition.sphinx_ext.data_check']\n"
                                     "exclude_patterns = ['book', 'data', '_out']\n")
    (project / "index.md").write_text("# Test\n")
    result = subprocess.run([sys.executable, "-m", "sphinx", "-W", "--keep-going", "-b", "html", "-q",
                             str(project), str(project / "_out")], capture_output=True, text=True)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    warnings = [line for line in result.stderr.splitlines() if "WARNING" in line]
    assert warnings == [
        'data/trade.csv:2: WARNING: column "paragraph": paragraph p-4 of book/zubok-1980s.md does not hold the '
        "quote, nor do its notes; p-40 does (python -m edition.data locate)",
        'data/trade.csv:2: WARNING: column "value": "176.8x" is not a number',
        'data/trade.csv:4: WARNING: column "year": "198" is below the minimum 1900',
        'data/trade.csv:4: WARNING: column "year": 198 is not in the quote as printed; a number the text gives '
        'in words needs `printed as "..."` in the note']
