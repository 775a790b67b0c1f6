"""The published site (`make site`): the HTML book as `make book` builds it for private study,
copied to `_build/site` with only the texts whose rights allow it in full.

For a text that may not be published in full (data/rights.yml, the text's metadata:
`rights_status`, `publish`, `permission`), the chapter page keeps its title, headings, headnote,
source record, cite box, the editor's apparatus and the change record; each paragraph and each
of the author's notes is replaced by a line saying it is withheld, which keeps its anchor (links
from the index, the data and other chapters still land) and, for each editor's note on it, the
short passage the note comments on. A notice under the title names the rights and links the
lawful copy. The page's source file (`_sources/`) and the downloads that hold every text
(the PDF and the EPUB) are left out, and links to them are turned into plain words; the search
index keeps, for a withheld page, only the words the published page shows (edition/site_search.py),
and the data downloads keep of its quotes only their first words (edition/site_data.py).

    python -m edition.site [_build/html] [_build/site]
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from bs4 import BeautifulSoup

from .catalogue import ROOT, read_catalogue
from .check.sources import published_in_full
from .datafiles import read_yaml
from .site_data import cut_quotes, rewrite_bundle
from .site_search import rewrite as rewrite_search_index

WHOLE_BOOK_DOWNLOADS = ("downloads/edition.pdf", "downloads/edition.epub")


def withheld_texts(root: Path = ROOT) -> dict[str, dict]:
    """slug -> metadata of every text the published site may not carry in full."""
    statuses = (read_yaml(Path(root) / "data" / "rights.yml").data or {}).get("statuses") or {}
    return {t.slug: t.meta for t in read_catalogue(Path(root)).all_texts if not published_in_full(t.meta, statuses)}


def note_passages(root: Path = ROOT) -> dict[str, str]:
    """Editor's note id -> the passage it comments on (its quote)."""
    record = read_yaml(Path(root) / "data" / "editorial-notes.yml")
    return {str(e.data["id"]): str(e.data.get("anchor", "")) for e in record.entries if e.data.get("id")}


def _notice(soup, meta: dict) -> object:
    box = soup.new_tag("div", attrs={"class": "rights-notice admonition", "id": "rights-notice"})
    title = soup.new_tag("p", attrs={"class": "admonition-title"})
    title.string = "The text is not published here"
    box.append(title)
    body = soup.new_tag("p")
    body.append(" ".join(str(meta.get("rights", "")).split()) + " ")
    body.append("This page gives the editor's headnote and apparatus, with the short passages the notes comment "
                "on; the text itself is in the edition built for private study (make book). ")
    copy = meta.get("lawful_copy") or {}
    body.append("Lawful copy: " + " ".join(str(copy.get("title", "")).split()))
    if copy.get("url"):
        body.append(": ")
        link = soup.new_tag("a", href=copy["url"])
        link.string = copy["url"]
        body.append(link)
    body.append(".")
    box.append(body)
    return box


def _quote_refs(holder, refs, passages: dict[str, str]) -> None:
    """Each editor's note call, after the short passage its note comments on."""
    for ref in refs:
        note_id = (ref.find("a") or {}).get("href", "").removeprefix("#ed-")
        if passages.get(note_id):
            holder.append(f" “{passages[note_id]}”")
        holder.append(ref)


def _withhold(soup, element, kept, tag: str, notice: str, passages: dict[str, str]) -> None:
    """The author's words out of `element`; its number or label (the anchor a citation names)
    and the editor's note calls, each after the short passage it comments on, stay."""
    refs = element.select("sup.editorial-note-ref")
    element.clear()
    if kept is not None:
        element.append(kept)
    withheld = soup.new_tag(tag, attrs={"class": "withheld"})
    withheld.string = notice
    _quote_refs(withheld, refs, passages)
    element.append(withheld)


def withhold_page(html: str, meta: dict, passages: dict[str, str]) -> str:
    soup = BeautifulSoup(html, "lxml")
    main = soup.find("main") or soup
    heading = main.find("h1")
    if heading is not None:
        heading.insert_after(_notice(soup, meta))
    for paragraph in main.select("p.numbered[id^=p-]"):
        _withhold(soup, paragraph, paragraph.find("a", class_="para-num"), "span",
                  "[Paragraph withheld: see the notice under the title.]", passages)
    for note in main.select("aside.footnote[id^=fn-]"):
        _withhold(soup, note, note.find("span", class_="label"), "p",
                  "[The author's note is withheld: see the notice under the title.]", passages)
    for block in main.select("li.numbered, blockquote"):  # lists and block quotations of the author
        block.clear()
        block.append("[Withheld.]")
    return str(soup)


def _unlink_whole_book(html: str) -> str:
    soup = BeautifulSoup(html, "lxml")
    changed = False
    for link in soup.find_all("a", href=True):
        if link["href"].endswith(("edition.pdf", "edition.epub")):
            link.replace_with(f"{link.get_text()} (in the edition built for private study only: it holds "
                              "texts the site does not publish)")
            changed = True
    return str(soup) if changed else html


def build_site(built: Path, site: Path, root: Path = ROOT) -> list[str]:
    """Copy `built` to `site`, withholding what the rights require; the slugs withheld."""
    if site.exists():
        shutil.rmtree(site)
    shutil.copytree(built, site)
    withheld = withheld_texts(root)
    passages = note_passages(root)
    for name in WHOLE_BOOK_DOWNLOADS:
        (site / name).unlink(missing_ok=True)
    published = {}
    for slug, meta in withheld.items():
        for source in (site / "_sources" / "book").glob(f"{slug}.*"):
            source.unlink()
        page = site / "book" / f"{slug}.html"
        if page.exists():
            published[f"book/{slug}"] = withhold_page(page.read_text(encoding="utf-8"), meta, passages)
            page.write_text(published[f"book/{slug}"], encoding="utf-8")
    if (site / "searchindex.js").exists():  # the study build's index holds every word of every text
        rewrite_search_index(site / "searchindex.js", published)
    for bundle in site.rglob("*.zip"):  # the data downloads quote the texts they date
        rewrite_bundle(bundle, set(withheld))
    for table in site.rglob("*.csv"):
        table.write_text(cut_quotes(table.read_text(encoding="utf-8"), set(withheld)), encoding="utf-8")
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        if "edition.pdf" in text or "edition.epub" in text:
            page.write_text(_unlink_whole_book(text), encoding="utf-8")
    return sorted(withheld)


def main(argv: list[str]) -> int:
    built = Path(argv[0]) if argv else ROOT / "_build" / "html"
    site = Path(argv[1]) if len(argv) > 1 else ROOT / "_build" / "site"
    if not (built / "index.html").exists():
        print(f"{built}: no built book (run make book first)", file=sys.stderr)
        return 1
    withheld = build_site(built, site)
    print(f"Wrote {site}; texts not published in full: {', '.join(withheld) or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
