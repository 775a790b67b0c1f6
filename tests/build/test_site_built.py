"""The published site (`make site`, edition/site.py) carries in full only the texts whose rights
allow it (data/rights.yml, each text's metadata); the others keep their headnote, apparatus and
data, with the short passages the notes comment on, and a notice that links the lawful copy."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

from conftest import ROOT
from edition.catalogue import read_catalogue
from edition.check.sources import published_in_full
from edition.site import build_site, note_passages, withheld_texts

STATUSES = yaml.safe_load((ROOT / "data" / "rights.yml").read_text(encoding="utf-8"))["statuses"]
TEXTS = {t.slug: t.meta for t in read_catalogue(ROOT).all_texts}


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("’", "'").replace("“", '"').replace("”", '"')).strip()


def sentences(slug: str) -> list[str]:
    text = norm((ROOT / "data" / "sources" / f"{slug}.txt").read_text(encoding="utf-8"))
    return [s for s in re.split(r"(?<=[.!?])\s+", text) if len(s) >= 120]


@pytest.fixture(scope="module")
def site(built_html, tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("site") / "site"
    build_site(built_html, target, ROOT)
    return target


def visible(path: Path) -> str:
    """A page's words as a reader sees them (editor's note calls and paragraph numbers left out)."""
    soup = BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")
    for call in soup.select("sup.editorial-note-ref, a.para-num, span.emendation-original"):
        call.decompose()
    return norm(soup.get_text(""))


def test_the_site_holds_in_full_only_the_texts_the_rights_allow(site, built_html):
    pages = {p: visible(p) for p in site.rglob("*.html")}
    others = [p for p in site.rglob("*") if p.is_file() and p.suffix in {".js", ".txt", ".md", ".ipynb", ".json"}]
    raw = {p: norm(p.read_text(encoding="utf-8", errors="ignore")) for p in others}
    for slug, meta in TEXTS.items():
        page = pages[site / "book" / f"{slug}.html"]
        found = [s for s in sentences(slug) if s[10:110] in page]
        if published_in_full(meta, STATUSES):  # the page as built for study, unchanged
            assert page == visible(built_html / "book" / f"{slug}.html"), slug
            assert found, slug
            continue
        # what remains of a withheld text is what the apparatus quotes, and the repository's own statement
        allowed = [norm(a) for note_id, a in note_passages(ROOT).items()] + [norm(str(meta["rights"]))]
        for sentence in found:
            assert any(sentence[10:110] in a or a in sentence for a in allowed) or "LSE Research Online" in sentence, \
                (slug, sentence[:80])
        assert len(found) <= len(sentences(slug)) // 10, slug
        for where, text in list(pages.items()) + list(raw.items()):
            if where.name != f"{slug}.html":
                assert not [s for s in sentences(slug) if s[10:110] in text], (slug, where)
        assert not list((site / "_sources").rglob(f"{slug}.*"))


def test_a_withheld_chapter_keeps_its_apparatus_anchors_and_the_link_to_the_lawful_copy(site, built_html):
    for slug in withheld_texts(ROOT):
        built = BeautifulSoup((built_html / "book" / f"{slug}.html").read_text(encoding="utf-8"), "lxml")
        page = BeautifulSoup((site / "book" / f"{slug}.html").read_text(encoding="utf-8"), "lxml")
        ids = lambda soup: {t["id"] for t in soup.select("[id^=p-], [id^=fn-], [id^=ed-], [id^=edref-]")}
        assert ids(page) == ids(built), slug
        assert page.select_one("#headnote") and page.select_one("#editorial-notes") is not None
        notice = page.select_one("#rights-notice")
        assert notice is not None and "The text is not published here" in notice.get_text()
        url = (TEXTS[slug].get("lawful_copy") or {}).get("url")
        if url:
            assert notice.find("a", href=url)
    assert not (site / "downloads" / "edition.pdf").exists() and not (site / "downloads" / "edition.epub").exists()
    assert not [p for p in site.rglob("*.html") if 'href="../downloads/edition.pdf"' in p.read_text(encoding="utf-8")]


def test_every_chapter_states_its_rights_and_the_wikipedia_chapter_its_licence_and_attribution(built_html):
    for slug, meta in TEXTS.items():
        record = BeautifulSoup((built_html / "book" / f"{slug}.html").read_text(encoding="utf-8"), "lxml") \
            .select_one(".source-record").get_text(" ")
        assert "Rights status" in record and STATUSES[meta["rights_status"]]["label"].split(" (")[0] in record
        assert "On the published site" in record
    wikipedia = BeautifulSoup((built_html / "book" / "wikipedia-survey.html").read_text(encoding="utf-8"), "lxml")
    record = wikipedia.select_one(".source-record")
    assert record.find("a", href="https://creativecommons.org/licenses/by-sa/3.0/")
    text = norm(record.get_text(" "))
    assert "Wikipedia contributors" in text and "https://en.wikipedia.org/wiki/Foreign_relations_of_the_Soviet_Union" in text
    assert "Licence of this edition's version" in text
