"""Work around MyST-Parser issue #760 (open in myst-parser 3): myst HTML-escapes `&` in a
link's URL and docutils escapes it again, so `?a=1&b=2` is published as `?a=1&amp;amp;b=2`
and the link breaks. Undo myst's escape; docutils then escapes once, as it should."""

from __future__ import annotations

from docutils import nodes
from sphinx.transforms import SphinxTransform


class UnescapeLinkAmpersands(SphinxTransform):
    default_priority = 500

    def apply(self):
        for reference in self.document.findall(nodes.reference):
            if "&amp;" in reference.get("refuri", ""):
                reference["refuri"] = reference["refuri"].replace("&amp;", "&")


def setup(app):
    app.add_transform(UnescapeLinkAmpersands)
