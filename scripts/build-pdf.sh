#!/usr/bin/env bash
# Builds recall-pdf, which draws printed quizzes as PDF with Pango and Cairo, and puts it next to recall.
#
# Usage: scripts/build-pdf.sh [-c debug|release]   (debug by default, as `swift run recall` builds)
#
# Installs Debian's libpango1.0-dev and libcairo2-dev first if they are missing (through
# scripts/install-system-packages.sh), then builds the package in Packages/RecallPDF and copies the program into
# the folder `swift build` puts recall in, where `recall print --format pdf` looks for it. Safe to run again.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)

configuration=debug
while [ $# -gt 0 ]; do
  case "$1" in
    -c | --configuration) configuration=${2:?"-c needs debug or release"}; shift 2 ;;
    -h | --help) sed -n '2,8s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) echo "build-pdf.sh: unknown argument '$1' (usage: scripts/build-pdf.sh [-c debug|release])" >&2; exit 2 ;;
  esac
done
case "$configuration" in debug | release) ;; *) echo "build-pdf.sh: -c takes debug or release, not '$configuration'" >&2; exit 2 ;; esac

"$repo/scripts/install-system-packages.sh" libpango1.0-dev libcairo2-dev

swift build --package-path "$repo/Packages/RecallPDF" -c "$configuration" --product recall-pdf
built=$(swift build --package-path "$repo/Packages/RecallPDF" -c "$configuration" --show-bin-path)/recall-pdf
destination=$(swift build --package-path "$repo" -c "$configuration" --show-bin-path)
mkdir -p "$destination"
cp -f "$built" "$destination/recall-pdf"
echo "recall-pdf: $destination/recall-pdf"
