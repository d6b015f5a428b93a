#!/usr/bin/env python3
"""Walks a running portal the way readers and feed readers do and reports status codes and latency per page type.

Usage: ./khabar serve --data DIR --port 8091 --no-crawl &
       python3 ops/smoke-portal.py http://127.0.0.1:8091 [ARTICLES]

Visits the home and latest pages, robots.txt and the first sitemaps, every outlet, ARTICLES articles picked with a fixed seed through the API (default
200), their tag, story and similar pages, the feeds, the API and search with Arabic spellings and hostile input.
Checks on every article page: no item twice, never itself. Exits 1 on any 5xx, any broken page promise, or a page
that is not what its type should be; prints p50 / p99 / max milliseconds per page type.
"""
import collections, json, random, re, sys, time, urllib.error, urllib.parse, urllib.request

BASE = sys.argv[1].rstrip('/')
ARTICLES = int(sys.argv[2]) if len(sys.argv) > 2 else 200
timings = collections.defaultdict(list)
statuses = collections.Counter()
problems = []


def get(path, kind, expect=(200,), headers=None):
    req = urllib.request.Request(BASE + path, headers=headers or {})
    t = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            body, status, ctype = r.read(), r.status, r.headers.get('Content-Type', '')
    except urllib.error.HTTPError as e:
        body, status, ctype = e.read(), e.code, e.headers.get('Content-Type', '')
    ms = (time.perf_counter() - t) * 1000
    timings[kind].append(ms)
    statuses[status] += 1
    if status >= 500 or status not in expect:
        problems.append(f'{status} {kind} {path}')
    return status, ctype, body.decode('utf-8', 'replace')


def hrefs(html, pattern):
    return re.findall(r'href="(' + pattern + r')"', html)


def section(html, css_class):
    m = re.search(r'<(?:aside|section) class="' + css_class + r'"(.*?)</(?:aside|section)>', html, re.S)
    return m.group(1) if m else ''


def main():
    get('/', 'home')
    for p in (1, 2, 3):
        get(f'/latest?page={p}', 'latest')
    _, _, html = get('/sources', 'sources')
    for src in sorted(set(hrefs(html, r'/sources/[^"]+'))):
        get(src, 'outlet')
        get('/feeds' + src, 'feed')
    get('/feeds/latest', 'feed')
    for _ in range(3):
        get('/api/v1/popular-tags?limit=12', 'popular tags')
    get('/feeds/stories', 'feed')
    get('/robots.txt', 'sitemap')
    _, _, index = get('/sitemap.xml', 'sitemap')
    for loc in re.findall(r'<loc>([^<]+)</loc>', index)[:3]:
        get(urllib.parse.urlparse(loc).path, 'sitemap')
    _, _, listing = get('/api/v1/articles?limit=1', 'api')
    total = json.loads(listing)['total']
    rnd = random.Random(42)
    tags_seen = set()
    for _ in range(ARTICLES):
        offset = rnd.randrange(total)
        _, _, one = get(f'/api/v1/articles?limit=1&offset={offset}', 'api')
        aid = json.loads(one)['items'][0]['id']
        _, _, page = get(f'/articles/{aid}', 'article')
        get(f'/api/v1/articles/{aid}', 'api')
        listed = hrefs(section(page, 'read-also') + section(page, 'similar'), r'/articles/\d+')
        listed = [h for h in listed]
        if len(set(listed)) != len(listed) or f'/articles/{aid}' in listed:
            problems.append(f'repeat or self on /articles/{aid}: {listed}')
        for tag in hrefs(page, r'/tags/[^"]+')[:2]:
            if tag not in tags_seen:
                tags_seen.add(tag)
                get(tag, 'tag')
                get('/feeds' + tag, 'feed')
        for story in hrefs(page, r'/stories/\d+')[:1]:
            get(story, 'story')
    # the tags the walk met are what readers search for; both orders, so that their latencies compare
    tag_queries = sorted(urllib.parse.unquote(t[len('/tags/'):]) for t in tags_seen)[:100]
    for q in ['أوكرانيا', 'اوكرانيا', 'وأوكرانيا', 'الناتو كييف', '"الخارجية الروسية"', '٢٠١٨', 'Trump',
              '<script>alert(1)</script>', 'a' * 600, '((((', 'AND OR NOT', '*', '\u200f\u202e'] + tag_queries:
        expect = (200, 400) if len(q) > 500 else (200,)
        get('/search?q=' + urllib.parse.quote(q), 'search', expect=expect)
        get('/search?q=' + urllib.parse.quote(q) + '&sort=newest', 'search newest', expect=expect)
        get('/api/v1/search?q=' + urllib.parse.quote(q), 'api', expect=(200, 400))
    outlets = json.loads(get('/api/v1/sources', 'api')[2] or '{}').get('items', [])
    outlet_id = outlets[0]['id'] if outlets else None
    if outlet_id:
        for q in tag_queries[:20]:
            get('/search?q=' + urllib.parse.quote(q) + '&source=' + urllib.parse.quote(outlet_id), 'search one outlet')
    for bad in ['/search?q=x&sort=oldest', '/search?q=x&source=' + urllib.parse.quote('لا يوجد'),
                '/api/v1/search?q=x&sort=oldest']:
        get(bad, 'bad input', expect=(400,))
    for bad in ['/articles/0', '/articles/abc', '/articles/99999999999999999999', '/tags/' + 'x' * 300,
                '/sources/nope', '/stories/0', '/latest?page=0', '/latest?page=-1',
                '/feeds/tags/' + urllib.parse.quote('لا يوجد')]:
        get(bad, 'bad input', expect=(400, 404))
    for bad in ['/api/v1/articles/0', '/api/v1/articles?limit=-1', '/api/v1/articles?limit=abc',
                '/api/v1/articles?offset=99999999999999999999']:
        get(bad, 'bad input', expect=(400, 404))

    print(f'{sum(statuses.values())} requests, statuses {dict(sorted(statuses.items()))}')
    print('| page type | requests | p50 ms | p99 ms | max ms |\n|---|---|---|---|---|')
    for kind, ms in sorted(timings.items()):
        ms = sorted(ms)
        pct = lambda p: ms[min(len(ms) - 1, int(round(p / 100 * (len(ms) - 1))))]
        print(f'| {kind} | {len(ms)} | {pct(50):.1f} | {pct(99):.1f} | {ms[-1]:.1f} |')
    for p in problems:
        print('PROBLEM', p)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
