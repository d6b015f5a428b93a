#!/usr/bin/env bash
# The distributed test suite: starts PostgreSQL (private cluster, port 5433) and one OpenSearch node (9200),
# exports their addresses, runs every test tagged "distributed", and stops both engines whatever happens.
# Extra arguments go to Maven (e.g. -Dtest=PostgresArticleStoreTest).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

stop_engines() {
  echo "[test-distributed] stopping engines"
  bash "$here/ops/opensearch/stop.sh" || true
  bash "$here/ops/postgres/stop.sh" || true
}
trap stop_engines EXIT

bash "$here/ops/postgres/start.sh"
# shellcheck disable=SC1091
source "$here/ops/postgres/run/khabar.env"
bash "$here/ops/opensearch/start-single.sh"
export KHABAR_OPENSEARCH_URL=http://127.0.0.1:9200
export KHABAR_PG_URL KHABAR_PG_USER KHABAR_PG_PASSWORD

echo "[test-distributed] running tests tagged 'distributed' against $KHABAR_PG_URL and $KHABAR_OPENSEARCH_URL"
mvn -B -ntp test -Dgroups=distributed -DexcludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false "$@"
