"""A hostile editor's table: every mutation of the real chapters and data is caught by
`python -m edition check`, at the file and line where it was made.

One copy of the project serves the whole table: each mutation is applied, checked (the
same `run_checks` the command runs) and undone. A mutation names the file it changes, the
text it replaces (which must occur there exactly once) and what it puts instead.
"""

from __future__ import annotations


import pytest

from conftest import copy_project
from edition.check import CHECKS, run_checks

Z, W, S, K, C = ("book/zubok-1980s.md", "book/wikipedia-survey.md", "book/sino-soviet-1953.md",
                 "book/khrushchev-essay.md", "book/country-study-1920s.md")
NOTES, XREFS = "data/editorial-notes.yml", "data/cross-references.yml"
P2_TEXT = "The comparative Sino-Soviet history became a vibrant field."

# (id, file, old, new, file where the problem must be reported (default: the file changed))
MUTATIONS = [
    # -- the author's words, punctuation and markup -----------------------------------------
    ("delete-word", Z, "In early 1982 a good moment came up", "In early 1982 a moment came up", None),
    ("add-word", K, "His approach was very different", "His approach was very, very different", None),
    ("swap-words", S, "integration and joint planning", "joint and integration planning", None),
    ("change-digit-body", Z, "In early 1982 a good moment", "In early 1983 a good moment", None),
    ("change-digit-note", Z, "[^8]: See Friedman, *Shadow Cold War*, p. 218.",
     "[^8]: See Friedman, *Shadow Cold War*, p. 219.", None),
    ("range-to-space", S, "from 1953 to 1956-1957", "from 1953 to 1956 1957", None),
    ("period-to-comma", S, "joint planning. In Moscow", "joint planning, In Moscow", None),
    ("drop-quotation-marks", Z, '"Pyrrhic victory"', "Pyrrhic victory", None),
    ("curly-quotes", Z, '"Pyrrhic victory"', "“Pyrrhic victory”", None),
    ("cyrillic-lookalike", Z, "In early 1982 a good moment", "In early 1982 а good moment", None),
    ("drop-emphasis", Z, "See Friedman, *Shadow Cold War*, p. 218", "See Friedman, Shadow Cold War, p. 218", None),
    ("add-strong", Z, "In early 1982 a good moment", "In early 1982 a **good** moment", None),
    ("add-escaped-star", Z, "In early 1982 a good moment", r"In early 1982 a good\* moment", None),
    ("delete-paragraph", C, "{#p-2}\n", "", None),
    ("delete-note-body", Z, "[^8]: See Friedman, *Shadow Cold War*, p. 218.\n", "", None),
    ("move-note-call", Z, "Soviet Union over China in their struggle for global communist leadership.[^8]",
     "Soviet Union over China[^8] in their struggle for global communist leadership.", None),
    ("invent-note-sentence", Z, "[^8]: See Friedman, *Shadow Cold War*, p. 218.",
     "[^8]: See Friedman, *Shadow Cold War*, p. 218. He is wrong.", None),
    ("change-heading", Z, "## Normalization within geopolitical realities", "## Normalization within realities", None),
    ("change-title", C, "# Foreign Policy, 1921-28", "# Foreign Policy, 1921-29", None),
    # -- invented text in every markup form -------------------------------------------------
    ("raw-html-block", S, "{#p-2}\n", "<div>The Soviets were right.</div>\n\n{#p-2}\n", None),
    ("raw-html-inline", S, "joint planning.", "joint planning <b>and so on</b>.", None),
    ("hidden-span", S, "integration and joint planning", '<span style="display:none">integration and</span> joint planning', None),
    ("div-directive", S, "{#p-2}\n", ":::{div}\nThe Soviets were right.\n:::\n\n{#p-2}\n", None),
    ("raw-directive", S, "{#p-2}\n", "```{raw} html\n<p>The Soviets were right.</p>\n```\n\n{#p-2}\n", None),
    ("note-directive", S, "{#p-2}\n", "```{note}\nThe Soviets were right.\n```\n\n{#p-2}\n", None),
    ("code-block", S, "{#p-2}\n", "```\nThe Soviets were right.\n```\n\n{#p-2}\n", None),
    ("edtitle-in-body", S, "joint planning.", "joint planning{edtitle}`and the Soviets were right`.", None),
    ("words-in-gap", S, "{gap}`[…]` cooperation", "{gap}`[…] the Soviets agreed that` cooperation", None),
    ("missing-outside-note", S, "joint planning.", "joint planning{missing}`and the Soviets were right`.", None),
    ("missing-on-a-kept-note", Z, "[^8]: See Friedman,", "[^8]: {missing}`lost` See Friedman,", None),
    ("unknown-role", S, "joint planning.", "joint {sub}`and invented` planning.", None),
    ("inline-span-attrs", S, "integration and joint planning", "[integration and]{.hidden} joint planning", None),
    ("paragraph-class", S, "{#p-2}\n", "{#p-2 .hidden}\n", None),
    ("code-span", S, "joint planning.", "joint `planning`.", None),
    ("image", S, "joint planning.", "joint planning. ![The Soviets were right](x.png)", None),
    ("blockquote", S, "{#p-2}\n", "> The Soviets were right.\n\n{#p-2}\n", None),
    ("comment-line", S, "{#p-2}\n", "% The Soviets were right.\n\n{#p-2}\n", None),
    ("definition-list", S, "{#p-2}\n", "Soviets\n: were right.\n\n{#p-2}\n", None),
    ("table", S, "{#p-2}\n", "| a | b |\n|---|---|\n| c | d |\n\n{#p-2}\n", None),
    ("link-invented-target", S, "joint planning.", "joint [planning](https://example.org).", None),
    ("javascript-link", S, "joint planning.", "joint [planning](javascript:alert(1)).", None),
    # -- emendations ------------------------------------------------------------------------
    ("emendation-changes-meaning", S, "including the Soviet foreign minister",
     "including the {emend}`Soviet defence|Soviet foreign|typo: slip` minister", None),
    ("emendation-without-kind", Z, "|conjecture: garbled repetition", "|garbled repetition", None),
    ("conjecture-without-source", Z, "repeat the start of the sentence|internal`", "repeat the start of the sentence`", None),
    ("conjecture-unknown-source", Z, "repeat the start of the sentence|internal`",
     "repeat the start of the sentence|no-such-source`", None),
    ("emendation-original-not-in-source", W, "Parties-increasingly|Parties-increasinngly",
     "Parties-increasingly|Parties-increasinnngly", None),
    ("emendation-reason-missing", W, "|typo: 'Parties-increasinngly' for 'Parties-increasingly'`", "|typo:`", None),
    # -- anchors ----------------------------------------------------------------------------
    ("swap-paragraph-ids", C, "{#p-1}\nIn the 1920s", "{#p-9}\nIn the 1920s", None),
    ("renumber-paragraph", S, "{#p-2}\n", "{#p-7}\n", None),
    ("rename-section-label", Z, "(zubok-1980s-normalization-within-geopolitical-realities)=",
     "(zubok-1980s-normalization)=", "data/published-anchors.txt"),
    ("published-anchor-tampered", "data/published-anchors.txt", f"book/zubok-1980s.html#p-2\t{P2_TEXT[:20]}",
     "book/zubok-1980s.html#p-2\tSomething else", None),
    # -- annotations ------------------------------------------------------------------------
    ("ednote-marker-deleted", Z, "{ednote}`Z37`", "", NOTES),
    ("label-above-paragraph", S, "{#p-2}\n", "(invented-label)=\n{#p-2}\n", None),
    ("ednote-unknown-id", Z, "{ednote}`Z37`", "{ednote}`Z999`", None),
    ("ednote-twice", Z, "Brezhnev fully trusted Alexandrov-Agentov{ednote}`Z37`",
     "Brezhnev{ednote}`Z37` fully trusted Alexandrov-Agentov{ednote}`Z37`", None),
    ("xref-unknown-group", Z, "{xref}`detente#2`", "{xref}`no-such-group#0`", None),
    ("note-quote-matches-nothing", NOTES, 'anchor: "On February 1, 1989 Shevardnadze flew to Beijing"',
     'anchor: "On February 2, 1989 Shevardnadze flew to Beijing"', None),
    ("note-quote-matches-twice", NOTES, 'anchor: "On February 1, 1989 Shevardnadze flew to Beijing"',
     'anchor: "Shevardnadze"', None),
    ("note-chapter-unknown", NOTES, 'chapter: "zubok-1980s"\n  anchor: "On February 1, 1989',
     'chapter: "zubok-1890s"\n  anchor: "On February 1, 1989', None),
    ("note-source-unknown", NOTES, 'sources: ["Roberts-CoexistenceCrisisSchism", "Tompson1997-FirstAmongEquals", "PresLib',
     'sources: ["No-Such-Source", "Tompson1997-FirstAmongEquals", "PresLib', None),
    ("xref-quote-changed", XREFS, 'anchor: "the Cold War gave way to \\"Détente\\""',
     'anchor: "the Cold War gave way to Détente"', None),
    # -- data ---------------------------------------------------------------------------------
    ("trade-value", "data/trade.csv", "tr-001,1981,176.8,million rubles,176.8,", "tr-001,1981,167.8,million rubles,167.8,", None),
    ("trade-year", "data/trade.csv", "tr-001,1981,", "tr-001,1982,", None),
    ("trade-reading", "data/trade.csv", "tr-001,1981,176.8,million rubles,176.8,", "tr-001,1981,176.8,million rubles,178.6,", None),
    ("share-value", "data/shares.csv", "sh-003,1981-1989,3,", "sh-003,1981-1989,4,", None),
    ("chronology-quote", "data/chronology.csv", 'In March 1982, Leonid Brezhnev addressed China',
     'In March 1982, Leonid Brezhnev addressed Beijing', None),
    ("chronology-paragraph", "data/chronology.csv", 'zubok-1980s,p-7,"In March 1982, Leonid Brezhnev',
     'zubok-1980s,p-8,"In March 1982, Leonid Brezhnev', None),
    # -- index, glossary, sources, bibliography -------------------------------------------------
    ("entity-empty-name", "data/entities.csv", 'molotov-vyacheslav,"Molotov, Vyacheslav Mikhailovich",',
     'molotov-vyacheslav,"",', None),
    ("entity-unknown-source", "data/entities.csv", "1890-1986,rev-molotov", "1890-1986,no-such-source", None),
    ("glossary-term-twice", "data/glossary.csv", "NEP (New Economic Policy),NEP,", "khozraschet,NEP,", None),
    ("source-javascript-url", "data/editorial-sources.yml",
     "url: https://history.state.gov/historicaldocuments/frus1955-57v09/d199\n",
     "url: javascript:alert(1)\n", None),
    ("source-refused-host", "data/editorial-sources.yml",
     "url: https://history.state.gov/historicaldocuments/frus1955-57v09/d199\n",
     "url: https://piglix.com/piglix/Secret_Speech\n", None),
    ("source-without-kind", "data/editorial-sources.yml", "- key: FRUS1955-57-v09-d199\n  kind: documents\n",
     "- key: FRUS1955-57-v09-d199\n", None),
    ("curated-javascript-url", "data/bibliography-curated.yml", 'url: "https://muse.jhu.edu/article/380709"',
     'url: "javascript:alert(1)"', None),
    # -- sources, records, derived files ----------------------------------------------------------
    ("source-edited", "data/sources/sino-soviet-1953.txt", "joint planning", "joint planing", "data/sources/SHA256SUMS"),
    ("change-record-licenses-more", "data/changes/country-study-1920s.yml", "  - 1\n  - 5\n", "  - 1\n  - 9\n", C),
    ("references-bib-edited", "book/references.bib", 'title = "Neispolzovannyi shans.', 'title = "Neispolzovanny shans.', None),
    ("footnote-citations-edited", "data/footnote_citations.csv", 'Wishnick2001Mending,"Wishnick, Mending Fences",book,',
     'Wishnick2001Mending,"Wishnick, Mending Fences",article,', None),
]


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    copy = tmp_path_factory.mktemp("project")
    copy_project(copy, caches=True)
    assert run_checks(copy) == []  # the copy is clean before the table starts
    return copy


