#!/usr/bin/env python3
"""How publishable shown tags are by ranker score and by rank, and what a score threshold after the first 5 would do.

Usage: khabar eval tag-review --ant ANT --stats-cache F --shown shown.tsv
       python3 ops/shown-thresholds.py shown.tsv

The TSV holds docno, tag, editor label, rank, score per shown tag. To reproduce the table behind analyze.ShownTags
(docs/benchmarks-analyze.md, session 13) run tag-review on a build with ShownTags.MIN_SCORE_AFTER_MIN set to 0, so
that articles show 8 tags (the replay needs the tail); on the shipped jar it describes the shown tags only.
"""
import sys

MIN = 5


def main(path):
    rows = []
    for line in open(path, encoding='utf-8'):
        docno, tag, label, rank, score = line.rstrip('\n').split('\t')
        rows.append((docno, label, int(rank), float(score)))
    docs = len({r[0] for r in rows})

    def share(sel):
        return sum(1 for r in sel if r[1] == 'ok') / len(sel) if sel else 0.0

    print('ok share by ranker score:')
    for b in range(10):
        sel = [r for r in rows if min(int(r[3] * 10), 9) == b]
        if sel:
            print(f'  {b / 10:.1f}-{(b + 1) / 10:.1f}  {len(sel):4d} tags  ok {share(sel):.2f}')
    print('ok share by rank:')
    for k in sorted({r[2] for r in rows}):
        sel = [r for r in rows if r[2] == k]
        print(f'  {k}  {len(sel):4d} tags  ok {share(sel):.2f}')
    print(f'after the first {MIN}, shown at score >= | ok share | tags per article | ok tags per article')
    for tau in [0, 0.1, 0.15, 0.2, 0.3]:
        sel = [r for r in rows if r[2] <= MIN or r[3] >= tau]
        ok = sum(1 for r in sel if r[1] == 'ok')
        print(f'  {tau:<4} | {ok / len(sel):.3f} | {len(sel) / docs:.2f} | {ok / docs:.2f}')


if __name__ == '__main__':
    main(sys.argv[1])
