#!/usr/bin/env bash
# Builds recall-zstd, which reads Anki packages in Anki's current (zstd) format, and puts it next to recall.
#
# Usage: scripts/build-zstd.sh [-c debug|release]   (debug by default, as `swift run recall` builds)
#
# Installs Debian's libzstd-dev first if it is missing (through scripts/install-system-packages.sh), then builds
# the package in Packages/RecallZstd and copies the program into the folder `swift build` puts recall in, where
# `recall anki import` looks for it. Safe to run again.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)

configuration=debug
while [ $# -gt 0 ]; do
  case "$1" in
    -c | --configuration) configuration=${2:?"-c needs debug or release"}; shift 2 ;;
    -h | --help) sed -n '2,7s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) echo "build-zstd.sh: unknown argument '$1' (usage: scripts/build-zstd.sh [-c debug|release])" >&2; exit 2 ;;
  esac
done
case "$configuration" in debug | release) ;; *) echo "build-zstd.sh: -c takes debug or release, not '$configuration'" >&2; exit 2 ;; esac

"$repo/scripts/install-system-packages.sh" libzstd-dev

swift build --package-path "$repo/Packages/RecallZstd" -c "$configuration" --product recall-zstd
built=$(swift build --package-path "$repo/Packages/RecallZstd" -c "$configuration" --show-bin-path)/recall-zstd
destination=$(swift build --package-path "$repo" -c "$configuration" --show-bin-path)
mkdir -p "$destination"
cp -f "$built" "$destination/recall-zstd"
echo "recall-zstd: $destination/recall-zstd"
