# Shared settings for the PostgreSQL scripts (sourced, not run).
# A private cluster in ops/postgres/run/ (git-ignored), owned by the Debian `postgres` user,
# listening on 127.0.0.1:5433 and on a unix socket in that same directory.
set -euo pipefail
PG_OPS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PG_RUN="${PG_RUN:-$PG_OPS/run}"
PG_DATA="$PG_RUN/data"
PG_PORT="${PG_PORT:-5433}"
PG_DB="${PG_DB:-khabar}"
PG_APP_USER="${PG_APP_USER:-khabar}"
PG_ENV_FILE="$PG_RUN/khabar.env"
say() { echo "[postgres] $*"; }
pg_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do [[ -x "$dir/pg_ctl" ]] && { echo "$dir"; return; }; done
  return 1
}
as_pg() { runuser -u postgres -- "$@"; }
