"""Citing the edition from the page: "Cite this" boxes, per-chapter downloads, and the
metadata that reference managers read (Highwire `citation_*`, Dublin Core, Open Graph).

The records and their formatted forms come from `edition.citing` (CSL, citeproc-js). The
paragraph form carries the placeholder PARANUM; `edition.js` fills in the number of the
paragraph whose margin number the reader selects, and copies any form to the clipboard.
"""

from __future__ import annotations

import json
from html import escape
from pathlib import Path

import rispy
from docutils import nodes
from pybtex.database import BibliographyData, Entry, Person
from sphinx.util.osutil import relative_uri

from ..citing import PARANUM, Edition, plain_text
from .nodes import cite_placeholder
from .state import citing_records

STYLE_LABELS = [("chicago", "note", "Chicago (note)"), ("chicago", "bibliography", "Chicago (bibliography)"),
                ("mla", "bibliography", "MLA"), ("apa", "bibliography", "APA")]


# The citations have named this placeholder as the edition's editor since the first version; the
# imprint of the PDF and the EPUB names editors only when `edition_editors` is configured.
# (Zotero saves a phrase given as an editor as a person: STACK.md. Left to the citations' owner.)
CITATION_EDITORS_PLACEHOLDER = ("the editors of the edition",)


def edition_of(app) -> Edition:
    config = app.config
    return Edition(title=config.project, editors=tuple(config.edition_editors) or CITATION_EDITORS_PLACEHOLDER,
                   publisher=config.edition_publisher or config.project, version=config.version,
                   year=str(config.edition_year), base_url=config.html_baseurl or "")


def records(app) -> dict:
    """This build's citation records (computed once per content: state.citing_records)."""
    return citing_records(Path(app.srcdir), edition_of(app))


def prepare(app) -> None:
    """Format the records before the pages are read (and before parallel readers fork)."""
    records(app)


def _form_html(ident: str, label: str, html: str) -> str:
    return (f'<div class="cite-form"><p class="cite-label">{escape(label)}</p>'
            f'<p class="cite-text" id="{ident}">{html}</p>'
            f'<button type="button" class="cite-copy" data-copy="{ident}" '
            f'aria-label="Copy the {escape(label)} citation">Copy</button></div>')


def cite_box_html(slug: str, data: dict, downloads: str) -> str:
    forms = data["forms"]
    parts = [_form_html(f"cite-{style}-{form}", label, forms[style][form]) for style, form, label in STYLE_LABELS]
    links = ", ".join(f'<a href="{downloads}/{slug}.{ext}" download="">{label}</a>'
                      for ext, label in (("bib", "BibTeX"), ("ris", "RIS"), ("json", "CSL-JSON")))
    paragraph = escape(forms["chicago"]["paragraph"], quote=True)
    return (f'<details class="cite-this" id="cite-this" data-paragraph-chicago="{paragraph}" '
            f'data-placeholder="{PARANUM}"><summary>Cite this chapter</summary>'
            + "".join(parts)
            + f'<p class="cite-downloads">Download the reference: {links}.</p>'
            + '<p class="cite-help">To cite one paragraph, select its number in the margin: its citation '
              'appears below the paragraph.</p></details>')


def section_box_html(label: str, data: dict) -> str:
    parts = [_form_html(f"cite-{label}-{style}", name, data["forms"][style]["sections"][label])
             for style, name in (("chicago", "Chicago (note)"), ("mla", "MLA"), ("apa", "APA"))]
    return ('<details class="cite-this cite-section"><summary>Cite this section</summary>'
            + "".join(parts) + "</details>")


def place_cite_boxes(app, doctree, docname):
    """At write time, so that the boxes always show this build's records."""
    chapters = records(app)
    slug = docname.rsplit("/", 1)[-1]
    if slug not in chapters or not docname.startswith("book/"):
        for holder in list(doctree.findall(cite_placeholder)):
            holder.replace_self([])
        return
    data = chapters[slug]
    downloads = relative_uri(app.builder.get_target_uri(docname), "downloads/cite")
    for holder in list(doctree.findall(cite_placeholder)):
        holder.replace_self(nodes.raw("", cite_box_html(slug, data, downloads), format="html"))
    labels = {s.label for s in data["sections"]}
    for section in doctree.findall(nodes.section):
        label = next((name for name in section["names"] + section["ids"] if name in labels), None)
        if label and isinstance(section[0], nodes.title):
            section.insert(1, nodes.raw("", section_box_html(label, data), format="html"))


