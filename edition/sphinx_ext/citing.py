"""Citing the edition from the page: "Cite this" boxes, per-unit downloads, and the metadata
that reference managers read (Highwire `citation_*`, Dublin Core, Open Graph).

The records and their formatted forms come from `edition.citing` (CSL, citeproc-js): one
record per citable unit (the book, each text chapter, section and paragraph, each data
chapter). The paragraph form carries the placeholder PARANUM; `edition.js` fills in the
number of the paragraph whose margin number the reader selects, and copies any form.

The meta tags follow what Zotero's translators read (`Embedded Metadata.js`, which hands the
`DC.*` and `og:*` tags to `RDF.js`): a text chapter is a Book Section (`citation_inbook_title`
names the book; `DC.type` "bookSection" is a Zotero item type, which RDF.js takes as the
type); the landing page a Book (`og:type` book); a data chapter a Dataset (`DC.type` dataset).
Authors are people, one `citation_author` each as "Family, Given": an organisation's name
would be split in two by Zotero's name parser, so it stays in the downloads, where it is
kept whole. Editors and publisher appear only when the configuration names them.
"""

from __future__ import annotations

import json
from html import escape
from pathlib import Path

from docutils import nodes
from sphinx.util.osutil import relative_uri

from ..cache import remembered
from ..catalogue import release_date
from ..citations import csl_downloads
from ..citing import NOTENUM, PARANUM, Edition, plain_text, style_names
from .nodes import cite_placeholder
from .state import citing_records, records_read

# (style, form, what the form is): every form of the box, each labelled with its style's name
FORMS = [("chicago", "note", "note"), ("chicago", "bibliography", "bibliography entry"),
         ("mla", "bibliography", "works-cited entry"), ("mla", "note", "in-text citation"),
         ("apa", "bibliography", "reference list entry"), ("apa", "note", "in-text citation")]
SECTION_FORMS = [("chicago", "note", "note"), ("mla", "note", "in-text citation"), ("apa", "note", "in-text citation")]


def edition_of(app) -> Edition:
    config = app.config
    return Edition(title=config.project, version=config.version, date=release_date(Path(app.confdir)),
                   base_url=config.html_baseurl or "", editors=tuple(config.edition_editors or ()),
                   publisher=config.edition_publisher or "", place=config.edition_place or "")


def configure_names(app, config) -> None:
    """The footer's and the PDF's "By ..." and the EPUB's creator and publisher, from the same
    settings as the citations. EPUB 3 needs a creator and a publisher (Sphinx warns, and -W
    fails, when either is empty): while none is set, the edition stands for itself, under its
    title, as the works of an unnamed editorial group do."""
    editors = [" ".join(reversed([p.strip() for p in name.split(",", 1)])) if "," in name else name
               for name in config.edition_editors or ()]
    config.author = " and ".join(editors)
    config.epub_author = config.author or config.edition_publisher or config.project
    config.epub_publisher = config.edition_publisher or config.project


def records(app) -> dict:
    """This build's citation records, by id (computed once per content: state.citing_records;
    looked up once per build: the sources do not change while Sphinx runs)."""
    if getattr(app, "_edition_citing_records", None) is None:
        app._edition_citing_records = citing_records(Path(app.srcdir), edition_of(app))
    return app._edition_citing_records


def page_records(app, docname: str) -> list:
    """The records of one page: its own first, then its sections' and its paragraph template."""
    return [r for r in records(app).values() if r.page == docname]


def _label(style: str, what: str) -> str:
    return f"{style_names()[style]}: {what}"


def _form_html(ident: str, label: str, html: str) -> str:
    return (f'<div class="cite-form"><p class="cite-label">{escape(label)}</p>'
            f'<p class="cite-text" id="{ident}">{html}</p>'
            f'<button type="button" class="cite-copy" data-copy="{ident}" '
            f'aria-label="Copy: {escape(label)}">Copy</button></div>')


