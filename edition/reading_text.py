"""The reading text of a chapter: the source's words as the chapter holds them.

A chapter is parsed with myst-parser's own markdown-it set-up, so roles, directives,
targets and footnotes are understood exactly as the build understands them. Editorial
markup is left out (directives, labels, gap marks, editorial notes), corrections are
read backwards (an emendation yields its original), and footnote bodies form streams of
their own, keyed by note number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from markdown_it.renderer import RendererHTML
from myst_parser.config.main import MdParserConfig
from myst_parser.parsers.mdit import create_md_parser

from .footnotes import SUPERSCRIPT_DIGITS

WORD = re.compile(r"[^\W_]+")
SUPERSCRIPT = re.compile(f"[{SUPERSCRIPT_DIGITS}]+")

# What each role contributes to the reading text.
EDITORIAL_ROLES = {"gap", "missing", "edtitle", "ednote", "edsource", "xref", "pagebreak"}  # the editor's words: left out


def emendation_original(content: str) -> str:
    """`{emend}` content is `corrected|original` or `corrected|original|reason`."""
    parts = content.split("|")
    return parts[1] if len(parts) > 1 else content


def role_source_text(name: str, content: str) -> str:
    if name in EDITORIAL_ROLES:
        return ""
    if name == "emend":
        return emendation_original(content)
    # Reference-like roles ({term}, {index}, {ref}, {entity} ...) show the text before `<...>`.
    return re.sub(r"\s*<[^<>]*>\s*$", "", content) if content.rstrip().endswith(">") else content


def words(text: str) -> list[str]:
    return WORD.findall(SUPERSCRIPT.sub(" ", text))


@dataclass
class Word:
    text: str
    line: int  # 1-based line of the file the word comes from


@dataclass
class ReadingText:
    title: list[Word] = field(default_factory=list)
    body: list[Word] = field(default_factory=list)
    notes: dict[str, list[Word]] = field(default_factory=dict)


def _parser():
    config = MdParserConfig(enable_extensions={"attrs_block", "attrs_inline", "colon_fence", "deflist"})
    return create_md_parser(config, RendererHTML)


def reading_text(markdown: str) -> ReadingText:
    result = ReadingText()
    tokens = _parser().parse(markdown)
    note_label = None
    heading_level = None
    for token in tokens:
        if token.type in ("footnote_open", "footnote_reference_open"):
            note_label = str(token.meta.get("label"))
            result.notes.setdefault(note_label, [])
        elif token.type in ("footnote_close", "footnote_reference_close"):
            note_label = None
        elif token.type == "heading_open":
            heading_level = token.tag
        elif token.type == "heading_close":
            heading_level = None
        elif token.type == "inline":
            line = (token.map[0] + 1) if token.map else 0
            found = [Word(w, line) for w in words(_inline_text(token.children or []))]
            if note_label is not None:
                result.notes[note_label] += found
            elif heading_level == "h1" and not result.title and not result.body:
                result.title += found
            else:
                result.body += found
    return result


def _inline_text(children) -> str:
    out = []
    for child in children:
        if child.type in ("text", "code_inline"):
            out.append(child.content)
        elif child.type == "myst_role":
            out.append(role_source_text(child.meta.get("name", ""), child.content))
        elif child.type in ("softbreak", "hardbreak"):
            out.append(" ")
        elif child.type == "footnote_ref":
            out.append(" ")
        elif child.children:
            out.append(_inline_text(child.children))
        else:
            out.append(" ")  # tag tokens (em_open, link_open ...) carry no words
    return "".join(out)
