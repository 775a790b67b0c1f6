"""The published site (`make site`, edition/site.py) carries in full only the texts whose rights
allow it (data/rights.yml, each text's metadata); the others keep their headnote, apparatus and
data, with the short passages the notes comment on, and a notice that links the lawful copy."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

from conftest import ROOT, load_yaml
from edition.catalogue import read_catalogue
from edition.check.sources import published_in_full
from edition.site import build_site, note_passages, withheld_texts

STATUSES = load_yaml((ROOT / "data" / "rights.yml").read_text(encoding="utf-8"))["statuses"]
TEXTS = {t.slug: t.meta for t in read_catalogue(ROOT).all_texts}


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("’", "'").replace("“", '"').replace("”", '"')).strip()


def sentences(slug: str) -> list[str]:
    text = norm((ROOT / "data" / "sources" / f"{slug}.txt").read_text(encoding="utf-8"))
    return [s for s in re.split(r"(?<=[.!?])\s+", text) if len(s) >= 120]


@pytest.fixture(scope="module")
def site(built_html, tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("site") / "site"
    build_site(built_html, target, ROOT)
    return target


def visible(path: Path) -> str:
    """A page's words as a reader sees them (editor's note calls and paragraph numbers left out)."""
    soup = BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")
    for call in soup.select("sup.editorial-note-ref, a.para-num, span.emendation-original"):
        call.decompose()
    return norm(soup.get_text(""))


def test_the_site_holds_in_full_only_the_texts_the_rights_allow(site, built_html):
    pages = {p: visible(p) for p in site.rglob("*.html")}
    others = [p for p in site.rglob("*") if p.is_file() and p.suffix in {".js", ".txt", ".md", ".ipynb", ".json"}]
    raw = {p: norm(p.read_text(encoding="utf-8", errors="ignore")) for p in others}
    for slug, meta in TEXTS.items():
        page = pages[site / "book" / f"{slug}.html"]
        found = [s for s in sentences(slug) if s[10:110] in page]
        if published_in_full(meta, STATUSES):  # the page as built for study, unchanged
            assert page == visible(built_html / "book" / f"{slug}.html"), slug
            assert found, slug
            continue
        # what remains of a withheld text is what the apparatus quotes, and the repository's own statement
        allowed = [norm(a) for note_id, a in note_passages(ROOT).items()] + [norm(str(meta["rights"]))]
        for sentence in found:
            assert any(sentence[10:110] in a or a in sentence for a in allowed) or "LSE Research Online" in sentence, \
                (slug, sentence[:80])
        assert len(found) <= len(sentences(slug)) // 10, slug
        for where, text in list(pages.items()) + list(raw.items()):
            if where.name != f"{slug}.html":
                assert not [s for s in sentences(slug) if s[10:110] in text], (slug, where)
        assert not list((site / "_sources").rglob(f"{slug}.*"))


def test_a_withheld_chapter_keeps_its_apparatus_anchors_and_the_link_to_the_lawful_copy(site, built_html):
    for slug in withheld_texts(ROOT):
        built = BeautifulSoup((built_html / "book" / f"{slug}.html").read_text(encoding="utf-8"), "lxml")
        page = BeautifulSoup((site / "book" / f"{slug}.html").read_text(encoding="utf-8"), "lxml")
        ids = lambda soup: {t["id"] for t in soup.select("[id^=p-], [id^=fn-], [id^=ed-], [id^=edref-]")}
        assert ids(page) == ids(built), slug
        assert page.select_one("#headnote") and page.select_one("#editorial-notes") is not None
        notice = page.select_one("#rights-notice")
        assert notice is not None and "The text is not published here" in notice.get_text()
        url = (TEXTS[slug].get("lawful_copy") or {}).get("url")
        if url:
            assert notice.find("a", href=url)
    assert not (site / "downloads" / "edition.pdf").exists() and not (site / "downloads" / "edition.epub").exists()
    assert not [p for p in site.rglob("*.html") if 'href="../downloads/edition.pdf"' in p.read_text(encoding="utf-8")]


def test_every_chapter_states_its_rights_and_the_wikipedia_chapter_its_licence_and_attribution(built_html):
    for slug, meta in TEXTS.items():
        record = BeautifulSoup((built_html / "book" / f"{slug}.html").read_text(encoding="utf-8"), "lxml") \
            .select_one(".source-record").get_text(" ")
        assert "Rights status" in record and STATUSES[meta["rights_status"]]["label"].split(" (")[0] in record
        assert "On the published site" in record
    wikipedia = BeautifulSoup((built_html / "book" / "wikipedia-survey.html").read_text(encoding="utf-8"), "lxml")
    record = wikipedia.select_one(".source-record")
    assert record.find("a", href="https://creativecommons.org/licenses/by-sa/3.0/")
    text = norm(record.get_text(" "))
    assert "Wikipedia contributors" in text and "https://en.wikipedia.org/wiki/Foreign_relations_of_the_Soviet_Union" in text
    assert "Licence of this edition's version" in text


# --- Nothing of a withheld text leaks through another file of the site --------------------------

def distinctive_sentences(root: Path = ROOT) -> dict[str, list[str]]:
    """slug -> the long sentences of the author's prose in each withheld text (the catalogue's
    source) that the apparatus does not quote: not the passages the editor's notes comment on, nor
    those the chronology sets side by side where two texts disagree, nor a citation (bibliographic
    data is not the author's prose): words the site may show only if the rights allowed it."""
    import csv
    quoted = [norm(a) for a in note_passages(root).values()]
    with open(root / "data" / "chronology.csv", encoding="utf-8", newline="") as table:
        quoted += [norm(r["quote"]) for r in csv.DictReader(table) if r["discrepancy"]]
    bibliographic = norm((root / "book" / "references.bib").read_text(encoding="utf-8")
                         + (root / "data" / "footnote_citations.csv").read_text(encoding="utf-8"))
    citation = re.compile(r"\bpp?\. ?\d|\d{4}\)|\bibid\b|op\. ?cit|\bvol\.|https?:|\bISSN\b|\bDOI\b|©", re.I)
    texts = {t.slug: t for t in read_catalogue(root).all_texts}
    found = {}
    for slug in withheld_texts(root):
        text = norm(texts[slug].source.read_text(encoding="utf-8"))
        long = [s for s in re.split(r"(?<=[.!?])\s+", text) if len(s) >= 100 and not citation.search(s)
                and s[10:90] not in bibliographic]
        found[slug] = [s for s in long if not any(s[10:90] in q or (len(q) > 40 and q in s) for q in quoted)]
    return found


def readable_files(folder: Path) -> dict[str, str]:
    """Every file of a built site as the text a reader or a program can take from it: pages and
    text files as they are, each member of a zip (EPUB included) and the PDF via pdftotext."""
    import shutil
    import subprocess
    import zipfile
    texts = {}
    for path in folder.rglob("*"):
        if not path.is_file():
            continue
        if path.suffix in {".zip", ".epub"}:
            with zipfile.ZipFile(path) as bundle:
                for member in bundle.namelist():
                    texts[f"{path}!{member}"] = norm(re.sub(r"<[^>]+>", "", bundle.read(member).decode("utf-8", "ignore")))
        elif path.suffix == ".pdf":
            assert shutil.which("pdftotext"), "poppler-utils is needed to read the PDF (scripts/ensure-poppler.sh)"
            texts[str(path)] = norm(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                                                   check=True).stdout)
        elif path.suffix == ".html":
            texts[str(path)] = visible(path) + " " + norm(path.read_text(encoding="utf-8"))  # meta tags too
        elif path.suffix not in {".png", ".svg", ".ico", ".woff", ".woff2", ".ttf", ".mo", ".gif", ".jpg"}:
            texts[str(path)] = norm(path.read_text(encoding="utf-8", errors="ignore"))
    return texts


