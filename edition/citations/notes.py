"""The footnotes of a chapter as plain note texts, keeping where each came from.

The text of a note is its reading as the chapter gives it, with the editor's corrections
applied (an emendation yields its corrected reading), MyST escapes undone, and a link
reduced to its text. `*...*` marks italics (titles) and is kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..reading_text import EDITORIAL_ROLES

DEFINITION = re.compile(r"^\[\^(\w+)\]: (.*)$")
LINK = re.compile(r"\[((?:\\.|[^\]\\])*)\]\(<?[^)>]*>?\)")
ROLE = re.compile(r"\{(\w+)\}`([^`]*)`")
ESCAPE = re.compile(r"\\(.)")


@dataclass(frozen=True)
class Note:
    chapter: str
    number: int
    text: str
    line: int  # line of the chapter file
    missing: bool = False


def _role_text(match: re.Match) -> str:
    name, content = match.group(1), match.group(2)
    if name == "emend":
        return content.split("|")[0]  # the corrected reading
    if name in EDITORIAL_ROLES:  # the editor's words are not the note's
        return ""
    return re.sub(r"\s*<[^<>]*>\s*$", "", content)


def note_text(markdown: str) -> str:
    text = ROLE.sub(_role_text, markdown)
    text = LINK.sub(lambda m: m.group(1), text)
    return ESCAPE.sub(r"\1", text).strip()


def read_notes(chapter: Path) -> list[Note]:
    notes = []
    for number, line in enumerate(chapter.read_text(encoding="utf-8").splitlines(), start=1):
        match = DEFINITION.match(line)
        if match and match.group(1).isdigit():
            missing = "{missing}" in match.group(2)
            notes.append(Note(chapter.stem, int(match.group(1)), note_text(match.group(2)), number, missing))
    return sorted(notes, key=lambda n: n.number)


MARKER_REF = re.compile(r"\[\^(\d+)\](?!:)")


def supported_passages(chapter: Path) -> dict[int, str]:
    """For each note, the text its marker closes: from the previous marker in the same
    paragraph (or the paragraph's start) up to this one. Used as evidence when resolving."""
    passages: dict[int, str] = {}
    for paragraph in re.split(r"\n\s*\n", chapter.read_text(encoding="utf-8")):
        if paragraph.startswith("[^"):
            continue
        start = 0
        for match in MARKER_REF.finditer(paragraph):
            passages[int(match.group(1))] = note_text(paragraph[start:match.start()])
            start = match.end()
    return passages
