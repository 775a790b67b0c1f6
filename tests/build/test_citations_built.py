"""The bibliography rebuilt from Zubok's notes: hard cases, accuracy, outputs, failures."""

from __future__ import annotations

import html as html_lib
import json
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qsl

import pytest
import rispy

from conftest import ROOT, SLUGS, zotero_type
from edition.citations.edition_bibliography import build


@pytest.fixture(scope="module")
def bibliography():
    return build(ROOT)


def test_downloads_in_the_built_book(built_html, bibliography):
    downloads = built_html / "downloads"
    records = rispy.loads((downloads / "references.ris").read_text(encoding="utf-8"))
    assert len(records) == len(bibliography.works)
    items = json.loads((downloads / "references.json").read_text(encoding="utf-8"))
    assert {i["id"] for i in items} >= {w.key for w in bibliography.works}
    assert any(i["id"] == "source-zubok-1980s" for i in items)


def test_bibliography_page_has_an_entry_per_work_with_backlinks_and_coins(built_html, bibliography):
    html = (built_html / "book" / "bibliography.html").read_text(encoding="utf-8")
    # one COinS per entry: the works of the notes, the works the texts name, the edition's sources
    assert html.count('class="Z3988"') == len(bibliography.works) + len(bibliography.named) + len(bibliography.sources)
    zubok_entry = html[html.index('id="source-zubok-1980s"'):]
    coins = html_lib.unescape(re.search(r'class="Z3988" title="([^"]*)"', zubok_entry).group(1))
    for pair in ("rft.jtitle=Cold+War+History", "rft.volume=17", "rft.issue=2", "rft.pages=121-141",
                 "rft_id=info%3Adoi%2F10.1080%2F14682745.2017.1315923", "rft.au=Zubok%2C+Vladislav"):
        assert pair in coins, pair
    assert 'id="Radchenko2014Unwanted"' in html
    entry = html[html.index('id="Radchenko2014Unwanted"'):]
    entry = entry[: entry.index("</li>")]
    for note in (5, 12, 13, 15, 22, 26, 27, 36, 40, 59, 72):
        assert f'href="zubok-1980s.html#fn-{note}"' in entry
    assert "Cited only by a short title" in html
    zubok = (built_html / "book" / "zubok-1980s.html").read_text(encoding="utf-8")
    assert 'href="bibliography.html#FedotovPol"' in zubok


def _tiny_project(tmp_path: Path, note: str) -> subprocess.CompletedProcess:
    (tmp_path / "book").mkdir()
    (tmp_path / "conf.py").write_text("extensions = ['myst_parser', 'edition.sphinx_ext']\n"
                                      "myst_enable_extensions = ['attrs_block']\n")
    (tmp_path / "index.md").write_text("# Test\n\n```{toctree}\nbook/chapter\n```\n")
    (tmp_path / "book" / "chapter.md").write_text(f"# Chapter\n\nText.[^1]\n\n[^1]: {note}\n")
    return subprocess.run([sys.executable, "-m", "sphinx", "-W", "-q", "-b", "html", str(tmp_path),
                           str(tmp_path / "_out")], capture_output=True, text=True)


def test_a_malformed_curated_entry_fails_the_build_with_its_line(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "bibliography-curated.yml").write_text(
        "completions:\n  - key: Author2001Book\n    fields: {publisher: Somebody}\n")
    result = _tiny_project(tmp_path, "Ann Author, *A Book* (London: Press, 2001).")
    assert result.returncode != 0
    assert "data/bibliography-curated.yml:2" in result.stderr
    assert "a completion needs 'key', 'fields' and 'source'" in result.stderr


# --- the bibliography page as reference managers and readers see it --------------------------


# entry id -> the type Zotero must save it as: one real case of every kind of the page
SAVED_AS = [("Radchenko2014Unwanted", "book"), ("Bernstein2010China", "book"), ("Vamos2010Only", "bookSection"),
            ("Zubok2014His", "journalArticle"), ("Bernshtam1991Naibolshei", "newspaperArticle"),
            ("Hershberg2011Interkit", "report"), ("Zubok2013Inviting", "conferencePaper"),
            ("ChernyaevPapers", "manuscript"), ("MochulskyInterview", "interview"), ("WaltzConversations", "webpage"),
            ("source-zubok-1980s", "journalArticle"), ("source-country-study-1920s", "bookSection"),
            ("source-wikipedia-survey", "encyclopediaArticle"), ("source-khrushchev-essay", "document"),
            ("source-sino-soviet-1953", "document")]


def entry_html(page: str, ident: str) -> str:
    start = page.index(f'id="{ident}"')
    return page[start: page.index("</li>", start)]


