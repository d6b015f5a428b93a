#!/usr/bin/env python3
"""How many articles show given tags, in two `khabar eval tags-dump` files (e.g. before and after a change).

Usage: khabar eval tags-dump --ant ANT --limit 31525 --out before.txt   (with each jar)
       python3 ops/tags-dump-labels.py ANT before.txt after.txt LABEL...

Reads the "full" pass (every article tagged against the whole corpus's statistics), counts the articles among whose
first 8 tags (what a page shows) each LABEL is, and how many of those do not name the label's last word in their
title (a tag the headline does not support), side by side for the two files.
"""
import gzip, json, sys

SHOWN = 8


def titles(ant):
    with gzip.open(ant, 'rt', encoding='utf-8') as f:
        return [json.loads(line).get('title') or '' for line in f]


def shown(dump):
    out = {}
    with open(dump, encoding='utf-8') as f:
        for line in f:
            if not line.startswith('full '):
                continue
            parts = line.rstrip('\n').split('\t')
            out[int(parts[0].split()[1])] = [p.split('|')[1] for p in parts[1:SHOWN + 1] if '|' in p]
    return out


def main():
    ant, before, after, labels = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
    t = titles(ant)
    a, b = shown(before), shown(after)
    print('| tag | articles showing it (before → after) | of them, title without its last word |\n|---|---|---|')
    for label in labels:
        last = label.split()[-1]
        counts = []
        for tags in (a, b):
            docs = [i for i, ts in tags.items() if label in ts]
            counts.append((len(docs), sum(last not in t[i] for i in docs)))
        print(f'| {label} | {counts[0][0]:,} → {counts[1][0]:,} | {counts[0][1]:,} → {counts[1][1]:,} |')


if __name__ == '__main__':
    main()
