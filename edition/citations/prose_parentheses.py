"""References in parentheses inside a sentence of prose, as a scholar of 1900 prints them: a writer then his title
and locator ("Augustine (De Civ. Dei, x. 14) compares"; "Floras (Epitome, ad init.) had already divided"), a
title and locator alone ("(Politics, iv. v.)"; "(c. Symmachum, ii. 315 sqq.)"), a review and its volume after a
writer the sentence names ("as G. Monod observed, "..." (Revue Historique, i. p. 8)"), and a modern book after
"by" its writer ("studied by Mariupolsky (Zur Geschichte des Entwicklungsbegriffs in Berner Studien, Bd. vi.
1897)"; "collected by G. Weill (De Gulielmi Postelli vita et indole, 1892)")."""

from __future__ import annotations

import re
from functools import lru_cache

from .conventions import alternation, conventions
from .model import Citation, clear_of
from .names import invert, looks_like_names

_ROMAN = r"[ivxlc]+"
_LOCATOR = (rf"(?:(?:(?:vol\.|Book|lib\.)\s+)?{_ROMAN}\.\s*)*"
            r"(?:(?:pp?\.\s+)?\d+(?:[–-]\d+)?(?:[.,]\s*\d+)*(?:\s+(?:sqq|seq|ff?)\.?)?|ad\s+(?:init|fin)\.?)?")
_TITLE = r"(?:c\.\s+)?[A-Z][\w'’.]*(?:\s+[\w'’.]+){0,6}?"
_WRITER = r"(?:[A-Z]\.\s*){0,3}[A-Z][a-z][\w'’-]+"


@lru_cache(maxsize=1)
def _forms() -> dict[str, re.Pattern]:
    return {
        "located": re.compile(rf"(?:(?P<writer>{_WRITER})\s+)?\((?P<title>{_TITLE}),\s+(?P<loc>{_LOCATOR})\)"),
        # "His Histoire de l'idee de progres (1910) is planned"; "in a passage in his Medea (374 sqq.)": the work of a
        # writer the note names, with its year or its place in parentheses
        "his_title": re.compile(rf"\b(?:[Hh]is|[Hh]er)\s+(?P<title>[A-Z][\w'’]*(?:\s+[\w'’]+){{0,7}}?)\s+"
                                rf"\((?:(?P<year>1[5-9]\d\d)|(?P<loc>\d+(?:[–-]\d+)?(?:\s+sqq\.|\s+ff?\.)?))\)"),
        # "Mr. R. H. Murray, in a learned appendix to his Erasmus and Luther, has developed": a part of his book
        "part_of_his": re.compile(rf"\b(?:appendix|introduction|preface|notes?|chapter|essay)\s+(?:to|of|in)\s+(?:his|her)\s+"
                                  rf"(?P<title>[A-Z][\w'’]*(?:\s+(?:[A-Z][\w'’]*|and|of|the|de|la)){{0,6}})(?=,)"),
        "by_writer": re.compile(
            rf"\bby\s+(?P<writer>{_WRITER})\s+\((?P<title>[A-Z][^(),;]*?)(?:\s+in\s+(?P<container>[A-Z][^(),;]*?))?,\s+"
            rf"(?:(?P<volume>Bd\.\s+{_ROMAN})\.?\s+)?(?P<year>1[5-9]\d\d)\)"),
    }


def _periodical(title: str) -> bool:
    return bool(re.search(rf"\b(?:{alternation('periodical_words')}|{alternation('review_name_ends')})\b", title))


