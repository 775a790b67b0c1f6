"""Notebook chapters (MyST text notebooks), read with the same MyST tokens as the texts:
their front matter and the place of their first code cell."""

from __future__ import annotations

import yaml

from .parse import markdown_parser


def front_matter(text: str) -> dict | None:
    """The page's front matter as a mapping; None when it has none."""
    tokens = markdown_parser().parse(text)
    if not tokens or tokens[0].type != "front_matter":
        return None
    return yaml.load(tokens[0].content, Loader=yaml.CSafeLoader) or {}


def declared_reads(text: str) -> list[str] | None:
    """The files a notebook page declares it reads (`edition: reads:`, globs allowed);
    None for a page that is not a notebook."""
    meta = front_matter(text) or {}
    if "kernelspec" not in meta and "jupytext" not in meta:
        return None
    return [str(item) for item in ((meta.get("edition") or {}).get("reads") or [])]


def first_code_cell_closing_line(text: str) -> int | None:
    """0-based line of the fence that closes the first `{code-cell}` (None: no code cell)."""
    for token in markdown_parser().parse(text):
        if token.type == "fence" and token.info.strip().startswith("{code-cell}") and token.map:
            return token.map[1] - 1
    return None
