#!/usr/bin/env bash
# Checks the way to PDF output as a new user meets it: `recall print --format pdf` without recall-pdf names the
# command that gets it; that command works (installing Pango and Cairo if they are missing, however long ago
# recall was built); and the PDF then prints. CI runs it before the tests, when Pango is usually not yet installed,
# so the order "first build, then Pango" is exercised on every run.
#
# Usage: scripts/check-pdf-build.sh   (from a checkout; builds recall in debug if needed)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"

if pkg-config --exists pangocairo 2>/dev/null; then
  echo "check-pdf-build: Pango's headers were already installed: this run checks the order 'Pango, then the build'"
else
  echo "check-pdf-build: Pango's headers are not installed: this run checks the order 'the build, then Pango'"
fi

swift build --product recall
bin=$(swift build --show-bin-path)
rm -f "$bin/recall-pdf"
work=$(mktemp -d "${TMPDIR:-/tmp}/recall-pdf-check.XXXXXX")
trap 'rm -rf "$work"' EXIT
export RECALL_PROGRESS="$work/progress.sqlite" NO_COLOR=1

# Without recall-pdf: a clear message naming the command, and no file.
if "$bin/recall" print siberian-internment --count 5 --output "$work/quiz.pdf" 2>"$work/err"; then
  echo "check-pdf-build: recall print --format pdf succeeded without recall-pdf" >&2
  exit 1
fi
cat "$work/err"
command=$(sed -n 's/.*in Recall.s folder, run \(scripts\/build-pdf\.sh[^(]*\) (it installs.*/\1/p' "$work/err" | sed 's/ *$//')
if [ -z "$command" ] || [ -e "$work/quiz.pdf" ]; then
  echo "check-pdf-build: the message does not name the command that builds recall-pdf (or a file was left)" >&2
  exit 1
fi

# The command it names, as the user would type it.
echo "check-pdf-build: running '$command'"
$command

# And now the PDF prints.
"$bin/recall" print siberian-internment --count 5 --output "$work/quiz.pdf"
pages=$(pdfinfo "$work/quiz.pdf" 2>/dev/null | sed -n 's/^Pages: *//p' || true)
if [ -z "$pages" ] && head -c 5 "$work/quiz.pdf" | grep -q '%PDF-'; then pages="(pdfinfo absent; a PDF header)"; fi
[ -n "$pages" ] || { echo "check-pdf-build: no PDF was written" >&2; exit 1; }
echo "check-pdf-build: ok — the quiz printed as PDF, pages: $pages"
