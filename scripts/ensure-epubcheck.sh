#!/usr/bin/env bash
# Make sure Debian's epubcheck (and the Java it runs on) is there: the tests validate the EPUB
# with it (`java -jar /usr/share/java/epubcheck.jar`). Like ensure-chromium.sh: apt-get as root,
# else say what to do.
set -euo pipefail
if [ -f /usr/share/java/epubcheck.jar ] && command -v java >/dev/null; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's epubcheck and default-jre-headless (the EPUB tests)..."
  apt-get -o DPkg::Lock::Timeout=120 update -qq
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=120 install -y -qq --no-install-recommends \
    default-jre-headless epubcheck >/dev/null
  exit 0
fi
echo "The EPUB tests need Debian's epubcheck and a Java runtime." >&2
echo "Install them as root:  apt-get update && apt-get install -y default-jre-headless epubcheck" >&2
exit 1
