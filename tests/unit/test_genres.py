"""The genres a source's metadata may give (edition/genres.yml): each is typed for reference
managers, and a text of each genre comes out of the edition's writers (CSL-JSON, BibTeX, RIS,
COinS) as what an independent reader (citation-js; Zotero's OpenURL reader, as conftest models
it) takes for that kind of publication, with its title, body, number and container."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT, load_yaml, zotero_type
from edition.catalogue import source_csl
from edition.citations import csl_downloads
from edition.citations.coins import coins_csl_title
from edition.sources import check_metadata, genres

# CSL type -> what Zotero saves a COinS of it as
ZOTERO_SAVES = {"article-journal": "journalArticle", "entry-encyclopedia": "encyclopediaArticle",
                "chapter": "bookSection", "article": "document", "report": "report", "webpage": "webpage"}
# CSL 1.0.2's item types (the specification's list): a genre's type must be one of them
CSL_TYPES = {"article", "article-journal", "article-magazine", "article-newspaper", "bill", "book", "broadcast",
             "chapter", "classic", "collection", "dataset", "document", "entry", "entry-dictionary",
             "entry-encyclopedia", "event", "figure", "graphic", "hearing", "interview", "legal_case", "legislation",
             "manuscript", "map", "motion_picture", "musical_score", "pamphlet", "paper-conference", "patent",
             "performance", "periodical", "personal_communication", "post", "post-weblog", "regulation", "report",
             "review", "review-book", "software", "song", "speech", "standard", "thesis", "treaty", "webpage"}

# Real texts of the corpus, described as an editor would for a report and a web page
REPORT = {"slug": "crs-r48632", "title": "National Alerts: A Primer and Selected Issues for Congress",
          "genre": "report", "date": "2025", "authors": [{"literal": "Congressional Research Service"}],
          "publication": {"publisher": "Congressional Research Service", "place": "Washington, DC",
                          "report_type": "CRS Report", "number": "R48632",
                          "url": "https://www.congress.gov/crs-product/R48632"}}
WEB_PAGE = {"slug": "laramee-stylometry", "title": "Introduction to stylometry with Python", "genre": "web page",
            "date": "2018", "authors": [{"family": "Laramée", "given": "François Dominic"}],
            "publication": {"container": "Programming Historian",
                            "url": "https://programminghistorian.org/en/lessons/introduction-to-stylometry-with-python"}}


def test_every_genre_has_a_csl_type_every_writer_knows():
    assert {"report", "web page"} <= set(genres()) and len(genres()) >= 7
    for name, genre in genres().items():
        assert genre["csl"] in CSL_TYPES and genre["what"], name
        assert genre["csl"] in csl_downloads.BIBLATEX_TYPES and genre["csl"] in csl_downloads.RIS_TYPES, name
        item = source_csl({"slug": "x", "title": "A Title", "genre": name, "publication": {"container": "A Book"}})
        assert zotero_type(coins_csl_title(item)) == ZOTERO_SAVES[genre["csl"]], name


def test_a_genre_not_in_the_table_is_refused_and_the_table_named():
    [(key, message)] = check_metadata({"slug": "x", "title": "T", "genre": "pamphlet", "rights": "r", "capture": "c",
                                       "import": {}}, "x")
    assert key == "genre" and "'report'" in message and "'web page'" in message and "edition/genres.yml" in message


def test_the_skeleton_offers_every_genre():
    from edition.new_source import skeleton
    folder = ROOT / "tests" / "corpus" / "laramee-stylometry-python-2018"
    line = next(l for l in skeleton(folder / "source.txt", ROOT).splitlines() if l.startswith("genre:"))
    assert all(name in line for name in genres())


def parsed(files: list[Path]) -> dict[str, list[dict]]:
    done = subprocess.run(["node", str(ROOT / "tests" / "js" / "parse-references.js"), *map(str, files)],
                          capture_output=True, text=True, cwd=ROOT, check=True)
    return json.loads(done.stdout)


@pytest.mark.parametrize("meta, csl_type, zotero", [(REPORT, "report", "report"), (WEB_PAGE, "webpage", "webpage")],
                         ids=["report", "web page"])
def test_a_report_and_a_web_page_are_read_back_as_what_they_are(tmp_path, meta, csl_type, zotero):
    item = source_csl(meta)
    assert item["type"] == csl_type
    files = {"json": csl_downloads.csl_json([item]), "bib": csl_downloads.bibtex([item]),
             "ris": csl_downloads.ris([item])}
    for ext, text in files.items():
        (tmp_path / f"item.{ext}").write_text(text, encoding="utf-8")
    for path, [read] in parsed([tmp_path / f"item.{ext}" for ext in files]).items():
        assert read["type"] == csl_type and read["title"] == meta["title"], path
        assert read["issued"]["date-parts"][0][0] == int(meta["date"]), path
        assert read.get("URL") == meta["publication"]["url"], path
        for field in ("publisher", "number", "genre", "publisher-place"):  # a report's body, number and kind
            assert read.get(field) == item.get(field), (path, field)
        if csl_type == "webpage" and not path.endswith(".ris"):  # citation-js reads no website title in RIS
            assert read.get("container-title") == "Programming Historian", path
    ris = files["ris"]
    if csl_type == "report":  # as Zotero's RIS translator maps a report: PB institution, SN number, M3 kind
        assert "TY  - RPRT" in ris and "PB  - Congressional Research Service" in ris
        assert "SN  - R48632" in ris and "M3  - CRS Report" in ris
        assert 'institution = "Congressional Research Service"' in files["bib"] and 'type = "CRS Report"' in files["bib"]
    else:  # T2 is a web page's website title to Zotero
        assert "TY  - ELEC" in ris and "T2  - Programming Historian" in ris
    assert zotero_type(coins_csl_title(item)) == zotero


def test_the_corpus_metadata_uses_only_known_genres():
    for path in sorted((ROOT / "tests" / "corpus").glob("*/metadata.yml")):
        assert load_yaml(path.read_text(encoding="utf-8"))["filled"]["genre"] in genres(), path
