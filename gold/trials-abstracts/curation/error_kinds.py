"""Counts the kinds of figure errors in an eval report's trial section, printing counts only, never an error itself.

Safe on a held-out gold set: it says how many figures were missed because the value was found in another arm or slot
(and which field differed), under another metric, or not at all, and how many extra figures have no match, without
showing any sentence, value or document. Usage: python3 error_kinds.py REPORT_DIR/report.md
"""
import re,sys,collections
txt=open(sys.argv[1]).read()
def section(name):
    m=re.search(r'^### '+re.escape(name)+r'\n(.*?)(?=^##|\Z)',txt,re.S|re.M)
    return [l[3:-1] for l in (m.group(1).splitlines() if m else []) if l.startswith('- `')]
def parse(l):
    doc,rest=l.split(': ',1)
    vs=arm=None
    if ' vs ' in rest: rest,vs=rest.rsplit(' vs ',1)
    if ' @' in rest: rest,arm=rest.rsplit(' @',1)
    m=re.match(r'(\S+(?: \S+){0,3}?)(?: \((.*?)\))?(?: at (.*?))? (not reached|-?[\d.]+)',rest)
    metric,end,tp,val=m.groups()
    ci='[-, -]' not in rest
    return dict(doc=doc,metric=metric,end=end,tp=tp,value=val,ci=ci,arm=arm,vs=vs)
missed=[parse(l) for l in section('Figures missed')]
extra=[parse(l) for l in section('Figures extra')]
k=collections.Counter()
for m in missed:
    cands=[e for e in extra if e['doc']==m['doc'] and e['value']==m['value'] and e['metric']==m['metric']]
    if cands:
        e=cands[0]; diffs=[f for f in ('arm','tp','end','vs','ci') if e[f]!=m[f]]
        sub=[]
        for f in diffs:
            if f=='arm': sub.append('arm '+('gold-none' if m['arm'] is None else ('pred-none' if e['arm'] is None else 'differs')))
            else: sub.append(f+' '+('gold-none' if m[f] is None else ('pred-none' if e[f] is None else 'differs')))
        k['missed, found elsewhere: '+', '.join(sub)]+=1
    else:
        other=[e for e in extra if e['doc']==m['doc'] and e['value']==m['value']]
        k['missed, value under other metric' if other else ('missed, doc has other extras' if any(e['doc']==m['doc'] for e in extra) else 'missed, doc no extras')]+=1
for e in extra:
    if not any(m['doc']==e['doc'] and m['value']==e['value'] for m in missed):
        k['extra unmatched: '+e['metric']+(' arm' if e['arm'] else ' no-arm')]+=1
for key,v in sorted(k.items()): print(f'{v:4d}  {key}')
