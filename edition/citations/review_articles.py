"""Unsigned articles in 19th-century reviews, by title, review, Roman volume and pages: 'an article entitled "The
Session," No. Am. Review, vol. cxi., pp. 48, 49'; '"The Conduct of Business in Congress" (North American Review,
vol. cxxviii. p. 113)'; an untitled one by review, volume and page alone ('No. Am. Rev., vol. xxvi., p. 162.').
The last words of a review's name are conventions.yml's review_name_ends."""

from __future__ import annotations

import re
from functools import lru_cache

from .model import Citation
from .chunks import MONTH
from .conventions import alternation


@lru_cache(maxsize=1)
def _forms() -> dict[str, re.Pattern]:
    review = rf"(?P<review>(?:[A-Z][\w'’]*\.?\s+){{0,4}}(?:{alternation('review_name_ends')}))"
    where = (rf",?\s+vol\.\s+(?P<volume>[ivxlcdm]+|[IVXLCDM]+|\d+)\.?(?:\s*\((?P<year>1[6-9]\d\d)\))?,?\s+"
             rf"pp?\.\s+(?P<pages>\d+(?:[–-]\d+)?(?:,\s+\d+(?:[–-]\d+)?)*(?:\s+et\s+seq\.?|\s+sqq?\.|\s+ff?\.)?)")
    title = r"[\"“](?P<title>[^\"“”]+?),?[\"”]"
    return {
        "titled": re.compile(rf"{title},?\s+{review}{where}"),
        "titled_in_parentheses": re.compile(rf"{title},?\s+\({review}{where}\)"),
        # "a description of the House which appeared in the New York Nation for April 4, 1878": an issue named in
        # prose, the city before the periodical's name its place
        "issue_in_prose": re.compile(
            rf"\b(?:appeared|printed|published|found)\s+in\s+(?:the\s+)?(?:(?P<place>{alternation('periodical_cities')})\s+)?"
            rf"(?P<review>(?:[A-Z][\w'’]*\s+){{0,3}}?(?:{alternation('periodicals')}|{alternation('newspaper_words')}))"
            rf"\s+(?:for|of)\s+(?P<date>{MONTH}(?:\s+\d{{1,2}})?,?\s+(?P<year>1[6-9]\d\d))(?=[.;,]?(?:\s|$))"),
        "untitled": re.compile(rf"(?:^|(?<=[.;]\s)|(?<=See\s))(?<![\w.]\s){review}{where}(?=[.;,]?(?:\s|$))"),
    }


def read_review_articles(text: str, base, taken: list[Citation]) -> list[Citation]:
    """The note's review articles outside the spans `taken` by other readers; `base(start, end)` makes an empty
    citation of that span."""
    made: list[Citation] = []
    for found in _forms()["issue_in_prose"].finditer(text):
        if not any(c.start < found.end() and found.start("review") < c.end for c in taken):
            c = base(found.start("place") if found.group("place") else found.start("review"), found.end())
            c.form, c.container, c.place = "full", found.group("review"), found.group("place")
            c.kind = "article" if re.fullmatch(alternation("periodicals"), c.container) else "newspaper"
            c.issue, c.year = found.group("date"), found.group("year")
            made.append(c)
    for name in ("titled", "titled_in_parentheses", "untitled"):
        for found in _forms()[name].finditer(text):
            if any(c.start < found.end() and found.start() < c.end for c in taken + made):
                continue
            c = base(found.start(), found.end())
            c.form, c.kind = "full", "article"
            c.title = found.group("title").strip() if "title" in found.groupdict() else None
            c.container, c.volume, c.year = found.group("review").strip(), found.group("volume"), found.group("year")
            c.pinpoint = found.group("pages")
            made.append(c)
    return sorted(made, key=lambda c: c.start)