def leaks(folder: Path, own_page: bool = True) -> list[tuple[str, str, str]]:
    """(slug, file, sentence) for each distinctive sentence of a withheld text found in a file;
    with own_page=False, not in the text's own chapter page (whose remains the test above checks)."""
    sentences = distinctive_sentences()  # once, not once per file
    return [(slug, name, s[:60]) for name, text in readable_files(folder).items()
            for slug, found in sentences.items() for s in found if s[10:90] in text
            and (own_page or name != str(folder / "book" / f"{slug}.html"))]


def test_the_distinctive_sentences_are_real_and_the_scan_finds_them_in_the_study_build(built_html):
    found = distinctive_sentences()
    assert set(found) == set(withheld_texts(ROOT)) and all(len(s) >= 5 for s in found.values()), \
        {slug: len(s) for slug, s in found.items()}
    in_study = {(slug, name.split("!")[0]) for slug, name, _ in leaks(built_html)}
    for slug in found:  # the scan can fail: the study build holds each withheld text
        assert (slug, str(built_html / "book" / f"{slug}.html")) in in_study, slug
    for download in ("edition.pdf", "edition.epub"):  # made by make pdf / make epub, when made
        if (built_html / "downloads" / download).exists():
            assert {slug for slug, name in in_study if name.endswith(download)} == set(found), download


