"""Write gold/pass2/agreement.md from the frozen first pass (pass1_snapshot.jsonl) and pass 2."""
import json, collections, resolutions as X
P1=[json.loads(l) for l in open('pass1_snapshot.jsonl')]
P2=[json.loads(l) for l in open('triples.jsonl')]
k=lambda r:(r['gene'],r['drug'],r['effect'])
A={k(r):r for r in P1}; B={k(r):r for r in P2}
def row(name,a,b):
    i=len(a&b); p=i/len(b) if b else float('nan'); r=i/len(a) if a else float('nan')
    f=2*p*r/(p+r) if b and a and p+r else float('nan')
    fmt=lambda x:'–' if x!=x else f'{x:.3f}'
    return f'| {name} | {len(a)} | {len(b)} | {i} | {fmt(p)} | {fmt(r)} | {fmt(r)} | {fmt(p)} | {fmt(f)} |'
L=['# Second curation pass: agreement with the first pass','',
'Unit: distinct (gene, drug, effect). Pass 1 = `gold/triples.jsonl` as it was before this pass (frozen copy: `pass1_snapshot.jsonl`, 166 rows);',
'pass 2 = `triples.jsonl` in this folder (172 rows), made independently from the text and ANNOTATION.md section 1 before pass 1 was opened',
'(script `build_pass2.py`, sentence extraction `textlib.py`). Figures are **before resolution**.','',
'"P(2 vs 1)" = share of pass-2 triples that are in pass 1; "R(2 vs 1)" = share of pass-1 triples found by pass 2. The reverse direction swaps them',
'(P(1 vs 2) = R(2 vs 1), R(1 vs 2) = P(2 vs 1)); F1 is symmetric. "core" compares the core rows of each pass only (a triple core in one pass and optional in the other counts as a miss).','',
'| subset | pass 1 | pass 2 | both | P(2 vs 1) | R(2 vs 1) | P(1 vs 2) | R(1 vs 2) | F1 |','|---|---|---|---|---|---|---|---|---|']
core=lambda D:{x for x in D if D[x]['tier']=='core'}
L.append(row('all rows',set(A),set(B)))
L.append(row('core rows',core(A),core(B)))
EFF=['inhibits','resistance','sensitizes','response','induces','reduces']
for e in EFF: L.append(row(f'effect = {e}',{x for x in A if x[2]==e},{x for x in B if x[2]==e}))
for e in EFF: L.append(row(f'core, effect = {e}',{x for x in core(A) if x[2]==e},{x for x in core(B) if x[2]==e}))
both=set(A)&set(B); same=[x for x in both if A[x]['tier']==B[x]['tier']]
L+=['',f'Tier agreement on the {len(both)} shared triples: {len(same)} same tier, {len(both)-len(same)} different (all: optional in pass 1, core in pass 2).',
'Every pass-1 core triple is in pass 2 (18 pass-2 core triples are not core in pass 1: 17 tier differences and 1 class normalized differently).','']
only1=sorted(set(A)-set(B)); only2=sorted(set(B)-set(A)); tier=sorted(x for x in both if A[x]['tier']!=B[x]['tier'])
L+=[f'## Disagreements ({len(only1)+len(only2)+len(tier)})','',
f'{len(only1)} triples only in pass 1, {len(only2)} only in pass 2, {len(tier)} in both with a different tier. No shared (gene, drug) pair has a conflicting effect;',
'two pairs of rows are the same statement with the class normalized differently (`atr inhibitor` / `atm-related kinase inhibitor`, `er inhibitor` / `estrogen inhibitor`).','',
'Resolution: "right" names the pass whose call stands; "final" is what gold/triples.jsonl now holds.','',
'| # | kind | gene | drug | effect | pass 1 | pass 2 | right | final | reason | sentence |','|---|---|---|---|---|---|---|---|---|---|---|']
esc=lambda s:s.replace('|','\\|').replace('\t',' ⇥ ')
n=0; cnt=collections.Counter()
for kind,keys in [('pass 1 only',only1),('pass 2 only',only2),('tier',tier)]:
    for x in keys:
        n+=1; v=X.R[x]; cnt[(kind,v[1])]+=1
        src=A.get(x) or B.get(x)
        L.append(f'| {n} | {kind} | {x[0]} | {x[1]} | {x[2]} | {A[x]["tier"] if x in A else "–"} | {B[x]["tier"] if x in B else "–"} | {v[0]} | {v[1]} | {esc(v[2])} | {esc(src["section"])}: "{esc(src["sentence"])}" |')
L+=['','## Resolution counts','','| kind | resolution | n |','|---|---|---|']
for (a,b),c in sorted(cnt.items()): L.append(f'| {a} | {b} | {c} |')
byright=collections.Counter(X.R[x][0] for x in only1+only2+tier)
L+=['',f'By whose call stands: pass 1 {byright["pass 1"]}, pass 2 {byright["pass 2"]}, both kept as alternative normalizations {byright["both (alternative)"]}.']
open('agreement.md','w',encoding='utf-8').write('\n'.join(L)+'\n')
print('\n'.join(L[:30]))
