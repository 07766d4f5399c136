"""Build gold/pharmacology-triples/ and gold/pharmacology-triples-held-out/ from hand-curated rows.

Texts: /work/shared/corpus/abstracts/pharmacology/pmid<PMID>.txt (title line, blank line, abstract).
Selection (fixed before reading): file names sorted by PMID as numbers, every fourth starting with
the first (1st, 5th, 9th, ...): 28 abstracts. Split: of those 28 in that order, the 1st, 3rd, 5th, ...
go to pharmacology-triples/ (development), the 2nd, 4th, ... to pharmacology-triples-held-out/.

Each row: (doc, gene, drug, kind, effect, tier, start_anchor, end_anchor, note).  The supporting
sentence is copied verbatim from the file: from the (unique) start anchor to the end of the first
end anchor after it; the script asserts that the result is a substring of the file.  Rows were
written from the abstract text alone, before any litmine output on these abstracts was seen.

Second batch (ROWS2): the other 81 files (every position except every fourth from the first), split
the same way (1st, 3rd, ... of the 81 -> development: 41; 2nd, 4th, ... -> held-out: 40); also written
blind, before any litmine output on these abstracts was seen.  Both folders' files hold both batches:
triples.jsonl sorted by (doc, gene, drug, effect), docs.txt in PMID order.
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

# ================================================================= second batch
# Selection (fixed before reading any of these texts): the 81 files NOT in the first batch, i.e. every
# position of the PMID-sorted list except every fourth from the first (2nd, 3rd, 4th, 6th, 7th, 8th, ...).
# Split (fixed at the same time): of those 81 in PMID order, the 1st, 3rd, 5th, ... (41) go to
# pharmacology-triples/ (development), the 2nd, 4th, ... (40) to pharmacology-triples-held-out/.
# Rows written from the abstract text alone, before any litmine output on these abstracts was seen.
SELECTED2 = ["pmid%d" % p for i, p in enumerate(pmids) if i % 4 != 0]
assert len(SELECTED2) == 81 and not set(SELECTED2) & set(SELECTED)
DEV2 = SELECTED2[0::2]      # 1st, 3rd, 5th, ... of the 81 (41)
HELD2 = SELECTED2[1::2]     # 2nd, 4th, ... (40)
assert len(DEV2) == 41 and len(HELD2) == 40

ROWS2 = [
# ===== development (second batch) =====
# pmid2167953, pmid10458212, pmid10856094, pmid11432888, pmid11571735, pmid12879472: chemotherapy
#   trials, no gene ("platinum-resistant" in pmid10856094 names no gene) -> no rows.
# ---- pmid15118125 (EGFR mutations and response to gefitinib)
("pmid15118125","EGFR","gefitinib",D,"response",C,"EGFR mutations in lung cancer: correlation with clinical response","gefitinib therapy.",
 "title: EGFR mutations correlate with clinical response to gefitinib; also 'EGFR mutations were found in ... patients who responded to gefitinib ... but not in gefitinib-insensitive tumors' and 'EGFR mutations may predict sensitivity to gefitinib'"),
("pmid15118125","EGFR","gefitinib",D,"inhibits",C,"Treatment with the EGFR kinase inhibitor gefitinib","more frequently in Japan.",
 "apposition: the EGFR kinase inhibitor gefitinib (Iressa)"),
# ---- pmid15217970 (anti-VEGF monoclonals)
("pmid15217970","VEGFA","bevacizumab",D,"inhibits",C,"Bevacizumab (Avastin), a monoclonal antibody directed against","different cancers.",
 "apposition: a monoclonal antibody directed against vascular endothelial growth factor (VEGF -> VEGFA); the title's 'Anti-vascular endothelial growth factor monoclonals' is an own-target class (no row)"),
("pmid15217970","EGFR","erlotinib",D,"inhibits",C,"Present ongoing studies are under way in NSCLC","metastatic NSCLC.",
 "apposition: 'the epidermal growth factor receptor tyrosine kinase inhibitor agent, Tarceva' (brand name of erlotinib, normalized to the INN)"),
# pmid15728229, pmid16293868, pmid16603599: chemotherapy, no gene -> no rows.
# ---- pmid17290066 (lung cancer in never smokers)
("pmid17290066","EGFR","gefitinib",D,"inhibits",C,"Striking differences in response rates and outcomes","tobacco-associated lung cancer.",
 "'EGFR-TK inhibitors such as gefitinib or erlotinib': class membership read as apposition; the response difference is by smoking status, not by a gene"),
("pmid17290066","EGFR","erlotinib",D,"inhibits",C,"Striking differences in response rates and outcomes","tobacco-associated lung cancer.",
 "'EGFR-TK inhibitors such as gefitinib or erlotinib'; the garbled next sentence ('the activating mutations in the EGFR-TK inhibitors ... more frequently in LCINS') states no drug effect -> no response row"),
# pmid17485133: no gene.
# ---- pmid18458038 (first-line gefitinib, EGFR-mutant NSCLC)
("pmid18458038","EGFR","gefitinib",D,"response",O,"First-line gefitinib in patients with advanced","somatic EGFR mutations.",
 "title names the trial population only; response rate 55% reported later without the gene"),
("pmid18458038","EGFR","gefitinib",D,"resistance",C,"Two patients with classic activating mutations exhibited de novo gefitinib resistance","MET amplification.",
 "de novo gefitinib resistance accompanied by the T790M EGFR mutation (an EGFR variant); the 'classic activating mutations' only describe the patients"),
("pmid18458038","MET","gefitinib",D,"resistance",C,"Two patients with classic activating mutations exhibited de novo gefitinib resistance","MET amplification.",
 "de novo gefitinib resistance accompanied by MET amplification"),
("pmid18458038","EGFR","egfr inhibitor",K,"resistance",O,"Two patients with classic activating mutations exhibited de novo gefitinib resistance","MET amplification.",
 "'genetic anomalies usually associated with acquired TKI resistance': 'TKI' read as EGFR TKI from context (drug slot resolved by context)"),
("pmid18458038","MET","egfr inhibitor",K,"resistance",O,"Two patients with classic activating mutations exhibited de novo gefitinib resistance","MET amplification.",
 "as the EGFR row: MET amplification associated with acquired (EGFR-)TKI resistance"),
# pmid19188680: bevacizumab trial, no gene.
# ---- pmid20100958 (BMS099, cetuximab markers)
("pmid20100958","EGFR","cetuximab",D,"inhibits",C,"The anti-epidermal growth factor receptor (EGFR) antibody cetuximab","multiple tumor types.",
 "apposition: the anti-EGFR antibody cetuximab. No marker rows: 'efficacy parameters did not appear to correlate with K-Ras mutation status or with any of the EGFR-related biomarkers' is negated"),
# pmid20930102: 'a single-agent epidermal growth factor receptor inhibitor' is an own-target class with no
#   gene elsewhere; bevacizumab/cetuximab as 'biological drug' with no target -> no rows.
# ---- pmid21168933 (EGFR + EML4-ALK, erlotinib-resistant case)
("pmid21168933","ALK","egfr inhibitor",K,"resistance",C,"EML4-ALK translocations correlate with specific clinical","tyrosine-kinase inhibitors (TKIs).",
 "EML4-ALK translocations 'may be associated with resistance to EGFR TKIs' (hedged; kinase partner ALK core); also 'ALK status should be investigated in unexplained cases of EGFR-TKI-resistance'"),
("pmid21168933","EML4","egfr inhibitor",K,"resistance",O,"EML4-ALK translocations correlate with specific clinical","tyrosine-kinase inhibitors (TKIs).",
 "fusion non-kinase partner"),
("pmid21168933","ALK","erlotinib",D,"resistance",C,"Here, we report a case of a patient with a concomitant EGFR mutation","resistant to erlotinib.",
 "ALK translocation in a patient resistant to erlotinib (accompanies resistance; the abstract presents ALK as the cause); title: 'erlotinib-resistant patient with both concomitant mutations'"),
("pmid21168933","EML4","erlotinib",D,"resistance",O,"EGFR and EML4-ALK gene mutations in NSCLC","both concomitant mutations.",
 "title: EML4-ALK in an erlotinib-resistant patient; fusion non-kinase partner"),
("pmid21168933","EGFR","erlotinib",D,"resistance",O,"Here, we report a case of a patient with a concomitant EGFR mutation","resistant to erlotinib.",
 "literal reading only: the EGFR mutation is in the resistant patient but describes the patient (an EGFR mutation usually goes with response); listed optional so that a literal reading is not penalized"),
# ---- pmid21865399 (pulsatile erlotinib, CNS metastases)
("pmid21865399","EGFR","erlotinib",D,"response",C,"Erlotinib is effective for epidermal growth factor receptor (EGFR) mutant lung cancer","at standard daily dosing is limited.",
 "states efficacy in EGFR-mutant cancer; also 'Pulsatile erlotinib can control CNS metastases from EGFR mutant lung cancer'. 'No acquired resistance mutations in EGFR were identified' is negated -> no resistance row"),
# ---- pmid22325357 (afatinib, HER2-mutant lung adenocarcinoma)
("pmid22325357","ERBB2","afatinib",D,"response",C,"Clinical activity of afatinib (BIBW 2992)","kinase domain of HER2/neu.",
 "title states clinical activity in HER2/neu-mutant patients (BIBW 2992 = afatinib, equated in the text); 'Objective response was observed in all three patients' (HER2-mutant) in a later sentence"),
("pmid22325357","EGFR","afatinib",D,"inhibits",O,"Afatinib is a potent irreversible ErbB family blocker.","ErbB family blocker.",
 "'ErbB family blocker': family -> each member, optional"),
("pmid22325357","ERBB2","afatinib",D,"inhibits",O,"Afatinib is a potent irreversible ErbB family blocker.","ErbB family blocker.",
 "ErbB family -> ERBB2, optional"),
("pmid22325357","ERBB3","afatinib",D,"inhibits",O,"Afatinib is a potent irreversible ErbB family blocker.","ErbB family blocker.",
 "ErbB family -> ERBB3, optional"),
("pmid22325357","ERBB4","afatinib",D,"inhibits",O,"Afatinib is a potent irreversible ErbB family blocker.","ErbB family blocker.",
 "ErbB family -> ERBB4, optional"),
# ---- pmid22547605 (CALGB 30406, erlotinib +/- carboplatin/paclitaxel)
("pmid22547605","EGFR","erlotinib",D,"response",O,"In arm A, response rate (70% v 9%)","favored EGFR-mutant patients.",
 "response, PFS and OS favored EGFR-mutant patients in arm A (erlotinib alone) and arm B (erlotinib + carboplatin/paclitaxel): the drug is named only through the arm labels of an earlier sentence -> optional"),
("pmid22547605","EGFR","carboplatin",D,"response",O,"In arm B, response rate (73% v 30%)","favored EGFR-mutant patients.",
 "arm B (ECP) favored EGFR-mutant patients; regimen partner of erlotinib, drug only via the arm label"),
("pmid22547605","EGFR","paclitaxel",D,"response",O,"In arm B, response rate (73% v 30%)","favored EGFR-mutant patients.",
 "arm B (ECP) favored EGFR-mutant patients; regimen partner of erlotinib, drug only via the arm label"),
# ---- pmid23280244 (ALK diagnostic assays)
("pmid23280244","ALK","crizotinib",D,"inhibits",C,"Crizotinib, a tyrosine kinase inhibitor with significant activity against ALK","phase 1/2 clinical trials.",
 "apposition: a TKI with significant activity against ALK"),
("pmid23280244","ALK","crizotinib",D,"response",C,"Crizotinib, a tyrosine kinase inhibitor with significant activity against ALK","phase 1/2 clinical trials.",
 "high response rates and prolonged PFS in ALK-positive patients (states response); the FDA approval sentence is an indication"),
# pmid23401441: 'molecular characteristics' only, no gene -> no rows.
# ---- pmid23724913 (crizotinib v chemotherapy, ALK-positive)
("pmid23724913","ALK","crizotinib",D,"response",O,"Crizotinib versus chemotherapy in advanced ALK-positive lung cancer.","lung cancer.",
 "title names the trial population only; outcomes reported without the gene"),
("pmid23724913","GPT","crizotinib",D,"induces",O,"Common adverse events associated with crizotinib were visual disorder","fatigue, alopecia, and dyspnea.",
 "'elevated liver aminotransferase levels' as an adverse event of crizotinib: laboratory abnormality (first-batch rule); unspecified aminotransferase -> ALT (GPT)"),
("pmid23724913","GOT1","crizotinib",D,"induces",O,"Common adverse events associated with crizotinib were visual disorder","fatigue, alopecia, and dyspnea.",
 "as the GPT row: unspecified aminotransferase -> AST (GOT1)"),
# ---- pmid23982599 (afatinib first global approval)
("pmid23982599","EGFR","afatinib",D,"inhibits",C,"Afatinib downregulates ErbB signalling by covalently binding","autophosphorylation.",
 "binds EGFR, irreversibly inhibiting its autophosphorylation; also 'an irreversible inhibitor of the ErbB family of tyrosine kinases'"),
("pmid23982599","ERBB2","afatinib",D,"inhibits",C,"Afatinib downregulates ErbB signalling by covalently binding","autophosphorylation.",
 "HER2 -> ERBB2"),
("pmid23982599","ERBB4","afatinib",D,"inhibits",C,"Afatinib downregulates ErbB signalling by covalently binding","autophosphorylation.",
 "HER4 -> ERBB4"),
("pmid23982599","ERBB3","afatinib",D,"inhibits",O,"It also inhibits transphosphorylation of HER3.","of HER3.",
 "'It' = afatinib, named only in the previous sentence; HER3 -> ERBB3 (also a member of 'the ErbB family of tyrosine kinases' in the first sentence)"),
("pmid23982599","EGFR","afatinib",D,"response",O,"Oral afatinib (Gilotrif","US FDA-approved test.",
 "approval for patients with EGFR exon 19 deletions or L858R: indication, no outcome stated; likewise the Taiwan and EMA approvals"),
# ---- pmid24070465 (elderly NSCLC review)
("pmid24070465","EGFR","erlotinib",D,"response",C,"Elderly patients affected by epidermal growth factor receptor (EGFR) mutated NSCLC benefit mostly","good toxicity profile.",
 "EGFR-mutant patients 'benefit mostly from' an EGFR TKI (erlotinib, gefitinib): benefit stated, parenthesis distributes"),
("pmid24070465","EGFR","gefitinib",D,"response",C,"Elderly patients affected by epidermal growth factor receptor (EGFR) mutated NSCLC benefit mostly","good toxicity profile.",
 "as the erlotinib row"),
("pmid24070465","EGFR","egfr inhibitor",K,"response",O,"Elderly patients affected by epidermal growth factor receptor (EGFR) mutated NSCLC benefit mostly","good toxicity profile.",
 "the class 'a tyrosine kinase inhibitor of EGFR' whose members are named in parentheses: class row optional, the named drugs carry the core rows"),
("pmid24070465","EGFR","erlotinib",D,"inhibits",C,"Elderly patients affected by epidermal growth factor receptor (EGFR) mutated NSCLC benefit mostly","good toxicity profile.",
 "apposition: 'a tyrosine kinase inhibitor of EGFR (erlotinib, gefitinib)'"),
("pmid24070465","EGFR","gefitinib",D,"inhibits",C,"Elderly patients affected by epidermal growth factor receptor (EGFR) mutated NSCLC benefit mostly","good toxicity profile.",
 "apposition: 'a tyrosine kinase inhibitor of EGFR (erlotinib, gefitinib)'"),
("pmid24070465","ALK","crizotinib",D,"response",C,"Elderly patients affected by NSCLC harboring the EML4-ALK translocation","(crizotinib).",
 "'could benefit mostly from' crizotinib (hedged; hedging does not lower the tier); EML4-ALK kinase partner"),
("pmid24070465","EML4","crizotinib",D,"response",O,"Elderly patients affected by NSCLC harboring the EML4-ALK translocation","(crizotinib).",
 "fusion non-kinase partner"),
("pmid24070465","ALK","crizotinib",D,"inhibits",O,"Elderly patients affected by NSCLC harboring the EML4-ALK translocation","(crizotinib).",
 "'an oral inhibitor of such a rearrangement (crizotinib)': the target is the anaphor 'such a rearrangement' (EML4-ALK) -> optional"),
("pmid24070465","EML4","crizotinib",D,"inhibits",O,"Elderly patients affected by NSCLC harboring the EML4-ALK translocation","(crizotinib).",
 "as the ALK inhibits row, fusion non-kinase partner"),
# ---- pmid24478318 (crizotinib beyond progression)
("pmid24478318","ALK","crizotinib",D,"inhibits",C,"Clinical benefit of continuing ALK inhibition with crizotinib","ALK-positive NSCLC.",
 "'ALK inhibition with crizotinib'"),
("pmid24478318","ALK","crizotinib",D,"response",C,"Clinical benefit of continuing ALK inhibition with crizotinib","ALK-positive NSCLC.",
 "title states clinical benefit of crizotinib in ALK-positive patients (beyond progression); benefit stated, as the first batch's 'Efficacy of Larotrectinib in TRK Fusion-Positive Cancers'"),
# ---- pmid25170012 (FDA approval summary, crizotinib)
("pmid25170012","ALK","crizotinib",D,"response",C,"On November 20, 2013, crizotinib received regular approval","platinum-containing regimen.",
 "approval 'based on confirmation of clinical benefit' in a trial of ALK-positive patients: benefit stated in the sentence (the title and the accelerated-approval sentence are indications only)"),
("pmid25170012","GPT","crizotinib",D,"induces",O,"The most common adverse drug reactions (>25%) in crizotinib-treated patients","and fatigue.",
 "'elevated transaminases' as an adverse reaction: laboratory abnormality; ALT -> GPT"),
("pmid25170012","GOT1","crizotinib",D,"induces",O,"The most common adverse drug reactions (>25%) in crizotinib-treated patients","and fatigue.",
 "'elevated transaminases': AST -> GOT1"),
# ---- pmid25264305 (crizotinib in ROS1-rearranged NSCLC)
("pmid25264305","ROS1","crizotinib",D,"response",O,"Crizotinib in ROS1-rearranged non-small-cell lung cancer.","lung cancer.",
 "title names the trial population only (ORR 72% reported without the gene); 'No correlation ... between the type of ROS1 rearrangement and the clinical response' is negated"),
# ---- pmid25523487 (EGFR-TKI meta-analysis)
("pmid25523487","EGFR","egfr inhibitor",K,"response",O,"Is there evidence for different effects among EGFR-TKIs?","harboring EGFR mutations.",
 "EGFR TKIs as first-line treatment for patients harboring EGFR mutations: population; 'EGFR-TKIs fared better than chemotherapy' names no gene"),
("pmid25523487","GPT","gefitinib",D,"induces",O,"Indirect comparisons for safety showed the RR for diarrhea","2.29 (95% CI 1.63-3.23).",
 "'hypertransaminasemia' as a toxicity compared between gefitinib and erlotinib: laboratory abnormality; ALT -> GPT"),
("pmid25523487","GOT1","gefitinib",D,"induces",O,"Indirect comparisons for safety showed the RR for diarrhea","2.29 (95% CI 1.63-3.23).",
 "hypertransaminasemia: AST -> GOT1"),
("pmid25523487","GPT","erlotinib",D,"induces",O,"Indirect comparisons for safety showed the RR for diarrhea","2.29 (95% CI 1.63-3.23).",
 "hypertransaminasemia (comparator): ALT -> GPT"),
("pmid25523487","GOT1","erlotinib",D,"induces",O,"Indirect comparisons for safety showed the RR for diarrhea","2.29 (95% CI 1.63-3.23).",
 "hypertransaminasemia (comparator): AST -> GOT1"),
# ---- pmid25798726 (nivolumab)
("pmid25798726","PDCD1","nivolumab",D,"inhibits",C,"Nivolumab: targeting PD-1 to bolster antitumor immunity.","antitumor immunity.",
 "title: targeting PD-1; also 'a fully human IgG4 PD-1 immune checkpoint inhibitor antibody, blocks PD-1'"),
# ---- pmid25971939 (MET exon 14 skipping, MET inhibitors)
("pmid25971939","MET","met inhibitor",K,"response",C,"Response to MET inhibitors in patients with stage IV","exon 14 skipping.",
 "title: response to MET inhibitors in MET-mutant patients (gene named apart from the class); own-target class, no inhibits row"),
("pmid25971939","MET","crizotinib",D,"response",C,"We now report responses to the MET inhibitors crizotinib and cabozantinib","genetic alteration.",
 "responses in patients with MET exon 14 skipping mutations"),
("pmid25971939","MET","cabozantinib",D,"response",C,"We now report responses to the MET inhibitors crizotinib and cabozantinib","genetic alteration.",
 "responses in patients with MET exon 14 skipping mutations"),
("pmid25971939","MET","crizotinib",D,"inhibits",C,"We now report responses to the MET inhibitors crizotinib and cabozantinib","genetic alteration.",
 "apposition: the MET inhibitors crizotinib and cabozantinib"),
("pmid25971939","MET","cabozantinib",D,"inhibits",C,"We now report responses to the MET inhibitors crizotinib and cabozantinib","genetic alteration.",
 "apposition: the MET inhibitors crizotinib and cabozantinib"),
# ---- pmid26317305 (PD-L1 IHC assay)
("pmid26317305","PDCD1","nivolumab",D,"inhibits",C,"Nivolumab, a fully human IgG4 programmed death 1 (PD-1) immune checkpoint inhibitor antibody","platinum-based chemotherapy.",
 "apposition: PD-1 immune checkpoint inhibitor antibody; also 'the anti-PD-1 therapeutic antibody, nivolumab'"),
("pmid26317305","CD274","nivolumab",D,"response",O,"PD-L1 has been investigated as a potential biomarker","in clinical settings.",
 "PD-L1 investigated as a potential predictor of response to nivolumab: no direction or outcome asserted"),
# ---- pmid26412670 (anti-PD-1/PD-L1 toxicity review)
("pmid26412670","PDCD1","nivolumab",D,"inhibits",C,"Currently, two anti-PD-1 (nivolumab and pembrolizumab)","non-small cell lung cancer (NSCLC).",
 "apposition: two anti-PD-1 (nivolumab and pembrolizumab)"),
("pmid26412670","PDCD1","pembrolizumab",D,"inhibits",C,"Currently, two anti-PD-1 (nivolumab and pembrolizumab)","non-small cell lung cancer (NSCLC).",
 "apposition: two anti-PD-1 (nivolumab and pembrolizumab)"),
("pmid26412670","CD274","mpdl3280a",D,"inhibits",C,"Currently, two anti-PD-1 (nivolumab and pembrolizumab)","non-small cell lung cancer (NSCLC).",
 "apposition: one anti-PD-L1 (MPDL-3280A); code name kept, the paper does not equate it with an INN"),
("pmid26412670","CD274","atezolizumab",D,"inhibits",O,"Currently, two anti-PD-1 (nivolumab and pembrolizumab)","non-small cell lung cancer (NSCLC).",
 "MPDL-3280A = atezolizumab by world knowledge only (not stated), as the review's gold did for MK-0646/dalotuzumab"),
# ---- pmid27245569 (comprehensive genomic profiling, ALK)
("pmid27245569","ALK","crizotinib",D,"response",C,"Comprehensive Genomic Profiling Identifies a Subset of Crizotinib-Responsive","Fluorescence In Situ Hybridization.",
 "title: crizotinib-responsive ALK-rearranged NSCLC; also 'the proven benefit of treatment with crizotinib ... in patients with ALK fusions'"),
("pmid27245569","ALK","alk inhibitor",K,"response",C,"Given the proven benefit of treatment with crizotinib and second-generation ALK inhibitors","negative results using ALK FISH testing.",
 "proven benefit of second-generation ALK inhibitors in patients with ALK fusions (gene named apart from the class)"),
# pmid27540850: 'PD-1 inhibitor' is an own-target class; pneumonitis incidence -> no rows.
# ---- pmid28245967 (pulsatile erlotinib review)
("pmid28245967","EGFR","erlotinib",D,"response",C,"Patients with epidermal growth factor receptor (EGFR)-positive (EGFR+)","such as erlotinib.",
 "EGFR+ patients show improved response rates with TKIs such as erlotinib"),
("pmid28245967","EGFR","egfr inhibitor",K,"response",O,"Patients with epidermal growth factor receptor (EGFR)-positive (EGFR+)","such as erlotinib.",
 "'tyrosine kinase inhibitors (TKIs)' unqualified, read as EGFR TKIs from context -> optional class row"),
("pmid28245967","EGFR","erlotinib",D,"resistance",O,"Pulsatile erlotinib is a reasonable alternative in EGFR+ patients","within the CNS.",
 "'T790M resistance mutations' (EGFR variant) named as an exclusion for pulsatile erlotinib: resistance to erlotinib implied, not stated"),
# pmid28885881: durvalumab, no gene -> no rows.
# ---- pmid29151359 (FLAURA)
("pmid29151359","EGFR","osimertinib",D,"response",O,"Osimertinib in Untreated EGFR-Mutated","Lung Cancer.",
 "title names the trial population only; the comparator 'standard EGFR-TKIs' is an own-target class with no gene elsewhere"),
# ---- pmid29935304 (brigatinib after alectinib)
("pmid29935304","ALK","brigatinib",D,"response",O,"Brigatinib in Patients With Alectinib-Refractory ALK-Positive NSCLC.","ALK-Positive NSCLC.",
 "title names the trial population; 'alectinib-refractory ALK-positive' describes the patients, so no (ALK, alectinib, resistance) from the title; also 1 PR among 5 patients with ALK resistance mutations"),
("pmid29935304","ALK","alectinib",D,"resistance",C,"Among 9 patients in this study who underwent post-alectinib/pre-brigatinib biopsies","stable disease on brigatinib.",
 "ALK I1171X or V1180L 'resistance mutation' found in post-alectinib biopsies (variant raised in drug-resistant tumours); also ALK G1202R post-alectinib in the next sentence"),
("pmid29935304","ALK","brigatinib",D,"resistance",O,"One patient had an ALK G1202R mutation","best overall response to brigatinib.",
 "one patient with ALK G1202R had progressive disease on brigatinib: a single case, no resistance claim"),
# ---- pmid30171197 (NTRK fusions)
("pmid30171197","NTRK1","ntrk inhibitor",K,"response",C,"Targeted inhibitors of neurotropic tyrosine kinases are highly effective","NTRK1, NTRK2, or NTRK3.",
 "inhibitors of neurotropic tyrosine kinases (class -> 'ntrk inhibitor', as in 'NTRK inhibitors' later) highly effective in patients with NTRK1 fusions; coordination distributes"),
("pmid30171197","NTRK2","ntrk inhibitor",K,"response",C,"Targeted inhibitors of neurotropic tyrosine kinases are highly effective","NTRK1, NTRK2, or NTRK3.",
 "as the NTRK1 row"),
("pmid30171197","NTRK3","ntrk inhibitor",K,"response",C,"Targeted inhibitors of neurotropic tyrosine kinases are highly effective","NTRK1, NTRK2, or NTRK3.",
 "as the NTRK1 row; also 'NTRK inhibitors ... may be a therapeutic option' for NTRK-fusion patients"),
# ===== held-out (second batch) =====
# pmid9893657, pmid10811675, pmid10880849, pmid11551424, pmid12124835 ('biologic/targeted therapy' is no
#   drug), pmid15084388, pmid15169807, pmid15625373: chemotherapy/bevacizumab trials, no gene -> no rows.
# ---- pmid15886311 (EGFR inhibitors review)
("pmid15886311","EGFR","egfr inhibitor",K,"response",O,"These findings are at least partly caused by the substantially higher incidence of EGFR mutations","compared with whites.",
 "the higher response to EGFR inhibitors in Asians is 'partly caused by' the higher incidence of EGFR mutations: the drug (class) is named only in the previous sentences ('These findings')"),
# pmid16500915, pmid17167137: no gene -> no rows.
# ---- pmid17409968 (EGFR expression and erlotinib, BR.21)
("pmid17409968","EGFR","erlotinib",D,"response",O,"The treatment benefits from erlotinib relative to placebo were greater for EGFR-positive patients","define EGFR positivity.",
 "greater benefit in EGFR-positive patients, but 'not significantly different for any cutoff'; the title poses EGFR expression as a selection marker and the last sentence rejects very high cutpoints (negated)"),
# ---- pmid18281673 (biomarkers of response to EGFR inhibitors)
("pmid18281673","EGFR","erlotinib",D,"inhibits",C,"Although EGFR-targeted therapies such as erlotinib have been approved","non-small-cell lung cancer (NSCLC).",
 "'EGFR-targeted therapies such as erlotinib': class membership read as apposition"),
("pmid18281673","EGFR","egfr inhibitor",K,"response",O,"Although EGFR-targeted therapies such as erlotinib have been approved","non-small-cell lung cancer (NSCLC).",
 "IHC, FISH and mutational analyses of the EGFR gene 'proposed as candidates to help predict response' to EGFR-targeted therapy: proposed, no direction asserted"),
("pmid18281673","EGFR","erlotinib",D,"response",O,"Although EGFR-targeted therapies such as erlotinib have been approved","non-small-cell lung cancer (NSCLC).",
 "as the class row; erlotinib is named in the concessive clause (approved without molecular testing)"),
# ---- pmid18580100 (EGFR assays)
("pmid18580100","EGFR","egfr inhibitor",K,"response",C,"Three academic groups almost simultaneously reported","EGFR TK inhibitors.",
 "somatic mutations in the EGFR TK domain 'correlated with a high likelihood of response to EGFR TK inhibitors' (gene named apart from the class); own-target class, no inhibits row"),
# ---- pmid19589612 (acquired resistance to gefitinib)
("pmid19589612","EGFR","gefitinib",D,"resistance",C,"In 7 of 10 patients, the gefitinib-resistant tumors had a secondary T790M mutation","pre-treatment tumors.",
 "secondary T790M (EGFR variant) in gefitinib-resistant tumours, absent before treatment; the exon 19/L858R mutations only describe the patients; 'Neither other novel secondary mutations of EGFR nor the K-ras' and 'Neither MET gene amplification nor HGF' are negated"),
("pmid19589612","MET","gefitinib",D,"resistance",O,"Acquired resistance to gefitinib: the contribution of mechanisms other than","HGF status.",
 "title presupposes MET status as a known mechanism of acquired gefitinib resistance; in these patients MET amplification was not observed (negated)"),
("pmid19589612","HGF","gefitinib",D,"resistance",O,"Acquired resistance to gefitinib: the contribution of mechanisms other than","HGF status.",
 "as the MET row, for HGF"),
# ---- pmid20573926 (NEJ002, gefitinib v chemotherapy, EGFR-mutant)
("pmid20573926","EGFR","gefitinib",D,"response",O,"Gefitinib or chemotherapy for non-small-cell lung cancer with mutated EGFR.","mutated EGFR.",
 "title names the trial population only; outcomes reported without the gene"),
("pmid20573926","GPT","gefitinib",D,"induces",O,"The most common adverse events in the gefitinib group were rash","sensory neuropathy (54.9%).",
 "'elevated aminotransferase levels' as an adverse event of gefitinib: laboratory abnormality; -> ALT (GPT)"),
("pmid20573926","GOT1","gefitinib",D,"induces",O,"The most common adverse events in the gefitinib group were rash","sensory neuropathy (54.9%).",
 "as the GPT row: -> AST (GOT1)"),
# ---- pmid21154129 (crizotinib, c-Met/ALK inhibitor)
("pmid21154129","MET","crizotinib",D,"inhibits",C,"Crizotinib, a small-molecule dual inhibitor of the c-Met and ALK","receptor tyrosine kinases.",
 "title apposition: dual inhibitor of c-Met and ALK; also the first abstract sentence and 'a highly specific inhibitor of c-Met and ALK'"),
("pmid21154129","ALK","crizotinib",D,"inhibits",C,"Crizotinib, a small-molecule dual inhibitor of the c-Met and ALK","receptor tyrosine kinases.",
 "title apposition: dual inhibitor of c-Met and ALK"),
("pmid21154129","ALK","crizotinib",D,"response",C,"Crizotinib has been particularly effective against anaplastic large cell lymphoma","oncogenic ALK fusion proteins.",
 "particularly effective against cell lines harbouring ALK translocations; also 'dramatic antitumor activity in patients with ALK-rearranged NSCLC' and the cell lines dependent upon ALK activity"),
("pmid21154129","MET","crizotinib",D,"response",C,"In preclinical tumor xenograft studies, crizotinib inhibited the growth","enzymatic activity.",
 "crizotinib inhibited the growth of cell lines dependent upon c-Met (or ALK) activity: the gene's activity marks sensitivity"),
# ---- pmid21440325 (AIOT guidelines)
("pmid21440325","EGFR","gefitinib",D,"response",O,"In patients with epidermal growth factor receptor (EGFR) mutation positive tumour, gefitinib is recommended","first-line treatment.",
 "recommendation for EGFR-mutant patients; the contrast (chemotherapy for negative/unknown status) is only in the next sentence, so as the first batch's cetuximab recommendation: optional"),
("pmid21440325","EGFR","erlotinib",D,"inhibits",C,"For second-line treatment, two cytotoxic drugs","are available.",
 "apposition: 'erlotinib, an EGFR inhibitor'"),
# pmid21900105: erlotinib 'in unselected patients', no gene -> no rows.
# pmid22511687: bevacizumab, no gene -> no rows.
# ---- pmid22703830 (third-/fourth-line targeted agents)
("pmid22703830","EGFR","erlotinib",D,"inhibits",C,"Treatment options for patients whose tumors have failed to respond","advanced/metastatic NSCLC.",
 "'erlotinib, which targets the epidermal growth factor receptor'"),
("pmid22703830","ALK","crizotinib",D,"inhibits",C,"Treatment options for patients whose tumors have failed to respond","advanced/metastatic NSCLC.",
 "'crizotinib, which targets EML4/ALK': kinase partner core"),
("pmid22703830","EML4","crizotinib",D,"inhibits",O,"Treatment options for patients whose tumors have failed to respond","advanced/metastatic NSCLC.",
 "EML4/ALK: fusion non-kinase partner optional"),
# ---- pmid23371856 (EGFR exon 20 insertions)
("pmid23371856","EGFR","egfr inhibitor",K,"resistance",C,"In contrast to other primary epidermal growth factor receptor (EGFR) mutations","tyrosine kinase inhibitors.",
 "exon 20 insertions of EGFR 'generally associated with resistance to EGFR-TKIs' (gene named apart from the class); the erlotinib-binding and 'implications for response' sentences state no direction"),
# ---- pmid23649446 (ACCP guidelines)
("pmid23649446","EGFR","egfr inhibitor",K,"response",O,"Epidermal growth factor receptor (EGFR) tyrosine kinase inhibitors as first-line therapy","having an EGFR mutation.",
 "recommended treatment for patients with an EGFR mutation: indication/recommendation, no outcome stated"),
# ---- pmid23759273 (denosumab)
("pmid23759273","TNFSF11","denosumab",D,"inhibits",C,"Denosumab, a human monoclonal antibody with high affinity and specificity for RANKL","increasing bone mass.",
 "antibody specific for RANKL that prevents the RANKL/RANK interaction (RANKL -> TNFSF11)"),
("pmid23759273","TNFRSF11A","denosumab",D,"inhibits",O,"Denosumab, a human monoclonal antibody with high affinity and specificity for RANKL","increasing bone mass.",
 "prevents the RANKL/RANK interaction: RANK (TNFRSF11A) is blocked only indirectly (the antibody binds the ligand) -> optional"),
# ---- pmid24019783 (disease flare after crizotinib)
("pmid24019783","ALK","crizotinib",D,"response",O,"Disease flare after discontinuation of crizotinib in anaplastic lymphoma kinase-positive lung cancer.","lung cancer.",
 "title: population only; in the case, EML4-ALK led to crizotinib ('Therefore, he was treated with crizotinib') and a partial response followed, in other sentences. 'erlotinib +/- Met inhibitor' is an own-target class -> no row"),
# ---- pmid24258622 (crizotinib and eGFR)
("pmid24258622","ALK","crizotinib",D,"inhibits",C,"Drug-induced reduction in estimated glomerular filtration rate","the ALK inhibitor crizotinib.",
 "title apposition: the ALK inhibitor crizotinib. 'eGFR' is the estimated glomerular filtration rate, not the gene EGFR -> no rows for it"),
("pmid24258622","ALK","crizotinib",D,"response",O,"Drug-induced reduction in estimated glomerular filtration rate","the ALK inhibitor crizotinib.",
 "title: ALK-positive patients treated with crizotinib: population only"),
# ---- pmid24523601 (ALK inhibitor adverse events)
("pmid24523601","ALK","crizotinib",D,"inhibits",C,"Small-molecule Alk kinase inhibitors such as crizotinib","this subgroup of patients.",
 "'Alk kinase inhibitors such as crizotinib' (also 'Alk inhibitors such as crizotinib' twice later)"),
("pmid24523601","ALK","crizotinib",D,"response",O,"Small-molecule Alk kinase inhibitors such as crizotinib","this subgroup of patients.",
 "'transformed the natural history of nsclc for this subgroup of patients': the subgroup (ALK-rearranged) is named in the previous sentence; the gene in this sentence is inside the class name only"),
("pmid24523601","ALK","alk inhibitor",K,"response",O,"Small-molecule Alk kinase inhibitors such as crizotinib","this subgroup of patients.",
 "as the crizotinib row, for the class"),
# ---- pmid25247337 (afatinib, brain metastases)
("pmid25247337","EGFR","afatinib",D,"inhibits",O,"Efficacy of the irreversible ErbB family blocker afatinib","leptomeningeal disease.",
 "'ErbB family blocker afatinib': family -> each member, optional; EGFR mutation only describes the patients"),
("pmid25247337","ERBB2","afatinib",D,"inhibits",O,"Efficacy of the irreversible ErbB family blocker afatinib","leptomeningeal disease.",
 "ErbB family -> ERBB2, optional"),
("pmid25247337","ERBB3","afatinib",D,"inhibits",O,"Efficacy of the irreversible ErbB family blocker afatinib","leptomeningeal disease.",
 "ErbB family -> ERBB3, optional"),
("pmid25247337","ERBB4","afatinib",D,"inhibits",O,"Efficacy of the irreversible ErbB family blocker afatinib","leptomeningeal disease.",
 "ErbB family -> ERBB4, optional"),
# ---- pmid25470694 (PROFILE 1014)
("pmid25470694","ALK","crizotinib",D,"response",O,"First-line crizotinib versus chemotherapy in ALK-positive lung cancer.","lung cancer.",
 "title names the trial population only"),
# ---- pmid25667280 (EUROS1)
("pmid25667280","ROS1","crizotinib",D,"response",O,"Crizotinib therapy for advanced lung adenocarcinoma and a ROS1 rearrangement","EUROS1 cohort.",
 "title names the cohort only; ORR 80% reported without the gene; pemetrexed response rate in the same patients names no gene"),
# ---- pmid25921002 (high-dose erlotinib, leptomeningeal metastases)
("pmid25921002","EGFR","erlotinib",D,"response",O,"Between January 2007 and April 2013, we identified 35 patients with EGFR-mutant NSCLC","standard-dose EGFR-TKIs.",
 "EGFR-mutant patients treated with high-dose erlotinib: population only ('failure of standard-dose EGFR-TKIs' in the title is not resistance)"),
("pmid25921002","EGFR","egfr inhibitor",K,"response",O,"Between January 2007 and April 2013, we identified 35 patients with EGFR-mutant NSCLC","standard-dose EGFR-TKIs.",
 "EGFR-mutant patients given standard-dose EGFR-TKIs: population only"),
# ---- pmid26288737 (pembrolizumab)
("pmid26288737","CTLA4","ipilimumab",D,"inhibits",C,"The development of the cytotoxic T-lymphocyte-associated protein 4 inhibitor ipilimumab","immuno-oncology.",
 "apposition: CTLA-4 inhibitor ipilimumab"),
("pmid26288737","PDCD1","pembrolizumab",D,"inhibits",C,"Pembrolizumab was the first anti-PD-1 antibody","a BRAF inhibitor.",
 "apposition: the first anti-PD-1 antibody"),
("pmid26288737","BRAF","braf inhibitor",K,"response",O,"Pembrolizumab was the first anti-PD-1 antibody","a BRAF inhibitor.",
 "'if BRAF (V600) mutation positive, [progression following] a BRAF inhibitor': the mutation selects the prior BRAF inhibitor (indication); not resistance (population); own-target class"),
# ---- pmid26324367 (ASCO guideline 2015)
("pmid26324367","EGFR","afatinib",D,"response",O,"Recommendations for patients in the first-line setting include platinum-doublet therapy","large-cell neuroendocrine carcinoma.",
 "recommended 'for those with sensitizing EGFR mutations': guideline indication, as the first batch's recommendations (optional); 'sensitizing' qualifies the mutation class and states no outcome of this drug"),
("pmid26324367","EGFR","erlotinib",D,"response",O,"Recommendations for patients in the first-line setting include platinum-doublet therapy","large-cell neuroendocrine carcinoma.",
 "as the afatinib row"),
("pmid26324367","EGFR","gefitinib",D,"response",O,"Recommendations for patients in the first-line setting include platinum-doublet therapy","large-cell neuroendocrine carcinoma.",
 "as the afatinib row"),
("pmid26324367","ALK","crizotinib",D,"response",O,"Recommendations for patients in the first-line setting include platinum-doublet therapy","large-cell neuroendocrine carcinoma.",
 "'crizotinib for those with ALK or ROS1 gene rearrangement': guideline indication"),
("pmid26324367","ROS1","crizotinib",D,"response",O,"Recommendations for patients in the first-line setting include platinum-doublet therapy","large-cell neuroendocrine carcinoma.",
 "as the ALK row"),
("pmid26324367","ALK","ceritinib",D,"response",O,"In the second-line setting, recommendations include docetaxel","progression after crizotinib.",
 "'ceritinib for those with ALK rearrangement who experience progression after crizotinib': indication; progression on crizotinib describes the patients, so no (ALK, crizotinib, resistance)"),
# ---- pmid26984449 (FDA approval summary, nivolumab)
("pmid26984449","CD274","nivolumab",D,"response",O,"The U.S. Food and Drug Administration granted approval to Dako's PD-L1 test","for nivolumab use.",
 "PD-L1 test as a 'nonessential complementary diagnostic for nivolumab use': a marker, no direction; 'The role of nivolumab in patients with sensitizing EGFR and ALK alterations is less clear' asserts nothing; patients lacking PD-L1 'also appear to have durable responses' names no drug"),
# ---- pmid27535289 (ROS1 testing)
("pmid27535289","ROS1","crizotinib",D,"inhibits",C,"Crizotinib, a highly effective inhibitor of ROS1 kinase activity","ROS1-positive NSCLC.",
 "apposition: inhibitor of ROS1 kinase activity"),
("pmid27535289","ROS1","crizotinib",D,"response",O,"Crizotinib, a highly effective inhibitor of ROS1 kinase activity","ROS1-positive NSCLC.",
 "FDA-approved for ROS1-positive NSCLC: indication; 'ROS1 inhibitors' later is an own-target class"),
# ---- pmid27718847 (KEYNOTE-024)
("pmid27718847","CD274","pembrolizumab",D,"response",O,"Pembrolizumab versus Chemotherapy for PD-L1-Positive","Lung Cancer.",
 "title names the trial population only (PD-L1 -> CD274); outcomes reported without the gene"),
# ---- pmid28841389 (AURA first-line osimertinib)
("pmid28841389","EGFR","osimertinib",D,"inhibits",C,"The AURA study ( ClinicalTrials.gov","non-small-cell lung cancer (NSCLC).",
 "apposition: 'osimertinib (an EGFR-tyrosine kinase inhibitor selective for ... mutations)'"),
("pmid28841389","EGFR","osimertinib",D,"response",C,"Osimertinib demonstrated a robust ORR and prolonged PFS","EGFRm advanced NSCLC.",
 "robust ORR and prolonged PFS in patients with EGFRm (EGFR-mutated) NSCLC: efficacy stated; the title names the population"),
("pmid28841389","EGFR","egfr inhibitor",K,"response",O,"The AURA study ( ClinicalTrials.gov","non-small-cell lung cancer (NSCLC).",
 "'EGFR-tyrosine kinase inhibitor sensitizing [EGFRm] ... mutations': a compressed modifier, read as EGFR mutations sensitizing to EGFR TKIs"),
("pmid28841389","EGFR","egfr inhibitor",K,"resistance",O,"The AURA study ( ClinicalTrials.gov","non-small-cell lung cancer (NSCLC).",
 "'EGFR T790M resistance mutations': resistance to EGFR TKIs implied by the compressed modifier; the drug resisted is not named"),
("pmid28841389","MET","osimertinib",D,"resistance",O,"Nine of 19 patients had putative resistance mechanisms","HER2 exon 20 insertion (n = 1).",
 "putative resistance mechanisms after progression on osimertinib (named only in earlier sentences: 'to investigate osimertinib resistance mechanisms'): MET amplification"),
("pmid28841389","EGFR","osimertinib",D,"resistance",O,"Nine of 19 patients had putative resistance mechanisms","HER2 exon 20 insertion (n = 1).",
 "putative resistance mechanisms: EGFR amplification, EGFR C797S; drug only in earlier sentences. 'Acquired EGFR T790M was not detected' is negated"),
("pmid28841389","KRAS","osimertinib",D,"resistance",O,"Nine of 19 patients had putative resistance mechanisms","HER2 exon 20 insertion (n = 1).",
 "putative resistance mechanisms: KRAS amplification and mutation"),
("pmid28841389","MAP2K1","osimertinib",D,"resistance",O,"Nine of 19 patients had putative resistance mechanisms","HER2 exon 20 insertion (n = 1).",
 "putative resistance mechanisms: MEK1 (-> MAP2K1) mutation"),
("pmid28841389","PIK3CA","osimertinib",D,"resistance",O,"Nine of 19 patients had putative resistance mechanisms","HER2 exon 20 insertion (n = 1).",
 "putative resistance mechanisms: PIK3CA mutation"),
("pmid28841389","JAK2","osimertinib",D,"resistance",O,"Nine of 19 patients had putative resistance mechanisms","HER2 exon 20 insertion (n = 1).",
 "putative resistance mechanisms: JAK2 mutation"),
("pmid28841389","ERBB2","osimertinib",D,"resistance",O,"Nine of 19 patients had putative resistance mechanisms","HER2 exon 20 insertion (n = 1).",
 "putative resistance mechanisms: HER2 (-> ERBB2) exon 20 insertion"),
# ---- pmid29053400 (PD-L1 IHC review)
("pmid29053400","CD274","pembrolizumab",D,"response",O,"Treatment with pembrolizumab in NSCLC requires PD-L1 immunohistochemistry (IHC) testing.","(IHC) testing.",
 "PD-L1 testing required for pembrolizumab: selection marker with no direction or outcome stated; 'Nivolumab and atezolizumab are approved without PD-L1 testing' is negated"),
("pmid29053400","CD274","nivolumab",D,"response",O,"Nivolumab and atezolizumab are approved without PD-L1 testing","available for both.",
 "approved without PD-L1 testing (negated), 'though ... complementary PD-L1 tests are available for both': a marker with no direction, listed optional as the complementary-diagnostic row of pmid26984449"),
("pmid29053400","CD274","atezolizumab",D,"response",O,"Nivolumab and atezolizumab are approved without PD-L1 testing","available for both.",
 "as the nivolumab row"),
# pmid29442540: immune checkpoint inhibitor toxicity guideline, no gene (infliximab's target not named) -> no rows.
# pmid30012210: immune checkpoint inhibitors, 'targetable mutations' names no gene -> no rows.
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
for batch, (sel, rows) in enumerate(((SELECTED, ROWS), (SELECTED2, ROWS2)), 1):
  for doc, g, d, k, eff, tier, a, b, note in rows:
    assert doc in sel, (batch, doc)
    assert eff in EFFECTS and tier in (C, O) and k in (D, K)
    key = (doc, g, d, eff)
    assert key not in seen, ("duplicate", key); seen.add(key)
    sent, sec = sentence(doc, a, b)
    row = dict(doc=doc, gene=g, drug=d, drugKind=k, effect=eff, tier=tier, section=sec,
               sentence=sent, note=note)
    byset["pharmacology-triples" if doc in DEV + DEV2 else "pharmacology-triples-held-out"].append(row)

# docs.txt: both batches, in PMID order (as numbers)
pmid_order = lambda doc: int(doc[4:])
for name, docs in (("pharmacology-triples", sorted(DEV + DEV2, key=pmid_order)),
                   ("pharmacology-triples-held-out", sorted(HELD + HELD2, key=pmid_order))):
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

# per-batch counts (for the README)
for batch, (dev, held, rows) in enumerate(((DEV, HELD, ROWS), (DEV2, HELD2, ROWS2)), 1):
    for name, docs in (("development", dev), ("held-out", held)):
        rs = [r for r in rows if r[0] in docs]
        print("== batch %d %-11s docs %d (with rows %d) rows %d core %d optional %d" % (
            batch, name, len(docs), len({r[0] for r in rs}), len(rs),
            sum(r[5] == C for r in rs), sum(r[5] == O for r in rs)))
        for eff in sorted(EFFECTS):
            print("    %-10s core %d optional %d" % (eff, sum(r[4] == eff and r[5] == C for r in rs),
                                                    sum(r[4] == eff and r[5] == O for r in rs)))
