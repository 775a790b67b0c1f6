#!/usr/bin/env bash
# Print the single-page build of the book to a PDF with Debian's Chromium (`make pdf`).
#   scripts/print-pdf.sh _build/singlehtml _build/html/downloads/edition.pdf
# Sphinx's singlehtml builder writes the root page at its document's path (book/index.html)
# but with links made for the site root (_static/...), so a copy at the root is printed
# (edition.html). Its ids and links are made unique per chapter by edition/sphinx_ext/single_page.py.
# The flags keep Chromium off the network (STACK.md); the page loads nothing from elsewhere.
set -euo pipefail
single=$1
pdf=$2
chromium=${CHROMIUM:-/usr/bin/chromium}
page="$single/edition.html"
cp "$single/book/index.html" "$page"
mkdir -p "$(dirname "$pdf")"
rm -f "$pdf"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! timeout 300 "$chromium" --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --disable-background-networking --disable-component-update --disable-sync --no-first-run \
    --disable-dev-shm-usage --print-to-pdf="$(realpath -m "$pdf")" "file://$(realpath "$page")" >"$log" 2>&1 \
    || [ "$(head -c 4 "$pdf" 2>/dev/null)" != "%PDF" ]; then
  cat "$log" >&2
  echo "print-pdf: Chromium did not write a PDF to $pdf" >&2
  exit 1
fi
echo "Printed $pdf ($(du -h "$pdf" | cut -f1))"
