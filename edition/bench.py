"""Benchmark: prints figures, asserts nothing (`make bench`).

Clean build time, rebuild time after one chapter changes, import time for all sources,
and the same for a generated corpus 20 times larger (each source copied 20 times under
new slugs), so that one sees how cost grows; the book with its texts repeated 1, 10 and 20
times, built with one and two processes (`sphinx-build -j`), its cost per text page; and
where a clean build's time goes (`--scale`: these two alone). Then the reader's side (`reader_figures`): bytes
and requests per chapter page, time to DOMContentLoaded in headless Chromium, search index size.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

from . import bench_weight
from .catalogue import read_catalogue
from .fidelity import check_all
from .importer import import_source, write_import

ROOT = Path(__file__).resolve().parent.parent
JUPYTER_BOOK = Path(sys.executable).parent / "jupyter-book"


def timed(action) -> tuple[float, object]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def build(project: Path) -> float:
    seconds, result = timed(lambda: subprocess.run(
        [str(JUPYTER_BOOK), "build", str(project), "-W", "-n", "--keep-going"], capture_output=True, text=True))
    if result.returncode:
        print(result.stdout[-2000:], result.stderr[-2000:])
        raise SystemExit("build failed")
    return seconds


def make_stock_book(target: Path, notebooks: bool = False) -> None:
    """The same texts as a stock Jupyter Book 1: each chapter as plain MyST (title, headings,
    paragraphs as corrected, footnotes), the default configuration, no extension, no notebook.
    With `notebooks`, also the edition's notebook chapters as they are, with the data they read,
    run by stock's own execution at every build: the same kernels' work as ours, without the
    edition's apparatus (their roles the edition adds are left unknown: stock warns and goes on)."""
    from .chapter import read_chapter
    from .chapter import write as myst

    (target / "book").mkdir(parents=True)
    (target / "book" / "index.md").write_text("# The texts\n\nA stock Jupyter Book of the edition's texts.\n",
                                              encoding="utf-8")
    toc = ["format: jb-book", "root: book/index", "chapters:"]
    for text in read_catalogue(ROOT).texts:
        chapter = read_chapter(text.chapter)
        parts = [f"# {myst.escape(chapter.title.text(corrected=True, supplied=True))}"]
        for block in chapter.blocks:
            words = myst.escape(block.text(corrected=True))
            parts.append(f"## {words}" if block.kind == "heading"
                         else words + "".join(myst.note_call(label) for label in block.note_refs()))
        parts += [myst.note_definition(label, myst.escape(chapter.note_text(label)) or "[lost]")
                  for label in chapter.notes]
        (target / "book" / f"{text.slug}.md").write_text("\n\n".join(parts) + "\n", encoding="utf-8")
        toc.append(f"  - file: {text.page}")
    config = 'title: "The texts (stock)"\nexclude_patterns: [_build]\n'
    if notebooks:
        shutil.copytree(ROOT / "data", target / "data")
        for page in read_catalogue(ROOT).data_chapters:
            shutil.copy(ROOT / f"{page}.md", target / f"{page}.md")
            toc.append(f"  - file: {page}")
        config += "execute:\n  execute_notebooks: force\n"
    (target / "_toc.yml").write_text("\n".join(toc) + "\n", encoding="utf-8")
    (target / "_config.yml").write_text(config, encoding="utf-8")


def measured(command: list[str], cwd: Path) -> tuple[float, int]:
    """Seconds and peak memory (MB, the largest resident set of the command and its children,
    from GNU time) of one command; a failed command stops the benchmark."""
    seconds, result = timed(lambda: subprocess.run(["/usr/bin/time", "-f", "PEAK %M", *command], cwd=cwd,
                                                   capture_output=True, text=True))
    if result.returncode:
        print(result.stdout[-2000:], result.stderr[-2000:])
        raise SystemExit(f"{' '.join(command)} failed")
    peak = re.findall(r"PEAK (\d+)", result.stderr)
    return seconds, int(peak[-1]) // 1024 if peak else 0


