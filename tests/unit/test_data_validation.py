"""One test per validation rule of the data tables: a bad row, and the message it gets.

Each test writes a copy of a real table with one cell spoiled to tmp_path, validates it
against the project (its schemas, chapters and sources) and checks the problem reported:
file, line, column and message. Then: every problem comes out in one run, from the command
line and from the build, without a traceback.
"""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, run_command
from edition.data import dates
from edition.data.validate import validate_table


def spoil(tmp_path: Path, table: str, changes: dict[tuple[str, str], str], source: Path | None = None,
          key: str = "id") -> tuple[Path, dict[str, int]]:
    """A copy of `table` with cells changed ({(row id, column): value}); returns it and the
    line of each row id."""
    source = source or ROOT / "data" / f"{table}.csv"
    with open(source, newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        fields, rows = reader.fieldnames, list(reader)
    for (row_id, column), value in changes.items():
        row = next(r for r in rows if r[key] == row_id)
        row[column] = value
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path = tmp_path / f"{table}.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    return path, {row[key]: number for number, row in enumerate(rows, start=2)}


def messages(table: str, path: Path) -> list[str]:
    return [str(problem) for problem in validate_table(table, path, ROOT)]


def test_the_committed_tables_are_valid():
    for table in ("chronology", "trade", "shares", "leaders"):
        assert validate_table(table, root=ROOT) == [], table


# --- dates ---------------------------------------------------------------------------------


def test_a_date_that_does_not_exist_is_reported(tmp_path):
    path, line = spoil(tmp_path, "chronology", {("ev-005", "date"): "1953-02-30"})
    assert messages("chronology", path) == [
        f'{path}:{line["ev-005"]}: column "date": "1953-02-30" is not a date: February 1953 has no day 30']


def test_a_date_that_is_not_iso_is_reported(tmp_path):
    path, line = spoil(tmp_path, "chronology", {("ev-006", "date"): "May 1953"})
    assert messages("chronology", path) == [
        f'{path}:{line["ev-006"]}: column "date": "May 1953" is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)']


def test_a_date_at_another_precision_than_stated_is_reported(tmp_path):
    path, line = spoil(tmp_path, "chronology", {("ev-010", "date"): "1956-02"})  # precision: year
    assert messages("chronology", path) == [
        f'{path}:{line["ev-010"]}: column "date": "1956-02" is not a date at precision "year" (YYYY)']


def test_a_range_that_ends_before_it_starts_is_reported(tmp_path):
    path, line = spoil(tmp_path, "chronology", {("ev-008", "end_date"): "1950"})  # 1953 to 1964
    assert messages("chronology", path) == [
        f'{path}:{line["ev-008"]}: column "end_date": end_date "1950" is not after date "1953"']


def test_a_decade_that_is_not_a_decade_is_reported(tmp_path):
    path, line = spoil(tmp_path, "chronology", {("ev-011", "date"): "1935"})  # the 1930s
    assert messages("chronology", path) == [
        f'{path}:{line["ev-011"]}: column "date": "1935" is not the first year of a decade (precision "decade": YYY0)']


def test_a_precision_that_is_not_one_is_reported(tmp_path):
    path, line = spoil(tmp_path, "chronology", {("ev-010", "precision"): "century"})
    assert messages("chronology", path) == [
        f'{path}:{line["ev-010"]}: column "precision": "century" is not one of '
        "['day', 'month', 'year', 'decade', 'range']"]


def test_a_leader_date_that_does_not_exist_is_reported(tmp_path):
    path, line = spoil(tmp_path, "leaders", {("Lenin, Vladimir", "start"): "1917-10-32"}, key="name")
    assert messages("leaders", path) == [
        f'{path}:{line["Lenin, Vladimir"]}: column "start": "1917-10-32" is not a date: October 1917 has no day 32']


@pytest.mark.parametrize("text, first, last, precision", [
    ("1986", "1986-01-01", "1986-12-31", "year"),
    ("1986-02", "1986-02-01", "1986-02-28", "month"),
    ("1988-02", "1988-02-01", "1988-02-29", "month"),
    ("1986-07-29", "1986-07-29", "1986-07-29", "day"),
])
def test_dates_parse_to_the_span_they_name(text, first, last, precision):
    start, end, found = dates.parse(text)
    assert (start.isoformat(), end.isoformat(), found) == (first, last, precision)


@pytest.mark.parametrize("text, reason", [
    ("1986-13", "month 13 does not exist"), ("1987-02-29", "February 1987 has no day 29"),
    ("86", "is not an ISO 8601 date"), ("1986/07", "is not an ISO 8601 date"), ("", "is not an ISO 8601 date"),
])
def test_malformed_dates_say_why(text, reason):
    with pytest.raises(ValueError, match=reason):
        dates.parse(text)


# --- numbers -------------------------------------------------------------------------------


def test_a_value_that_is_not_a_number_is_reported(tmp_path):
    path, line = spoil(tmp_path, "trade", {("tr-002", "value"): "1.8 bn"})
    assert messages("trade", path) == [f'{path}:{line["tr-002"]}: column "value": "1.8 bn" is not a number']


def test_a_year_that_is_not_a_whole_number_is_reported(tmp_path):
    path, line = spoil(tmp_path, "trade", {("tr-001", "year"): "1981.5"})
    assert messages("trade", path) == [f'{path}:{line["tr-001"]}: column "year": "1981.5" is not a whole number']


def test_a_share_that_is_not_a_number_is_reported(tmp_path):
    path, line = spoil(tmp_path, "shares", {("sh-004", "share_percent"): "twenty"})
    assert messages("shares", path) == [f'{path}:{line["sh-004"]}: column "share_percent": "twenty" is not a number']


def test_a_share_above_a_hundred_percent_is_reported(tmp_path):
    path, line = spoil(tmp_path, "shares", {("sh-004", "share_percent"): "120"})
    assert messages("shares", path) == [
        f'{path}:{line["sh-004"]}: column "share_percent": "120" is above the maximum 100',
        f'{path}:{line["sh-004"]}: column "share_percent": 120 is not in the quote as printed; a number the text '
        'gives in words needs `printed as "..."` in the note']


def test_an_empty_required_cell_is_reported(tmp_path):
    path, line = spoil(tmp_path, "trade", {("tr-003", "read_value"): ""})
    assert messages("trade", path) == [
        f'{path}:{line["tr-003"]}: column "read_value": is empty, and a value is required']


# --- quotes and paragraphs -----------------------------------------------------------------


def test_a_quote_that_is_not_in_its_source_is_reported(tmp_path):
    path, line = spoil(tmp_path, "chronology", {("ev-069", "quote"): "In March 1982, Brezhnev spoke in Tashkent"})
    assert messages("chronology", path) == [
        f'{path}:{line["ev-069"]}: column "quote": quote does not occur in data/sources/zubok-1980s.txt, nor in '
        'the reading text of book/zubok-1980s.md: "In March 1982, Brezhnev spoke in Tashkent"']


def test_a_quote_in_the_wrong_text_is_reported(tmp_path):
    path, line = spoil(tmp_path, "trade", {("tr-001", "chapter"): "wikipedia-survey"})
    assert messages("trade", path) == [
        f'{path}:{line["tr-001"]}: column "paragraph": paragraph p-40 does not exist in book/wikipedia-survey.md',
        f'{path}:{line["tr-001"]}: column "quote": quote does not occur in data/sources/wikipedia-survey.txt, '
        'nor in the reading text of book/wikipedia-survey.md: "The volume of Sino-Soviet trade grew '
        'impressively from 176.8 millio..."']


def test_a_quote_cut_by_a_page_break_is_found_in_the_reading_text():
    """The source's page break splits "In early | 1982" by a block of notes: the quote is not in
    the source as one string, but the chapter's reading text joins it, and that is valid."""
    source = (ROOT / "data" / "sources" / "zubok-1980s.txt").read_text(encoding="utf-8")
    assert "In early 1982 a good moment came up" not in source
    assert validate_table("chronology", root=ROOT) == []


def test_a_paragraph_that_does_not_exist_is_reported(tmp_path):
    path, line = spoil(tmp_path, "chronology", {("ev-098", "paragraph"): "p-99"})
    assert messages("chronology", path) == [
        f'{path}:{line["ev-098"]}: column "paragraph": paragraph p-99 does not exist in book/zubok-1980s.md']


def test_a_paragraph_that_does_not_hold_the_quote_is_reported(tmp_path):
    path, line = spoil(tmp_path, "trade", {("tr-003", "paragraph"): "p-41"})
    assert messages("trade", path) == [
        f'{path}:{line["tr-003"]}: column "paragraph": paragraph p-41 of book/zubok-1980s.md does not hold the '
        "quote, nor do its notes; p-40 does (python -m edition.data locate)"]


def test_a_paragraph_id_that_is_malformed_is_reported(tmp_path):
    path, line = spoil(tmp_path, "shares", {("sh-001", "paragraph"): "6"})
    assert messages("shares", path) == [
        f'{path}:{line["sh-001"]}: column "paragraph": "6" does not have the form p-[0-9]+']


# --- groups, sources, notes ----------------------------------------------------------------


def test_a_discrepancy_group_of_one_row_is_reported(tmp_path):
    path, line = spoil(tmp_path, "chronology", {("ev-144", "discrepancy"): "d-qian-qichen-visit"})
    assert messages("chronology", path) == [
        f'{path}:{line["ev-144"]}: column "discrepancy": discrepancy group "d-qian-qichen-visit" has this row '
        "only; a discrepancy links two rows or more",
        f'{path}:{line["ev-146"]}: column "discrepancy": discrepancy group "d-qian-qichen-moscow" has this row '
        "only; a discrepancy links two rows or more"]


def test_a_repeated_id_is_reported(tmp_path):
    path, _ = spoil(tmp_path, "trade", {("tr-002", "id"): "tr-001"})  # lines 2 and 3
    assert messages("trade", path) == [
        f'{path}:3: column "id": "tr-001" is not unique: the same as in the line 2']


def test_a_leader_source_not_listed_is_reported(tmp_path):
    path, line = spoil(tmp_path, "leaders", {("Mao Zedong", "source"): "unsourced | my-memory"},
                       key="name")
    assert messages("leaders", path) == [
        f'{path}:{line["Mao Zedong"]}: column "source": source "my-memory" is not a key of data/data-sources.yml or '
        'data/editorial-sources.yml']


def test_a_citation_of_a_note_the_chapter_lacks_is_reported(tmp_path):
    sample = ROOT / "tests" / "data" / "footnote_citations_sample.csv"
    path = tmp_path / "footnote_citations.csv"
    path.write_text(sample.read_text(encoding="utf-8").replace("zubok-1980s,54,", "zubok-1980s,74,"),
                    encoding="utf-8")
    assert messages("footnote_citations", path) == [
        f'{path}:9: column "note": note 74 is not a footnote of book/zubok-1980s.md']


def test_a_citation_table_missing_a_column_is_reported(tmp_path):
    sample = (ROOT / "tests" / "data" / "footnote_citations_sample.csv").read_text(encoding="utf-8")
    path = tmp_path / "footnote_citations.csv"
    rows = [line.rsplit(",", 1)[0] for line in sample.splitlines()]  # drop the last column
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert messages("footnote_citations", path) == [
        f'{path}:1: column "ambiguous": this column is missing from the header']


def test_a_citation_table_may_order_and_add_columns(tmp_path):
    """The bibliography code writes more columns than the notebook reads, in its own order."""
    sample = ROOT / "tests" / "data" / "footnote_citations_sample.csv"
    with open(sample, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    path = tmp_path / "footnote_citations.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, ["chapter", "note", "key", "kind", "form", "pinpoint", "ambiguous", "work",
                                         "reason"], lineterminator="\n")
        writer.writeheader()
        writer.writerows({**row, "reason": ""} for row in rows)
    assert messages("footnote_citations", path) == []


