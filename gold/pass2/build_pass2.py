import json, textlib as T
C,O='core','optional'
R=[]  # gene, drug, kind, effect, tier, key(sentence key or ('row',prefix)), note
def a(g,d,k,e,t,key,note=None):
    R.append((g,d,k,e,t,key,note))
# Introduction
a('IGF1R','ganitumab','drug','inhibits',C,'such as ganitumab')
# Radiotherapy and chemotherapy
s='IGF-IR inhibition sensitizes cancer cells to ATM-related'
for d in ['cisplatin','oxaliplatin','doxorubicin']: a('IGF1R',d,'drug','sensitizes',C,s)
a('IGF1R','atm-related kinase inhibitor','class','sensitizes',C,s,'"ATM-related kinase inhibition"; target spelled as written')
s='sensitizes cancer cells to other chemotherapeutic agents'
for d in ['paclitaxel','fluorouracil','temozolomide','gemcitabine','bortezomib']: a('IGF1R',d,'drug','sensitizes',C,s)
a('IGF1R','dna-damaging agent','class','resistance',O,'activation of IGF-IR may contribute to resistance to DNA-damaging','class with no target; normalization debatable; hedged')
a('IGF1R','dna-damaging agent','class','sensitizes',O,'sensitize cancer cells to DNA-damaging agents','class with no target; "represents a therapeutic strategy"')
a('IGF1R','parp inhibitor','class','sensitizes',O,'Combined treatment with IGF-IR inhibitor, PARP inhibitor','hedged combination strategy')
a('BIRC5','anti-igf1r','class','reduces',O,'IGF-IR inhibition may downregulate the synthesis of survivin','survivin = BIRC5; "IGF-IR inhibition" as agent is debatable; hedged')
# Endocrine therapy
s='resistant to estrogen deprivation and tamoxifen'
a('IGF1R','tamoxifen','drug','resistance',C,s); a('INSR','tamoxifen','drug','resistance',C,s,'IGF-IR/InsR phosphorylation elevated in resistant cells')
a('IGF1','tamoxifen','drug','resistance',C,s,'increased IGF1/2 secretion in resistant cells; hedged ("possibly")')
a('IGF2','tamoxifen','drug','resistance',C,s,'increased IGF1/2 secretion in resistant cells; hedged ("possibly")')
a('KDM5A','tamoxifen','drug','resistance',C,s,'retinoblastoma-binding protein 2 (RBP2) = KDM5A, elevated in resistant cells; hedged')
s='the dual InsR/IGF-IR inhibitor linsitinib can prevent'
a('IGF1R','linsitinib','drug','inhibits',C,s); a('INSR','linsitinib','drug','inhibits',C,s)
a('IGF1R','estrogen inhibitor','class','sensitizes',O,s,'linsitinib prevents emergence of antiestrogen-resistant cells; class normalization of "antiestrogen" debatable')
a('INSR','estrogen inhibitor','class','sensitizes',O,s,'as above')
s='the ER antagonist fulvestrant'
a('ESR1','fulvestrant','drug','inhibits',C,s)
a('IGF1R','fulvestrant','drug','sensitizes',O,s,'combination more effective than single agent')
a('INSR','fulvestrant','drug','sensitizes',O,s,'combination more effective than single agent')
a('INSR','anti-igf1r','class','resistance',C,'due to the compensation by InsR')
a('IGF1R','ganitumab','drug','inhibits',C,'the anti-IGF-IR Ab ganitumab and castration')
a('IGF1R','abiraterone','drug','resistance',C,'IGF-IR phosphorylation is elevated in prostate cancer cells and residual')
a('IGF1R','abiraterone','drug','sensitizes',C,'enhance the efficacy of castration and abiraterone')
# Molecularly targeted therapy
s='IR-targeted agents, IGF-IR can confer resistance'
for d in ['egfr inhibitor','erbb2 inhibitor','erbb3 inhibitor']: a('IGF1R',d,'class','resistance',C,s,'"EGFR/ErbB2/ErbB3-targeted therapies" distributed')
s='resistant to the anti-ErbB2 mAb trastuzumab'
a('IGF1R','trastuzumab','drug','resistance',C,s); a('ERBB3','trastuzumab','drug','resistance',C,s); a('ERBB2','trastuzumab','drug','inhibits',C,s)
s='prevents the induction of apoptosis by gefitinib'
a('EGFR','gefitinib','drug','inhibits',C,s); a('AREG','gefitinib','drug','resistance',C,s); a('IGF1R','gefitinib','drug','resistance',C,s)
s='Concomitant inhibition of both EGFR and InsR/IGF-IR'
a('IGF1R','egfr inhibitor','class','sensitizes',O,s,'co-inhibition required for apoptosis'); a('INSR','egfr inhibitor','class','sensitizes',O,s,'co-inhibition required for apoptosis')
s='adapt to EGFR inhibition by upregulation'
a('IGF1R','egfr inhibitor','class','resistance',C,s)
a('IGF2','egfr inhibitor','class','resistance',O,s,'"IGF2-IR" ambiguous: IGF2/IR (insulin receptor)')
a('INSR','egfr inhibitor','class','resistance',O,s,'"IGF2-IR" ambiguous: IGF2/IR (insulin receptor)')
s='resistance to co-inhibition of EGFR and MEK'
a('IGF1R','mek inhibitor','class','resistance',C,s,'co-inhibition distributed')
s='confers resistance to anti-VEGF therapy'
a('IGF2','vegf inhibitor','class','resistance',C,s); a('IGF1R','vegf inhibitor','class','resistance',C,s)
a('IGF1R','bi885578','drug','inhibits',C,s); a('INSR','bi885578','drug','inhibits',C,s)
a('IGF1R','vegf inhibitor','class','sensitizes',C,s,'resistance circumvented by the dual InsR/IGF-IR inhibitor')
a('INSR','vegf inhibitor','class','sensitizes',O,s,'resistance circumvented by the dual InsR/IGF-IR inhibitor; InsR role not stated')
a('IGF1R','pi3k inhibitor','class','induces',O,'PI3K inhibition may abrogate','"PI3K inhibition" promotes IGF-IR expression; hedged')
a('GSK3B','pi3k inhibitor','class','induces',O,'PI3K inhibition may abrogate','abrogates suppression of GSK3beta; indirect')
a('IGF1R','pi3k inhibitor','class','sensitizes',C,'IGF-IR inhibitor sensitizes PIK3CA-mutant')
s='the p110 α isoform-selective inhibitor BYL719'
a('IGF1R','byl719','drug','resistance',C,s); a('PIK3CA','byl719','drug','inhibits',C,s)
s='the p110 β isoform-selective inhibitor taselisib'
a('IGF1R','taselisib','drug','resistance',C,s); a('IGF1R','idelalisib','drug','resistance',C,s)
a('PIK3CB','taselisib','drug','inhibits',C,s); a('PIK3CD','idelalisib','drug','inhibits',C,s)
s='Inhibition of IGF-IR overcomes resistance to taselisib'
a('IGF1R','taselisib','drug','sensitizes',C,s); a('IGF1R','idelalisib','drug','sensitizes',C,s)
a('IGF1R','mtor inhibitor','class','resistance',C,'IGF-IR confers resistance to mTOR inhibitors')
a('IGF1R','mtor inhibitor','class','sensitizes',O,'Concurrent inhibition of both IGF-IR and mTOR','co-inhibition more effective')
s='the Erk1/2 inhibitor SCH772984'
for d in ['sch772984','vemurafenib','trametinib']: a('IGF1R',d,'drug','resistance',C,s)
a('MAPK3','sch772984','drug','inhibits',C,s); a('MAPK1','sch772984','drug','inhibits',C,s); a('BRAF','vemurafenib','drug','inhibits',C,s)
a('MAP2K1','trametinib','drug','inhibits',O,s,'"MEK" = MEK1/2, no single gene'); a('MAP2K2','trametinib','drug','inhibits',O,s,'"MEK" = MEK1/2, no single gene')
s='Stimulation of the MEK5/Erk5 axis'
for d in ['braf inhibitor','mek1/2 inhibitor','erk1/2 inhibitor']:
    a('IGF1R',d,'class','resistance',C,s,'bypasses the inhibition of BRAF, MEK1/2, Erk1/2')
    a('MAP2K5',d,'class','resistance',C,s,'MEK5/Erk5 axis bypasses inhibition')
    a('MAPK7',d,'class','resistance',C,s,'MEK5/Erk5 axis bypasses inhibition')
