"""Typeset the print document with WeasyPrint: a tagged PDF with the book's metadata.

WeasyPrint takes the PDF's Title from `<title>`, Author from `<meta name="author">`, Subject
from `<meta name="description">`, Keywords, Creator from `<meta name="generator">` and the
language from `<html lang>`; the outline from the headings' `bookmark-level` (print.css).
Fonts are found by fontconfig (Debian's fonts-linuxlibertine) and embedded as subsets.
"""

from __future__ import annotations

import re
from pathlib import Path

from weasyprint import HTML


# SVG presentation properties (SVG 1.1, "Property index") that matplotlib writes in the style
# attributes of a chart's elements. WeasyPrint's CSS reader, which reads every style attribute,
# reports them as unknown; its SVG renderer applies them. Any other warning is reported.
SVG_PROPERTIES = {"fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-opacity",
                  "stroke-linecap", "stroke-linejoin", "stroke-miterlimit", "stroke-dasharray",
                  "stroke-dashoffset", "text-anchor", "dominant-baseline", "alignment-baseline",
                  "clip-rule", "stop-color", "stop-opacity", "marker", "shape-rendering"}
SVG_WARNING = re.compile(r"Ignored `(?P<name>[a-z-]+):.*`.*unknown property")


def relevant(message: str) -> bool:
    match = SVG_WARNING.match(message)
    return not (match and match["name"] in SVG_PROPERTIES)


def render(html: str, base: Path, pdf: Path) -> list[str]:
    """Write the PDF; return WeasyPrint's warnings (a CSS rule it ignored, a font it lacked...)."""
    import logging
    messages: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record):
            if relevant(record.getMessage()):
                messages.append(record.getMessage())
    handler = Collect(level=logging.WARNING)
    logger = logging.getLogger("weasyprint")
    logger.addHandler(handler)
    try:
        document = HTML(string=html, base_url=str(base))
        pdf.parent.mkdir(parents=True, exist_ok=True)
        document.write_pdf(str(pdf), pdf_tags=True, uncompressed_pdf=False)
    finally:
        logger.removeHandler(handler)
    return messages
