"""The edition's Sphinx extension. `setup()` only registers; each docutils concept has its
module (nodes, roles, directives, transforms, domain), the build's view of the records is
`state`, and each event handler lives with what it serves:

- citing: "Cite this" boxes, meta tags for reference managers, per-chapter downloads;
- formatting_ahead: the citations formatted by citeproc-js beside Sphinx's reading;
- bibliography, pages: the footnotes' links to the bibliography; index, glossary, sources;
- publishing, version, page_assets, page_description, self_contained, single_page: the published site;
- epub: the EPUB builder (Sphinx's, completed) and its links; printing: the PDF's imprint;
- data_check, data_freshness, notebook_prerun, notebook_download, notebook_bundle, launch_buttons: the data
  chapters;
- parallel: Sphinx's `-j` with Jupyter Book's extensions.
"""

from __future__ import annotations

CONFIG = [  # (name, default, rebuild)
    # The edition's editors ("Family, Given" each; a name without a comma is an organisation's),
    # publisher and place of publication: named in citations and meta tags only when set.
    ("edition_editors", [], "env"),
    ("edition_publisher", "", "env"),
    ("edition_place", "", "env"),
    ("edition_build_date", "", "html"),  # a new date rewrites every page (the doctrees are unchanged)
]


def _code_version() -> int:
    """Changes whenever the edition's code changes, so Sphinx re-reads every page
    (transforms run at read time; a cached doctree would hide changed code)."""
    from ..cache import code_digest
    return int(code_digest()[:8], 16)


def setup(app):
    # Imported here, not at the top: a command or a test that needs one of the modules (the
    # records' `state`, the roles) does not import Sphinx's whole extension with it.
    from . import (bibliography, citing, data_check, data_freshness, epub, formatting_ahead, launch_buttons,
                   notebook_bundle, notebook_download, notebook_prerun, page_assets, page_description, pages,
                   parallel, printing, publishing, reading_page, self_contained, single_page, version)
    from .directives import DIRECTIVES
    from .domain import EditionDomain
    from .nodes import NODES
    from .roles import ROLES
    from .transforms import POST_TRANSFORMS, TRANSFORMS

    # Every event handler, with the priority it needs against other extensions, is listed in
    # its module's EVENTS.
    handlers = [publishing, version, citing, page_assets, page_description, bibliography, pages, self_contained,
                single_page, epub, printing, data_check, data_freshness, notebook_prerun, formatting_ahead,
                notebook_download, notebook_bundle, launch_buttons, parallel]
    for name, default, rebuild in CONFIG:
        app.add_config_value(name, default, rebuild)
    for node, writers in NODES:
        app.add_node(node, **writers)
    for name, role in ROLES.items():
        app.add_role(name, role)
    for name, directive in DIRECTIVES.items():
        app.add_directive(name, directive)
    for transform in TRANSFORMS:
        app.add_transform(transform)
    for transform in POST_TRANSFORMS:
        app.add_post_transform(transform)
    app.add_domain(EditionDomain)
    for builder in epub.BUILDERS:
        app.add_builder(builder, override=True)
    for module in handlers:
        for event, handler, priority in module.EVENTS:
            app.connect(event, handler, priority=priority)
    app.add_css_file("edition.css")
    app.add_js_file("edition.js")
    # The reading page (reading_page.py): its nodes and transforms (its CSS and script are in
    # edition.css and edition.js).
    for node, writers in reading_page.NODES:
        app.add_node(node, **writers)
    for transform in reading_page.TRANSFORMS:
        app.add_transform(transform)
    return {"version": "1", "env_version": _code_version(),
            "parallel_read_safe": True, "parallel_write_safe": True}
