"""The printed book (`make pdf`), read with poppler's tools as a reader's software reads it:
its text layer (pdftotext), fonts (pdffonts), outline and links (pdftohtml), metadata (pdfinfo)
and rendered pages (pdftoppm). What it must hold comes from the project (the catalogue, the
chapter model, the toc, the built web pages, the print stylesheet), never from a list here."""

from __future__ import annotations

import re
import subprocess
import pytest

from conftest import ROOT
from edition.catalogue import read_catalogue
from edition.chapter import read_chapter

CATALOGUE = read_catalogue(ROOT)


def run(*command: str) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


# --- a web page printed from the browser (edition.css's print rules, not the book's PDF) --------


@pytest.mark.parametrize("text", CATALOGUE.texts, ids=CATALOGUE.slugs)
def test_a_web_page_printed_from_the_browser_keeps_every_digit_of_its_paragraph_numbers(page, site, text,
                                                                                        tmp_path):
    page.goto(f"{site}/{text.page}.html")
    printed = tmp_path / "page.pdf"
    printed.write_bytes(page.pdf(format="A4", print_background=False))
    lines = run("pdftotext", "-enc", "UTF-8", str(printed), "-").splitlines()
    found = iter(re.match(r"(\d+) ", line)[1] for line in lines if re.match(r"\d+ ", line))
    expected = [pid.removeprefix("p-") for pid in read_chapter(text.chapter).paragraphs]
    missing = [number for number in expected if number not in found]  # in order: `found` is consumed
    assert missing == []
