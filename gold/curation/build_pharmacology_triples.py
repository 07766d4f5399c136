"""Build gold/pharmacology-triples/ and gold/pharmacology-triples-held-out/ from hand-curated rows.

Texts: /work/shared/corpus/abstracts/pharmacology/pmid<PMID>.txt (title line, blank line, abstract).
Selection (fixed before reading): file names sorted by PMID as numbers, every fourth starting with
the first (1st, 5th, 9th, ...): 28 abstracts. Split: of those 28 in that order, the 1st, 3rd, 5th, ...
go to pharmacology-triples/ (development), the 2nd, 4th, ... to pharmacology-triples-held-out/.

Each row: (doc, gene, drug, kind, effect, tier, start_anchor, end_anchor, note).  The supporting
sentence is copied verbatim from the file: from the (unique) start anchor to the end of the first
end anchor after it; the script asserts that the result is a substring of the file.  Rows were
written from the abstract text alone, before any litmine output on these abstracts was seen.
"""
import json, os, collections

CORPUS = "/work/shared/corpus/abstracts/pharmacology"
GOLD = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
C, O = "core", "optional"
D, K = "drug", "class"
EFFECTS = {"inhibits", "resistance", "sensitizes", "response", "induces", "reduces"}

# ---------------------------------------------------------------- selection and split
pmids = sorted(int(f[4:-4]) for f in os.listdir(CORPUS) if f.startswith("pmid") and f.endswith(".txt"))
assert len(pmids) == 109, len(pmids)
SELECTED = ["pmid%d" % p for p in pmids[0::4]]
assert len(SELECTED) == 28
DEV = SELECTED[0::2]        # 1st, 3rd, 5th, ... of the 28
HELD = SELECTED[1::2]       # 2nd, 4th, ...

