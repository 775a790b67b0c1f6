"""The footnotes of a chapter as plain note texts, keeping where each came from.

Read from the chapter model (edition.chapter): a note's text is its reading with the
editor's corrections applied (an emendation yields its corrected reading), the editor's
markers left out, escapes undone and a link reduced to its text. `*...*` marks italics
(titles) and is kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..chapter import read_chapter


@dataclass(frozen=True)
class Note:
    chapter: str
    number: int
    text: str
    line: int  # line of the chapter file
    missing: bool = False


def read_notes(chapter: Path) -> list[Note]:
    model = read_chapter(chapter)
    notes = []
    for label, blocks in model.notes.items():
        if not label.isdigit() or not blocks:
            continue
        missing = any(block.markers("missing") for block in blocks)
        notes.append(Note(model.slug, int(label), model.note_text(label, corrected=True, emphasis=True).strip(),
                          blocks[0].line, missing))
    return sorted(notes, key=lambda n: n.number)


def supported_passages(chapter: Path) -> dict[int, str]:
    """For each note, the text its call closes: from the previous call in the same paragraph
    (or the paragraph's start) up to this one. Used as evidence when resolving."""
    passages: dict[int, str] = {}
    model = read_chapter(chapter)
    for block in ([model.title] if model.title else []) + model.blocks:
        text = []
        for piece in block.pieces:
            if piece.kind == "note-ref":
                if piece.label.isdigit():
                    passages[int(piece.label)] = "".join(text).strip()
                text = []
            elif piece.kind == "format":
                text.append(piece.text)
            else:
                text.append(piece.reading(corrected=True))
    return passages


def text_before_calls(chapter: Path) -> tuple[str, dict[int, int]]:
    """The chapter's running text (paragraphs parted by blank lines) and, for each note, where in it the
    note's call stands: what a note that names no work ("Art. 119.") refers to is named before its call."""
    model = read_chapter(chapter)
    text, calls = [], {}
    for block in ([model.title] if model.title else []) + model.blocks:
        for piece in block.pieces:
            if piece.kind == "note-ref":
                if piece.label.isdigit():
                    calls.setdefault(int(piece.label), len("".join(text)))
            elif piece.kind == "format":
                text.append(piece.text)
            else:
                text.append(piece.reading(corrected=True))
        text.append("\n\n")
    return "".join(text), calls
