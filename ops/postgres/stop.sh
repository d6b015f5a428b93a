#!/usr/bin/env bash
# Stops the private PostgreSQL cluster (fast shutdown). The data stays in ops/postgres/run/.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
BIN="$(pg_bin)" || { say "postgresql not installed"; exit 0; }
if [[ -f "$PG_DATA/PG_VERSION" ]] && as_pg "$BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; then
  say "stopping"
  as_pg "$BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop
else
  say "not running"
fi
