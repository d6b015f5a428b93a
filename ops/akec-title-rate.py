#!/usr/bin/env python3
"""Would a headline-rate signal help the tag ranker? For each shortlisted AKEC candidate: how often the ANT articles
that contain the phrase also carry it in their title (a phrase headline writers pick is news), added to the ranker's
features and compared 5-fold by document, as ops/akec-learners.py does.

Usage: khabar eval keywords --akec AKEC --corpus ANT --fit-ranker R --candidates cands.tsv
       python3 ops/akec-title-rate.py ../shared cands.tsv      (needs Debian python3-sklearn)

Phrases are matched as the reference scorer matches tags (normalised, light-stemmed token sequences).
"""
import collections
import csv
import gzip
import importlib.util
import json
import math
import os
import sys

import numpy as np


def title_rates(shared, rows):
    sys.path.insert(0, os.path.join(shared, 'eval'))
    from akec_score import key, normalize, stem
    want = {key(r[1]) for r in rows}
    in_title, anywhere = collections.Counter(), collections.Counter()

    def grams(text):
        toks = [stem(t) for t in normalize(text).split()]
        return {g for n in (1, 2, 3) for i in range(len(toks) - n + 1) if (g := tuple(toks[i:i + n])) in want}

    for line in gzip.open(os.path.join(shared, 'data/ant/ant-v2.1.jsonl.gz'), 'rt', encoding='utf-8'):
        o = json.loads(line)
        t, b = grams(o.get('title') or ''), grams(o.get('text') or '')
        in_title.update(t)
        anywhere.update(t | b)
    return [math.log((in_title[key(r[1])] + 1) / (anywhere[key(r[1])] + 2)) for r in rows]


def main(shared, path):
    here = os.path.dirname(os.path.abspath(__file__))
    spec = importlib.util.spec_from_file_location('learners', os.path.join(here, 'akec-learners.py'))
    learners = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(learners)
    rows = list(csv.reader(open(path, encoding='utf-8'), delimiter='\t'))[1:]
    docs, y, x = learners.load(path)
    rate = np.array(title_rates(shared, rows))
    print('| features | C | P@10 (proxy) | A@5 (proxy) |\n|---|---|---|---|')
    for name, xx in [('the ranker\'s', x), ('the ranker\'s + headline rate', np.c_[x, rate])]:
        for c in (0.01, 0.1):
            p10, a5 = learners.cross_validate(docs, y, xx, learners.logistic(c))
            print(f'| {name} | {c} | {p10:.3f} | {a5:.3f} |')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
