"""`data/names.csv`: who and what the five texts name, paragraph by paragraph, derived from the
index (`data/entities.csv`) and the chapters by `python -m edition derive`; the build only reads it.

A row is one entry of the index (a person, a place, an organisation) named in one numbered
paragraph of one text: how often, and in which forms. The names are found as the book's pages
find them to link them to the index (`entities.Matcher` over the author's words of each
numbered paragraph: not headings, not notes, not the editor's matter, not the words of a link),
so every row is a locator of the printed index and points at its passage (`chapter`, `paragraph`).
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from functools import lru_cache
from pathlib import Path

from ..catalogue import read_catalogue
from ..chapter import read_chapter
from ..entities import Matcher, read_entities, read_glossary

PATH = "data/names.csv"
COLUMNS = ["entity", "name", "kind", "text", "chapter", "paragraph", "position", "count", "forms"]


def runs_of_words(block) -> list[str]:
    """The paragraph's author's words in the runs the page sets as one piece of text: a run ends
    at an emphasis, a link (whose words are not searched), a note call or an editorial mark;
    a line break stays a line break (a name is not found across it, as on the page)."""
    runs, current, in_link = [], [], False
    for piece in block.pieces:
        if piece.kind in ("text", "break"):
            if not in_link:
                current.append(piece.text if piece.kind == "text" else "\n")
            continue
        runs.append("".join(current))
        current = []
        if piece.kind == "emendation":  # the page shows the corrected words, apart
            runs.append(piece.emendation.corrected)
        if piece.kind in ("link", "link-end"):
            in_link = piece.kind == "link"
    runs.append("".join(current))
    return [run for run in runs if run]


def names_in(run: str, entities: Matcher, terms: Matcher):
    """The index's names in `run`, as the page links them: a glossary term and a name compete,
    the one that starts first wins, then the longer ("Vladivostok speech" is a term, not the place)."""
    matches = sorted([*entities.find(run), *terms.find(run)], key=lambda m: (m[0], -(m[1] - m[0])))
    position = 0
    for start, end, entry in matches:
        if start < position:
            continue
        position = end
        if entry.kind != "term":
            yield start, end, entry


def rows(root: Path) -> list[dict]:
    catalogue = read_catalogue(root)
    index = (tuple(read_entities(root)), tuple(read_glossary(root)))
    found = []
    for text in catalogue.texts:
        found += [dict(row) for row in _text_rows(text.chapter, text.chapter.read_bytes(), text.slug,
                                                  text.short_title, index)]
    return found


@lru_cache(maxsize=64)
def _text_rows(path: Path, content: bytes, slug: str, short_title: str, index: tuple) -> tuple[dict, ...]:
    """One text's rows, found once per content of its chapter and of the index and glossary."""
    entities, terms = _matchers(index)
    chapter = read_chapter(path)
    found = []
    numbered = [block for block in chapter.blocks if block.id]
    for position, block in enumerate(numbered, start=1):
        counts, forms = Counter(), {}
        for run in runs_of_words(block):
            for start, end, entry in names_in(run, entities, terms):
                counts[entry] += 1
                forms.setdefault(entry, dict.fromkeys([]))[run[start:end]] = None
        for entry in sorted(counts, key=lambda e: e.id):
            found.append({"entity": entry.id, "name": entry.name, "kind": entry.kind, "text": short_title,
                          "chapter": slug, "paragraph": block.id, "position": position,
                          "count": counts[entry], "forms": " | ".join(forms[entry])})
    return tuple(found)


@lru_cache(maxsize=4)
def _matchers(index: tuple) -> tuple[Matcher, Matcher]:
    return Matcher(list(index[0])), Matcher(list(index[1]))


def csv_text(root: Path) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows(root))
    return buffer.getvalue()
