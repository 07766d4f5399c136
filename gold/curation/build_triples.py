"""Build gold/triples.jsonl from hand-curated rows.  Each row gives the normalized triple, tier,
and two anchors (start, end) of the verbatim supporting sentence in the flattened body text
(body.py); the script checks the anchors are unique and copies the sentence verbatim."""
import json, sys, collections
from body import load, section_at
raw, text, secs = load()
DOC = "hua2020-igf1r-review"
C, O = "core", "optional"
D, K = "drug", "class"

# (gene, drug, kind, effect, tier, start_anchor, end_anchor, note)
ROWS = [
# ---------------- Introduction
("IGF1R","ganitumab",D,"inhibits",C,"Nevertheless, some anti-IGF-IR mAbs, such as ganitumab","under active evaluation.","apposition: anti-IGF-IR mAbs such as ganitumab"),
# ---------------- Radiotherapy and chemotherapy
("IGF1R","atr inhibitor",K,"sensitizes",O,"Indeed, IGF-IR inhibition sensitizes cancer cells to ATM-related kinase inhibition","[96–99].","'ATM-related kinase inhibition' read as ATR inhibitors; a process noun, not a named agent class; as-written alternative 'atm-related kinase inhibitor' also listed"),
("IGF1R","cisplatin",D,"sensitizes",C,"Indeed, IGF-IR inhibition sensitizes cancer cells to ATM-related kinase inhibition","[96–99].",None),
("IGF1R","oxaliplatin",D,"sensitizes",C,"Indeed, IGF-IR inhibition sensitizes cancer cells to ATM-related kinase inhibition","[96–99].",None),
("IGF1R","doxorubicin",D,"sensitizes",C,"Indeed, IGF-IR inhibition sensitizes cancer cells to ATM-related kinase inhibition","[96–99].",None),
("IGF1R","parp inhibitor",K,"sensitizes",O,"Combined treatment with IGF-IR inhibitor, PARP inhibitor, and/or platinum","efficacy of cancer therapy [100].","combination proposed to improve efficacy; weak sensitizes reading"),
("IGF1R","platinum",K,"sensitizes",O,"Combined treatment with IGF-IR inhibitor, PARP inhibitor, and/or platinum","efficacy of cancer therapy [100].","'platinum' = platinum agents: neither an INN nor a <target> inhibitor class; combination-efficacy reading"),
("IGF1R","paclitaxel",D,"sensitizes",C,"In addition, IGF-IR inhibition sensitizes cancer cells to other chemotherapeutic agents","[101–105].",None),
("IGF1R","fluorouracil",D,"sensitizes",C,"In addition, IGF-IR inhibition sensitizes cancer cells to other chemotherapeutic agents","[101–105].","5-fluorouracil (5FU) -> fluorouracil"),
("IGF1R","temozolomide",D,"sensitizes",C,"In addition, IGF-IR inhibition sensitizes cancer cells to other chemotherapeutic agents","[101–105].",None),
("IGF1R","gemcitabine",D,"sensitizes",C,"In addition, IGF-IR inhibition sensitizes cancer cells to other chemotherapeutic agents","[101–105].",None),
("IGF1R","bortezomib",D,"sensitizes",C,"In addition, IGF-IR inhibition sensitizes cancer cells to other chemotherapeutic agents","[101–105].",None),
("BIRC5","anti-igf1r",K,"reduces",O,"Except for repression of DNA repair, IGF-IR inhibition may downregulate the synthesis of survivin","[106].","survivin -> BIRC5; drug slot is the process 'IGF-IR inhibition' (next sentence: 'by IGF-IR inhibitors')"),
# ---------------- Endocrine therapy
("IGF1R","tamoxifen",D,"resistance",C,"Phosphorylation of IGF-IR/InsR is elevated","[107–109].",None),
("INSR","tamoxifen",D,"resistance",C,"Phosphorylation of IGF-IR/InsR is elevated","[107–109].","slash: IGF-IR/InsR"),
("IGF1","tamoxifen",D,"resistance",C,"Phosphorylation of IGF-IR/InsR is elevated","[107–109].","'increased secretion of IGF1/2 in these [tamoxifen-resistant] cells' (hedged: possibly)"),
("IGF2","tamoxifen",D,"resistance",C,"Phosphorylation of IGF-IR/InsR is elevated","[107–109].","'increased secretion of IGF1/2 in these [tamoxifen-resistant] cells' (hedged: possibly)"),
("KDM5A","tamoxifen",D,"resistance",C,"Phosphorylation of IGF-IR/InsR is elevated","[107–109].","'retinoblastoma-binding protein 2' (RBP2) -> KDM5A (its previous HGNC name); elevated in tamoxifen-resistant cells (hedged: possibly); core after pass-2 resolution"),
("IGF1R","linsitinib",D,"inhibits",C,"The most extensively evaluated IGF-IR inhibitor is linsitinib (OSI-906)","(Table 2).","apposition: a dual IGF-IR/InsR inhibitor; OSI-906 equated with linsitinib"),
("INSR","linsitinib",D,"inhibits",C,"The most extensively evaluated IGF-IR inhibitor is linsitinib (OSI-906)","(Table 2).","slash: dual IGF-IR/InsR inhibitor"),
("IGF1R","er inhibitor",K,"sensitizes",O,"In addition, the dual InsR/IGF-IR inhibitor linsitinib can prevent the emergence","ovariectomized mice [107].","linsitinib prevents emergence of resistance to antiestrogen treatment; 'antiestrogen' normalized as 'er inhibitor' (as-written alternative 'estrogen inhibitor' also listed); contrast: the IGF-IR-only mAb fails (negated, see README)"),
("INSR","er inhibitor",K,"sensitizes",O,"In addition, the dual InsR/IGF-IR inhibitor linsitinib can prevent the emergence","ovariectomized mice [107].","as for IGF1R; the next-but-one sentence attributes mAb failure to InsR compensation"),
("ESR1","fulvestrant",D,"inhibits",C,"Combination of linsitinib and the ER antagonist fulvestrant","than the single agent [108].","apposition: the ER antagonist fulvestrant; ER -> ESR1"),
("INSR","anti-igf1r",K,"resistance",C,"InsR-A confers both intrinsic and acquired resistance to anti-IGF-IR therapies as well","[169].","also: mAb fails 'due to the compensation by InsR' [107]; 'InsR-expressed tumors are resistant to this therapy' [168]; InsR-A -> INSR"),
("IGF1R","abiraterone",D,"resistance",C,"IGF-IR phosphorylation is elevated in prostate cancer cells and residual resistant tumors","[114].",None),
("IGF1R","abiraterone",D,"induces",O,"IGF-IR phosphorylation is elevated in prostate cancer cells and residual resistant tumors","[114].","'elevated ... after treatment with abiraterone' also reads as the drug raising IGF-IR activity"),
("IGF1R","abiraterone",D,"sensitizes",C,"Accordingly, IGF-IR inhibition can enhance the efficacy of castration and abiraterone","[114, 115].","castration is not a drug (no row)"),
# ---------------- Molecularly targeted therapy
("IGF1R","egfr inhibitor",K,"resistance",C,"While EGFR family members can compensate IGF-IR inhibition","ErbB3-targeted therapies as well.","slash distributes: EGFR/ErbB2/ErbB3-targeted therapies; also 'adapt to EGFR inhibition by upregulation of ... IGF-IR' [119], 'resistance to co-inhibition of EGFR and MEK' [120], EGFR/ErbB2 inhibitors (Conclusion)"),
("IGF1R","erbb2 inhibitor",K,"resistance",C,"While EGFR family members can compensate IGF-IR inhibition","ErbB3-targeted therapies as well.","slash distributes"),
("IGF1R","erbb3 inhibitor",K,"resistance",C,"While EGFR family members can compensate IGF-IR inhibition","ErbB3-targeted therapies as well.","slash distributes"),
("IGF1R","trastuzumab",D,"resistance",C,"For example, IGF-IR and ErbB3 were significantly upregulated","[116].",None),
("ERBB3","trastuzumab",D,"resistance",C,"For example, IGF-IR and ErbB3 were significantly upregulated","[116].",None),
("ERBB2","trastuzumab",D,"inhibits",C,"For example, IGF-IR and ErbB3 were significantly upregulated","[116].","apposition: the anti-ErbB2 mAb trastuzumab"),
("EGFR","gefitinib",D,"inhibits",C,"Upon treating mucinous lung adenocarcinoma with the EGFR inhibitor gefitinib","by gefitinib [117].","apposition"),
("IGF1R","gefitinib",D,"resistance",C,"Upon treating mucinous lung adenocarcinoma with the EGFR inhibitor gefitinib","by gefitinib [117].","nuclear IGF-IR prevents gefitinib-induced apoptosis"),
("AREG","gefitinib",D,"resistance",C,"Upon treating mucinous lung adenocarcinoma with the EGFR inhibitor gefitinib","by gefitinib [117].","amphiregulin drives the nuclear IGF-IR that blocks gefitinib-induced apoptosis"),
("KPNB1","gefitinib",D,"resistance",O,"Upon treating mucinous lung adenocarcinoma with the EGFR inhibitor gefitinib","by gefitinib [117].","importin-β1 only a binding partner in the mechanism"),
("IGF2R","egfr inhibitor",K,"resistance",O,"In addition, cholangiocarcinoma cells can adapt to EGFR inhibition","[119].","'IGF2-IR/IGF-IR axis': IGF2-IR read literally as IGF-IIR (IGF2R); could be a typo for IGF2; drug slot is the process 'EGFR inhibition'"),
("IGF2","egfr inhibitor",K,"resistance",O,"In addition, cholangiocarcinoma cells can adapt to EGFR inhibition","[119].","alternative reading of 'IGF2-IR' as IGF2"),
("IGF1R","mek inhibitor",K,"resistance",C,"In addition, upregulation of IGFBP2 expression may promote","BRAF and MEK inhibitors [131].","IGF-IR/Akt activation confers resistance to BRAF and MEK inhibitors; also 'co-inhibition of EGFR and MEK' [120]"),
("IGF1R","vegf inhibitor",K,"resistance",C,"The IGF2/IGF-IR signaling confers resistance to anti-VEGF therapy","BI885578 [121].","anti-VEGF therapy -> vegf inhibitor"),
("IGF2","vegf inhibitor",K,"resistance",C,"The IGF2/IGF-IR signaling confers resistance to anti-VEGF therapy","BI885578 [121].","slash: IGF2/IGF-IR"),
("IGF1R","vegf inhibitor",K,"sensitizes",C,"The IGF2/IGF-IR signaling confers resistance to anti-VEGF therapy","BI885578 [121].","resistance circumvented by an InsR/IGF-IR inhibitor"),
("INSR","vegf inhibitor",K,"sensitizes",O,"The IGF2/IGF-IR signaling confers resistance to anti-VEGF therapy","BI885578 [121].","BI885578 also hits InsR, but the resistance is attributed to IGF2/IGF-IR only"),
("IGF1R","bi885578",D,"inhibits",C,"The IGF2/IGF-IR signaling confers resistance to anti-VEGF therapy","BI885578 [121].","apposition: dual InsR/IGF-IR inhibitor BI885578"),
("INSR","bi885578",D,"inhibits",C,"The IGF2/IGF-IR signaling confers resistance to anti-VEGF therapy","BI885578 [121].","apposition: dual InsR/IGF-IR inhibitor BI885578"),
("IGF1R","pi3k inhibitor",K,"induces",O,"On the other hand, PI3K inhibition may abrogate the suppression","[124, 125].","drug slot is the process 'PI3K inhibition'"),
("IGF1R","pi3k inhibitor",K,"sensitizes",C,"IGF-IR inhibitor sensitizes PIK3CA-mutant breast cancer to PI3K inhibitors","[123].",None),
("IGF1R","byl719",D,"resistance",C,"Moreover, IGF-IR phosphorylation is elevated in breast cancer cells resistant","[126].","BYL719 is not equated with an INN in the paper (alpelisib) -> code name"),
("PIK3CA","byl719",D,"inhibits",C,"Moreover, IGF-IR phosphorylation is elevated in breast cancer cells resistant","[126].","apposition: p110α isoform-selective inhibitor BYL719; p110α -> PIK3CA"),
("IGF1R","taselisib",D,"resistance",C,"Upregulation of IGF-IR is detected in ovarian cancer cell that acquire resistance","[125, 127].",None),
("IGF1R","idelalisib",D,"resistance",C,"Upregulation of IGF-IR is detected in ovarian cancer cell that acquire resistance","[125, 127].",None),
("PIK3CB","taselisib",D,"inhibits",C,"Upregulation of IGF-IR is detected in ovarian cancer cell that acquire resistance","[125, 127].","apposition as the paper states it (p110β isoform-selective inhibitor taselisib) -> PIK3CB, although taselisib is usually described as β-sparing"),
("PIK3CD","idelalisib",D,"inhibits",C,"Upregulation of IGF-IR is detected in ovarian cancer cell that acquire resistance","[125, 127].","apposition: PI3K-δ inhibitor idelalisib"),
("IGF1R","taselisib",D,"sensitizes",C,"Inhibition of IGF-IR overcomes resistance to taselisib and idelalisib","[125–127].",None),
("IGF1R","idelalisib",D,"sensitizes",C,"Inhibition of IGF-IR overcomes resistance to taselisib and idelalisib","[125–127].",None),
("IGF1R","mtor inhibitor",K,"resistance",C,"Besides, IGF-IR confers resistance to mTOR inhibitors","[128, 129].",None),
("IGF1R","mtor inhibitor",K,"sensitizes",O,"Concurrent inhibition of both IGF-IR and mTOR more effectively","suppresses tumorigenesis.","co-inhibition more effective; drug slot is the process 'inhibition of mTOR'"),
("IGF1R","mapk inhibitor",K,"resistance",C,"The resistance to MAPK, CDK, and ALK inhibitors also involves IGF-IR.","IGF-IR.","coordination: MAPK, CDK and ALK inhibitors (family-level classes)"),
("IGF1R","cdk inhibitor",K,"resistance",C,"The resistance to MAPK, CDK, and ALK inhibitors also involves IGF-IR.","IGF-IR.","coordination"),
("IGF1R","alk inhibitor",K,"resistance",C,"Increased expression or activation of IGF-IR is detected in some cancer cell lines resistant to ALK inhibitors","[133, 135].","also stated in 'The resistance to MAPK, CDK, and ALK inhibitors also involves IGF-IR.'"),
("IGF1R","sch772984",D,"resistance",C,"Upregulation of IGF-IR is detected in melanoma that acquires resistance","[130].",None),
("IGF1R","vemurafenib",D,"resistance",C,"Upregulation of IGF-IR is detected in melanoma that acquires resistance","[130].",None),
("IGF1R","trametinib",D,"resistance",C,"Upregulation of IGF-IR is detected in melanoma that acquires resistance","[130].",None),
("MAPK3","sch772984",D,"inhibits",C,"Upregulation of IGF-IR is detected in melanoma that acquires resistance","[130].","apposition: Erk1/2 inhibitor SCH772984; Erk1/2 -> MAPK3, MAPK1"),
("MAPK1","sch772984",D,"inhibits",C,"Upregulation of IGF-IR is detected in melanoma that acquires resistance","[130].","apposition: Erk1/2 inhibitor SCH772984; Erk1/2 -> MAPK3, MAPK1"),
("BRAF","vemurafenib",D,"inhibits",C,"Upregulation of IGF-IR is detected in melanoma that acquires resistance","[130].","apposition"),
("MAP2K1","trametinib",D,"inhibits",O,"Upregulation of IGF-IR is detected in melanoma that acquires resistance","[130].","apposition 'MEK inhibitor'; MEK is MAP2K1/MAP2K2 (family-level name)"),
("MAP2K2","trametinib",D,"inhibits",O,"Upregulation of IGF-IR is detected in melanoma that acquires resistance","[130].","apposition 'MEK inhibitor'; MEK is MAP2K1/MAP2K2 (family-level name)"),
("IGF1R","mek1/2 inhibitor",K,"resistance",O,"Stimulation of the MEK5/Erk5 axis by IGF-IR bypasses","[130].","drug slot is the process 'inhibition of ... MEK1/2'"),
("IGF1R","erk1/2 inhibitor",K,"resistance",O,"Stimulation of the MEK5/Erk5 axis by IGF-IR bypasses","[130].","drug slot is the process 'inhibition of ... Erk1/2'"),
("MAP2K5","braf inhibitor",K,"resistance",O,"Stimulation of the MEK5/Erk5 axis by IGF-IR bypasses","[130].","MEK5 -> MAP2K5; 'bypasses the inhibition of BRAF' (process)"),
("MAP2K5","mek1/2 inhibitor",K,"resistance",O,"Stimulation of the MEK5/Erk5 axis by IGF-IR bypasses","[130].","MEK5 -> MAP2K5"),
("MAP2K5","erk1/2 inhibitor",K,"resistance",O,"Stimulation of the MEK5/Erk5 axis by IGF-IR bypasses","[130].","MEK5 -> MAP2K5"),
("MAPK7","braf inhibitor",K,"resistance",O,"Stimulation of the MEK5/Erk5 axis by IGF-IR bypasses","[130].","Erk5 -> MAPK7"),
("MAPK7","mek1/2 inhibitor",K,"resistance",O,"Stimulation of the MEK5/Erk5 axis by IGF-IR bypasses","[130].","Erk5 -> MAPK7"),
("MAPK7","erk1/2 inhibitor",K,"resistance",O,"Stimulation of the MEK5/Erk5 axis by IGF-IR bypasses","[130].","Erk5 -> MAPK7"),
("IGFBP2","braf inhibitor",K,"resistance",C,"In addition, upregulation of IGFBP2 expression may promote","BRAF and MEK inhibitors [131].",None),
("IGFBP2","mek inhibitor",K,"resistance",C,"In addition, upregulation of IGFBP2 expression may promote","BRAF and MEK inhibitors [131].",None),
("IGF1R","braf inhibitor",K,"resistance",C,"In addition, upregulation of IGFBP2 expression may promote","BRAF and MEK inhibitors [131].","IGF-IR/Akt activation confers resistance"),
("IGF1R","raf inhibitor",K,"sensitizes",O,"Combination of IGF-IR and RAF/MEK/Erk inhibitors may improve","cancer therapy.","combination-efficacy reading; slash distributes"),
("IGF1R","mek inhibitor",K,"sensitizes",O,"Combination of IGF-IR and RAF/MEK/Erk inhibitors may improve","cancer therapy.","combination-efficacy reading; slash distributes"),
("IGF1R","erk inhibitor",K,"sensitizes",O,"Combination of IGF-IR and RAF/MEK/Erk inhibitors may improve","cancer therapy.","combination-efficacy reading; slash distributes"),
("IGF1R","cdk4/6 inhibitor",K,"resistance",C,"Moreover, IGF-IR activation is a mechanism underpinning the resistance to CDK4/6 inhibitor","[132].",None),
("IGF1R","cdk4/6 inhibitor",K,"sensitizes",O,"Combined treatment with CDK4/6 and IGF-IR inhibitors synergistically","[132].","synergy of the combination; combination-efficacy reading"),
("NPM1","alk inhibitor",K,"response",O,"Besides, selective anaplastic lymphoma kinase (ALK) inhibitors is a first-line therapy","[133, 134].","NPM-ALK-positive lymphoma is treated first-line with ALK inhibitors: fusion status as a marker of benefit"),
("EML4","alk inhibitor",K,"response",O,"Besides, selective anaplastic lymphoma kinase (ALK) inhibitors is a first-line therapy","[133, 134].","EML4-ALK-positive NSCLC treated first-line with ALK inhibitors"),
("IGF1R","alk inhibitor",K,"sensitizes",C,"Concurrent inhibition of both IGF-IR and ALK can combat ALK inhibitors resistance","[133, 135].",None),
("IGF1R","bet inhibitor",K,"resistance",C,"However, activation of IGF-IR/Akt pathway compromises the efficacy of BET inhibitors","Ewing sarcoma.",None),
("IGF1R","bet inhibitor",K,"sensitizes",O,"Combined treatment with BET and IGF-IR pathway inhibitors","[139].","combination-efficacy reading ('IGF-IR pathway inhibitors')"),
("IGF1R","ezh2 inhibitor",K,"resistance",C,"However, activation of IGF-IR may confer resistance to EZH2 inhibitors","[143].",None),
# ---------------- Clinical testing
("IGF1R","figitumumab",D,"inhibits",C,"A meta-analysis of 311 Ewing sarcoma patients","[154].","apposition: anti-IGF-IR mAb figitumumab, R1507, or ganitumab"),
("IGF1R","r1507",D,"inhibits",C,"A meta-analysis of 311 Ewing sarcoma patients","[154].","apposition; R1507 not equated with an INN in the paper -> code name"),
("SRC","dasatinib",D,"inhibits",C,"Actually, a phase 1/2 clinical trial of combining ganitumab with Src inhibitor dasatinib","(Table 1).","apposition; also in the Clinical testing section"),
("IGF1R","mk0646",D,"inhibits",C,"Moreover, a randomized clinical trial in patients with advanced pancreatic carcinoma","[151].","apposition: the anti-IGF-IR mAb MK-0646; the paper never equates MK-0646 with dalotuzumab -> code name"),
("IGF1R","dalotuzumab",D,"inhibits",O,"Moreover, a randomized clinical trial in patients with advanced pancreatic carcinoma","[151].","only if MK-0646 is mapped to its INN dalotuzumab (not stated in this paper)"),
("IGF1","xentuzumab",D,"inhibits",C,"Currently, the dual IGF1/2-neutralizing antibody xentuzumab","ErbB2⁻ breast cancer.","apposition: dual IGF1/2-neutralizing antibody; slash IGF1/2"),
("IGF2","xentuzumab",D,"inhibits",C,"Currently, the dual IGF1/2-neutralizing antibody xentuzumab","ErbB2⁻ breast cancer.","apposition: dual IGF1/2-neutralizing antibody; slash IGF1/2"),
("ESR1","everolimus",D,"response",O,"Combination of everolimus with exemestane is an effective treatment","ErbB2⁻ breast cancer.","ER+ status defines the population in which the combination is effective"),
("ESR1","exemestane",D,"response",O,"Combination of everolimus with exemestane is an effective treatment","ErbB2⁻ breast cancer.","ER+ status defines the population in which the combination is effective"),
("TOP1","topotecan",D,"inhibits",O,"The response to linsitinib is inferior to the topoisomerase inhibitor topotecan","[159].","apposition 'topoisomerase inhibitor': topoisomerase is a family; TOP1 meant"),
# ---------------- IGF-IR inhibitors resistance / InsR
("IGF1","anti-igf1r",K,"induces",O,"Therefore, IGF-IR inhibition may paradoxically lead to increased production of IGF1/2 and insulin.","insulin.","drug slot is the process 'IGF-IR inhibition'; restated in Conclusion"),
("IGF2","anti-igf1r",K,"induces",O,"Therefore, IGF-IR inhibition may paradoxically lead to increased production of IGF1/2 and insulin.","insulin.","drug slot is the process 'IGF-IR inhibition'; see also cixutumumab → IGF2 (named drug row)"),
("INS","anti-igf1r",K,"induces",O,"Therefore, IGF-IR inhibition may paradoxically lead to increased production of IGF1/2 and insulin.","insulin.","insulin -> INS; process 'IGF-IR inhibition'"),
("INSR","anti-igf1r",K,"induces",C,"Upon the prevention of IGF-IR ligand-binding and activation by anti-IGF-IR mAb","sustained IGF/insulin signaling.","anti-IGF-IR mAb leads to a compensatory increase in InsR phosphorylation/activation"),
("INSR","cixutumumab",D,"resistance",C,"Preclinical study demonstrates that overexpression of InsR-A in tumor cells","[167].","InsR-A (complete) and InsR-B (partial) -> INSR"),
("INSR","anti-igf1r",K,"sensitizes",C,"In a pancreatic neuroendocrine cancer model, InsR knockout tumors","[168].","InsR knockout tumors are suppressed by anti-IGF-IR therapy (loss of gene -> response); also 'Simultaneous inhibition of IGF-IR and InsR may provide superior antitumor efficacy'"),
("IGF1R","bms754807",D,"inhibits",C,"These studies lay a foundation for developing dual IGF-IR/InsR inhibitors","(OSI-906).","apposition: dual IGF-IR/InsR inhibitors such as BMS-754807"),
("INSR","bms754807",D,"inhibits",C,"These studies lay a foundation for developing dual IGF-IR/InsR inhibitors","(OSI-906).","slash: IGF-IR/InsR"),
# ---------------- Alternative integrin signaling
("IGF1R","cixutumumab",D,"inhibits",C,"When IGF1 binding to IGF-IR/InsR is blocked","[172].","apposition: the anti-IGF-IR mAb cixutumumab"),
("INSR","cixutumumab",D,"inhibits",O,"When IGF1 binding to IGF-IR/InsR is blocked","[172].","literal reading: IGF1 binding to IGF-IR/InsR is blocked by cixutumumab (an IGF-IR-specific mAb)"),
("IGF1","cixutumumab",D,"inhibits",O,"When IGF1 binding to IGF-IR/InsR is blocked","[172].","cixutumumab blocks IGF1 binding to its receptor"),
("ITGB3","cixutumumab",D,"resistance",C,"When IGF1 binding to IGF-IR/InsR is blocked","[172].","integrin αβ3 (as printed; αvβ3) -> ITGB3; activation confers cixutumumab resistance"),
("ITGAV","cixutumumab",D,"resistance",O,"When IGF1 binding to IGF-IR/InsR is blocked","[172].","α subunit of integrin 'αβ3' (printed without v)"),
("SRC","cixutumumab",D,"resistance",C,"When IGF1 binding to IGF-IR/InsR is blocked","[172].","downstream effectors Src, FAK (and PI3K, a family) confer cixutumumab resistance"),
("PTK2","cixutumumab",D,"resistance",C,"When IGF1 binding to IGF-IR/InsR is blocked","[172].","FAK -> PTK2"),
("IGF1","cixutumumab",D,"resistance",O,"When IGF1 binding to IGF-IR/InsR is blocked","[172].","increased IGF1 binding to integrin starts the resistance chain"),
("ITGB3","cixutumumab",D,"induces",O,"When IGF1 binding to IGF-IR/InsR is blocked","[172].","cixutumumab indirectly increases integrin αβ3 activation"),
("SRC","cixutumumab",D,"induces",O,"When IGF1 binding to IGF-IR/InsR is blocked","[172].","indirect activation downstream of integrin"),
("PTK2","cixutumumab",D,"induces",O,"When IGF1 binding to IGF-IR/InsR is blocked","[172].","indirect activation downstream of integrin"),
("ITGB3","cixutumumab",D,"sensitizes",C,"Inhibition of integrin $\\beta3$ or Src can improve the anti-cancer activity of cixutumumab","[172].",None),
("SRC","cixutumumab",D,"sensitizes",C,"Inhibition of integrin $\\beta3$ or Src can improve the anti-cancer activity of cixutumumab","[172].",None),
("YES1","anti-igf1r",K,"induces",O,"In addition, treatment of rhabdomyosarcoma cells with anti-IGF-IR mAb or IGF-IR/IR kinase inhibitor","[173].","'YES/Src family tyrosine kinase (SFK)': YES -> YES1, but the phrase may denote the SFK family"),
("SRC","anti-igf1r",K,"induces",O,"In addition, treatment of rhabdomyosarcoma cells with anti-IGF-IR mAb or IGF-IR/IR kinase inhibitor","[173].","'YES/Src family' may denote the family"),
# ---------------- Alternative RTK activation
("EGFR","anti-igf1r",K,"resistance",O,"While active IGF-IR can compensate EGFR inhibition","[174, 175].","'activation of the EGFR pathway' (pathway named after one gene)"),
("ERBB3","anti-igf1r",K,"induces",O,"Inhibition of IGF-IR may enhance ErbB3-IRS1 interaction","[176].","process 'Inhibition of IGF-IR'; enhanced interaction read as raised activity"),
("IRS1","anti-igf1r",K,"induces",O,"Inhibition of IGF-IR may enhance ErbB3-IRS1 interaction","[176].","process 'Inhibition of IGF-IR'; enhanced interaction read as raised activity"),
("ERBB2","anti-igf1r",K,"resistance",C,"Moreover, ErbB2 can form heterodimers with IGF-IR in IGF-IR inhibitor-resistant cancer cells","[177].","also 'Similar to ErbB2, the RON receptor tyrosine kinase ... confers resistance to IGF-IR inhibitor'"),
("IGF2","anti-igf1r",K,"resistance",O,"Moreover, ErbB2 can form heterodimers with IGF-IR in IGF-IR inhibitor-resistant cancer cells","[177].","IGF2 induces ErbB2 phosphorylation in the resistant cells; see also 'stroma-derived IGF may contribute to resistance to anti-IGF-IR agents'"),
("IGF1R","anti-igf1r",K,"resistance",O,"Moreover, ErbB2 can form heterodimers with IGF-IR in IGF-IR inhibitor-resistant cancer cells","[177].","IGF-IR/ErbB2 heterodimers in resistant cells; note that IGF-IR mutations are 'barely detected' in resistant cells (negated)"),
("MST1R","anti-igf1r",K,"resistance",C,"Similar to ErbB2, the RON receptor tyrosine kinase interacts with IGF-IR","[178].","RON -> MST1R"),
("PDGFRA","anti-igf1r",K,"resistance",C,"In addition, PDGFR α/β amplification","[179, 180].","PDGFR α/β -> PDGFRA, PDGFRB"),
("PDGFRB","anti-igf1r",K,"resistance",C,"In addition, PDGFR α/β amplification","[179, 180].","PDGFR α/β -> PDGFRA, PDGFRB"),
("STAT3","anti-igf1r",K,"resistance",C,"Therefore, the activation of PI3K/Akt, Ras, and STAT3 by other RTKs","IGF-IR inhibitors.","PI3K/Akt and Ras are families (no rows)"),
("IRS1","dalotuzumab",D,"resistance",C,"In fact, upregulation of IRS1, PI3K, STAT3, and p38 MAPK","[128].",None),
("IRS1","linsitinib",D,"resistance",C,"In fact, upregulation of IRS1, PI3K, STAT3, and p38 MAPK","[128].",None),
("STAT3","dalotuzumab",D,"resistance",C,"In fact, upregulation of IRS1, PI3K, STAT3, and p38 MAPK","[128].",None),
("STAT3","linsitinib",D,"resistance",C,"In fact, upregulation of IRS1, PI3K, STAT3, and p38 MAPK","[128].",None),
("MAPK14","dalotuzumab",D,"resistance",C,"In fact, upregulation of IRS1, PI3K, STAT3, and p38 MAPK","[128].","p38 MAPK -> MAPK14"),
("MAPK14","linsitinib",D,"resistance",C,"In fact, upregulation of IRS1, PI3K, STAT3, and p38 MAPK","[128].","p38 MAPK -> MAPK14"),
("IGF2","linsitinib",D,"response",C,"Tumor cells with mesenchymal phenotype are resistant to the dual IGF-IR/InsR inhibitor linsitinib","[182].","resistance is due to DECREASED IGF2 expression, so expression goes with sensitivity (mirror of resistance); not 'resistance'; core after pass-2 resolution"),
("INSR","linsitinib",D,"response",C,"Tumor cells with mesenchymal phenotype are resistant to the dual IGF-IR/InsR inhibitor linsitinib","[182].","resistance is due to decreased InsR expression/phosphorylation -> response"),
("IGF1R","linsitinib",D,"response",C,"Tumor cells with mesenchymal phenotype are resistant to the dual IGF-IR/InsR inhibitor linsitinib","[182].","resistance is due to decreased IGF-IR/InsR phosphorylation -> response"),
# ---------------- Tumor microenvironment
("IGF2","cixutumumab",D,"induces",C,"On the other hand, treatment of cancer cells with the anti-IGF-IR mAb cixutumumab","[190].",None),
("IGF2","cixutumumab",D,"resistance",C,"On the other hand, treatment of cancer cells with the anti-IGF-IR mAb cixutumumab","[190].","IGF2 hampers the efficacy of cixutumumab"),
# ---------------- Conclusion
("IGF1R","anti-igf1r",K,"response",C,"Another study indicates that exclusive nuclear localization of IGF-IR","[79].","nuclear localization of IGF-IR associated with better response to anti-IGF-IR antibody"),
("PTK2","ct707",D,"inhibits",C,"The multikinase (FAK/IGF-IR) inhibitor CT-707","[49].","slash: FAK/IGF-IR"),
("IGF1R","ct707",D,"inhibits",C,"The multikinase (FAK/IGF-IR) inhibitor CT-707","[49].","slash: FAK/IGF-IR"),
("IGF1R","ll28",D,"inhibits",C,"In addition, the 4-aminopyrazolo","[202].","apposition: dual IGF-IR/Src inhibitor LL28"),
("SRC","ll28",D,"inhibits",C,"In addition, the 4-aminopyrazolo","[202].","apposition: dual IGF-IR/Src inhibitor LL28"),
("ALK","ceritinib",D,"inhibits",C,"Recently, the FDA-approved ALK inhibitor ceritinib","[203].","apposition"),
("IGF1R","ceritinib",D,"inhibits",C,"Recently, the FDA-approved ALK inhibitor ceritinib","[203].","targeting IGF-IR/InsR"),
("INSR","ceritinib",D,"inhibits",C,"A recent study also demonstrates that ceritinib inhibits InsR phosphorylation","[204].","also 'targeting IGF-IR/InsR' [203]"),
("PTK2","ceritinib",D,"inhibits",C,"Recently, the FDA-approved ALK inhibitor ceritinib","[203].","FAK -> PTK2"),
("RPS6KA1","ceritinib",D,"inhibits",C,"Recently, the FDA-approved ALK inhibitor ceritinib","[203].","RSK1/2 -> RPS6KA1, RPS6KA3"),
("RPS6KA3","ceritinib",D,"inhibits",C,"Recently, the FDA-approved ALK inhibitor ceritinib","[203].","RSK1/2 -> RPS6KA1, RPS6KA3"),
# ---------------- added in pass 2
("IGF1R","egfr inhibitor",K,"sensitizes",O,"Concomitant inhibition of both EGFR and InsR/IGF-IR is required","[118].","co-inhibition required for apoptosis; process mentions only"),
("INSR","egfr inhibitor",K,"sensitizes",O,"Concomitant inhibition of both EGFR and InsR/IGF-IR is required","[118].","co-inhibition required for apoptosis; process mentions only"),
("EGFR","anti-igf1r",K,"sensitizes",O,"Concomitant inhibition of both EGFR and InsR/IGF-IR is required","[118].","co-inhibition required for apoptosis; process mentions only"),
("ALK","alk inhibitor",K,"response",O,"Besides, selective anaplastic lymphoma kinase (ALK) inhibitors is a first-line therapy","[133, 134].","ALK-fusion-positive tumours are treated first-line with ALK inhibitors (class with its own target: only non-inhibits effects are allowed)"),
# ---------------- added in the second, independent curation pass (see gold/pass2/agreement.md)
("IGF1R","atm-related kinase inhibitor",K,"sensitizes",O,"Indeed, IGF-IR inhibition sensitizes cancer cells to ATM-related kinase inhibition","[96–99].","class spelled as written ('ATM-related kinase inhibition'); alternative to 'atr inhibitor'; process noun, so optional"),
("IGF1R","estrogen inhibitor",K,"sensitizes",O,"In addition, the dual InsR/IGF-IR inhibitor linsitinib can prevent the emergence","ovariectomized mice [107].","'antiestrogen treatment' normalized as written (cf. anti-VEGF -> vegf inhibitor); alternative to 'er inhibitor'"),
("INSR","estrogen inhibitor",K,"sensitizes",O,"In addition, the dual InsR/IGF-IR inhibitor linsitinib can prevent the emergence","ovariectomized mice [107].","as for IGF1R; alternative to 'er inhibitor'"),
("IGF1R","fulvestrant",D,"sensitizes",O,"Combination of linsitinib and the ER antagonist fulvestrant","than the single agent [108].","combination more effective than the single agent; combination-efficacy reading"),
("INSR","fulvestrant",D,"sensitizes",O,"Combination of linsitinib and the ER antagonist fulvestrant","than the single agent [108].","linsitinib is a dual InsR/IGF-IR inhibitor; combination-efficacy reading"),
("INSR","egfr inhibitor",K,"resistance",O,"In addition, cholangiocarcinoma cells can adapt to EGFR inhibition","[119].","'IGF2-IR' read as IGF2/IR (IR = insulin receptor, as in 'IGF-IR/IR kinase inhibitor'); third reading beside IGF2R and IGF2"),
("GSK3B","pi3k inhibitor",K,"induces",O,"On the other hand, PI3K inhibition may abrogate the suppression","[124, 125].","abrogating Akt's suppression of GSK3β raises its activity; process noun, indirect"),
("SRC","anti-igf1r",K,"sensitizes",O,"Combined treatment with anti-IGF-IR agents and SFK inhibitors","[173].","SFK defined in the previous sentence as 'YES/Src family tyrosine kinase'; combination-efficacy reading"),
("YES1","anti-igf1r",K,"sensitizes",O,"Combined treatment with anti-IGF-IR agents and SFK inhibitors","[173].","as for SRC"),
]

