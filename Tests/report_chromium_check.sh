#!/bin/sh
# Renders a class report page (plenum report --html FILE) in headless Chromium and checks
# that the browser's DOM holds the report's tables and charts and no script element.
#
# Usage: Tests/report_chromium_check.sh REPORT.html [SCREENSHOT.png]
# Installs nothing: uses chromium (or chromium-browser, google-chrome) when present.
# Exit status: 0 checked, 1 a check failed, 2 usage, 77 no browser (skipped).
set -u

page=${1:-}
shot=${2:-/tmp/plenum-report.png}
if [ -z "$page" ] || [ ! -f "$page" ]; then
  echo "usage: $0 REPORT.html [SCREENSHOT.png] (the page must exist)" >&2
  exit 2
fi

browser=""
for name in chromium chromium-browser google-chrome; do
  if command -v "$name" >/dev/null 2>&1; then browser=$(command -v "$name"); break; fi
done
if [ -z "$browser" ]; then
  echo "skipped: no chromium on PATH (apt-get install -y chromium)"
  exit 77
fi

case "$page" in
  /*) url="file://$page" ;;
  *) url="file://$(pwd)/$page" ;;
esac
profile=$(mktemp -d /tmp/plenum-chromium-XXXXXX)
dom=$profile/dom.html
trap 'rm -rf "$profile"' EXIT INT TERM

# The page must need nothing from the network; block it so a stray fetch cannot hide.
flags="--headless --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run
  --user-data-dir=$profile --proxy-server=127.0.0.1:9 --window-size=1200,1600"
# shellcheck disable=SC2086
"$browser" $flags --screenshot="$shot" "$url" >/dev/null 2>&1
# shellcheck disable=SC2086
"$browser" $flags --dump-dom "$url" >"$dom" 2>/dev/null

failed=0
check() {  # check DESCRIPTION PATTERN: the DOM must match the extended regular expression
  if grep -Eq "$2" "$dom"; then
    echo "ok: $1"
  else
    echo "FAILED: $1 (no match for $2)"
    failed=1
  fi
}

check "students table" '<table id="students">'
check "hardest cards table" '<table id="cards">'
check "wrong answers table" '<table id="misconceptions">'
check "reviews chart" '<svg id="chart-reviews"'
check "failure rate chart" '<svg id="chart-failures"'
check "a student row" '<tr><td>[^<]+</td><td class="n">[0-9]+</td>'
if grep -q '<script' "$dom"; then
  echo "FAILED: the DOM holds a script element (an answer was not escaped)"
  failed=1
else
  echo "ok: no script element"
fi
if [ -s "$shot" ]; then
  echo "ok: screenshot $shot ($(wc -c <"$shot") bytes)"
else
  echo "FAILED: no screenshot at $shot"
  failed=1
fi
exit $failed
