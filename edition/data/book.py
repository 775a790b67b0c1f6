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
import pandas as pd
from myst_nb import glue

from . import charts
from .load import passage_url
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
    """A DataFrame as the book shows it: the book's table, the passage a link."""
    frame = frame.reset_index(drop=not any(frame.index.names))
    columns = {column: column for column in frame.columns}
    links = {}
    if {"chapter", "paragraph"} <= set(frame.columns):
        frame = frame.assign(_url=[passage_url(c, p) if isinstance(p, str) and p else ""
                                   for c, p in zip(frame.chapter, frame.paragraph)])
        links = {"paragraph": "_url"}
    return Table(frame, columns, links)._repr_html_()


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
