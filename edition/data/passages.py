"""A chapter's numbered paragraphs and footnotes as plain text, to find a quote in.

A data row quotes its source verbatim. The chapter holds the same characters, written as
MyST: markdown escapes (`\\[`, `\\*`, `\\_`, `\\&`), footnote references (`[^12]`), link syntax
and editorial roles (`{gap}`). `plain()` undoes exactly those, so that a quote can be looked
up in the paragraph `{#p-N}` that holds it, or in a note, whose paragraph is the one carrying
the note's marker `[^N]`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..footnotes import SUPERSCRIPT_DIGITS
from ..reading_text import role_source_text

PARAGRAPH_MARK = re.compile(r"^\{#(p-\d+)\}\s*$")
NOTE_DEFINITION = re.compile(r"^\[\^([^\]\s]+)\]:\s?(.*)$")
NOTE_REFERENCE = re.compile(r"\[\^([^\]\s]+)\]")
ROLE = re.compile(r"\{([\w-]+)\}`([^`]*)`")
LINK = re.compile(r"(?<!\\)\[((?:\\.|[^\]\\])*)\]\(<?[^)>]*>?\)")
ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
SUPERSCRIPT = re.compile(f"[{SUPERSCRIPT_DIGITS}]+")
SPACE = re.compile(r"\s+")


def plain(markdown: str) -> str:
    """The characters of the source that a stretch of chapter markdown holds."""
    text = ROLE.sub(lambda m: role_source_text(m.group(1), m.group(2)), markdown)
    text = LINK.sub(lambda m: m.group(1), text)
    text = NOTE_REFERENCE.sub("", text)
    text = ESCAPE.sub(lambda m: m.group(1), text)
    return normalize(text)


def normalize(text: str) -> str:
    """Spacing and the source's superscript note markers do not count when comparing."""
    return SPACE.sub(" ", SUPERSCRIPT.sub(" ", text)).strip()


@dataclass
class Paragraph:
    id: str  # "p-14", as written above the paragraph
    line: int  # 1-based line of the `{#p-14}` mark
    text: str  # plain text
    notes: list[str] = field(default_factory=list)  # labels of the notes referenced in it


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
    note_lines: dict[str, int]  # where each note's marker `[^N]` first occurs

    def paragraph_of_note(self, label: str) -> Paragraph | None:
        """The numbered paragraph carrying the marker of note `label` (None: title or heading)."""
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
        """Notes holding the quote whose marker stands outside every numbered paragraph."""
        wanted = normalize(quote)
        return [note for label, note in self.notes.items()
                if wanted in note.text and self.paragraph_of_note(label) is None]

    def reading_text(self) -> str:
        return " ".join([p.text for p in self.paragraphs.values()] + [n.text for n in self.notes.values()])


def read_chapter(path: Path) -> Chapter:
    path = Path(path)
    return _read_chapter(path.resolve(), path.stat().st_mtime_ns)


@lru_cache(maxsize=32)
def _read_chapter(path: Path, _mtime: int) -> Chapter:
    lines = path.read_text(encoding="utf-8").splitlines()
    paragraphs: dict[str, Paragraph] = {}
    notes: dict[str, Note] = {}
    note_lines: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        for match in NOTE_REFERENCE.finditer(line):
            if not (match.start() == 0 and NOTE_DEFINITION.match(line)):
                note_lines.setdefault(match.group(1), number)
    number = 0
    while number < len(lines):
        line = lines[number]
        mark, definition = PARAGRAPH_MARK.match(line), NOTE_DEFINITION.match(line)
        if mark or definition:
            start = number
            body = [definition.group(2)] if definition else []
            number += 1
            while number < len(lines) and lines[number].strip() and not PARAGRAPH_MARK.match(lines[number]) \
                    and not NOTE_DEFINITION.match(lines[number]):
                body.append(lines[number])
                number += 1
            raw = "\n".join(body)
            if mark:
                paragraphs[mark.group(1)] = Paragraph(mark.group(1), start + 1, plain(raw),
                                                      list(dict.fromkeys(NOTE_REFERENCE.findall(raw))))
            else:
                notes[definition.group(1)] = Note(definition.group(1), start + 1, plain(raw))
            continue
        number += 1
    return Chapter(path.stem, path, paragraphs, notes, note_lines)
