"""Tables for the notebook pages: plain HTML, no index column, a passage as a link.

pandas' own HTML table has an empty corner cell for its index (an accessibility error) and
cannot link a cell; `Table` shows the chosen columns with their own headers, and a column
named in `links` becomes a link to the row's passage.
"""

from __future__ import annotations

from html import escape

import pandas as pd


class Table:
    def __init__(self, frame: pd.DataFrame, columns: dict[str, str], links: dict[str, str] | None = None,
                 caption: str = ""):
        """`columns` maps a column to its header; `links` maps a column to the column holding its url."""
        self.frame, self.columns, self.links, self.caption = frame, columns, links or {}, caption

    def _cell(self, row: pd.Series, column: str) -> str:
        value = row[column]
        if isinstance(value, float) and value.is_integer():
            value = int(value)  # 7.0 percent is printed "seven percent": show 7
        text = "" if value is None or (isinstance(value, float) and pd.isna(value)) else escape(str(value))
        if column in self.links and row[self.links[column]]:
            return f'<a href="{escape(row[self.links[column]])}">{text}</a>'
        return text

    def _repr_html_(self) -> str:
        head = "".join(f'<th scope="col">{escape(h)}</th>' for h in self.columns.values())
        body = "".join("<tr>" + "".join(f"<td>{self._cell(row, c)}</td>" for c in self.columns) + "</tr>"
                       for _, row in self.frame.iterrows())
        caption = f"<caption>{escape(self.caption)}</caption>" if self.caption else ""
        return (f'<table class="edition-data-table">{caption}<thead><tr>{head}</tr></thead>'
                f"<tbody>{body}</tbody></table>")

    def __repr__(self) -> str:
        return self.frame[list(self.columns)].to_string(index=False)
