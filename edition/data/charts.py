"""The notebooks' charts: matplotlib figures whose points link to the passage they come from.

Each function takes a DataFrame from `load` and returns a `Chart`, which a notebook shows
(or glues into a `{glue:figure}`) as inline SVG with alt text. Nothing is interpolated: a
chart draws the values the texts state, and only those.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd

from .load import texts
from .svg import figure_svg

# Okabe-Ito colours: told apart with the common colour-vision deficiencies.
COLOURS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#F0E442", "#000000"]


def text_colours() -> dict[str, str]:
    """A colour for each text, in book order (the catalogue's)."""
    return dict(zip(texts(), COLOURS))


STYLE = {"font.size": 9, "axes.spines.top": False, "axes.spines.right": False, "figure.dpi": 100}


class Chart:
    """A figure ready for the page: inline SVG (links work), alt text, a name for its ids.
    The matplotlib figure stays at `.figure` (closed, so that Jupyter does not show it twice)."""

    def __init__(self, figure, name: str, alt: str, link_titles=None, description: str = ""):
        self.figure, self.name, self.alt = figure, name, alt
        self.svg = figure_svg(figure, name, alt, link_titles, description)
        plt.close(figure)

    def _repr_html_(self) -> str:
        return f'<div class="edition-chart-frame">{self.svg}</div>'

    def __repr__(self) -> str:
        return f"<Chart {self.name}: {self.alt}>"


def _fmt(value: float) -> str:
    return f"{value:g}"


def trade_volume(trade: pd.DataFrame, name: str = "fig-trade-volume") -> Chart:
    """Trade volume by year: one marker a stated figure, no line between them (the years
    between are unknown); a figure that is the editor's reading gets its own marker."""
    with plt.rc_context(STYLE):
        figure, axes = plt.subplots(figsize=(6.4, 3.4))
        stated, read = trade[~trade.editorial], trade[trade.editorial]
        links = {}
        for gid, part, style in [("stated", stated, dict(marker="o", s=46, color=COLOURS[0],
                                                         label="as printed")),
                                 ("editorial", read, dict(marker="D", s=52, facecolors="white",
                                                          edgecolors=COLOURS[4], linewidths=1.6,
                                                          label="editor's reading of a garbled figure"))]:
            if part.empty:
                continue
            points = axes.scatter(part.year, part.billion_rubles, zorder=3, **style)
            points.set_urls(list(part.url))
            points.set_gid(gid)
            links[gid] = [f"{y}: {_fmt(v)} {u} as printed" + (f", read as {_fmt(rv)} {ru} (editor)" if e else "")
                          + f" ({c}, {p.replace('p-', 'paragraph ')})"
                          for y, v, u, rv, ru, e, c, p in zip(part.year, part.value, part.unit, part.read_value,
                                                              part.read_unit, part.editorial, part.chapter,
                                                              part.paragraph)]
        for row in trade.itertuples():
            label = f"{_fmt(row.read_value)} {row.read_unit}"
            if row.editorial:
                label = f'printed "{_fmt(row.value)} {row.unit}";\nread as {label}'
            axes.annotate(label, (row.year, row.billion_rubles), textcoords="offset points",
                          xytext=(0, 9), ha="center", fontsize=8,
                          color=COLOURS[4] if row.editorial else "black")
        years = range(int(trade.year.min()) - 1, int(trade.year.max()) + 2)
        axes.set_xticks(list(years))
        axes.set_xlim(min(years) - 0.5, max(years) + 0.5)
        axes.set_ylim(0, trade.billion_rubles.max() * 1.3)
        axes.set_xlabel("year")
        axes.set_ylabel("billion rubles")
        axes.legend(loc="upper left", frameon=False)
        figure.tight_layout()
    known = "; ".join(f"{y}: {_fmt(b)} billion rubles" + (" (editor's reading)" if e else "")
                      for y, b, e in zip(trade.year, trade.billion_rubles, trade.editorial))
    missing = sorted(set(years) - set(trade.year))
    alt = (f"Sino-Soviet trade volume in the years a text states it, as separate points with nothing "
           f"drawn between them: {known}. No figure is given for {', '.join(map(str, missing))}.")
    return Chart(figure, name, alt, links)


def shares_of(shares: pd.DataFrame, base: str, name: str) -> Chart:
    """Horizontal bars: each partner's share of one whole (e.g. China's total foreign trade).
    An upper bound ("never rose above") is hatched and labelled "at most"."""
    part = shares[shares.base == base].sort_values("share_percent")
    with plt.rc_context(STYLE):
        figure, axes = plt.subplots(figsize=(6.4, 0.55 * len(part) + 1.2))
        bars = axes.barh(part.partner, part.share_percent, color=COLOURS[0], height=0.55)
        for bar, row in zip(bars, part.itertuples()):
            if row.bound:
                bar.set_hatch("///")
                bar.set_facecolor("white")
                bar.set_edgecolor(COLOURS[0])
            label = f"{'at most ' if row.bound else ''}{_fmt(row.share_percent)}%"
            axes.annotate(label, (row.share_percent, bar.get_y() + bar.get_height() / 2),
                          textcoords="offset points", xytext=(4, 0), va="center")
        axes.set_xlim(0, max(part.share_percent.max() * 1.25, 5))
        axes.set_xlabel(f"percent of {base}")
        figure.tight_layout()
    titles = [f"{r.partner}: {'at most ' if r.bound else ''}{_fmt(r.share_percent)}% of {base} "
              f"({r.chapter}, {r.paragraph.replace('p-', 'paragraph ')})" for r in part.itertuples()]
    alt = (f"Bar chart, percent of {base} by partner: "
           + "; ".join(f"{r.partner} {'at most ' if r.bound else ''}{_fmt(r.share_percent)}%"
                       for r in part.itertuples()) + ".")
    return Chart(figure, name, alt, _link_bars(bars, list(part.url), titles))


def _link_bars(bars, urls: list[str], titles: list[str]) -> dict[str, list[str]]:
    """Each bar links to its url; returns the titles of the links by the bars' group ids."""
    links = {}
    for i, (bar, url, title) in enumerate(zip(bars, urls, titles)):
        if url:
            bar.set_url(url)
            bar.set_gid(f"bar-{i}")
            links[f"bar-{i}"] = [title]
    return links


def _swarm(xs: list[float], width: float, levels: int) -> list[float]:
    """Vertical offsets that keep markers closer than `width` apart from overlapping."""
    placed: list[list[float]] = [[] for _ in range(levels)]
    order = [0] + [k for i in range(1, levels) for k in (i, -i)]
    offsets = []
    for x in xs:
        for level in order:
            lane = placed[level % levels]
            if all(abs(x - other) >= width for other in lane):
                lane.append(x)
                offsets.append(level)
                break
        else:
            offsets.append(order[len(offsets) % len(order)])
    return offsets


def timeline(chronology: pd.DataFrame, leaders: pd.DataFrame, name: str = "fig-chronology-timeline",
             span: tuple[float, float] | None = None) -> Chart:
    """Every event on a timeline, one row a text and coloured by it, over the leaders' eras.

    A marker stands at the middle of the span a date names (a year, a month, a decade); a
    span longer than a year is drawn as a line behind it. Each marker links to its passage."""
    span = span or (min(chronology.start.min(), leaders.start_year.min()) - 1,
                    max(chronology.end.max(), leaders.end_year.max()) + 1)
    shown = chronology[(chronology.end >= span[0]) & (chronology.start <= span[1])].copy()
    colours = text_colours()
    order = [slug for slug in colours if slug in set(shown.chapter)]
    lanes = {slug: i for i, slug in enumerate(reversed(order))}
    leader_rows = {"Soviet Union": len(order) + 1.0, "China": len(order) + 0.2}
    with plt.rc_context(STYLE):
        figure, axes = plt.subplots(figsize=(9.6, 0.62 * len(order) + 2.2))
        _leader_bands(axes, leaders, leader_rows, span)
        step = (span[1] - span[0]) / 180
        links = {}
        for slug in order:
            events = shown[shown.chapter == slug].assign(middle=lambda f: (f.start + f.end) / 2)
            events = events.sort_values("middle")
            offsets = _swarm(list(events.middle), step * 1.4, 7)
            ys = [lanes[slug] + 0.11 * o for o in offsets]
            for (start, end, y) in zip(events.start, events.end, ys):
                if end - start > 1.01:
                    axes.plot([start, end], [y, y], color=colours[slug], alpha=0.35, lw=1.6,
                              solid_capstyle="butt", zorder=2)
            points = axes.scatter(events.middle, ys, s=16, color=colours[slug], zorder=3,
                                  edgecolors="white", linewidths=0.4, label=str(events.text.iloc[0]) if len(events) else slug)
            points.set_urls(list(events.url))
            points.set_gid(f"events-{slug}")
            links[f"events-{slug}"] = [f"{d}{'–' + e if e else ''}: {ev} ({slug}, {p.replace('p-', 'paragraph ')})"
                                       for d, e, ev, p in zip(events.date, events.end_date, events.event,
                                                              events.paragraph)]
        labels = {slug: str(shown[shown.chapter == slug].text.iloc[0]) for slug in order}
        axes.set_yticks([lanes[s] for s in order] + list(leader_rows.values()),
                        [labels[s] for s in order] + ["Soviet leaders", "Chinese leaders"])
        axes.set_xlim(*span)
        axes.set_ylim(-0.6, len(order) + 1.5)
        axes.set_xlabel("year")
        axes.spines["left"].set_visible(False)
        axes.tick_params(axis="y", length=0)
        axes.grid(axis="x", color="#dddddd", lw=0.6)
        axes.set_axisbelow(True)
        figure.tight_layout()
    counts = shown.groupby("chapter").size()
    alt = (f"Timeline from {int(span[0])} to {int(span[1])} of {len(shown)} dated events, one row per text "
           f"({'; '.join(f'{labels[s]}: {counts.get(s, 0)}' for s in order)}), over bands showing the "
           "tenures of Soviet and Chinese leaders. Each event links to its passage.")
    return Chart(figure, name, alt, links)


def _leader_bands(axes, leaders: pd.DataFrame, rows: dict[str, float], span) -> None:
    """One row of bands a country; a tenure overlapping the one before takes the second line."""
    for country, y in rows.items():
        tenures = leaders[leaders.country == country].sort_values("start_year")
        line_end = [float("-inf"), float("-inf")]
        for i, row in enumerate(tenures.itertuples()):
            start, end = max(row.start_year, span[0]), min(row.end_year, span[1])
            if end <= start:
                continue
            line = 0 if row.start_year >= line_end[0] - 0.01 else 1
            line_end[line] = row.end_year
            level = y + (0.17 if line == 0 else -0.17)
            axes.broken_barh([(start, end - start)], (level - 0.15, 0.3), facecolors="#e3e3e3" if i % 2 else "#cdcdcd",
                             edgecolors="#777777", linewidth=0.4, zorder=1)
            if end - start > (span[1] - span[0]) / 30:
                axes.text((start + end) / 2, level, row.family, ha="center", va="center", fontsize=7, zorder=2)
            if country == "Soviet Union" and i % 2 == 0:
                axes.axvspan(start, end, color="#f3f3f3", zorder=0, lw=0)


def per_decade(chronology: pd.DataFrame, name: str = "fig-chronology-decades") -> Chart:
    """Events per decade, stacked by text (the decade a date's span starts in)."""
    table = pd.crosstab(chronology.decade, chronology.chapter)
    colours = text_colours()
    order = [slug for slug in colours if slug in table.columns]
    table = table.reindex(range(table.index.min(), table.index.max() + 10, 10), fill_value=0)[order]
    labels = {slug: str(chronology[chronology.chapter == slug].text.iloc[0]) for slug in order}
    with plt.rc_context(STYLE):
        figure, axes = plt.subplots(figsize=(7.2, 3.6))
        bottom = pd.Series(0, index=table.index)
        for slug in order:
            axes.bar([f"{d}s" for d in table.index], table[slug], bottom=bottom, color=colours[slug],
                     label=labels[slug], width=0.7)
            bottom += table[slug]
        for x, total in enumerate(bottom):
            axes.annotate(str(total), (x, total), textcoords="offset points", xytext=(0, 3), ha="center", fontsize=8)
        axes.set_ylabel("events")
        axes.set_xlabel("decade")
        axes.legend(frameon=False, fontsize=8)
        figure.tight_layout()
    alt = ("Stacked bar chart of dated events per decade, by text: "
           + "; ".join(f"{d}s: {int(bottom[d])} (" + ", ".join(f"{labels[s]} {int(table.at[d, s])}"
                                                                 for s in order if table.at[d, s]) + ")"
                       for d in table.index if bottom[d]) + ".")
    return Chart(figure, name, alt)


def counts_bar(counts: pd.Series, name: str, xlabel: str, what: str,
               urls: dict | None = None, titles: dict | None = None) -> Chart:
    """A horizontal bar a category, the largest on top; `urls` and `titles` (by category)
    make a bar a link."""
    counts = counts.sort_values(kind="stable")
    with plt.rc_context(STYLE):
        figure, axes = plt.subplots(figsize=(6.4, 0.3 * len(counts) + 1.1))
        bars = axes.barh([str(i) for i in counts.index], counts.values, color=COLOURS[0], height=0.6)
        for bar, value in zip(bars, counts.values):
            axes.annotate(str(value), (value, bar.get_y() + bar.get_height() / 2), textcoords="offset points",
                          xytext=(3, 0), va="center", fontsize=8)
        axes.set_xlabel(xlabel)
        axes.set_xlim(0, counts.max() * 1.15 + 0.5)
        axes.xaxis.get_major_locator().set_params(integer=True)
        figure.tight_layout()
    urls, titles = urls or {}, titles or {}
    links = _link_bars(bars, [urls.get(i, "") for i in counts.index],
                       [titles.get(i, str(i)) for i in counts.index])
    alt = f"Bar chart of {what}: " + "; ".join(f"{i} {v}" for i, v in counts[::-1].items()) + "."
    return Chart(figure, name, alt, links)
