#!/usr/bin/env bash
# Make sure Debian's packages for `make pdf` are there: Pango (WeasyPrint, from PyPI, lays out
# text with it) and the book's faces, Linux Libertine O and Linux Biolinum O
# (fonts-linuxlibertine), and HarfBuzz's subsetter (libharfbuzz-subset0: without it WeasyPrint
# subsets fonts with fontTools and warns, which edition.pdf treats as an error). Like
# ensure-chromium.sh: apt-get as root, else say what to do.
set -euo pipefail
packages=(libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-linuxlibertine)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's ${missing[*]} (the PDF: WeasyPrint's Pango, the book's typefaces)..."
  apt-get -o DPkg::Lock::Timeout=120 update -qq
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=120 install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
  exit 0
fi
echo "make pdf needs Debian's ${missing[*]}." >&2
echo "Install them as root:  apt-get update && apt-get install -y ${missing[*]}" >&2
exit 1
