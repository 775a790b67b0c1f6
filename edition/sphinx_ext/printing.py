"""What the print stylesheet (static/edition.css, `@media print`) needs from the pages.

On paper a link's target is lost. The print stylesheet shows the target of an external link
after its text, but only where the text is not already the address: the sources print many
bare URLs, and "http://x (http://x)" would only double them. This transform marks those links
with the class `url-text`.
"""

from __future__ import annotations

from docutils import nodes
from sphinx.transforms.post_transforms import SphinxPostTransform


def shows_its_url(reference: nodes.reference) -> bool:
    """True when the visible text of the link is its target (give or take the scheme, a slash)."""
    def bare(url: str) -> str:
        return url.strip().split("://", 1)[-1].removeprefix("www.").rstrip("/")
    target = reference.get("refuri", "")
    return bool(target) and bare(reference.astext()) == bare(target)


class MarkUrlText(SphinxPostTransform):
    default_priority = 900
    formats = ("html",)

    def run(self, **kwargs) -> None:
        for reference in self.document.findall(nodes.reference):
            if "://" in reference.get("refuri", "") and shows_its_url(reference):
                reference["classes"].append("url-text")


def setup(app):
    app.add_post_transform(MarkUrlText)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
