"""What the build reads of the edition's records, each computed once per content.

The build never writes a record: it reads the catalogue, the chapter model and the data
files, and formats the citations once per distinct input (keyed on the inputs' bytes, not
on a Sphinx event), so that every page, every builder and every parallel reader sees the
same records without state kept on the application or the environment.
"""

from __future__ import annotations

import hashlib
import threading
from functools import lru_cache
from pathlib import Path

from sphinx.util import logging

from ..catalogue import read_catalogue
from ..chapter import locate, read_chapter
from ..datafiles import EDITORIAL_SOURCE_FILES, read_yaml

logger = logging.getLogger(__name__)
EDITORIAL_SOURCES_DOC = "book/editorial-sources"
BIBLIOGRAPHY_DOC = "book/bibliography"
INDEX_DOC, GLOSSARY_DOC = "book/index-of-names", "book/glossary"

# The citations are formatted in a thread beside Sphinx's reading (formatting_ahead.py): a page
# that asks while they are being formatted waits for them, and they are formatted once.
FORMATTING = threading.RLock()


def editorial_sources(root: Path) -> dict[str, dict]:
    """Sources of editorial claims: data/editorial-sources.yml and (for the data) data/data-sources.yml."""
    return _editorial_sources(_source_files(root))


def _source_files(root: Path) -> tuple:
    paths = [(root / "data" / name, list_key) for name, list_key in EDITORIAL_SOURCE_FILES]
    return tuple((path, list_key, path.read_bytes() if path.exists() else None) for path, list_key in paths)


@lru_cache(maxsize=4)
def _editorial_sources(files: tuple) -> dict[str, dict]:
    """Once per content: every `{edsource}` role of every page asks (some 300 times a build)."""
    entries = {}
    for path, list_key, raw in files:
        if raw is not None:
            entries.update({e.data["key"]: e.data for e in read_yaml(path, list_key).entries if e.data.get("key")})
    return entries


# The CSL type of each kind of source (data/source-kinds.yml).
CSL_TYPES = {"book": "book", "chapter": "chapter", "article": "article-journal", "documents": "book",
             "archive": "manuscript", "reference": "entry-encyclopedia", "newspaper": "article-newspaper",
             "text": "article-journal"}


def editorial_sources_formatted(root: Path) -> dict[str, str]:
    """Each editorial source's bibliography entry (Chicago, HTML), by key: once per content."""
    with FORMATTING:
        return _sources_formatted(_source_files(root))


def editorial_source_items(root: Path) -> list[dict]:
    """The editorial sources as CSL-JSON items."""
    return _source_items(_source_files(root))


@lru_cache(maxsize=4)
def _sources_formatted(files: tuple) -> dict[str, str]:
    from ..citations import csl

    items = _source_items(files)
    try:
        return csl.bibliography(items) if items else {}
    except csl.CSLError as error:
        logger.warning(str(error), type="edition", subtype="sources")
        return {}


def _source_items(files: tuple) -> list[dict]:
    items = []
    for entry in _editorial_sources(files).values():
        item = {"id": entry["key"], "type": CSL_TYPES.get(entry.get("kind"), "webpage"), "title": entry.get("title")}
        for field, csl_field in (("author", "author"), ("editor", "editor")):
            if entry.get(field):
                item[csl_field] = [{"literal": entry[field]}]
        for field, csl_field in (("container", "container-title"), ("publisher", "publisher"), ("pages", "page"),
                                 ("url", "URL")):
            if entry.get(field):
                item[csl_field] = str(entry[field])
        if entry.get("year"):
            item["issued"] = {"date-parts": [[int(str(entry["year"])[:4])]]} if str(entry["year"]).isdigit() \
                else {"literal": str(entry["year"])}
        items.append(item)
    return items


def editorial_notes(root: Path) -> dict[str, dict]:
    path = root / "data" / "editorial-notes.yml"
    if not path.exists():
        return {}
    return {str(e.data["id"]): e.data for e in read_yaml(path).entries if e.data.get("id")}


