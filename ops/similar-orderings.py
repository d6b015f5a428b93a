#!/usr/bin/env python3
"""Replays similar-list orderings offline on judged candidates.

Usage: khabar eval similar --shared ../shared --candidates cands.tsv
       python3 ops/similar-orderings.py cands.tsv

For each judged query the dump holds the served path's retrieved candidates (retrieval order) with their signals.
This script applies the list rules of related.Diversifier (never excluded items, one per story, the first eligible
item is "read also", at most 3 similar items per outlet while others remain among the head, the reordered best
hits, whose held-back items come before deeper candidates; the head's items sharing two or more tags with the query
are mixed first, then those sharing one, then those sharing none, each pass's held-back items before the next pass)
after a candidate ordering, and
prints P@10 (label 2 = useful; an unjudged item counts as not useful, and their number is printed). The first line
replays the served order (related.SharedTagOrder) and must equal `khabar eval similar`'s served P@10.
"""
import collections, csv, math, sys

SIZE, CAP, WINDOW = 10, 3, 40


def load(path):
    by_query = collections.OrderedDict()
    for r in csv.DictReader(open(path, encoding='utf-8'), delimiter='\t'):
        for k in ['rank', 'shared_tags', 'same_source', 'same_section', 'excluded', 'story_size', 'label', 'title_words']:
            if k in r:
                r[k] = int(r[k])
        for k in ['relevance', 'relative', 'days']:
            r[k] = float(r[k])
        r['outlet'] = r['candidate'].split('-')[0]
        by_query.setdefault(r['query'], []).append(r)
    return by_query


def eligible_of(ordered, window):
    """Rows the rules allow (not excluded, first of each story), and how many of them come from the first `window`."""
    stories, eligible, head = set(), [], 0
    for i, c in enumerate(ordered):
        if c['excluded'] or c['story'] in stories:
            continue
        stories.add(c['story'])
        eligible.append(c)
        head += i < window
    return eligible, head


def evidence(c):
    """related.Diversifier.evidence: 2 for two or more shared tags, or one and two or more shared headline words;
    1 for one shared tag; 0 for none."""
    tags, words = c['shared_tags'], c.get('title_words', 0)
    return 2 if tags >= 2 or (tags == 1 and words >= 2) else min(1, tags)


def select(ordered, window, cap=CAP, tag_first=True, tiers=None, level=evidence):
    """The list rules; the first `window` rows of `ordered` are the head that the outlet cap mixes (cap None: no cap).
    The head's rows pass by `level`, strongest first (served since session 17: related.Diversifier.evidence;
    tag_first=False: the whole head in one pass, the rule before session 12), then the deeper reserve; each pass's
    held-back rows fill the list before the next pass. `tiers`, instead of `level`: shared-tag counts that open a
    pass, best first ((1,): sessions 12-16, rows sharing a tag, then none; (2, 1): session 17's first rule)."""
    eligible, head = eligible_of(ordered, window)
    rest = eligible[1:]
    head = max(0, head - 1)
    passes = [rest[:head], rest[head:]]
    if tag_first and tiers is not None:
        bounds = list(tiers) + [0]
        passes = [[c for c in rest[:head] if (i == 0 or c['shared_tags'] < bounds[i - 1]) and c['shared_tags'] >= b]
                  for i, b in enumerate(bounds)] + [rest[head:]]
    elif tag_first:
        levels = sorted({level(c) for c in rest[:head]}, reverse=True)
        passes = [[c for c in rest[:head] if level(c) == v] for v in levels] + [rest[head:]]
    return fill(passes, cap)


def fill(passes, cap=CAP):
    """Takes rows pass by pass, at most `cap` per outlet (None: no cap); each pass's held-back rows follow it."""
    taken, per = [], collections.Counter()
    for part in passes:
        held = []
        for c in part:
            if len(taken) == SIZE:
                break
            if cap is not None and per[c['outlet']] >= cap:
                held.append(c)
                continue
            per[c['outlet']] += 1
            taken.append(c)
        for c in held:
            if len(taken) == SIZE:
                break
            taken.append(c)
    return taken


