"""The editorial apparatus: headnotes, emendations, editor's notes, index, glossary, sources."""

from __future__ import annotations

import re

import pytest
import yaml

from conftest import ROOT, SLUGS, load_yaml
from edition.entities import read_entities


@pytest.mark.parametrize("slug", SLUGS)
def test_every_chapter_has_a_headnote_with_its_rights_and_a_record_with_the_statement(slug, built_html):
    """The headnote says the rights in one line (the status and the decision, data/rights.yml);
    the source record quotes the statement in full."""
    html = (built_html / "book" / f"{slug}.html").read_text(encoding="utf-8")
    assert '<div class="headnote docutils container" id="headnote">' in html
    meta = load_yaml((ROOT / "data" / "sources" / f"{slug}.yml").read_text(encoding="utf-8"))
    table = load_yaml((ROOT / "data" / "rights.yml").read_text(encoding="utf-8"))
    headnote = html[html.index('id="headnote"'):html.index('id="cite-this"')]
    assert f"<strong>Rights:</strong> {table['statuses'][meta['rights_status']]['short']}" in headnote
    first_line = meta["rights"].strip().split("\n")[0]
    assert first_line.split(".")[0] not in headnote, "the statement itself is in the source record"
    record = html[html.index('class="source-record'):]
    assert first_line.replace("(", "").split(".")[0] in record.replace("(", "")


def test_names_are_consistent_across_texts(built_html):
    """Molotov is one entry however spelled; every occurrence links to it."""
    molotov = next(e for e in read_entities(ROOT) if "Molotov" in e.name)
    assert {"Viacheslav Molotov", "Vyacheslav Molotov"} <= set(molotov.variants)
    index = (built_html / "book" / "index-of-names.html").read_text(encoding="utf-8")
    entry = index[index.index(f'id="ix-{molotov.id}"'):]
    entry = entry[: entry.index("</dd>")]
    assert "sino-soviet-1953.html#p-" in entry and "wikipedia-survey.html#p-" in entry


def test_built_chapters_show_the_apparatus(built_html):
    html = (built_html / "book" / "zubok-1980s.html").read_text(encoding="utf-8")
    emendation = re.search(r'<span class="emendation" id="em-(\d+)" tabindex="0" aria-describedby="em-\1-source">'
                           r'billion rubles<span class="emendation-original" role="tooltip" id="em-\1-source">'
                           r' \(source reads: “rubles”\)</span></span>', html)
    assert emendation
    assert f'<a class="reference internal" href="#em-{emendation.group(1)}">' in html  # apparatus table row
    refs = re.findall(r'<sup class="editorial-note-ref"><a href="#ed-(Z\d+)" id="edref-\1"[^>]*>Ed\. (\d+)</a>', html)
    assert [int(n) for _, n in refs] == list(range(1, len(refs) + 1))
    for note_id, _ in refs:
        assert f'id="ed-{note_id}"' in html and f'href="#edref-{note_id}"' in html


def test_cross_references_link_existing_passages(built_html):
    for slug in ("wikipedia-survey", "country-study-1920s"):
        html = (built_html / "book" / f"{slug}.html").read_text(encoding="utf-8")
        assert "see also, on Treaty of Rapallo, 1922" in html
        for target_page, anchor in re.findall(r'class="cross-reference[^"]*".*?href="([\w-]+)\.html#([\w-]+)"', html):
            target = (built_html / "book" / f"{target_page}.html").read_text(encoding="utf-8")
            assert f'id="{anchor}"' in target
