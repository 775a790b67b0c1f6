"""The source policy (book/method.md, "Sources of the editor's claims"), enforced by
`python -m edition check` (edition/check/policy.py): refused hosts (data/refused-domains.yml),
a kind and its bibliographic fields (data/source-kinds.yml), every problem at its file:line."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, copy_project, load_yaml
from edition.check import run_checks
from edition.check.policy import refusal, refused_hosts

SOURCES = load_yaml((ROOT / "data" / "editorial-sources.yml").read_text(encoding="utf-8"))
REFUSED, _ = refused_hosts(ROOT)


def policy_problems(root: Path) -> list[str]:
    return [f"{p.path}:{p.line}: {p.message}" for p in run_checks(root, only={"source policy"})]


def test_the_edition_meets_its_source_policy():
    assert policy_problems(ROOT) == []


# Hosts the review found in the apparatus (issue 12), each with the reason it is refused.
@pytest.mark.parametrize("url, reason", [
    ("http://www.fact-index.com/o/or/organization_of_the_communist_party_of_the_soviet_union.html", "mirror"),
    ("http://image.absoluteastronomy.com/topics/Third_World", "mirror"),
    ("https://piglix.com/piglix-ClmqRVwN", "mirror"),
    ("https://www.wikiwand.com/en/Bolsheviks", "mirror"),
    ("https://issuhub.com/view/index?id=23628&pageIndex=76", "sharing"),
    ("https://user.bibliboba.online/reader/x", "sharing"),
    ("https://www.scribd.com/document/1", "sharing"),
    ("https://kids.britannica.com/students/article/Li-Peng/1", "children"),
    ("https://simple.wikipedia.org/wiki/Roy_Medvedev", "wikipedia"),
    ("https://en.m.wikipedia.org./wiki/Portal:Russia", "wikipedia"),
    ("https://www.upi.com/topic/Todor_Zhivkov/", "mirror"),
])
def test_refused_hosts(url, reason):
    hit = refusal(url, REFUSED)
    assert hit is not None and hit["reason"] == reason, url


@pytest.mark.parametrize("url", [
    "https://www.britannica.com/biography/Roy-Medvedev",       # the Britannica proper
    "https://www.upi.com/Archives/1988/10/09/Vladivostok/",    # UPI's archive of wire stories
    "https://history.state.gov/historicaldocuments/frus1945v07/d781",
    "https://digitalarchive.wilsoncenter.org/document/117052",
])
def test_sources_of_standing_are_not_refused(url):
    assert refusal(url, REFUSED) is None


def test_no_source_is_on_a_refused_host_and_each_has_its_kind_and_fields():
    kinds = load_yaml((ROOT / "data" / "source-kinds.yml").read_text())["kinds"]
    for source in SOURCES:
        assert refusal(source.get("url", ""), REFUSED) is None, source["key"]
        required = kinds[source["kind"]]["requires"]
        for field in required:
            assert any(source.get(name) for name in field.split("|")), (source["key"], field)


def test_the_reviewed_cases_are_gone():
    keys = {s["key"] for s in SOURCES}
    # "Wikipedia-Honecker" linked to piglix.com; the glossary's "Cold War" cited a page on the Third World
    assert "Wikipedia-Honecker" not in keys and "absoluteastronomy-third-world" not in keys
    with open(ROOT / "data" / "glossary.csv", encoding="utf-8") as handle:
        cold_war = [row for row in csv.DictReader(handle) if row["term"].startswith("Cold War")]
    assert cold_war and all("third-world" not in row["source"] for row in cold_war)


def test_a_work_read_in_a_refused_copy_is_cited_as_the_work():
    garver = [s for s in SOURCES if s["key"].startswith("Garver-ChinasQuest")]
    assert garver and all(s["publisher"] == "Oxford University Press" and s["year"] == 2016 and s["pages"]
                          and "url" not in s and "issuhub.com" in s["consulted"] for s in garver)


BAD = '''- key: "a-mirror"
  kind: reference
  title: "Erich Honecker"
  container: "Wikipedia"
  publisher: "piglix"
  url: "https://piglix.com/piglix-x"
  excerpt: "x"

- key: "no-kind"
  title: "A page"
  excerpt: "x"

- key: "a-thin-book"
  kind: book
  title: "China's Quest"
  excerpt: "x"
'''


def test_bad_sources_are_reported_at_their_lines_all_at_once(tmp_path):
    project = copy_project(tmp_path)
    path = project / "data" / "editorial-sources.yml"
    path.write_text(path.read_text(encoding="utf-8") + "\n" + BAD, encoding="utf-8")
    lines = path.read_text(encoding="utf-8").split("\n")
    first = lines.index('- key: "a-mirror"') + 1
    url_line = first + 5
    no_kind = lines.index('- key: "no-kind"') + 1
    thin = lines.index('- key: "a-thin-book"') + 1
    found = [m for m in policy_problems(project) if "no claim cites it" not in m]  # (none is cited: below)
    assert [m.split(": source ")[0] for m in found] == [
        f"data/editorial-sources.yml:{url_line}", f"data/editorial-sources.yml:{no_kind}",
        f"data/editorial-sources.yml:{thin + 1}"], found
    assert "piglix.com is refused (mirror" in found[0]
    assert "no 'kind'" in found[1]
    assert "a book needs author|editor, publisher, year" in found[2]


def test_a_refused_domain_needs_a_known_reason(tmp_path):
    project = copy_project(tmp_path)
    path = project / "data" / "refused-domains.yml"
    text = path.read_text(encoding="utf-8").replace("reason: sharing, note: uploaded copies", "reason: dislike, note: x", 1)
    path.write_text(text, encoding="utf-8")
    line = next(n for n, l in enumerate(text.split("\n"), 1) if "reason: dislike" in l)
    assert f"data/refused-domains.yml:{line}: a refused domain needs 'domain' and a 'reason' of" in \
        "\n".join(policy_problems(project))


A_SOURCE = """
- key: {key}
  kind: book
  author: Lüthi, Lorenz M.
  title: The Sino-Soviet Split
  publisher: Princeton University Press
  year: 2008
  excerpt: "x"
