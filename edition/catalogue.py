"""The catalogue of the edition: the only list of its texts, in the order of `_toc.yml`.

A text is a chapter `book/<slug>.md` listed in `_toc.yml` whose source `data/sources/<slug>.txt`
and validated metadata `data/sources/<slug>.yml` exist. Code and tests take the texts from
here, never from a list of their own. Here too: the edition's version (pyproject.toml) and
the one conversion of a text's metadata into CSL.
"""

from __future__ import annotations

import tomllib
from importlib.metadata import PackageNotFoundError, version
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from .problems import Problem, ProblemsFound, display_path
from .sources import genres, read_metadata

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Text:
    slug: str
    root: Path
    meta: dict = field(hash=False, compare=False)

    @property
    def chapter(self) -> Path:
        return self.root / "book" / f"{self.slug}.md"

    @property
    def source(self) -> Path:
        return self.root / "data" / "sources" / f"{self.slug}.txt"

    @property
    def meta_path(self) -> Path:
        return self.root / "data" / "sources" / f"{self.slug}.yml"

    @property
    def changes(self) -> Path:
        return self.root / "data" / "changes" / f"{self.slug}.yml"

    @property
    def page(self) -> str:
        return f"book/{self.slug}"

    @property
    def short_title(self) -> str:
        return self.meta.get("short_title") or self.title

    @property
    def title(self) -> str:
        return self.meta.get("title") or self.meta.get("edition_title") or self.slug


@dataclass
class Catalogue:
    root: Path
    texts: list[Text] = field(default_factory=list)
    pages: list[str] = field(default_factory=list)  # every document of _toc.yml, in order
    problems: list[Problem] = field(default_factory=list)

    known: set[str] = field(default_factory=set)  # every source's slug, valid or not (no cascades)
    invalid: list[Text] = field(default_factory=list)  # texts of the toc whose metadata has problems

    @property
    def all_texts(self) -> list[Text]:
        """Every text of the toc with its source, in toc order, whatever its metadata (for the
        checks of its chapter, which do not need the metadata)."""
        order = {page.removeprefix("book/"): n for n, page in enumerate(self.pages)}
        return sorted(self.texts + self.invalid, key=lambda t: order.get(t.slug, 0))

    @property
    def slugs(self) -> list[str]:
        return [t.slug for t in self.texts]

    def text(self, slug: str) -> Text | None:
        return next((t for t in self.texts if t.slug == slug), None)

    @property
    def data_chapters(self) -> list[str]:
        """Pages of the toc that are notebooks (a jupytext header), as `book/<name>`."""
        out = []
        for page in self.pages:
            path = self.root / f"{page}.md"
            if path.exists() and path.read_text(encoding="utf-8").startswith("---\njupytext:"):
                out.append(page)
        return out

    @property
    def version(self) -> str:
        return project_version(self.root)


def project_version(root: Path) -> str:
    """The edition's version: `[project] version` of the project's pyproject.toml; for a copy of
    the book without it (the benchmark's), the installed package's, which was built from it."""
    path = Path(root) / "pyproject.toml"
    if path.exists():
        return str(tomllib.loads(path.read_text(encoding="utf-8"))["project"]["version"])
    try:
        return version("soviet-foreign-relations-edition")
    except PackageNotFoundError:
        return ""


def toc_pages(toc: dict) -> list[str]:
    pages = [toc["root"]] if toc.get("root") else []

    def visit(entries):
        for entry in entries or []:
            if isinstance(entry, dict):
                if entry.get("file"):
                    pages.append(str(entry["file"]).removesuffix(".md"))
                visit(entry.get("chapters"))
                visit(entry.get("sections"))
    visit(toc.get("parts"))
    visit(toc.get("chapters"))
    return pages


def read_catalogue(root: Path = ROOT) -> Catalogue:
    root = Path(root).resolve()
    sources = root / "data" / "sources"
    stamp = tuple(sorted((p.name, p.read_bytes() if p.suffix == ".yml" else b"")
                         for p in [*sources.glob("*.yml"), *sources.glob("*.txt")]))
    toc = root / "_toc.yml"
    return _read(root, stamp, toc.read_bytes() if toc.exists() else b"")


def release_date(root: Path) -> str:
    """The date the edition's version was released (ISO): `date-released` of CITATION.cff,
    which a test keeps equal to the changelog's date for the version."""
    path = Path(root) / "CITATION.cff"
    if not path.exists():
        return ""
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader) or {}
    return str(data.get("date-released") or "")


