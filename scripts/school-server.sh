#!/usr/bin/env bash
# A school's recall-server on this machine (Debian), against the system's own PostgreSQL.
#
#   sudo scripts/school-server.sh install        # PostgreSQL from Debian's packages, started; a role and a
#                                                # database "recall" with a random password; recall-server built
#   scripts/school-server.sh serve [OPTIONS…]    # recall-server serve on every interface, port 8080, Decks/
#   scripts/school-server.sh run COMMAND…        # any recall-server command against that database
#                                                # (run teacher add "Ms Tanaka" prints her token once)
#
# install writes the database's address, password included, to .school-server.env beside this folder,
# readable only by the user who ran it (through sudo: that user). serve and run read it from there, or use
# $RECALL_DATABASE_URL when it is set. Running install again keeps the role, the database and the address.
# RECALL_SERVER_BUILD=debug uses (and builds) the debug recall-server instead, as scripts/check-school-server.sh does.
# The ways of serving, the limits and the tokens: docs/server.md.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
env_file="$repo/.school-server.env"
usage="usage: scripts/school-server.sh install | serve [OPTIONS…] | run COMMAND…"

fail() {
  echo "school-server: $*" >&2
  exit 1
}

# The recall-server built for release, built first when it is missing.
server_binary() {
  local bin configuration="${RECALL_SERVER_BUILD:-release}"
  bin="$(swift build --package-path "$repo" -c "$configuration" --show-bin-path)"
  if [ ! -x "$bin/recall-server" ]; then
    echo "school-server: building recall-server ($configuration; a few minutes the first time)" >&2
    swift build --package-path "$repo" -c "$configuration" --product recall-server >&2
  fi
  echo "$bin/recall-server"
}

database_url() {
  if [ -n "${RECALL_DATABASE_URL:-}" ]; then
    echo "$RECALL_DATABASE_URL"
  elif [ -r "$env_file" ]; then
    sed -n 's/^RECALL_DATABASE_URL=//p' "$env_file"
  else
    fail "no database yet: run sudo scripts/school-server.sh install first (or set RECALL_DATABASE_URL)"
  fi
}

install() {
  [ "$(id -u)" -eq 0 ] || fail "install needs root, to install and start PostgreSQL: sudo scripts/school-server.sh install"
  # sudo resets PATH, and the build below needs Swift: say so before anything is installed.
  command -v swift >/dev/null \
    || fail "swift is not on the PATH sudo gives: run sudo env \"PATH=\$PATH\" scripts/school-server.sh install"
  "$repo/scripts/install-system-packages.sh" postgresql
  # Debian's package makes a cluster when it installs; start it (and make one if it was removed).
  local cluster
  cluster="$(pg_lsclusters --no-header 2>/dev/null | awk 'NR == 1 { print $1 " " $2 }')"
  if [ -z "$cluster" ]; then
    local version
    version="$(ls /usr/lib/postgresql | sort -V | tail -1)"
    pg_createcluster "$version" main >/dev/null
    cluster="$version main"
  fi
  # shellcheck disable=SC2086  # "VERSION NAME", two words on purpose
  pg_ctlcluster $cluster start 2>/dev/null || pg_ctlcluster $cluster status >/dev/null \
    || fail "PostgreSQL cluster $cluster did not start: see /var/log/postgresql/"
  local port
  port="$(pg_lsclusters --no-header | awk -v v="${cluster% *}" -v n="${cluster#* }" '$1 == v && $2 == n { print $3 }')"

  local psql=(runuser -u postgres -- psql --port "$port" --no-psqlrc --quiet --tuples-only --no-align -v ON_ERROR_STOP=1)
  local owner="${SUDO_USER:-root}"
  if [ -r "$env_file" ] && [ "$("${psql[@]}" -c "SELECT 1 FROM pg_roles WHERE rolname = 'recall'")" = "1" ]; then
    echo "school-server: the role and database recall are there already; keeping them and $env_file"
  else
    local password
    password="$(head -c 18 /dev/urandom | base64 | tr '+/' '-_')"
    if [ "$("${psql[@]}" -c "SELECT 1 FROM pg_roles WHERE rolname = 'recall'")" = "1" ]; then
      "${psql[@]}" -c "ALTER ROLE recall LOGIN PASSWORD '$password'"
    else
      "${psql[@]}" -c "CREATE ROLE recall LOGIN PASSWORD '$password'"
    fi
    if [ "$("${psql[@]}" -c "SELECT 1 FROM pg_database WHERE datname = 'recall'")" != "1" ]; then
      "${psql[@]}" -c "CREATE DATABASE recall OWNER recall"
    fi
    (umask 077 && echo "RECALL_DATABASE_URL=postgres://recall:$password@127.0.0.1:$port/recall" >"$env_file")
    chown "$owner" "$env_file"
    echo "school-server: database recall on port $port; its address is in $env_file (only $owner can read it)"
  fi
  # Built as the user who will serve, so that the build folder stays theirs.
  if [ "$owner" != root ]; then
    runuser -u "$owner" -- env RECALL_SERVER_BUILD="${RECALL_SERVER_BUILD:-release}" "$0" run migrate
  else
    "$0" run migrate
  fi
  echo "school-server: ready. Make a teacher with: scripts/school-server.sh run teacher add \"NAME\""
  echo "school-server: then serve with: scripts/school-server.sh serve"
}

case "${1:-}" in
  install)
    install
    ;;
  serve)
    shift
    url="$(database_url)"
    server="$(server_binary)"
    RECALL_DATABASE_URL="$url" exec "$server" serve --host 0.0.0.0 --port 8080 --decks "$repo/Decks" "$@"
    ;;
  run)
    shift
    [ $# -gt 0 ] || fail "$usage"
    url="$(database_url)"
    server="$(server_binary)"
    RECALL_DATABASE_URL="$url" exec "$server" "$@"
    ;;
  *)
    echo "$usage" >&2
    exit 2
    ;;
esac
