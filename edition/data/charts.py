"""The book's side of the notebooks' charts: a figure a notebook cell drew with matplotlib,
made fit for the page.

A data chapter draws its figures itself, in cells a student can read and change; these
functions only add what the book needs beyond the drawing: each point or bar links to the
passage it comes from (`set_urls`/`set_url` on the artists the cell drew, in the order it drew
them), a text alternative that states every value, and inline SVG (`svg.figure_svg`) so that
the links work. They never change what is drawn. Nothing is interpolated: a chart shows the
values the texts state, and only those.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd

from .load import passage_url, short_titles, texts
from .svg import figure_svg


class Chart:
    """A figure ready for the page: inline SVG (links work), alt text, a name for its ids.
    The matplotlib figure stays at `.figure` (closed, so that Jupyter does not show it twice)."""

    def __init__(self, figure, name: str, alt: str, link_titles=None, description: str = ""):
        self.figure, self.name, self.alt = figure, name, alt
        self.svg = figure_svg(figure, name, alt, link_titles, description)
        plt.close(figure)

    def _repr_html_(self) -> str:
        # Focusable: on a narrow screen the frame scrolls, and a keyboard must reach it.
        return f'<div class="edition-chart-frame" tabindex="0">{self.svg}</div>'

    def __repr__(self) -> str:
        return f"<Chart {self.name}: {self.alt}>"


def _fmt(value: float) -> str:
    return f"{value:g}"


def _where(chapter: str, paragraph: str) -> str:
    return f"{chapter}, {paragraph.replace('p-', 'paragraph ')}"


def _urls(frame: pd.DataFrame) -> list[str]:
    return [passage_url(c, p) for c, p in zip(frame.chapter, frame.paragraph)]


def _link_points(points, gid: str, urls: list[str], titles: list[str], links: dict) -> None:
    points.set_urls(urls)
    points.set_gid(gid)
    links[gid] = titles


def _link_bars(bars, urls: list[str], titles: list[str]) -> dict[str, list[str]]:
    """Each bar links to its url; returns the titles of the links by the bars' group ids."""
    links = {}
    for i, (bar, url, title) in enumerate(zip(bars, urls, titles)):
        if url:
            bar.set_url(url)
            bar.set_gid(f"bar-{i}")
            links[f"bar-{i}"] = [title]
    return links


def _relabel(labels, names: dict[str, str]) -> list[str]:
    return [names.get(label.get_text(), label.get_text()) for label in labels]


def trade_volume(figure, trade: pd.DataFrame, name: str) -> Chart:
    """The cell's two scatters (the figures as printed, then the editor's readings) link to
    their passages."""
    axes = figure.axes[0]
    parts = [("stated", trade[~trade.editorial]), ("editorial", trade[trade.editorial])]
    links = {}
    for points, (gid, part) in zip(axes.collections, parts):
        titles = [f"{r.year}: {_fmt(r.value)} {r.unit} as printed"
                  + (f", read as {_fmt(r.read_value)} {r.read_unit} (editor)" if r.editorial else "")
                  + f" ({_where(r.chapter, r.paragraph)})" for r in part.itertuples()]
        _link_points(points, gid, _urls(part), titles, links)
    start, end = (int(v) for v in axes.get_xlim())
    years = range(start + 1, end + 1)
    known = "; ".join(f"{y}: {_fmt(b)} billion rubles" + (" (editor's reading)" if e else "")
                      for y, b, e in zip(trade.year, trade.billion_rubles, trade.editorial))
    missing = sorted(set(years) - set(trade.year))
    alt = (f"Sino-Soviet trade volume in the years a text states it, as separate points with nothing "
           f"drawn between them: {known}. No figure is given for {', '.join(map(str, missing))}.")
    return Chart(figure, name, alt, links)


def shares_of(figure, part: pd.DataFrame, base: str, name: str) -> Chart:
    """The cell's bars (one a row of `part`, in order) link to their passages."""
    bound = [isinstance(b, str) and b != "" for b in part.bound]
    def share(r, b):
        return f"{'at most ' if b else ''}{_fmt(r.share_percent)}%"
    titles = [f"{r.partner}: {share(r, b)} of {base} ({_where(r.chapter, r.paragraph)})"
              for r, b in zip(part.itertuples(), bound)]
    alt = (f"Bar chart, percent of {base} by partner: "
           + "; ".join(f"{r.partner} {share(r, b)}" for r, b in zip(part.itertuples(), bound)) + ".")
    return Chart(figure, name, alt, _link_bars(figure.axes[0].patches, _urls(part), titles))