def test_the_table_is_big_enough():
    assert len(MUTATIONS) >= 60
    assert len({m[0] for m in MUTATIONS}) == len(MUTATIONS)


@pytest.mark.parametrize("name, file, old, new, where", MUTATIONS, ids=[m[0] for m in MUTATIONS])
def test_every_mutation_is_caught_at_its_file_and_line(project, monkeypatch, name, file, old, new, where):
    monkeypatch.chdir(project)
    path = project / file
    original = path.read_bytes()
    text = original.decode("utf-8")
    assert text.count(old) == 1, f"the mutation's text must occur once in {file}"
    path.write_text(text.replace(old, new), encoding="utf-8")
    expected = where or file
    try:
        located = caught_at(project, expected)
        problems = [] if located else run_checks(project)
    finally:
        path.write_bytes(original)
    assert located, f"{name}: not caught at {expected}:LINE; problems were: {[str(p) for p in problems]}"


# The check that last reported a mutation at each file: asked first for the next one there.
_CAUGHT_BY: dict[str, str] = {}


def caught_at(project, expected: str) -> list:
    """What `run_checks(project)` reports at `expected`:LINE, asked of its checks one by one until
    one reports something there: its report is the union of theirs, so a problem one of them
    reports is in it (the later checks are not run for nothing). The check that caught the last
    mutation reported at the same file is asked first; the others in the command's order."""
    names = [name for name, _, _ in CHECKS]
    if expected in _CAUGHT_BY:
        names.insert(0, names.pop(names.index(_CAUGHT_BY[expected])))
    for name in names:
        located = [p for p in run_checks(project, only={name}) if p.path == expected and p.line]
        if located:
            _CAUGHT_BY[expected] = name
            return located
    return []


