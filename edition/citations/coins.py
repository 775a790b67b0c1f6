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


def coins_csl_title(item: dict) -> str:
    """The COinS of a CSL item (the edition's own sources, the works its texts name): a journal
    article as a journal item, a chapter or an encyclopedia entry as a part of its book, a
    book as a book, anything else in Dublin Core. People as `rft.au` ("Family, Given"), an
    organisation as `rft.aucorp`, editors nowhere (COinS has no field for them)."""
    kind = item.get("type")
    pairs = [("ctx_ver", "Z39.88-2004")]
    pages = str(item.get("page") or "")
    if kind == "article-journal":
        pairs += [("rft_val_fmt", "info:ofi/fmt:kev:mtx:journal"), ("rft.genre", "article"),
                  ("rft.atitle", item.get("title")), ("rft.jtitle", item.get("container-title")),
                  ("rft.volume", item.get("volume")), ("rft.issue", item.get("issue")), ("rft.pages", pages),
                  ("rft.issn", item.get("ISSN"))]
    elif kind in ("chapter", "entry-encyclopedia", "book"):
        part = kind != "book"
        pairs += [("rft_val_fmt", "info:ofi/fmt:kev:mtx:book"), ("rft.genre", "bookitem" if part else "book")]
        pairs += [("rft.atitle", item.get("title")), ("rft.btitle", item.get("container-title"))] if part else \
                 [("rft.btitle", item.get("title"))]
        pairs += [("rft.pub", item.get("publisher")), ("rft.place", item.get("publisher-place")),
                  ("rft.edition", item.get("edition")), ("rft.series", item.get("collection-title")), ("rft.pages", pages)]
    else:
        pairs += [("rft_val_fmt", "info:ofi/fmt:kev:mtx:dc"), ("rft.type", kind), ("rft.title", item.get("title")),
                  ("rft.source", item.get("container-title"))]
    for name in item.get("author") or []:
        pairs.append(("rft.aucorp", name["literal"]) if name.get("literal") else
                     ("rft.au", ", ".join(p for p in (name.get("family"), name.get("given")) if p)))
    year = ((item.get("issued") or {}).get("date-parts") or [[None]])[0][0]
    pairs += [("rft.date", str(year) if year else ""), ("rft_id", f"info:doi/{item['DOI']}" if item.get("DOI") else ""),
              ("rft_id", item.get("URL") or "")]
    return urlencode([(k, v) for k, v in pairs if v])


def coins_csl_span(item: dict) -> str:
    return f'<span class="Z3988" title="{escape(coins_csl_title(item))}"></span>'
