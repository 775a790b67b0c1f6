"""Nineteenth-century law in humanities notes beside the decisions cited by their reports (cases.py, read
before): a case named in parentheses in prose ("(Juilliard v. Greenman) of March, 1884"), and statute books by
volume, part and page or by section ("18 Stat., part 3, 336."; "Sect. 5515 Rev. Stats."). The statute books are
conventions.yml's (statute_books)."""

from __future__ import annotations

import re
from functools import lru_cache

from .conventions import alternation
from .model import Citation, clear_of

_WORD = r"[A-Z][\w.'’&-]*"
_JOINER = r"(?:of|the|and|de|la|du|von|van|&)"
_PARTY = rf"{_WORD}(?:\s+(?:{_WORD}|{_JOINER}))*?"
_CASE = rf"(?:(?:Ex\s+parte|In\s+re)\s+{_PARTY}|{_PARTY}\s+v\.\s+{_PARTY})"
_SIGNALS = re.compile(r"^(?:(?:See\s+also|See|Cf\.|Compare|Also|And|In|So|But)\s+)+")
_AFTER = r"(?=[.;,)]?(?:\s|$))"


@lru_cache(maxsize=None)
def _forms() -> dict[str, re.Pattern]:
    books = alternation("statute_books")
    return {
        # "(Juilliard v. Greenman) of March, 1884": a case named in prose, its decision's date after it
        "named": re.compile(rf"\((?P<title>{_CASE})\)(?:\s+of\s+(?:[A-Z][a-z]+\.?,?\s+)?(?P<year>1[6-9]\d\d))?"),
        # "18 Stat., part 3, 336": a statute book by volume, its part and page (a comma after the book's name)
        "statute_volume": re.compile(rf"(?<![\w.])(?P<volume>\d+)\s+(?P<book>{books}),\s+(?:(?P<part>part\s+\d+),\s+)?"
                                     rf"(?P<pages>\d+(?:,\s+\d+)*){_AFTER}"),
        # "Sect. 5515 Rev. Stats.": a section of a statute book
        "statute_section": re.compile(rf"(?<![\w.])(?P<section>(?:Sect\.|Sec\.|Section|§)\s*\d+\w*),?\s+"
                                      rf"(?P<book>{books}){_AFTER}"),
    }


def read_law_reports(text: str, base, taken: list[Citation]) -> list[Citation]:
    """The cases named in prose and the statute books of a note, wherever they stand, leaving aside spans `taken` by other readers;
    `base(start, end)` makes an empty citation of that span."""
    made: list[Citation] = []

    def free(start: int, end: int) -> bool:
        return clear_of(start, end, taken + made)

    for found in _forms()["statute_volume"].finditer(text):
        if free(found.start(), found.end()):
            c = base(found.start(), found.end())
            c.form, c.kind, c.title = "full", "government-document", found.group("book")
            c.volume = ", ".join(filter(None, (found.group("volume"), found.group("part"))))
            c.pinpoint = found.group("pages")
            made.append(c)
    for found in _forms()["statute_section"].finditer(text):
        if free(found.start(), found.end()):
            c = base(found.start(), found.end())
            c.form, c.kind, c.title = "full", "government-document", found.group("book")
            c.pinpoint = found.group("section")
            made.append(c)
    for found in _forms()["named"].finditer(text):
        start = found.start("title") + len(_SIGNALS.match(found.group("title")).group(0)) \
            if _SIGNALS.match(found.group("title")) else found.start("title")
        if free(found.start(), found.end()):
            c = base(start, found.end("title"))
            c.form, c.kind, c.title, c.year = "short", "government-document", text[start:found.end("title")], \
                found.group("year")
            made.append(c)
    return sorted(made, key=lambda c: c.start)
