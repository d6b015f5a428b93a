#!/usr/bin/env python3
"""How two builds' similar lists differ on the judged queries.

Usage: khabar eval similar --shared ../shared --lists before.tsv   (with each jar)
       python3 ops/similar-lists-diff.py before.tsv after.tsv [system]

Reads the lists `eval similar --lists` writes (system, query, rank, item, label) for one system (default: served)
and prints each query whose items changed, with its useful items (label 2) before and after and the items that left
and came in, then the number of changed lists and the change in useful items over all of them.
"""
import collections, sys


def lists(path, system):
    out = collections.OrderedDict()
    for line in open(path, encoding='utf-8'):
        s, q, _rank, item, label = line.rstrip('\n').split('\t')
        if s == system:
            out.setdefault(q, {})[item] = int(label)
    return out


def main(before, after, system='served'):
    a, b = lists(before, system), lists(after, system)
    changed = delta = 0
    for q in a:
        old, new = a[q], b.get(q, {})
        if set(old) == set(new):
            continue
        changed += 1
        ua = sum(1 for v in old.values() if v == 2)
        ub = sum(1 for v in new.values() if v == 2)
        delta += ub - ua
        print(f"{q}: useful {ua} -> {ub}; left {[(i, v) for i, v in old.items() if i not in new]}; "
              f"came {[(i, v) for i, v in new.items() if i not in old]}")
    print(f"{changed} of {len(a)} lists changed; useful items {delta:+d}")


if __name__ == '__main__':
    main(*sys.argv[1:])
