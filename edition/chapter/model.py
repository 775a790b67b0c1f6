"""A text chapter as one model: what every reader of a chapter uses.

A chapter is a title, blocks (paragraphs with their `p-N` id, headings with their label,
list items), footnotes (label -> blocks), directives, and the editorial constructs inside
them. Each inline piece keeps its place in the chapter file (line, start and end column),
so that every derived thing can point back at the characters it came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..problems import Problem


@dataclass(frozen=True)
class Emendation:
    corrected: str
    original: str
    kind: str
    reason: str
    source: str  # an editorial-source key (conjectures), else ""
    line: int


@dataclass
class Piece:
    """One inline piece, in reading order.

    kind: "text" (the author's characters), "break" (a line break), "format" (an emphasis or
    strong marker: `text` holds the source's `*`/`**`), "link" (opening of a link; `target`),
    "note-ref" (`label`), "emendation", or "marker" (an editorial role: `role`, `content`).
    """

    kind: str
    text: str
    line: int  # 1-based line of the chapter file
    start: int = -1  # 0-based column of the piece's first character in that line (-1: unknown)
    end: int = -1  # column just after it
    role: str = ""
    content: str = ""
    label: str = ""
    target: str = ""
    emendation: Emendation | None = None

    def reading(self, corrected: bool) -> str:
        if self.kind == "text":
            return self.text
        if self.kind == "emendation":
            return self.emendation.corrected if corrected else self.emendation.original
        if self.kind == "break":
            return " "
        return ""


@dataclass
class Block:
    kind: str  # "paragraph", "heading", "item" (of a list), "note" (a paragraph of a footnote)
    line: int  # first line of its text
    end_line: int
    pieces: list[Piece] = field(default_factory=list)
    id: str = ""  # "p-14" for a numbered paragraph
    label: str = ""  # a heading's `(label)=`, a note block's footnote label
    level: int = 0  # heading level
    mark_line: int = 0  # line of the `{#p-N}` mark

    def text(self, corrected: bool = False, emphasis: bool = False, supplied: bool = False) -> str:
        """The block's words as the source has them (or as corrected), markup left out
        (or emphasis kept as `*`, as the sources write it); `supplied` adds a title the editor
        supplies (`{edtitle}`)."""
        out = []
        for piece in self.pieces:
            if piece.kind == "format" and emphasis:
                out.append(piece.text)
            elif supplied and piece.kind == "marker" and piece.role == "edtitle":
                out.append(piece.content)
            else:
                out.append(piece.reading(corrected))
        return "".join(out)

    def note_refs(self) -> list[str]:
        return list(dict.fromkeys(p.label for p in self.pieces if p.kind == "note-ref"))

    @property
    def emendations(self) -> list[Emendation]:
        return [p.emendation for p in self.pieces if p.kind == "emendation"]

    def markers(self, role: str | None = None) -> list[Piece]:
        return [p for p in self.pieces if p.kind == "marker" and (role is None or p.role == role)]


@dataclass
class Directive:
    name: str
    argument: str
    line: int
    end_line: int
    kind: str  # "editorial" or "generated" (constructs.DIRECTIVES)
    blocks: list[Block] = field(default_factory=list)  # an editorial directive's prose


@dataclass
class Place:
    """Where a quotation stands: a block, and the characters of the chapter file."""

    block: Block
    line: int
    start: int  # column of the first quoted character
    end: int  # column just after the last quoted character (after a role that holds it)
    paragraph: str  # the numbered paragraph (for a note: the one carrying its call); "" if none
    note: str  # the note's label when the place is in a note
    end_line: int = 0  # the line of the last quoted character


@dataclass
class Chapter:
    slug: str
    path: Path
    lines: list[str]
    title: Block | None = None
    label: str = ""  # the chapter's `(label)=`
    blocks: list[Block] = field(default_factory=list)  # title excluded, reading order
    notes: dict[str, list[Block]] = field(default_factory=dict)
    directives: list[Directive] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    searchable: dict = field(default_factory=dict, repr=False, compare=False)  # text.py's per-block cache

    # -- views --------------------------------------------------------------------------
    @property
    def paragraphs(self) -> dict[str, Block]:
        return {b.id: b for b in self.blocks if b.id}

    @property
    def headings(self) -> list[Block]:
        return [b for b in self.blocks if b.kind == "heading"]

    @property
    def sections(self) -> list[Block]:
        """Headings with a label below the title: the citable sections."""
        return [b for b in self.headings if b.label]

    def all_blocks(self) -> list[Block]:
        title = [self.title] if self.title else []
        return title + self.blocks + [b for blocks in self.notes.values() for b in blocks]

    def emendations(self) -> list[Emendation]:
        return [e for b in self.all_blocks() for e in b.emendations]

    def markers(self, role: str) -> list[Piece]:
        return [p for b in self.all_blocks() for p in b.markers(role)]

    def note_text(self, label: str, corrected: bool = True, emphasis: bool = False) -> str:
        return "\n".join(b.text(corrected, emphasis) for b in self.notes.get(label, []))

    def note_line(self, label: str) -> int:
        blocks = self.notes.get(label) or []
        return blocks[0].line if blocks else 0

    def paragraph_of_note(self, label: str) -> str:
        """The id of the numbered paragraph that carries the call of note `label` ("" if none)."""
        for block in self.blocks:
            if block.id and label in block.note_refs():
                return block.id
        return ""

    def paragraph_at(self, block: Block) -> str:
        """The numbered paragraph a block belongs to: itself, or for a note the paragraph of its call."""
        if block.kind == "note":
            return self.paragraph_of_note(block.label)
        if block.id:
            return block.id
        return ""

    def anchors(self) -> dict[str, str]:
        """Every anchor of the chapter -> a fingerprint of what it points at (its first words)."""
        found = {}
        if self.label:
            found[self.label] = fingerprint(self.title.text(supplied=True) if self.title else "")
        for block in self.blocks:
            if block.kind == "heading" and block.label:
                found[block.label] = fingerprint(block.text())
            if block.id:
                found[block.id] = fingerprint(block.text())
        for label in self.notes:
            found[f"fn-{label}"] = fingerprint(self.note_text(label, corrected=False))
        return found


def fingerprint(text: str, words: int = 8) -> str:
    """The first words of a passage: enough to tell when an anchor points somewhere else."""
    return " ".join(text.split()[:words])
