"""The data tables themselves: enough rows, every quote in its text, every paragraph in the book,
figures stated rather than computed, and the locate step that ties each row to its paragraph."""

from __future__ import annotations

import csv
import re
import shutil
from pathlib import Path

import pytest

from conftest import ROOT, SLUGS, load_yaml
from edition.data.locate import locate_file
from edition.chapter import normalize, parse_chapter
from edition.data.passages import read_chapter


def plain(markdown: str) -> str:
    """A chapter paragraph's characters as the source has them (the chapter model's reading)."""
    chapter = parse_chapter("# Title\n\n{#p-1}\n" + markdown + "\n", Path("test.md"), "test")
    return normalize(chapter.paragraphs["p-1"].text(emphasis=True))


QUOTING_TABLES = ["chronology", "trade", "shares"]
# Quotes a page break of the PDF capture cut (a block of notes stands between their words):
# they are not one string in the source, but the chapter's reading text holds them.
CUT_BY_A_PAGE_BREAK = {"ev-072", "ev-116", "ev-119", "ev-160"}


def rows(table: str) -> list[dict]:
    with open(ROOT / "data" / f"{table}.csv", newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_the_chronology_has_at_least_150_dated_events_from_the_texts():
    chronology = rows("chronology")
    assert len(chronology) >= 150
    assert {row["chapter"] for row in chronology} <= set(SLUGS)
    assert len({row["chapter"] for row in chronology}) >= 5


@pytest.mark.parametrize("table", QUOTING_TABLES)
def test_every_quote_is_verbatim_in_its_source_or_in_the_chapter_reading_text(table):
    in_reading_text_only, missing = set(), []
    for row in rows(table):
        source = (ROOT / "data" / "sources" / f"{row['chapter']}.txt").read_text(encoding="utf-8")
        if row["quote"] in source:
            continue
        if plain(row["quote"]) in read_chapter(ROOT / "book" / f"{row['chapter']}.md").reading_text():
            in_reading_text_only.add(row["id"])
        else:
            missing.append(row["id"])
    assert missing == []
    assert in_reading_text_only == (CUT_BY_A_PAGE_BREAK if table == "chronology" else set())


def test_a_quote_from_a_footnote_belongs_to_the_paragraph_carrying_its_marker():
    by_id = {row["id"]: row for row in rows("chronology")}
    # Brezhnev's journal, February 15, 1982, is quoted in note 12, whose marker ends paragraph 8.
    assert by_id["ev-075"]["paragraph"] == "p-8"
    assert "[^12]" in (ROOT / "book" / "zubok-1980s.md").read_text(encoding="utf-8").split("{#p-8}")[1].split("{#p-9}")[0]
    # The diary of note 63 (December 1, 1989) belongs to paragraph 47, on the visit of December 1, 1988.
    assert by_id["ev-146"]["paragraph"] == "p-47"


def test_the_data_files_are_utf8_with_unix_line_ends():
    for path in sorted((ROOT / "data").glob("*.csv")):
        if path.name not in {f"{t}.csv" for t in QUOTING_TABLES + ["leaders"]}:
            continue  # tables of other parts of the edition
        raw = path.read_bytes()
        assert b"\r" not in raw, path.name
        assert not raw.startswith(b"\xef\xbb\xbf"), path.name
        raw.decode("utf-8")


def test_every_share_is_stated_by_its_text_not_computed():
    """A percentage is a row only if the text gives it: as digits with %, or in words (noted)."""
    shares = rows("shares")
    assert "sh-008" not in {row["id"] for row in shares}  # 1/3.5 = 28.6%: the editor's sum, not the text's
    for row in shares:
        value = float(row["share_percent"])
        assert f"{value:g}%" in row["quote"] or row["note"].startswith("printed as"), row["id"]


def test_every_trade_figure_is_printed_as_the_row_says():
    for row in rows("trade"):
        assert f"{float(row['value']):g} {row['unit']}" in row["quote"], row["id"]
        if row["editorial"] == "true":
            assert "editor's reading" in row["note"] and row["read_unit"] != row["unit"]
        else:
            assert (row["read_value"], row["read_unit"]) == (row["value"], row["unit"])


def test_the_garbled_1989_figure_is_kept_as_printed_and_read_by_the_editor():
    (peak,) = [row for row in rows("trade") if row["year"] == "1989"]
    assert (peak["value"], peak["unit"]) == ("2.4", "rubles")
    assert (peak["read_value"], peak["read_unit"], peak["editorial"]) == ("2.4", "billion rubles", "true")
    assert "2.4 rubles" in peak["quote"]


def test_two_texts_that_date_chiang_kai_sheks_massacre_differently_are_linked():
    group = [row for row in rows("chronology") if row["discrepancy"] == "d-chiang-massacre"]
    assert sorted((row["chapter"], row["date"]) for row in group) == [
        ("country-study-1920s", "1926"), ("wikipedia-survey", "1927")]


def test_every_leader_row_names_a_listed_source_or_says_it_has_none():
    import yaml
    listed = {s["key"] for s in load_yaml((ROOT / "data" / "data-sources.yml").read_text())["sources"]}
    listed |= {s["key"] for s in load_yaml((ROOT / "data" / "editorial-sources.yml").read_text())}
    for row in rows("leaders"):
        keys = [k.strip() for k in row["source"].split("|")]
        assert keys and set(keys) <= listed | {"unsourced"}, row["name"]


def test_every_sourced_leader_year_is_one_its_sources_state():
    """data/data-sources.yml: "a date in leaders.csv is one these excerpts state". A row that cites
    no `unsourced` must have each year of its tenure in the excerpt, title or dateline of a source."""
    import yaml
    listed = {s["key"]: s for s in load_yaml((ROOT / "data" / "data-sources.yml").read_text())["sources"]}
    listed |= {s["key"]: s for s in load_yaml((ROOT / "data" / "editorial-sources.yml").read_text())}
    for row in rows("leaders"):
        keys = [k.strip() for k in row["source"].split("|")]
        if "unsourced" in keys:
            continue
        stated = " ".join(str(listed[k].get(field, "")) for k in keys for field in ("excerpt", "title", "year"))
        for column in ("start", "end"):
            assert row[column][:4] in stated, (row["name"], column, row[column])


def test_stalins_tenure_as_general_secretary_agrees_in_the_index_and_the_leaders_table():
    (leader,) = [r for r in rows("leaders") if r["name"] == "Stalin, Joseph"]
    (entity,) = [r for r in rows("entities") if r["id"] == "stalin-joseph"]
    stated = re.search(r"General Secretary\D*(\d{4})-(\d{2,4})", entity["identification"])
    assert stated, entity["identification"]
    assert (stated[1], stated[2][-2:]) == (leader["start"][:4], leader["end"][2:4]), (stated[0], leader)
    assert "unsourced" not in entity["source"] and "unsourced" not in leader["source"]


def test_malenkov_is_head_of_government_in_1953_as_note_s2_says():
    """leaders.csv:4 called Malenkov "First Secretary" in March 1953; the title dates from September
    1953 (Khrushchev), and note S2 has Malenkov heading the government until February 1955."""
    malenkov = [row for row in rows("leaders") if row["name"].startswith("Malenkov")]
    assert [(r["office"], r["start"], r["end"]) for r in malenkov] == [
        ("Chairman of the Council of Ministers of the USSR", "1953-03-06", "1955-02")]
    assert not any(r["office"].startswith("First Secretary") and r["start"] < "1953-09" for r in rows("leaders"))


# --- the chapter's paragraphs as plain text -------------------------------------------------


@pytest.mark.parametrize("markdown, text", [
    (r"The speech \[for Tashkent\] is ready", "The speech [for Tashkent] is ready"),
    (r"Working%20Paper\_63.pdf", "Working%20Paper_63.pdf"),
    (r"London \& New York", "London & New York"),
    (r"\*Source: Soviet Union", "*Source: Soviet Union"),
    ("in retrospect that the Soviet Union.[^39] Those tracks\n\n[^39]: A note.",
     "in retrospect that the Soviet Union. Those tracks"),
    ("accessed at [http://globetrotter.berkeley.edu/x.html](<http://globetrotter.berkeley.edu/x.html>);",
     "accessed at http://globetrotter.berkeley.edu/x.html;"),
    ("On May 15 Mikoyan and Li signed an {gap}`[…]`", "On May 15 Mikoyan and Li signed an"),
    ("*khozraschet* of state\nenterprises", "*khozraschet* of state enterprises"),
])
def test_a_chapter_paragraph_reads_as_the_source_characters(markdown, text):
    assert plain(markdown) == text


# --- locate ----------------------------------------------------------------------------------


def blank_paragraphs(source: Path, target: Path) -> None:
    with open(source, newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        fields, table = reader.fieldnames, list(reader)
    with open(target, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows({**row, "paragraph": ""} for row in table)


def test_locate_finds_every_paragraph_and_asks_where_a_quote_is_in_two(tmp_path):
    target = tmp_path / "chronology.csv"
    blank_paragraphs(ROOT / "data" / "chronology.csv", target)
    filled, problems = locate_file(target, ROOT)
    # "Gorbachev to his aides on September 29, 1986" is in note 32 (paragraph 25) and note 60 (44).
    assert [(p.line, p.message) for p in problems] == [
        (112, "the quote is in p-25 and p-44 (or their notes): write the right id by hand"),
        (113, "the quote is in p-25 and p-44 (or their notes): write the right id by hand")]
    located = {row["id"]: row["paragraph"] for row in csv.DictReader(open(target, encoding="utf-8"))}
    committed = {row["id"]: row["paragraph"] for row in rows("chronology")}
    assert filled == len(committed) - 2
    assert {k: v for k, v in committed.items() if located[k] != v} == {"ev-111": "p-25", "ev-112": "p-25"}


@pytest.mark.parametrize("table", QUOTING_TABLES)
def test_locate_leaves_the_committed_tables_as_they_are(tmp_path, table):
    target = tmp_path / f"{table}.csv"
    shutil.copy(ROOT / "data" / f"{table}.csv", target)
    assert locate_file(target, ROOT) == (0, [])
    assert target.read_bytes() == (ROOT / "data" / f"{table}.csv").read_bytes()


def test_locate_adds_the_paragraph_column_after_the_chapter(tmp_path):
    target = tmp_path / "trade.csv"
    with open(ROOT / "data" / "trade.csv", newline="", encoding="utf-8") as handle:
        table = list(csv.DictReader(handle))
    fields = [f for f in table[0] if f != "paragraph"]
    with open(target, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n", extrasaction="ignore")
        writer.writeheader()
        writer.writerows(table)
    assert locate_file(target, ROOT) == (3, [])
    assert target.read_bytes() == (ROOT / "data" / "trade.csv").read_bytes()


def test_locate_explains_a_note_whose_marker_is_outside_the_numbered_paragraphs(tmp_path):
    """Note 1 of Zubok's article hangs on the title: no paragraph carries it."""
    target = tmp_path / "trade.csv"
    text = (ROOT / "data" / "trade.csv").read_text(encoding="utf-8").replace(
        "The volume of Sino-Soviet trade grew impressively from 176.8 million rubles in 1981 to 1.8 billion "
        "rubles in 1986", "This article developed from the paper presented for conference", 1)
    target.write_text(text.replace(",p-40,This article", ",,This article"), encoding="utf-8")
    filled, problems = locate_file(target, ROOT)
    assert (filled, [p.message for p in problems]) == (0, [
        "the quote is in note 1, whose marker [^1] is outside every numbered paragraph of "
        "book/zubok-1980s.md (line 3): write the paragraph id by hand, or quote the text instead"])
