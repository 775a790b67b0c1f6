"""The printed book's HTML, made from the single-page build (`_build/singlehtml`).

The single page holds every document of the book, each after a `<span id="document-...">`
(its ids already made unique by edition/sphinx_ext/single_page.py). This module takes the
documents out of the web theme and lays them out as a book for WeasyPrint (print.css):

- a title page and an imprint from `imprint.json` (written by the same build:
  edition/sphinx_ext/printing.py), a contents list whose page numbers WeasyPrint fills in;
- each part of the toc behind a part title, each document a `section.chapter` that starts on a
  recto page, its title (without note calls: `data-title`) the running head and outline entry;
- the author's notes straight after the text they belong to ("Notes"), then the editor's
  matter (notes, emendations, record of changes), which is marked as the editor's;
- the reading view: no cross-reference or pointer beside a paragraph (the editor's calls stay, each
  keyed to its note in the chapter's apparatus), an emendation shows its corrected reading (the source's reading is in the
  chapter's list of emendations), nothing that only works on a screen (copy buttons, "Cite
  this" boxes, heading links, screen-only phrases), and no code: a notebook chapter says where
  its code is.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from html import escape
from pathlib import Path

import tinycss2
from bs4 import BeautifulSoup, Tag

IMPRINT = "imprint.json"
# The charts' lettering (matplotlib names DejaVu Sans in each <text>'s style): the book's sans.
CHART_FACE = '"Linux Biolinum O", sans-serif'
# Only on a screen: interactive boxes, links to headings, the theme's buttons.
SCREEN_ONLY = ["a.headerlink", "details.cite-this", "div.cite-paragraph", "button", "script",
               ".edition-screen-only", "span.emendation-original", "div.cell_input", "noscript"]
# The study view's furniture (edition/sphinx_ext/reading_page.py): the printed book is the reading
# view; its own "Notes" heading replaces the page's.
STUDY_ONLY = [".paragraph-apparatus", "div.note-apparatus", "p.notes-rubric"]
# The editor's matter at the foot of a chapter (after it, the author's notes come first).
EDITORIAL_FOOT = ["div.editorial-notes", "div.emendations", "div.changes-record"]
# The editor's matter anywhere: printed in the editorial face (print.css: .editorial-matter).
EDITORIAL = ["div.headnote", "div.source-record", *EDITORIAL_FOOT, "p.bib-links"]


@dataclass
class Document:
    name: str     # "book/zubok-1980s"
    section: Tag  # its top <section>
    title: str    # its title, as plain text (no note calls)
    marker: Tag | None = None  # the single page's `<span id="document-...">`, which links name


def plain_title(heading: Tag) -> str:
    """A heading's words without its note calls and link marks."""
    heading = BeautifulSoup(str(heading), "lxml").find(heading.name)
    for unwanted in heading.select("a.footnote-reference, a.headerlink, sup.editorial-note-ref"):
        unwanted.decompose()
    return " ".join(heading.get_text().split())


def documents_of(page: BeautifulSoup) -> tuple[Document, list[Document]]:
    """The root document and every other document of the single page, in order."""
    article = page.select_one("article.bd-article")
    if article is None:
        raise ValueError("no <article class=\"bd-article\"> in the single page: not a Jupyter Book singlehtml build")
    root_section = article.find("section", recursive=False)
    documents = []
    for marker in root_section.select('span[id^="document-"]'):
        section = marker.find_next_sibling("section")
        heading = section.find(re.compile(r"^h[1-6]$"))
        documents.append(Document(marker["id"].removeprefix("document-"), section, plain_title(heading), marker))
    for wrapper in root_section.select("div.toctree-wrapper"):
        wrapper.extract()
    heading = root_section.find("h1")
    return Document("", root_section, plain_title(heading)), documents


def reading_view(section: Tag) -> None:
    """What a printed page shows: no screen-only element, no code, notes before the editor's matter."""
    for selector in SCREEN_ONLY + STUDY_ONLY:
        for element in section.select(selector):
            element.decompose()
    for cell in section.select("div.cell"):
        if not cell.get_text(strip=True) and not cell.find(["svg", "img", "table"]):
            cell.decompose()  # a code cell whose output is shown elsewhere (a glued figure)
    for element in section.select(", ".join(EDITORIAL)):
        element["class"] = element.get("class", []) + ["editorial-matter"]
    for text in section.select("svg text[style]"):
        text["style"] = with_font(text["style"], CHART_FACE)


