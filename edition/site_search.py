"""The published site's search index (`searchindex.js`), with the withheld texts' words taken out.

Sphinx indexes every word of every chapter as the study build holds it, so the index of `make
book` would tell a reader of the published site which words a withheld text contains. Here the
withheld pages' entries are dropped from the word index and rebuilt from what the published page
shows (headnote, apparatus, the short passages the notes quote), with Sphinx's own word splitter,
stemmer and filter for the book's language, as Sphinx feeds a page (`IndexBuilder.feed`).
"""

from __future__ import annotations

import json
from pathlib import Path

from bs4 import BeautifulSoup
from sphinx.search import languages

PREFIX, SUFFIX = "Search.setIndex(", ")"


def read_index(path: Path) -> dict:
    text = path.read_text(encoding="utf-8").strip()
    if not (text.startswith(PREFIX) and text.endswith(SUFFIX)):
        raise ValueError(f"{path}: not a Sphinx search index (Search.setIndex(...))")
    return json.loads(text[len(PREFIX):-len(SUFFIX)])


def page_words(html: str, language: str = "en") -> set[str]:
    """The index terms of what a page's main part shows, as Sphinx derives them from words."""
    lang = languages[language]({})
    main = BeautifulSoup(html, "lxml").find("main") or BeautifulSoup(html, "lxml")
    terms = set()
    for word in lang.split(main.get_text(" ")):
        stemmed = lang.stem(word).lower()
        if not lang.word_filter(stemmed) and lang.word_filter(word):
            stemmed = word
        if lang.word_filter(stemmed):
            terms.add(stemmed)
    return terms


def _as_list(value) -> list[int]:
    return value if isinstance(value, list) else [value]


def reindex(index: dict, published: dict[str, str], language: str = "en") -> dict:
    """`index` with the word entries of each docname in `published` (docname -> the page's
    published HTML) replaced by the words that page shows."""
    positions = {name: i for i, name in enumerate(index["docnames"])}
    replaced = {positions[name] for name in published if name in positions}
    terms: dict[str, set[int]] = {}
    for word, docs in index["terms"].items():
        kept = {d for d in _as_list(docs) if d not in replaced}
        if kept:
            terms[word] = kept
    for name, html in published.items():
        if name not in positions:
            continue
        titled = {w for w, docs in index["titleterms"].items() if positions[name] in _as_list(docs)}
        for word in page_words(html, language) - titled:  # Sphinx keeps a title word out of the body terms
            terms.setdefault(word, set()).add(positions[name])
    index["terms"] = {w: (sorted(d) if len(d) > 1 else next(iter(d))) for w, d in sorted(terms.items())}
    return index


def rewrite(path: Path, published: dict[str, str], language: str = "en") -> None:
    index = reindex(read_index(path), published, language)
    path.write_text(PREFIX + json.dumps(index, ensure_ascii=False, separators=(",", ":")) + SUFFIX,
                    encoding="utf-8")
