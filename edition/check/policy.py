"""The source policy (book/method.md): every source of an editorial claim has a kind of
`data/source-kinds.yml` with that kind's bibliographic fields, and no address on a host of
`data/refused-domains.yml`. A claim may rest on no source only as `unsourced` (withdrawn)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from ..catalogue import Catalogue
from ..datafiles import EDITORIAL_SOURCE_FILES, read_yaml
from ..problems import Problem

ADDRESS = re.compile(r"https?://[^\s;,]+")


def refused_hosts(root: Path) -> tuple[list[dict], list[Problem]]:
    """The refused list, each entry with its line; malformed entries as problems."""
    record = read_yaml(Path(root) / "data" / "refused-domains.yml", "refused")
    problems = list(record.problems)
    reasons = (record.data or {}).get("reasons") or {} if isinstance(record.data, dict) else {}
    entries = []
    for entry in record.entries:
        domain, reason = entry.data.get("domain"), entry.data.get("reason")
        if not domain or reason not in reasons:
            problems.append(Problem(record.shown, entry.line, f"a refused domain needs 'domain' and a 'reason' "
                                                              f"of {sorted(reasons)}"))
            continue
        entries.append({**entry.data, "domain": str(domain).lower(), "why": reasons[reason], "line": entry.line})
    return entries, problems


def refusal(url: str, refused: list[dict]) -> dict | None:
    """The refused-list entry that `url` falls under, or None."""
    for address in ADDRESS.findall(url or ""):
        parts = urlsplit(address.rstrip("."))
        host = (parts.hostname or "").rstrip(".").lower()
        for entry in refused:
            domain = entry["domain"]
            if (host == domain or host.endswith("." + domain)) and \
                    (not entry.get("path") or parts.path.startswith(entry["path"])):
                return entry
    return None


def source_kinds(root: Path) -> tuple[dict, list[Problem]]:
    record = read_yaml(Path(root) / "data" / "source-kinds.yml")
    kinds = (record.data or {}).get("kinds") if isinstance(record.data, dict) else None
    # a mapping, not a list of entries: only a reading problem of the file itself counts
    problems = [p for p in record.problems if "expected a list" not in p.message]
    if not isinstance(kinds, dict) or not kinds:
        return {}, problems or [Problem(record.shown, 1, "no 'kinds' mapping of kind to its required fields")]
    return kinds, problems


def missing_fields(entry: dict, requires: list[str]) -> list[str]:
    missing = []
    for field in requires:
        if not any(str(entry.get(name) or "").strip() for name in field.split("|")):
            missing.append(field)
    return missing


# A key as the files that cite it write it ("a | b" cells, {edsource}`a`, `sources: [a, b]`).
KEY_TOKEN = re.compile(r"[A-Za-z0-9._-]+")
CLAIM_FILES = ("*.md", "*.yml", "*.yaml", "*.csv")


def cited_keys(root: Path) -> set[str]:
    """Every word that could be a source key in the files that make claims: the chapters and
    pages, the apparatus, data and metadata (everything under book/ and data/ except the lists
    of sources themselves, and YAML comments). A file that starts citing sources is covered
    without a change here."""
    lists = {name for name, _ in EDITORIAL_SOURCE_FILES}
    words: set[str] = set()
    for folder in ("book", "data"):
        for pattern in CLAIM_FILES:
            for path in (Path(root) / folder).rglob(pattern):
                if path.name in lists or "_build" in path.parts:
                    continue
                words |= _words(path.read_bytes(), path.suffix in (".yml", ".yaml"))
    return words


@lru_cache(maxsize=256)
def _words(raw: bytes, yaml: bool) -> frozenset[str]:
    """The words of one file, read once per content."""
    text = raw.decode("utf-8", errors="replace")
    if yaml:
        text = "\n".join(line for line in text.split("\n") if not line.lstrip().startswith("#"))
    found = set()
    for word in KEY_TOKEN.findall(text):
        found.update((word, word.rstrip(".")))
    return frozenset(found)


def check(catalogue: Catalogue) -> list[Problem]:
    root = catalogue.root
    cited = cited_keys(root)
    refused, problems = refused_hosts(root)
    kinds, found = source_kinds(root)
    problems += found
    for name, list_key in EDITORIAL_SOURCE_FILES:
        path = Path(root) / "data" / name
        if not path.exists():
            continue
        record = read_yaml(path, list_key)
        for entry in record.entries:
            data, key = entry.data, entry.data.get("key", "?")
            if str(key) not in cited:
                problems.append(Problem(record.shown, entry.line, f"source {key}: no claim cites it (no note, chapter, "
                                                                  "row or record names it): cite it or remove it"))
            url_line = entry.key_lines.get("url", entry.line)
            hit = refusal(str(data.get("url") or ""), refused)
            if hit:
                problems.append(Problem(record.shown, url_line,
                                        f"source {key}: {hit['domain']} is refused ({hit['reason']}: {hit['note']}; "
                                        f"data/refused-domains.yml:{hit['line']}); cite the work itself"))
            kind = data.get("kind")
            if not kind:
                problems.append(Problem(record.shown, entry.line, f"source {key}: no 'kind' (one of {sorted(kinds)}, "
                                                                  "data/source-kinds.yml)"))
                continue
            if kinds and kind not in kinds:
                problems.append(Problem(record.shown, entry.key_lines.get("kind", entry.line),
                                        f"source {key}: kind {kind!r} is not one of {sorted(kinds)} "
                                        "(data/source-kinds.yml)"))
                continue
            missing = missing_fields(data, (kinds.get(kind) or {}).get("requires") or [])
            if missing:
                problems.append(Problem(record.shown, entry.key_lines.get("kind", entry.line),
                                        f"source {key}: a {kind} needs {', '.join(missing)} "
                                        "(data/source-kinds.yml)"))
    return problems

