"""How to cite the edition: one citation record per chapter and per section.

A record is a CSL-JSON item: the text's original author(s) and original publication (as
its metadata states them), the edition (title, editors, version, year), the URL with the
section's anchor. `citations()` formats every record in Chicago notes-bibliography (note
and bibliography forms), MLA and APA with citeproc-js, and a paragraph citation template
whose locator and anchor are `PARANUM` (the page's script puts the paragraph number in).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .catalogue import csl_people, original_publication, read_catalogue
from .chapter import read_chapter
from .citations import csl

STYLES = ("chicago", "mla", "apa")
PARANUM = "PARANUM"


@dataclass(frozen=True)
class Edition:
    title: str
    editors: tuple[str, ...]
    publisher: str
    version: str
    year: str
    base_url: str  # "" when the book is not yet published: citations then carry no URL


@dataclass(frozen=True)
class Section:
    label: str
    title: str


def chapter_sections(chapter: Path) -> tuple[str, list[Section]]:
    """The chapter's title and its sections (label, title as corrected) from the chapter model."""
    model = read_chapter(chapter)
    title = model.title.text(corrected=True, supplied=True).strip() if model.title else ""
    return title, [Section(b.label, b.text(corrected=True).strip()) for b in model.sections]


def record(edition: Edition, meta: dict, chapter_title: str, page: str, anchor: str = "",
           section: Section | None = None) -> dict:
    item = {"id": f"{meta['slug']}#{anchor}" if anchor else meta["slug"], "type": "chapter",
            "title": chapter_title, "container-title": edition.title,
            "editor": [{"literal": name} for name in edition.editors],
            "issued": {"date-parts": [[int(edition.year)]]}, "version": edition.version}
    people = csl_people(meta)
    if people:
        item["author"] = people
    else:  # CSL would put the editors in the missing author's place: an anonymous text starts with its title
        del item["editor"]
    item.update(original_publication(meta))
    if edition.base_url:
        item["URL"] = edition.base_url.rstrip("/") + "/" + page + (f"#{anchor}" if anchor else "")
    return item


def citations(edition: Edition, root: Path) -> dict[str, dict]:
    """slug -> {"sections": [...], "forms": {style: {...}}, "items": {...}} for every text chapter."""
    chapters = {}
    items, requests = [], []
    for text in sorted(read_catalogue(root).texts, key=lambda t: t.slug):
        meta, chapter = text.meta, text.chapter
        if not chapter.exists():
            continue
        title, sections = chapter_sections(chapter)
        page = f"book/{meta['slug']}.html"
        chapter_item = record(edition, meta, title, page)
        paragraph_item = record(edition, meta, title, page, anchor=f"p-{PARANUM}")
        paragraph_item["id"] = f"{meta['slug']}#paragraph"
        section_items = [record(edition, meta, title, page, anchor=s.label, section=s) for s in sections]
        items += [chapter_item, paragraph_item] + section_items
        requests += [(chapter_item["id"], None, None), (paragraph_item["id"], PARANUM, "paragraph")]
        requests += [(item["id"], section.title, "section") for item, section in zip(section_items, sections)]
        chapters[meta["slug"]] = {"title": title, "meta": meta, "sections": sections, "item": chapter_item,
                                  "section_items": section_items, "paragraph_item": paragraph_item}
    for style in STYLES:
        result = csl.run(style, items, [list(r) for r in requests])
        notes = dict(zip([f"{r[0]}|{r[1]}" for r in requests], result["notes"]))
        for slug, data in chapters.items():
            entry = lambda html: (html or "").replace('<div class="csl-entry">', "").replace("</div>", "").strip()
            data.setdefault("forms", {})[style] = {
                "note": notes[f"{slug}|None"],
                "bibliography": entry(result["bibliography"][slug]),
                "paragraph": notes[f"{slug}#paragraph|{PARANUM}"],
                "sections": {s.label: notes[f"{slug}#{s.label}|{s.title}"] for s in data["sections"]},
            }
    return chapters


def plain_text(html: str) -> str:
    """What a reader copies: the formatted citation without its HTML."""
    text = re.sub(r"<[^>]+>", "", html)
    return text.replace("&amp;", "&").replace("&#38;", "&").replace("&lt;", "<").replace("&gt;", ">")
