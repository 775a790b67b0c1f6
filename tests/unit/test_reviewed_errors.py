"""The errors a reviewer named in issue 12, each shown corrected in the apparatus or flagged with
an editor's note that cites a source meeting the source policy; and the chronology agreeing with
the notes on its passages (edition/data/checks.py: AgreesWithNotes)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, load_yaml
from edition.check.policy import refusal, refused_hosts
from edition.chapter import read_chapter
from test_data_validation import messages, spoil

NOTES = {n["id"]: n for n in load_yaml((ROOT / "data" / "editorial-notes.yml").read_text(encoding="utf-8"))}
SOURCES = {s["key"]: s for s in load_yaml((ROOT / "data" / "editorial-sources.yml").read_text(encoding="utf-8"))}
REFUSED, _ = refused_hosts(ROOT)


def rows(name: str) -> dict[str, dict]:
    with open(ROOT / "data" / name, encoding="utf-8", newline="") as handle:
        reader = list(csv.DictReader(handle))
    key = reader and next(iter(reader[0]))
    return {row[key]: row for row in reader}


def cited(note_id: str) -> list[str]:
    """The note's sources that are works of data/editorial-sources.yml (not 'internal', not 'unsourced')."""
    return [k for k in NOTES[note_id]["sources"] if k in SOURCES]


# (what the reviewer reported, note id, words the note must now say, words it must no longer say)
CORRECTED_NOTES = [
    ("K23: the secret speech was released on 4 June 1956, not 'within weeks'", "K23", ["4 June 1956"],
     ["within weeks"]),
    ("Z12: the July 1985 agreements were signed by Yao Yilin, not Li Peng", "Z12", ["Yao Yilin", "10 July 1985"],
     ["to sign an economic pact"]),
    ("Z11: a list of three speakers, not Shevardnadze as defence minister", "Z11", ["three speakers"],
     ["Sokolov"]),
    ("Z23 / ev-159: Deng received Shevardnadze on 4 February, in Shanghai", "Z23", ["4 February", "Shanghai"], []),
    ("K21: 'by 1966' for Khrushchev and Mao; Khrushchev fell in October 1964", "K21", ["October 1964"], []),
]


@pytest.mark.parametrize("report, note_id, says, no_longer", CORRECTED_NOTES, ids=[c[1] for c in CORRECTED_NOTES])
def test_reported_notes_are_corrected_and_sourced(report, note_id, says, no_longer):
    text = NOTES[note_id]["text"]
    assert all(words in text for words in says), report
    assert not any(words in text for words in no_longer), report
    if note_id != "Z11":  # Z11 now rests on the text itself: it reads the sentence, it adds no fact
        assert cited(note_id), report


# (the unflagged error, chapter, a passage of it, the note that now flags it)
FLAGGED = [
    ("the secret speech 'declared Joseph Stalin as a criminal'", "khrushchev-essay", "declared Joseph Stalin as a criminal",
     "K34"),
    ("'détente' for the 1950s", "khrushchev-essay", "the period of détente with Eisenhower", "K30"),
    ("Eisenhower 'took office and watched ... destalinisation'", "khrushchev-essay", "took office and watched", "K31"),
    ("'turned a blind eye' to Hungary", "khrushchev-essay", "turn a blind eye", "K32"),
    ("Mao opposing the 1955 Yugoslav rapprochement", "khrushchev-essay", "Mao expressed opposition", "K33"),
    ("'by 1966' for Khrushchev and Mao", "khrushchev-essay", "by the year of 1966", "K21"),
    ("the United Front as the counterpart of Socialism in One Country", "wikipedia-survey",
     "The foreign policy counterpart", "W18"),
    ("Japan among the states on the Soviet southern border", "wikipedia-survey", "and Japan", "W19"),
    ("the KGB 'famous for its effectiveness'", "wikipedia-survey", "famous for its effectiveness", "W20"),
    ("Reagan 'in June' in Moscow (29 May 1988)", "zubok-1980s", "In June Ronald Reagan came to Moscow", "Z40"),
    ("the Congress of People's Deputies as a response to Tbilisi (its elections were in March 1989)", "zubok-1980s",
     "he introduced a system of political representation", "Z41"),
    ("'German Unification' for German Reunification: A Multinational History", "zubok-1980s",
     "German Unification: A Multinational History", "Z42"),
    ("the Afghan and Mongolian withdrawals dated to the end of 1988 (Geneva, April 1988; Mongolia from 1987)",
     "zubok-1980s", "After three years of delays, Gorbachev finally decided to", "Z43"),
    ("Hanoi's September 1989 pledge, conditional until 5 April 1989", "zubok-1980s",
     "Hanoi announced withdrawal of Vietnamese troops from Cambodia by September 1989", "Z44"),
    ("the Western rejection dated to 'Spring of 1991' (the G7 in London, 17 July 1991)", "zubok-1980s",
     "And in Spring of 1991, when the Soviet leader", "Z45"),
]


@pytest.mark.parametrize("report, chapter, passage, note_id", FLAGGED, ids=[f[3] for f in FLAGGED])
def test_unflagged_errors_now_carry_a_note_marked_in_the_chapter(report, chapter, passage, note_id):
    note = NOTES[note_id]
    assert note["chapter"] == chapter and (passage in note["anchor"] or note["anchor"] in passage), report
    blocks = [b for b in read_chapter(ROOT / "book" / f"{chapter}.md").all_blocks()
              if any(p.content.strip() == note_id for p in b.markers("ednote"))]
    assert len(blocks) == 1, f"{note_id} is marked once in book/{chapter}.md"
    for key in cited(note_id):
        assert refusal(SOURCES[key].get("url", ""), REFUSED) is None
    assert cited(note_id) or note["sources"] == ["internal"], report