s='upregulation of IGFBP2 expression'
for d in ['braf inhibitor','mek inhibitor']:
    a('IGFBP2',d,'class','resistance',C,s,'hedged'); a('IGF1R',d,'class','resistance',C,s,'hedged')
s='Combination of IGF-IR and RAF/MEK/Erk inhibitors'
for d in ['raf inhibitor','mek inhibitor','erk inhibitor']: a('IGF1R',d,'class','sensitizes',O,s,'hedged combination')
s='The resistance to MAPK, CDK, and ALK inhibitors also involves IGF-IR'
a('IGF1R','mapk inhibitor','class','resistance',C,s); a('IGF1R','cdk inhibitor','class','resistance',C,s)
a('IGF1R','cdk4/6 inhibitor','class','resistance',C,'resistance to CDK4/6 inhibitor in Ewing')
a('IGF1R','cdk4/6 inhibitor','class','sensitizes',O,'Combined treatment with CDK4/6 and IGF-IR inhibitors','synergy of combination')
a('ALK','alk inhibitor','class','response',O,'selective anaplastic lymphoma kinase (ALK) inhibitors is a first-line','ALK-fusion-positive disease as indication')
a('IGF1R','alk inhibitor','class','resistance',C,'resistant to ALK inhibitors [133')
a('IGF1R','alk inhibitor','class','sensitizes',C,'can combat ALK inhibitors resistance')
a('IGF1R','bet inhibitor','class','resistance',C,'compromises the efficacy of BET inhibitors')
a('IGF1R','bet inhibitor','class','sensitizes',O,'Combined treatment with BET and IGF-IR pathway inhibitors','combination')
a('IGF1R','ezh2 inhibitor','class','resistance',C,'confer resistance to EZH2 inhibitors')
# Clinical testing
s='meta-analysis of 311'
for d in ['figitumumab','r1507','ganitumab']: a('IGF1R',d,'drug','inhibits',C,s)
a('SRC','dasatinib','drug','inhibits',C,'It is being tested to combine ganitumab with Src inhibitor dasatinib')
a('IGF1R','mk0646','drug','inhibits',C,'the anti-IGF-IR mAb MK-0646','paper does not equate MK-0646 with dalotuzumab')
s='the dual IGF1/2-neutralizing antibody xentuzumab'
a('IGF1','xentuzumab','drug','inhibits',C,s); a('IGF2','xentuzumab','drug','inhibits',C,s)
s='exemestane is an effective treatment for ER'
a('ESR1','everolimus','drug','response',O,s,'ER+ as indication'); a('ESR1','exemestane','drug','response',O,s,'ER+ as indication')
a('TOP1','topotecan','drug','inhibits',O,'the topoisomerase inhibitor topotecan','"topoisomerase" mapped to TOP1')
a('CDK4','palbociclib','drug','inhibits',C,('row','Ganitumab\tPalbociclib'),'table row "Palbociclib (CDK4/6 inhibitor)"')
a('CDK6','palbociclib','drug','inhibits',C,('row','Ganitumab\tPalbociclib'),'table row "Palbociclib (CDK4/6 inhibitor)"')
a('IGF1R','axl1717','drug','inhibits',C,('row','AXL1717'),'row of Table 2 (small-molecule IGF-IR inhibitors)')
a('IGF1R','linsitinib','drug','inhibits',C,'a dual IGF-IR/InsR inhibitor (Table 2)')
# IGF-IR inhibitors resistance / InsR
s='IGF-IR inhibition may paradoxically lead to increased production'
for g in ['IGF1','IGF2','INS']: a(g,'anti-igf1r','class','induces',O,s,'"IGF-IR inhibition" as agent debatable; hedged')
a('INSR','anti-igf1r','class','induces',C,'compensatory increase in InsR phosphorylation','InsR phosphorylation raised upon anti-IGF-IR mAb; hedged')
a('INSR','cixutumumab','drug','resistance',C,'confers complete resistance to cixutumumab')
a('INSR','anti-igf1r','class','sensitizes',C,'InsR knockout tumors are suppressed')
a('IGF1R','bms754807','drug','inhibits',C,'such as BMS-754807'); a('INSR','bms754807','drug','inhibits',C,'such as BMS-754807')
# integrin
s='IGF1 binding to IGF-IR/InsR is blocked'
a('IGF1R','cixutumumab','drug','inhibits',C,s)
a('INSR','cixutumumab','drug','inhibits',O,s,'"IGF1 binding to IGF-IR/InsR is blocked" by an anti-IGF-IR mAb')
for g in ['ITGB3','SRC','PTK2']:
    a(g,'cixutumumab','drug','resistance',C,s,'integrin alpha-beta3 -> ITGB3' if g=='ITGB3' else None)
    a(g,'cixutumumab','drug','induces',C,s,'activation follows cixutumumab blockade')
