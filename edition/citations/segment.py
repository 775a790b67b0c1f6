"""Cut a note into pieces that hold at most one citation each, keeping their spans.

A note separates works with `;` (outside brackets and quotation marks) and sometimes
with a new sentence after a page number or a closing bracket ("p. 173. In Brezhnev's
..."); a second work of the same author can follow "), and" ("*A Mirror ...* (1985),
and The Chinese Debate ... (1987)").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SENTENCE_AFTER_REFERENCE = re.compile(r"(?<=[\d)])\.\s+(?=[A-Z\"'])|(?<=[a-z]\.[\"”])\s+(?=[A-Z])")
SAME_AUTHOR_AGAIN = re.compile(r"\),\s+and\s+(?=[A-Z])")


@dataclass(frozen=True)
class Piece:
    start: int
    end: int
    text: str
    same_author_as_previous: bool = False


def _top_level_semicolons(text: str) -> list[int]:
    cuts, depth, quoted = [], 0, False
    for index, char in enumerate(text):
        if char == '"':
            quoted = not quoted
        elif char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif char == ";" and depth == 0 and not quoted:
            cuts.append(index)
    return cuts


def _spans(text: str, cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans between cut points given as (end of piece, start of next)."""
    spans, start = [], 0
    for end, next_start in cuts:
        spans.append((start, end))
        start = next_start
    spans.append((start, len(text)))
    return spans


def split_note(text: str) -> list[Piece]:
    pieces: list[Piece] = []
    for start, end in _spans(text, [(i, i + 1) for i in _top_level_semicolons(text)]):
        part = text[start:end]
        cuts = [(m.start() + (1 if m.group(0).startswith(".") else 0), m.end())
                for m in SENTENCE_AFTER_REFERENCE.finditer(part)]
        for s, e in _spans(part, cuts):
            sentence = part[s:e]
            again = [(m.start() + 1, m.end()) for m in SAME_AUTHOR_AGAIN.finditer(sentence)]
            for index, (a, b) in enumerate(_spans(sentence, again)):
                absolute = start + s + a
                raw = sentence[a:b]
                stripped = raw.strip().rstrip(".,;")
                if not stripped:
                    continue
                lead = len(raw) - len(raw.lstrip())
                pieces.append(Piece(absolute + lead, absolute + lead + len(stripped), stripped, index > 0))
    return pieces
