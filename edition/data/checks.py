"""The edition's checks beyond the Table Schemas, as Frictionless checks.

Each yields a cell error naming its column, so that one validation run reports every
problem with file, line and column (see `validate`). They read the chapters, the sources
and the list of web sources of the project at `root`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from contextlib import contextmanager
from pathlib import Path

import attrs
from frictionless import Check, errors

from . import dates
from ..chapter import PARAGRAPH_ID
from .passages import normalize, read_chapter



@attrs.define(kw_only=True, repr=False)
class EditionCellError(errors.CellError):
    type = "edition-cell-error"
    title = "Edition Check Error"
    description = "A cell breaks one of the edition's rules (edition/data/checks.py)."
    template = "{note}"


def cell_error(row, column: str, message: str) -> EditionCellError:
    return EditionCellError.from_row(row, note=message, field_name=column)


# The validation running now (`one_run`): every file its checks read, each read once (a table
# of a hundred rows quoting one chapter parses it once); validity.py keys a table's result on them.
_RUNS: list[dict] = []


@contextmanager
def one_run():
    read: dict = {}
    _RUNS.append(read)
    try:
        yield read
    finally:
        _RUNS.remove(read)


@attrs.define(kw_only=True, repr=False)
class ProjectCheck(Check):
    """A check that reads the project beyond its table: only through the methods below, which
    record what was read (a table's remembered result depends on it)."""

    root: str = "."

    def _read(self, path: Path, read):
        if not _RUNS:
            return read(path)
        run = _RUNS[-1]
        if (path, read) not in run:
            run[path, read] = read(path)
        return run[path, read]

    def chapter(self, slug: str):
        return self._read(Path(self.root) / "book" / f"{slug}.md", _chapter)

    def source_text(self, slug: str) -> str | None:
        return self._read(Path(self.root) / "data" / "sources" / f"{slug}.txt", _text)

    def data_file(self, name: str, list_key: str | None = None):
        from ..datafiles import read_yaml
        return self._read(Path(self.root) / "data" / name, lambda path: read_yaml(path, list_key))


def _chapter(path: Path):
    return read_chapter(path) if path.is_file() else None


def _text(path: Path) -> str | None:
    return path.read_text(encoding="utf-8") if path.is_file() else None


@attrs.define(kw_only=True, repr=False)
class StatedDates(ProjectCheck):
    """`date` / `end_date` are ISO 8601 at the row's `precision`."""

    type = "edition-stated-dates"
    Errors = [EditionCellError]

    def validate_row(self, row):
        if not row["date"] or row["precision"] not in dates.PRECISIONS:
            return  # the schema reports a missing date or an unknown precision
        try:
            dates.check_stated(row["date"], row["precision"], row["end_date"])
        except ValueError as error:
            column, message = error.args
            yield cell_error(row, column, message)


@attrs.define(kw_only=True, repr=False)
class SpanDates(ProjectCheck):
    """`start` and `end` are ISO 8601 dates and the end comes after the start."""

    type = "edition-span-dates"
    Errors = [EditionCellError]

    def validate_row(self, row):
        parsed = {}
        for column in ("start", "end"):
            if row[column]:
                try:
                    parsed[column] = dates.parse(row[column])
                except ValueError as error:
                    yield cell_error(row, column, str(error))
        if len(parsed) == 2 and parsed["end"][1] < parsed["start"][0]:
            yield cell_error(row, "end", f'end "{row["end"]}" is before start "{row["start"]}"')


@attrs.define(kw_only=True, repr=False)
class QuoteInSource(ProjectCheck):
    """`quote` occurs verbatim in data/sources/<chapter>.txt, or (a page break cut it) in the
    chapter's reading text."""

    type = "edition-quote-in-source"
    Errors = [EditionCellError]

    def validate_row(self, row):
        slug, quote = row["chapter"], row["quote"]
        if not slug or not quote:
            return
        source, chapter = self.source_text(slug), self.chapter(slug)
        if source is None or chapter is None:
            missing = f"data/sources/{slug}.txt" if source is None else f"book/{slug}.md"
            yield cell_error(row, "chapter", f'no text "{slug}": {missing} does not exist')
            return
        if quote in source or normalize(quote) in chapter.reading_text():
            return
        shown = quote if len(quote) <= 70 else quote[:67] + "..."
        yield cell_error(row, "quote", f'quote does not occur in data/sources/{slug}.txt, nor in the '
                                       f'reading text of book/{slug}.md: "{shown}"')


@attrs.define(kw_only=True, repr=False)
class ParagraphHoldsQuote(ProjectCheck):
    """`paragraph` is a paragraph id of the chapter, and that paragraph (or one of its notes)
    holds the quote."""

    type = "edition-paragraph-holds-quote"
    Errors = [EditionCellError]

    def validate_row(self, row):
        slug, paragraph_id, quote = row["chapter"], row["paragraph"], row["quote"]
        chapter = self.chapter(slug) if slug else None
        if not paragraph_id or not PARAGRAPH_ID.match(paragraph_id) or chapter is None:
            return  # the schema reports a malformed id
        if paragraph_id not in chapter.paragraphs:
            yield cell_error(row, "paragraph", f"paragraph {paragraph_id} does not exist in book/{slug}.md")
            return
        if not quote:
            return
        holders = sorted({p.id for p, _ in chapter.holding(quote)}, key=lambda i: int(i[2:]))
        if holders and paragraph_id not in holders:
            yield cell_error(row, "paragraph", f"paragraph {paragraph_id} of book/{slug}.md does not hold the "
                                               f"quote, nor do its notes; {', '.join(holders)} does "
                                               "(python -m edition.data locate)")


@attrs.define(kw_only=True, repr=False)
class DiscrepancyGroups(ProjectCheck):
    """Rows sharing a `discrepancy` id date one event differently: a group has two rows or more."""

    type = "edition-discrepancy-groups"
    Errors = [EditionCellError]

    def validate_start(self):
        self.groups = defaultdict(list)
        yield from []

    def validate_row(self, row):
        if row["discrepancy"]:
            self.groups[row["discrepancy"]].append(row)
        yield from []

    def validate_end(self):
        for group, rows in self.groups.items():
            if len(rows) < 2:
                yield cell_error(rows[0], "discrepancy", f'discrepancy group "{group}" has this row only; '
                                                         "a discrepancy links two rows or more")


@attrs.define(kw_only=True, repr=False)
class SourcesListed(ProjectCheck):
    """Every key in `source` ("a | b") is a source of data/data-sources.yml or data/editorial-sources.yml,
    or `unsourced` (no source that meets the source policy yet)."""

    type = "edition-sources-listed"
    Errors = [EditionCellError]

    def validate_start(self):
        from ..datafiles import EDITORIAL_SOURCE_FILES
        self.keys = {"unsourced"}
        for name, list_key in EDITORIAL_SOURCE_FILES:
            record = self.data_file(name, list_key)
            # an unreadable listing is reported as such (edition check); its keys are then not judged
            if record.problems:
                self.keys = None
                break
            self.keys |= {str(e.data.get("key")) for e in record.entries}
        yield from []

    def validate_row(self, row):
        for key in (k.strip() for k in (row["source"] or "").split("|")):
            if key and self.keys is not None and key not in self.keys:
                yield cell_error(row, "source", f'source "{key}" is not a key of data/data-sources.yml or '
                                                 "data/editorial-sources.yml")


@attrs.define(kw_only=True, repr=False)
class NoteOfChapter(ProjectCheck):
    """`note` is a footnote of the chapter."""

    type = "edition-note-of-chapter"
    Errors = [EditionCellError]

    def validate_row(self, row):
        slug, note = row["chapter"], row["note"]
        if not slug or not note:
            return
        chapter = self.chapter(slug)
        if chapter is None:
            yield cell_error(row, "chapter", f'no chapter "{slug}": book/{slug}.md does not exist')
        elif note not in chapter.notes:
            yield cell_error(row, "note", f"note {note} is not a footnote of book/{slug}.md")


NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "twenty": 20, "fifty": 50, "hundred": 100, "half": 50, "third": 33.3,
                "quarter": 25}
