#!/usr/bin/env bash
# Installs the Debian packages Recall's build and tests need, when they are missing.
# Run as root (or with sudo). Safe to run again: it installs only what is absent.
#
# Usage: scripts/install-system-packages.sh [PACKAGE…]   (every package below by default)
set -euo pipefail

packages=(
  libsqlite3-dev   # SQLite, which GRDB links against
  libpango1.0-dev  # Pango, which lays out the text of printed quizzes (recall-pdf)
  libcairo2-dev    # Cairo, which draws them as PDF (recall-pdf)
  poppler-utils    # pdftotext and pdfinfo, with which the tests read the PDFs back
  python3-venv     # a virtual environment for pygiftparser, with which scripts/check-gift.sh reads GIFT back
  zlib1g-dev       # zlib, which ZIPFoundation reads and writes Anki packages with
  libzstd-dev      # zstd, which recall-zstd reads Anki's current package format with
  postgresql       # recall-server's database; the tests start a throw-away cluster (scripts/throwaway-postgres.sh)
  curl             # scripts/check-school-server.sh asks the school server it set up over HTTP
)

[ $# -eq 0 ] || packages=("$@")

missing=()
for package in "${packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "system packages: all present (${packages[*]})"
  exit 0
fi

echo "system packages: installing ${missing[*]}"
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
