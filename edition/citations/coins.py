"""COinS (ContextObjects in Spans): one `<span class="Z3988">` per entry, so that Zotero and
other reference managers import every entry of the page at once."""

from __future__ import annotations

from html import escape
from urllib.parse import urlencode

from .model import Work

# How Zotero's OpenURL reader (utilities' parseContextObject, used by COinS.js) takes a
# ContextObject: the journal format is a journal article; the book format a book, a book
# section (genre bookitem), a conference paper (genre conference, its title in btitle) or a
# report (genre report, its title in btitle); the Dublin Core format a web page unless
# `rft.type` names another Zotero item type. COinS has no field for editors.
# kind -> (format, genre or Zotero item type)
FORMATS = {"book": ("book", "book"), "edited-book": ("book", "book"), "chapter": ("book", "bookitem"),
           "conference-paper": ("book", "conference"), "working-paper": ("book", "report"),
           "article": ("journal", "article"), "review": ("journal", "article"),
           "newspaper": ("dc", "newspaperArticle"), "archive": ("dc", "manuscript"),
           "interview": ("dc", "interview"), "web": ("dc", "webpage")}


def coins_title(work: Work, title: str | None = None) -> str:
    """`title`: the entry's title (a descriptive one in square brackets when the notes give none)."""
    title = title or work.title or ""
    form, genre = FORMATS.get(work.kind, ("dc", "document"))
    pairs = [("ctx_ver", "Z39.88-2004"), ("rft_val_fmt", f"info:ofi/fmt:kev:mtx:{form}")]
    if form == "book":
        pairs.append(("rft.genre", genre))
        if genre == "bookitem":
            pairs += [("rft.atitle", title), ("rft.btitle", work.container or "")]
        else:  # a book, a conference paper, a report: the work's own title
            pairs += [("rft.btitle", title)]
        if genre == "report":  # a working paper's series and number ("CWIHP Working Paper # 63")
            pairs.append(("rft.series", work.container or ""))
        pairs += [("rft.pub", work.publisher or ""), ("rft.place", work.place or ""), ("rft.pages", work.pages or "")]
    elif form == "journal":
        pairs += [("rft.genre", genre), ("rft.atitle", title), ("rft.jtitle", work.container or ""),
                  ("rft.volume", work.volume or ""), ("rft.issue", work.issue or ""), ("rft.pages", work.pages or "")]
    else:
        pairs += [("rft.type", genre), ("rft.title", title), ("rft.source", work.container or "")]
    for name in work.authors:
        pairs.append(("rft.au", name))
    pairs += [("rft.date", work.year or ""), ("rft_id", work.url or "")]
    return urlencode([(k, v) for k, v in pairs if v])


def coins_span(work: Work, title: str | None = None) -> str:
    return f'<span class="Z3988" title="{escape(coins_title(work, title))}"></span>'


def coins_csl_title(item: dict) -> str:
    """The COinS of a CSL item (the edition's own sources, the works its texts name): a journal
    article as a journal item, a chapter as a part of its book, a book as a book, a report as
    a book of genre report (Zotero's OpenURL reader makes it a Report), an encyclopedia entry,
    a web page or a text without a container in Dublin Core with Zotero's type. People as
    `rft.au` ("Family, Given"), an organisation as `rft.aucorp`, editors nowhere (COinS has no
    field for them)."""
    kind = item.get("type")
    pairs = [("ctx_ver", "Z39.88-2004")]
    pages = str(item.get("page") or "")
    if kind == "article-journal":
        pairs += [("rft_val_fmt", "info:ofi/fmt:kev:mtx:journal"), ("rft.genre", "article"),
                  ("rft.atitle", item.get("title")), ("rft.jtitle", item.get("container-title")),
                  ("rft.volume", item.get("volume")), ("rft.issue", item.get("issue")), ("rft.pages", pages),
                  ("rft.issn", item.get("ISSN"))]
    elif kind in ("book", "report") or (kind == "chapter" and item.get("container-title")):
        part = kind == "chapter"
        pairs += [("rft_val_fmt", "info:ofi/fmt:kev:mtx:book"), ("rft.genre", "bookitem" if part else kind)]
        pairs += [("rft.atitle", item.get("title")), ("rft.btitle", item.get("container-title"))] if part else \
                 [("rft.btitle", item.get("title"))]
        pairs += [("rft.pub", item.get("publisher")), ("rft.place", item.get("publisher-place")),
                  ("rft.edition", item.get("edition")), ("rft.series", item.get("collection-title")), ("rft.pages", pages)]
    else:  # Dublin Core, typed as Zotero's item type: an encyclopedia article, a web page, or a document
        zotero = {"entry-encyclopedia": "encyclopediaArticle", "webpage": "webpage"}.get(kind, "document")
        pairs += [("rft_val_fmt", "info:ofi/fmt:kev:mtx:dc"), ("rft.type", zotero), ("rft.title", item.get("title")),
                  ("rft.source", item.get("container-title")), ("rft.pub", item.get("publisher"))]
    for name in item.get("author") or []:
        pairs.append(("rft.aucorp", name["literal"]) if name.get("literal") else
                     ("rft.au", ", ".join(p for p in (name.get("family"), name.get("given")) if p)))
    year = ((item.get("issued") or {}).get("date-parts") or [[None]])[0][0]
    pairs += [("rft.date", str(year) if year else ""), ("rft_id", f"info:doi/{item['DOI']}" if item.get("DOI") else ""),
              ("rft_id", item.get("URL") or "")]
    return urlencode([(k, v) for k, v in pairs if v])


def coins_csl_span(item: dict) -> str:
    return f'<span class="Z3988" title="{escape(coins_csl_title(item))}"></span>'