"""


def test_a_source_no_claim_cites_is_reported_at_its_line(tmp_path):
    project = copy_project(tmp_path)
    sources = project / "data" / "editorial-sources.yml"
    sources.write_text(sources.read_text(encoding="utf-8") + "".join(
        A_SOURCE.format(key=key) for key in ("Never-Cited", "Named-In-A-Comment", "Cited-By-A-Row")), encoding="utf-8")
    notes = project / "data" / "editorial-notes.yml"
    notes.write_text("# Named-In-A-Comment is only a comment, not a citation\n" + notes.read_text(encoding="utf-8"),
                     encoding="utf-8")
    glossary = project / "data" / "glossary.csv"
    rows = glossary.read_text(encoding="utf-8").split("\n")
    rows[1] += " | Cited-By-A-Row"  # a glossary row now rests on it too (its source is the last column)
    glossary.write_text("\n".join(rows), encoding="utf-8")
    lines = sources.read_text(encoding="utf-8").split("\n")
    found = [m for m in policy_problems(project) if "no claim cites it" in m]
    assert found == [f"data/editorial-sources.yml:{lines.index('- key: ' + key) + 1}: source {key}: no claim cites "
                     "it (no note, chapter, row or record names it): cite it or remove it"
                     for key in ("Never-Cited", "Named-In-A-Comment")]


def test_a_source_whose_last_citation_goes_is_reported(tmp_path):
    """A real source of the edition cited by one glossary row only: the row withdrawn, it is reported."""
    project = copy_project(tmp_path)
    glossary = project / "data" / "glossary.csv"
    rows = list(csv.DictReader(glossary.open(encoding="utf-8")))
    everywhere = "\n".join(p.read_text(encoding="utf-8") for folder in ("book", "data") for p in
                           (project / folder).rglob("*.*") if p.suffix in (".md", ".yml", ".csv")
                           and p.name != "editorial-sources.yml")
    row = next(r for r in rows if r["source"] not in ("", "unsourced") and "|" not in r["source"]
               and everywhere.count(r["source"]) == 1)
    text = glossary.read_text(encoding="utf-8")
    glossary.write_text(text.replace("," + row["source"] + "\n", ",unsourced\n"), encoding="utf-8")
    assert any(f"source {row['source']}: no claim cites it" in m for m in policy_problems(project))
