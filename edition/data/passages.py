"""A chapter's numbered paragraphs and footnotes as plain text, to find a data row's quote in.

A data row quotes its source verbatim. The chapter model (edition.chapter) gives each
paragraph `{#p-N}` and each note as the source's characters (escapes undone, markers and
links dropped, emendations read as their original); a quote in a note belongs to the
paragraph that carries the note's call.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .. import chapter as model
from ..chapter import normalize

__all__ = ["Chapter", "Note", "Paragraph", "normalize", "read_chapter"]


@dataclass
class Paragraph:
    id: str  # "p-14", as written above the paragraph
    line: int  # 1-based line of the `{#p-14}` mark
    text: str  # plain text
    notes: list[str] = field(default_factory=list)  # labels of the notes called in it


@dataclass
class Note:
    label: str
    line: int
    text: str


@dataclass
class Chapter:
    slug: str
    path: Path
    paragraphs: dict[str, Paragraph]
    notes: dict[str, Note]
    note_lines: dict[str, int]  # where each note's call first occurs

    def paragraph_of_note(self, label: str) -> Paragraph | None:
        """The numbered paragraph carrying the call of note `label` (None: title or heading)."""
        for paragraph in self.paragraphs.values():
            if label in paragraph.notes:
                return paragraph
        return None

    def holding(self, quote: str) -> list[tuple[Paragraph, Note | None]]:
        """Every paragraph whose text, or one of whose notes, holds the quote."""
        wanted = normalize(quote)
        found = []
        for paragraph in self.paragraphs.values():
            if wanted in paragraph.text:
                found.append((paragraph, None))
            for label in paragraph.notes:
                note = self.notes.get(label)
                if note and wanted in note.text:
                    found.append((paragraph, note))
        return found

    def orphan_notes_holding(self, quote: str) -> list[Note]:
        """Notes holding the quote whose call stands outside every numbered paragraph."""
        wanted = normalize(quote)
        return [note for label, note in self.notes.items()
                if wanted in note.text and self.paragraph_of_note(label) is None]

    def reading_text(self) -> str:
        return " ".join([p.text for p in self.paragraphs.values()] + [n.text for n in self.notes.values()])


def read_chapter(path: Path) -> Chapter:
    read = model.read_chapter(Path(path))
    if "passages" not in read.searchable:  # built once per chapter text
        read.searchable["passages"] = _passages(read)
    return read.searchable["passages"]


def _passages(read: model.Chapter) -> Chapter:
    paragraphs = {block.id: Paragraph(block.id, block.mark_line, normalize(block.text(emphasis=True)), block.note_refs())
                  for block in read.blocks if block.id}
    notes = {label: Note(label, read.note_line(label),
                         normalize(read.note_text(label, corrected=False, emphasis=True)))
             for label in read.notes}
    note_lines: dict[str, int] = {}
    for block in read.all_blocks():
        for piece in block.pieces:
            if piece.kind == "note-ref":
                note_lines.setdefault(piece.label, piece.line)
    return Chapter(read.slug, read.path, paragraphs, notes, note_lines)