def make(project: Path, target: str = "book") -> tuple[float, int]:
    """`make <target>` in a copy of the project (its tools are this checkout's: never reinstalled)."""
    return measured(["make", "-o", ".venv/.book-deps", "-o", "node_modules/.installed", target], project)


def stock(project: Path, *builder: str) -> tuple[float, int]:
    return measured([str(JUPYTER_BOOK), "build", str(project), "-n", *builder], project)


def compare_with_stock(runs: int = 3) -> None:
    """Side by side with stock Jupyter Book 1 on the same texts: clean (cold caches), clean
    with warm caches (`_build` removed, `.cache/` kept), one chapter edited, nothing changed,
    one data file changed, the EPUB and the PDF; the median of `runs` runs of each (ours and
    stock's taken in turn, so that a busy moment of the machine weighs on both), the ratio of
    the medians, the spread, and the largest peak memory."""
    import statistics

    with tempfile.TemporaryDirectory() as folder:
        ours, theirs = Path(folder) / "edition", Path(folder) / "stock"
        theirs_with_notebooks = Path(folder) / "stock-with-notebooks"
        ours.mkdir()
        subprocess.run(f"git -C {ROOT} archive HEAD | tar -x -C {ours}", shell=True, check=True)
        for tool in (".venv", "node_modules"):
            (ours / tool).symlink_to(ROOT / tool)
        make_stock_book(theirs)
        make_stock_book(theirs_with_notebooks, notebooks=True)
        slug = read_catalogue(ROOT).texts[0].slug
        stock_chapter = theirs / "book" / f"{slug}.md"

        def clean(cold: bool):
            for project in (ours, theirs, theirs_with_notebooks):
                shutil.rmtree(project / "_build", ignore_errors=True)
            if cold:
                shutil.rmtree(ours / ".cache", ignore_errors=True)

        def edit_chapters():
            edit_headnote(ours / "book" / f"{slug}.md")  # the author's text may not change
            stock_chapter.write_text(stock_chapter.read_text(encoding="utf-8") + "\nAn added line.\n",
                                     encoding="utf-8")

        def fresh_epub():
            shutil.rmtree(theirs / "_build" / "epub", ignore_errors=True)  # make epub starts empty too

        epub = ("--builder", "custom", "--custom-builder", "epub")
        # (what, the step before each run, our target, stock's builder or None: stock has no such step,
        # the stock book); the second line is the first beside stock running our notebooks too
        scenarios = [("clean build (cold caches)", lambda: clean(True), "book", (), theirs),
                     ("  stock with our notebooks", lambda: clean(True), "book", (), theirs_with_notebooks),
                     ("clean build (warm caches)", lambda: clean(False), "book", (), theirs),
                     ("one chapter edited", edit_chapters, "book", (), theirs),
                     ("nothing changed", lambda: None, "book", (), theirs),
                     ("one data file changed", lambda: edit_a_note_of(ours / "data" / "trade.csv"), "book", None,
                      theirs),
                     ("make epub", fresh_epub, "epub", epub, theirs),
                     ("make pdf", lambda: None, "pdf", None, theirs)]  # stock's pdfhtml needs a downloaded browser
        print(f"(median of {runs} runs; the spread is the slowest run less the fastest)")
        print(f"{'':30}{'ours':>7} {'spread':>7}   {'stock':>7} {'spread':>7}   ratio   peak MB (ours / stock)")
        for name, before, target, builder, stock_book in scenarios:
            mine, other = [], []
            for _ in range(runs):
                before()
                mine.append(make(ours, target))
                if builder is not None:
                    other.append(stock(stock_book, *builder))
            mine_s, other_s = [s for s, _ in mine], [s for s, _ in other]
            median = statistics.median(mine_s)
            line = f"{name + ':':30}{median:7.2f} {max(mine_s) - min(mine_s):7.2f}   "
            if other:
                theirs_median = statistics.median(other_s)
                line += (f"{theirs_median:7.2f} {max(other_s) - min(other_s):7.2f}   {median / theirs_median:5.1f}x   "
                         f"{max(mb for _, mb in mine)} / {max(mb for _, mb in other)}")
            else:
                line += f"{'-':>7} {'':7}   {'':6}  {max(mb for _, mb in mine)} / -"
            print(line, flush=True)