def with_font(style: str, family: str) -> str:
    """An inline style with its font-family replaced (tinycss2 reads the declarations)."""
    declarations = [d for d in tinycss2.parse_blocks_contents(style, skip_whitespace=True, skip_comments=True)
                    if d.type == "declaration"]
    kept = [f"{d.name}: {tinycss2.serialize(d.value).strip()}" for d in declarations if d.lower_name != "font-family"]
    return "; ".join(kept + [f"font-family: {family}"])


def notes_first(section: Tag, page: BeautifulSoup) -> None:
    """The author's notes, under a heading "Notes", before the editor's matter at the chapter's end."""
    notes = section.select_one("aside.footnote-list")
    if notes is None:
        return
    rule = notes.find_previous_sibling("hr")
    if rule is not None and "footnotes" in rule.get("class", []):
        rule.decompose()
    heading = page.new_tag("h3", attrs={"class": "notes-heading"})
    heading.string = "Notes"
    holder = page.new_tag("section", attrs={"class": "chapter-notes"})
    notes.replace_with(holder)
    holder.append(heading)
    holder.append(notes)
    first_editorial = next((element for element in section.select(", ".join(EDITORIAL_FOOT))), None)
    if first_editorial is not None:
        # The editor's matter closes the chapter: after the notes, under its own heading.
        editorial = page.new_tag("section", attrs={"class": "editorial-foot editorial-matter"})
        label = page.new_tag("h3", attrs={"class": "editorial-heading"})
        label.string = "Editorial apparatus"
        editorial.append(label)
        for element in section.select(", ".join(EDITORIAL_FOOT)):
            editorial.append(element.extract())
        holder.insert_after(editorial)


def notebook_pointer(document: Document, page: BeautifulSoup, base_url: str) -> Tag | None:
    """For a notebook chapter: where its code is (the code cells are not printed)."""
    if not document.section.select("div.cell"):
        return None
    pointer = page.new_tag("p", attrs={"class": "notebook-pointer editorial-matter"})
    pointer.append("This chapter is a notebook, run when the book is built. Its code is not printed: "
                   "it is in the edition's file ")
    where = page.new_tag("code", attrs={"class": "file-name"})
    where.string = f"{document.name}.md"
    pointer.append(where)
    if base_url:
        pointer.append(" and on the web page ")
        link = page.new_tag("a", href=f"{base_url}{document.name}.html", attrs={"class": "url-text"})
        link.string = f"{base_url}{document.name}.html"
        pointer.append(link)
    pointer.append(".")
    return pointer


def chapter(document: Document, page: BeautifulSoup, base_url: str) -> Tag:
    section = document.section
    pointer = notebook_pointer(document, page, base_url)
    reading_view(section)
    notes_first(section, page)
    heading = section.find(re.compile(r"^h[1-6]$"))
    heading.name = "h2"
    heading["class"] = heading.get("class", []) + ["chapter-title"]
    heading["data-title"] = document.title  # the outline's entry (print.css), without note calls
    if pointer is not None:
        heading.insert_after(pointer)
    slug = document.name.rsplit("/", 1)[-1] or "introduction"
    wrapper = page.new_tag("section", attrs={"class": "chapter", "id": f"chapter-{slug}"})
    section.replace_with(wrapper)
    if document.marker is not None:
        wrapper.append(document.marker.extract())
    wrapper.append(section)
    return wrapper


def _p(page: BeautifulSoup, text: str, cls: str) -> Tag:
    element = page.new_tag("p", attrs={"class": cls})
    element.string = text
    return element


def title_page(page: BeautifulSoup, imprint: dict) -> Tag:
    section = page.new_tag("section", attrs={"class": "title-page", "id": "title-page"})
    title = page.new_tag("h1", attrs={"class": "book-title"})
    title.string = imprint["title"]
    section.append(title)
    if imprint.get("description"):
        section.append(_p(page, imprint["description"], "book-subtitle"))
    if imprint.get("editors"):
        section.append(_p(page, "Edited by " + _names(imprint["editors"]), "book-editors"))
    section.append(_p(page, f"Version {imprint['version']}", "book-version"))
    if imprint.get("publisher"):
        section.append(_p(page, imprint["publisher"], "book-publisher"))
    return section


