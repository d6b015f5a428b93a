#!/usr/bin/python3
"""A learned order for the similar list's head, cross-validated by query, beside the served hand-set order.

Usage: khabar eval similar --shared ../shared --candidates cands.tsv
       /usr/bin/python3 ops/similar-learned-order.py cands.tsv      (needs Debian's python3-sklearn)

For each judged query, a logistic model fitted on the other queries' judged eligible head candidates (label 2 =
useful) scores that query's best 40 hits; the served list rules (ops/similar-orderings.py: one per story, outlet cap,
passes by evidence) then run on that order, or in one pass. Unjudged listed items count as not useful and are counted.
"""
import importlib.util, math, os, sys

import numpy as np
from sklearn.linear_model import LogisticRegression

spec = importlib.util.spec_from_file_location(
    'orderings', os.path.join(os.path.dirname(os.path.abspath(__file__)), 'similar-orderings.py'))
so = importlib.util.module_from_spec(spec)
spec.loader.exec_module(so)
WINDOW = so.WINDOW


def features(c, best):
    return [c['relevance'] / best, math.log1p(c['relevance']), min(3, c['shared_tags']), min(3, c.get('title_words', 0)),
            float(c.get('shared_weight', 0) or 0), c['same_source'], c['same_section'], math.log1p(c['days']),
            math.log1p(c['story_size']), int(int(c.get('shared_place', 0) or 0) > 0), int(c['shared_tags'] >= 2),
            c['rank'] / WINDOW]


def best_of(cands):
    return next((c['relevance'] for c in cands[:WINDOW] if not c['excluded']), 1.0)


def main(path):
    q = so.load(path)
    keys = list(q)
    rows = {}
    for k in keys:
        b = best_of(q[k])
        rows[k] = [(features(c, b), int(c['label'] == 2)) for c in q[k][:WINDOW] if not c['excluded'] and c['label'] >= 0]
    p, u = so.p_at_10(q, so.served)
    print(f'{len(q)} queries; served hand-set order: P@10 {p:.3f} ({u} unjudged listed)')
    print('| C | list rules | P@10 (leave one query out) | unjudged listed |\n|---|---|---|---|')
    for C in [0.1, 1.0, 10.0]:
        for name, level in [('passes by evidence (served)', so.evidence), ('one pass', lambda c: 0)]:
            useful = unjudged = 0
            for k in keys:
                train = [r for kk in keys if kk != k for r in rows[kk]]
                model = LogisticRegression(C=C, max_iter=2000).fit(np.array([x for x, _ in train]),
                                                                   np.array([y for _, y in train]))
                cands = q[k]
                b = best_of(cands)
                head = cands[:WINDOW]
                score = dict(zip(map(id, head), model.decision_function(np.array([features(c, b) for c in head]))))
                ordered = sorted(head, key=lambda c: (-score[id(c)], c['rank'])) + cands[WINDOW:]
                listed = so.select(ordered, len(head), level=level)
                useful += sum(c['label'] == 2 for c in listed)
                unjudged += sum(c['label'] == -1 for c in listed)
            print(f'| {C} | {name} | {useful / (so.SIZE * len(keys)):.3f} | {unjudged} |')


if __name__ == '__main__':
    main(sys.argv[1])