def edit_headnote(chapter: Path) -> None:
    """Add a sentence at the end of the chapter's headnote (the editor's own text)."""
    from .chapter import read_chapter
    headnote = next(d for d in read_chapter(chapter).directives if d.name == "headnote")
    lines = chapter.read_text(encoding="utf-8").split("\n")
    lines.insert(headnote.end_line - 1, "\nA sentence the benchmark added.")
    chapter.write_text("\n".join(lines), encoding="utf-8")


def edit_a_note_of(table: Path) -> None:
    """Add words to the `note` of a table's last row: a real change that keeps the table valid."""
    import csv
    import io
    with open(table, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    rows[-1]["note"] = (rows[-1]["note"] + " (benchmark)").strip()
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    table.write_text(out.getvalue(), encoding="utf-8")


def copy_project(target: Path) -> None:
    for name in ("_config.yml", "_toc.yml", "pyproject.toml"):
        shutil.copy(ROOT / name, target / name)
    for folder in ("book", "data", "edition/sphinx_ext/static"):
        shutil.copytree(ROOT / folder, target / folder)


def make_corpus(target: Path, copies: int) -> list[str]:
    """`copies` copies of every source under new slugs, with their metadata."""
    sources = target / "data" / "sources"
    slugs = []
    for text in read_catalogue(ROOT).texts:
        meta = dict(text.meta)
        for n in range(1, copies + 1):
            slug = f"{text.slug}-{n:02d}"
            shutil.copy(text.source, sources / f"{slug}.txt")
            meta["slug"] = slug
            (sources / f"{slug}.yml").write_text(yaml.safe_dump(meta, allow_unicode=True), encoding="utf-8")
            slugs.append(slug)
    return slugs


def pages_and_words(project: Path) -> tuple[int, int]:
    html = list((project / "_build" / "html").rglob("*.html"))
    words = sum(len(re.findall(r"\w+", p.read_text(encoding="utf-8"))) for p in (project / "book").glob("*.md"))
    return len(html), words


def bench_citations(count: int) -> tuple[float, int, int]:
    """Parse and resolve `count` notes made by repeating Zubok's 72 note bodies."""
    from .citations.notes import Note, read_notes
    from .citations.parse import parse_note
    from .citations.resolve import resolve

    real = [n for n in read_notes(ROOT / "book" / "zubok-1980s.md") if not n.missing]
    notes = [Note("generated", i + 1, real[i % len(real)].text, i + 1) for i in range(count)]

    def run():
        citations = []
        for note in notes:
            citations += parse_note(note)[0]
        return citations, resolve(citations, "Zubok, Vladislav")

    seconds, (citations, works) = timed(run)
    return seconds, len(citations), len(works)


def reader_figures(html: Path | None = None, loads: int = 3) -> None:
    """What a reader's browser fetches: for each chapter page, the bytes of the page and every
    asset it loads (sum of response bodies, cold cache), the number of requests, and the time to
    DOMContentLoaded (median of `loads` cold loads) in headless Debian Chromium, the site served
    from 127.0.0.1 by a local http.server thread; and the size of the search index."""
    import functools
    import http.server
    import statistics
    import threading

    from playwright.sync_api import sync_playwright

    if html is None:
        build(ROOT)  # as `make book` builds it; quick when nothing changed
        html = ROOT / "_build" / "html"
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    pages = [entry["file"] for part in toc.get("parts", [{"chapters": toc.get("chapters", [])}])
             for entry in part["chapters"]]

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(html)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    site = f"http://127.0.0.1:{server.server_address[1]}"
    print(f"reader, per chapter page (headless Chromium, cold cache; DOMContentLoaded median of {loads}):")
    assets: dict[str, int] = {}
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path="/usr/bin/chromium", headless=True,
                args=["--no-sandbox", "--disable-background-networking", "--disable-component-update",
                      "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"])
            for name in pages:
                sizes, times, requests, foreign = [], [], [], set()
                for _ in range(loads):
                    context = browser.new_context()  # a fresh cache each time
                    page = context.new_page()
                    responses = []
                    page.on("response", lambda response: responses.append(response))
                    page.goto(f"{site}/{name}.html", wait_until="networkidle")
                    times.append(page.evaluate(
                        "performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd"))
                    bodies = [(r.url, len(r.body())) for r in responses if r.ok]
                    sizes.append(sum(size for _, size in bodies))
                    assets.update({url.removeprefix(site).split("?")[0]: size for url, size in bodies
                                   if not url.endswith(".html")})
                    requests.append(len(responses))
                    foreign |= {r.url for r in responses if not r.url.startswith(site)}
                    context.close()
                note = f"  OTHER HOSTS: {sorted(foreign)}" if foreign else ""
                print(f"  {name.removeprefix('book/') + ':':<28} {statistics.median(sizes) / 1024:8.1f} KB"
                      f"  {statistics.median(requests):3.0f} requests"
                      f"  DOMContentLoaded {statistics.median(times):6.0f} ms{note}")
            browser.close()
    finally:
        server.shutdown()
    heaviest = sorted(assets.items(), key=lambda item: -item[1])[:5]
    print("  heaviest assets: "
          + ", ".join(f"{url.rsplit('/', 1)[-1]} {size / 1024:.0f} KB" for url, size in heaviest))
    index = html / "searchindex.js"
    print(f"search index (searchindex.js):          {index.stat().st_size / 1024:7.1f} KB"
          f"  ({index.stat().st_size} bytes)")