def add_metadata(app, pagename, templatename, context, doctree):
    """Highwire, Dublin Core and Open Graph tags: Zotero saves a chapter as a Book Section."""
    edition = edition_of(app)
    chapters = records(app)
    slug = pagename.rsplit("/", 1)[-1]
    data = chapters.get(slug) if pagename.startswith("book/") else None
    title = data["title"] if data else plain_text(context.get("title", "") or edition.title)
    url = (edition.base_url.rstrip("/") + "/" + pagename + ".html") if edition.base_url else ""
    tags = [("name", "citation_title", title), ("name", "citation_inbook_title", edition.title)]
    if data:
        tags += [("name", "citation_author", f"{a['family']}, {a['given']}".strip(", "))
                 for a in data["meta"].get("authors") or []]
    tags += [("name", "citation_editor", name) for name in edition.editors]
    tags += [("name", "citation_publication_date", edition.year), ("name", "citation_publisher", edition.publisher)]
    if url:
        tags.append(("name", "citation_public_url", url))
    tags += [("name", "DC.title", title), ("name", "DC.publisher", edition.publisher),
             ("name", "DC.date", edition.year), ("name", "DC.type", "Text"),
             ("name", "DC.relation.ispartof", edition.title),
             ("name", "DC.hasVersion", edition.version)]
    if data:
        tags += [("name", "DC.creator", f"{a['family']}, {a['given']}".strip(", "))
                 for a in data["meta"].get("authors") or []]
        tags.append(("name", "DC.rights", " ".join(str(data["meta"]["rights"]).split())))
    if url:
        tags.append(("name", "DC.identifier", url))
    tags += [("property", "og:title", title), ("property", "og:type", "article"),
             ("property", "og:site_name", edition.title)]
    if url:
        tags.append(("property", "og:url", url))
    context["metatags"] = context.get("metatags", "") + "".join(
        f'<meta {kind}="{escape(name)}" content="{escape(value)}" />\n' for kind, name, value in tags if value)


def write_downloads(app, exception):
    if exception is not None or app.builder.format != "html":
        return
    folder = Path(app.outdir) / "downloads" / "cite"
    folder.mkdir(parents=True, exist_ok=True)
    for slug, data in records(app).items():
        item = data["item"]
        (folder / f"{slug}.json").write_text(json.dumps([item], ensure_ascii=False, indent=1), encoding="utf-8")
        fields = {"title": item["title"], "booktitle": item["container-title"], "year": str(item["issued"]["date-parts"][0][0]),
                  "edition": item["version"]}
        if item.get("URL"):
            fields["url"] = item["URL"]
        persons = {"author": [Person(f"{a['family']}, {a['given']}") for a in item.get("author", [])],
                   "editor": [Person(last=e["literal"]) for e in item.get("editor", [])]}
        data_bib = BibliographyData({slug: Entry("incollection", fields=fields,
                                                 persons={k: v for k, v in persons.items() if v})})
        (folder / f"{slug}.bib").write_text(data_bib.to_string("bibtex"), encoding="utf-8")
        ris = {"type_of_reference": "CHAP", "title": item["title"], "secondary_title": item["container-title"],
               "year": fields["year"], "edition": item["version"]}
        if item.get("author"):
            ris["authors"] = [f"{a['family']}, {a['given']}" for a in item["author"]]
        ris["secondary_authors"] = [e["literal"] for e in item.get("editor", [])]
        if item.get("URL"):
            ris["urls"] = [item["URL"]]
        (folder / f"{slug}.ris").write_text(rispy.dumps([ris]), encoding="utf-8")


# (event, handler, priority), registered by the extension's setup().
EVENTS = [
    ("builder-inited", prepare, 500),
    ("doctree-resolved", place_cite_boxes, 500),
    ("html-page-context", add_metadata, 500),
    ("build-finished", write_downloads, 500),
]