def passage_places(root: Path) -> dict[str, dict]:
    """group id -> {topic, places: [(chapter slug, anchor id, label)]} for data/cross-references.yml.
    Each chapter's anchors are found once per content of that chapter and the anchors asked of
    it (across builds: .cache/edition): an edit to one chapter looks again in that one alone."""
    path = root / "data" / "cross-references.yml"
    if not path.exists():
        return {}
    catalogue = read_catalogue(root)
    entries = read_yaml(path).entries
    asked: dict[str, list[str]] = {}
    for entry in entries:
        for passage in entry.data.get("passages") or []:
            asked.setdefault(passage["chapter"], []).append(passage["anchor"])
    found = {slug: _anchors_in(root, catalogue.text(slug), tuple(anchors)) for slug, anchors in asked.items()}
    groups = {}
    for entry in entries:
        places = []
        for passage in entry.data.get("passages") or []:
            text = catalogue.text(passage["chapter"])
            anchor = found[passage["chapter"]].get(passage["anchor"])
            name = text.short_title if text else passage["chapter"]
            label = f"{name} " + (f"¶ {anchor[2:]}" if anchor and anchor.startswith("p-")
                                  else f"n. {anchor[3:]}" if anchor else "")
            places.append((passage["chapter"], anchor, label.strip()))
        groups[entry.data["id"]] = {"topic": entry.data["topic"], "places": places}
    return groups


def _anchors_in(root: Path, text, anchors: tuple[str, ...]) -> dict[str, str | None]:
    """Each quoted anchor -> the id of the one paragraph or note that holds it (None: no place,
    or more than one)."""
    if text is None:
        return {}
    from ..cache import remembered

    def find() -> dict[str, str | None]:
        chapter, out = read_chapter(text.chapter, text.slug), {}
        for quoted in anchors:
            places = locate(chapter, quoted)
            out[quoted] = (f"fn-{places[0].note}" if places[0].note else (places[0].paragraph or None)) \
                if len(places) == 1 else None
        return out

    return remembered(root, f"anchors-{text.slug}", [text.chapter], find, salt="\0".join(anchors))


def inputs_digest(root: Path) -> str:
    """A digest of every file the records below are computed from."""
    catalogue = read_catalogue(root)
    digest = hashlib.sha256()
    paths = [t.chapter for t in catalogue.texts] + [t.meta_path for t in catalogue.texts]
    paths += [root / f"{page}.md" for page in catalogue.data_chapters]  # their titles
    paths += [root / "data" / "bibliography-curated.yml", root / "pyproject.toml", root / "CITATION.cff"]
    for path in paths:
        digest.update(path.as_posix().encode())
        digest.update(path.read_bytes() if path.exists() else b"")
    return digest.hexdigest()


def bibliography(root: Path) -> dict:
    """The edition's bibliography and its Chicago forms: {bibliography, formatted, note_form}."""
    with FORMATTING:
        return _bibliography(root, inputs_digest(root))


@lru_cache(maxsize=4)
def _bibliography(root: Path, _digest: str) -> dict:
    from ..citations import csl
    from ..citations.edition_bibliography import build

    found = build(root)
    for problem in found.problems:
        logger.warning(problem.message, location=f"{problem.path}:{problem.line or 0}",
                       type="edition", subtype="bibliography")
    items, formatted, note_form = found.items(), {}, {}
    try:
        # Chicago gives interviews and unpublished papers in notes only
        answer = csl.run("chicago", items, unlisted_as_notes=True)
        formatted, note_form = answer["bibliography"], answer["unlisted"]
    except csl.CSLError as error:
        logger.warning(str(error), type="edition", subtype="bibliography")
    return {"bibliography": found, "formatted": formatted, "note_form": note_form}


def records_read(root: Path, edition) -> str:
    """What the citation records are formatted from (the edition's data, each text's metadata,
    title, sections): a chapter edit that changes none of it formats nothing again."""
    from ..citing import build_records
    return f"{build_records(edition, root)!r} {edition!r}"


def citing_records(root: Path, edition) -> dict:
    """slug -> the citation record of each text chapter, its sections and paragraphs, formatted."""
    with FORMATTING:
        return _citing_records(root, edition, records_read(root, edition))


@lru_cache(maxsize=4)
def _citing_records(root: Path, edition, read: str) -> dict:
    """Kept across builds (.cache/edition): an unchanged edition is not formatted again."""
    from ..cache import remembered
    from ..citing import build_records, formatted
    try:
        return remembered(root, "citing-records", [], lambda: formatted(build_records(edition, root)), salt=read)
    except Exception as error:  # citeproc-js missing or failing: say so, fail the build under -W
        logger.warning(f"citations could not be formatted: {error}", type="edition", subtype="citing")
        return {}