# --- scale: the book with its texts repeated, built by Sphinx with one and with two processes ---

SCALES = (1, 10, 20)  # how many times the five texts stand in the book


def scratch_book(target: Path) -> None:
    """The committed HEAD in `target`, with this checkout's tools (never reinstalled) and the
    Sphinx configuration Jupyter Book derives from _config.yml (for `sphinx-build -j N`)."""
    target.mkdir(parents=True)
    subprocess.run(f"git -C {ROOT} archive HEAD | tar -x -C {target}", shell=True, check=True)
    for tool in (".venv", "node_modules"):
        (target / tool).symlink_to(ROOT / tool)
    subprocess.run([str(JUPYTER_BOOK), "config", "sphinx", str(target)], check=True, capture_output=True)


def repeat_texts(project: Path, times: int) -> int:
    """Each text of the book `times` times in all: copies of its chapter, source and metadata
    under new slugs, listed after the texts in _toc.yml. Returns the number of text pages."""
    toc_path = project / "_toc.yml"
    toc = yaml.safe_load(toc_path.read_text(encoding="utf-8"))
    texts = read_catalogue(project).texts
    copies = []
    for n in range(2, times + 1):
        for text in texts:
            slug = f"{text.slug}-copy{n:02d}"
            chapter = text.chapter.read_text(encoding="utf-8").replace(text.slug, slug)
            (project / "book" / f"{slug}.md").write_text(chapter, encoding="utf-8")
            shutil.copy(text.source, project / "data" / "sources" / f"{slug}.txt")
            meta = dict(text.meta, slug=slug)
            (project / "data" / "sources" / f"{slug}.yml").write_text(yaml.safe_dump(meta, allow_unicode=True),
                                                                      encoding="utf-8")
            copies.append({"file": f"book/{slug}"})
    if copies:
        toc["parts"].insert(1, {"caption": "Copies", "chapters": copies})
        toc_path.write_text(yaml.safe_dump(toc, sort_keys=False), encoding="utf-8")
    return len(texts) * times