a('IGF1','cixutumumab','drug','resistance',O,s,'IGF1 rebinding to integrin confers resistance')
s='Inhibition of integrin'
a('ITGB3','cixutumumab','drug','sensitizes',C,s); a('SRC','cixutumumab','drug','sensitizes',C,s)
s='increased activation of YES/Src family'
a('YES1','anti-igf1r','class','induces',C,s); a('SRC','anti-igf1r','class','induces',O,s,'"Src family" is a family')
s='SFK inhibitors enhances antitumor activity'
a('YES1','anti-igf1r','class','sensitizes',O,s,'SFK = YES/Src family'); a('SRC','anti-igf1r','class','sensitizes',O,s,'SFK = YES/Src family')
# RTKs
s='While active IGF-IR can compensate EGFR inhibition'
a('IGF1R','egfr inhibitor','class','resistance',C,s)  # duplicate triple (other sentence chosen)
a('EGFR','anti-igf1r','class','resistance',O,s,'"EGFR pathway": one gene clearly meant')
s='Inhibition of IGF-IR may enhance ErbB3-IRS1'
a('ERBB3','anti-igf1r','class','induces',O,s,'enhanced interaction; hedged'); a('IRS1','anti-igf1r','class','induces',O,s,'enhanced interaction; hedged')
s='ErbB2 can form heterodimers with IGF-IR in IGF-IR inhibitor-resistant'
a('ERBB2','anti-igf1r','class','resistance',C,s)
a('IGF2','anti-igf1r','class','resistance',O,s,'IGF2 induces ErbB2 phosphorylation in resistant cells')
a('MST1R','anti-igf1r','class','resistance',C,'the RON receptor tyrosine kinase interacts')
s='PDGFR α/β amplification'
a('PDGFRA','anti-igf1r','class','resistance',C,s); a('PDGFRB','anti-igf1r','class','resistance',C,s)
a('STAT3','anti-igf1r','class','resistance',C,'the activation of PI3K/Akt, Ras, and STAT3 by other RTKs','hedged')
s='upregulation of IRS1, PI3K, STAT3, and p38 MAPK'
for g in ['IRS1','STAT3','MAPK14']:
    for d in ['dalotuzumab','linsitinib']: a(g,d,'drug','resistance',C,s)
