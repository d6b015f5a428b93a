#!/usr/bin/env python3
"""Inclusive shares of methods in a JFR CPU profile, among the samples under one frame.

Usage: java -XX:StartFlightRecording=filename=rec.jfr,settings=profile -jar target/khabar.jar bench import --corpus F
       jfr print --events jdk.ExecutionSample --stack-depth 96 rec.jfr > samples.txt
       python3 ops/jfr-shares.py samples.txt BulkImport.run KeywordTagger.tag CorpusFrequencies.fetch ...

The first method names the samples counted (those whose stack holds it); each further one prints how many of them
hold it anywhere on the stack and their share. Methods match by the end of their qualified name.
"""
import re
import sys


def stacks(path):
    stack, inside = [], False
    for line in open(path, encoding='utf-8'):
        line = line.rstrip()
        if line.startswith('jdk.ExecutionSample'):
            if stack:
                yield stack
            stack, inside = [], False
        elif 'stackTrace = [' in line:
            inside = True
        elif inside and line.strip() == ']':
            inside = False
        elif inside:
            m = re.match(r'\s+(\S+?)\(', line)
            if m:
                stack.append(m.group(1))
    if stack:
        yield stack


def main(path, under, methods):
    n, counts = 0, dict.fromkeys(methods, 0)
    for stack in stacks(path):
        if not any(f.endswith(under) for f in stack):
            continue
        n += 1
        for m in methods:
            if any(f.endswith(m) for f in stack):
                counts[m] += 1
    print(f'samples under {under}: {n}')
    for m in methods:
        print(f'  {m:45s} {counts[m]:6d} {counts[m] / max(n, 1):6.1%}')


if __name__ == '__main__':
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