PRINTED_AS = re.compile(r'printed as "([^"]+)"')


def printed_forms(value: str) -> list[str]:
    """How a number may stand in a quote: "176.8" as 176.8; "7" also as "seven"."""
    forms = [value]
    if re.fullmatch(r"-?\d+\.0+", value):
        forms.append(value.split(".")[0])
    return forms


def says_number(words: str, value) -> bool:
    """Printed words that give `value`: its digits, or number words ("seven", "one third")."""
    text = format(value, "g") if isinstance(value, float) else str(value)
    if number_in(words, text):
        return True
    named = [NUMBER_WORDS[w] for w in re.findall(r"[a-z]+", words.lower()) if w in NUMBER_WORDS]
    return any(abs(float(n) - float(value)) < 0.05 for n in named)


def number_in(text: str, value: str) -> bool:
    return any(re.search(rf"(?<![\d.]){re.escape(form)}(?![\d]|\.\d)", text) for form in printed_forms(value))


@attrs.define(kw_only=True, repr=False)
class PrintedNumbers(ProjectCheck):
    """A column marked `printed: true` in the schema holds a number as the quote prints it: it
    stands in the quote, or the row's `note` says `printed as "..."` with words the quote holds.
    A column `reading_of: X` (the editor's reading of X) equals X unless `editorial` is true and
    the note gives the reason."""

    type = "edition-printed-numbers"
    Errors = [EditionCellError]
    table: str = ""

    def validate_start(self):  # the table's own schema: part of its key already
        from .schema import tables
        fields = tables(Path(self.root))[self.table].fields
        self.printed = [f["name"] for f in fields if f.get("printed")]
        self.readings = {f["name"]: f["reading_of"] for f in fields if f.get("reading_of")}
        yield from []

    def validate_row(self, row):
        quote, note = str(row["quote"] or ""), str(row.get("note") or "")
        said = PRINTED_AS.findall(note)
        for column in self.printed:
            value = row[column]
            if value is None or value == "":
                continue
            text = format(value, "g") if isinstance(value, float) else str(value)
            if number_in(quote, text):
                continue
            if any(words in quote and says_number(words, value) for words in said):
                continue
            yield cell_error(row, column, f'{text} is not in the quote as printed; a number the text gives in '
                                          'words needs `printed as "..."` in the note')
        for column, of in self.readings.items():
            if row[column] is None or row[of] is None or row[column] == row[of]:
                continue
            if not row.get("editorial") or not note.strip():
                yield cell_error(row, column, f"{row[column]} differs from the printed {of} {row[of]}: an "
                                              "editor's reading needs editorial = true and its reason in the note")


