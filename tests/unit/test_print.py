"""The printed book (`make pdf`), read with poppler's tools as a reader's software reads it:
its text layer (pdftotext), fonts (pdffonts), outline and links (pdftohtml), metadata (pdfinfo)
and rendered pages (pdftoppm). What it must hold comes from the project (the catalogue, the
chapter model, the toc, the built web pages, the print stylesheet), never from a list here."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("style, family, expected", [
    ("font-size: 9px; font-family: 'DejaVu Sans', Arial", '"Face"', 'font-size: 9px; font-family: "Face"'),
    ("fill: #000", '"Face"', 'fill: #000; font-family: "Face"'),
    ("FONT-FAMILY: x; fill: none", "y", "fill: none; font-family: y"),
])
def test_a_charts_lettering_takes_the_books_face(style, family, expected):
    from edition.pdf.assemble import with_font  # BeautifulSoup and tinycss2: imported where it is tested

    assert with_font(style, family) == expected
