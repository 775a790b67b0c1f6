"""Works as CSL-JSON items: the common form of the CSL processor, the downloads and COinS."""

from __future__ import annotations

import re

from .model import Work
from .names import family

CSL_TYPES = {"book": "book", "edited-book": "book", "chapter": "chapter", "article": "article-journal",
             "newspaper": "article-newspaper", "working-paper": "report", "conference-paper": "paper-conference",
             "archive": "collection", "interview": "interview", "web": "webpage", "review": "review"}


def csl_name(name: str) -> dict:
    if "," not in name:
        return {"literal": name}
    given = name.split(",", 1)[1].strip()
    return {"family": family(name), "given": given}


def csl_date(text: str | None) -> dict | None:
    if not text:
        return None
    year = re.search(r"\b(1[89]\d\d|20\d\d)\b", text)
    return {"date-parts": [[int(year.group(1))]]} if year else {"literal": text}


# Where a format needs a title (COinS, BibTeX, RIS), a work the notes cite without one gets a
# descriptive title in square brackets, the editor's description (as Chicago describes an
# untitled work); the CSL styles describe untitled papers, interviews and reviews themselves.
DESCRIPTIONS = {"interview": "Interview with {person}", "conference-paper": "Untitled paper",
                "review": "Untitled review", "chapter": "Untitled contribution", "archive": "Papers of {person}"}


def descriptive_title(work: Work) -> str:
    person = work.person or (work.authors[0] if work.authors else "")
    if "," in person:  # "Family, Given" -> "Given Family"
        person = " ".join(reversed([part.strip() for part in person.split(",", 1)]))
    template = DESCRIPTIONS.get(work.kind, "Untitled")
    return "[" + (template.format(person=person) if person or "{person}" not in template else "Untitled") + "]"


def to_csl(work: Work) -> dict:
    item: dict = {"id": work.key, "type": CSL_TYPES.get(work.kind, "document")}
    if work.authors:
        item["author" if work.kind != "interview" else "author"] = [csl_name(n) for n in work.authors]
    if work.editors:
        item["editor"] = [csl_name(n) for n in work.editors]
    if work.container_authors:
        item["container-author"] = [csl_name(n) for n in work.container_authors]
    if work.title:  # an untitled work is described by the style ("paper presented at", "interview by")
        item["title"] = work.title
    elif work.kind in ("interview", "review"):
        item["genre"] = work.kind
    if work.interviewers:
        item["interviewer"] = [csl_name(n) for n in work.interviewers]
    if work.language:
        item["language"] = work.language
    if work.kind == "archive":
        item["archive"] = work.container or ""
    elif work.kind == "conference-paper":
        item["event-title"] = work.container
        item["event-place"] = work.place
    elif work.kind == "working-paper":
        item["collection-title"] = work.container
    elif work.container:
        item["container-title"] = work.container
    for field, csl in (("volume", "volume"), ("issue", "issue"), ("pages", "page"), ("publisher", "publisher"),
                       ("series", "collection-title"), ("url", "URL")):
        if getattr(work, field):
            item[csl] = getattr(work, field)
    if work.place and work.kind != "conference-paper":
        item["publisher-place"] = work.place
    issued = csl_date(work.date or work.year)
    if issued:
        item["issued"] = issued
    if work.accessed:
        item["accessed"] = csl_date(work.accessed) or {"literal": work.accessed}
    if work.incomplete:
        item["note"] = "Incomplete: the notes cite this work only by a short title."
    return {key: value for key, value in item.items() if value not in (None, "", [])}