@lru_cache(maxsize=8)
def _read(root: Path, _contents, _toc) -> Catalogue:
    """Keyed on the contents of the metadata, the sources' names and the table of contents."""
    catalogue = Catalogue(root)
    toc_path = root / "_toc.yml"
    try:
        toc = yaml.load(toc_path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader) or {}
        catalogue.pages = toc_pages(toc)
    except (OSError, yaml.YAMLError) as error:
        catalogue.problems.append(Problem(display_path(toc_path), None, f"cannot read the table of contents: {error}"))
        return catalogue
    for page in catalogue.pages:
        if not (root / f"{page}.md").exists() and not (root / f"{page}.ipynb").exists():
            catalogue.problems.append(Problem(display_path(toc_path), _line_of(toc_path, page),
                                              f"{page} is listed but {page}.md does not exist"))
    sources = root / "data" / "sources"
    in_toc = {page.removeprefix("book/") for page in catalogue.pages if page.startswith("book/")}
    catalogue.known = {txt.stem for txt in sources.glob("*.txt")}
    for txt in sorted(sources.glob("*.txt")):
        if txt.stem not in in_toc:
            catalogue.problems.append(Problem(display_path(toc_path), _line_of(toc_path, "- file: book/") or 1,
                                              f"source {txt.stem} has no chapter in the table of contents "
                                              f"(add `- file: book/{txt.stem}`)"))
    for page in catalogue.pages:
        slug = page.removeprefix("book/")
        if not page.startswith("book/") or not (sources / f"{slug}.txt").exists():
            continue
        try:
            meta = read_metadata(sources / f"{slug}.yml", slug)
        except ProblemsFound as found:
            catalogue.problems += found.problems
            catalogue.invalid.append(Text(slug, root, {}))
            continue
        catalogue.texts.append(Text(slug, root, meta))
    return catalogue


def _line_of(path: Path, needle: str) -> int | None:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    return None


# -- the one conversion of metadata into CSL ---------------------------------------------
# metadata `publication:` key -> CSL variable (the first key given wins for a variable)
PUBLICATION_FIELDS = (("journal", "container-title"), ("container", "container-title"), ("volume", "volume"),
                      ("issue", "issue"), ("pages", "page"), ("edition", "edition"), ("series", "collection-title"),
                      ("publisher", "publisher"), ("place", "publisher-place"), ("doi", "DOI"), ("url", "URL"),
                      ("issn", "ISSN"), ("version", "version"),
                      ("number", "number"), ("report_type", "genre"))


def csl_people(people: list[dict] | None) -> list[dict]:
    """Metadata names as CSL names: a person {family, given}; an organisation {literal}, never split."""
    out = []
    for person in people or []:
        if person.get("literal"):
            out.append({"literal": str(person["literal"])})
        else:
            out.append({"family": person["family"], **({"given": person["given"]} if person.get("given") else {})})
    return out


def source_csl(meta: dict) -> dict:
    """The original publication of one of the edition's sources as a CSL item: only what its
    metadata states. A text without a title gets the edition's title in square brackets."""
    pub = meta.get("publication") or {}
    item = {"id": f"source-{meta['slug']}", "type": genres()[meta["genre"]]["csl"],
            "title": meta.get("title") or f"[{meta.get('edition_title')}]"}
    if meta.get("authors"):
        item["author"] = csl_people(meta["authors"])
    if pub.get("editors"):  # the editors of the book the text stands in
        item["editor"] = csl_people(pub["editors"])
    for key, csl in PUBLICATION_FIELDS:
        if pub.get(key) and csl not in item:
            item[csl] = str(pub[key])
    if meta.get("date"):
        item["issued"] = {"date-parts": [[int(str(meta["date"])[:4])]]}
    if meta.get("language"):
        item["language"] = meta["language"]
    return item


def original_container(meta: dict) -> dict | None:
    """Where the text was first published, without its author and title (the reprint names
    them): what a citation adds after "originally published in". A journal article's is the
    journal issue with its pages; a chapter's or an entry's is the book or the encyclopedia
    itself (its title, editors, edition, series, publisher, place, date). None when the
    metadata names no container (an unsigned, unplaced text)."""
    item = source_csl(meta)
    if "container-title" not in item:
        return None
    ident = f"original-{meta['slug']}"
    if item["type"] in ("chapter", "entry-encyclopedia", "entry-dictionary"):
        keep = ("editor", "edition", "collection-title", "publisher", "publisher-place", "issued", "DOI", "URL")
        return {"id": ident, "type": "book", "title": item["container-title"], **{k: item[k] for k in keep if k in item}}
    item = {key: value for key, value in item.items() if key not in ("author", "title", "version", "ISSN")}
    if item.get("DOI"):  # the version of record is found by its DOI; the URL is the copy's
        item.pop("URL", None)
    return {**item, "id": ident}


def original_publication(meta: dict) -> dict:
    """The original publication as CSL's `original-*` variables (original-date, -publisher,
    -publisher-place), only what the metadata gives."""
    source = source_csl(meta)
    out = {}
    if source.get("issued"):
        out["original-date"] = source["issued"]
    if source.get("publisher"):
        out["original-publisher"] = source["publisher"]
    if source.get("publisher-place"):
        out["original-publisher-place"] = source["publisher-place"]
    return out
