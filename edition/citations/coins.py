"""COinS (ContextObjects in Spans): one `<span class="Z3988">` per entry, so that Zotero and
other reference managers import every entry of the page at once."""

from __future__ import annotations

from html import escape
from urllib.parse import urlencode

from .model import Work

BOOKISH = {"book", "edited-book"}
PARTS = {"chapter", "conference-paper"}
JOURNAL = {"article", "newspaper", "review"}


def coins_title(work: Work) -> str:
    pairs = [("ctx_ver", "Z39.88-2004")]
    if work.kind in BOOKISH | PARTS:
        pairs += [("rft_val_fmt", "info:ofi/fmt:kev:mtx:book"),
                  ("rft.genre", "bookitem" if work.kind in PARTS else "book")]
        if work.kind in PARTS:
            pairs += [("rft.atitle", work.title or ""), ("rft.btitle", work.container or "")]
        else:
            pairs += [("rft.btitle", work.title or "")]
        pairs += [("rft.pub", work.publisher or ""), ("rft.place", work.place or "")]
    elif work.kind in JOURNAL:
        pairs += [("rft_val_fmt", "info:ofi/fmt:kev:mtx:journal"), ("rft.genre", "article"),
                  ("rft.atitle", work.title or ""), ("rft.jtitle", work.container or ""),
                  ("rft.volume", work.volume or ""), ("rft.issue", work.issue or ""), ("rft.pages", work.pages or "")]
    else:
        pairs += [("rft_val_fmt", "info:ofi/fmt:kev:mtx:dc"), ("rft.type", work.kind),
                  ("rft.title", work.title or work.container or work.kind), ("rft.source", work.container or "")]
    for name in work.authors:
        pairs.append(("rft.au", name))
    pairs += [("rft.date", work.year or ""), ("rft_id", work.url or "")]
    return urlencode([(k, v) for k, v in pairs if v])


def coins_span(work: Work) -> str:
    return f'<span class="Z3988" title="{escape(coins_title(work))}"></span>'