def test_a_recorded_move_licenses_an_anchor_that_now_points_elsewhere(project, monkeypatch):
    """Swapping two paragraphs' ids is caught; with both moves recorded, it passes."""
    monkeypatch.chdir(project)
    chapter, moves = project / C, project / "data" / "anchor-moves.yml"
    original = chapter.read_bytes()
    text = original.decode("utf-8")
    swapped = text.replace("{#p-1}\n", "{#p-X}\n").replace("{#p-2}\n", "{#p-1}\n").replace("{#p-X}\n", "{#p-2}\n")
    first = "In the 1920s, as the new Soviet state"
    second = "Toward the non-Western world, the Soviet leadership limited"
    try:
        # the ids now run p-2, p-1: reorder the blocks so they run in order again, each moved
        blocks = swapped.split("\n\n")
        one = next(i for i, b in enumerate(blocks) if b.startswith("{#p-1}"))
        two = next(i for i, b in enumerate(blocks) if b.startswith("{#p-2}"))
        blocks[one], blocks[two] = blocks[two], blocks[one]
        chapter.write_text("\n\n".join(blocks), encoding="utf-8")
        caught = [p for p in run_checks(project) if p.path == "data/published-anchors.txt"]
        assert len(caught) == 2 and all("now points at" in p.message for p in caught)
        moves.write_text(
            f"- anchor: book/country-study-1920s.html#p-1\n  from: \"{first}\"\n  to: \"{second}\"\n"
            "  reason: a test of a recorded move\n"
            f"- anchor: book/country-study-1920s.html#p-2\n  from: \"{second}\"\n  to: \"{first}\"\n"
            "  reason: a test of a recorded move\n", encoding="utf-8")
        assert [p for p in run_checks(project) if p.path == "data/published-anchors.txt"] == []
    finally:
        chapter.write_bytes(original)
        moves.unlink(missing_ok=True)