def _names(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def imprint_page(page: BeautifulSoup, imprint: dict) -> Tag:
    section = page.new_tag("section", attrs={"class": "imprint-page", "id": "imprint"})
    section.append(_p(page, imprint["title"], "imprint-title"))
    if imprint.get("editors"):
        section.append(_p(page, "Edited by " + _names(imprint["editors"]) + ".", "imprint-line"))
    if imprint.get("publisher"):
        section.append(_p(page, f"Published by {imprint['publisher']}.", "imprint-line"))
    section.append(_p(page, f"Version {imprint['version']}, built {imprint['date']}.", "imprint-line"))
    if imprint.get("url"):
        line = page.new_tag("p", attrs={"class": "imprint-line"})
        line.append("Online: ")
        link = page.new_tag("a", href=imprint["url"], attrs={"class": "url-text"})
        link.string = imprint["url"]
        line.append(link)
        section.append(line)
    heading = page.new_tag("h2", attrs={"class": "imprint-heading"})
    heading.string = "Rights"
    section.append(heading)
    if imprint.get("licence"):
        section.append(_p(page, f"The edition: {imprint['licence']}", "imprint-rights"))
    rights = page.new_tag("dl", attrs={"class": "imprint-rights"})
    for text in imprint["texts"]:
        term = page.new_tag("dt")
        term.string = text["title"] + (f" ({text['authors']})" if text["authors"] else "")
        rights.append(term)
        for paragraph in [p for p in re.split(r"\n\s*\n", text["rights"]) if p.strip()]:
            definition = page.new_tag("dd")
            definition.string = " ".join(paragraph.split())
            rights.append(definition)
    section.append(rights)
    return section


def contents(page: BeautifulSoup, entries: list[tuple[str, list[tuple[str, str]]]]) -> Tag:
    """The contents list: (part caption, [(chapter id, title)]); print.css adds the page numbers."""
    nav = page.new_tag("nav", attrs={"class": "contents", "id": "contents"})
    heading = page.new_tag("h2", attrs={"class": "contents-heading"})
    heading.string = "Contents"
    nav.append(heading)
    top = page.new_tag("ul")
    for caption, chapters in entries:
        holder = top
        if caption:
            item = page.new_tag("li", attrs={"class": "contents-part"})
            item.append(_p(page, caption, "contents-part-title"))
            holder = page.new_tag("ul")
            item.append(holder)
            top.append(item)
        for ident, title in chapters:
            entry = page.new_tag("li", attrs={"class": "contents-chapter"})
            link = page.new_tag("a", href=f"#{ident}")
            link.string = title
            entry.append(link)
            holder.append(entry)
    nav.append(top)
    return nav


def assemble(single: Path, stylesheet: str) -> tuple[str, dict]:
    """The print document's HTML, and the imprint it names (for the PDF's metadata)."""
    imprint = json.loads((single / IMPRINT).read_text(encoding="utf-8"))
    source = BeautifulSoup((single / "book" / "index.html").read_text(encoding="utf-8"), "lxml")
    root, documents = documents_of(source)
    base_url = imprint["url"].rsplit("/", 2)[0] + "/" if imprint.get("url") else ""
    page = BeautifulSoup(f'<!DOCTYPE html><html lang="{escape(imprint["language"], quote=True)}"><head>'
                         '<meta charset="utf-8"></head><body></body></html>', "lxml")
    head, body = page.head, page.body
    for name, content in (("author", ", ".join(c["name"] for c in imprint["creators"])),
                          ("description", imprint.get("description", "")),
                          ("keywords", ", ".join(t["title"] for t in imprint["texts"])),
                          ("generator", f"Jupyter Book (Sphinx, singlehtml) and edition.pdf, version {imprint['version']}"),
                          ("dcterms.created", imprint["date"])):
        if content:
            head.append(page.new_tag("meta", attrs={"name": name, "content": content}))
    title = page.new_tag("title")
    title.string = imprint["title"]
    head.append(title)
    style = page.new_tag("style")
    style.string = stylesheet
    head.append(style)

    body.append(title_page(page, imprint))
    body.append(imprint_page(page, imprint))
    by_name = {document.name: document for document in documents}
    entries = [("", [("chapter-introduction", "About this edition")])]
    parts = []
    for number, part in enumerate(imprint["parts"], start=1):
        chapters = [by_name[name] for name in part["documents"] if name in by_name]
        entries.append((part["caption"], [(f"chapter-{d.name.rsplit('/', 1)[-1]}", d.title) for d in chapters]))
        parts.append((number, part["caption"], chapters))
    body.append(contents(page, entries))

    root.title = "About this edition"
    body.append(chapter(root, page, base_url))
    intro_heading = body.select_one("#chapter-introduction .chapter-title")
    intro_heading.clear()
    intro_heading.append("About this edition")
    intro_heading["data-title"] = "About this edition"
    for number, caption, chapters in parts:
        if caption:
            divider = page.new_tag("section", attrs={"class": "part-title-page", "id": f"part-{number}"})
            heading = page.new_tag("h1", attrs={"class": "part-title"})
            heading.string = caption
            divider.append(heading)
            body.append(divider)
        for document in chapters:
            body.append(chapter(document, page, base_url))
    return str(page), imprint