# ---------------------------------------------------------------- hand-curated rows
# Docs with no row are listed in docs.txt all the same (they assert no gene-drug triple).
ROWS = [
# ===== development =====
# pmid1646292, pmid11054445, pmid15117980, pmid16014882, pmid17409993: no gene (G-CSF "support" in
#   pmid15117980 is a supportive drug with no stated relation to any gene) -> no rows.
# ---- pmid19917871 (ASCO guideline update, stage IV NSCLC)
("pmid19917871","EGFR","gefitinib",D,"response",C,"The first-line use of gefitinib may be recommended","chemotherapy is preferred.",
 "gefitinib recommended for EGFR-mutant patients, chemotherapy for negative/unknown status: the mutation selects for gefitinib (hedged 'may'; hedging does not lower the tier)"),
("pmid19917871","EGFR","cetuximab",D,"response",O,"Cetuximab is recommended with cisplatin-vinorelbine","by immunohistochemistry.",
 "indication only: recommended for EGFR-positive (IHC) tumours, no contrast or benefit stated in the sentence"),
("pmid19917871","EGFR","cisplatin",D,"response",O,"Cetuximab is recommended with cisplatin-vinorelbine","by immunohistochemistry.",
 "regimen partner of cetuximab in the EGFR-positive recommendation; the marker selects cetuximab, not the chemotherapy"),
("pmid19917871","EGFR","vinorelbine",D,"response",O,"Cetuximab is recommended with cisplatin-vinorelbine","by immunohistochemistry.",
 "regimen partner of cetuximab in the EGFR-positive recommendation; the marker selects cetuximab, not the chemotherapy"),
# pmid21610154: "irrespective of tumour histology and/or EGFR mutation status" says EGFR status does not
#   matter for the erlotinib benefit -> no (EGFR, erlotinib, response) row.
# pmid22972369: no gene.
# ---- pmid23918070 (second-line therapy review)
("pmid23918070","EGFR","erlotinib",D,"inhibits",C,"The cytotoxic agents pemetrexed and docetaxel and the epidermal","standard second-line therapies.",
 "apposition: EGFR TKIs erlotinib and gefitinib (pemetrexed and docetaxel are not EGFR TKIs)"),
("pmid23918070","EGFR","gefitinib",D,"inhibits",C,"The cytotoxic agents pemetrexed and docetaxel and the epidermal","standard second-line therapies.",
 "apposition: EGFR TKIs erlotinib and gefitinib"),
("pmid23918070","EGFR","egfr inhibitor",K,"response",O,"For patients with EGFR mutation, a TKI is the favored","first-line therapy.",
 "'a TKI' read as an EGFR TKI from the previous sentence (drug slot resolved by context); favored for EGFR-mutant patients, contrasted in the next sentence with patients without the mutation"),
("pmid23918070","ALK","crizotinib",D,"inhibits",C,"The inhibitor of the EML4/ALK fusion protein, crizotinib","ROS1 rearrangement.",
 "apposition; EML4/ALK fusion: kinase partner ALK core"),
("pmid23918070","EML4","crizotinib",D,"inhibits",O,"The inhibitor of the EML4/ALK fusion protein, crizotinib","ROS1 rearrangement.",
 "EML4/ALK fusion: non-kinase partner optional"),
("pmid23918070","ALK","crizotinib",D,"response",O,"The inhibitor of the EML4/ALK fusion protein, crizotinib","ROS1 rearrangement.",
 "indication: standard treatment for patients with 'the gene rearrangement' (EML4/ALK); no benefit stated"),
("pmid23918070","EML4","crizotinib",D,"response",O,"The inhibitor of the EML4/ALK fusion protein, crizotinib","ROS1 rearrangement.",
 "indication, fusion non-kinase partner"),
("pmid23918070","ROS1","crizotinib",D,"response",O,"The inhibitor of the EML4/ALK fusion protein, crizotinib","ROS1 rearrangement.",
 "'has promise for patients with the ROS1 rearrangement': hedged indication, no outcome"),
# ---- pmid24670165 (ceritinib phase 1, ALK-rearranged NSCLC)
("pmid24670165","ALK","ceritinib",D,"response",O,"Ceritinib in ALK-rearranged non-small-cell lung cancer.","lung cancer.",
 "title names the trial population only; the abstract reports ORR 58% and 'Responses were observed in patients with various resistance mutations in ALK and in patients without detectable mutations' (drug not named there)"),
("pmid24670165","ALK","crizotinib",D,"resistance",O,"Responses were observed in patients with various resistance mutations in ALK","without detectable mutations.",
 "'resistance mutations in ALK' in patients pretreated with crizotinib (named only in the previous sentence); the drug resisted is not named in this sentence"),
("pmid24670165","GPT","ceritinib",D,"induces",O,"The maximum tolerated dose of ceritinib was 750 mg","hypophosphatemia.",
 "'elevated aminotransferase levels' as a dose-limiting toxic event of ceritinib: serum enzyme level, not a stated effect on the gene; unspecified aminotransferase -> ALT (GPT) or AST (GOT1)"),
("pmid24670165","GOT1","ceritinib",D,"induces",O,"The maximum tolerated dose of ceritinib was 750 mg","hypophosphatemia.",
 "as the GPT row: unspecified aminotransferase -> AST (GOT1)"),
# ---- pmid25754348 (FDA approval of ceritinib)
("pmid25754348","ALK","ceritinib",D,"response",O,"FDA approval: ceritinib for the treatment of metastatic","lung cancer.",
 "indication (approval for ALK-positive NSCLC); also the first abstract sentence; ORR 44% reported in a later sentence without the gene"),
("pmid25754348","GPT","ceritinib",D,"induces",O,"The most common adverse reactions and laboratory abnormalities","lipase (28%).",
 "'increased alanine transaminase' as a laboratory adverse reaction to ceritinib (drug named in earlier sentences); serum enzyme level, not a stated effect on the gene; ALT -> GPT"),
("pmid25754348","GOT1","ceritinib",D,"induces",O,"The most common adverse reactions and laboratory abnormalities","lipase (28%).",
 "'increased aspartate transaminase' as a laboratory adverse reaction; AST -> GOT1 (serum AST also includes GOT2); drug named in earlier sentences"),
# pmid26412456 (nivolumab v docetaxel, nonsquamous)
("pmid26412456","CD274","nivolumab",D,"response",O,"Nivolumab was associated with even greater efficacy than docetaxel","of the PD-1 ligand.",
 "greater efficacy in subgroups defined by PD-1-ligand expression levels; 'the PD-1 ligand' mapped to PD-L1 (CD274), though PD-L2 is also a PD-1 ligand; the comparison is relative to docetaxel"),
# pmid28162945: EGFR only inside a class name in a negated recommendation -> no rows.
# ---- pmid29466156 (larotrectinib, TRK fusion-positive cancers)
("pmid29466156","NTRK1","larotrectinib",D,"response",O,"Efficacy of Larotrectinib in TRK Fusion-Positive Cancers","Adults and Children.",
 "'TRK' is the family NTRK1/2/3 (TRK is also an alias of NTRK1): family -> each member, optional; efficacy itself is plainly stated"),
("pmid29466156","NTRK2","larotrectinib",D,"response",O,"Efficacy of Larotrectinib in TRK Fusion-Positive Cancers","Adults and Children.",
 "'TRK' family -> NTRK2, optional"),
("pmid29466156","NTRK3","larotrectinib",D,"response",O,"Efficacy of Larotrectinib in TRK Fusion-Positive Cancers","Adults and Children.",
 "'TRK' family -> NTRK3, optional"),
# ===== held-out =====
# pmid10623702, pmid11784875, pmid15226327, pmid16921034, pmid18520802: no gene -> no rows.
# ---- pmid20979473 (EML4-ALK mutations conferring resistance to ALK inhibitors)
("pmid20979473","ALK","alk inhibitor",K,"resistance",C,"EML4-ALK mutations in lung cancer that confer resistance","ALK inhibitors.",
 "EML4-ALK mutations confer resistance: kinase partner ALK core; also 'conferred marked resistance to two different ALK inhibitors' (gene there only as 'Each mutation') and the mutations found at relapse on an ALK inhibitor"),
("pmid20979473","EML4","alk inhibitor",K,"resistance",O,"EML4-ALK mutations in lung cancer that confer resistance","ALK inhibitors.",
 "fusion non-kinase partner; the mutations lie in the ALK kinase domain"),
("pmid20979473","ALK","alk inhibitor",K,"response",O,"The EML4 (echinoderm microtubule-associated protein-like 4)-ALK","currently under way.",
 "trials of ALK inhibitors for EML4-ALK-positive tumours under way: population only, no outcome stated; own-target class gets no inhibits row"),
("pmid20979473","EML4","alk inhibitor",K,"response",O,"The EML4 (echinoderm microtubule-associated protein-like 4)-ALK","currently under way.",
 "as the ALK row, fusion non-kinase partner"),
# ---- pmid22500682 (ROS1 review)
("pmid22500682","ROS1","alk inhibitor",K,"inhibits",C,"Although ROS1 shares only 49% amino acid sequence homology","inhibitory activity against ROS1.",
 "ALK inhibitors inhibit ROS1 (a target not in the class's own name)"),
("pmid22500682","ALK","crizotinib",D,"inhibits",C,"With the recent US approval of crizotinib","especially NSCLC.",
 "apposition: multi-targeted ALK/MET kinase inhibitor (slash distributes)"),
("pmid22500682","MET","crizotinib",D,"inhibits",C,"With the recent US approval of crizotinib","especially NSCLC.",
 "apposition: ALK/MET kinase inhibitor"),
("pmid22500682","ALK","crizotinib",D,"response",O,"With the recent US approval of crizotinib","especially NSCLC.",
 "indication: approval for ALK-rearranged NSCLC, no outcome stated"),
("pmid22500682","ROS1","alk inhibitor",K,"response",O,"The next few years should witness a rapid pace","available ALK inhibitors.",
 "anticipated research in ROS1-rearranged tumours with ALK inhibitors: population only, no outcome"),
# ---- pmid23533264 (cabozantinib in RET fusion-positive lung adenocarcinoma)
("pmid23533264","RET","cabozantinib",D,"response",C,"Response to Cabozantinib in patients with RET fusion-positive","lung adenocarcinomas.",
 "title states response in RET-fusion patients; RET is the kinase partner of TRIM33-RET / KIF5B-RET"),
("pmid23533264","RET","cabozantinib",D,"inhibits",C,"We report preliminary data for the first three patients treated with the RET inhibitor cabozantinib","(NCT01639508).",
 "apposition: the RET inhibitor cabozantinib"),
("pmid23533264","RET","ret inhibitor",K,"response",O,"Although preclinical data provide experimental support","clinical data on response are lacking.",
 "preclinical support for RET inhibitors in RET fusion-positive tumours; clinical response said to be lacking; own-target class, so no inhibits row"),
("pmid23533264","TRIM33","cabozantinib",D,"response",O,"Confirmed partial responses were observed in 2 patients","TRIM33-RET fusion.",
 "partial response in a TRIM33-RET patient; fusion non-kinase partner; cabozantinib named in the previous sentence"),
("pmid23533264","KIF5B","cabozantinib",D,"response",O,"A third patient with a KIF5B-RET fusion","(31 weeks).",
 "prolonged stable disease, not a response; fusion non-kinase partner; drug named in earlier sentences"),
# pmid24145346: no gene.
# ---- pmid25342991 (novel agents review)
("pmid25342991","MAP2K1","selumetinib",D,"inhibits",O,"For patients with KRAS mutant NSCLC, a phase III trial","has been initiated.",
 "'the MEK inhibitor selumetinib': MEK is MAP2K1/MAP2K2 (family -> members, optional)"),
("pmid25342991","MAP2K2","selumetinib",D,"inhibits",O,"For patients with KRAS mutant NSCLC, a phase III trial","has been initiated.",
 "MEK -> MAP2K2, optional"),
("pmid25342991","KRAS","selumetinib",D,"response",O,"For patients with KRAS mutant NSCLC, a phase III trial","has been initiated.",
 "trial initiated in KRAS-mutant patients: population only, no outcome"),
("pmid25342991","EGFR","egfr inhibitor",K,"response",O,"Epidermal growth factor receptor (EGFR) tyrosine kinase inhibitors (TKIs) and crizotinib","molecular alteration.",
 "standard therapies 'for patients with the appropriate molecular alteration' (EGFR mutation named in the previous sentence): indication, gene only inside the class name here"),
("pmid25342991","ALK","crizotinib",D,"response",O,"Epidermal growth factor receptor (EGFR) tyrosine kinase inhibitors (TKIs) and crizotinib","molecular alteration.",
 "indication; ALK rearrangement is named only in the previous sentence"),
# pmid26028407: "PD-L1 was neither prognostic nor predictive of benefit" is negated (and names no drug) -> no rows.
# ---- pmid27413075 (FDA approval of alectinib)
("pmid27413075","ALK","alectinib",D,"response",O,"FDA Approval: Alectinib for the Treatment of Metastatic","Following Crizotinib.",
 "indication (approval for ALK-positive NSCLC after crizotinib); ORRs reported later without the gene"),
("pmid27413075","GOT1","alectinib",D,"induces",O,"The most common laboratory abnormalities were anemia","hypocalcemia (32%).",
 "'increased aspartate aminotransferase' as a laboratory abnormality on alectinib (drug named in other sentences); AST -> GOT1"),
("pmid27413075","GPT","alectinib",D,"induces",O,"The most common laboratory abnormalities were anemia","hypocalcemia (32%).",
 "'increased alanine aminotransferase' as a laboratory abnormality; ALT -> GPT"),
# ---- pmid28968167 (IMPRESS)
("pmid28968167","EGFR","gefitinib",D,"resistance",O,"Gefitinib Plus Chemotherapy Versus Chemotherapy in Epidermal Growth Factor Receptor Mutation-Positive","(IMPRESS): Overall Survival and Biomarker Analyses.",
 "title: EGFR-mutant NSCLC resistant to gefitinib (the mutation describes the population); later, the detriment of continuing gefitinib is significant in T790M-positive patients and 'may be driven by T790M-positive status' (T790M = EGFR variant), but no single sentence names gene, drug and resistance together"),
# ---- pmid30280657 (brigatinib v crizotinib, ALTA-1L)
("pmid30280657","ALK","brigatinib",D,"response",O,"Brigatinib versus Crizotinib in ALK-Positive","Lung Cancer.",
 "title names the trial population only; response rates reported later without the gene"),
("pmid30280657","ALK","crizotinib",D,"response",O,"Brigatinib versus Crizotinib in ALK-Positive","Lung Cancer.",
 "title names the trial population only (comparator arm)"),
]

