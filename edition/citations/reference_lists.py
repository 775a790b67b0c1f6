"""References listed inside one note after the writer's words, as a scholar of 1900 numbers them: "(1) His coming
may be fixed by astrology: Opus Majus, iv. p. 269 .... (2) His coming means the end of the world: ib. p. 262.";
"The lawgiver must assume ... that all men are bad: ib. i. 3.". The numbers and the words before the colon are
blanked (same length: spans stay true), so that what follows the colon is read as a reference of its own."""

from __future__ import annotations

import re
from functools import lru_cache

from .conventions import alternation

LIST_NUMBER = re.compile(r"(?:^|(?<=[.;]\s)|(?<=[.;][\"”]\s))\(\d{1,2}\)\s+")


@lru_cache(maxsize=1)
def _words_before_reference() -> re.Pattern:
    reference = (r"(?:(?:[Ss]ee|[Cc]p\.|[Cc]f\.)\s+)?(?:(?:ib|Ib|ibid|Ibid)\.(?=\s+(?:[ivxlc]+\.|pp?\.|\d))"
                 r"|[A-Z][\w'’.]*(?:\s+[\w'’.]+){0,4},\s+(?:[ivxlc]+\.\s|c\.\s|pp?\.\s))")
    return re.compile(rf"(?:^|(?<=[.;]\s)|(?<=[.;][\"”]\s)|(?<=\)\s)|(?<=\s\s))(?!(?i:{alternation('cited_in')})\s)"
                      rf"(?P<words>(?:[\"“][^\"“”]+[\"”],?\s+)?[A-Za-z](?:[^:;().,]|\.(?!\s))*?):\s+(?={reference})")  # one sentence's


def blank_words_before_references(text: str) -> str:
    text = LIST_NUMBER.sub(lambda m: " " * len(m.group(0)), text)
    return _words_before_reference().sub(
        lambda m: ";" + " " * (len(m.group(0)) - 1) if _prose(m.group("words")) else m.group(0), text)  # a reference
    # of its own: a semicolon where the words began parts it from the reference before


def _prose(words: str) -> bool:
    """"His coming may be fixed by astrology", not a title before its subtitle ("The Central Intelligence Agency")."""
    return len(words.split()) >= 4 and sum(w[:1].islower() for w in words.split()) >= 2