# Notes whose sources the reviewer found weak or missing: (note id, source it no longer rests on).
RESOURCED = [("W13", "Estonica-MolotovRibbentropPact"), ("W11", "RadioPrague2013-Munich"),
             ("K26", "Politico2017-OpenSkies"), ("Z19", "Macleans1989-FiresOfDiscontent"),
             ("W10", "unsourced"), ("W16", "unsourced"), ("C3", "unsourced")]


@pytest.mark.parametrize("note_id, dropped", RESOURCED, ids=[r[0] for r in RESOURCED])
def test_weak_or_missing_sources_are_replaced(note_id, dropped):
    sources = NOTES[note_id]["sources"]
    assert dropped not in sources and "unsourced" not in sources
    assert cited(note_id) or all(s.startswith("chapter:") for s in sources)
    for key in cited(note_id):
        assert refusal(SOURCES[key].get("url", ""), REFUSED) is None


def test_w13_gives_the_protocol_as_signed_lithuania_at_first_german():
    text = NOTES["W13"]["text"]
    assert "Finland, Estonia and Latvia" in text and "the Baltic countries" not in text


def test_the_misspelt_contributor_is_emended():
    text = (ROOT / "book" / "zubok-1980s.md").read_text(encoding="utf-8")
    assert "{emend}`McGuire|McGuier|misspelling:" in text


def test_glossary_and_index_rows_the_reviewer_named():
    glossary = {row["term"]: row for row in csv.DictReader(open(ROOT / "data" / "glossary.csv", encoding="utf-8"))}
    four = glossary["Four Modernizations"]["definition"]
    # First unveiled in Zhou's report to the Third NPC, December 1964 (Encyclopedia of Modern China); no
    # source of standing found for the earlier "1963" this test once asked for.
    assert "December 1964" in four and "1975" in four and "December 1978" in four and "launched in China under Deng" not in four
    maoism = glossary["Maoism"]["definition"]
    assert "until Deng Xiaoping's reforms" not in maoism
    afghanistan = rows("entities.csv")["afghanistan"]["identification"]
    assert all(ssr in afghanistan for ssr in ("Turkmen", "Uzbek", "Tajik"))


def test_the_zubok_headnote_calls_the_supplied_word_a_conjecture():
    text = (ROOT / "book" / "zubok-1980s.md").read_text(encoding="utf-8")
    assert '"Tiananman" and "2.4 rubles", are corrected' not in text
    assert "supplied as a conjecture" in text
    assert "{emend}`billion rubles|rubles|conjecture:" in text


# The chronology rows the reviewer named: the text's date kept, the note's date recorded beside it.
CHRONOLOGY = [("ev-016", "1954", "K17"), ("ev-017", "1954", "K19"), ("ev-098", "1986-07-29", "Z9"),
              ("ev-113", "1987-05-10", "Z13"), ("ev-142", "1988-06", "Z40"), ("ev-159", "1989-02-02", "Z23")]


@pytest.mark.parametrize("row_id, text_date, note_id", CHRONOLOGY, ids=[c[0] for c in CHRONOLOGY])
def test_chronology_rows_record_the_text_and_the_correction(row_id, text_date, note_id):
    row = rows("chronology.csv")[row_id]
    note = NOTES[note_id]
    assert row["date"] == text_date and row["corrected_by"] == note_id
    assert row["corrected_date"] and row["corrected_date"] != row["date"]
    if note.get("corrects_date"):
        assert row["corrected_date"] == note["corrects_date"]
    assert "in Beijing" not in row["event"]


def test_every_row_in_the_passage_of_a_dating_note_agrees_or_says_so():
    chronology = rows("chronology.csv").values()
    for note_id, note in NOTES.items():
        if not note.get("corrects_date"):
            continue
        for row in chronology:
            if row["chapter"] == note["chapter"] and note["anchor"] in row["quote"]:
                assert row["date"] == note["corrects_date"] or row["corrected_by"], (note_id, row["id"])


def test_a_row_that_contradicts_its_note_without_saying_so_is_reported(tmp_path):
    path, lines = spoil(tmp_path, "chronology", {("ev-098", "corrected_date"): "", ("ev-098", "corrected_by"): ""})
    found = messages("chronology", path)
    assert len(found) == 1 and found[0].startswith(f'{path}:{lines["ev-098"]}: column "date": 1986-07-29 '
                                                   "contradicts editor's note Z9 on the same passage, which gives "
                                                   "1986-07-28"), found


def test_a_correction_that_differs_from_its_note_is_reported(tmp_path):
    path, lines = spoil(tmp_path, "chronology", {("ev-098", "corrected_date"): "1986-07-27",
                                                 ("ev-113", "corrected_by"): "Q99"})
    found = messages("chronology", path)
    assert any(m.startswith(f'{path}:{lines["ev-098"]}: column "corrected_date": 1986-07-27 is not the date '
                            "editor's note Z9 gives (1986-07-28") for m in found), found
    assert any(m.startswith(f'{path}:{lines["ev-113"]}: column "corrected_by": no editor\'s note "Q99"')
               for m in found), found
