"""The data tables as validated pandas DataFrames, for the notebook chapters.

`load.chronology()` and its siblings check the table against its Table Schema and stop with
every problem listed if it does not hold (the edition's checks against the texts run before
the build, in `python -m edition check`, so a notebook reads its tables and nothing else);
then they add the columns a chart needs: the span of a date as decimal years, the text's
label, the link to the passage.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..catalogue import read_catalogue
from . import dates
from .schema import project_root, table
from .validate import InvalidData, shown_path, validate_table

UNIT_IN_BILLIONS = {"rubles": 1e-9, "million rubles": 1e-3, "billion rubles": 1.0}


def read(name: str, root: Path | None = None) -> pd.DataFrame:
    """One table, validated, with its schema's types (numbers, integers, true/false)."""
    root = Path(root) if root else project_root()
    known = table(name, root)
    if not known.path.is_file():
        raise FileNotFoundError(f"{known.path} does not exist: the table {name!r} has not been produced yet")
    problems = validate_table(name, known.path, root, edition_checks=False)
    if problems:
        raise InvalidData(problems)
    frame = pd.read_csv(known.path, dtype=str, keep_default_na=False, encoding="utf-8")
    for field in known.fields:
        column, kind = field["name"], field.get("type", "string")
        if kind in ("number", "integer"):
            frame[column] = pd.to_numeric(frame[column].replace("", None))
        elif kind == "boolean":
            frame[column] = frame[column].str.lower().isin(["true", "1", "yes"])
    frame.attrs["source"] = shown_path(known.path, root)
    return frame


def passage_url(chapter: str, paragraph: str) -> str:
    """The passage's address, relative to a page of book/ (where the chapters are)."""
    return f"{chapter}.html#{paragraph}"


def texts(root: Path | None = None) -> dict[str, str]:
    """Each text's short label, from its metadata (the catalogue), in book order."""
    labels = {}
    for text in read_catalogue(Path(root) if root else project_root()).texts:
        who = ", ".join(a.get("family") or a["literal"] for a in text.meta.get("authors") or []) or text.meta["genre"]
        labels[text.slug] = f"{who} ({text.meta['date']})" if text.meta.get("date") else f"{who} (undated)"
    return labels


def short_titles(root: Path | None = None) -> dict[str, str]:
    """Each text's short title (`short_title` in its metadata: "Zubok"), by its slug, in book order."""
    return {text.slug: text.short_title for text in read_catalogue(Path(root) if root else project_root()).texts}


def chronology(root: Path | None = None) -> pd.DataFrame:
    root = Path(root) if root else project_root()
    frame = read("chronology", root)
    spans = [dates.check_stated(d, p, e) for d, p, e in zip(frame.date, frame.precision, frame.end_date)]
    frame["start"] = [dates.decimal_year(first) for first, _ in spans]
    frame["end"] = [dates.decimal_year(last) + 1 / 365 for _, last in spans]
    frame["decade"] = [first.year // 10 * 10 for first, _ in spans]
    labels = texts(root)
    frame["text"] = pd.Categorical(frame.chapter.map(labels), categories=list(labels.values()), ordered=True)
    frame["url"] = [passage_url(c, p) for c, p in zip(frame.chapter, frame.paragraph)]
    return frame


def trade(root: Path | None = None) -> pd.DataFrame:
    frame = read("trade", root)
    frame["billion_rubles"] = frame.read_value * frame.read_unit.map(UNIT_IN_BILLIONS)
    frame["url"] = [passage_url(c, p) for c, p in zip(frame.chapter, frame.paragraph)]
    return frame


def shares(root: Path | None = None) -> pd.DataFrame:
    frame = read("shares", root)
    frame["url"] = [passage_url(c, p) for c, p in zip(frame.chapter, frame.paragraph)]
    return frame


def leaders(root: Path | None = None) -> pd.DataFrame:
    frame = read("leaders", root)
    frame["start_year"] = [dates.decimal_year(dates.parse(v)[0]) for v in frame.start]
    frame["end_year"] = [dates.decimal_year(dates.parse(v)[1]) for v in frame.end]
    frame["family"] = frame.name.str.split(",").str[0]
    return frame


def footnote_citations(root: Path | None = None) -> pd.DataFrame:
    """The works the footnotes cite (data/footnote_citations.csv, or the file named by the
    environment variable EDITION_FOOTNOTE_CITATIONS)."""
    frame = read("footnote_citations", root)
    frame["url"] = [f"{c}.html#fn-{n}" for c, n in zip(frame.chapter, frame.note)]
    return frame

