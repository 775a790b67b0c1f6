"""Sources: every `data/sources/*.txt` matches SHA256SUMS (the metadata is validated by the catalogue)."""

from __future__ import annotations

from ..catalogue import Catalogue
from ..problems import Problem, ProblemsFound, display_path
from ..sources import check_manifest, read_text_lines


def check(catalogue: Catalogue) -> list[Problem]:
    problems = list(check_manifest(catalogue.root / "data" / "sources")) + check_rights(catalogue)
    for text in catalogue.all_texts:
        try:
            read_text_lines(text.source)
        except ProblemsFound as found:
            problems += found.problems
    return problems


def check_rights(catalogue: Catalogue) -> list[Problem]:
    """Each text's rights status (data/rights.yml) and publication decision: `publish: full` only
    where the status allows it or a permission is recorded (granted_by, date, terms); a text kept
    off the published site names its lawful copy."""
    from ..datafiles import read_yaml
    record = read_yaml(catalogue.root / "data" / "rights.yml")
    table = record.data if isinstance(record.data, dict) else {}
    statuses, decisions = table.get("statuses") or {}, table.get("decisions") or {}
    problems = [p for p in record.problems if "expected a list" not in p.message]
    for text in catalogue.all_texts:
        meta, path = text.meta, text.meta_path
        if not meta:
            continue
        shown = display_path(path)
        lines = path.read_text(encoding="utf-8").split("\n")

        def line_of(key: str) -> int:
            return next((n for n, line in enumerate(lines, 1) if line.startswith(f"{key}:")), 1)

        status, decision, permission = meta.get("rights_status"), meta.get("publish"), meta.get("permission")
        if status not in statuses:
            problems.append(Problem(shown, line_of("rights_status"), f"rights_status {status!r} is not one of "
                                                                     f"{sorted(statuses)} (data/rights.yml)"))
            continue
        if decision not in decisions:
            problems.append(Problem(shown, line_of("publish"), f"publish {decision!r} is not one of {sorted(decisions)}"))
            continue
        granted = isinstance(permission, dict) and all(permission.get(k) for k in ("granted_by", "date", "terms"))
        if permission and not granted:
            problems.append(Problem(shown, line_of("permission"), "a permission records granted_by, date and terms"))
        if decision == "full" and not statuses[status].get("publish_in_full") and not granted:
            problems.append(Problem(shown, line_of("publish"), f"publish: full, but the text is {status} and no "
                                                               "permission is recorded (granted_by, date, terms)"))
        if status == "open-licence" and not all((meta.get("licence") or {}).get(k) for k in ("name", "url", "attribution")):
            problems.append(Problem(shown, line_of("licence"), "an openly licensed text records its licence: name, "
                                                               "url and attribution"))
        if decision == "apparatus-only" and not (meta.get("lawful_copy") or {}).get("title"):
            problems.append(Problem(shown, line_of("lawful_copy"), "a text kept off the published site names its "
                                                                   "lawful copy (lawful_copy: title, url)"))
    return problems


def published_in_full(meta: dict, statuses: dict) -> bool:
    """Whether the published site may carry the text in full (data/rights.yml, the metadata)."""
    permission = meta.get("permission")
    granted = isinstance(permission, dict) and all(permission.get(k) for k in ("granted_by", "date", "terms"))
    allowed = bool((statuses.get(meta.get("rights_status")) or {}).get("publish_in_full")) or granted
    return meta.get("publish") == "full" and allowed