def select_deep_evidence(ordered, window, deep_until=None):
    """Not served (session 18): the head's strongest-evidence rows, then the deeper candidates' strongest-evidence
    rows (retrieval ranks below `deep_until`, all when None), then the head's other passes, then the rest."""
    eligible, head = eligible_of(ordered, window)
    rest = eligible[1:]
    head = max(0, head - 1)
    top, deep = rest[:head], rest[head:]
    strong = lambda c: evidence(c) == 2 and (deep_until is None or c['rank'] < deep_until)
    passes = [[c for c in top if evidence(c) == 2], [c for c in deep if strong(c)],
              [c for c in top if evidence(c) == 1], [c for c in top if evidence(c) == 0],
              [c for c in deep if not strong(c)]]
    return fill(passes)


def select_soft(ordered, window, penalty):
    """A soft cap, not served: each item beyond an outlet's third costs `penalty` of its combined score `s`."""
    eligible, _ = eligible_of(ordered, window)
    pool, taken, per = list(eligible[1:]), [], collections.Counter()
    while len(taken) < SIZE and pool:
        best = max(pool, key=lambda c: (c['s'] - penalty * max(0, per[c['outlet']] - CAP + 1), -c['rank']))
        pool.remove(best)
        taken.append(best)
        per[best['outlet']] += 1
    return taken


def served_lists(by_query, score, window=WINDOW, rule=None):
    """Each query's similar list after ordering the first `window` candidates by `score`; `rule(ordered, head)`."""
    rule = rule or (lambda ordered, head: select(ordered, head))
    lists = []
    for cands in by_query.values():
        head = cands[:window]
        best = next((c['relevance'] for c in head if not c['excluded']), 1.0)
        for c in cands:  # beyond the window, retrieval order
            c['s'] = score(c, best) if c['rank'] < window else -1e9 - c['rank']
        ordered = sorted(head, key=lambda c: (-score(c, best), c['rank'])) + cands[window:]
        lists.append(rule(ordered, len(head)))
    return lists


def p_at_10(by_query, score, window=WINDOW, rule=None):
    lists = served_lists(by_query, score, window, rule)
    useful = sum(c['label'] == 2 for listed in lists for c in listed)
    unjudged = sum(c['label'] == -1 for listed in lists for c in listed)
    return useful / (SIZE * len(by_query)), unjudged


def outlet_mix(lists):
    """Items from beyond the reordered window, mean distinct outlets, lists with 4+ outlets, lists with >3 of one."""
    counts = [collections.Counter(c['outlet'] for c in listed) for listed in lists]
    deep = sum(c['rank'] >= WINDOW for listed in lists for c in listed)
    mean = sum(len(k) for k in counts) / len(counts)
    return deep, mean, sum(len(k) >= 4 for k in counts), sum(max(k.values()) > CAP for k in counts if k)


def served(c, best):
    return c['relevance'] / best + 0.1 * min(3, c['shared_tags'])


