"""Launch buttons on the data chapters, once the edition has a public repository: Binder opens
the chapter with the environment in binder/ (pinned as constraints.txt), Colab opens its plain
notebook in notebooks/ (written by `derive`), which fetches the repository when it runs alone;
without a repository no button shows; and no page loads anything from either before a click."""

from __future__ import annotations

import functools
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import nbformat
import pytest
import yaml
from nbclient import NotebookClient

from conftest import ROOT, copy_project, load_yaml
from edition.catalogue import read_catalogue
from edition.launch import BINDER_REQUIREMENTS, binder_requirements, colab_notebooks
from edition.sphinx_ext.notebook_bundle import pins

NOTEBOOKS = [page.removeprefix("book/") for page in read_catalogue(ROOT).data_chapters]
HOME = "https://github.com/edition-test-owner/soviet-edition"  # a repository for the test build only
BRANCH = "main"


@pytest.mark.build  # asks the package index
def test_binder_requirements_resolve_to_themselves(tmp_path):
    """pip, resolving the file from nothing, installs exactly the packages it lists, at their pins."""
    report = tmp_path / "report.json"
    result = subprocess.run([sys.executable, "-m", "pip", "install", "--dry-run", "--ignore-installed", "--quiet",
                             "--disable-pip-version-check", "--report", str(report), "-r",
                             str(ROOT / BINDER_REQUIREMENTS)], capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stderr[-2000:]
    chosen = {f"{item['metadata']['name'].lower()}=={item['metadata']['version']}"
              for item in json.loads(report.read_text())["install"]}
    listed = {line.lower() for line in (ROOT / BINDER_REQUIREMENTS).read_text().splitlines()
              if line and not line.startswith("#")}
    normal = lambda s: {re.sub(r"[-_.]+", "-", x) for x in s}  # noqa: E731
    assert normal(chosen) == normal(listed)


@pytest.mark.build  # starts a kernel and clones a repository
def test_a_colab_notebook_run_alone_fetches_the_repository_and_runs(tmp_path):
    """As in Colab: the notebook alone in an empty folder. With `repository: url:` set (here a
    local git repository made from the project), its first cell clones it and the rest runs."""
    project = copy_project(tmp_path / "project")
    shutil.copy(ROOT / "_config.yml", project / "_config.yml")
    home = tmp_path / "home.git"
    subprocess.run(["git", "init", "-q", "-b", BRANCH, str(project)], check=True)
    subprocess.run(["git", "-C", str(project), "add", "book", "data"], check=True)
    subprocess.run(["git", "-C", str(project), "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "x"],
                   check=True)
    subprocess.run(["git", "clone", "-q", "--bare", str(project), str(home)], check=True)
    config = load_yaml((project / "_config.yml").read_text(encoding="utf-8"))
    config["repository"]["url"] = home.as_uri()
    (project / "_config.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    name = "names"
    notebook = nbformat.reads(colab_notebooks(project)[f"notebooks/{name}.ipynb"], as_version=4)
    assert home.as_uri() in notebook.cells[1].source and '"--branch", "main"' in notebook.cells[1].source
    alone = tmp_path / "colab"
    alone.mkdir()
    NotebookClient(notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(alone)}}).execute()
    assert (alone / "edition" / "data" / "names.csv").is_file()
    outputs = [o for cell in notebook.cells for o in cell.get("outputs", [])]
    assert [o for o in outputs if o.output_type == "error"] == []
    assert any("entries of the index" in o.get("text", "") for o in outputs)


# --- the buttons ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def homed_html(tmp_path_factory) -> Path:
    """The book built with `repository: url:` set (a copy of _config.yml, --config), into its own
    folder; the execution cache is the project's, so no notebook runs again, and it starts from
    copies of the build's doctrees (the setting changes the pages, not what is read), so that it
    only writes the pages."""
    folder = tmp_path_factory.mktemp("homed")
    for cached in (".doctrees", "jupyter_execute"):
        if (ROOT / "_build" / cached).is_dir():
            shutil.copytree(ROOT / "_build" / cached, folder / "_build" / cached)
    config = load_yaml((ROOT / "_config.yml").read_text(encoding="utf-8"))
    assert config["repository"]["url"] == "" and config["launch_buttons"]["binderhub_url"]
    config["repository"]["url"] = HOME
    (folder / "_config.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    result = subprocess.run([str(Path(sys.executable).parent / "jupyter-book"), "build", str(ROOT), "-W", "-n",
                             "--keep-going", "--config", str(folder / "_config.yml"), "--path-output", str(folder)],
                            capture_output=True, text=True, timeout=1800, cwd=ROOT)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return folder / "_build" / "html"


def launch_links(page: str) -> dict[str, str]:
    """Text of each link of the theme's launch menu -> its address."""
    menu = re.search(r'<ul class="dropdown-menu">(?:(?!</ul>).)*?mybinder(?:(?!</ul>).)*</ul>', page, re.S)
    if not menu:
        return {}
    return {re.sub(r"<[^>]+>", "", text).strip(): href.replace("&amp;", "&")
            for href, text in re.findall(r'<a href="([^"]+)"[^>]*>(.*?)</a>', menu.group(0), re.S)}


@pytest.mark.build
@pytest.mark.parametrize("name", NOTEBOOKS)
def test_with_a_repository_each_data_chapter_offers_binder_and_colab(homed_html, name):
    page = (homed_html / "book" / f"{name}.html").read_text(encoding="utf-8")
    owner, repo = HOME.rsplit("/", 2)[-2:]
    links = launch_links(page)
    assert links.get("Binder") == f"https://mybinder.org/v2/gh/{owner}/{repo}/{BRANCH}?urlpath=lab/tree/book/{name}.md"
    assert links.get("Colab") == f"https://colab.research.google.com/github/{owner}/{repo}/blob/{BRANCH}/notebooks/{name}.ipynb"
    assert (ROOT / "notebooks" / f"{name}.ipynb").is_file() and (ROOT / "book" / f"{name}.md").is_file()
    # the page's .ipynb download stays the plain notebook (the theme copies MyST-NB's over it)
    offered = nbformat.read(homed_html / "_sources" / "book" / f"{name}.ipynb", as_version=4)
    assert "{glue" not in "".join(c.source for c in offered.cells if c.cell_type == "markdown")
    # links only: no script, stylesheet or frame from Binder or Colab
    assert re.findall(r'<(?:script|link|img|iframe)[^>]*(?:src|href)="(?:https?:)?//[^"]*"', page) == []


@pytest.mark.build
def test_with_a_repository_a_text_chapter_has_no_launch_button(homed_html):
    page = (homed_html / "book" / "zubok-1980s.html").read_text(encoding="utf-8")
    assert "mybinder.org" not in page and "colab.research.google.com" not in page


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_without_a_repository_no_button_shows(built_html, name):
    config = load_yaml((ROOT / "_config.yml").read_text(encoding="utf-8"))
    assert config["repository"]["url"] == ""
    page = (built_html / "book" / f"{name}.html").read_text(encoding="utf-8")
    assert "mybinder.org" not in page and "colab.research.google.com" not in page
    assert "launch-buttons" not in page


@pytest.mark.browser
@pytest.mark.parametrize("name", NOTEBOOKS)
def test_a_page_with_launch_buttons_loads_nothing_from_them(page, homed_html, name):
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(homed_html))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    try:
        page.goto(f"{base}/book/{name}.html", wait_until="networkidle")
        binder = page.locator('a[href^="https://mybinder.org/"]')
        assert binder.count() == 1
        assert [url for url in requests if not url.startswith(base)] == []
    finally:
        server.shutdown()
