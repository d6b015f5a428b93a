# Shared settings for the OpenSearch scripts (sourced, not run).
# Everything lives under ops/opensearch/dist/ (git-ignored); the distribution and the
# analysis-common module come from Maven Central through `mvn dependency:copy`.
set -euo pipefail
OS_VERSION="${OS_VERSION:-2.19.6}"
OS_OPS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OS_DIST="$OS_OPS/dist"
OS_HOME="$OS_DIST/opensearch-$OS_VERSION"
OS_USER="${OS_USER:-opensearch}"
OS_HEAP="${OS_HEAP:-512m}"
say() { echo "[opensearch] $*"; }

# Java 17 for OpenSearch itself (the bundled-JDK-free integ-test zip needs OPENSEARCH_JAVA_HOME).
os_java_home() {
  if [[ -n "${OPENSEARCH_JAVA_HOME:-}" ]]; then echo "$OPENSEARCH_JAVA_HOME"; return; fi
  local javac_path
  javac_path="$(readlink -f "$(command -v java)")"
  dirname "$(dirname "$javac_path")"
}

# Node directory for node N (0 = the single node).
os_node_dir() { echo "$OS_DIST/node-$1"; }

# Waits until the cluster on $1 (http port) reports at least $2 (yellow|green) with $4 nodes (default 1),
# at most $3 seconds.
os_wait_health() {
  local port="$1" status="$2" limit="${3:-120}" nodes="${4:-1}" start=$SECONDS
  say "waiting for http://127.0.0.1:$port to be $status (at most ${limit}s)"
  until curl -fsS "http://127.0.0.1:$port/_cluster/health?wait_for_status=$status&wait_for_nodes=$nodes&timeout=5s" 2>/dev/null \
        | grep -E "\"status\":\"($status|green)\"" | grep -q "\"number_of_nodes\":$nodes,"; do
    if (( SECONDS - start > limit )); then
      say "not $status after ${limit}s; last log lines:"
      tail -n 30 "$OS_DIST"/node-*/logs/*.log 2>/dev/null || true
      return 1
    fi
    sleep 2
  done
  say "http://127.0.0.1:$port is up after $((SECONDS - start))s"
}
