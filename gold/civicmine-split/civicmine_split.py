#!/usr/bin/env python3
"""CIViCmine predictive pairs, scored on two halves: the development half (sentence ids in dev_ids.txt, read while
writing relation rules) in full, the held-out half (every other sentence) as totals only.

  python3 civicmine_split.py texts DIR          writes each CIViCmine sentence to DIR/c<id>.txt
  ./litmine run --corpus DIR --out RUN --relationModels=false
  python3 civicmine_split.py score RUN [--show]  prints both halves' totals; --show lists the development half's pairs

A gold pair is a Predictive relation's (gene text, drug text). A predicted pair is a non-negated resistance, response
or sensitizes triple of triples.jsonl, family_triples.jsonl or ungrounded_triples.jsonl, by its evidence's gene and
drug text (or their aliases in brackets). They match when the texts are equal, or one is the other with whole words
around it, letter case, whitespace and dashes aside ("BRAF V600E" matches "BRAF"). Each gold pair counts once per
sentence; a predicted pair matching none is a false positive.
"""
import collections
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / '../../../shared/benchmarks/civicmine/civicmine.train.jsonl'
EFFECTS = ('resistance', 'response', 'sensitizes')


def sentences():
    with open(CORPUS, encoding='utf-8') as f:
        return [json.loads(line) for line in f]


def norm(s):
    return re.sub(r'\s+', ' ', re.sub(r'[\u2010-\u2015\u2212]', '-', s.lower())).strip()


def same(a, b):
    a, b = norm(a), norm(b)
    around = r'(^|\W){}($|\W)'
    return a == b or re.search(around.format(re.escape(a)), b) or re.search(around.format(re.escape(b)), a)


def gold_pairs(record):
    entity = {e['id']: e for e in record['entities']}
    return {(entity[r['args']['gene']]['text'], entity[r['args']['drug']]['text'])
            for r in record['relations']
            if r['type'] == 'Predictive' and 'gene' in r['args'] and 'drug' in r['args']}


def predicted_pairs(run):
    pairs = collections.defaultdict(set)
    for name in ('triples.jsonl', 'family_triples.jsonl', 'ungrounded_triples.jsonl'):
        path = Path(run) / name
        if not path.exists():
            continue
        for line in open(path, encoding='utf-8'):
            t = json.loads(line)
            if t['effect'] not in EFFECTS or t['negated']:
                continue
            for ev in t['evidence']:
                genes = tuple([ev['geneText']] + ([ev['geneAlias']] if ev.get('geneAlias') else []))
                drugs = tuple([ev['drugText']] + ([ev['drugAlias']] if ev.get('drugAlias') else []))
                pairs[t['doc'][1:]].add((genes, drugs, t['effect'], ev['rule']))
    return pairs


def score(run, show):
    dev = set((HERE / 'dev_ids.txt').read_text().split())
    predicted = predicted_pairs(run)
    totals = {True: collections.Counter(), False: collections.Counter()}
    for record in sentences():
        sid, gold = record['id'], gold_pairs(record)
        half = sid in dev
        hit, lines = set(), []
        for genes, drugs, effect, rule in sorted(predicted[sid]):
            matched = [g for g in gold if any(same(x, g[0]) for x in genes) and any(same(y, g[1]) for y in drugs)]
            hit.update(matched)
            totals[half]['FP'] += 0 if matched else 1
            lines.append(f"  {'TP' if matched else 'FP'} {genes[0]} | {drugs[0]} [{effect} {rule}]")
        totals[half]['TP'] += len(hit)
        for g in sorted(gold - hit):
            totals[half]['FN'] += 1
            lines.append(f'  FN {g[0]} | {g[1]}')
        if half and show and lines:
            print(f"{sid}\t{record['text']}\n" + '\n'.join(lines) + '\n')
    for half, name in ((True, 'development'), (False, 'held-out')):
        c = totals[half]
        p = c['TP'] / max(1, c['TP'] + c['FP'])
        r = c['TP'] / max(1, c['TP'] + c['FN'])
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{name}: TP {c['TP']} FP {c['FP']} FN {c['FN']}  P {p:.3f} R {r:.3f} F1 {f1:.3f}")


def main(argv):
    if len(argv) >= 2 and argv[0] == 'texts':
        out = Path(argv[1])
        out.mkdir(parents=True, exist_ok=True)
        for record in sentences():
            (out / f"c{record['id']}.txt").write_text(record['text'] + '\n', encoding='utf-8')
    elif len(argv) >= 2 and argv[0] == 'score':
        score(argv[1], '--show' in argv)
    else:
        sys.exit(__doc__)


if __name__ == '__main__':
    main(sys.argv[1:])
