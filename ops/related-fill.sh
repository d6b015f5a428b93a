#!/bin/bash
# Times how long a portal takes to fill its related-list cache from empty after an import, and how many lists go
# stale meanwhile (each stale list is computed again).
#
# Usage: ops/related-fill.sh JAR DATA_DIR [PORT]
#   e.g. ./khabar import --data /tmp/antD ../shared/data/ant/ant-v2.1.jsonl.gz
#        ops/related-fill.sh target/khabar.jar /tmp/antD
# Empties DATA_DIR's related-list cache first (derived data: the portal recomputes it), starts `serve --no-crawl`
# on it, prints the cached and stale list counts every 15 s until every canonical article has a list and none is
# stale (or 15 minutes pass), then stops the portal.
set -euo pipefail
JAR=$1; DATA=$2; PORT=${3:-8092}
DB="$DATA/khabar.db"
python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('DELETE FROM related'); c.commit()" "$DB"
canonical=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(
  'SELECT count(*) FROM articles WHERE duplicate_of IS NULL').fetchone()[0])" "$DB")
java -jar "$JAR" serve --data "$DATA" --port "$PORT" --no-crawl > /dev/null 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
start=$(date +%s); peak=0
while true; do
  sleep 15
  t=$(( $(date +%s) - start ))
  read -r lists stale < <(python3 -c "import sqlite3,sys; r=sqlite3.connect('file:'+sys.argv[1]+'?mode=ro', uri=True)
print(*r.execute('SELECT count(*), coalesce(sum(stale), 0) FROM related').fetchone())" "$DB")
  (( stale > peak )) && peak=$stale
  echo "t=${t}s lists=$lists stale=$stale (canonical articles: $canonical)"
  if (( lists >= canonical && stale == 0 )); then echo "full and none stale after ${t}s; peak stale $peak"; break; fi
  if (( t >= 900 )); then echo "not settled after ${t}s; peak stale $peak"; break; fi
done
