"""The imprint of the whole book, for its title page (the PDF) and its package metadata (the EPUB).

Everything here is what the project states, never a placeholder: the title, the editors and
the publisher only when they are configured (`edition_editors`, `edition_publisher`), the
version (pyproject.toml), the build date, the published URL when a base URL is set, the
creators of the texts as their metadata names them (persons only: a text without a named
author adds no creator), and the rights of each text as its metadata states them.
"""

from __future__ import annotations

import tomllib
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .catalogue import read_catalogue


@dataclass(frozen=True)
class Creator:
    name: str     # "Vladislav Zubok"
    file_as: str  # "Zubok, Vladislav"
    role: str     # MARC relator: "aut" author, "edt" editor


@dataclass(frozen=True)
class TextRights:
    slug: str
    title: str
    authors: str      # as the page names them, or "" for an anonymous text
    rights: str


@dataclass
class Imprint:
    title: str
    description: str
    language: str
    version: str
    date: str                      # ISO date of the build
    url: str                       # the published book's first page, or ""
    editors: list[str] = field(default_factory=list)
    publisher: str = ""
    creators: list[Creator] = field(default_factory=list)
    texts: list[TextRights] = field(default_factory=list)
    licence: str = ""              # the project's own licence statement (pyproject.toml)

    @property
    def identifier(self) -> str:
        """The published URL when there is one; otherwise a UUID derived from the title, the
        same for every build of the edition (a reading system keeps its place across versions)."""
        return self.url or uuid.uuid5(uuid.NAMESPACE_URL, "edition:" + self.title).urn

    @property
    def rights(self) -> str:
        """One statement for the whole package: the project's licence, then each text's rights."""
        parts = [self.licence] if self.licence else []
        parts += [f"{text.title}: {' '.join(text.rights.split())}" for text in self.texts]
        return " ".join(part if part.rstrip('"”').endswith(".") else part + "." for part in parts)

    def as_dict(self) -> dict:
        return {**asdict(self), "identifier": self.identifier, "rights": self.rights}


def person_name(author: dict) -> tuple[str, str]:
    """(name as read, name as filed): a person's given and family names, an organisation's whole."""
    if author.get("literal"):
        return str(author["literal"]), str(author["literal"])
    given, family = author.get("given", ""), author["family"]
    return (f"{given} {family}".strip(), f"{family}, {given}" if given else family)


def project_licence(root: Path) -> str:
    path = Path(root) / "pyproject.toml"
    if not path.exists():
        return ""
    licence = tomllib.loads(path.read_text(encoding="utf-8"))["project"].get("license") or {}
    return licence.get("text", "") if isinstance(licence, dict) else str(licence)


def imprint_of(root: Path, *, title: str, description: str, language: str, version: str, date: str,
               base_url: str, root_page: str, editors: list[str], publisher: str) -> Imprint:
    catalogue = read_catalogue(root)
    creators, texts = [], []
    for text in catalogue.texts:
        names = [person_name(author) for author in text.meta.get("authors") or []]
        for name, file_as in names:
            if all(c.name != name for c in creators):
                creators.append(Creator(name, file_as, "aut"))
        texts.append(TextRights(text.slug, text.title, ", ".join(n for n, _ in names),
                                str(text.meta.get("rights") or "").strip()))
    creators += [Creator(name, name, "edt") for name in editors]
    return Imprint(title=title, description=description, language=language or "en", version=version,
                   date=date, url=f"{base_url}{root_page}.html" if base_url else "",
                   editors=list(editors), publisher=publisher, creators=creators, texts=texts,
                   licence=project_licence(root))


def imprint_of_app(app) -> Imprint:
    """The imprint as a Sphinx build configures it."""
    config = app.config
    return imprint_of(Path(app.srcdir), title=config.project, description=config.epub_description
                      if config.epub_description != "unknown" else "", language=config.language,
                      version=config.release, date=config.edition_build_date, base_url=config.html_baseurl,
                      root_page=config.root_doc, editors=list(config.edition_editors),
                      publisher=config.edition_publisher)
