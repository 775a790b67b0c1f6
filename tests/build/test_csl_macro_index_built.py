"""citeproc-js as the edition runs it (edition/citations/csl/format.js, with each style's macros
indexed by name) answers exactly as citeproc-js left as it is, on the edition's own items: the
bibliography rebuilt from the footnotes, a note citing each work at a page, the chapters' citation
records and the editorial sources, in every style the edition offers."""

from __future__ import annotations

import json
import subprocess

import pytest

from conftest import ROOT
from edition.citations import csl
from edition.citations.edition_bibliography import build
from edition.citing import Edition, build_records
from edition.sphinx_ext.state import editorial_source_items

UNCHANGED = ("const {format} = require(process.argv[1]);"  # required, format.js leaves citeproc-js unchanged
             "process.stdout.write(JSON.stringify(format(JSON.parse(require('fs').readFileSync(0, 'utf8')))));")


def unchanged_citeproc(style: str, items: list[dict], notes: list) -> dict:
    payload = json.dumps({"style": csl.style_xml(style), "locale": csl.locale_xml(), "items": items, "notes": notes})
    done = subprocess.run(["node", "-e", UNCHANGED, str(csl.SCRIPT)], input=payload, capture_output=True,
                          text=True, cwd=ROOT, check=True, timeout=600)
    return json.loads(done.stdout)


def edition_items() -> dict[str, tuple[list[dict], list]]:
    works = build(ROOT).items()
    records = build_records(Edition(title="The edition", version="1", date="2026-12-01",
                                    base_url="https://example.org/edition/", editors=("Family, Given",),
                                    publisher="A Press", place="A Place"), ROOT)
    return {"works": (works, [(item["id"], "12") for item in works]),
            "records": ([r.csl_item() for r in records], [(r.id, None) for r in records]),
            "sources": (editorial_source_items(ROOT), [])}


@pytest.mark.parametrize("style", sorted(csl.STYLES))
def test_the_indexed_processor_answers_as_citeproc_js_unchanged(style, tmp_path, monkeypatch):
    monkeypatch.setattr(csl, "CACHE", tmp_path / "csl")  # every request reaches the processor
    for what, (items, notes) in edition_items().items():
        assert len(items) > 5, what
        assert csl.run(style, items, notes) == unchanged_citeproc(style, items, notes), what
