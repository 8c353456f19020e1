#!/usr/bin/env bash
# Renders a class report as HTML and photographs it in headless Chromium, to check that every chart draws.
#
# Builds a sample progress file (30 students from a generated roster, six weeks of reviews of the shipped
# decks, two paper quizzes), runs `recall report --format html`, and saves a full-page screenshot.
#
# Usage: scripts/report-screenshot.sh [OUT_FOLDER]      (default: a new folder under $TMPDIR)
#   RECALL_BIN=path/to/recall   use this binary (default: build one with swift build)
#   WIDTH=1280 HEIGHT=3000      the browser window's size in pixels (the screenshot's size)
# Installs Chromium from Debian (apt-get install -y chromium) when it is missing.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$(mktemp -d "${TMPDIR:-/tmp}/recall-report.XXXXXX")}
mkdir -p "$out"
out=$(cd "$out" && pwd)
width=${WIDTH:-1280}

if ! command -v chromium >/dev/null; then
    echo "Installing Chromium from Debian…" >&2
    if [[ $(id -u) == 0 ]]; then apt-get install -y chromium >&2 || { apt-get update >&2 && apt-get install -y chromium >&2; }
    else sudo apt-get install -y chromium >&2; fi
fi

if [[ -z "${RECALL_BIN:-}" ]]; then
    swift build --product recall --package-path "$repo" >&2
    RECALL_BIN=$(swift build --product recall --package-path "$repo" --show-bin-path)/recall
fi
recall=$RECALL_BIN
export RECALL_DECKS="$repo/Decks" RECALL_PROGRESS="$out/progress.sqlite" NO_COLOR=1
rm -f "$out"/progress.sqlite*

# Every card of the shipped decks, then a class and its history.
for deck in siberian-internment physics; do
    "$recall" questions "$deck" --json | grep -oE '"card" : "[^"]+"' | cut -d'"' -f4
done | sort -u >"$out/cards.txt"
python3 "$repo/scripts/report-sample.py" "$out/cards.txt" "$out" >&2
"$recall" progress import "$out/reviews.csv" >&2
"$recall" class create "Year 9 history" >/dev/null
"$recall" class add "Year 9 history" --roster "$out/roster.csv" >&2
"$recall" report "Year 9 history" --format html --output "$out/report.html" >&2

# A window tall enough for the summary, the four charts and the first tables.
height=${HEIGHT:-3000}
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size="$width,$height" \
    --screenshot="$out/report.png" "file://$out/report.html" 2>/dev/null
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$out/report.pdf" "file://$out/report.html" 2>/dev/null

charts=$(grep -oE '<svg id="[a-z-]+"' "$out/report.html" | cut -d'"' -f2 | paste -sd' ' -)
echo "Charts in the page: $charts"
echo "Screenshot: $out/report.png"
echo "Printed:    $out/report.pdf"
