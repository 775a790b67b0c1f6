#!/usr/bin/env bash
# Make sure Debian's poppler-utils (pdfinfo, pdftotext) are there: the tests read the PDF
# that `make pdf` prints with them. Like ensure-chromium.sh: apt-get as root, else say what to do.
set -euo pipefail
if command -v pdfinfo >/dev/null && command -v pdftotext >/dev/null; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's poppler-utils (pdfinfo, pdftotext: the PDF tests)..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null
  exit 0
fi
echo "The PDF tests need pdfinfo and pdftotext (Debian's poppler-utils)." >&2
echo "Install them as root:  apt-get update && apt-get install -y poppler-utils" >&2
exit 1
