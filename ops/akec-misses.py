#!/usr/bin/env python3
"""Where khabar's AKEC predictions miss: top-5 tags no crowd worker chose, and predicted vs gold phrase lengths.

Usage: khabar eval keywords --akec ../shared/data/akec-train --corpus ANT --out pred.jsonl
       python3 ops/akec-misses.py ../shared pred.jsonl

Matching is the reference scorer's (../shared/eval/akec_score.py: normalised, light-stemmed token sequences).
"""
import collections, json, sys


def main(shared, pred):
    sys.path.insert(0, shared.rstrip('/') + '/eval')
    from akec_score import key, load_gold
    gold = load_gold(shared.rstrip('/') + '/data/akec-train/keyphrases/sort_frequency/pure.txt')
    misses, by_rank = [], collections.Counter()
    gold_len, pred_len, hit_len = collections.Counter(), collections.Counter(), collections.Counter()
    for line in open(pred, encoding='utf-8'):
        o = json.loads(line)
        g = gold[o['doc']]
        any_crowd = {key(x) for x in g}
        top10 = [key(x) for x in g[:10]]
        for k in top10:
            gold_len[min(len(k), 4)] += 1
        seen, tags = set(), []
        for t in o['tags']:
            k = key(t)
            if k and k not in seen:
                seen.add(k)
                tags.append((t, k))
        for i, (t, k) in enumerate(tags[:5]):
            if k not in any_crowd:
                misses.append((o['doc'], i + 1, t))
                by_rank[i + 1] += 1
        for t, k in tags[:10]:
            pred_len[min(len(k), 4)] += 1
            hit_len[min(len(k), 4)] += k in top10
    print(f'top-5 tags no crowd worker chose: {len(misses)}, by rank {dict(sorted(by_rank.items()))}')
    print('words (4 = four or more) | top-10 gold | predicted | predicted in the top-10 gold')
    for n in sorted(gold_len | pred_len):
        print(f'  {n} | {gold_len[n]} | {pred_len[n]} | {hit_len[n]}')
    for doc, rank, tag in misses:
        print(f'{doc}\t{rank}\t{tag}')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