# --- all at once, from the command line and from the build ---------------------------------


def spoiled_project(tmp_path: Path) -> Path:
    """A copy of the project's data and chapters with three bad cells in trade.csv."""
    project = tmp_path / "project"
    shutil.copytree(ROOT / "data", project / "data", ignore=shutil.ignore_patterns("footnote_citations.csv"))
    shutil.copytree(ROOT / "book", project / "book", ignore=shutil.ignore_patterns("*.ipynb"))
    trade = project / "data" / "trade.csv"
    text = trade.read_text(encoding="utf-8")
    text = text.replace("tr-001,1981,176.8,", "tr-001,1981,176.8x,").replace(",p-40,The volume", ",p-4,The volume", 1)
    text = text.replace("tr-003,1989,", "tr-003,198,")
    trade.write_text(text, encoding="utf-8")
    return project


def test_the_command_line_reports_every_problem_at_once(tmp_path):
    """The command's `main` in this process (the validation, its report, its exit code), and the
    module run as a command by a new interpreter (its entry point: `--help`, no validation)."""
    project = spoiled_project(tmp_path)
    entry = subprocess.run([sys.executable, "-m", "edition.data", "--help"], capture_output=True, text=True, cwd=project)
    assert entry.returncode == 0 and "usage: python -m edition.data" in entry.stdout, entry.stderr
    result = run_command("--root", str(project), "check", cwd=project, module="edition.data")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        'data/trade.csv:2: column "paragraph": paragraph p-4 of book/zubok-1980s.md does not hold the quote, '
        "nor do its notes; p-40 does (python -m edition.data locate)",
        'data/trade.csv:2: column "value": "176.8x" is not a number',
        'data/trade.csv:4: column "year": "198" is below the minimum 1900',
        'data/trade.csv:4: column "year": 198 is not in the quote as printed; a number the text gives in '
        'words needs `printed as "..."` in the note',
        "4 problem(s) in chronology, trade, shares, leaders, names."]
