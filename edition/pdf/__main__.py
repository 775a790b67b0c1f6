"""`python -m edition.pdf SINGLE_PAGE_DIR OUT.pdf` (`make pdf`): the single-page build as a printed book."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from .assemble import assemble
from .render import render

STYLESHEET = Path(__file__).parent / "print.css"


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python -m edition.pdf _build/singlehtml _build/html/downloads/edition.pdf", file=sys.stderr)
        return 2
    single, pdf = Path(argv[0]), Path(argv[1])
    started = time.monotonic()
    try:
        html, _ = assemble(single, STYLESHEET.read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError) as error:
        print(f"{single}: cannot make the print document: {error}", file=sys.stderr)
        return 1
    (single / "print.html").write_text(html, encoding="utf-8")  # kept, to read what was typeset
    warnings = render(html, single, pdf)
    for message in warnings:
        print(f"{STYLESHEET}: WeasyPrint: {message}", file=sys.stderr)
    if warnings:
        print(f"edition.pdf: {len(warnings)} WeasyPrint warning(s): the PDF is not what print.css asks for",
              file=sys.stderr)
        return 1
    print(f"Printed {pdf} ({pdf.stat().st_size // 1024} KB) in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
