"""The published site's data downloads (the data package and the data chapters' bundles), with
the quotes from withheld texts cut to a short passage.

A data row quotes the words of its text that state the date or figure; for a text the site may
not carry in full, those quotes together would give back much of it (the chronology quotes whole
sentences). On the site each such quote keeps its first words, enough to find the passage in the
lawful copy, followed by "[…]"; the study build's downloads keep the quotes whole.
"""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

QUOTE_WORDS = 8  # a short quotation: enough to find the passage, not to read the text
CUT = " […]"


def short_quote(quote: str, words: int = QUOTE_WORDS) -> str:
    parts = quote.split()
    return quote if len(parts) <= words else " ".join(parts[:words]) + CUT


def cut_quotes(table: str, withheld: set[str]) -> str:
    """A CSV table with the `quote` of each row whose `chapter` is withheld made short."""
    rows = list(csv.DictReader(io.StringIO(table, newline="")))
    if not rows or "quote" not in rows[0] or "chapter" not in rows[0]:
        return table
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    for row in rows:
        if row["chapter"] in withheld:
            row["quote"] = short_quote(row["quote"])
        writer.writerow(row)
    return out.getvalue()


def rewrite_bundle(path: Path, withheld: set[str]) -> None:
    """Rewrite a zip download in place, each CSV in it with the withheld texts' quotes cut."""
    with zipfile.ZipFile(path) as source:
        members = [(info, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in members:
            if info.filename.endswith(".csv"):
                data = cut_quotes(data.decode("utf-8"), withheld).encode("utf-8")
            target.writestr(info, data)
