"""How to cite the edition: one citation record per citable unit, from the catalogue.

The units are the book (its landing page), each text chapter, each of its sections and
paragraphs, and each data chapter. A record holds two provenances:

- the edition's: its title, version and release date, its URL when published, and its
  editors, publisher and place only when they are set (`edition_editors`, `edition_publisher`,
  `edition_place`; while none is set, none appears anywhere);
- the original's (text chapters): authors (organisations as literal names), title, container,
  volume, issue, pages, date, DOI, URL, version, as the text's metadata states them
  (`catalogue.source_csl`).

`citations()` formats every record with citeproc-js in Chicago notes-bibliography, MLA and
APA. Each style is told of the original publication as its manual prescribes for a text
reprinted in a collection (ORIGINAL_AS): Chicago and MLA cite the original's container in the
same note after "originally published in" (a second cite of the cluster; the processor places
it; MLA's citations are in the text and keep to the author and pinpoint) and end the
bibliography entry with the same statement; APA takes CSL's `original-*`
variables ("Original work published 2017"; in the text "2017/2026"). A paragraph's record
carries the locator PARANUM, which the page's script replaces with the paragraph's number;
a note's, NOTENUM.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .catalogue import csl_people, original_container, original_publication, read_catalogue, source_csl
from .chapter import read_chapter
from .citations import csl

STYLES = ("chicago", "mla", "apa")
ORIGINAL_AS = {"chicago": "related", "mla": "related", "apa": "fields"}
RELATED_PREFIX = "originally published in "
PARANUM = "PARANUM"  # the paragraph's number, put in by the page's script
NOTENUM = "NOTENUM"  # the note's number, likewise
ROOT_PAGE = "book/index"


@dataclass(frozen=True)
class Edition:
    title: str
    version: str
    date: str  # the release date of the version (ISO), CITATION.cff's
    base_url: str = ""  # "" while the book is not published: citations then carry no URL
    editors: tuple[str, ...] = ()  # "Family, Given" for a person; a name without a comma is an organisation
    publisher: str = ""
    place: str = ""


@dataclass(frozen=True)
class Section:
    label: str
    title: str


@dataclass
class Record:
    """One citable unit: what it is, where it is, and its CSL items."""

    id: str
    kind: str  # book | chapter | section | paragraph | note | data
    page: str  # the page, as `book/<slug>` (without .html)
    title: str
    item: dict  # the unit as the edition publishes it
    anchor: str = ""
    locator: tuple[str, str] | None = None  # (value, CSL label) of the pinpoint
    meta: dict | None = None  # the text's metadata (text chapters)
    original: dict | None = None  # the original publication, whole (catalogue.source_csl)
    original_fields: dict = field(default_factory=dict)  # CSL original-* variables
    container: dict | None = None  # the original's container (catalogue.original_container)
    forms: dict = field(default_factory=dict)  # style -> {"note", "bibliography"[, "original"]: html}

    def csl_item(self, style: str | None = None) -> dict:
        """The CSL item given to a style (or, with no style, to the CSL-JSON download)."""
        if style is None or ORIGINAL_AS[style] == "fields":
            return {**self.item, **self.original_fields}
        return dict(self.item)


def edition_people(names) -> list[dict]:
    people = []
    for name in names or ():
        family, comma, given = str(name).partition(",")
        people.append({"family": family.strip(), "given": given.strip()} if comma else {"literal": str(name).strip()})
    return people


def date_parts(iso: str) -> dict:
    parts = [int(p) for p in re.findall(r"\d+", iso)[:3]]
    return {"date-parts": [parts]} if parts else {}


def edition_fields(edition: Edition) -> dict:
    """What every record says of the edition: only what is set."""
    out = {"version": edition.version, "issued": date_parts(edition.date)}
    if edition.editors:
        out["editor"] = edition_people(edition.editors)
    if edition.publisher:
        out["publisher"] = edition.publisher
    if edition.place:
        out["publisher-place"] = edition.place
    return {k: v for k, v in out.items() if v}


def url(edition: Edition, page: str, anchor: str = "") -> str:
    if not edition.base_url:
        return ""
    return edition.base_url.rstrip("/") + "/" + page + ".html" + (f"#{anchor}" if anchor else "")


def chapter_sections(chapter: Path) -> tuple[str, list[Section]]:
    """The chapter's title and its sections (label, title as corrected) from the chapter model."""
    model = read_chapter(chapter)
    title = model.title.text(corrected=True, supplied=True).strip() if model.title else ""
    return title, [Section(b.label, b.text(corrected=True).strip()) for b in model.sections]


def outline(root: Path, chapter: Path) -> tuple[str, list[Section], bool]:
    """The chapter's title, sections and whether it has notes: all its records need of it, read
    once per content of the chapter (a build that did not change it does not parse it)."""
    from .cache import remembered
    return remembered(Path(root), f"outline-{chapter.stem}", [chapter],
                      lambda: (*chapter_sections(chapter), bool(read_chapter(chapter).notes)))


