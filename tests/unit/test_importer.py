"""The importer on the real sources: deterministic, structured, never overwriting edits."""

from __future__ import annotations

import re
import shutil

import pytest

from conftest import ROOT, SLUGS, chapter_text, run_edition
from edition.importer import import_source, write_import
from edition.chapter import read_chapter, reading_tokens, tokens
from edition.chapter.write import note_call
from edition.notestyles import form
from edition.render import inline_to_myst

SOURCES = ROOT / "data" / "sources"


@pytest.mark.parametrize("slug", SLUGS)
def test_import_is_deterministic_and_the_record_is_current(slug):
    first = import_source(SOURCES / f"{slug}.txt")
    second = import_source(SOURCES / f"{slug}.txt")
    assert first.chapter == second.chapter
    assert first.record.to_yaml() == second.record.to_yaml()
    committed = (ROOT / "data" / "changes" / f"{slug}.yml").read_text(encoding="utf-8")
    assert committed == first.record.to_yaml(), "data/changes is stale: run `make import`"


HEADINGS = {
    "zubok-1980s": ["Normalization within geopolitical realities",
                    'Gorbachev and China: "No Jumping over the Obstacles"',
                    "Economic Reforms: Divergent Tracks", "One Summit, Two Crises.", "Conclusion"],
    "khrushchev-essay": ["Nikita S. Khrushchev and Mao Zedong", "Nikita S. Khrushchev and Dwight D. Eisenhower"],
    "wikipedia-survey": ["Ideology and objectives of Soviet foreign policy", "Before World War II",
                         "The aftermath of World War II", "The 1970s onwards", "Gorbachev and after",
                         "ee also", "External links"],
    "country-study-1920s": [],
    "sino-soviet-1953": [],
}
TITLES = {
    "zubok-1980s": "The Soviet Union and China in the 1980s: Reconciliation and Divorce[^1]",
    "khrushchev-essay": "Nikita S. Khrushchev: The Making and Unmaking of Foreign Relations",
    "wikipedia-survey": "Foreign relations of the Soviet Union",
    "country-study-1920s": "Foreign Policy, 1921-28",
    "sino-soviet-1953": "{edtitle}`Sino-Soviet Relations after Stalin, 1953–1954: An Unattributed Excerpt`",
}


@pytest.mark.parametrize("slug", SLUGS)
def test_title_and_headings_with_stable_labels(slug):
    """Against the titles and headings read off each source by hand; a text added since, against
    its committed chapter (the import is stable)."""
    fresh = import_source(SOURCES / f"{slug}.txt").chapter
    committed = (ROOT / "book" / f"{slug}.md").read_text(encoding="utf-8")
    headings = re.findall(r"^\(([\w-]+)\)=\n## (.*)$", fresh, re.M)
    if slug in TITLES:
        assert re.findall(r"^# (.*)$", fresh, re.M) == [TITLES[slug]]
        assert [h.replace("\\", "") for _, h in headings] == HEADINGS[slug]
    else:
        assert re.findall(r"^# (.*)$", fresh, re.M) == re.findall(r"^# (.*)$", committed, re.M)
        assert headings == re.findall(r"^\(([\w-]+)\)=\n## (.*)$", committed, re.M)
    assert all(label.startswith(f"{slug}-") for label, _ in headings)


@pytest.mark.parametrize("before, after", [
    ("In early", "1982 a good moment came up"),                  # cut by a page break and note 9
    ("the hard-working Chinese colleagues and the enormous", "potential of China"),  # page break, no notes
    ("a rapprochement against the", "United States. Gorbachev was frustrated."),  # not a heading
    ("organized in hundreds of state-run", "corporations"),     # hyphen at the break kept, no space
    ('turned into a "rat-hole"', "for foreign money."),
])
def test_zubok_paragraphs_rejoined_across_page_breaks(before, after):
    assert f"{before} {after}" in chapter_text("zubok-1980s") or f"{before}{after}" in chapter_text("zubok-1980s")