def timeline(figure, events: pd.DataFrame, name: str) -> Chart:
    """The cell's scatters of the events panel (the last axes; one a text, labelled with the
    text's slug) link each event to its passage; the rows are labelled with the texts' short
    titles from the catalogue. A corrected date is named in its point's title and in the alt text."""
    axes, labels, links = figure.axes[-1], texts(), {}
    for points in axes.collections:
        slug = points.get_label()
        if slug not in labels:
            continue  # the corrected dates, the spans
        part = events[events.chapter == slug].sort_values("middle")
        titles = [f"{_stated(r)}: {r.event} ({_where(slug, r.paragraph)})" for r in part.itertuples()]
        _link_points(points, f"events-{slug}", _urls(part), titles, links)
    axes.set_yticks(axes.get_yticks(), _relabel(axes.get_yticklabels(), short_titles()))
    shown = [s for s in labels if s in set(events.chapter)]
    counts = events.groupby("chapter").size()
    fixed = events[events.corrected_date.notna()] if "corrected_date" in events else events.iloc[0:0]
    start, end = axes.get_xlim()
    alt = (f"Timeline from {int(start)} to {int(end)} of {len(events)} dated events, one row per text "
           f"({'; '.join(f'{labels[s]}: {counts.get(s, 0)}' for s in shown)}), below bars showing the "
           "tenures of Soviet and Chinese leaders. Each event links to its passage."
           + (" Dates corrected by an editor's note: " + "; ".join(_stated(r) for r in fixed.itertuples()) + "."
              if len(fixed) else ""))
    return Chart(figure, name, alt, links)


def _stated(row) -> str:
    """The date as the text gives it, and the correction when a note makes one."""
    date = f"{row.date}{'–' + row.end_date if isinstance(row.end_date, str) else ''}"
    corrected = getattr(row, "corrected_date", None)
    if isinstance(corrected, str) and corrected:
        return f"{date} (text) corrected to {corrected} by note {row.corrected_by}"
    return date


def per_decade(figure, table: pd.DataFrame, name: str) -> Chart:
    """A stacked bar chart of `table` (decades by texts); the legend names the texts."""
    labels = short_titles()
    axes = figure.axes[0]
    legend = axes.get_legend()
    if legend is not None:
        for text in legend.get_texts():
            text.set_text(labels.get(text.get_text(), text.get_text()))
    totals = table.sum(axis=1)
    alt = ("Stacked bar chart of dated events per decade, by text: "
           + "; ".join(f"{d if str(d).endswith('s') else f'{d}s'}: {int(totals[d])} (" + ", ".join(f"{labels.get(s, s)} {int(table.at[d, s])}"
                                                                 for s in table.columns if table.at[d, s]) + ")"
                       for d in table.index if totals[d]) + ".")
    return Chart(figure, name, alt)


def counts_bar(figure, counts: pd.Series, name: str, what: str,
               urls: dict | None = None, titles: dict | None = None) -> Chart:
    """The cell's bars (one a category of `counts`, in order); `urls` and `titles` (by
    category) make a bar a link."""
    urls, titles = urls or {}, titles or {}
    links = _link_bars(figure.axes[0].patches, [urls.get(i, "") for i in counts.index],
                       [titles.get(i, str(i)) for i in counts.index])
    alt = f"Bar chart of {what}: " + "; ".join(f"{i} {v}" for i, v in counts[::-1].items()) + "."
    return Chart(figure, name, alt, links)


def passages(figure, drawn: list[pd.DataFrame], name: str, what: str) -> Chart:
    """The cell's scatters, in the order drawn, each from its rows in `drawn` (with `chapter`,
    `paragraph`, `text` and a `label`): each point links to its passage, "Zubok ¶ 40"."""
    points = [c for axes in figure.axes for c in axes.collections if len(c.get_offsets())]
    links = {}
    for n, (collection, rows) in enumerate(zip(points, drawn)):
        titles = [f"{r.label}: {r.text} ¶ {r.paragraph.removeprefix('p-')}"
                  + (f", named {r.count} times" if getattr(r, "count", 1) > 1 else "")
                  + (f" ({r.event})" if isinstance(getattr(r, "event", None), str) else "")
                  for r in rows.itertuples()]
        _link_points(collection, f"points-{n}", _urls(rows), titles, links)
    every = pd.concat(drawn) if drawn else pd.DataFrame(columns=["text", "label"])
    per_text = "; ".join(f"{text}: {len(part)} points ({', '.join(part.label.value_counts().index[:3])} most)"
                         for text, part in every.groupby("text", sort=False))
    alt = f"Dot chart of {what}, each point linking to its passage. {per_text}."
    return Chart(figure, name, alt, links)
