"""The published anchors of the book: `data/published-anchors.txt`.

Every anchor a reader may have cited (a chapter label, a section label, a paragraph id
`p-N`, a footnote id `fn-N`) is listed there as `page#anchor`. The list only grows:
`python -m edition anchors --update` appends new anchors, and a test fails when a listed
anchor is missing from the built HTML.
"""

from __future__ import annotations

import re
from pathlib import Path

LABEL = re.compile(r"^\(([\w-]+)\)=\s*$", re.M)
PARAGRAPH = re.compile(r"^\{#(p-\d+)\}\s*$", re.M)
FOOTNOTE = re.compile(r"^\[\^(\w+)\]:", re.M)


def chapter_anchors(path: Path, root: Path) -> list[str]:
    """The anchors a chapter defines, as `book/<name>.html#anchor`."""
    text = path.read_text(encoding="utf-8")
    page = path.relative_to(root).with_suffix(".html").as_posix()
    found = [f"{page}#{label}" for label in LABEL.findall(text)]
    found += [f"{page}#{pid}" for pid in PARAGRAPH.findall(text)]
    found += [f"{page}#fn-{label}" for label in FOOTNOTE.findall(text)]
    return found


def read_published(path: Path) -> list[str]:
    if not path.exists():
        return []
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def update_published(root: Path) -> list[str]:
    """Append anchors not yet listed; never remove one. Returns the new ones."""
    listing = root / "data" / "published-anchors.txt"
    published = read_published(listing)
    known = set(published)
    new = [anchor for chapter in sorted((root / "book").glob("*.md"))
           for anchor in chapter_anchors(chapter, root) if anchor not in known]
    if new or not listing.exists():
        header = ("# Anchors the edition has published (page#id). Only ever appended to:\n"
                  "# a test fails if one disappears from the built book.\n")
        listing.write_text(header + "\n".join(published + new) + "\n", encoding="utf-8")
    return new