def pinpoint_forms(record) -> str:
    """A paragraph's or a note's forms, for the page's script: [[style, label, html], ...]."""
    return json.dumps([[style, _label(style, what), record.forms[style]["note"]] for style, _, what in SECTION_FORMS],
                      ensure_ascii=False)


def cite_box_html(record, downloads: str, pinpoints: dict | None = None) -> str:
    """The unit's box; `pinpoints` (kind -> record): the paragraph's and the note's templates."""
    parts = [_form_html(f"cite-{style}-{form}", _label(style, what), record.forms[style][form])
             for style, form, what in FORMS]
    links = ", ".join(f'<a href="{downloads}/{record.id}.{ext}" download="">{label}</a>'
                      for ext, label in (("bib", "BibTeX"), ("ris", "RIS"), ("json", "CSL-JSON")))
    what = {"book": "the edition", "data": "this data chapter"}.get(record.kind, "this chapter")
    attributes, help_text = "", []
    paragraph, note = (pinpoints or {}).get("paragraph"), (pinpoints or {}).get("note")
    if paragraph is not None:
        attributes += (f' data-paragraph-chicago="{escape(paragraph.forms["chicago"]["note"], quote=True)}"'
                       f' data-paragraph-forms="{escape(pinpoint_forms(paragraph), quote=True)}"'
                       f' data-placeholder="{PARANUM}"')
        help_text.append("To cite one paragraph, select its number in the margin: its citation appears below "
                         "the paragraph.")
    if note is not None:
        attributes += (f' data-note-forms="{escape(pinpoint_forms(note), quote=True)}"'
                       f' data-note-placeholder="{NOTENUM}"')
        help_text.append("To cite one note, select “Cite this note” under it.")
    help_html = f'<p class="cite-help">{" ".join(help_text)}</p>' if help_text else ""
    return (f'<details class="cite-this" id="cite-this"{attributes}><summary>Cite {what}</summary>'
            + "".join(parts) + f'<p class="cite-downloads">Download the reference: {links}.</p>' + help_html
            + "</details>")


def section_box_html(record) -> str:
    parts = [_form_html(f"cite-{record.anchor}-{style}-{form}", _label(style, what), record.forms[style][form])
             for style, form, what in SECTION_FORMS]
    return ('<details class="cite-this cite-section"><summary>Cite this section</summary>'
            + "".join(parts) + "</details>")


def place_cite_boxes(app, doctree, docname):
    """At write time, so that the boxes always show this build's records. A text chapter's
    box stands where its `{cite-this}` directive is; the landing page's and a data chapter's
    under their title."""
    own = page_records(app, docname)
    main = next((r for r in own if r.kind in ("book", "chapter", "data")), None)
    holders = list(doctree.findall(cite_placeholder))
    if main is None:
        for holder in holders:
            holder.replace_self([])
        return
    downloads = relative_uri(app.builder.get_target_uri(docname), "downloads/cite")
    pinpoints = {r.kind: r for r in own if r.kind in ("paragraph", "note")}
    box = nodes.raw("", cite_box_html(main, downloads, pinpoints), format="html")
    if holders:
        holders[0].replace_self(box)
        for holder in holders[1:]:
            holder.replace_self([])
    elif main.kind in ("book", "data"):
        section = next(iter(doctree.findall(nodes.section)), None)
        if section is not None and isinstance(section[0], nodes.title):
            section.insert(1, box)
    sections = {r.anchor: r for r in own if r.kind == "section"}
    for section in doctree.findall(nodes.section):
        label = next((name for name in section["names"] + section["ids"] if name in sections), None)
        if label and isinstance(section[0], nodes.title):
            section.insert(1, nodes.raw("", section_box_html(sections[label]), format="html"))


def person_names(names: list[dict]) -> list[str]:
    """"Family, Given" for each person; organisations are left out (see the module's note)."""
    return [f"{n['family']}, {n['given']}".strip(", ") if n.get("given") else n["family"]
            for n in names or [] if n.get("family")]


