#!/usr/bin/env bash
# Make sure Debian's Chromium is there for the browser tests, with the faces they draw with
# (fonts-dejavu-core: tests/browser/fonts.conf lets Chromium see these alone, so that the
# screenshots match their references on any machine). Never downloads a browser build of its
# own: Playwright drives /usr/bin/chromium.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
dpkg-query -W -f='${Status}' fonts-dejavu-core 2>/dev/null | grep -q "install ok installed" || missing+=(fonts-dejavu-core)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's ${missing[*]} (for the browser tests)..."
  apt-get -o DPkg::Lock::Timeout=120 update -qq
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=120 install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi
echo "The browser tests need Debian's ${missing[*]} (Chromium at /usr/bin/chromium)." >&2
echo "Install them as root:  apt-get update && apt-get install -y ${missing[*]}" >&2
exit 1