def sphinx_build(project: Path, jobs: int) -> dict:
    """A clean HTML build with `sphinx-build -j jobs` (Jupyter Book 1's command has no -j):
    wall and CPU seconds (user + system, the processes it forked included), peak MB, warnings."""
    out = project / "_build" / f"html-j{jobs}"
    shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(project / "_build" / f"doctrees-j{jobs}", ignore_errors=True)
    start = time.perf_counter()
    done = subprocess.run(["/usr/bin/time", "-f", "CPU %U %S PEAK %M", str(ROOT / ".venv" / "bin" / "python"),
                           "-m", "sphinx", "-j", str(jobs), "-n", "--keep-going", "-b", "html",
                           "-d", str(project / "_build" / f"doctrees-j{jobs}"), str(project), str(out)],
                          cwd=project, capture_output=True, text=True)
    wall = time.perf_counter() - start
    if not (out / "index.html").exists() and not (out / "book" / "index.html").exists():
        print(done.stdout[-2000:], done.stderr[-2000:])
        raise SystemExit("sphinx-build failed")
    user, system, peak = re.findall(r"CPU ([\d.]+) ([\d.]+) PEAK (\d+)", done.stderr)[-1]
    return {"wall": wall, "cpu": float(user) + float(system), "peak": int(peak) // 1024,
            "warnings": len(re.findall(r"WARNING", done.stderr))}


def slope(points: list[tuple[int, float]]) -> tuple[float, float, float]:
    """Least squares: seconds per text page, the intercept, and the largest residual as a
    share of the time it is measured against (small: the growth is linear)."""
    n = len(points)
    mean_x, mean_y = sum(x for x, _ in points) / n, sum(y for _, y in points) / n
    per = sum((x - mean_x) * (y - mean_y) for x, y in points) / sum((x - mean_x) ** 2 for x, _ in points)
    base = mean_y - per * mean_x
    worst = max(abs(y - (base + per * x)) / y for x, y in points)
    return per, base, worst


def scale_figures() -> None:
    """The book at 1, 10 and 20 times its texts, each built clean with -j 1 and -j 2 (the
    caches outside _build, notebooks and citations, warmed first by an untimed build, so that
    only the texts grow): seconds per text page. CPU time is the figure to read on a shared
    machine; wall time is what one waits."""
    print("scale: the texts repeated (clean sphinx-build, notebook cache warm; wall and CPU seconds):")
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder) / "book-1"
        scratch_book(base)
        sphinx_build(base, 1)  # warms .cache/ (notebooks, citations) for every size
        results = {}
        for times in SCALES:
            project = Path(folder) / f"book-{times}"
            if times > 1:
                shutil.copytree(base, project, symlinks=True, ignore=shutil.ignore_patterns("_build"))
            pages = repeat_texts(project, times)
            sphinx_build(project, 1)  # the copies' citations formatted once, so -j 1 and -j 2 find the same cache
            for jobs in (1, 2):
                figures = sphinx_build(project, jobs)
                results[(times, jobs)] = (pages, figures)
                print(f"  {times:2}x ({pages:3} text pages) -j {jobs}: {figures['wall']:7.1f} s wall "
                      f"{figures['cpu']:7.1f} s CPU  {figures['peak']} MB  {figures['warnings']} warnings")
        for jobs in (1, 2):
            for what in ("wall", "cpu"):
                per, start, worst = slope([(results[(t, jobs)][0], results[(t, jobs)][1][what]) for t in SCALES])
                print(f"  -j {jobs} {what:4}: {per:5.2f} s per text page + {start:5.1f} s "
                      f"(largest deviation from the line {worst:.0%})")


