"""Write the bibliography out: BibTeX (pybtex), RIS (rispy), CSL-JSON, and the citation table."""

from __future__ import annotations

import csv
import io
import json
import re

from pybtex.database import BibliographyData, Entry, Person

from .csl_downloads import EDITOR_TAGS, ris_dumps
from .csl_json import descriptive_title
from .model import Citation, Work
from .names import family

BIBTEX_TYPES = {"book": "book", "edited-book": "book", "chapter": "incollection", "article": "article",
                "newspaper": "article", "working-paper": "techreport", "conference-paper": "inproceedings",
                "archive": "misc", "interview": "misc", "web": "online", "review": "misc"}
LANGIDS = {"ru": "russian", "it": "italian"}  # biblatex's langid names the language (babel's names)
RIS_TYPES = {"book": "BOOK", "edited-book": "EDBOOK", "chapter": "CHAP", "article": "JOUR", "newspaper": "NEWS",
             "working-paper": "RPRT", "conference-paper": "CPAPER", "archive": "MANSCPT", "interview": "PCOMM",
             "web": "ELEC", "review": "JOUR"}


def _person(name: str) -> Person:
    return Person(name) if "," in name else Person(last=name)


def bibtex(works: list[Work]) -> str:
    data = BibliographyData()
    for work in sorted(works, key=lambda w: w.key):
        fields = {}
        containers = {"chapter": "booktitle", "article": "journal", "newspaper": "journal",
                      "conference-paper": "booktitle", "working-paper": "institution", "archive": "howpublished",
                      "web": "organization", "review": "journal"}
        for name, value in (("title", work.title or descriptive_title(work)), ("langid", LANGIDS.get(work.language)), (containers.get(work.kind, "note"), work.container),
                            ("volume", work.volume), ("number", work.issue), ("pages", work.pages),
                            ("address", work.place), ("publisher", work.publisher), ("year", work.year),
                            ("series", work.series), ("url", work.url), ("urldate", work.accessed)):
            if value:
                fields[name] = str(value)
        if work.incomplete:
            fields["note"] = "Incomplete: cited only by a short title in the notes."
        persons = {}
        if work.authors:
            persons["author"] = [_person(n) for n in work.authors]
        if work.editors:
            persons["editor"] = [_person(n) for n in work.editors]
        data.entries[work.key] = Entry(BIBTEX_TYPES.get(work.kind, "misc"), fields=fields, persons=persons)
    return data.to_string("bibtex")


def ris(works: list[Work]) -> str:
    records = []
    for work in sorted(works, key=lambda w: w.key):
        record = {"type_of_reference": RIS_TYPES.get(work.kind, "GEN"), "id": work.key}
        editors = EDITOR_TAGS.get(record["type_of_reference"], "editors")
        for tag, value in (("authors", work.authors), (editors, work.editors)):
            if value:
                record[tag] = value
        for tag, value in (("title", work.title or descriptive_title(work)), ("language", work.language), ("secondary_title", work.container), ("volume", work.volume),
                           ("number", work.issue), ("start_page", (work.pages or "").split("-")[0] or None),
                           ("end_page", (work.pages or "-").split("-")[-1] or None), ("place_published", work.place),
                           ("publisher", work.publisher), ("year", work.year), ("urls", [work.url] if work.url else None),
                           ("access_date", work.accessed)):
            if value:
                record[tag] = value
        records.append(record)
    return ris_dumps(records)


def csl_json(items: list[dict]) -> str:
    return json.dumps(sorted(items, key=lambda i: i["id"]), ensure_ascii=False, indent=1) + "\n"


CSV_COLUMNS = ["chapter", "note", "key", "work", "kind", "form", "pinpoint", "ambiguous", "reason", "cited_in",
               "span_start", "span_end"]


def citations_csv(citations: list[Citation], works: list[Work]) -> str:
    by_id = {w.id: w for w in works}
    labels = {w.id: short_label(w) for w in works}
    shared = {label for label in labels.values() if list(labels.values()).count(label) > 1}
    labels = {i: f"{label} ({by_id[i].year})" if label in shared and by_id[i].year else label
              for i, label in labels.items()}  # two works of one label: their years tell them apart
    out = io.StringIO()
    writer = csv.DictWriter(out, CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    ordered = sorted(citations, key=lambda c: (c.chapter, c.note, c.start))
    for index, c in enumerate(ordered):
        work = by_id[c.work]
        cited_in = ""
        if c.via is None:
            follower = next((d for d in ordered[index + 1:] if d.note == c.note and d.via == -1), None)
            cited_in = by_id[follower.work].key if follower and c.start < follower.start and \
                not any(e.note == c.note and c.end <= e.start < follower.start for e in ordered[index + 1:]
                        if e is not follower) else ""
        writer.writerow({"chapter": c.chapter, "note": c.note, "key": work.key, "work": labels[work.id],
                         "kind": work.kind, "form": c.form,
                         "pinpoint": c.pinpoint or "", "ambiguous": "true" if c.ambiguous else "false",
                         "reason": c.reason, "cited_in": cited_in, "span_start": c.start, "span_end": c.end})
    return out.getvalue()


# Where a title's main part ends: a colon, a sentence's end (not an initial's "V. "), a dash.
SHORT_TITLE_END = re.compile(r"(?<!\b[A-Z])[:.?!;]\s|\s[-–—]\s")


def short_label(work: Work, most: int = 40) -> str:
    """A label a chart can print: the first author's family name and the title's main part,
    'Wishnick, Mending Fences' (of 'Mending Fences. The Evolution of ...'), cut at a word."""
    people = work.authors or work.editors or work.container_authors
    title = " ".join((work.title or work.container or descriptive_title(work) or work.kind).split())
    title = title.removeprefix("[").removesuffix("]")  # a descriptive title: "[Interview with ...]"
    title = SHORT_TITLE_END.split(title, maxsplit=1)[0].rstrip(".,;:")
    if len(title) > most:
        title = title[:most].rsplit(" ", 1)[0].rstrip(".,;:") + "…"
    return ", ".join(p for p in (family(people[0]) if people else "", title) if p)


def describe(work: Work) -> str:
    """A one-line label: 'Radchenko, Unwanted Visionaries'."""
    people = work.authors or work.editors or work.container_authors
    who = family(people[0]) if people else ""
    return ", ".join(p for p in (who, work.title or work.container or work.kind) if p)
