"""Benchmark: prints figures, asserts nothing (`make bench`).

Clean build time, rebuild time after one chapter changes, import time for all sources,
and the same for a generated corpus 20 times larger (each source copied 20 times under
new slugs), so that one sees how cost grows.
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


def copy_project(target: Path) -> None:
    for name in ("_config.yml", "_toc.yml"):
        shutil.copy(ROOT / name, target / name)
    for folder in ("book", "data", "edition/sphinx_ext/static"):
        shutil.copytree(ROOT / folder, target / folder)


def make_corpus(target: Path, copies: int) -> list[str]:
    """`copies` copies of every source under new slugs, with their metadata."""
    sources = target / "data" / "sources"
    slugs = []
    for text in sorted((ROOT / "data" / "sources").glob("*.txt")):
        meta = yaml.safe_load(text.with_suffix(".yml").read_text(encoding="utf-8"))
        for n in range(1, copies + 1):
            slug = f"{text.stem}-{n:02d}"
            shutil.copy(text, sources / f"{slug}.txt")
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


def main() -> None:
    print("Benchmark of the edition (seconds; one run each, on this machine)")
    seconds, _ = timed(lambda: [import_source(p) for p in sorted((ROOT / "data" / "sources").glob("*.txt"))])
    print(f"import, 5 sources:                      {seconds:7.2f}")
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
        chapter = project / "book" / "khrushchev-essay.md"
        chapter.write_text(chapter.read_text(encoding="utf-8") + "\n% benchmark edit\n", encoding="utf-8")
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
        toc = {"format": "jb-book", "root": "book/index",
               "chapters": [{"file": f"book/{p.stem}"} for p in sorted((ROOT / "data" / "sources").glob("*.txt"))]
               + [{"file": f"book/{slug}"} for slug in slugs]}
        (project / "_toc.yml").write_text(yaml.safe_dump(toc), encoding="utf-8")
        clean = build(project)
        pages, words = pages_and_words(project)
        print(f"clean build, generated corpus:          {clean:7.2f}  ({pages} HTML pages, {words} words of MyST)")


if __name__ == "__main__":
    main()