def meta_tags(record, edition: Edition, title: str, url: str) -> list[tuple[str, str, str]]:
    """(attribute, name, content) of every tag of a page."""
    kind = record.kind if record else "chapter"
    item = record.item if record else {}
    date = edition.date
    tags = [("name", "citation_title", title)]
    if kind in ("chapter", "section", "paragraph"):
        tags.append(("name", "citation_inbook_title", edition.title))
    tags += [("name", "citation_author", name) for name in person_names(item.get("author"))]
    tags += [("name", "citation_editor", name) for name in person_names(item.get("editor"))]
    tags += [("name", "citation_publication_date", date), ("name", "citation_publisher", edition.publisher)]
    if url:
        tags.append(("name", "citation_public_url", url))
    dc_type = {"book": "book", "data": "dataset"}.get(kind, "bookSection")
    tags += [("name", "DC.title", title), ("name", "DC.type", dc_type), ("name", "DC.date", date),
             ("name", "DC.publisher", edition.publisher), ("name", "DC.hasVersion", edition.version)]
    if kind != "book":
        tags.append(("name", "DC.relation.isPartOf", edition.title))
    tags += [("name", "DC.creator", name) for name in person_names(item.get("author"))]
    if record and record.meta:
        tags.append(("name", "DC.rights", " ".join(str(record.meta["rights"]).split())))
    if url:
        tags.append(("name", "DC.identifier", url))
    tags += [("property", "og:title", title), ("property", "og:type", "book" if kind == "book" else "article"),
             ("property", "og:site_name", edition.title)]
    if url:
        tags.append(("property", "og:url", url))
    return [tag for tag in tags if tag[2]]


def add_metadata(app, pagename, templatename, context, doctree):
    """Highwire, Dublin Core and Open Graph tags for the page's record (see the module's note)."""
    edition = edition_of(app)
    record = next((r for r in page_records(app, pagename) if r.kind in ("book", "chapter", "data")), None)
    title = record.title if record else plain_text(context.get("title", "") or edition.title)
    url = (edition.base_url.rstrip("/") + "/" + pagename + ".html") if edition.base_url else ""
    context["metatags"] = context.get("metatags", "") + "".join(
        f'<meta {kind}="{escape(name)}" content="{escape(value)}" />\n'
        for kind, name, value in meta_tags(record, edition, title, url))


def download_items(record) -> tuple[list[dict], dict, dict]:
    """The CSL items of a unit's download, the biblatex `related` links, the RIS `OP` texts."""
    items, related, original_of = [record.csl_item()], {}, {}
    if record.original and record.container:
        items.append(record.original)
        related[record.id] = record.original["id"]
        original_of[record.id] = plain_text(record.forms["chicago"].get("original", ""))
    return items, related, original_of


def write_downloads(app, exception):
    if exception is not None or app.builder.format != "html":
        return
    folder = Path(app.outdir) / "downloads" / "cite"
    folder.mkdir(parents=True, exist_ok=True)
    root = Path(app.srcdir)
    edition = edition_of(app)
    files = remembered(root, "cite-downloads", [], lambda: download_files(records(app)),
                       salt=records_read(root, edition))
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")


def download_files(records: dict) -> dict[str, str]:
    """File name -> text of each unit's reference downloads (CSL-JSON, BibTeX, RIS)."""
    files = {}
    for record in records.values():
        if record.kind not in ("book", "chapter", "data"):
            continue
        items, related, original_of = download_items(record)
        files[f"{record.id}.json"] = csl_downloads.csl_json(items)
        files[f"{record.id}.bib"] = csl_downloads.bibtex(items, related)
        files[f"{record.id}.ris"] = csl_downloads.ris(items, original_of)
    return files


# (event, handler, priority), registered by the extension's setup().
EVENTS = [
    ("config-inited", configure_names, 460),
    ("doctree-resolved", place_cite_boxes, 500),
    ("html-page-context", add_metadata, 500),
    ("build-finished", write_downloads, 500),
]
