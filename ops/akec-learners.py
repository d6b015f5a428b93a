#!/usr/bin/env python3
"""Compares learners for the tag ranker on exactly the examples `RankerFit` sees, 5-fold by document.

Usage: khabar eval keywords --akec AKEC --corpus ANT --fit-ranker R --candidates cands.tsv
       python3 ops/akec-learners.py cands.tsv        (needs scikit-learn: Debian python3-sklearn)

Prints, averaged over three fold splits, a proxy of the shipped figures: P@10 of each document's 10 best shortlisted
candidates against its top-10 crowd phrases (target 1), and the share of its 5 best that any crowd worker chose
(target > 0). No selection stage (redundancy, joined names) runs here, so the figures sit a little above the
tagger's; they compare learners, they are not the product's figures.
"""
import csv
import sys

import numpy as np
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def load(path):
    rows = list(csv.reader(open(path, encoding='utf-8'), delimiter='\t'))[1:]
    docs = np.array([r[0] for r in rows])
    y = np.array([float(r[2]) for r in rows])
    x = np.array([[float(v) for v in r[3:]] for r in rows])
    return docs, y, x


def proxy(docs, y, scores):
    p10 = a5 = 0
    ids = np.unique(docs)
    for d in ids:
        m = np.where(docs == d)[0]
        order = m[np.argsort(-scores[m], kind='stable')]
        p10 += (y[order[:10]] == 1).sum()
        a5 += (y[order[:5]] > 0).sum()
    return p10 / (10 * len(ids)), a5 / (5 * len(ids))


def cross_validate(docs, y, x, fit_predict, seeds=(0, 1, 2)):
    results = []
    for seed in seeds:
        ids = np.unique(docs)
        np.random.RandomState(seed).shuffle(ids)
        fold = {d: i % 5 for i, d in enumerate(ids)}
        f = np.array([fold[d] for d in docs])
        scores = np.zeros(len(y))
        for k in range(5):
            train, test = f != k, f == k
            scores[test] = fit_predict(docs[train], y[train], x[train], x[test])
        results.append(proxy(docs, y, scores))
    return np.mean([r[0] for r in results]), np.mean([r[1] for r in results])


def logistic(c):
    def run(_docs, y, x, x_test):
        model = make_pipeline(StandardScaler(), LogisticRegression(C=c, max_iter=3000))
        weight = np.where(y == 1, 1.0, np.where(y > 0, y, 1.0))  # a weak positive (0.3) counts that much
        model.fit(x, (y > 0).astype(int), logisticregression__sample_weight=weight)
        return model.predict_proba(x_test)[:, 1]
    return run


def boosted(rate, iterations, depth):
    def run(_docs, y, x, x_test):
        model = HistGradientBoostingRegressor(learning_rate=rate, max_iter=iterations, max_depth=depth,
                                              min_samples_leaf=40)
        return model.fit(x, y).predict(x_test)
    return run


def pairwise(c):
    """A logistic model on feature differences of better and worse candidates of one document."""
    def run(docs, y, x, x_test):
        scaler = StandardScaler().fit(x)
        z = scaler.transform(x)
        rng = np.random.RandomState(0)
        diffs = []
        for d in np.unique(docs):
            idx = np.where(docs == d)[0]
            for hi_level, lo_level in [(1.0, 0.0), (1.0, 0.3), (0.3, 0.0)]:
                hi, lo = idx[y[idx] == hi_level], idx[y[idx] == lo_level]
                if len(hi) == 0 or len(lo) == 0:
                    continue
                for h in hi:
                    for l in rng.choice(lo, min(len(lo), 30), replace=False):
                        diffs.append(z[h] - z[l])
        dx = np.vstack(diffs)
        dx = np.vstack([dx, -dx])
        dy = np.r_[np.ones(len(dx) // 2), np.zeros(len(dx) // 2)]
        model = LogisticRegression(C=c, max_iter=3000, fit_intercept=False).fit(dx, dy)
        return scaler.transform(x_test) @ model.coef_[0]
    return run


def main():
    docs, y, x = load(sys.argv[1])
    print(f'{len(np.unique(docs))} documents, {len(y)} candidates, {int((y == 1).sum())} top-10 crowd phrases among them')
    learners = [('logistic, C=0.01', logistic(0.01)), ('logistic, C=0.1', logistic(0.1)),
                ('boosted trees, rate 0.05, 200 trees, depth 3', boosted(0.05, 200, 3)),
                ('boosted trees, rate 0.05, 300 trees, depth 4', boosted(0.05, 300, 4)),
                ('boosted trees, rate 0.05, 200 trees, depth 6', boosted(0.05, 200, 6)),
                ('pairwise logistic, C=0.01', pairwise(0.01)), ('pairwise logistic, C=0.1', pairwise(0.1))]
    print('| learner | P@10 (proxy) | A@5 (proxy) |\n|---|---|---|')
    for name, learner in learners:
        p10, a5 = cross_validate(docs, y, x, learner)
        print(f'| {name} | {p10:.3f} | {a5:.3f} |')


if __name__ == '__main__':
    main()
