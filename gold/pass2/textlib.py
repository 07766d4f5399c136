import re
SRC='/work/shared/corpus/review/hua2020-igf1r-review.publisher.txt'
lines=open(SRC,encoding='utf-8').read().split('\n')
HEADINGS={'Abstract','Introduction','IGFs and their receptors','The biologic effects of IGFs signaling on cancer',
'IGF-IR promotes tumor growth, anoikis evasion, and metastasis','IGF-IR promotes epithelial-mesenchymal transition (EMT) and stemness',
'Nuclear IGF-IR regulates gene expression','IGF-IR promotes drug resistance in cancer therapy','Radiotherapy and chemotherapy',
'Endocrine therapy','Molecularly targeted therapy','Clinical testing of IGF-IR-targeted agents','IGF-IR inhibitors resistance',
'Compensatory secretion of growth hormone/insulin and activation of InsR','Alternative integrin signaling',
'Alternative receptor tyrosine kinases activation','Tumor microenvironment remodeling','Conclusion and perspectives'}
skip=set([18])|set(range(26,39))|{71,197}|set(range(135,158))|set(range(165,177))
# build list of (section, text) with paragraphs joined across page breaks
sections=[]  # list of [heading, text]
for i in range(16,224):
    l=lines[i-1]
    if i in skip or not l.strip(): continue
    s=l.strip()
    if s in HEADINGS:
        sections.append([s,'']); continue
    if not sections: sections.append(['Abstract',''])
    cur=sections[-1]
    if cur[1]=='' : cur[1]=s
    elif cur[1].endswith('-'): cur[1]+=s
    elif cur[1].endswith('.') : cur[1]+=' \n'+s   # paragraph break
    else: cur[1]+=' '+s
sections.insert(0,['Abstract',lines[15].strip()]) if sections[0][0]!='Abstract' else None
def fix(sec):
    return sec
def sentence(key, sec=None):
    hits=[]
    for h,t in sections:
        if sec and h!=sec: continue
        for m in re.finditer(re.escape(key),t):
            hits.append((h,t,m.start()))
    if len(hits)!=1: raise ValueError(f'{len(hits)} hits for {key!r}')
    h,t,p=hits[0]
    # sentence boundaries
    bnd=[0]+[m.end() for m in re.finditer(r'(?<!Fig)(?<!al)[.?!]\s+(?=[A-Z0-9\[(])|\n',t)]
    st=max(b for b in bnd if b<=p)
    ends=[m.end() for m in re.finditer(r'(?<!Fig)(?<!al)[.?!](?=\s+[A-Z0-9\[(]|\s*$|\s*\n)',t) if m.end()>p+len(key)-1]
    en=min(ends) if ends else len(t)
    return h,t[st:en].strip()
TABLE={1:'Table 1 Clinical evaluation of anti-IGF-1R or anti-IGF1/2 mAbs in cancer patients',2:'Table 2 Clinical evaluation of small-molecule IGF-IR inhibitors in cancer patients'}
def row(prefix):
    r=[l for i,l in enumerate(lines,1) if (135<=i<=176) and l.startswith(prefix)]
    assert len(r)==1,(prefix,len(r))
    n=[i for i,l in enumerate(lines,1) if (135<=i<=176) and l.startswith(prefix)][0]
    return TABLE[1 if n<160 else 2], r[0]
