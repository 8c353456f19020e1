#!/usr/bin/env bash
# A throw-away PostgreSQL cluster on loopback, for the server's tests and the load test.
#
#   scripts/throwaway-postgres.sh start DIR   # prints the cluster's URL: postgres://postgres@127.0.0.1:PORT/postgres
#   scripts/throwaway-postgres.sh stop DIR    # stops it and removes DIR
#
# Uses Debian's PostgreSQL binaries (apt-get install postgresql; scripts/install-system-packages.sh does) and
# never the system's own cluster. As root it runs the server as the postgres user, since PostgreSQL refuses
# to run as root. Trust authentication, listening on 127.0.0.1 only: for tests, never for a school.
set -euo pipefail

command="${1:?usage: $0 start|stop DIR}"
dir="${2:?usage: $0 start|stop DIR}"

bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
if [ -z "$bin" ] || [ ! -x "$bin/pg_ctl" ]; then
  echo "throwaway-postgres: no PostgreSQL server binaries under /usr/lib/postgresql (apt-get install postgresql)" >&2
  exit 1
fi

as_owner=()
if [ "$(id -u)" -eq 0 ]; then
  as_owner=(runuser -u postgres --)
fi

case "$command" in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
    "${as_owner[@]}" "$bin/initdb" -D "$dir/data" -A trust -U postgres --no-sync >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    # A free port: try random ones until a server starts on one (another process may take it meanwhile).
    for _ in $(seq 1 20); do
      port=$(( 20000 + RANDOM % 40000 ))
      if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then continue; fi
      if "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
          -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=300 -c shared_buffers=128MB" >/dev/null; then
        echo "$port" >"$dir/port"
        echo "postgres://postgres@127.0.0.1:$port/postgres"
        exit 0
      fi
    done
    echo "throwaway-postgres: the server would not start; its log:" >&2
    cat "$dir/server.log" >&2 || true
    exit 1
    ;;
  stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
      "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
