#!/usr/bin/env python3
"""Compares an embedded store with a PostgreSQL schema loaded from the same file: article counts, canonical counts
and each article's ordered tag list (by URL). Usage: compare-tags.py DATA_DIR PG_SCHEMA (env: KHABAR_PG_URL/USER/PASSWORD,
e.g. after `source ops/postgres/run/khabar.env`)."""
import os, re, sqlite3, subprocess, sys

data_dir, schema = sys.argv[1], sys.argv[2]
if not re.fullmatch(r"[a-z_][a-z0-9_]*", schema):
    sys.exit("bad schema name")
lite = sqlite3.connect(f"file:{data_dir}/khabar.db?mode=ro", uri=True)
emb = {}
for url, key in lite.execute("SELECT a.url, t.tag_key FROM articles a JOIN article_tags t ON t.article_id = a.id "
                             "ORDER BY a.url, t.rank"):
    emb.setdefault(url, []).append(key)
m = re.match(r"jdbc:postgresql://([^:/]+):(\d+)/([^?]+)", os.environ["KHABAR_PG_URL"])
env = dict(os.environ, PGPASSWORD=os.environ["KHABAR_PG_PASSWORD"])
def psql(sql):
    return subprocess.run(["psql", "-h", m[1], "-p", m[2], "-U", os.environ["KHABAR_PG_USER"], m[3], "-AtF", "\t",
                           "-c", sql], capture_output=True, text=True, env=env, check=True).stdout
pg = {}
for line in psql(f"SELECT a.url, t.tag_key FROM {schema}.articles a JOIN {schema}.article_tags t "
                 f"ON t.article_id = a.id ORDER BY a.url, t.rank").splitlines():
    url, key = line.split("\t")
    pg.setdefault(url, []).append(key)
e = lite.execute("SELECT COUNT(*), SUM(duplicate_of IS NULL) FROM articles").fetchone()
p = psql(f"SELECT COUNT(*), COUNT(*) FILTER (WHERE duplicate_of IS NULL) FROM {schema}.articles").strip().split("\t")
same = sum(1 for u in emb if pg.get(u) == emb[u])
print(f"articles embedded {e[0]} / postgresql {p[0]}; canonical {e[1]} / {p[1]}")
print(f"articles with tags: embedded {len(emb)}, postgresql {len(pg)}; identical ordered tag lists: {same}")
sys.exit(0 if (str(e[0]), str(e[1])) == (p[0], p[1]) and same == len(emb) == len(pg) else 1)
