#!/usr/bin/env python3
"""Compares the similar lists of two running khabar portals loaded from the same file (e.g. the embedded pair and
PostgreSQL + OpenSearch): for N articles sampled with a fixed seed from the first portal, the share of its similar
items (by URL) that the second portal also lists for the same article (by URL), and the same for "read also".
Usage: compare-similar.py BASE_URL_A BASE_URL_B [N] [SEED]. Exit 1 when the mean overlap is below 0.8."""
import json, random, sys, urllib.parse, urllib.request

a, b = sys.argv[1].rstrip("/"), sys.argv[2].rstrip("/")
n = int(sys.argv[3]) if len(sys.argv) > 3 else 50
seed = int(sys.argv[4]) if len(sys.argv) > 4 else 20261202

def get(base, path):
    with urllib.request.urlopen(base + path, timeout=60) as r:
        return json.load(r)

def all_articles(base):
    out, offset = [], 0
    while True:
        page = get(base, f"/api/v1/articles?limit=100&offset={offset}")
        out += page["items"]
        offset += 100
        if offset >= page["total"]:
            return out

def urls_of(base, ids, cache):
    res = []
    for i in ids:
        if i not in cache:
            cache[i] = get(base, f"/api/v1/articles/{i}")["url"]
        res.append(cache[i])
    return res

arts_a, arts_b = all_articles(a), all_articles(b)
by_url_b = {x["url"]: x["id"] for x in arts_b}
print(f"articles listed: {len(arts_a)} / {len(arts_b)}; same URL set: {set(x['url'] for x in arts_a) == set(by_url_b)}")
sample = random.Random(seed).sample(sorted(arts_a, key=lambda x: x["url"]), n)
cache_a, cache_b, overlaps, read_also_same, lens = {}, {}, [], 0, []
for x in sample:
    ja = get(a, f"/api/v1/articles/{x['id']}")
    jb = get(b, f"/api/v1/articles/{by_url_b[x['url']]}")
    sa = urls_of(a, [s["id"] for s in ja["similar"]], cache_a)
    sb = urls_of(b, [s["id"] for s in jb["similar"]], cache_b)
    lens.append((len(sa), len(sb)))
    overlaps.append(len(set(sa) & set(sb)) / max(1, max(len(sa), len(sb))))
    ra = urls_of(a, [ja["readAlso"]["id"]], cache_a) if ja.get("readAlso") else []
    rb = urls_of(b, [jb["readAlso"]["id"]], cache_b) if jb.get("readAlso") else []
    read_also_same += ra == rb
mean = sum(overlaps) / len(overlaps)
print(f"{n} articles (seed {seed}): mean similar-list overlap {mean:.3f} (min {min(overlaps):.2f}); "
      f"same read-also {read_also_same}/{n}; list lengths A {sum(l[0] for l in lens)/n:.1f}, B {sum(l[1] for l in lens)/n:.1f}")
sys.exit(0 if mean >= 0.8 else 1)
