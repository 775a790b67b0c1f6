"""The chapter model: a table of small chapters, good and bad, read as the build reads them,
and the one list of editorial constructs kept in step with the extension that renders them."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT
from edition.chapter import constructs, parse_chapter
from edition.chapter.emendations import parse_emendation


def read(body: str):
    return parse_chapter("(t)=\n\n# Title\n\n" + body + "\n", Path("book/t.md"), "t", "book/t.md")


def test_every_editorial_construct_has_its_rendering_and_nothing_else_does():
    from edition.sphinx_ext.directives import DIRECTIVES  # docutils and Sphinx: imported where they are tested
    from edition.sphinx_ext.roles import ROLES
    assert set(constructs.ROLES) | {"edsource"} == set(ROLES)
    assert "edsource" in constructs.EDITORIAL_PROSE_ROLES
    assert set(constructs.DIRECTIVES) <= set(DIRECTIVES)


@pytest.mark.parametrize("role", sorted(r for r, kind in constructs.ROLES.items() if kind == "marker"))
def test_every_marker_renders_as_the_editors(role):
    """Called as the build calls it, a marker gives a node the reader sees as the editor's."""
    from docutils import nodes
    from docutils.utils import Reporter

    from edition.sphinx_ext.roles import ROLES

    class Inliner:  # the little of docutils' inliner a role uses
        reporter = Reporter("test", 4, 4)
        document = type("Doc", (), {"settings": type("S", (), {"env": type("E", (), {"srcdir": "."})()})()})()

        @staticmethod
        def problematic(rawtext, text, message):
            return nodes.problematic(rawtext, text)

    content = {"gap": "[…]", "xref": "group#0"}.get(role, "Words")
    made, _ = ROLES[role](role, f"{{{role}}}`{content}`", content, 1, Inliner())
    node = made[0]
    editorial = "editorial" in node.get("classes", []) or node.tagname in ("editorial_note_ref", "cross_reference")
    assert editorial


@pytest.mark.parametrize("body, problem", [
    ("{#p-1}\nText <b>bold</b>.", "raw HTML"),
    ("<div>Invented.</div>", "raw HTML"),
    ("```{raw} html\n<p>x</p>\n```", "directive {raw}"),
    (":::{note}\nx\n:::", "directive {note}"),
    ("{#p-1}\nText {sub}`x`.", "role {sub}"),
    ("{#p-1}\nText {edsource}`Some-Source`.", "role {edsource}"),
    ("{#p-1}\n[Text]{.hidden} here.", "span"),
    ("{#p-1 .hidden}\nText.", "attributes"),
    ("{.hidden}\n## A heading\n\n{#p-1}\nText.", "attributes"),
    ("{#p-1}\n## A heading", "attributes"),
    ("{#p-1}\nText `code`.", "code inline"),
    ("% a comment", "comment"),
    ("{#p-1}\n[text](https://example.org) here.", "shows its own address"),
    ("{#p-1}\n{gap}`[…] words`", "gap mark holds no words"),
    ("{#p-1}\nText {edtitle}`Invented`.", "stands only in the chapter's title"),
    ("{#p-1}\nText {missing}`Invented`.", "stands alone in a footnote"),
    ("{#x}\nText.", "only numbered paragraphs"),
    ("(label)=\n{#p-1}\nText.", "labels mark headings only"),
    ("{#p-1}\nText.[^1]\n\n[^1]: A note.\n\n[^1]: Again.", "defined twice"),
])
def test_a_construct_the_model_does_not_know_is_a_problem_at_its_line(body, problem):
    chapter = read(body)
    assert any(problem in p.message and p.line for p in chapter.problems), chapter.problems


def test_a_clean_chapter_has_no_problem_and_keeps_every_place():
    chapter = read("{#p-1}\nThe *speech* \\[for Tashkent\\] of {emend}`Brezhnev|Breznev|misspelling: a letter lost`.[^1]"
                   "\n\n[^1]: See [http://example.org/a_b](<http://example.org/a_b>).")
    assert chapter.problems == []
    block = chapter.paragraphs["p-1"]
    assert block.text() == "The speech [for Tashkent] of Breznev."
    assert block.text(corrected=True, emphasis=True) == "The *speech* [for Tashkent] of Brezhnev."
    assert block.note_refs() == ["1"]
    assert chapter.note_text("1") == "See http://example.org/a_b."
    emendation = chapter.emendations()[0]
    assert (emendation.kind, emendation.line) == ("misspelling", 6)
    line = chapter.lines[emendation.line - 1]
    piece = next(p for p in block.pieces if p.kind == "emendation")
    assert line[piece.start:piece.end].startswith("{emend}`Brezhnev|")


@pytest.mark.parametrize("content, ok", [
    ("Wilson|Silson|typo: a letter", True),
    ("revolutionary-imperial|revolutionaryimperial|capture error: the hyphen lost", True),
    ("for foreign|foreign|missing word: 'for' is lost", True),
    ("to return to launch|to return to return to launch|dittography: repeated", True),
    ("to launch|to return to return to launch|dittography: more than the repetition", False),
    ("Soviet defence|Soviet foreign|typo: slip", False),
    ("praising|denouncing|typo: x", False),
    ("praising|denouncing|conjecture: the sense", False),  # no source
    ("praising|denouncing|conjecture: the sense|Some-Source", True),
    ("Wilson|Silson|a letter", False),  # no kind
    ("Wilson|Silson|typo:", False),  # no reason
    ("Wilson|Silson", False),
    ("Wilson|Wilson|typo: none", False),
    ("Wilson|Silson|typo: a letter|Some-Source", False),  # only a conjecture names a source
])
def test_an_emendation_is_a_reviewed_record(content, ok):
    emendation, problems = parse_emendation(content, 1)
    assert (emendation is not None) == ok, problems


def test_the_faster_plain_text_rule_gives_markdown_its_own_tokens():
    """The chapter parser's "text" rule (one regular-expression search) against markdown-it's own (a
    loop over characters), on every page of the book, the test data and runs of every character
    that ends plain text."""
    from markdown_it.renderer import RendererHTML
    from markdown_it.rules_inline.text import _TerminatorChars
    from myst_parser.config.main import MdParserConfig
    from myst_parser.parsers.mdit import create_md_parser
    from edition.chapter.parse import EXTENSIONS, markdown_parser

    stock = create_md_parser(MdParserConfig(enable_extensions=EXTENSIONS), RendererHTML)
    assert stock.inline.ruler.__find__("text") >= 0 and markdown_parser() is not stock
    texts = [p.read_text(encoding="utf-8") for folder in ("book", "tests") for p in sorted((ROOT / folder).rglob("*.md"))]
    texts += ["", "plain", "a" + "".join(sorted(_TerminatorChars)) + "b", "*x* [y](z) `c` {r}`t` ^[n]", "ü¹ — «x»\n\nz"]
    assert len(texts) > 20
    for text in texts:
        ours = [(t.type, t.content, t.map, [(c.type, c.content) for c in t.children or []])
                for t in markdown_parser().parse(text)]
        assert ours == [(t.type, t.content, t.map, [(c.type, c.content) for c in t.children or []])
                        for t in stock.parse(text)]
