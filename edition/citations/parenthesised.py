"""Sentences printed whole in parentheses after a reference: "Pensacola Tel. Co. v. West. Union, 96 U. S. 1, 9.
(Quoted by Judge Cooley in his Principles of Constitutional Law.)": the secondary citation is read as it is read
unbracketed, its parentheses blanked (same length: spans stay true)."""

from __future__ import annotations

import re
from functools import lru_cache

from .conventions import alternation


@lru_cache(maxsize=1)
def _cited_in_sentence() -> re.Pattern:
    return re.compile(rf"(?:(?<=^)|(?<=[.!?]\s))\((?=(?:{alternation('cited_in')})\s)([^()]*?[.!?])\)(?=\s|$)",
                      re.IGNORECASE)


def unbracket_cited_in(text: str) -> str:
    return _cited_in_sentence().sub(lambda m: f" {m.group(1)} ", text)


# "English Constitution (last American edition), p. 69"; "(2d ed.)": an edition named between a title and its
# locator, blanked (the parser keeps no edition) so that the title and locator are read as when it is absent
EDITION_BETWEEN = re.compile(r"(?<=\w)\s\((?:(?:[A-Za-z]+|\d+(?:st|nd|rd|d|th)?)\.?\s+){1,3}(?:edition|ed\.|edn\.)\)"
                             r"(?=,\s+(?:pp?|vol|vols)\.\s)")


def blank_edition_between(text: str) -> str:
    return EDITION_BETWEEN.sub(lambda m: " " * len(m.group(0)), text)


# 'Works, vol. vi., p. 467: "Letter to Jno. Taylor."': a letter printed in the collection, named after the page
# cited: the collection is the work (an essay so named, "Hume's Essays, vol. i, p. 128: “The Rise of Arts and
# Sciences.”", is a chapter of it); the letter's name is blanked, a full stop left where the colon stood
PIECE_AFTER_PAGE = re.compile(r"(?P<page>\bpp?\.\s*\d+(?:[–-]\d+)?):\s+[“\"](?:Letter|Letters|Epistle)\s[^“”\"]{2,80}?"
                              r"\.?[”\"](?=\s+[A-Z]|\s*$)")


def blank_piece_after_page(text: str) -> str:
    return PIECE_AFTER_PAGE.sub(lambda m: m.group("page") + "." + " " * (len(m.group(0)) - len(m.group("page")) - 1),
                                text)
