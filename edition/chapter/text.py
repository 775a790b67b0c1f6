"""The chapter's text as the source has it: tokens for the fidelity proof, and places of quotes.

A token is a word or one punctuation mark or symbol, so the proof sees every character
of the author's text but spacing (which re-joined lines and paragraphs change). Emphasis
is a token `*` as the sources' converter wrote it; an emendation yields its original.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .model import Block, Chapter, Place

TOKEN = re.compile(r"[^\W_]+|\S", re.UNICODE)
SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
SUPERSCRIPTS = re.compile(f"[{SUPERSCRIPT_DIGITS}]+")
SPACE = re.compile(r"\s+")


@dataclass(slots=True)
class Token:  # not frozen: a frozen dataclass is built several times slower, and a chapter makes 100,000s
    text: str
    line: int  # 1-based line of the file the token comes from


def tokens(text: str, line: int, calls=None) -> list[Token]:
    """Words and marks of a stretch of source text. With `calls` (a call form of
    edition.notestyles: the body, whose calls the chapter must keep in place) each note call
    is a token `[^N]`; superscript digits otherwise do not count (a note's own number)."""
    out: list[Token] = []
    position = 0
    for call in (calls.calls(text) if calls is not None else []):
        out += [Token(t, line) for t in TOKEN.findall(SUPERSCRIPTS.sub(" ", text[position:call.start]))]
        out.append(Token(f"[^{call.number}]", line))
        position = call.end
    return out + [Token(t, line) for t in TOKEN.findall(SUPERSCRIPTS.sub(" ", text[position:]))]


def block_tokens(block: Block) -> list[Token]:
    out: list[Token] = []
    for piece in block.pieces:
        if piece.kind == "format":
            out += tokens(piece.text, piece.line)
        elif piece.kind == "note-ref":
            out.append(Token(f"[^{piece.label}]", piece.line))
        else:
            out += tokens(piece.reading(corrected=False), piece.line)
    return out


def reading_tokens(chapter: Chapter) -> tuple[list[Token], dict[str, list[Token]]]:
    """(title and body, notes by label): what the chapter says the source says."""
    body = block_tokens(chapter.title) if chapter.title else []
    for block in chapter.blocks:
        body += block_tokens(block)
    notes = {label: [t for block in blocks for t in block_tokens(block)] for label, blocks in chapter.notes.items()}
    return body, notes


def normalize(text: str) -> str:
    """Spacing and the source's superscript note calls do not count when finding a quote."""
    return SPACE.sub(" ", SUPERSCRIPTS.sub(" ", text)).strip()


def _plain(chapter: Chapter, block: Block) -> str:
    """The block's original reading, spaces collapsed: the text `_characters` maps, computed
    without the map (most blocks are searched and never matched)."""
    key = ("plain", id(block))
    if key not in chapter.searchable:
        pieces = []
        for piece in block.pieces:
            if piece.kind == "text":
                pieces.append(piece.text)
            elif piece.kind == "emendation":
                pieces.append(piece.emendation.original)
            elif piece.kind == "break":
                pieces.append(" ")
        chapter.searchable[key] = normalize("".join(pieces))
    return chapter.searchable[key]


def _characters(chapter: Chapter, block: Block) -> tuple[str, list[tuple[int, int, int]]]:
    """The block's original reading, spaces collapsed, with (line, start, end) for each character."""
    if id(block) not in chapter.searchable:
        chapter.searchable[id(block)] = _map_characters(chapter, block)
    return chapter.searchable[id(block)]


def _map_characters(chapter: Chapter, block: Block) -> tuple[str, list[tuple[int, int, int]]]:
    chars: list[str] = []
    where: list[tuple[int, int, int]] = []
    for piece in block.pieces:
        if piece.kind == "text":
            raw, column = chapter.lines[piece.line - 1], max(piece.start, 0)
            if raw.startswith(piece.text, column):  # the usual case: the piece stands as is where it starts
                chars += piece.text
                where += [(piece.line, at, at + 1) for at in range(column, column + len(piece.text))]
                continue
            for char in piece.text:
                found = raw.find(char, column)
                found = found if found >= 0 else column
                chars.append(char)
                where.append((piece.line, found, found + 1))
                column = found + 1
        elif piece.kind == "emendation":
            for char in piece.emendation.original:
                chars.append(char)
                where.append((piece.line, piece.start, piece.end))
        elif piece.kind == "break":
            chars.append(" ")
            where.append((piece.line, len(chapter.lines[piece.line - 1]), len(chapter.lines[piece.line - 1])))
    # collapse spacing as normalize() does, keeping the map
    out, out_where = [], []
    for char, place in zip(chars, where):
        if char in SUPERSCRIPT_DIGITS:
            char = " "
        if char.isspace():
            if not out or out[-1] == " ":
                continue
            char = " "
        out.append(char)
        out_where.append(place)
    while out and out[-1] == " ":
        out.pop()
        out_where.pop()
    return "".join(out), out_where


def locate(chapter: Chapter, quote: str, notes: bool = True) -> list[Place]:
    """Every place where `quote` (source text) stands in the chapter's text or notes (found once
    per chapter as parsed: every note and passage of every check and page asks again)."""
    key = ("locate", quote, notes)
    if key not in chapter.searchable:
        chapter.searchable[key] = _locate(chapter, quote, notes)
    return [replace(place) for place in chapter.searchable[key]]


def _locate(chapter: Chapter, quote: str, notes: bool) -> list[Place]:
    wanted = normalize(quote)
    if not wanted:
        return []
    blocks = [b for b in chapter.blocks if b.kind != "heading"] + [chapter.title] * bool(chapter.title)
    blocks += [b for bs in chapter.notes.values() for b in bs] if notes else []
    blocks += [b for b in chapter.headings]
    places, seen = [], set()
    for block in blocks:
        if id(block) in seen:
            continue
        seen.add(id(block))
        if wanted not in _plain(chapter, block):
            continue
        text, where = _characters(chapter, block)
        start = text.find(wanted)
        while start >= 0:
            first, last = where[start], where[start + len(wanted) - 1]
            places.append(Place(block, first[0], first[1], last[2], chapter.paragraph_at(block),
                                block.label if block.kind == "note" else "", last[0]))
            start = text.find(wanted, start + 1)
    return places


def emphasis_runs(text: str) -> list[tuple[str, str]]:
    """A line of the editor's prose (a note, a definition) as ("text"|"emphasis", words) runs:
    `*title*` is its only markup."""
    from .parse import markdown_parser

    runs: list[tuple[str, str]] = []
    emphasised = False
    for token in markdown_parser().parseInline(text)[0].children or []:
        if token.type in ("em_open", "em_close"):
            emphasised = token.type == "em_open"
        elif token.type in ("softbreak", "hardbreak"):
            runs.append(("text", " "))
        else:
            runs.append(("emphasis" if emphasised else "text", token.content or token.markup))
    return runs
