"""Checks that turn silent failures into build warnings (and so, under -W, errors)."""

from __future__ import annotations

from docutils import nodes
from sphinx.transforms import SphinxTransform
from sphinx.util import logging

logger = logging.getLogger(__name__)


class UndefinedFootnoteCheck(SphinxTransform):
    """MyST renders an undefined footnote reference `[^x]` as literal text, with no warning."""

    default_priority = 900

    def apply(self):
        for text in self.document.findall(nodes.Text):
            if "[^" in text.astext() and not isinstance(text.parent, (nodes.literal, nodes.literal_block)):
                logger.warning("literal '[^' in the text: an undefined footnote reference?",
                               location=text.parent, type="edition", subtype="footnote")


def setup(app):
    app.add_transform(UndefinedFootnoteCheck)
