"""The notebook chapters: they run as a student runs them, their figures are in the built pages
with caption, label, alt text, source line and links to the passages, an edited CSV re-runs
its notebook, each page offers its .ipynb, and JupyterLab opens the chapters as notebooks."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from edition.catalogue import read_catalogue
from playwright.sync_api import expect

from conftest import FIGURES, ROOT

# The data chapters, from the catalogue (_toc.yml): the pages that are notebooks.
NOTEBOOKS = [page.removeprefix("book/") for page in read_catalogue(ROOT).data_chapters]


def figure(page: str, name: str) -> str:
    start = page.index(f'<figure class="align-default" id="{name}"')
    return page[start:page.index("</figure>", start)]


# --- in a browser and in JupyterLab -----------------------------------------------------------


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_a_notebook_page_loads_without_errors_or_foreign_requests(watched_page, site, name):
    page = watched_page
    page.goto(f"{site}/book/{name}.html", wait_until="networkidle")
    assert page.console_errors == []
    assert page.foreign_requests == []
    assert page.locator("figure svg.edition-chart").count() == len(FIGURES[name])


def test_a_point_of_the_trade_chart_leads_to_its_passage(watched_page, site):
    page = watched_page
    page.goto(f"{site}/book/trade-1980s.html")
    page.locator("#fig-trade-volume svg a").first.click()
    page.wait_for_url("**/zubok-1980s.html#p-40")
    assert "176.8 million rubles in 1981" in page.locator("#p-40").inner_text()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def lab_flags() -> list[str]:
    """The JupyterLab options `make lab` passes (read from the Makefile, so the test follows it)."""
    recipe = re.search(r"^lab:.*?\n((?:\t.*\n)+)", (ROOT / "Makefile").read_text(), re.M).group(1)
    command = recipe.replace("\\\n", " ").split("jupyter lab", 1)[1].split("\n", 1)[0]
    return [flag.replace("$(CURDIR)", str(ROOT)) for flag in command.split()]


@pytest.fixture(scope="module")
def lab_server(tmp_path_factory):
    """JupyterLab as `make lab` starts it (its flags read from the Makefile), headless, on a free
    port with a token, with its own settings, workspace and runtime folders."""
    pytest.importorskip("jupyterlab", reason="`make lab` installs JupyterLab (pip install -e '.[lab]')")
    tmp_path = tmp_path_factory.mktemp("lab")
    port, token = free_port(), "edition-test"
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "jupyter-lab"), *lab_flags(), "--no-browser", f"--ServerApp.port={port}",
         f"--IdentityProvider.token={token}", f"--LabApp.workspaces_dir={tmp_path}",
         f"--LabApp.user_settings_dir={tmp_path / 'settings'}"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env={**os.environ, "JUPYTER_CONFIG_DIR": str(tmp_path / "config"),
             "JUPYTER_DATA_DIR": str(tmp_path / "data"), "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime")})
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                urllib.request.urlopen(f"{base}/api", timeout=1)
                break
            except OSError:
                time.sleep(0.5)
        yield base, token
    finally:
        try:  # the server's own shutdown (it does not stop promptly on SIGTERM)
            urllib.request.urlopen(urllib.request.Request(f"{base}/api/shutdown", method="POST",
                                                          headers={"Authorization": f"token {token}"}), timeout=10)
        except OSError:
            server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=20)


def test_jupyterlab_opens_a_chapter_as_a_notebook(page, lab_server):
    base, token = lab_server
    failed = []  # an extension built for another JupyterLab fails as it loads (jupytext >= 1.19.5 in 4.5)
    page.on("console", lambda message: failed.append(message.text)
            if message.type == "error" and "/lab/extensions/" in message.text else None)
    page.goto(f"{base}/lab/tree/trade-1980s.md?reset&token={token}")
    first_cell = page.locator(".jp-NotebookPanel .jp-CodeCell").first
    expect(first_cell).to_contain_text('pd.read_csv("../data/trade.csv")', timeout=60000)
    assert page.locator(".jp-NotebookPanel .jp-MarkdownCell").count() >= 1
    assert page.locator(".jp-FileEditor").count() == 0  # not opened as a text file
    # jupyterlab-myst renders the Markdown cells (its widget: .myst): the first cell's label
    # line and {ref} role do not show as raw text
    rendered = page.locator(".jp-NotebookPanel .jp-MarkdownCell .myst").first
    expect(rendered).to_contain_text("Only one passage of the five texts", timeout=30000)
    shown = rendered.inner_text()
    assert "paragraph 40 of" in shown
    assert "{ref}" not in shown and "(trade-1980s)=" not in shown
    assert failed == []


# --- the freshness hook's pieces ----------------------------------------------------------------


AUDIT = """
import os, sys, json
from pathlib import Path
import matplotlib
matplotlib.use("Agg")
root, opened = Path(sys.argv[1]).resolve(), set()
def hook(event, args):
    if event == "open" and isinstance(args[0], (str, os.PathLike)):
        path = Path(os.fsdecode(args[0])).resolve()
        code = [root / name for name in (".venv", "node_modules", "edition", "_build", ".cache", ".git")]
        if path.is_relative_to(root) and path.is_file() and not any(path.is_relative_to(c) for c in code):
            opened.add(path.relative_to(root).as_posix())
sys.addaudithook(hook)
namespace = {}
for source in json.loads(sys.stdin.read()):
    exec(source, namespace)
print(json.dumps(sorted(opened)))
"""


@pytest.mark.parametrize("page", read_catalogue(ROOT).data_chapters)
def test_a_notebook_declares_every_file_it_reads(page):
    """Run the notebook's code with an audit hook on `open`: every file of the project (not its
    code or tools) that it opens is covered by its declared reads, so that a change to it
    re-runs the notebook."""
    import json

    import jupytext

    from edition.chapter.notebooks import declared_reads
    from edition.sphinx_ext.data_freshness import resolve
    text = (ROOT / f"{page}.md").read_text(encoding="utf-8")
    declared = {p.resolve() for pattern in declared_reads(text) for p in resolve(ROOT, pattern)}
    cells = [cell.source for cell in jupytext.reads(text, fmt="md:myst").cells if cell.cell_type == "code"]
    result = subprocess.run([sys.executable, "-c", AUDIT, str(ROOT)], input=json.dumps(cells), cwd=ROOT / "book",
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    opened = json.loads(result.stdout.strip().splitlines()[-1])
    assert opened  # the hook sees the reads
    assert [name for name in opened if (ROOT / name).resolve() not in declared] == []
