#!/usr/bin/env bash
# Drives the official Anki (the `anki` package from PyPI) to check Recall's Anki support against Anki itself.
#
#   tools/anki/run.sh fixtures   rebuild Tests/Fixtures/Anki/ with Anki's own exporter (commit the result)
#   tools/anki/run.sh verify     import Recall's exports into a fresh Anki collection and compare, and run the
#                                round trip Anki → recall anki import → recall anki export → Anki
#   tools/anki/run.sh bench      time recall anki import on the benchmark's package in both layouts: builds the
#                                release recall-bench and recall-zstd, has Anki rewrite the generated package
#                                in its current format, then runs recall-bench --filter Anki
#
# The virtual environment lives in tools/anki/.venv (gitignored). `fixtures` fakes the clock with libfaketime
# (Debian's faketime package) so a year of reviews takes seconds. `verify` needs a built recall
# (swift build --product recall) and, for packages in Anki's current format, recall-zstd
# (scripts/build-zstd.sh). It exits non-zero only on a real mismatch.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
venv="$here/.venv"
# Exit status: 0 all well, 1 a mismatch with Anki, 2 a usage error, 3 Anki could not be set up here.
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import anki" 2>/dev/null; then
  if ! { python3 -m venv "$venv" && "$venv/bin/pip" install --quiet "anki==26.9.3"; }; then
    echo "tools/anki: could not install anki 26.9.3 into $venv" >&2
    exit 3
  fi
fi
case "${1:-}" in
  fixtures)
    faketime_lib=$(ls /usr/lib/*/faketime/libfaketime.so.1 2>/dev/null | head -1 || true)
    if [ -z "$faketime_lib" ]; then
      echo "tools/anki: fixtures need libfaketime: apt-get install faketime" >&2
      exit 3
    fi
    clock="$(mktemp)"
    echo "@2025-06-01 09:00:00" > "$clock"
    TZ=UTC LD_PRELOAD="$faketime_lib" FAKETIME_TIMESTAMP_FILE="$clock" FAKETIME_NO_CACHE=1 FAKETIME_DONT_FAKE_MONOTONIC=1 \
      "$venv/bin/python" "$here/make_fixtures.py" "$root/Tests/Fixtures/Anki"
    rm -f "$clock"
    ;;
  verify)
    "$venv/bin/python" "$here/verify.py" "$root" "${2:-$root/.build/debug}"
    ;;
  bench)
    swift build --package-path "$root" -c release --product recall-bench
    "$root/scripts/build-zstd.sh" -c release
    build="$(swift build --package-path "$root" -c release --show-bin-path)"
    folder="$root/.build/anki-bench"
    mkdir -p "$folder"
    rm -f "$folder/bench.apkg" "$folder/bench-current.apkg"
    # The first run writes the generated package (the older layout) into the folder and times it.
    RECALL_BENCH_ANKI_FOLDER="$folder" "$build/recall-bench" --filter "anki import: 20,000 notes"
    "$venv/bin/python" "$here/convert.py" "$folder/bench.apkg" "$folder/bench-current.apkg"
    RECALL_BENCH_ANKI_FOLDER="$folder" "$build/recall-bench" --filter "Anki"
    ;;
  *)
    echo "usage: tools/anki/run.sh fixtures|verify [BUILD_DIR]|bench" >&2
    exit 2
    ;;
esac
