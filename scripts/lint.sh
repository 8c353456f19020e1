#!/usr/bin/env bash
# Checks the Swift sources against the committed formatting rules (.swift-format; Tests/.swift-format lets
# tests force-unwrap). Exits non-zero on any violation. `scripts/lint.sh --fix` formats them in place first.
set -euo pipefail
cd "$(dirname "$0")/.."

paths=(Package.swift Sources Tests Packages/RecallPDF/Package.swift Packages/RecallPDF/Sources
  Packages/RecallZstd/Package.swift Packages/RecallZstd/Sources)
if [ "${1:-}" = "--fix" ]; then
  swift format format --in-place --recursive --parallel "${paths[@]}"
fi
swift format lint --strict --recursive --parallel "${paths[@]}"
