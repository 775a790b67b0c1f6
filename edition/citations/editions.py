"""Texts cited in a named scholar's edition, as notes of 1900 print them: "Compendium studii philosophiae, ed.
Brewer, p. 402"; "his short Epistle de secretis operibus artis ..., c. iv. (ed. Brewer, p. 533)"; "edited by
Brewer, Fr. Rogeri Bacon Opera Inedita, 1859". The editor is the edition's, the page its page."""

from __future__ import annotations

import re

from .model import Citation
from .names import invert

_EDITOR = r"(?:[A-Z]\.\s*){0,3}[A-Z][a-z][\w'’-]+"
_PAGES = r"\d+(?:[–-]\d+)?(?:,\s+\d+(?:[–-]\d+)?)*"
FORMS = {
    # "see Compendium studii philosophiae, ed. Brewer, p. 402"
    "title_editor_page": re.compile(
        rf"(?:^|(?<=[.;:]\s)|(?<=\s\s))(?:(?:[Ss]ee|[Cc]p\.|[Cc]f\.)\s+)?(?P<title>[A-Z][\w'’.]*(?:\s+[\w'’.]+){{0,8}}?),"
        rf"\s+ed\.\s+(?P<editor>{_EDITOR}),\s+pp?\.\s+(?P<pages>{_PAGES})(?=[.;,)]?(?:\s|$))"),
    # "Epistle de secretis operibus artis et naturae, c. iv. (ed. Brewer, p. 533)": a Latin title, its chapter
    "title_chapter_edition": re.compile(
        rf"(?P<title>[A-Z][\w'’]*(?:\s+[a-z][\w'’]*){{2,14}}),\s+(?P<loc>c\.\s+[ivxlc]+)\.?\s+"
        rf"\(ed\.\s+(?P<editor>{_EDITOR}),\s+pp?\.\s+(?P<pages>{_PAGES})\)"),
    # "Brunetiere, La Formation de l'idee de progres, in Etudes critiques, 5e serie": an essay in a writer's collection
    "in_collection": re.compile(
        rf"(?:^|(?<=[.;]\s)|(?<=\s\s))(?P<writer>[A-Z][a-z][\w'’-]+),\s+(?P<title>[A-Z][^,;()]*?),\s+in\s+"
        rf"(?P<container>[A-Z][^,;()]*?),\s+(?P<part>\d+(?:e|er|re|me|th|st|nd|rd|d)\s+(?:s[ée]rie|series|ser\.)"
        rf"|(?:vol\.|Bd\.|t\.)\s+(?:[ivxlc]+|\d+))\.?(?=[;]?(?:\s|$))"),
    # "in J. Adam's edition of the Republic (1902)": an editor's edition of a text, by its year
    "editors_edition": re.compile(
        rf"(?P<editor>{_EDITOR})['’]s\s+edition\s+of\s+(?:the\s+)?(?P<title>[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){{0,4}})\s+"
        rf"\((?P<year>1[5-9]\d\d)\)"),
    # "Of Bacon's Opus Majus the best and only complete edition is that of J. H. Bridges, 2 vols. 1897": the edition
    "edition_is_that_of": re.compile(
        rf"(?P<author>[A-Z][a-z][\w-]+)['’]s\s+(?P<title>[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){{0,4}})\s+the\s+[a-z ]*?"
        rf"\bedition\s+is\s+that\s+of\s+(?P<editor>{_EDITOR}),\s+(?:\d+\s+vols\.,?\s+)?(?P<year>1[5-9]\d\d)"),
    # "have been edited by Brewer, Fr. Rogeri Bacon Opera Inedita, 1859"
    "edited_by": re.compile(
        rf"\bedited\s+by\s+(?P<editor>{_EDITOR}),\s+(?P<title>[A-Z][^,;()]*?),\s+(?P<year>1[5-9]\d\d)(?=[.;]?(?:\s|$))"),
}


def read_editions(text: str, base, taken: list[Citation]) -> list[Citation]:
    """The note's texts cited in an edition, outside the spans `taken` by other readers; `base(start, end)` makes an
    empty citation of that span."""
    made: list[Citation] = []
    for name, form in FORMS.items():
        for found in form.finditer(text):
            start = found.start("title") if name in ("title_chapter_edition", "edition_is_that_of") else found.start()
            if any(c.start < found.end() and start < c.end for c in taken + made):
                continue
            c = base(start, found.end())
            if name == "in_collection":
                c.form, c.kind, c.title, c.authors = "short", "chapter", found.group("title").strip(), [found.group("writer")]
                c.container, c.volume = found.group("container").strip(), found.group("part")
                made.append(c)
                continue
            c.form, c.title, c.editors = "short", found.group("title").strip(), [invert(found.group("editor"))]
            if name == "edition_is_that_of":
                c.authors = [found.group("author")]
            if name in ("edited_by", "editors_edition", "edition_is_that_of"):
                c.form, c.year = "full", found.group("year")
            else:
                c.pinpoint = found.group("loc") if name == "title_chapter_edition" else found.group("pages")
            made.append(c)
    return sorted(made, key=lambda c: c.start)