# ---------------------------------------------------------------- build
texts = {}
def load(doc):
    if doc not in texts:
        with open(os.path.join(CORPUS, doc + ".txt"), encoding="utf-8") as f:
            texts[doc] = f.read()
    return texts[doc]

def sentence(doc, a, b):
    t = load(doc)
    assert t.count(a) == 1, ("start anchor not unique/found", doc, a)
    s = t.index(a)
    e = t.index(b, s + len(a) - len(b) if len(b) <= len(a) else s) + len(b)
    sent = t[s:e]
    assert "\n" not in sent and sent in t, (doc, a)
    title = t.split("\n", 1)[0]
    section = "Title" if s < len(title) else "Abstract"
    return sent, section

byset = {"pharmacology-triples": [], "pharmacology-triples-held-out": []}
seen = set()
for doc, g, d, k, eff, tier, a, b, note in ROWS:
    assert doc in SELECTED, doc
    assert eff in EFFECTS and tier in (C, O) and k in (D, K)
    key = (doc, g, d, eff)
    assert key not in seen, ("duplicate", key); seen.add(key)
    sent, sec = sentence(doc, a, b)
    row = dict(doc=doc, gene=g, drug=d, drugKind=k, effect=eff, tier=tier, section=sec,
               sentence=sent, note=note)
    byset["pharmacology-triples" if doc in DEV else "pharmacology-triples-held-out"].append(row)

for name, docs in (("pharmacology-triples", DEV), ("pharmacology-triples-held-out", HELD)):
    out = sorted(byset[name], key=lambda r: (r["doc"], r["gene"], r["drug"], r["effect"]))
    d = os.path.join(GOLD, name)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "triples.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(d, "docs.txt"), "w", encoding="utf-8") as f:
        for doc in docs:
            f.write(doc + "\n")
    cnt = collections.Counter
    print("==", name, "docs", len(docs), "rows", len(out),
          "core", sum(r["tier"] == C for r in out), "optional", sum(r["tier"] == O for r in out))
    print("  docs with rows", len({r["doc"] for r in out}))
    for eff in sorted(EFFECTS):
        print("  %-10s core %d optional %d" % (eff, sum(r["effect"] == eff and r["tier"] == C for r in out),
                                                  sum(r["effect"] == eff and r["tier"] == O for r in out)))
    for doc in docs:
        rs = [r for r in out if r["doc"] == doc]
        print("  %-14s core %d optional %d" % (doc, sum(r["tier"] == C for r in rs), sum(r["tier"] == O for r in rs)))
