#!/usr/bin/env python3
"""What changed between two `khabar eval tags-dump` files: articles whose shown labels differ, and the labels shown
on the most fewer / more articles.

Usage: khabar eval tags-dump --ant ANT --limit 31525 --out before.txt   (with each jar)
       python3 ops/tags-dump-diff.py before.txt after.txt [N]

Reads the "full" pass (every article tagged against the whole corpus's statistics) and its first 8 tags.
"""
import collections, sys

SHOWN = 8


def shown(dump):
    out = {}
    for line in open(dump, encoding='utf-8'):
        if not line.startswith('full '):
            continue
        f = line.rstrip('\n').split('\t')
        out[f[0].split(' ')[1]] = [x.split('|')[1] for x in f[1:SHOWN + 1] if x.count('|') == 2]
    return out


def main(before, after, n=25):
    a, b = shown(before), shown(after)
    print(f'articles with changed shown labels: {sum(1 for i in a if a[i] != b.get(i))} of {len(a)}')
    ca = collections.Counter(l for v in a.values() for l in v)
    cb = collections.Counter(l for v in b.values() for l in v)
    diff = sorted(((ca[l] - cb[l], l) for l in set(ca) | set(cb)), reverse=True)
    print('shown on fewer articles:')
    for d, l in diff[:n]:
        print(f'  {l}  {ca[l]} -> {cb[l]}')
    print('shown on more articles:')
    for d, l in reversed(diff[-n:]):
        print(f'  {l}  {ca[l]} -> {cb[l]}')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 25)
