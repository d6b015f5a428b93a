#!/usr/bin/env bash
# Evaluation step: import the whole ANT corpus through the CLI into a temporary data folder, print the
# counts and articles/s, check the API total, check that a second import adds nothing.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${KHABAR_SHARED:-$root/../shared}"
ant="$shared/data/ant/ant-v2.1.jsonl.gz"
# 30,338 distinct URL strings; 30,179 once http/https fold (CanonicalUrl). Every one of them is stored.
expected_stored=30179
work="$(mktemp -d)"
trap 'kill "${server:-}" 2>/dev/null || true; rm -rf "$work"' EXIT

cd "$root"
echo "importing $ant"
./khabar import --data "$work/data" "$ant" 2>"$work/import.err" | tee "$work/import.out"
grep -c '^rejected' "$work/import.err" | sed 's/^/rejection lines: /' || true
grep '^rejected' "$work/import.err" | head -5 || true
imported=$(sed -n 's/^imported \([0-9]*\),.*/\1/p' "$work/import.out")
[ "$imported" = "$expected_stored" ] || { echo "FAIL: imported $imported, expected $expected_stored"; exit 1; }

./khabar serve --data "$work/data" --port 18731 > "$work/serve.out" 2>&1 &
server=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:18731/api/v1/articles?limit=1" -o "$work/total.json" && break; sleep 1; done
total=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["total"])' "$work/total.json")
kill "$server"; wait "$server" 2>/dev/null || true; server=""
# With content dedup the API lists canonical articles only: syndicated copies are grouped under their original.
canonical=$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT count(*) FROM articles WHERE duplicate_of IS NULL").fetchone()[0])' "$work/data/khabar.db")
echo "API /api/v1/articles?limit=1 total: $total (stored $imported, canonical in the store $canonical, copies grouped $((imported - canonical)))"
[ "$total" = "$canonical" ] || { echo "FAIL: API total $total, store has $canonical canonical articles"; exit 1; }

./khabar import --data "$work/data" "$ant" 2>/dev/null | tee "$work/again.out"
grep -q '^imported 0,' "$work/again.out" || { echo "FAIL: a second import added articles"; exit 1; }
echo "ANT import: OK"
