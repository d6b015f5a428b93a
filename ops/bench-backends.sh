#!/usr/bin/env bash
# Backends benchmark (issue #6), one run, same corpus on the three backend pairs, one after the other:
#   embedded (SQLite + Lucene) | PostgreSQL + OpenSearch 1 node | PostgreSQL + OpenSearch 3 nodes.
# For each pair: import throughput (whole ingest path, one process), then a portal (`serve --no-crawl`) timed on the
# article API for N sampled articles (first view = similar list computed live, second = cached), and for the two
# distributed pairs: the same counts and tags as the embedded store (ops/compare-tags.py) and the overlap of the
# similar lists with the embedded portal's for 50 sampled articles (ops/compare-similar.py).
#
# Usage: ops/bench-backends.sh [--limit N] [--lists N] [--shards N]   (default: the whole ANT corpus, 200 lists,
#        1 shard: one shard holds ~40 GB of articles by OpenSearch's sizing guidance, far more than ANT's ~130 MB)
# Needs ../shared (or KHABAR_SHARED); KHABAR_JAR=FILE times that jar instead of building target/khabar.jar. Uses PostgreSQL on 5433 and OpenSearch on 9200 / 9201-9203: do not run it
# beside .ci/run. Everything it starts is stopped on exit. Prints a summary table at the end.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
limit=0 lists=200 shards=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --limit) limit="$2"; shift 2 ;;
    --lists) lists="$2"; shift 2 ;;
    --shards) shards="$2"; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
shared="${KHABAR_SHARED:-$root/../shared}"
ant="$shared/data/ant/ant-v2.1.jsonl.gz"
[[ -f "$ant" ]] || { echo "ANT corpus not found at $ant" >&2; exit 2; }
work="$(mktemp -d /tmp/khabar-bench-backends.XXXX)"
results="$work/results.txt"
pids=()

cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  bash ops/opensearch/stop.sh >/dev/null 2>&1 || true
  bash ops/postgres/stop.sh >/dev/null 2>&1 || true
  echo "[bench-backends] work folder kept for inspection: $work"
}
trap cleanup EXIT

log() { echo "[bench-backends $(date -u +%H:%M:%S)] $*"; }
record() { echo "$*" | tee -a "$results"; }

corpus="$work/corpus.jsonl"
if (( limit > 0 )); then { zcat "$ant" || true; } | head -n "$limit" > "$corpus"; else zcat "$ant" > "$corpus"; fi
records=$(wc -l < "$corpus")
log "corpus: $records ANT records; machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
[[ -n "${KHABAR_JAR:-}" ]] || ./khabar --help >/dev/null   # builds the jar once, before anything is timed
jar="${KHABAR_JAR:-$root/target/khabar.jar}"   # KHABAR_JAR: a copy, so builds during the run cannot swap it
java=(java -Xmx2g -jar "$jar")

bash ops/postgres/start.sh >/dev/null
# shellcheck disable=SC1091
source ops/postgres/run/khabar.env
export KHABAR_PG_URL KHABAR_PG_USER KHABAR_PG_PASSWORD
pg_hostport="$(sed -E 's|jdbc:postgresql://([^/]+)/.*|\1|' <<<"$KHABAR_PG_URL")"
pg_db="$(sed -E 's|jdbc:postgresql://[^/]+/([^?]+).*|\1|' <<<"$KHABAR_PG_URL")"
psql_app() { PGPASSWORD="$KHABAR_PG_PASSWORD" psql -X -q -h "${pg_hostport%:*}" -p "${pg_hostport#*:}" -U "$KHABAR_PG_USER" "$pg_db" "$@"; }

# import NAME ARGS…: times one import; records articles/s.
import_into() {
  local name="$1"; shift
  local t0 t1 out
  log "importing into $name"
  t0=$(date +%s.%N)
  "${java[@]}" import --format ant "$@" "$corpus" > "$work/$name.import.out" 2> "$work/$name.import.err"
  t1=$(date +%s.%N)
  out="$(grep '^imported' "$work/$name.import.out" | tail -1)"
  # the rate in "imported …" is the import alone; the wall time also holds the retag that follows an import into
  # an empty store (IDF drift), printed as "retagged …"
  out="$out; $(grep '^retagged' "$work/$name.import.out" | tail -1 | cut -d';' -f1)"
  record "$name import: $out; $(python3 -c "import sys; w = float(sys.argv[3]) - float(sys.argv[2]); print(f'wall {w:.0f} s, {int(sys.argv[1]) / w:.1f} records/s')" "$records" "$t0" "$t1")"
}

# serve NAME PORT ARGS…: starts a portal without crawling and waits until its API answers.
serve() {
  local name="$1" port="$2"; shift 2
  "${java[@]}" serve --no-crawl --port "$port" "$@" > "$work/$name.serve.out" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 600); do
    curl -sf "http://127.0.0.1:$port/api/v1/articles?limit=1" -o /dev/null && { log "$name portal up on $port"; return 0; }
    sleep 1
  done
  echo "portal $name did not start" >&2; tail -20 "$work/$name.serve.out" >&2; return 1
}

time_lists() { record "$1 similar: $(python3 ops/time-similar.py "http://127.0.0.1:$2" "$lists")"; }

compare_with_embedded() {
  local name="$1" port="$2" schema="$3"
  record "$name vs embedded, counts and tags: $(python3 ops/compare-tags.py "$work/emb" "$schema" | tr '\n' ' ')"
  record "$name vs embedded, similar lists: $(python3 ops/compare-similar.py http://127.0.0.1:8091 "http://127.0.0.1:$port" 50 | tail -1)" || true
}

distributed_pair() {
  local name="$1" port="$2" nodes="$3" replicas="$4"
  local schema="bench_$name" alias="khabar-bench-$name"
  psql_app -c "DROP SCHEMA IF EXISTS $schema CASCADE"
  curl -s -X DELETE "http://${nodes%%,*}/$alias-v*" >/dev/null || true
  local store="postgresql://$pg_hostport/$pg_db?currentSchema=$schema"
  local index="opensearch://$nodes/$alias?shards=$shards&replicas=$replicas"
  import_into "$name" --store "$store" --index "$index"
  serve "$name" "$port" --store "$store" --index "$index"
  time_lists "$name" "$port"
  compare_with_embedded "$name" "$port" "$schema"
  kill "${pids[-1]}"; wait "${pids[-1]}" 2>/dev/null || true; unset 'pids[-1]'
}

import_into embedded --data "$work/emb"
serve embedded 8091 --data "$work/emb"
time_lists embedded 8091

bash ops/opensearch/start-single.sh >/dev/null
distributed_pair os1 8092 127.0.0.1:9200 0
bash ops/opensearch/stop.sh >/dev/null

bash ops/opensearch/start-cluster.sh >/dev/null
distributed_pair os3 8093 "127.0.0.1:9201,127.0.0.1:9202,127.0.0.1:9203" 1

log "done; load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "===== summary ($records ANT records, $shards shard(s), $lists timed lists, $(date -u +%FT%RZ))"
cat "$results"
