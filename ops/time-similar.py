#!/usr/bin/env python3
"""Times a running khabar portal's article API for N articles sampled with a fixed seed: the first view computes the
similar list live (start the portal with an empty related cache), the second view reads it from the cache.
Usage: time-similar.py BASE_URL [N] [SEED]. Prints p50/p99 in ms for both."""
import json, random, sys, time, urllib.request

base = sys.argv[1].rstrip("/")
n = int(sys.argv[2]) if len(sys.argv) > 2 else 200
seed = int(sys.argv[3]) if len(sys.argv) > 3 else 20261202

def get(path):
    with urllib.request.urlopen(base + path, timeout=120) as r:
        return json.load(r)

ids, offset = [], 0
while True:
    page = get(f"/api/v1/articles?limit=100&offset={offset}")
    ids += [(x["url"], x["id"]) for x in page["items"]]
    offset += 100
    if offset >= page["total"]:
        break
sample = [i for _, i in random.Random(seed).sample(sorted(ids), n)]

def timed(i):
    t = time.perf_counter()
    j = get(f"/api/v1/articles/{i}")
    assert len(j["similar"]) > 0, f"article {i} has no similar list"
    return (time.perf_counter() - t) * 1000

def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]

live = [timed(i) for i in sample]
cached = [timed(i) for i in sample]
print(f"{base}: {n} articles (seed {seed}); first view (similar list computed live) p50 {pct(live, 50):.1f} ms, "
      f"p99 {pct(live, 99):.1f} ms; second view (cached) p50 {pct(cached, 50):.1f} ms, p99 {pct(cached, 99):.1f} ms")
