"""What a page weighs: the requests a reader's browser makes for one page of each kind, and the
bytes of their response bodies (uncompressed, as `make serve`'s http.server sends them), in
headless Debian Chromium with a cold cache. `make bench` prints them beside stock Jupyter Book
on the same texts; tests/browser/test_page_weight.py holds the pages to their limits.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import threading
from dataclasses import dataclass
from pathlib import Path

# One page of each kind, by its path in _build/html; stock Jupyter Book has only the first,
# the second and the last (its texts, no data chapters, no apparatus).
PAGE_KINDS = {
    "landing": "book/index.html",
    "text chapter": "book/zubok-1980s.html",
    "data chapter": "book/chronology.html",
    "index of names": "book/index-of-names.html",
    "bibliography": "book/bibliography.html",
    "search": "search.html",
}
# The most each kind may weigh (bytes, requests): every chapter, text or data, 600 KiB in 15
# requests (issue 13), the landing page less; the search page also loads its scripts and index.
KIB = 1024
CHAPTER_LIMIT = (600 * KIB, 15)
LIMITS = {"landing": (400 * KIB, 14), "text chapter": CHAPTER_LIMIT, "data chapter": CHAPTER_LIMIT,
          "index of names": CHAPTER_LIMIT, "bibliography": CHAPTER_LIMIT, "search": (500 * KIB, 18)}
CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"]


@dataclass
class Weight:
    page: str
    bytes: int
    requests: int
    assets: dict[str, int]  # path -> bytes, of everything the page loaded

    def __str__(self) -> str:
        return f"{self.bytes / 1024:8.1f} KiB {self.requests:3d} requests"


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@contextlib.contextmanager
def served(html: Path):
    """The folder on http://127.0.0.1:<free port>, as `make serve` serves it."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(html)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()


def weigh(browser, site: str, page_path: str) -> Weight:
    """One cold load of `page_path` (a fresh context, so an empty cache), until the network is idle."""
    context = browser.new_context()
    page = context.new_page()
    responses = []
    page.on("response", lambda response: responses.append(response))
    page.goto(f"{site}/{page_path}", wait_until="networkidle")
    assets = {}
    for response in responses:
        body = response.body() if response.ok and response.status != 304 else b""
        assets[response.url.removeprefix(site).split("?")[0]] = len(body)
    context.close()
    return Weight(page_path, sum(assets.values()), len(responses), assets)


def weigh_all(html: Path, pages: dict[str, str]) -> dict[str, Weight]:
    from playwright.sync_api import sync_playwright
    with served(html) as site, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=CHROMIUM_ARGS)
        try:
            return {kind: weigh(browser, site, path) for kind, path in pages.items()
                    if (html / path).is_file()}
        finally:
            browser.close()


def every_page(html: Path) -> dict[str, str]:
    """Every page of the book (its chapters, data chapters and apparatus) and the search page,
    by path: each a reader may land on."""
    pages = {path.relative_to(html).as_posix(): path.relative_to(html).as_posix()
             for path in sorted((html / "book").glob("*.html"))}
    return {**pages, "search.html": "search.html"}


def print_weights(ours: Path, stock: Path | None = None) -> None:
    """Every page: ours, and stock Jupyter Book's page at the same path where it has one."""
    pages = every_page(ours)
    mine = weigh_all(ours, pages)
    theirs = weigh_all(stock, pages) if stock else {}
    print("page weight, every page (headless Chromium, cold cache, bodies as served uncompressed):")
    print(f"  {'':34}{'ours':>28}   {'stock Jupyter Book':>28}")
    for path, weight in mine.items():
        other = str(theirs[path]) if path in theirs else "-"
        print(f"  {path + ':':34}{str(weight):>28}   {other:>28}")
    chapter = PAGE_KINDS["text chapter"]
    if chapter in mine:
        heaviest = sorted(mine[chapter].assets.items(), key=lambda item: -item[1])[:5]
        print(f"  {chapter}, heaviest: " + ", ".join(f"{url.rsplit('/', 1)[-1]} {size / 1024:.0f} KiB"
                                                    for url, size in heaviest))


def main() -> None:
    """`make bench`: the book as `make book` builds it, beside a stock Jupyter Book 1 of the same
    texts built in a scratch folder (`bench.make_stock_book`)."""
    import tempfile

    from .bench import ROOT, build, make_stock_book
    build(ROOT)  # quick when nothing changed
    with tempfile.TemporaryDirectory() as folder:
        stock = Path(folder) / "stock"
        make_stock_book(stock)
        build(stock)
        print_weights(ROOT / "_build" / "html", stock / "_build" / "html")


if __name__ == "__main__":
    import sys
    if len(sys.argv) > 1:  # python -m edition.bench_weight OURS [STOCK]: two built sites
        print_weights(Path(sys.argv[1]), Path(sys.argv[2]) if len(sys.argv) > 2 else None)
    else:
        main()
