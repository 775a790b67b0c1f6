"""The published site (`make site`, edition/site.py) carries in full only the texts whose rights
allow it (data/rights.yml, each text's metadata); the others keep their headnote, apparatus and
data, with the short passages the notes comment on, and a notice that links the lawful copy."""

from __future__ import annotations

import yaml

from conftest import ROOT, load_yaml
from edition.catalogue import read_catalogue
from edition.check import run_checks
from edition.check.sources import published_in_full

STATUSES = load_yaml((ROOT / "data" / "rights.yml").read_text(encoding="utf-8"))["statuses"]
TEXTS = {t.slug: t.meta for t in read_catalogue(ROOT).all_texts}


def test_each_text_has_a_rights_status_and_a_decision_the_rights_allow():
    from edition.site import withheld_texts  # BeautifulSoup: imported by the worker that runs this
    expected = {"sino-soviet-1953": "in-copyright", "khrushchev-essay": "unknown", "wikipedia-survey": "open-licence",
                "country-study-1920s": "public-domain", "zubok-1980s": "in-copyright"}
    assert {slug: TEXTS[slug]["rights_status"] for slug in expected} == expected
    assert set(withheld_texts(ROOT)) == {slug for slug, meta in TEXTS.items()
                                         if not STATUSES[meta["rights_status"]]["publish_in_full"]}
    assert TEXTS["zubok-1980s"]["lawful_copy"]["url"] == "http://eprints.lse.ac.uk/79133/"


def test_a_permission_recorded_in_the_metadata_publishes_the_text():
    meta = dict(TEXTS["zubok-1980s"], publish="full")
    assert not published_in_full(meta, STATUSES)
    meta["permission"] = {"granted_by": "Taylor & Francis", "date": "2027-01-15", "terms": "non-commercial"}
    assert published_in_full(meta, STATUSES)


def test_publishing_in_full_without_the_right_is_reported_at_its_line(tmp_path):
    from conftest import copy_project
    project = copy_project(tmp_path)
    path = project / "data" / "sources" / "zubok-1980s.yml"
    text = path.read_text(encoding="utf-8").replace("publish: apparatus-only", "publish: full")
    path.write_text(text, encoding="utf-8")
    line = text.split("\n").index("publish: full") + 1
    found = [f"{p.path}:{p.line}: {p.message}" for p in run_checks(project, only={"sources and metadata"})]
    assert f"data/sources/zubok-1980s.yml:{line}: publish: full, but the text is in-copyright and no permission " \
           "is recorded (granted_by, date, terms)" in found