TABLE_ROWS = [
("CDK4","palbociclib",D,"inhibits",C,140,"Table 1","table row: 'Palbociclib (CDK4/6 inhibitor)'; CDK4/6 -> CDK4, CDK6"),
("CDK6","palbociclib",D,"inhibits",C,140,"Table 1","table row: 'Palbociclib (CDK4/6 inhibitor)'; CDK4/6 -> CDK4, CDK6"),
("IGF1R","axl1717",D,"inhibits",O,174,"Table 2","AXL1717 is linked to IGF-IR only by the Table 2 title ('small-molecule IGF-IR inhibitors'), not by the row or body text"),
]

def span(a, b):
    n = text.count(a)
    assert n == 1, ("start anchor count", n, a)
    s = text.index(a)
    e = text.index(b, s)
    e += len(b)
    sent = text[s:e]
    assert len(sent) < 1200, ("too long", a)
    return s, sent

out = []
seen = set()
for g, d, k, eff, tier, a, b, note in ROWS:
    key = (g, d, eff)
    assert key not in seen, ("duplicate", key); seen.add(key)
    assert eff in {"inhibits","resistance","sensitizes","response","induces","reduces"}
    s, sent = span(a, b)
    sec, ln = section_at(secs, s)
    out.append(dict(doc=DOC, gene=g, drug=d, drugKind=k, effect=eff, tier=tier, section=sec,
                    sentence=sent, note=note))
for g, d, k, eff, tier, ln, sec, note in TABLE_ROWS:
    key = (g, d, eff); assert key not in seen, key; seen.add(key)
    out.append(dict(doc=DOC, gene=g, drug=d, drugKind=k, effect=eff, tier=tier, section=sec,
                    sentence=raw[ln-1].strip(), note=note))
out.sort(key=lambda r: (r["gene"], r["drug"], r["effect"]))
with open("/work/main/gold/triples.jsonl", "w", encoding="utf-8") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
c = collections.Counter
print("rows", len(out))
print("tier", c(r["tier"] for r in out))
print("kind", c(r["drugKind"] for r in out))
print("kind x tier", c((r["drugKind"], r["tier"]) for r in out))
print("effect", c(r["effect"] for r in out))
print("effect core", c(r["effect"] for r in out if r["tier"]=="core"))
