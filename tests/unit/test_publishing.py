"""Publishing the edition: its version and changelog, CITATION.cff, a site that loads nothing
from another host, the PDF and the EPUB, canonical URLs, the sitemap, the 404 page and the
workflow that publishes it all."""

from __future__ import annotations

import copy
import json
import re
import tomllib
from datetime import date, datetime, timezone
from xml.etree import ElementTree

import jsonschema
import pytest
import yaml

from conftest import ROOT, load_yaml
from edition.sphinx_ext.transforms import shows_its_url
from edition.sphinx_ext.publishing import normalise_base_url, sitemap_xml
from edition.sphinx_ext.self_contained import is_remote
from edition.sphinx_ext.version import build_date


VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
CONFIG = load_yaml((ROOT / "_config.yml").read_text(encoding="utf-8"))
TOC = load_yaml((ROOT / "_toc.yml").read_text(encoding="utf-8"))


def changelog_versions() -> dict[str, str]:
    text = (ROOT / "book" / "changelog.md").read_text(encoding="utf-8")
    return dict(re.findall(r"^## (\d+\.\d+\.\d+) \((\d{4}-\d{2}-\d{2})\)$", text, re.M))


# --- the version and the changelog ------------------------------------------------------------


def test_the_changelog_lists_the_version_of_pyproject_first():
    versions = changelog_versions()
    assert list(versions)[0] == VERSION
    assert all(date.fromisoformat(day) for day in versions.values())


def test_the_changelog_closes_the_apparatus_part_of_the_table_of_contents():
    apparatus = next(part for part in TOC["parts"] if part["caption"] == "Apparatus")
    assert apparatus["chapters"][-1] == {"file": "book/changelog"}
    assert (ROOT / "book" / "changelog.md").read_text(encoding="utf-8").startswith("(changelog)=\n# Changelog\n")


@pytest.mark.parametrize("environ, expected", [
    ({"SOURCE_DATE_EPOCH": "0"}, "1970-01-01"),
    ({"SOURCE_DATE_EPOCH": "1795305600"}, "2026-11-22"),
    ({"SOURCE_DATE_EPOCH": ""}, None),
    ({}, None),
])
def test_the_build_date_is_today_unless_the_build_is_reproducible(environ, expected):
    assert build_date(environ) == (expected or datetime.now(timezone.utc).date().isoformat())


# --- CITATION.cff -----------------------------------------------------------------------------


def cff_validator() -> jsonschema.Draft7Validator:
    schema = json.loads((ROOT / "tests" / "data" / "cff-1.2.0.schema.json").read_text(encoding="utf-8"))
    assert schema["$id"] == "https://citation-file-format.github.io/1.2.0/schema.json"
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)


def citation() -> dict:
    return load_yaml((ROOT / "CITATION.cff").read_text(encoding="utf-8"))


def test_citation_cff_is_valid_against_the_official_cff_1_2_0_schema():
    errors = [f"{error.json_path}: {error.message}" for error in cff_validator().iter_errors(citation())]
    assert errors == []


@pytest.mark.parametrize("change, where", [
    (lambda cff: cff.pop("authors"), []),                                     # required
    (lambda cff: cff.update(type="book"), ["type"]),                          # dataset or software only
    (lambda cff: cff.update({"date-released": "22 November 2026"}), ["date-released"]),
    (lambda cff: cff.update({"cff-version": "1.1.0"}), ["cff-version"]),
    (lambda cff: cff.update(licence="MIT"), []),                              # not a CFF key
    (lambda cff: cff["references"][0].pop("authors"), ["references", 0]),
])
def test_the_schema_rejects_a_broken_citation_file(change, where):
    broken = copy.deepcopy(citation())
    change(broken)
    assert where in [list(error.absolute_path) for error in cff_validator().iter_errors(broken)]


def test_citation_cff_describes_this_edition_at_its_version():
    cff = citation()
    assert cff["title"] == CONFIG["title"]
    editors = CONFIG["sphinx"]["config"].get("edition_editors") or []
    assert cff["authors"] == ([{"family-names": n.split(",")[0].strip(), "given-names": n.split(",")[1].strip()}
                               if "," in n else {"name": n} for n in editors] or [{"name": CONFIG["title"]}])
    assert "editors of the edition" not in (ROOT / "CITATION.cff").read_text(encoding="utf-8").lower()
    assert cff["type"] == "dataset"
    assert str(cff["version"]) == VERSION
    assert cff["date-released"] == changelog_versions()[VERSION]