# A corrected date: ISO 8601 at year, month or day precision.
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@attrs.define(kw_only=True, repr=False)
class AgreesWithNotes(ProjectCheck):
    """A row agrees with the editor's notes on its passage. A note may state the date it
    establishes (`corrects_date` in data/editorial-notes.yml); a row whose quote holds that
    note's quote (or is held by it) and gives another date must say so: `corrected_by` names
    the note (or another note of its passage) and `corrected_date` the corrected value. A row
    that names a note must name a note of its chapter, and carry the date that note gives."""

    type = "edition-agrees-with-notes"
    Errors = [EditionCellError]

    def validate_start(self):
        record = self.data_file("editorial-notes.yml")
        self.notes = {str(e.data.get("id")): (e.data, e.line) for e in record.entries if e.data.get("id")}
        yield from []

    def validate_row(self, row):
        corrected_by, corrected_date = row.get("corrected_by"), row.get("corrected_date")
        quote = normalize(row["quote"] or "")
        if corrected_date and not ISO_DATE.match(corrected_date):
            yield cell_error(row, "corrected_date", f'"{corrected_date}" is not an ISO 8601 date (YYYY, YYYY-MM or '
                                                    "YYYY-MM-DD)")
        if bool(corrected_by) != bool(corrected_date):
            missing = "corrected_date" if corrected_by else "corrected_by"
            yield cell_error(row, missing, "a correction needs both corrected_date and corrected_by (the editor's "
                                           "note that corrects the row)")
        if corrected_by:
            named = self.notes.get(corrected_by)
            if named is None or named[0].get("chapter") != row["chapter"]:
                yield cell_error(row, "corrected_by", f'no editor\'s note "{corrected_by}" of {row["chapter"]} in '
                                                      "data/editorial-notes.yml")
            elif named[0].get("corrects_date") and corrected_date and \
                    str(named[0]["corrects_date"]) != corrected_date:
                yield cell_error(row, "corrected_date", f'{corrected_date} is not the date editor\'s note '
                                                        f'{corrected_by} gives ({named[0]["corrects_date"]}, '
                                                        f"data/editorial-notes.yml:{named[1]})")
        for note_id, (note, line) in self.notes.items():
            if note.get("chapter") != row["chapter"] or not note.get("corrects_date") or not quote:
                continue
            anchor = normalize(str(note.get("anchor") or ""))
            if not anchor or (anchor not in quote and quote not in anchor):
                continue
            if str(note["corrects_date"]) == row["date"] or corrected_by:
                continue
            yield cell_error(row, "date", f'{row["date"]} contradicts editor\'s note {note_id} on the same passage, '
                                          f'which gives {note["corrects_date"]} (data/editorial-notes.yml:{line}), '
                                          "and the row does not say so: set corrected_date and corrected_by")


def printed(table: str):
    return lambda root: PrintedNumbers(root=root, table=table)


# Which checks each table gets, on top of its Table Schema.
CHECKS = {
    "chronology": [StatedDates, QuoteInSource, ParagraphHoldsQuote, DiscrepancyGroups, AgreesWithNotes],
    "trade": [QuoteInSource, ParagraphHoldsQuote, printed("trade")],
    "shares": [QuoteInSource, ParagraphHoldsQuote, printed("shares")],
    "leaders": [SpanDates, SourcesListed],
    "footnote_citations": [NoteOfChapter],
}
