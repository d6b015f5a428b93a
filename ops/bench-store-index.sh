#!/usr/bin/env bash
# Benchmarks of the embedded store and index (synthetic corpus, no ../shared needed).
#   ops/bench-store-index.sh store [N]   SQLite insert cost (single, batched) and corpus-stats cost at N docs
#   ops/bench-store-index.sh index [N]   Lucene indexing rate, search latency and MoreLikeThis p50/p99 at N docs
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
what="${1:-store}"; shift || true
mvn -q -B -o test-compile
cp="$(mktemp)"; trap 'rm -f "$cp"' EXIT
mvn -q -B -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp" >/dev/null
case "$what" in
  store) main=org.khabar.store.sqlite.StoreBenchmark ;;
  index) main=org.khabar.index.lucene.IndexBenchmark ;;
  *) echo "usage: $0 store|index [N]" >&2; exit 2 ;;
esac
exec java -Xmx2g -cp "target/test-classes:target/classes:$(cat "$cp")" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn "$main" "$@"
