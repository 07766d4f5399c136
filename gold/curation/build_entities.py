"""Build gold/entities.jsonl: distinct genes (HGNC) and named drugs (normalized) mentioned in the
body text (abstract + sections) and Tables 1-2.  Every surface is checked to occur there."""
import json, re
from body import load
raw, text, secs = load()
TABLES = "\n".join(raw[i-1] for i in [135] + list(range(137,156)) + [165] + list(range(167,175)))
CAPTIONS = "\n".join(raw[i-1] for i in (38, 71, 135, 165, 197))
SEARCH = text + "\n" + TABLES
DOC = "hua2020-igf1r-review"
C, O = "core", "optional"
GENES = [
("IGF1R", ["IGF-IR","IGF-1R","type I IGF receptor","type I insulin-like growth factor receptor","IGF-IR α","IGF-IR β","pro-IGF-IR","IGF-IR"], C),
("INSR", ["InsR","insulin receptor","InsR-A","InsR-B","IR"], C),
("IGF1", ["IGF1"], C), ("IGF2", ["IGF2"], C),
("IGF2R", ["IGF-IIR","type II IGF receptor"], C),
("INS", ["insulin"], C),
("GH1", ["growth hormone"], C),
("IGFBP2", ["IGFBP2"], C), ("IGFBP3", ["IGFBP3"], C), ("IGFBP4", ["IGFBP4/5"], C), ("IGFBP5", ["IGFBP4/5"], C), ("IGFBP7", ["IGFBP7"], C),
("EGF", ["epidermal growth factor (EGF)"], C), ("HGF", ["hepatocyte growth factor (HGF)"], C),
("VEGFA", ["vascular endothelial growth factor (VEGF)","VEGF"], O),
("BCR", ["BCR/ABL","Bcr-Abl"], C), ("ABL1", ["BCR/ABL","Bcr-Abl"], C),
("NPM1", ["NPM-ALK","nucleophosmin (NPM)"], C), ("ALK", ["ALK","anaplastic lymphoma kinase"], C),
("EML4", ["echinoderm microtubule-associated protein like 4 (EML4)"], C),
("SRC", ["Src"], C), ("PTK2", ["focal adhesion kinase (FAK)","FAK"], C),
("YES1", ["YES"], O),
("FURIN", ["furin"], C), ("PCSK5", ["pro-protein convertase 5"], C),
("MTOR", ["mTOR"], C),
("SHC1", ["Shc","SHC"], O),
("IRS1", ["IRS1","IRS1/2"], C), ("IRS2", ["IRS1/2","IRS2"], C),
("STAT3", ["STAT3"], C),
("ERBB2", ["ErbB2","ErbB2-positive","anti-ErbB2"], C), ("ERBB3", ["ErbB3","HER3"], C), ("ERBB4", ["ErbB2/3/4"], C), ("EGFR", ["EGFR"], C),
("PDPK1", ["PDK1"], O),
("AKT1", ["Akt","AKT"], O),
("TSC1", ["TSC1/2"], C), ("TSC2", ["TSC1/2"], C),
("BCL2", ["Bcl2"], C), ("CDKN1B", ["p27"], C), ("BAD", ["Bad"], C),
("GRB2", ["Grb2"], C), ("YAP1", ["Yes-associated protein (YAP)","YAP"], C),
("TP53", ["p53"], C), ("CDKN1A", ["p21"], C), ("RACK1", ["RACK1"], C),
("CEBPB", ["CCAAT enhancer binding protein- β"], C),
("MST1R", ["RON"], C), ("MET", ["MET"], C),
("PRKCD", ["PKC δ"], C), ("VHL", ["VHL"], C),
("PPARGC1B", ["peroxisome proliferator-activated receptor γ coactivator 1 β (PGC-1 β)"], C),
("PPRC1", ["PGC-1 α -related coactivator"], O),
("NFE2L2", ["NFE2L2/NRF2"], C), ("BNIP3", ["BNIP3"], C), ("SLC7A11", ["SLC7A11"], C),
("CDH1", ["E-cadherin"], C), ("CDH2", ["N-cadherin"], C), ("VIM", ["vimentin"], C),
("ZEB1", ["zeb1/2"], C), ("ZEB2", ["zeb1/2"], C), ("SNAI1", ["snail"], C), ("SNAI2", ["slug"], C), ("TWIST1", ["twist"], O),
("ID1", ["inhibitor of DNA-binding 1"], C), ("NANOG", ["Nanog"], C), ("POU5F1", ["POU5F1"], C),
("TP73", ["p73","DNp73"], C), ("LIMA1", ["EPLIN"], C), ("MIR885", ["miR-885-5p"], O),
("EFEMP1", ["fibulin 3 (FBLN3)"], C), ("GSK3B", ["GSK3 β"], C),
("UBE2I", ["Ubc9"], C), ("DCTN1", ["p150(Glued)"], C), ("KPNB1", ["importin- β","importin- β 1"], C), ("RANBP2", ["RanBP2"], C),
("AREG", ["amphiregulin"], C), ("JUN", ["JUN"], C), ("WASHC2A", ["FAM21"], O),
("CTNNB1", ["β -catenin"], C), ("CCND1", ["cyclin D1"], C), ("AXIN2", ["axin 2"], C),
("PCNA", ["proliferating cell nuclear antigen"], C),
("PRKDC", ["DNA-dependent protein kinase (DNA-PK)","DNA-PK"], C),
("ATR", ["ATM-related kinase"], O),
("BIRC5", ["survivin"], C),
("ESR1", ["estrogen receptor α","ER α","ER"], C), ("AR", ["androgen receptor"], C),
("KDM5A", ["retinoblastoma-binding protein 2"], C), ("NRIP1", ["NRIP1"], C), ("HDAC1", ["HDAC1"], C),
("STAR", ["steroid acute regulatory protein"], C), ("CYP17A1", ["cytochrome p450 family member 17A1"], C),
("AKR1C3", ["aldo-keto reductase family member 1C3"], C), ("HSD17B3", ["hydroxysteroid dehydrogenase 17B3"], C),
("KRAS", ["KRAS"], C),
("PIK3CA", ["PIK3CA","p110 α"], C), ("PIK3CB", ["p110 β"], C), ("PIK3CD", ["PI3K- δ"], C),
("BRAF", ["BRAF"], C),
("MAP2K1", ["MEK1/2"], C), ("MAP2K2", ["MEK1/2"], C), ("MAPK3", ["Erk1/2"], C), ("MAPK1", ["Erk1/2"], C),
("MAP2K5", ["MEK5"], C), ("MAPK7", ["Erk5"], C),
("CDK4", ["CDK4/6"], C), ("CDK6", ["CDK4/6"], C),
("MYC", ["Myc"], C), ("EWSR1", ["EWS-FLI1"], C), ("FLI1", ["EWS-FLI1"], C), ("EZH2", ["EZH2"], C),
("TOP1", ["topoisomerase"], O),
("ITGB3", ["integrin $\\beta3$","$\\alpha\\beta3$"], C), ("ITGAV", ["$\\alpha\\beta3$"], O),
("AXL", ["Axl"], C), ("PDGFRA", ["PDGFR α/β","PDGF receptor (PDGFR)"], C), ("PDGFRB", ["PDGFR α/β"], C),
("MAPK14", ["p38 MAPK"], C),
("KLK3", ["PSA"], O), ("BRCA1", ["BRCA1"], C), ("PTEN", ["PTEN"], C), ("CD24", ["CD24"], C), ("FUS", ["FUS-DDIT3"], C), ("DDIT3", ["FUS-DDIT3"], C), ("ERG", ["ERG"], C),
("RPS6KA1", ["RSK1/2"], C), ("RPS6KA3", ["RSK1/2"], C), ("BCOR", ["BCOR"], C), ("SLC5A1", ["SGLT1"], C),
]
DRUGS = [
("ganitumab", ["ganitumab","Ganitumab"], C), ("figitumumab", ["figitumumab","Figitumumab"], C), ("r1507", ["R1507"], C),
("cixutumumab", ["cixutumumab","Cixutumumab"], C), ("mk0646", ["MK-0646","MK"], C), ("dalotuzumab", ["dalotuzumab"], C),
("xentuzumab", ["xentuzumab","Xentuzumab"], C), ("linsitinib", ["linsitinib","Linsitinib","OSI-906"], C),
("bms754807", ["BMS-754807"], C), ("bi885578", ["BI885578"], C), ("axl1717", ["AXL1717"], C), ("ct707", ["CT-707"], C), ("ll28", ["LL28"], C),
("ceritinib", ["ceritinib"], C), ("cisplatin", ["cisplatin"], C), ("oxaliplatin", ["oxaliplatin"], C), ("doxorubicin", ["doxorubicin","Doxorubicin"], C),
("paclitaxel", ["paclitaxel"], C), ("fluorouracil", ["5-fluorouracil","5FU"], C), ("temozolomide", ["temozolomide"], C),
("gemcitabine", ["gemcitabine","Gemcitabine"], C), ("bortezomib", ["bortezomib"], C), ("tamoxifen", ["tamoxifen"], C), ("fulvestrant", ["fulvestrant"], C),
("abiraterone", ["abiraterone"], C), ("trastuzumab", ["trastuzumab"], C), ("gefitinib", ["gefitinib"], C), ("sorafenib", ["sorafenib"], C),
("byl719", ["BYL719"], C), ("taselisib", ["taselisib"], C), ("idelalisib", ["idelalisib"], C), ("sch772984", ["SCH772984"], C),
("vemurafenib", ["vemurafenib"], C), ("trametinib", ["trametinib"], C), ("dasatinib", ["dasatinib","Dasatinib"], C), ("metformin", ["metformin","Metformin"], C),
("everolimus", ["everolimus","Everolimus"], C), ("exemestane", ["exemestane"], C), ("topotecan", ["topotecan"], C), ("erlotinib", ["erlotinib","Erlotinib"], C),
("etoposide", ["etoposide"], C), ("palbociclib", ["Palbociclib"], C), ("panitumumab", ["panitumumab","Panitumumab"], C), ("temsirolimus", ["Temsirolimus"], C),
]
def occurs(s):
    if len(s) <= 3:   # short surfaces: whole-word match
        return re.search(r"(?<![A-Za-z0-9])" + re.escape(s) + r"(?![A-Za-z0-9])", SEARCH) is not None
    return s in SEARCH
out = []
for kind, lst in (("gene", GENES), ("drug", DRUGS)):
    ids = [x[0] for x in lst]; assert len(ids) == len(set(ids)), kind
    for i, surf, tier in lst:
        bad = [s for s in surf if not occurs(s)]
        assert not bad, (i, bad)
        out.append(dict(doc=DOC, kind=kind, id=i, surfaces=sorted(set(surf)), tier=tier))
out.sort(key=lambda r: (r["kind"], r["id"]))
with open("/work/main/gold/entities.jsonl", "w", encoding="utf-8") as f:
    for r in out: f.write(json.dumps(r, ensure_ascii=False) + "\n")
import collections
print(collections.Counter((r["kind"], r["tier"]) for r in out))
