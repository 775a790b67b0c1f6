"""Citing the edition: exact citation strings, meta tags, downloads, and the cite box in a browser."""

from __future__ import annotations

import yaml

from conftest import ROOT, load_yaml


def base_url() -> str:
    config = load_yaml((ROOT / "_config.yml").read_text(encoding="utf-8"))
    return ((config.get("html") or {}).get("baseurl") or config["sphinx"]["config"].get("html_baseurl") or "")


EXPECTED = load_yaml((ROOT / "tests" / "data" / "expected-citations.yml").read_text(encoding="utf-8"))


def url(slug: str) -> str:
    page = "index" if slug == "edition" else slug
    return f"{base_url().rstrip('/')}/book/{page}.html" if base_url() else ""


def test_copy_button_copies_exactly_the_citation(page, site):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(f"{site}/book/zubok-1980s.html")
    page.click("details#cite-this > summary")
    page.click('button[data-copy="cite-chicago-note"]')
    copied = page.evaluate("navigator.clipboard.readText()")
    if not base_url():
        assert copied == EXPECTED["zubok-1980s"]["cite-chicago-note"]
    assert copied.startswith("Vladislav Zubok, “The Soviet Union and China in the 1980s") and "PARANUM" not in copied


def test_a_paragraph_is_cited_from_its_margin_number(page, site):
    page.goto(f"{site}/book/zubok-1980s.html")
    page.click("#p-14 > a.para-num")
    panel = page.locator("#cite-paragraph")
    assert panel.is_visible()
    text = panel.locator("#cite-paragraph-chicago").inner_text()
    assert text.startswith("Vladislav Zubok, “The Soviet Union and China in the 1980s")
    assert "para. 14" in text and "PARANUM" not in panel.inner_text()
    assert panel.locator("#cite-paragraph-mla").inner_text() == "(Zubok, par. 14)"
    assert panel.locator("#cite-paragraph-apa").inner_text() == "(Zubok, 2017/2026, para. 14)"
    if base_url():
        assert f"{url('zubok-1980s')}#p-14" in text


def test_a_note_is_cited_from_under_it(page, site):
    page.goto(f"{site}/book/zubok-1980s.html")
    page.click("#fn-37 button.cite-note")
    panel = page.locator("#fn-37 #cite-note")
    assert panel.is_visible()
    text = panel.locator("#cite-note-chicago").inner_text()
    assert text.startswith("Vladislav Zubok, “The Soviet Union and China in the 1980s") and "n. 37" in text
    assert "NOTENUM" not in panel.inner_text()
    assert panel.locator("#cite-note-apa").inner_text() == "(Zubok, 2017/2026, Note 37)"
