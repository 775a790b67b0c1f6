"""What the book adds to a data chapter, imported by its first cell only when present:

    try:
        from edition.data import book
    except ImportError:  # a download, or a student's own Jupyter: the cells run the same
        book = None

A cell reads the tables with pandas and draws with matplotlib; then `if book: book.figure(...)`
hands the figure to the page (links to the passages, alt text, inline SVG, glued into its
`{glue:figure}` caption), and `book.value(...)` glues a number into the prose. Importing this
module also shows a DataFrame as the book's table (no index column; a `paragraph` column,
beside a `chapter` column, becomes a link to its passage): the cell shows the frame itself.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from myst_nb import glue

from . import charts
from .load import passage_url, short_titles
from .tables import Table

FIGURES = {"trade-volume": charts.trade_volume, "shares": charts.shares_of, "timeline": charts.timeline,
           "per-decade": charts.per_decade, "counts": charts.counts_bar, "passages": charts.passages}


def figure(kind: str, name: str, figure_, *data, **options) -> charts.Chart:
    """Glue the figure `figure_` a cell drew, under `name`, with the book's links and alt text."""
    chart = FIGURES[kind](figure_, *data, name=name, **options)
    glue(name, chart, display=False)
    return chart


def value(name: str, text) -> None:
    """Glue a value for a `{glue:text}` in the prose."""
    glue(name, text, display=False)


def frame_html(frame: pd.DataFrame) -> str:
    """A DataFrame as the book shows it, in words a reader knows: a text by its short title, a
    `chapter` and `paragraph` pair as one passage ("Zubok ¶ 40", a link to it), true and false
    as yes and no, headers without underscores."""
    frame = frame.reset_index(drop=not any(frame.index.names))
    names = short_titles()
    passages = {"chapter", "paragraph"} <= set(frame.columns)
    shown, columns, links = pd.DataFrame(index=frame.index), {}, {}
    for column in frame.columns:
        values = frame[column]
        if column == "chapter" and passages:
            continue  # shown in the passage
        if column == "paragraph" and passages:
            shown["passage"] = [_passage(names, c, p) for c, p in zip(frame.chapter, values)]
            shown["_url"] = [passage_url(c, p) if isinstance(p, str) and p else ""
                             for c, p in zip(frame.chapter, values)]
            columns["passage"], links["passage"] = "passage", "_url"
            continue
        if column == "chapter":
            values = values.map(lambda slug: names.get(slug, slug))
        values = values.map(lambda v: ("yes" if v else "no") if isinstance(v, (bool, np.bool_)) else v)
        shown[column] = values
        columns[column] = str(column).replace("_", " ")
    return Table(shown, columns, links)._repr_html_()


def _passage(names: dict[str, str], chapter: str, paragraph) -> str:
    if not isinstance(paragraph, str) or not paragraph:
        return names.get(chapter, chapter)
    return f"{names.get(chapter, chapter)} ¶\u00a0{paragraph.removeprefix('p-')}"


def _register() -> None:
    try:
        from IPython import get_ipython
    except ImportError:
        return
    shell = get_ipython()
    if shell is not None:
        shell.display_formatter.formatters["text/html"].for_type(pd.DataFrame, frame_html)
    plt.close("all")


_register()
