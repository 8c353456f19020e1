#!/usr/bin/env bash
# Prints quizzes from every shipped and fixture deck as GIFT and reads each back with pygiftparser (PyPI), as an
# LMS import would: every question must come back whole, as the type Recall meant. Installs pygiftparser into
# tools/gift-check/.venv the first time. Exits non-zero on the first quiz that does not read back.
set -euo pipefail
cd "$(dirname "$0")/.."

venv=tools/gift-check/.venv
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
"$venv/bin/pip" install --quiet --disable-pip-version-check pygiftparser==1.1

if ! build=$(swift build --product recall 2>&1); then
  echo "$build"
  exit 1
fi
recall=$(swift build --show-bin-path)/recall
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

status=0
for deck in Decks/*.yaml Tests/Fixtures/decks/*.yaml; do
  for seed in 1 2 3; do
    "$recall" print "$deck" --format gift --count 60 --seed "$seed" --progress "$work/progress.sqlite" \
      --output "$work/quiz.gift" >/dev/null 2>"$work/stderr" || { cat "$work/stderr"; exit 1; }
    "$venv/bin/python" tools/gift-check/check_gift.py "$work/quiz.gift" "$deck, seed $seed" || status=1
  done
done
exit $status
