"""`data/names.csv` (who the texts name, paragraph by paragraph) and its chapter `book/names.md`:
the table is what `python -m edition derive` writes, every row points at a passage that holds
the name, it agrees with the index the built pages link, and its figures are legible."""

from __future__ import annotations

import csv
import os
import re
import sys
from collections import defaultdict

import pytest

from conftest import ROOT, copy_project
from edition.catalogue import read_catalogue
from edition.chapter import read_chapter
from edition.check import derived
from edition.data import names
from edition.entities import read_entities


def table() -> list[dict]:
    with open(ROOT / names.PATH, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_the_committed_table_is_what_derive_writes():
    assert (ROOT / names.PATH).read_text(encoding="utf-8") == names.csv_text(ROOT)
    assert len(table()) > 500


def test_every_row_points_at_a_paragraph_that_names_the_entry_in_its_forms():
    entries = {entry.id: entry for entry in read_entities(ROOT)}
    texts = {text.slug: text for text in read_catalogue(ROOT).texts}
    chapters = {slug: read_chapter(text.chapter) for slug, text in texts.items()}
    for row in table():
        entry = entries[row["entity"]]
        assert (row["name"], row["kind"]) == (entry.name, entry.kind)
        assert row["text"] == texts[row["chapter"]].short_title
        paragraph = chapters[row["chapter"]].paragraphs[row["paragraph"]]
        words = paragraph.text(corrected=True)
        forms = row["forms"].split(" | ")
        assert set(forms) <= set(entry.variants), row
        assert sum(len(re.findall(rf"(?<!\w){re.escape(form)}(?!\w)", words)) for form in forms) >= int(row["count"]), row


def test_the_table_is_stale_when_the_index_changes(tmp_path):
    """A variant added to the index names more paragraphs: the check reports the table at the
    line where it first differs, until `derive` writes it again."""
    project = copy_project(tmp_path, caches=True)
    entities = project / "data" / "entities.csv"
    text = entities.read_text(encoding="utf-8")
    assert ",Joseph Stalin | Stalin," in text
    entities.write_text(text.replace(",Joseph Stalin | Stalin,", ",Joseph Stalin | Stalin | Soviet leader,"),
                        encoding="utf-8")
    problems = [p for p in derived.check(read_catalogue(project)) if p.path.endswith("names.csv")]
    assert len(problems) == 1 and problems[0].line > 1 and "stale" in problems[0].message
    (project / names.PATH).write_text(names.csv_text(project), encoding="utf-8")
    assert [p for p in derived.check(read_catalogue(project)) if p.path.endswith("names.csv")] == []


def student_figures(book_folder=ROOT / "book"):
    """The chapter's figures as its cells draw them without the edition's package (from the
    tables in `book_folder`/../data)."""
    import jupytext
    import matplotlib
    import matplotlib.pyplot as plt
    matplotlib.use("Agg")
    cells = [c.source for c in jupytext.read(ROOT / "book" / "names.md").cells if c.cell_type == "code"]
    saved, cwd = sys.modules.get("edition.data.book"), os.getcwd()
    sys.modules["edition.data.book"] = None  # the import fails, as in a download
    plt.close("all")
    try:
        os.chdir(book_folder)
        namespace = {}
        for source in cells:
            exec(source, namespace)
        assert namespace["book"] is None
        return [plt.figure(n) for n in plt.get_fignums()]
    finally:
        os.chdir(cwd)
        if saved is None:
            del sys.modules["edition.data.book"]
        else:
            sys.modules["edition.data.book"] = saved


def assert_legible(figure) -> None:
    """Every label at 10 pt or more, and no two labels overlap."""
    if not hasattr(figure.canvas, "get_renderer"):  # closed by pyplot since it was drawn: on Agg again
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        FigureCanvasAgg(figure)
    figure.draw_without_rendering()  # the layout of a draw (every text placed), without its pixels
    renderer = figure.canvas.get_renderer()
    texts = [t for t in figure.findobj(lambda a: hasattr(a, "get_text") and hasattr(a, "get_fontsize"))
             if t.get_visible() and t.get_text().strip()]
    assert min(t.get_fontsize() for t in texts) >= 10
    boxes = [(t.get_text(), t.get_window_extent(renderer)) for t in texts]
    overlaps = [(a, b) for i, (a, box) in enumerate(boxes) for b, other in boxes[i + 1:] if box.overlaps(other)]
    assert overlaps == []


@pytest.fixture(scope="module")
def edition_figures() -> list:
    """The chapter's two figures as its cells draw them (drawn once for the module)."""
    return student_figures()


def test_the_figures_are_legible_human_labelled_and_explained(edition_figures):
    where, when = edition_figures
    for figure in (where, when):
        assert_legible(figure)
    # the texts by their titles, the persons by their names, never an id
    titles = [ax.get_title().replace("\n", " ") for ax in where.axes]
    assert titles == [text.short_title for text in read_catalogue(ROOT).texts if text.short_title in titles]
    assert len(titles) >= 4
    labels = [t.get_text() for t in where.axes[0].get_yticklabels()]
    assert "Stalin" in labels and not any("-" in label and label.islower() for label in labels)
    # the legends explain every mark: point sizes (where), the texts' colours (when)
    assert [t.get_text() for t in where.legends[0].get_texts()][0] == "a paragraph names the person once"
    colours = {tuple(c.get_facecolor()[0][:3]) for c in when.axes[0].collections}
    legend = when.axes[0].get_legend()
    assert len(legend.get_texts()) == len(colours) == len(when.axes[0].collections)
    assert {t.get_text() for t in legend.get_texts()} <= {text.short_title for text in read_catalogue(ROOT).texts}


# Titles of texts an edition may grow by (the corpus's, long and short), each given the rows of a
# text of this edition, so that the figures are drawn as for a grown edition.
GROWN = ["Homes of the Department of State", "Strauss, Life of Jesus", "Engels, Results",
         "Woodson, A Century of Negro Migration", "Carlyle, The French Revolution"]


@pytest.fixture(scope="module")
def drawn(edition_figures) -> list[str]:
    """The texts with a panel in the edition's own figure."""
    return [ax.get_title().replace("\n", " ") for ax in edition_figures[0].axes]


@pytest.mark.parametrize("added", [1, 3, 5])
def test_the_figures_stay_legible_when_the_edition_grows(tmp_path, added, drawn):
    """Found by the grown-edition build test: with eight texts the panel titles overlapped."""
    (tmp_path / "book").mkdir()
    (tmp_path / "data").mkdir()
    rows, dates = table(), list(csv.DictReader(open(ROOT / "data" / "chronology.csv", encoding="utf-8")))
    chapters = [next(r["chapter"] for r in rows if r["text"] == text) for text in drawn]
    for number, title in enumerate(GROWN[:added]):
        like = chapters[number % len(chapters)]
        rows += [{**r, "text": title, "chapter": f"added-{number}"} for r in table() if r["chapter"] == like]
        dates += [{**r, "chapter": f"added-{number}"} for r in dates if r["chapter"] == like]
    for name, records in (("names.csv", rows), ("chronology.csv", dates)):
        with open(tmp_path / "data" / name, "w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(records[0]))
            writer.writeheader()
            writer.writerows(records)
    where, when = student_figures(tmp_path / "book")
    assert len(where.axes) == len(drawn) + added
    for figure in (where, when):
        assert_legible(figure)
    assert [ax.get_title().replace("\n", " ") for ax in where.axes][-added:] == GROWN[:added]