def main():
    q = load(sys.argv[1])
    rows = [('served order (relevance/best + 0.1 per shared tag, at most 3; best 40 hits)', served, WINDOW),
            ('relevance only', lambda c, b: c['relevance'] / b, WINDOW)]
    for w in [0.2, 0.3, 0.5]:
        rows.append((f'+{w} per shared tag (at most 3)', lambda c, b, w=w: c['relevance'] / b + w * min(3, c['shared_tags']), WINDOW))
    rows.append(('+0.2 per shared tag, at most 2', lambda c, b: c['relevance'] / b + 0.2 * min(2, c['shared_tags']), WINDOW))
    rows.append(('relevance x (1 + 0.5 per shared tag)', lambda c, b: c['relevance'] / b * (1 + 0.5 * min(3, c['shared_tags'])), WINDOW))
    rows.append(('shared tags first, then relevance', lambda c, b: 10 * min(3, c['shared_tags']) + c['relevance'] / b, WINDOW))
    for s in [0.05, 0.1, 0.2]:
        rows.append((f'served + {s} for the same section', lambda c, b, s=s: served(c, b) + s * c['same_section'], WINDOW))
    for d in [0.02, 0.05, 0.1]:
        rows.append((f'served - {d} x ln(1 + days apart)', lambda c, b, d=d: served(c, b) - d * math.log1p(c['days']), WINDOW))
    for s in [0.02, 0.05, 0.1]:
        rows.append((f'served + {s} x ln(1 + story size)', lambda c, b, s=s: served(c, b) + s * math.log1p(c['story_size']), WINDOW))
    for w in [20, 60, 120]:
        rows.append((f'served order over the best {w} hits', served, w))
    print(f'{len(q)} queries')
    print('| ordering | P@10 | unjudged listed |\n|---|---|---|')
    for name, fn, window in rows:
        p, u = p_at_10(q, fn, window)
        print(f'| {name} | {p:.3f} | {u} |')
    print('\nouter rules on the served order: P@10, then items from beyond the best hits, mean distinct outlets,'
          ' lists with 4+ outlets, lists with more than 3 items of one outlet')
    print('| outlet rule | P@10 | unjudged | beyond | outlets | 4+ outlets | >3 of one |\n|---|---|---|---|---|---|---|')
    rules = [('cap of 3 among the best hits, passes by evidence: 2 tags or 1 and 2 headline words, 1 tag, none (served)', None),
             ('cap of 3, passes by shared tags then headline words (nine levels)',
              lambda o, h: select(o, h, level=lambda c: 3 * min(2, c['shared_tags']) + min(2, c.get('title_words', 0)))),
             ('cap of 3, passes for 2+ shared tags, 1, none (session 17 first rule)', lambda o, h: select(o, h, tiers=(2, 1))),
             ('cap of 3, tag-sharing rows mixed first (sessions 12-16)', lambda o, h: select(o, h, tiers=(1,))),
             ('cap of 3 among the best hits in one pass (session 11)', lambda o, h: select(o, h, tag_first=False)),
             ('cap of 3 among all candidates (before session 11)', lambda o, h: select(o, len(o), tag_first=False)),
             ('cap of 4, passes by evidence', lambda o, h: select(o, h, cap=4)),
             ('cap of 3, passes by shared tags + headline words (sum, each at most 2)',
              lambda o, h: select(o, h, level=lambda c: min(2, c['shared_tags']) + min(2, c.get('title_words', 0)))),
             ('cap of 3, passes by headline words, then shared tags',
              lambda o, h: select(o, h, level=lambda c: 3 * min(2, c.get('title_words', 0)) + min(2, c['shared_tags']))),
             ('no cap', lambda o, h: select(o, h, cap=None, tag_first=False)),
             ('no cap (passes by evidence)', lambda o, h: select(o, h, cap=None))]
    rules.append(('passes by evidence, the deeper candidates\' strongest rows right after the head\'s', select_deep_evidence))
    rules.append(('same, deeper candidates to rank 80 only', lambda o, h: select_deep_evidence(o, h, 80)))
    for pen in [0.05, 0.1, 0.2]:
        rules.append((f'soft cap: -{pen} per item beyond an outlet\'s third', lambda o, h, pen=pen: select_soft(o, h, pen)))
    for name, rule in rules:
        p, u = p_at_10(q, served, WINDOW, rule)
        deep, mean, four, over = outlet_mix(served_lists(q, served, WINDOW, rule))
        print(f'| {name} | {p:.3f} | {u} | {deep} | {mean:.2f} | {four} | {over} |')
    print('\nuseful share of judged eligible candidates, by shared tags and relevance over the best allowed one')
    print('| shared tags | >= 0.7 | 0.5-0.7 | < 0.5 |\n|---|---|---|---|')
    cells = collections.defaultdict(lambda: [0, 0])
    for cands in q.values():
        for c in cands:
            if c['excluded'] or c['label'] < 0:
                continue
            band = 0 if c['relative'] >= 0.7 else 1 if c['relative'] >= 0.5 else 2
            cell = cells[(min(3, c['shared_tags']), band)]
            cell[0] += c['label'] == 2
            cell[1] += 1
    for t in range(4):
        print(f"| {t}{'+' if t == 3 else ''} | " + ' | '.join(
            f'{cells[(t, b)][0] / max(1, cells[(t, b)][1]):.2f} ({cells[(t, b)][1]})' for b in range(3)) + ' |')
    reach = sum(min(SIZE, len({c['story'] for c in cands if not c['excluded'] and c['label'] == 2})) for cands in q.values())
    print(f'\nuseful stories reachable within the retrieved candidates (at most 10 per query): P@10 ceiling {reach / (SIZE * len(q)):.3f}')


if __name__ == '__main__':
    main()
