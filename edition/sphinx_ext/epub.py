"""The EPUB (`make epub`): Sphinx's EPUB 3 builder, completed so that epubcheck finds nothing.

Sphinx's builder (7.4) leaves four things to do, each done here:

- Its navigation document lists the chapters only through visible toctrees; Jupyter Book's
  are hidden and `titlesonly`, so the navigation held the first page alone. `get_toc` lists
  every document of the toc, in order, with its sections from the document's own table of
  contents (`env.tocs`), down to `epub_tocdepth`.
- Its package file has one creator, placeholders ("unknown") and no `svg` property. After
  Sphinx writes it, `complete_package` sets the metadata of the edition's imprint
  (`edition.imprint`: creators as the texts' metadata name them, editors only when configured,
  identifier, date, rights) and declares `properties="svg"` on every page with inline SVG.
- myst-nb's stylesheet is copied at `build-finished`, after the EPUB is packed (the pages
  linked a missing file), and it is written for the web theme in CSS that EPUB reading systems
  reject: the EPUB's pages do not link it.
- Links that a notebook output or a "Cite this" box writes as raw HTML (`chronology.html#p-3`,
  `../downloads/cite/x.bib`) are not rewritten by Sphinx: `raw_links` points them at the EPUB's
  own pages (`.xhtml`), or at the published site when a base URL is set; a link to a file the
  EPUB does not hold loses its address when there is no site to point to (never dangling).
"""

from __future__ import annotations

import html
import posixpath
import re
from pathlib import Path
from urllib.parse import urlsplit

from docutils import nodes
from lxml import etree
from sphinx.builders.epub3 import Epub3Builder

from ..imprint import imprint_of_app

OPF = "http://www.idpf.org/2007/opf"
DC = "http://purl.org/dc/elements/1.1/"
ANCHOR = re.compile(r'<a\b(?P<before>[^>]*?)\shref="(?P<url>[^"#]*)(?P<fragment>#[^"]*)?"(?P<after>[^>]*)>'
                    r'(?P<body>.*?)</a>', re.S)
LINK = re.compile(r'(?P<attr>\bxlink:href)="(?P<url>[^"#]*)(?P<fragment>#[^"]*)?"')
EPUB_BUILDERS = ("epub",)


class EditionEpubBuilder(Epub3Builder):
    """Registered under Sphinx's own name, `epub`, in place of Sphinx's."""

    def get_toc(self) -> None:
        self.refnodes = []
        for docname in self.toc_order():
            self.refnodes += self.toc_entries(docname)

    def toc_order(self) -> list[str]:
        """Every document of the toc, depth first, from the root document."""
        order, seen = [], set()

        def visit(docname: str) -> None:
            if docname in seen:
                return
            seen.add(docname)
            order.append(docname)
            for child in self.env.toctree_includes.get(docname, []):
                visit(child)
        visit(self.config.root_doc)
        return order

    def toc_entries(self, docname: str) -> list[dict]:
        """The document (level 1) and its sections (level 2 and below), from its own toc."""
        uri = docname + self.out_suffix
        entries = []

        def visit(node, level: int) -> None:
            for item in node.findall(nodes.list_item):
                if item.parent is not node:
                    continue
                reference = next(item.findall(nodes.reference), None)
                if reference is None or level > self.config.epub_tocdepth:
                    continue
                anchor = reference.get("anchorname", "")
                title = self.env.titles[docname].astext() if level == 1 else reference.astext()
                entries.append({"level": level, "refuri": uri + anchor, "text": " ".join(title.split())})
                for sublist in item.findall(nodes.bullet_list):
                    if sublist.parent is item:
                        visit(sublist, level + 1)
        toc = self.env.tocs.get(docname)
        if toc is not None:
            visit(toc, 1)
        return entries or [{"level": 1, "refuri": uri, "text": self.env.titles[docname].astext()}]

    def toc_add_files(self, refnodes) -> None:
        pass  # the root document is the first entry of get_toc already

    def add_css_file(self, filename: str, **kwargs) -> None:
        if not is_web_only(filename):
            super().add_css_file(filename, **kwargs)

    def toc_metadata(self, level, navpoints):
        metadata = super().toc_metadata(level, navpoints)
        metadata["uid"] = html.escape(imprint_of_app(self.app).identifier)  # toc.ncx: the package's identifier
        return metadata

    def build_content(self) -> None:
        super().build_content()
        complete_package(Path(self.outdir), imprint_of_app(self.app))


def is_web_only(filename: str) -> bool:
    """myst-nb's stylesheet: written for the web theme (`:has()`, nesting), rejected by EPUB
    reading systems (epubcheck CSS-008); the EPUB's theme styles the pages."""
    return Path(str(filename)).name.startswith("mystnb.")


