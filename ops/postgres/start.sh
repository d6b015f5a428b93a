#!/usr/bin/env bash
# Installs PostgreSQL from Debian if missing, starts a private cluster on port 5433, creates the
# khabar database and user. The password is generated at first start and kept only in
# ops/postgres/run/khabar.env (git-ignored, mode 600); source that file to get KHABAR_PG_*.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

if ! pg_bin >/dev/null; then
  say "installing postgresql from Debian"
  apt-get install -y postgresql || { apt-get update && apt-get install -y postgresql; }
fi
BIN="$(pg_bin)"
mkdir -p "$PG_RUN"
chown postgres "$PG_RUN"; chmod 700 "$PG_RUN"

if [[ ! -f "$PG_DATA/PG_VERSION" ]]; then
  say "initdb in $PG_DATA"
  as_pg "$BIN/initdb" -D "$PG_DATA" -U postgres --auth-local=peer --auth-host=scram-sha-256 \
        --encoding=UTF8 --locale=C.UTF-8 >/dev/null
fi

if as_pg "$BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; then
  say "already running on port $PG_PORT"
else
  say "starting on 127.0.0.1:$PG_PORT (socket in $PG_RUN)"
  as_pg "$BIN/pg_ctl" -D "$PG_DATA" -l "$PG_RUN/postgres.log" -w -t 60 start \
        -o "-p $PG_PORT -k $PG_RUN -c listen_addresses=127.0.0.1 -c max_connections=100 -c shared_buffers=128MB"
fi

if [[ ! -f "$PG_ENV_FILE" ]]; then
  password="$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)"
  say "generating the password for user $PG_APP_USER into $PG_ENV_FILE"
  umask 077
  cat > "$PG_ENV_FILE" <<ENV
export KHABAR_PG_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/$PG_DB
export KHABAR_PG_USER=$PG_APP_USER
export KHABAR_PG_PASSWORD=$password
ENV
fi
# shellcheck disable=SC1090
source "$PG_ENV_FILE"
psql_admin() { as_pg psql -X -q -v ON_ERROR_STOP=1 -h "$PG_RUN" -p "$PG_PORT" -U postgres "$@"; }
if [[ "$(psql_admin -tAc "SELECT 1 FROM pg_roles WHERE rolname='$PG_APP_USER'")" != 1 ]]; then
  say "creating role $PG_APP_USER"
  psql_admin -c "CREATE ROLE $PG_APP_USER LOGIN PASSWORD '$KHABAR_PG_PASSWORD'"
else
  psql_admin -c "ALTER ROLE $PG_APP_USER PASSWORD '$KHABAR_PG_PASSWORD'"
fi
if [[ "$(psql_admin -tAc "SELECT 1 FROM pg_database WHERE datname='$PG_DB'")" != 1 ]]; then
  say "creating database $PG_DB"
  psql_admin -c "CREATE DATABASE $PG_DB OWNER $PG_APP_USER ENCODING 'UTF8' TEMPLATE template0"
fi
say "ready: $KHABAR_PG_URL (user $KHABAR_PG_USER); run: source $PG_ENV_FILE"