def test_zubok_byline_kept_as_its_own_paragraph_after_the_title():
    text = chapter_text("zubok-1980s")
    assert "{#p-1}\nVladislav Zubok LSE\n" in text


@pytest.mark.parametrize("slug, junk", [
    ("zubok-1980s", "LSE has developed LSE Research Online"),
    ("zubok-1980s", "Original citation:"),
    ("country-study-1920s", "Country Listing"),
    ("country-study-1920s", "Table of Contents"),
    ("wikipedia-survey", "Look at other dictionaries"),
    ("wikipedia-survey", "Foreign relations of the Holy See"),
])
def test_capture_junk_is_out_of_the_reading_text_and_recorded(slug, junk):
    """Out of the source's text as the chapter gives it (the headnote may describe it)."""
    body, notes = reading_tokens(read_chapter(ROOT / "book" / f"{slug}.md"))
    spoken = " ".join(t.text for t in body + [t for note in notes.values() for t in note])
    assert " ".join(t.text for t in tokens(junk, 0)) not in spoken
    record = (ROOT / "data" / "changes" / f"{slug}.yml").read_text(encoding="utf-8")
    assert junk.strip("\n") in record


@pytest.mark.parametrize("slug, markup", [
    ("sino-soviet-1953", "\n|\n"),  # separator lines
    ("zubok-1980s", "<u>"),           # the converter's underline tags
    ("zubok-1980s", "^{1995),}"),     # the converter's superscript wrapper
    ("wikipedia-survey", "[ Soviet Union]"),  # link brackets whose target was lost
])
def test_converter_markup_is_gone_from_the_chapter_and_recorded(slug, markup):
    assert markup not in chapter_text(slug)
    record = (ROOT / "data" / "changes" / f"{slug}.yml").read_text(encoding="utf-8")
    assert markup.strip("\n") in record


def test_excerpt_gaps_are_marked():
    text = chapter_text("sino-soviet-1953")
    assert text.count("{gap}`[…]`") == 2
    assert "{gap}`[…]` cooperation had to aim" in text
    assert re.search(r"On May 15 Mikoyan and Li signed an(\{ednote\}`\w+`)? \{gap\}`\[…\]`\n", text)


def test_reimport_never_overwrites_an_edited_chapter(tmp_path):
    imported = import_source(SOURCES / "country-study-1920s.txt")
    book, changes, staging = tmp_path / "book", tmp_path / "changes", tmp_path / "staging"
    write_import(imported, book, changes, staging)
    chapter = book / "country-study-1920s.md"
    edited = chapter.read_text(encoding="utf-8").replace("Lenin, ever the practical", "Lenin, ever the practical")
    edited += "\n% an editor's comment\n"
    chapter.write_text(edited, encoding="utf-8")
    messages = write_import(imported, book, changes, staging)
    assert chapter.read_text(encoding="utf-8") == edited
    assert "not overwritten" in messages[0]
    assert (staging / "country-study-1920s.md").read_text(encoding="utf-8") == imported.chapter
    assert any(line.startswith("-% an editor's comment") for line in messages)


def test_cli_reimport_of_committed_chapters_is_safe(tmp_path):
    """`make import` on the project never loses editorial work, whatever the chapters hold."""
    out = tmp_path / "project"
    shutil.copytree(ROOT / "book", out / "book")
    before = {p.name: p.read_text(encoding="utf-8") for p in (out / "book").glob("*.md")}
    result = run_edition("import", "--out", str(out))
    assert result.returncode in (0, 1)
    after = {p.name: p.read_text(encoding="utf-8") for p in (out / "book").glob("*.md")}
    assert before == after


@pytest.mark.parametrize("name, text", [
    ("superscript", "the deed of society²¹ places"),
    ("bracket", "the deed of society[21] places"),
    ("paren", "the deed of society(21) places"),  # glued to its word, as the form requires
    ("caret", "the deed of society^21 places"),
])
def test_every_call_form_becomes_a_note_call_in_the_text(name, text):
    rendered = inline_to_myst(text, 1, [], form(name))
    assert note_call(21) in rendered and "21" not in rendered.replace(note_call(21), "")

