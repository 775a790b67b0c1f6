"""A citation record's downloads, written from its CSL items: BibTeX (biblatex fields), RIS
(to the RIS specification) and CSL-JSON.

A text chapter's download holds two entries: the chapter as the edition publishes it (with
CSL's `original-*` variables) and the original publication, linked as biblatex does it
(`related` + `relatedtype = reprintof`) and, in RIS, named in `OP` (original publication).
"""

from __future__ import annotations

import json

import rispy
from pybtex.database import BibliographyData, Entry, Person
from rispy.config import LIST_TYPE_TAGS, TAG_KEY_MAPPING

BIBLATEX_TYPES = {"chapter": "incollection", "article-journal": "article", "book": "book", "dataset": "dataset",
                  "entry-encyclopedia": "inreference", "article": "article", "webpage": "online", "report": "report"}
VERSIONED = {"chapter", "book", "dataset"}  # RIS `ET` holds the edition's version for these only
RIS_TYPES = {"chapter": "CHAP", "article-journal": "JOUR", "book": "BOOK", "dataset": "DATA",
             "entry-encyclopedia": "ENCYC", "article": "GEN", "webpage": "ELEC", "report": "RPRT"}


# Where a type's editors go, as the RIS specification has it (and citation-js reads it): a
# chapter's book editors in A2, an edited book's editors in AU, a book's editors in A3.
EDITOR_TAGS = {"CHAP": "secondary_authors", "ENCYC": "secondary_authors", "EDBOOK": "authors",
               "BOOK": "tertiary_authors"}


class RisWriter(rispy.RisWriter):
    """rispy's writer, to the RIS specification: a record starts with `TY` (no "1." line before
    it) and ends with `ER`; editors go in `ED`."""

    DEFAULT_MAPPING = {**TAG_KEY_MAPPING, "ED": "editors"}
    DEFAULT_LIST_TAGS = [*LIST_TYPE_TAGS, "ED"]

    def set_header(self, count):
        return ""


def ris_dumps(records: list[dict]) -> str:
    return rispy.dumps(records, implementation=RisWriter)


def name_text(name: dict) -> str:
    """"Family, Given" for a person; an organisation's name as it is."""
    return name.get("literal") or ", ".join(p for p in (name.get("family"), name.get("given")) if p)


def _person(name: dict) -> Person:
    if name.get("literal"):  # braces: BibTeX keeps an organisation's name whole
        return Person(last="{" + name["literal"] + "}")
    return Person(last=name["family"], first=name.get("given", ""))


def _date(value: dict | None) -> str:
    parts = (value or {}).get("date-parts", [[]])[0]
    return "-".join(f"{int(p):02d}" if i else str(p) for i, p in enumerate(parts))


def bibtex(items: list[dict], related: dict[str, str] | None = None) -> str:
    """biblatex entries; `related` maps an entry's id to the id of the work it reprints."""
    data = BibliographyData()
    for item in items:
        container = {"article-journal": "journaltitle", "chapter": "booktitle", "entry-encyclopedia": "booktitle",
                     "dataset": "booktitle"}.get(item["type"], "booktitle" if item["type"] != "book" else "")
        fields = {}
        # biblatex's @report: the issuing body as `institution`, the kind of report as `type`, its number
        report = item["type"] == "report"
        for name, value in (("title", item.get("title")), (container, item.get("container-title")),
                            ("volume", item.get("volume")), ("number", item.get("number" if report else "issue")),
                            ("type", item.get("genre") if report else None),
                            ("pages", (item.get("page") or "").replace("-", "--")),
                            ("edition", item.get("edition")), ("series", item.get("collection-title")),
                            ("institution" if report else "publisher", item.get("publisher")),
                            ("location", item.get("publisher-place")),
                            ("version", item.get("version")), ("date", _date(item.get("issued"))),
                            ("origdate", _date(item.get("original-date"))),
                            ("origpublisher", item.get("original-publisher")),
                            ("origlocation", item.get("original-publisher-place")),
                            ("doi", item.get("DOI")), ("url", item.get("URL")), ("issn", item.get("ISSN")),
                            ("langid", item.get("language"))):
            if name and value:
                fields[name] = str(value)
        if related and item["id"] in related:
            fields["related"] = related[item["id"]]
            fields["relatedtype"] = "reprintof"
        persons = {role: [_person(n) for n in item[csl]] for role, csl in (("author", "author"), ("editor", "editor"))
                   if item.get(csl)}
        data.entries[item["id"]] = Entry(BIBLATEX_TYPES.get(item["type"], "misc"), fields=fields, persons=persons)
    return data.to_string("bibtex")


def ris(items: list[dict], original_of: dict[str, str] | None = None) -> str:
    """RIS records; `original_of` maps an item's id to its original publication as text (OP)."""
    records = []
    for item in items:
        record = {"type_of_reference": RIS_TYPES.get(item["type"], "GEN"), "id": item["id"]}
        if item.get("author"):
            record["authors"] = [name_text(n) for n in item["author"]]
        if item.get("editor"):
            record[EDITOR_TAGS.get(record["type_of_reference"], "editors")] = [name_text(n) for n in item["editor"]]
        pages = (item.get("page") or "").split("-")
        issued = item.get("issued", {}).get("date-parts", [[]])[0]
        for tag, value in (("title", item.get("title")), ("secondary_title", item.get("container-title")),
                           ("volume", item.get("volume")), ("number", item.get("issue")),
                           ("start_page", pages[0]), ("end_page", pages[-1] if len(pages) > 1 else ""),
                           ("edition", item.get("edition") or (item.get("version") if item["type"] in VERSIONED else "")),
                           ("tertiary_title", item.get("collection-title")), ("publisher", item.get("publisher")),
                           ("place_published", item.get("publisher-place")), ("year", str(issued[0]) if issued else ""),
                           ("date", "/".join(f"{p:02d}" if i else str(p) for i, p in enumerate(issued))
                            if len(issued) > 1 else ""),
                           ("doi", item.get("DOI")), ("urls", [item["URL"]] if item.get("URL") else None),
                           # a report's number in SN and its kind in M3, as Zotero's RIS translator reads them
                           ("issn", item.get("number") if item["type"] == "report" else item.get("ISSN")),
                           ("type_of_work", item.get("genre") if item["type"] == "report" else None),
                           ("language", item.get("language")),
                           ("original_publication", (original_of or {}).get(item["id"]))):
            if value:
                record[tag] = value
        records.append(record)
    return ris_dumps(records)


def csl_json(items: list[dict]) -> str:
    return json.dumps(items, ensure_ascii=False, indent=1) + "\n"