@pytest.mark.parametrize("index, slug", [(0, "zubok-1980s"), (1, "country-study-1920s"), (2, "wikipedia-survey")])
def test_citation_cff_names_the_sources_as_their_records_do(index, slug):
    reference = citation()["references"][index]
    record = load_yaml((ROOT / "data" / "sources" / f"{slug}.yml").read_text(encoding="utf-8"))
    assert reference["title"] == record["title"]
    assert str(reference["year"]) == record["date"]
    if record["authors"]:  # CFF needs an author: an unsigned text's reference names the contributors
        assert reference["authors"] == [{"name": a["literal"]} if a.get("literal") else
                                        {"family-names": a["family"], "given-names": a["given"]}
                                        for a in record["authors"]]
    if record["publication"].get("doi"):
        assert reference["doi"] == record["publication"]["doi"]
        assert reference["journal"] == record["publication"]["journal"]
    else:
        assert reference["publisher"]["name"] == record["publication"]["publisher"]


@pytest.mark.parametrize("url, remote", [
    ("https://cdn.jsdelivr.net/npm/mathjax@3/es5/tex-mml-chtml.js", True),
    ("//fonts.googleapis.com/css", True),
    ("http://example.org/x.js", True),
    ("_static/edition.js", False),
    ("../_static/styles/theme.css?digest=1", False),
    ("searchindex.js", False),
    ("data:image/svg+xml;base64,AAAA", False),
])
def test_is_remote(url, remote):
    assert is_remote(url) is remote


@pytest.mark.parametrize("text, url, shown", [
    ("http://www.saburov.org/economics/reforms", "http://www.saburov.org/economics/reforms", True),
    ("www.saburov.org/economics/reforms/", "http://www.saburov.org/economics/reforms", True),
    ("Fang Lizhi, review of Prisoner of the State", "https://muse.jhu.edu/article/380709", False),
    ("eprints.lse.ac.uk", "http://eprints.lse.ac.uk/79133/", False),
])
def test_a_link_whose_text_is_its_address_is_not_printed_twice(text, url, shown):
    from docutils import nodes
    assert shows_its_url(nodes.reference(text, text, refuri=url)) is shown


@pytest.mark.parametrize("value, expected", [
    ("", ""),
    ("  ", ""),
    ("https://owner.github.io/repo", "https://owner.github.io/repo/"),
    ("https://owner.github.io/repo/", "https://owner.github.io/repo/"),
    ("https://edition.example.org", "https://edition.example.org/"),
    ("owner.github.io/repo", ValueError),
    ("ftp://example.org/", ValueError),
    ("https://example.org/?page=1", ValueError),
])
def test_the_base_url_is_normalised_or_refused(value, expected):
    if expected is ValueError:
        with pytest.raises(ValueError, match="malformed base URL"):
            normalise_base_url(value)
    else:
        assert normalise_base_url(value) == expected


def test_the_sitemap_escapes_what_xml_needs_escaped():
    xml = sitemap_xml("https://example.org/a&b/", ["book/x.html"])
    assert ElementTree.fromstring(xml).find("{*}url/{*}loc").text == "https://example.org/a&b/book/x.html"


# --- the publish workflow ---------------------------------------------------------------------


def test_the_publish_workflow_builds_with_the_make_targets_and_deploys_to_pages():
    workflow = load_yaml((ROOT / ".github" / "workflows" / "publish.yml").read_text(encoding="utf-8"))
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert triggers["push"]["branches"] == ["main"] and "workflow_dispatch" in triggers
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    build, deploy = workflow["jobs"]["build"], workflow["jobs"]["deploy"]
    runs = [step["run"] for step in build["steps"] if "run" in step]
    for target in ("make book", "make pdf", "make epub", "make site"):
        assert any(re.search(rf"^{target}$", run, re.M) for run in runs), target
    uses = {step["uses"].split("@")[0]: step for step in build["steps"] if "uses" in step}
    assert uses["actions/configure-pages"]["id"] == "pages"
    names = [step.get("run", step.get("uses", "")) for step in build["steps"]]
    sets_base = names.index('echo "EDITION_BASEURL=${{ steps.pages.outputs.base_url }}/" >> "$GITHUB_ENV"')
    assert sets_base < names.index("make book") and sets_base > names.index(uses["actions/configure-pages"]["uses"])
    assert uses["actions/upload-pages-artifact"]["with"]["path"] == "_build/site"  # rights honoured: edition/site.py
    assert deploy["needs"] == "build"
    assert [step["uses"].split("@")[0] for step in deploy["steps"]] == ["actions/deploy-pages"]
    assert deploy["environment"]["name"] == "github-pages"
