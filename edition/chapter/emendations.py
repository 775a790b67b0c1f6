"""An emendation is a reviewed record: `{emend}`corrected|original|kind: reason[|source]``.

The kind is one of constructs.EMENDATION_KINDS. A "small" kind must be what its name says:
a few letters changed, transposed, added or dropped (typo, misspelling, capture error), one
word supplied (missing word), or a repeated run of words removed (dittography). Anything
else is a conjecture, which must give its reason and an editorial source (a key of
data/editorial-sources.yml), so that the author's meaning is never changed in silence.
"""

from __future__ import annotations

from . import constructs
from .model import Emendation


def parse_emendation(content: str, line: int) -> tuple[Emendation | None, list[str]]:
    parts = content.split("|")
    if len(parts) not in (3, 4):
        return None, [f"emendation {content!r}: write `corrected|original|kind: reason` "
                      "(a conjecture adds `|source-key`)"]
    corrected, original, described = parts[0], parts[1], parts[2]
    source = parts[3].strip() if len(parts) == 4 else ""
    kind, colon, reason = described.partition(":")
    kind, reason = kind.strip(), reason.strip()
    problems = []
    if not corrected.strip() or not original.strip():
        problems.append(f"emendation {content!r}: the corrected and the original reading must both be given")
    if corrected == original:
        problems.append(f"emendation {content!r}: the correction equals the original")
    if kind not in constructs.EMENDATION_KINDS or not colon:
        problems.append(f"emendation {content!r}: its kind must be one of {sorted(constructs.EMENDATION_KINDS)}, "
                        "written `kind: reason`")
    elif not reason:
        problems.append(f"emendation {content!r}: a {kind} needs its reason")
    elif constructs.EMENDATION_KINDS[kind] == "conjecture":
        if not source:
            problems.append(f"emendation {content!r}: a conjecture needs an editorial source (`|source-key`)")
    else:
        if source:
            problems.append(f"emendation {content!r}: only a conjecture names a source")
        if not is_small_edit(kind, original, corrected):
            problems.append(f"emendation {content!r}: \"{original}\" -> \"{corrected}\" is not a {kind}: "
                            "a larger change is a conjecture, with its reason and source")
    if problems:
        return None, problems
    return Emendation(corrected, original, kind, reason, source, line), []


def is_small_edit(kind: str, original: str, corrected: str) -> bool:
    if kind == "missing word":
        return _one_word_added(original.split(), corrected.split())
    if kind == "dittography":
        return _repetition_removed(original.split(), corrected.split())
    return edit_distance(original, corrected) <= constructs.SMALL_EDIT_LETTERS and \
        _same_words_mostly(original, corrected)


def _one_word_added(before: list[str], after: list[str]) -> bool:
    return len(after) == len(before) + 1 and any(after[:i] + after[i + 1:] == before for i in range(len(after)))


def _repetition_removed(before: list[str], after: list[str]) -> bool:
    """`before` is `after` with a run of words doubled in place."""
    extra = len(before) - len(after)
    if extra <= 0:
        return False
    for i in range(len(before) - extra + 1):
        if before[:i] + before[i + extra:] == after:
            run = before[i:i + extra]
            if before[i + extra:i + 2 * extra] == run or before[max(0, i - extra):i] == run:
                return True
    return False


def _same_words_mostly(original: str, corrected: str) -> bool:
    """A typo fix leaves the word count alone, or splits or joins one word."""
    return abs(len(original.split()) - len(corrected.split())) <= 1


def edit_distance(a: str, b: str) -> int:
    """Damerau-Levenshtein distance (optimal string alignment): a transposition is one edit."""
    rows = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        rows[i][0] = i
    for j in range(len(b) + 1):
        rows[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            rows[i][j] = min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                rows[i][j] = min(rows[i][j], rows[i - 2][j - 2] + 1)
    return rows[-1][-1]