s='Tumor cells with mesenchymal phenotype are resistant'
for g in ['IGF2','INSR','IGF1R']: a(g,'linsitinib','drug','response',C,s,'decreased expression/phosphorylation causes resistance (mirror: response)')
# microenvironment
s='paradoxically triggers cancer cells to produce IGF2'
a('IGF2','cixutumumab','drug','induces',C,s); a('IGF2','cixutumumab','drug','resistance',C,s,'IGF2 hampers the efficacy of cixutumumab')
# conclusion
s='Even with the remarkably good response to EGFR/ErbB2'
a('IGF1R','erbb2 inhibitor','class','resistance',C,s,'"EGFR/ErbB2 inhibitors" distributed')
s='Preclinical studies have suggested potential biomarkers'
for g in ['TP53','BRCA1','KRAS','BRAF','IRS2','INSR','PTEN','CD24','CTNNB1','FUS','DDIT3','ERG']:
    a(g,'anti-igf1r','class','response',O,s,'potential predictive biomarker; direction not stated')
a('IGF1R','anti-igf1r','class','response',C,'exclusive nuclear localization of IGF-IR is associated with better response')
s='The multikinase (FAK/IGF-IR) inhibitor CT-707'
a('PTK2','ct707','drug','inhibits',C,s); a('IGF1R','ct707','drug','inhibits',C,s)
s='dual IGF-IR/Src inhibitor LL28'
a('IGF1R','ll28','drug','inhibits',C,s); a('SRC','ll28','drug','inhibits',C,s)
s='the FDA-approved ALK inhibitor ceritinib'
for g in ['ALK','IGF1R','INSR','PTK2','RPS6KA1','RPS6KA3']: a(g,'ceritinib','drug','inhibits',C,s)

out={}
for g,d,k,e,t,key,note in R:
    if isinstance(key,tuple): sec,sent=T.row(key[1])
    else: sec,sent=T.sentence(key)
    K=(g,d,e)
    if K in out:
        o=out[K]
        if o['tier']=='optional' and t=='core':   # prefer the core reading
            o.update(tier=t,section=sec,sentence=sent,note=note,drugKind=k)
        continue
    out[K]=dict(doc='hua2020-igf1r-review',gene=g,drug=d,drugKind=k,effect=e,tier=t,section=sec,sentence=sent,note=note)
rows=[out[k] for k in sorted(out)]
with open('triples.jsonl','w',encoding='utf-8') as f:
    for r in rows:
        if r['note'] is None: del r['note']
        f.write(json.dumps(r,ensure_ascii=False)+'\n')
from collections import Counter
print(len(rows),Counter(r['tier'] for r in rows),Counter(r['effect'] for r in rows))