def _meta(parent, tag: str, text: str, **attributes):
    element = etree.SubElement(parent, tag, {k.replace("_", "-"): v for k, v in attributes.items()})
    element.text = text
    return element


def complete_package(outdir: Path, imprint) -> None:
    """Set the imprint's metadata in content.opf and declare the pages' inline SVG."""
    path = outdir / "content.opf"
    tree = etree.parse(str(path))
    package = tree.getroot()
    metadata = package.find(f"{{{OPF}}}metadata")
    for name in ("description", "creator", "contributor", "publisher", "rights", "identifier", "date"):
        for element in metadata.findall(f"{{{DC}}}{name}"):
            metadata.remove(element)
    for element in metadata.findall(f"{{{OPF}}}meta[@property='ibooks:version']"):
        metadata.remove(element)
    _meta(metadata, f"{{{DC}}}identifier", imprint.identifier, id="edition-id")
    package.set("unique-identifier", "edition-id")
    if imprint.description:
        _meta(metadata, f"{{{DC}}}description", imprint.description)
    for number, creator in enumerate(imprint.creators, start=1):
        ident = f"creator-{number}"
        _meta(metadata, f"{{{DC}}}creator", creator.name, id=ident)
        _meta(metadata, f"{{{OPF}}}meta", creator.file_as, refines=f"#{ident}", property="file-as")
        _meta(metadata, f"{{{OPF}}}meta", creator.role, refines=f"#{ident}", property="role", scheme="marc:relators")
    if imprint.publisher:
        _meta(metadata, f"{{{DC}}}publisher", imprint.publisher)
    _meta(metadata, f"{{{DC}}}date", imprint.date)
    _meta(metadata, f"{{{DC}}}rights", imprint.rights)
    _meta(metadata, f"{{{OPF}}}meta", imprint.version, property="schema:version")
    package.set("prefix", package.get("prefix", "") + " schema: http://schema.org/")
    for item in package.iterfind(f"{{{OPF}}}manifest/{{{OPF}}}item"):
        href = item.get("href")
        if item.get("media-type") == "application/xhtml+xml" and (outdir / href).is_file() \
                and "<svg" in (outdir / href).read_text(encoding="utf-8"):
            item.set("properties", " ".join(filter(None, [item.get("properties"), "svg"])))
    tree.write(str(path), xml_declaration=True, encoding="utf-8")


def rewrite_link(url: str, docname: str, app) -> str | None:
    """A relative link (no fragment) on page `docname`, for the EPUB: the EPUB's page, the
    published file (base URL set), or None (the link goes, its text stays)."""
    if not url or urlsplit(url).scheme or url.startswith(("//", "#")):
        return url
    target = posixpath.normpath(posixpath.join(posixpath.dirname(docname), url))
    for suffix in (".html", app.builder.out_suffix):
        if target.endswith(suffix) and target.removesuffix(suffix) in app.env.all_docs:
            return app.builder.get_relative_uri(docname, target.removesuffix(suffix))
    base = app.config.html_baseurl
    return base + target if base else None


def _with_fragment(url: str, fragment: str) -> str:
    return url + (fragment or "")


def rewrite_raw(html: str, docname: str, app) -> str:
    """The links of a raw-HTML fragment: an HTML `<a>` that can point nowhere becomes its text
    (EPUB's XHTML wants an href on every `<a>`); an SVG link loses its address."""
    def anchor(match: re.Match) -> str:
        url = rewrite_link(match["url"], docname, app)
        if url is None:
            return match["body"]
        return f'<a{match["before"]} href="{_with_fragment(url, match["fragment"])}"{match["after"]}>{match["body"]}</a>'

    def attribute(match: re.Match) -> str:
        url = rewrite_link(match["url"], docname, app)
        return "" if url is None else f'{match["attr"]}="{_with_fragment(url, match["fragment"])}"'
    return LINK.sub(attribute, ANCHOR.sub(anchor, html))


def raw_links(app, doctree, docname) -> None:
    if app.builder.name not in EPUB_BUILDERS:
        return
    for node in doctree.findall(nodes.raw):
        if "html" in node.get("format", "").split():
            node[:] = [nodes.Text(rewrite_raw(node.astext(), docname, app))]
    for node in list(doctree.findall(nodes.reference)):
        uri, _, fragment = node.get("refuri", "").partition("#")
        if not uri:
            continue
        url = rewrite_link(uri, docname, app)
        if url is None:
            node.replace_self(node.children[:])
        else:
            node["refuri"] = url + ("#" + fragment if fragment else "")


# (event, handler, priority), registered by the extension's setup().
EVENTS = [
    ("doctree-resolved", raw_links, 960),  # after the handlers that write links
]
BUILDERS = [EditionEpubBuilder]