def cost_centres(top: int = 12) -> None:
    """Where a clean build's time goes (cProfile, `sphinx-build -j 1` of the book): own time
    by package, and the functions with the most time including what they call."""
    import pstats
    from collections import Counter

    with tempfile.TemporaryDirectory() as folder:
        project = Path(folder) / "book"
        scratch_book(project)
        sphinx_build(project, 1)  # warm the notebook cache: the profile shows the build, not the kernels
        profile = Path(folder) / "build.prof"
        subprocess.run([str(ROOT / ".venv" / "bin" / "python"), "-m", "cProfile", "-o", str(profile),
                        "-m", "sphinx", "-n", "--keep-going", "-q", "-b", "html", "-d",
                        str(project / "_build" / "doctrees-prof"), str(project), str(project / "_build" / "prof")],
                       cwd=project, capture_output=True, check=True)
        stats = pstats.Stats(str(profile))
        total = max(cumulative for _, _, _, cumulative, _ in stats.stats.values())
        by_package = Counter()
        for (filename, _, _), (_, _, own, _, _) in stats.stats.items():
            by_package[_package(filename, project)] += own
        print(f"cost centres of a clean build ({total:.1f} s under the profiler), own time by package:")
        for name, seconds in by_package.most_common(top):
            print(f"  {name:32} {seconds:6.2f} s  {seconds / total:4.0%}")
        print("  functions, time including what they call (the edition's and its libraries' own steps):")
        ranked = sorted(((cumulative, key) for key, (_, _, _, cumulative, _) in stats.stats.items()
                         if ("/edition/" in key[0] or "myst_nb" in key[0]) and key[2] not in ("<module>", "setup")),
                        reverse=True)
        for cumulative, (filename, line, name) in ranked[:top]:
            where = filename.split("site-packages/")[-1].split("/edition/")[-1]
            print(f"  {cumulative:6.2f} s  {where}:{line} {name}")


def _package(filename: str, project: Path) -> str:
    """The package a profiled function belongs to: site-packages' top folder, the edition's
    module, or the standard library."""
    if "site-packages/" in filename:
        return filename.split("site-packages/", 1)[1].split("/", 1)[0]
    if "/edition/" in filename:
        return "edition." + filename.split("/edition/", 1)[1].split("/", 1)[0].removesuffix(".py")
    return "python (standard library, builtins)"


def main() -> None:
    print("Benchmark of the edition (seconds, on this machine)")
    print("beside stock Jupyter Book 1 on the same texts (make book, from the committed HEAD):")
    if "--scale" in sys.argv:  # the scale figures and the cost centres only
        scale_figures()
        cost_centres()
        return
    runs = next((int(a.split("=", 1)[1]) for a in sys.argv if a.startswith("--runs=")), 3)
    compare_with_stock(runs)
    if "--compare" in sys.argv:
        return
    texts = read_catalogue(ROOT).texts
    seconds, _ = timed(lambda: [import_source(t.source) for t in texts])
    print(f"import, {len(texts)} sources:                      {seconds:7.2f}")
    seconds, report = timed(lambda: check_all(ROOT))
    print(f"fidelity check, 5 chapters:             {seconds:7.2f}  ({sum(report.checked.values())} words)")

    for count in (1_000, 10_000):
        seconds, citations, works = bench_citations(count)
        print(f"citations, {count:>6} generated notes:    {seconds:7.2f}  ({citations} citations, {works} works)")

    with tempfile.TemporaryDirectory() as folder:
        project = Path(folder)
        copy_project(project)
        clean = build(project)
        pages, words = pages_and_words(project)
        print(f"clean build, 5 chapters:                {clean:7.2f}  ({pages} HTML pages, {words} words of MyST)")
        chapter = project / "book" / f"{read_catalogue(ROOT).texts[0].slug}.md"
        edit_headnote(chapter)
        print(f"rebuild after one chapter changes:      {build(project):7.2f}")

    with tempfile.TemporaryDirectory() as folder:
        project = Path(folder)
        copy_project(project)
        slugs = make_corpus(project, 20)
        paths = [project / "data" / "sources" / f"{slug}.txt" for slug in slugs]
        seconds, imported = timed(lambda: [import_source(p, project) for p in paths])
        print(f"import, generated corpus ({len(paths)} sources):  {seconds:7.2f}")
        for item in imported:
            write_import(item, project / "book", project / "data" / "changes", project / "_build" / "import")
        seconds, report = timed(lambda: check_all(project, slugs))
        print(f"fidelity, generated corpus:             {seconds:7.2f}  ({sum(report.checked.values())} words)")

    scale_figures()
    cost_centres()
    reader_figures()
    bench_weight.main()


if __name__ == "__main__":
    main()
