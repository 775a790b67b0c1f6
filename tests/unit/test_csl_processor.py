"""The citeproc-js processor: one process per Python process, an engine per style kept between
requests, and no request seeing what an earlier one registered."""

from __future__ import annotations

import json
import os
import subprocess

import pytest

from edition.citations import csl

BOOK = {"id": "w1", "type": "book", "title": "The First Title", "author": [{"family": "Adams", "given": "Ann"}],
        "publisher": "Harvard University Press", "publisher-place": "Cambridge, MA", "issued": {"date-parts": [[1990]]}}


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    monkeypatch.setattr(csl, "CACHE", tmp_path / "csl")  # every request reaches the processor


def one_shot(style: str, items: list[dict], notes: list) -> dict:
    """The answer of a processor that serves this request alone (a new process, a new engine),
    kept as csl.run keeps answers: keyed on the request and on the processor (format.js and the
    pinned package-lock.json), so it is asked again whenever either changes."""
    payload = json.dumps({"style": csl.style_xml(style), "locale": csl.locale_xml(), "items": items,
                          "notes": notes}, sort_keys=True)
    kept = csl.ROOT / ".cache" / "csl-one-shot" / f"{csl._key(payload)}.json"
    if kept.is_file():
        return json.loads(kept.read_text(encoding="utf-8"))
    done = subprocess.run(["node", str(csl.SCRIPT)], input=payload + "\n", capture_output=True, text=True,
                          cwd=csl.ROOT, check=True)
    kept.parent.mkdir(parents=True, exist_ok=True)
    partial = kept.with_suffix(f".{os.getpid()}.part")
    partial.write_text(done.stdout, encoding="utf-8")
    partial.replace(kept)
    return json.loads(done.stdout)


def test_requests_share_one_process_and_never_an_earlier_item(fresh_cache):
    first = csl.run("chicago", [BOOK], [("w1", "12")])
    process = csl._processor().node.pid
    changed = dict(BOOK, title="A Second Title", author=[{"family": "Brown", "given": "Bea"}])
    second = csl.run("chicago", [changed], [("w1", "7")])  # the same id, other data
    assert csl._processor().node.pid == process
    assert "First Title" in first["bibliography"]["w1"] and "Adams" in first["notes"][0]
    assert "Second Title" in second["bibliography"]["w1"] and "First Title" not in second["bibliography"]["w1"]
    assert "Brown" in second["notes"][0] and "Adams" not in second["notes"][0]


def test_answers_equal_a_processor_that_serves_one_request(fresh_cache):
    style = "chicago"  # the note style: clusters of several cites, prefixes (an engine costs 1-2 s to build)
    other = {"id": "w2", "type": "article-journal", "title": "An Article", "container-title": "Cold War History",
             "volume": "3", "issue": "2", "page": "1-20", "author": [{"family": "Adams", "given": "Ann"}],
             "issued": {"date-parts": [[1990]]}}
    csl.run(style, [other], [("w2", "4")])  # an earlier request in the same engine
    notes = [("w1", "12"), {"cites": [{"id": "w1", "locator": "3"}, {"id": "w2", "prefix": "see also "}]}]
    assert csl.run(style, [BOOK, other], notes) == one_shot(style, [BOOK, other], notes)


def test_a_failing_request_is_an_error_and_the_next_one_is_served(fresh_cache, monkeypatch):
    monkeypatch.setattr(csl, "style_xml", lambda name: "<style>not CSL</style>")
    with pytest.raises(csl.CSLError, match="citeproc-js failed"):
        csl.run("broken", [BOOK])
    monkeypatch.undo()
    assert "First Title" in csl.run("chicago", [BOOK])["bibliography"]["w1"]


def test_what_a_bibliography_leaves_out_has_its_note_form_from_the_same_request(fresh_cache):
    """Chicago lists no unpublished interview in a bibliography: its note form is the reader's
    reference, made in the request that made the entries (not in a second one)."""
    interview = {"id": "i1", "type": "interview", "title": "Interview by the author",
                 "author": [{"family": "Brown", "given": "Bea"}], "issued": {"date-parts": [[2001, 5, 4]]}}
    answer = csl.run("chicago", [BOOK, interview], unlisted_as_notes=True)
    assert answer["bibliography"]["i1"] is None and "First Title" in answer["bibliography"]["w1"]
    assert list(answer["unlisted"]) == ["i1"]
    assert answer["unlisted"]["i1"] == csl.run("chicago", [BOOK, interview], [("i1", None)])["notes"][0]
    assert "Brown" in answer["unlisted"]["i1"]


# Last: the processor it starts belongs to no process, so the next test would start a third (and
# build its Chicago engine again).
def test_a_forked_process_starts_its_own_processor(fresh_cache, monkeypatch):
    csl.run("chicago", [BOOK])
    parent = csl._processor()
    monkeypatch.setattr(csl.os, "getpid", lambda: parent.pid + 1)  # as in a reader Sphinx's -j forked
    assert not parent.alive()
    assert csl._processor() is not parent
