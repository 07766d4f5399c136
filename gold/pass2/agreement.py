import json, collections
P1=[json.loads(l) for l in open('/work/main/gold/pass2/pass1_snapshot.jsonl')]
P2=[json.loads(l) for l in open('/work/main/gold/pass2/triples.jsonl')]
k=lambda r:(r['gene'],r['drug'],r['effect'])
A={k(r):r for r in P1}; B={k(r):r for r in P2}
assert len(A)==len(P1) and len(B)==len(P2)
def pr(x,y):  # precision of x against y, recall of x against y
    i=len(x&y); return i, (i/len(x) if x else float('nan')), (i/len(y) if y else float('nan'))
def f1(p,r): return 2*p*r/(p+r) if p+r else 0
res={}
sets={'all':(set(A),set(B)),'core':({x for x in A if A[x]['tier']=='core'},{x for x in B if B[x]['tier']=='core'})}
for e in ['inhibits','resistance','sensitizes','response','induces','reduces']:
    sets['effect='+e]=({x for x in A if x[2]==e},{x for x in B if x[2]==e})
    sets['core, effect='+e]=({x for x in A if x[2]==e and A[x]['tier']=='core'},{x for x in B if x[2]==e and B[x]['tier']=='core'})
lines=['| subset | pass 1 | pass 2 | both | P(pass2 vs pass1) | R(pass2 vs pass1) | F1 |','|---|---|---|---|---|---|---|']
for n,(a,b) in sets.items():
    i,p,r=pr(b,a)
    lines.append(f'| {n} | {len(a)} | {len(b)} | {i} | {p:.3f} | {r:.3f} | {f1(p,r):.3f} |')
# core agreement where tiers: rows core in either pass
print('\n'.join(lines))
only1=sorted(set(A)-set(B)); only2=sorted(set(B)-set(A))
tier=[x for x in sorted(set(A)&set(B)) if A[x]['tier']!=B[x]['tier']]
print('only pass1',len(only1)); [print('  ',x,A[x]['tier']) for x in only1]
print('only pass2',len(only2)); [print('  ',x,B[x]['tier']) for x in only2]
print('tier diff',len(tier)); [print('  ',x,'p1',A[x]['tier'],'p2',B[x]['tier']) for x in tier]
# kappa-like: core-set jaccard
json.dump({'table':lines,'only1':only1,'only2':only2,'tier':tier},open('/tmp/agr.json','w'))