def test_no_file_of_the_site_holds_a_sentence_of_a_withheld_text(site):
    assert leaks(site, own_page=False) == []


def test_the_site_search_index_holds_no_word_only_a_withheld_text_has(site, built_html):
    """Every term of the site's search index comes from a word the site shows; the study build's
    index, which indexes the withheld texts in full, fails the same test."""
    from sphinx.search import languages
    from edition.site_search import read_index
    lang = languages["en"]({})
    stem = lambda word: lang.stem(word).lower()
    shown = set()
    for path in site.rglob("*.html"):
        for word in lang.split(BeautifulSoup(path.read_text(encoding="utf-8"), "lxml").get_text(" ")):
            shown |= {stem(word), word.lower()}
    texts = {t.slug: t for t in read_catalogue(ROOT).all_texts}
    for folder, expect_leak in ((site, False), (built_html, True)):
        terms = set(read_index(folder / "searchindex.js")["terms"])
        for slug in withheld_texts(ROOT):
            words = lang.split(texts[slug].source.read_text(encoding="utf-8"))
            only_withheld = {stem(w) for w in words if lang.word_filter(stem(w))} - shown
            assert only_withheld, slug  # the text has words the site does not show
            assert bool(only_withheld & terms) == expect_leak, (folder, slug, sorted(only_withheld & terms)[:10])


def test_the_site_data_downloads_quote_a_withheld_text_only_in_short(site, built_html):
    import csv
    import io
    import zipfile
    from edition.site_data import CUT, QUOTE_WORDS
    withheld = set(withheld_texts(ROOT))
    seen = 0
    for bundle in (site / "downloads").glob("*.zip"):
        with zipfile.ZipFile(bundle) as z:
            for member in [m for m in z.namelist() if m.endswith(".csv")]:
                for row in csv.DictReader(io.StringIO(z.read(member).decode("utf-8"))):
                    if row.get("chapter") in withheld and "quote" in row:
                        seen += 1
                        assert len(row["quote"].removesuffix(CUT).split()) <= QUOTE_WORDS, (bundle.name, row["quote"])
    assert seen > 0
    with zipfile.ZipFile(built_html / "downloads" / "data-package.zip") as z:  # the study build keeps them whole
        table = z.read("soviet-foreign-relations-data/data/chronology.csv").decode("utf-8")
    assert any(len(r["quote"].split()) > QUOTE_WORDS for r in csv.DictReader(io.StringIO(table))
               if r["chapter"] in withheld)


def test_the_edition_states_its_own_licence_per_part_in_files_on_each_chapter_and_in_its_records(built_html):
    parts = {p["id"]: p for p in load_yaml((ROOT / "data" / "rights.yml").read_text(encoding="utf-8"))
             ["edition_licences"]}
    assert parts["code"]["spdx"] == "MIT" and "MIT License" in (ROOT / parts["code"]["file"]).read_text(encoding="utf-8")
    legal = (ROOT / parts["apparatus"]["file"]).read_text(encoding="utf-8")
    assert parts["apparatus"]["spdx"] == "CC-BY-4.0" and legal.startswith(
        "Creative Commons Attribution 4.0 International Public License") and "Section 8" in legal
    for slug in TEXTS:  # the editor's work on every chapter, whatever the text's own rights
        record = norm(BeautifulSoup((built_html / "book" / f"{slug}.html").read_text(encoding="utf-8"), "lxml")
                      .select_one(".source-record").get_text(" "))
        assert "Licence of the apparatus" in record and parts["apparatus"]["licence"] in record, slug
    for page in ("index", "method"):
        text = visible(built_html / "book" / f"{page}.html")
        assert "MIT License" in text and "CC BY 4.0" in text, page
    package = load_yaml((ROOT / "data" / "datapackage.yaml").read_text(encoding="utf-8"))
    assert [lic["name"] for lic in package["licenses"]] == [parts["apparatus"]["spdx"]]
    cff = load_yaml((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    assert "MIT License" in cff["abstract"] and "CC BY 4.0" in cff["abstract"]
