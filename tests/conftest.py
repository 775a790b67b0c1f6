"""Shared fixtures: the project root, the seeds beside it, the built book."""

from __future__ import annotations

import functools
import json
import os
import re
import http.server
import shutil
import subprocess
import sys
import threading
import unicodedata
import zipfile
from pathlib import Path

import pytest

from edition.catalogue import read_catalogue

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
HTML = ROOT / "_build" / "html"
# The texts, from the one catalogue (_toc.yml and data/sources/): tests never keep their own list.
SLUGS = read_catalogue(ROOT).slugs


def load_yaml(text):
    """yaml.safe_load with libyaml's parser (the same safe constructor, several times faster): tests
    read the project's large YAML files, some when they are collected, on every worker."""
    import yaml
    return yaml.load(text, Loader=yaml.CSafeLoader)


def copy_project(target: Path, caches: bool = False) -> Path:
    """The project's inputs (chapters, data, toc, version) in `target`, for a test to spoil; with
    `caches`, the results the project keeps (.cache/edition: keyed on the content and the code, so
    the copy reuses only those of inputs it has unchanged)."""
    for folder in ("book", "data"):
        shutil.copytree(ROOT / folder, target / folder, ignore=shutil.ignore_patterns("*.ipynb"))
    for name in ("_toc.yml", "pyproject.toml"):
        shutil.copy(ROOT / name, target / name)
    if caches:
        _check_the_project_once()
    if caches and (ROOT / ".cache" / "edition").is_dir():
        shutil.copytree(ROOT / ".cache" / "edition", target / ".cache" / "edition",
                        ignore=shutil.ignore_patterns("*.part"), copy_function=_copy_if_there)
    return target


@functools.cache
def _check_the_project_once() -> None:
    """The project's own results for its inputs as they are (.cache/edition, as `make check`
    keeps them), once per process: a copy that carries them checks again only what its test
    changed, also on the first run after the code changed."""
    from edition.check import run_checks
    run_checks(ROOT)


def _copy_if_there(source: str, target: str) -> None:
    try:
        shutil.copy2(source, target)
    except FileNotFoundError:  # pruned by a process writing its own result meanwhile: not needed
        pass


def copy_whole_project(folder: Path, caches: bool = False) -> Path:
    """The project as a clean clone has it (every file git tracks, outside tests/; no build, no
    venv), for a test to run commands in: whatever a unit test reads (binder/, notebooks/,
    CITATION.cff, the publish workflow) is there, as it is in CI. With `caches`, the results the
    project keeps (as `copy_project`), but no stamp of a step that passed (`check --derive`'s):
    the copy's first check is a whole one."""
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True)
    if listed.returncode == 0:
        names = listed.stdout.decode().split("\0")
    else:  # a copy of the project that is no checkout (a grown edition in a test): its files but the tools'
        skipped = {".git", ".venv", "node_modules", "_build", ".cache", "__pycache__", ".pytest_cache"}
        names = [p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*")
                 if p.is_file() and not skipped & set(p.relative_to(ROOT).parts)]
    for name in names:
        if name and not name.startswith("tests/") and (ROOT / name).is_file():
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, folder / name)
    if caches:
        from edition.cache import CHECK_PASSED
        _check_the_project_once()
        if (ROOT / ".cache" / "edition").is_dir():
            shutil.copytree(ROOT / ".cache" / "edition", folder / ".cache" / "edition",
                            ignore=shutil.ignore_patterns("*.part", f"{CHECK_PASSED}-*"), copy_function=_copy_if_there)
    return folder


ZOTERO_TYPES = {"book", "bookSection", "journalArticle", "newspaperArticle", "manuscript", "interview", "report",
                "conferencePaper", "webpage", "encyclopediaArticle", "document", "thesis"}


def zotero_type(coins: str) -> str:
    """The item type Zotero's OpenURL reader (parseContextObject, behind its COinS translator)
    gives a ContextObject: the journal format is a journal article; the book format a book, a
    book section (genre bookitem), a conference paper or a report (by genre); Dublin Core a web
    page unless `rft.type` names another of Zotero's item types."""
    from urllib.parse import parse_qsl
    pairs = dict(parse_qsl(coins))
    form = pairs["rft_val_fmt"].rsplit(":", 1)[-1]
    if form == "journal":
        return "journalArticle"
    if form == "book":
        return {"bookitem": "bookSection", "conference": "conferencePaper", "proceeding": "conferencePaper",
                "report": "report"}.get(pairs.get("rft.genre"), "book")
    return pairs["rft.type"] if pairs.get("rft.type") in ZOTERO_TYPES else "webpage"


