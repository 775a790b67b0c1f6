"""An ancient author's works named in a note's prose by their titles alone, after "the": "In the myth of the
Statesman and the last Books of the Republic"; "he describes in the Critias ... he plans in the Laws". Read as his
works when the note names him or two of them (conventions.yml works_named_in_prose): "of the Republic" alone is
as often a country."""

from __future__ import annotations

import re

from .conventions import conventions
from .model import Citation


def read_works_named_in_prose(text: str, base, taken: list[Citation]) -> list[Citation]:
    made: list[Citation] = []
    for author, titles in (conventions().get("works_named_in_prose") or {}).items():
        named = re.compile(rf"\b(?:in|of|to)\s+the\s+(?P<title>{'|'.join(map(re.escape, titles))})\b(?!\s+of\b)")
        found = [m for m in named.finditer(text)
                 if not any(c.start < m.end() and m.start("title") < c.end for c in taken + made)]
        if not found or not (re.search(rf"\b{re.escape(author)}\b", text) or len({m.group('title') for m in found}) >= 2):
            continue
        for m in found:
            c = base(m.start("title"), m.end("title"))
            c.form, c.title, c.authors = "short", m.group("title"), [author]
            made.append(c)
    return sorted(made, key=lambda c: c.start)
