"""Where a data row's passage is, and how the book names a text: what the book's side of the
notebooks (`book`, `charts`) adds to the tables a cell reads itself with pandas."""

from __future__ import annotations

from pathlib import Path

from ..catalogue import read_catalogue
from .schema import project_root


def passage_url(chapter: str, paragraph: str) -> str:
    """The passage's address, relative to a page of book/ (where the chapters are)."""
    return f"{chapter}.html#{paragraph}"


def texts(root: Path | None = None) -> dict[str, str]:
    """Each text's short label, from its metadata (the catalogue), in book order."""
    labels = {}
    for text in read_catalogue(Path(root) if root else project_root()).texts:
        who = ", ".join(a.get("family") or a["literal"] for a in text.meta.get("authors") or []) or text.meta["genre"]
        labels[text.slug] = f"{who} ({text.meta['date']})" if text.meta.get("date") else f"{who} (undated)"
    return labels


def short_titles(root: Path | None = None) -> dict[str, str]:
    """Each text's short title (`short_title` in its metadata: "Zubok"), by its slug, in book order."""
    return {text.slug: text.short_title for text in read_catalogue(Path(root) if root else project_root()).texts}