def run_edition(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    """Run `python -m edition ...` as a user would, capturing its output."""
    return subprocess.run([sys.executable, "-m", "edition", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=300)


def run_command(*args: str, cwd: Path = ROOT, module: str = "edition") -> subprocess.CompletedProcess:
    """`python -m edition ...` (or `python -m <module> ...`) in this process: the same `main`
    (arguments, exit code, output), without a new interpreter importing the edition again, for a
    test of what a command does; `run_edition` starts the process, for a test of the command line
    itself."""
    import contextlib
    import importlib
    import io

    main = importlib.import_module(f"{module}.__main__").main
    out, err, here = io.StringIO(), io.StringIO(), os.getcwd()
    os.chdir(cwd)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(list(args))
    finally:
        os.chdir(here)
    return subprocess.CompletedProcess([sys.executable, "-m", module, *args], code, out.getvalue(), err.getvalue())


@pytest.fixture(scope="session")
def built_html() -> Path:
    """The book as `make book` built it (make test builds it first)."""
    if not (HTML / "book" / "zubok-1980s.html").exists():
        jupyter_book = Path(sys.executable).parent / "jupyter-book"  # the venv's command (no `python -m`)
        subprocess.run([str(jupyter_book), "build", str(ROOT), "-W", "-n", "--keep-going"],
                       check=True, capture_output=True)
    return HTML


PDF = HTML / "downloads" / "edition.pdf"
EPUB = HTML / "downloads" / "edition.epub"

# One sentence of each chapter, as its source gives it (checked against the chapter by the tests).
SENTENCES = {
    "wikipedia-survey": "It set forth the dual nature of Soviet foreign policy, which encompasses both "
                        "proletarian internationalism and peaceful coexistence.",
    "country-study-1920s": "Toward the non-Western world, the Soviet leadership limited its policy to promoting "
                           "opposition among the indigenous populations against imperialist exploitation.",
    "sino-soviet-1953": "In general policy, two major approaches toward the development of relations with the "
                        "outside world were in contention.",
    "khrushchev-essay": "His approach was very different to his predecessor in both domestic and "
                        "international fronts.",
    "zubok-1980s": "Pioneered by Gilbert Rozman, it already produced valuable insights.",
    "trade-1980s": "Only one passage of the five texts gives the volume of trade between the Soviet Union and China",
    "changelog": "The first version of the edition.",
}


def flat(text: str) -> str:
    """Text as a reader sees it: one space for any run of whitespace, ligatures undone."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def make(target: str) -> None:
    result = subprocess.run(["make", target], cwd=ROOT, capture_output=True, text=True, timeout=1200)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]


def need(*tools: str) -> None:
    for tool in tools:
        if not shutil.which(tool):
            pytest.fail(f"{tool} is missing: run scripts/ensure-poppler.sh and scripts/ensure-epubcheck.sh "
                        "(make test does)")


@pytest.fixture(scope="session")
def pdf() -> Path:
    """The PDF as `make pdf` typeset it (make test makes it first)."""
    if not PDF.exists():
        make("pdf")
    need("pdfinfo", "pdftotext", "pdffonts", "pdftoppm", "pdftohtml")
    return PDF


@pytest.fixture(scope="session")
def epub() -> zipfile.ZipFile:
    """The EPUB as `make epub` built it (make test builds it first)."""
    if not EPUB.exists():
        make("epub")
    with zipfile.ZipFile(EPUB) as book:
        yield book


def chapter_text(slug: str) -> str:
    return (ROOT / "book" / f"{slug}.md").read_text(encoding="utf-8")


CHROMIUM = Path("/usr/bin/chromium")


# The faces the browser tests draw with, the same on every machine (the screenshots' references).
BROWSER_FONTS = ROOT / "tests" / "browser" / "fonts.conf"


@pytest.fixture(scope="session")
def browser_type_launch_args():
    # Debian's Chromium, never a browser Playwright would download; no background traffic.
    return {"executable_path": str(CHROMIUM), "headless": True,
            "env": {**os.environ, "FONTCONFIG_FILE": str(BROWSER_FONTS)},
            "args": ["--no-sandbox", "--disable-background-networking", "--disable-component-update",
                     "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"]}


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # no access log in the test output
        pass


@pytest.fixture(scope="session")
def site(built_html):
    handler = functools.partial(_QuietHandler, directory=str(built_html))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture()
def watched_page(page, site):
    """A page that records console errors (and uncaught script errors, which Playwright reports
    as page errors, not console messages) and every request to a host other than ours."""
    page.console_errors, page.foreign_requests = [], []
    page.on("console", lambda msg: msg.type == "error" and page.console_errors.append(msg.text))
    page.on("pageerror", lambda error: page.console_errors.append(f"uncaught: {error}"))
    page.on("request", lambda req: not req.url.startswith((site, "data:", "blob:"))
            and page.foreign_requests.append(req.url))
    return page


def wait_for_fragment(page, fragment: str) -> None:
    """Wait until the address ends in `fragment`: a same-page jump updates it asynchronously,
    so reading `page.url` at once after a click or Enter races the browser."""
    from playwright.sync_api import expect
    expect(page).to_have_url(re.compile(re.escape(fragment) + "$"), timeout=5000)


LAYERS = ("unit", "build", "browser")
# Seconds each test file took in a full run: pytest's cache keeps the last run's, this file the
# ones measured when it was written (a file not in either counts 0 s).
DURATIONS = Path(__file__).parent / "durations.json"
SECONDS_KEY = "edition/file-seconds"
_seconds: dict[str, float] = {}


def pytest_configure(config):
    if hasattr(config.option, "loadscopereorder"):  # xdist: keep the order below (longest file first)
        config.option.loadscopereorder = False


def pytest_collection_modifyitems(config, items):
    """The layers, one folder each: tests/unit builds nothing and starts no kernel (`make
    test-fast`); tests/build reads the built book, PDF or EPUB or builds one of its own;
    tests/browser drives Chromium. A test's folder is its marker, nothing else.

    The files run longest first: xdist (`--dist loadfile`) gives each free worker the next file,
    so a long file started last would keep one worker busy while the others have finished."""
    tests = Path(__file__).parent
    for item in items:
        folder = Path(item.path).relative_to(tests).parts[0]
        if folder not in LAYERS:
            raise pytest.UsageError(f"{item.nodeid}: a test lives in tests/unit, tests/build or tests/browser")
        item.add_marker(getattr(pytest.mark, folder))
    seconds = json.loads(DURATIONS.read_text(encoding="utf-8")) if DURATIONS.is_file() else {}
    if getattr(config, "cache", None) is not None:  # none under -p no:cacheprovider
        seconds.update(config.cache.get(SECONDS_KEY, {}))
    items.sort(key=lambda item: -seconds.get(item.nodeid.split("::")[0], 0))  # stable: a file's own order kept


def pytest_runtest_logreport(report):
    _seconds[report.nodeid.split("::")[0]] = _seconds.get(report.nodeid.split("::")[0], 0) + report.duration


def pytest_sessionfinish(session):
    """Keep each file's seconds for the next run's order (by the controller, not by each worker)."""
    if hasattr(session.config, "workerinput") or getattr(session.config, "cache", None) is None or not _seconds:
        return
    kept = session.config.cache.get(SECONDS_KEY, {})
    session.config.cache.set(SECONDS_KEY, {**kept, **{name: round(s, 1) for name, s in _seconds.items()}})


# Each data chapter's figures, and the table each draws (the notebook tests of every layer).
FIGURES = {"trade-1980s": {"fig-trade-volume": "data/trade.csv", "fig-trade-shares": "data/shares.csv"},
           "chronology": {"fig-chronology-timeline": "data/chronology.csv",
                          "fig-chronology-1980s": "data/chronology.csv",
                          "fig-chronology-decades": "data/chronology.csv"},
           "footnotes-as-data": {"fig-footnote-kinds": "data/footnote_citations.csv",
                                 "fig-footnote-works": "data/footnote_citations.csv"},
           "names": {"fig-names-where": "data/names.csv", "fig-names-when": "data/names.csv"}}
