#!/usr/bin/env python3
"""Labels with a broken or glued first letter in `khabar eval tags-dump` files (e.g. before and after a change).

Usage: khabar eval tags-dump --ant ANT --limit 40000 --out before.txt   (with each jar)
       python3 ops/glued-labels.py before.txt after.txt

Reads the "full" pass and its first 8 labels per article. For each file prints:
  - glued: label places whose first word opens with ب ل ك (4+ letters, not ال) while the label without that letter
    (or with ال for it) is itself a label 3 or more times: a glued preposition, or a name such as ليفربول;
  - verb-led / rest-led: label places opening with one of the و-root perfect verbs that clitic-protected.txt keeps
    whole since session 14 (VERBS), or with such a verb's rest without و (افق for وافق): what was broken before.
"""
import collections, sys

SHOWN = 8
VERBS = set("""وفقا وصلت وقعت وصفه وافق وجهت وافقت وضعت وجدت واصل وصفت واجه وصلوا واصلت واجهت وقفت وقعته وصلنا وقعوا
وصفوه وجدوا وجدنا وضعوا وضعته وقعها وافقوا وزعت واجهوا واجهها وضعنا وصفوا""".split())
RESTS = {v[1:] for v in VERBS}


def labels(dump):
    out = collections.Counter()
    for line in open(dump, encoding='utf-8'):
        if line.startswith('full '):
            for p in line.rstrip('\n').split('\t')[1:SHOWN + 1]:
                if '|' in p:
                    out[p.split('|')[1]] += 1
    return out


def main(dumps):
    for dump in dumps:
        lab = labels(dump)
        glued = collections.Counter()
        verb = rest = 0
        for label, n in lab.items():
            words = label.split()
            first = words[0]
            verb += n if first in VERBS else 0
            rest += n if first in RESTS else 0
            if len(first) > 3 and first[0] in 'لبك' and not first.startswith('ال'):
                r = ' '.join([first[1:]] + words[1:])
                if lab.get(r, 0) + lab.get('ال' + r, 0) >= 3:
                    glued[label] = n
        print(f"{dump}: {sum(lab.values())} label places; glued {sum(glued.values())} "
              f"(top: {', '.join(f'{k} {v}' for k, v in glued.most_common(8))}); verb-led {verb}, rest-led {rest}")


if __name__ == '__main__':
    main(sys.argv[1:])
