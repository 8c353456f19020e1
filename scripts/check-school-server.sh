#!/usr/bin/env bash
# Sets up a school server the way the README says, on this machine's own PostgreSQL, and checks it answers:
# scripts/school-server.sh install, run teacher add, serve, then /v1/health and a teacher's request with the
# printed token. For CI (a throw-away machine, as root): it installs and starts the system's PostgreSQL and
# leaves a database "recall" in it; the cluster is stopped again at the end if it was not running before.
# Uses the debug recall-server that `swift build` made (RECALL_SERVER_BUILD=release for the README's own).
set -euo pipefail
cd "$(dirname "$0")/.."
export RECALL_SERVER_BUILD="${RECALL_SERVER_BUILD:-debug}"

was_running=$(pg_lsclusters --no-header 2>/dev/null | awk '$4 == "online"' | wc -l || true)
server_pid=""
finish() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  if [ "${was_running:-0}" -eq 0 ]; then
    pg_lsclusters --no-header 2>/dev/null | awk '$4 == "online" { print $1, $2 }' | while read -r version name; do
      pg_ctlcluster "$version" "$name" stop || true
    done
  fi
  rm -f "$log"
}
log="$(mktemp)"
trap finish EXIT

scripts/school-server.sh install
token="$(scripts/school-server.sh run teacher add "CI Teacher $$" | grep -o 'rct_[A-Za-z0-9_-]*' | head -1)"
[ -n "$token" ] || { echo "check-school-server: teacher add printed no token" >&2; exit 1; }

port=$(( 20000 + RANDOM % 40000 ))
scripts/school-server.sh serve --host 127.0.0.1 --port "$port" >"$log" 2>&1 &
server_pid=$!
for _ in $(seq 1 60); do
  if curl -fsS "http://127.0.0.1:$port/v1/health" >/dev/null 2>&1; then break; fi
  kill -0 "$server_pid" 2>/dev/null || { cat "$log" >&2; echo "check-school-server: recall-server stopped" >&2; exit 1; }
  sleep 1
done
curl -fsS "http://127.0.0.1:$port/v1/health" >/dev/null || { cat "$log" >&2; echo "check-school-server: no answer on $port" >&2; exit 1; }
# The teacher's token works; no token is refused.
curl -fsS -H "Authorization: Bearer $token" -H "Accept: application/json" "http://127.0.0.1:$port/v1/classes" >/dev/null \
  || { cat "$log" >&2; echo "check-school-server: the teacher's token was refused" >&2; exit 1; }
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Accept: application/json" "http://127.0.0.1:$port/v1/classes")
[ "$status" = 401 ] || { echo "check-school-server: a request without a token got $status, not 401" >&2; exit 1; }
echo "check-school-server: set up as the README says, serving on $port, tokens checked"
