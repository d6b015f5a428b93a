#!/usr/bin/env python3
"""Candidates for clitic-protected.txt: و-initial words whose و is most likely their own.

Usage: python3 ops/waw-initial-words.py ANT.jsonl.gz [src/main/resources/org/khabar/analyze/clitic-protected.txt]

Counts the Arabic words of ANT titles and bodies and prints, most frequent first, the words of 4+ letters that open
with و (not وال، وب، ول) written 30 times or more, while the word without its و (bare or with ال) is written at most
a fifth as often, and that the protected list does not hold yet. The list is for reading: conjunction + word
(وغيرها، وتابعت) passes the counts too and was left out by hand. Session 14's 127 words were read off this list run
against the protected list before them: git show 62100ad:src/main/resources/org/khabar/analyze/clitic-protected.txt
"""
import collections, gzip, json, re, sys

MIN_COUNT, MAX_SHARE = 30, 0.2


def main(ant, protected_file='src/main/resources/org/khabar/analyze/clitic-protected.txt'):
    protected = {l.strip() for l in open(protected_file, encoding='utf-8') if l.strip() and not l.startswith('#')}
    count = collections.Counter()
    with gzip.open(ant, 'rt', encoding='utf-8') as f:
        for line in f:
            o = json.loads(line)
            text = (o.get('title') or '') + ' ' + (o.get('text') or o.get('body') or '')
            count.update(re.findall(r'[\u0621-\u064A]+', text))
    out = []
    for w, n in count.items():
        if len(w) < 4 or not w.startswith('و') or w.startswith(('وال', 'وب', 'ول')) or w in protected:
            continue
        rest = w[1:]
        alone = count[rest] + count['ال' + rest]
        if n >= MIN_COUNT and max(1, alone) <= MAX_SHARE * n:
            out.append((n, w, alone))
    for n, w, alone in sorted(out, reverse=True):
        print(f"{w}\t{n}\t{alone}")


if __name__ == '__main__':
    main(*sys.argv[1:])
