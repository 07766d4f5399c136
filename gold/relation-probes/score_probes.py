#!/usr/bin/env python3
"""Relation probe sentences (blind-*.tsv here), scored against a litmine run over them.

  python3 score_probes.py texts blind-a.tsv DIR      writes sentence N (1-based, comments skipped) to DIR/pNNN.txt
  ./litmine run --corpus DIR --out RUN
  python3 score_probes.py score blind-a.tsv RUN [--show]

A gold triple is "GENE drug effect [negated]" from the file's second column (a drug's name may hold spaces); a
predicted one is a triple of triples.jsonl (named genes and named drugs) of the sentence's document, with its
`negated` flag. They match when gene, drug, effect and negation are equal. Hedging is not scored (a hedged triple still
counts, ANNOTATION.md). Prints true positives, false positives and false negatives by effect; --show lists every miss
and extra with its sentence.
"""
import collections
import json
import sys
from pathlib import Path


def rows(tsv):
    out = []
    for line in open(tsv, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        cols = line.split('\t')
        gold = set()
        for t in (cols[1] if len(cols) > 1 else '').split(';'):
            parts = t.split()
            negated = bool(parts) and parts[-1] == 'negated'
            if negated:
                parts = parts[:-1]
            if len(parts) >= 3:
                gold.add((parts[0], ' '.join(parts[1:-1]), parts[-1], negated))
        out.append((cols[0], gold))
    return out


def doc(n):
    return 'p%03d' % n


def texts(tsv, out):
    Path(out).mkdir(parents=True, exist_ok=True)
    for n, (sentence, _) in enumerate(rows(tsv), 1):
        Path(out, doc(n) + '.txt').write_text(sentence + '\n', encoding='utf-8')


def predicted(run):
    found = collections.defaultdict(set)
    for line in open(Path(run) / 'triples.jsonl', encoding='utf-8'):
        t = json.loads(line)
        found[t['doc']].add((t['gene'], t['drug'], t['effect'], bool(t['negated'])))
    return found


def score(tsv, run, show):
    found = predicted(run)
    counts = collections.defaultdict(lambda: [0, 0, 0])
    lines = []
    for n, (sentence, gold) in enumerate(rows(tsv), 1):
        pred = found.get(doc(n), set())
        for t in sorted(gold & pred):
            counts[t[2]][0] += 1
        for t in sorted(pred - gold):
            counts[t[2]][1] += 1
            lines.append('FP %s %s\n   %s' % (doc(n), ' '.join(map(str, t)), sentence))
        for t in sorted(gold - pred):
            counts[t[2]][2] += 1
            lines.append('FN %s %s\n   %s' % (doc(n), ' '.join(map(str, t)), sentence))
    total = [sum(c[i] for c in counts.values()) for i in range(3)]
    print('| effect | TP | FP | FN | precision | recall |')
    print('|---|---:|---:|---:|---:|---:|')
    for effect, (tp, fp, fn) in sorted(counts.items()) + [('all', total)]:
        p = tp / (tp + fp) if tp + fp else 0
        r = tp / (tp + fn) if tp + fn else 0
        print('| %s | %d | %d | %d | %.3f | %.3f |' % (effect, tp, fp, fn, p, r))
    if show:
        print('\n'.join(lines))


if __name__ == '__main__':
    if sys.argv[1] == 'texts':
        texts(sys.argv[2], sys.argv[3])
    else:
        score(sys.argv[2], sys.argv[3], '--show' in sys.argv)