def page_title(path: Path) -> str:
    """A notebook page's title: its first level-one heading."""
    found = re.search(r"^# (.+)$", path.read_text(encoding="utf-8"), re.M)
    return found.group(1).strip() if found else path.stem


def text_records(edition: Edition, meta: dict, title: str, sections: list[Section], notes: bool = False) -> list[Record]:
    """The chapter, its paragraph template, its note template (a chapter with notes) and its sections."""
    slug, page = meta["slug"], f"book/{meta['slug']}"
    item = {"type": "chapter", "title": title, "container-title": edition.title, **edition_fields(edition)}
    if meta.get("authors"):
        item["author"] = csl_people(meta["authors"])
    if meta.get("language"):
        item["language"] = meta["language"]
    common = dict(meta=meta, original=source_csl(meta), original_fields=original_publication(meta),
                  container=original_container(meta), title=title, page=page)

    def unit(ident, kind, anchor="", locator=None):
        link = url(edition, page, anchor)
        return Record(id=ident, kind=kind, anchor=anchor, locator=locator,
                      item={"id": ident, **item, **({"URL": link} if link else {})}, **common)

    records = [unit(slug, "chapter"), unit(f"{slug}#paragraph", "paragraph", f"p-{PARANUM}", (PARANUM, "paragraph"))]
    if notes:
        records.append(unit(f"{slug}#note", "note", f"fn-{NOTENUM}", (NOTENUM, "note")))
    records += [unit(f"{slug}#{s.label}", "section", s.label, (s.title, "section")) for s in sections]
    return records


def build_records(edition: Edition, root: Path) -> list[Record]:
    """Every record of the edition: the book, the text chapters (toc order), the data chapters."""
    catalogue = read_catalogue(root)
    link = url(edition, ROOT_PAGE)
    book = {"id": "edition", "type": "book", "title": edition.title, **edition_fields(edition)}
    records = [Record(id="edition", kind="book", page=ROOT_PAGE, title=edition.title,
                      item={**book, **({"URL": link} if link else {})})]
    for text in catalogue.texts:
        if text.chapter.exists():
            records += text_records(edition, text.meta, *outline(root, text.chapter))
    for page in catalogue.data_chapters:
        slug, link = page.removeprefix("book/"), url(edition, page)
        item = {"id": slug, "type": "dataset", "title": page_title(root / f"{page}.md"),
                "container-title": edition.title, **edition_fields(edition)}
        records.append(Record(id=slug, kind="data", page=page, title=item["title"],
                              item={**item, **({"URL": link} if link else {})}))
    return records


def format_records(records: list[Record]) -> None:
    """Fill every record's forms: the note (with its pinpoint) and the bibliography entry, in
    each style, from one citeproc-js run per style."""
    containers = {r.container["id"]: r.container for r in records if r.container}
    for style in STYLES:
        related = ORIGINAL_AS[style] == "related"
        items = [r.csl_item(style) for r in records] + (list(containers.values()) if related else [])
        requests = []
        for r in records:
            cites = [{"id": r.id, **({"locator": r.locator[0], "label": r.locator[1]} if r.locator else {})}]
            if related and r.container and csl.is_note_style(style):  # never inside an in-text citation
                cites.append({"id": r.container["id"], "prefix": RELATED_PREFIX})
            requests.append({"cites": cites})
        result = csl.run(style, items, requests)
        for r, note in zip(records, result["notes"]):
            entry = _entry(result["bibliography"][r.id])
            r.forms[style] = {"note": note, "bibliography": entry}
            if related and r.container:  # the bibliography entry ends with the original publication
                original = _entry(result["bibliography"][r.container["id"]])
                r.forms[style].update(original=original, bibliography=f"{entry} {RELATED_PREFIX.capitalize()}{original}")


def _entry(html: str | None) -> str:
    return (html or "").replace('<div class="csl-entry">', "").replace("</div>", "").strip()


def citations(edition: Edition, root: Path) -> dict[str, Record]:
    """Record id -> record, formatted, for every citable unit."""
    return formatted(build_records(edition, root))


def formatted(records: list[Record]) -> dict[str, Record]:
    format_records(records)
    return {r.id: r for r in records}


def style_names() -> dict[str, str]:
    """Each style's name as its CSL file gives it (its manual and edition)."""
    return {style: csl.style_title(style) for style in STYLES}


def plain_text(html: str) -> str:
    """What a reader copies: the formatted citation without its HTML."""
    text = re.sub(r"<[^>]+>", "", html)
    return text.replace("&amp;", "&").replace("&#38;", "&").replace("&lt;", "<").replace("&gt;", ">")
