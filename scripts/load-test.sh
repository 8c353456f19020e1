#!/usr/bin/env bash
# The server's load test, on loopback: 1,000 students, up to 200 syncing at once, each a session of 50
# reviews, against one recall-server and then against two on the same database. Each runs twice:
#
#   - as fast as the servers answer, 200 syncs always in flight: the most syncs a second they carry;
#   - at a fixed RATE of syncs a second (500), at most 200 in flight: the latency students meet at that
#     load. A sync's latency counts from its place in the schedule, so a sync that waited for a free
#     connection counts its wait. PACED_ROUNDS (1) sessions per student; each sync pulls from the start
#     of the student's log, so later rounds also pull the earlier ones.
#   RATE=0 runs the first alone.
#
# Prints syncs per second, latency percentiles and whether every review sent was stored exactly once;
# exits non-zero when one was not.
#
#   scripts/load-test.sh                 # a throw-away PostgreSQL cluster, release builds
#   STUDENTS=200 CONCURRENCY=50 RATE=300 scripts/load-test.sh
#   RECALL_DATABASE_URL=postgres://… scripts/load-test.sh   # an existing server (a database per run is made on it)
#
# Bounded: each run stops after TIME_LIMIT seconds (default 120) whatever happens.
set -euo pipefail
cd "$(dirname "$0")/.."

students="${STUDENTS:-1000}"
concurrency="${CONCURRENCY:-200}"
reviews="${REVIEWS:-50}"
rounds="${ROUNDS:-1}"
rate="${RATE:-500}"
paced_rounds="${PACED_ROUNDS:-1}"
time_limit="${TIME_LIMIT:-120}"
connections="${CONNECTIONS:-20}"

swift build -c release --product recall-server >/dev/null
swift build -c release --product recall-server-load >/dev/null
swift build -c release --product recall >/dev/null
bin="$(swift build -c release --show-bin-path)"

work="$(mktemp -d /tmp/recall-load.XXXXXX)"
postgres_dir="$(mktemp -d /tmp/recall-load-postgres.XXXXXX)"  # its own folder: the cluster runs as postgres
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  if [ -n "${own_cluster:-}" ]; then scripts/throwaway-postgres.sh stop "$postgres_dir"; else rm -rf "$postgres_dir"; fi
  rm -rf "$work"
}
trap cleanup EXIT

if [ -z "${RECALL_DATABASE_URL:-}" ]; then
  own_cluster=1
  RECALL_DATABASE_URL="$(scripts/throwaway-postgres.sh start "$postgres_dir")"
fi
admin_url="$RECALL_DATABASE_URL"

# The decks' card ids, for the sessions' reviews.
for deck in Decks/*.yaml; do
  "$bin/recall" questions "$(basename "$deck" .yaml)" --json
done | python3 -c '
import json, sys
decoder, text, seen = json.JSONDecoder(), sys.stdin.read(), []
position = 0
while position < len(text):
    while position < len(text) and text[position].isspace(): position += 1
    if position >= len(text): break
    bank, position = decoder.raw_decode(text, position)
    for question in bank["questions"]:
        if question["card"] not in seen: seen.append(question["card"])
print("\n".join(seen))' >"$work/cards.txt"

run() {
  local servers="$1" run_rate="$2" run_rounds="$3"
  local database="recall_load_$(date +%s)_$servers"
  psql "$admin_url" -q -c "CREATE DATABASE $database" >/dev/null
  local url="${admin_url%/*}/$database"
  local addresses=()
  for i in $(seq 1 "$servers"); do
    "$bin/recall-server" serve --database "$url" --port 0 --connections "$connections" --log-level error \
      >"$work/server-$i.out" 2>"$work/server-$i.err" &
    pids+=($!)
    for _ in $(seq 1 100); do grep -q "serving" "$work/server-$i.out" 2>/dev/null && break; sleep 0.1; done
    addresses+=("$(grep -o 'http://127.0.0.1:[0-9]*' "$work/server-$i.out")")
  done
  local token
  token="$("$bin/recall-server" teacher add "Load test" --database "$url" | grep -o -m1 'rct_[0-9a-z]*' | head -1)"
  if [ "$run_rate" -eq 0 ]; then
    echo "== $servers server$([ "$servers" -gt 1 ] && echo s): $students students, $concurrency at once, $reviews reviews per sync"
  else
    echo "== $servers server$([ "$servers" -gt 1 ] && echo s): $students students x $run_rounds sessions, $run_rate syncs a second, at most $concurrency at once, $reviews reviews per sync"
  fi
  local status=0
  "$bin/recall-server-load" --servers "$(IFS=,; echo "${addresses[*]}")" --teacher-token "$token" --cards "$work/cards.txt" \
    --students "$students" --concurrency "$concurrency" --reviews "$reviews" --rounds "$run_rounds" --rate "$run_rate" --time-limit "$time_limit" || status=$?
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  pids=()
  psql "$admin_url" -q -c "DROP DATABASE $database WITH (FORCE)" >/dev/null
  return "$status"
}

failed=0
for servers in 1 2; do
  run "$servers" 0 "$rounds" || failed=1
  # RATE=0 asks for the closed loop alone.
  if [ "$rate" -gt 0 ]; then run "$servers" "$rate" "$paced_rounds" || failed=1; fi
done
exit "$failed"
