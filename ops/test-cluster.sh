#!/usr/bin/env bash
# The cluster and fault test suite: starts PostgreSQL (private cluster, port 5433) and the 3-node OpenSearch cluster
# (9201-9203), runs every test tagged "cluster" (several khabar workers, SIGKILL of a worker, loss of an OpenSearch
# node, PostgreSQL restart), and stops everything whatever happens. Extra arguments go to Maven.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

stop_engines() {
  echo "[test-cluster] stopping engines"
  bash "$here/ops/opensearch/stop.sh" || true
  bash "$here/ops/postgres/stop.sh" || true
}
trap stop_engines EXIT

bash "$here/ops/postgres/start.sh"
# shellcheck disable=SC1091
source "$here/ops/postgres/run/khabar.env"
OS_HEAP="${OS_HEAP:-384m}" bash "$here/ops/opensearch/start-cluster.sh"
export KHABAR_OPENSEARCH_CLUSTER=127.0.0.1:9201,127.0.0.1:9202,127.0.0.1:9203
export KHABAR_PG_URL KHABAR_PG_USER KHABAR_PG_PASSWORD
export KHABAR_OPS="$here/ops"

echo "[test-cluster] running tests tagged 'cluster' against $KHABAR_PG_URL and $KHABAR_OPENSEARCH_CLUSTER"
mvn -B -ntp test -Dgroups=cluster -DexcludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false "$@"