def coins_of(page: str, ident: str) -> str:
    return html_lib.unescape(re.search(r'class="Z3988" title="([^"]*)"', entry_html(page, ident)).group(1))


@pytest.mark.parametrize("ident, saved_as", SAVED_AS)
def test_each_entry_offers_zotero_its_kind(built_html, ident, saved_as):
    page = (built_html / "book" / "bibliography.html").read_text(encoding="utf-8")
    assert zotero_type(coins_of(page, ident)) == saved_as


def test_every_entry_has_a_title_for_reference_managers(built_html, bibliography):
    page = (built_html / "book" / "bibliography.html").read_text(encoding="utf-8")
    untitled = [w.key for w in bibliography.works if not w.title]
    assert len(untitled) >= 4  # the notes cite interviews and papers without titles
    for ident in [w.key for w in bibliography.works] + [s["id"] for s in bibliography.sources]:
        pairs = dict(parse_qsl(coins_of(page, ident)))
        title = pairs.get("rft.atitle") or pairs.get("rft.btitle") or pairs.get("rft.title")
        assert title, ident
        if ident in untitled:  # the editor's description, in square brackets
            assert title.startswith("[") and title.endswith("]"), (ident, title)


def entry_text(page: str, ident: str) -> str:
    return html_lib.unescape(re.sub(r"<[^>]+>", "", entry_html(page, ident))).replace("\xa0", " ")


# entry id -> words its printed entry must hold, and words it must not: real cases of the notes
PRINTED = [
    ("Bernshtam1991Naibolshei", "“V naibolshei stepeni gotova k reformam.” Rossiiskaia gazeta", "Naibolshei Stepeni"),
    ("AleksandrovAgentov1994Ot", "Ot Kollontai do Gorbacheva. Moscow:", "Kollontai Do"),
    ("Wishnick2001Mending", "Seattle and London: University of Washington Press, 2001", None),
    ("Bernstein2010China", "Bernstein, Thomas P., and Hua-Yu Li, eds.", None),
    ("Zubok2013Inviting", "paper presented at Inviting Europe", "Paper presented at the conference"),
    ("Pikhoia2016Twenty", "Rudolf Pikhoia, paper presented at Twenty-five years after the USSR", "presented at the conference"),
    ("MochulskyInterview", "Fyodor V. Mochulsky, interview by Vladislav Zubok", "“interview"),
    ("ScarboroughReviews", "Scarborough, Isaac. Review. Reviews in History", "Review of."),
    ("source-zubok-1980s", "Cold War History 17, no. 2 (2017): 121–41", "1–21"),
    ("source-country-study-1920s", "In Soviet Union: A Country Study, 2nd ed., edited by Raymond E. Zickel. Area "
                                   "Handbook Series. Washington, DC: Federal Research Division, Library of Congress, 1991.",
     None),
    ("source-zubok-1980s", "The edition's chapter: Zubok.", "zubok-1980s."),
]


@pytest.mark.parametrize("ident, holds, lacks", PRINTED)
def test_the_printed_bibliography(built_html, ident, holds, lacks):
    text = entry_text((built_html / "book" / "bibliography.html").read_text(encoding="utf-8"), ident)
    assert holds in text
    if lacks:
        assert lacks not in text


def test_readers_see_the_editorial_sources_by_title_not_by_key(built_html):
    keys = [line.split(":", 1)[1].strip().strip('"') for line in
            (ROOT / "data" / "editorial-sources.yml").read_text(encoding="utf-8").splitlines() if line.startswith("- key:")]
    assert "NYT1973-UlbrichtDead" in keys
    for page in ("zubok-1980s", "editorial-sources", "index-of-names", "glossary"):
        text = re.sub(r"<[^>]+>", " ", (built_html / "book" / f"{page}.html").read_text(encoding="utf-8"))
        shown = [key for key in keys if re.search(rf"(?<![\w-]){re.escape(key)}(?![\w-])", text)]
        assert not shown, (page, shown[:5])


def test_readers_never_see_a_bibliography_key(built_html, bibliography):
    """Keys are the entries' anchors and the downloads' ids; the texts and the bibliography show
    authors and titles (only the footnotes-as-data notebook lists keys, as data)."""
    keys = [w.key for w in bibliography.works] + [s["id"] for s in bibliography.sources]
    assert "Radchenko2014Unwanted" in keys
    for page in ["bibliography", *SLUGS]:
        text = re.sub(r"<[^>]+>", " ", (built_html / "book" / f"{page}.html").read_text(encoding="utf-8"))
        shown = [key for key in keys if re.search(rf"(?<![\w-]){re.escape(key)}(?![\w-])", text)]
        assert not shown, (page, shown[:5])