def read_prose_parentheses(text: str, base, taken: list[Citation]) -> list[Citation]:
    """The references in parentheses of a note's prose, outside the spans `taken` by other readers;
    `base(start, end)` makes an empty citation of that span."""
    made: list[Citation] = []
    never = set(conventions()["not_names"]) | set(conventions()["title_words"])

    def free(start: int, end: int) -> bool:
        return clear_of(start, end, taken + made)

    for found in _forms()["by_writer"].finditer(text):
        words = found.group("title").split()
        if free(found.start("writer"), found.end()) and len(words) >= 3 and any(w[:1].islower() for w in words):
            # a title of words (not "(New York, 1892)", "(Macmillan, 1892)": an imprint)
            c = base(found.start("writer"), found.end())
            c.form, c.authors, c.title = "full", [invert(found.group("writer"))], found.group("title").strip()
            c.container, c.year = found.group("container"), found.group("year")
            c.volume = found.group("volume")
            made.append(c)
    for found in _forms()["part_of_his"].finditer(text):
        if free(found.start("title"), found.end()):
            c = base(found.start("title"), found.end())
            c.form, c.title = "short", found.group("title")
            made.append(c)
    for found in _forms()["his_title"].finditer(text):
        if free(found.start("title"), found.end()) and found.group("title").split()[0] not in conventions()["not_names"] \
                and found.group("title").split()[0] not in ("Majesty", "Excellency", "Holiness", "Lordship", "Grace"):
            c = base(found.start("title"), found.end())
            c.form, c.title = ("full" if found.group("year") else "short"), found.group("title").strip()
            c.year, c.pinpoint = found.group("year"), found.group("loc")
            made.append(c)
    for found in _forms()["located"].finditer(text):
        loc, title, writer = found.group("loc").strip(), found.group("title").strip(), found.group("writer")
        if not loc or not free(found.start(), found.end()) or re.search(r"\d{4}", title) \
                or re.fullmatch(r"(?:1[5-9]|20)\d\d", loc):  # "(The University of Alabama Press, 1984)": an imprint
            continue
        if writer and (writer.split()[-1] in never or writer.split()[0] in never):
            writer = None
        first = title.split()[0].rstrip(".")
        titled = first in conventions()["title_words"] or title.startswith("c. ") or _periodical(title) or (
            len(title.split()) >= 2 and not looks_like_names(title))
        if not titled or not (writer or first in conventions()["title_words"] or title.startswith("c. ")
                              or _periodical(title)):
            continue  # "Washington (Sparks, ii. 34)": a writer's name, no title; a title alone only by its words
        start = found.start("writer") if writer else found.start()
        c = base(start, found.end())
        c.form, c.pinpoint = "short", loc.rstrip(".") if not loc.endswith(("sqq.", "init.", "fin.")) else loc
        if _periodical(title):  # "as G. Monod observed, "..." (Revue Historique, i. p. 8)": the writer named before
            before = re.split(r"(?<=[a-z]{2}[.!?])\s+", text[: found.start()])[-1]  # not after an initial ("G. Monod")
            named = re.findall(rf"(?:^|\s)(?:as\s+)?({_WRITER})\s+(?:observed|says|said|wrote|remarks|remarked|notes)",
                               before)
            c.form, c.kind, c.container = "full", "article", title
            c.authors = [invert(named[-1])] if named else []
            quoted = re.search(r"[\"“][^\"“”]{20,}[\"”]\s*$", text[: found.start()])
            if quoted:  # the passage quoted is the writer's, not a title: read with the reference
                c.start, c.text = quoted.start(), text[quoted.start(): found.end()]
            volume = re.match(rf"(?:vol\.\s+)?({_ROMAN})\.", loc)
            c.volume = volume.group(1) if volume else None
        else:
            c.title, c.authors = title, [writer] if writer else []
        made.append(c)
    return sorted(made, key=lambda c: c.start)


# "xi. I. The cyclical theory was curiously revived ...": a note opening with a bare book and section, then the
# writer's words; the work is the one of the writer the calling sentence names (classical.read_writers_at_calls)
LEADING_BARE_LOCATOR = re.compile(r"^\s*(?P<loc>[ivxlc]+\.\s*(?:\d+|[IVX]+))\.(?:\s+(?=[A-Z])|\s*$)")


def read_leading_bare_locator(text: str, base, taken: list[Citation]) -> list[Citation]:
    found = LEADING_BARE_LOCATOR.match(text)
    if not found or any(c.start < found.end("loc") for c in taken):
        return []
    c = base(found.start("loc"), found.end("loc"))
    c.form, c.pinpoint, c.needs_writer = "short", found.group("loc"), True
    return [c]
