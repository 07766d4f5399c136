"""Writes ../invented-t/trials.jsonl: the hand-made rows of the set of invented abstracts in ../invented-t/texts
(see ../README.md). Written blind by a helper session that had seen only the gold conventions (ANNOTATION.md
section 2, the README section "How each abstract was read", build_trials.py and build_invented_n.py), never litmine's
code, reports or output, nor the texts of the other sets. Eight cancer trials in styles not commonly seen before,
mixing: an NEJM-style AML trial in older patients (venetoclax "(ABT-199)" with decitabine) with a complete remission
(CR) rate and a composite "CR/CRi" rate given as "n/N (x%)", a 12-month OS rate and EFS with its hazard ratio; an
unstructured pediatric single-arm phase 2 in classic Hodgkin lymphoma with a complete metabolic response (CMR) rate,
a brand name (Adcetris), a median duration of response "not reached" and 2-year event-free and overall survival
(recorded as `EFS rate` and `OS rate`); a myeloma trial (E-KRd v KRd) with MRD negativity and an odds ratio of it,
"very good partial response or better" (recorded as `≥VGPR`), CR rates, medians not reached in either arm and a 3-year
PFS rate (`PFR`); a Lancet-style chemoradiotherapy trial in head and neck cancer with a 3-year locoregional control
rate (recorded as `LRC rate`), "3-year OS was 72.1% vs 64.3%" with the arms named in brackets, and hazard ratios
whose direction is stated once in the methods; a JCO-style non-inferiority trial of two cisplatin schedules (both
arms' drug is cisplatin) whose HR for death carries a two-sided 90% CI and its upper bound against a margin, beside
95% CIs for the other figures; a Chinese-journal-style neoadjuvant breast trial with pCR rates "respectively", an
odds ratio of pCR and a difference in percentage points; a congress-style three-arm "pick-the-winner" phase II in
biliary tract cancer with 90% CIs throughout ("All CIs are two-sided 90%"; bare intervals after a labelled one); and
a maintenance trial in colorectal cancer with time to treatment failure (`TTF`), figures given control-first, and
HR direction stated once in the methods. Not recorded: differences in percentage points, subgroup figures
(mutation, cytogenetic risk, hormone receptor status, histology, primary refractory disease), toxicity, quality of
life, follow-up, ranges and IQRs, baseline characteristics, non-inferiority margins and lone p values. Conventions as
before (README: `drug` the agent only this arm gets, else its first agent; radiotherapy in the combination). Not
real papers: real drug names, made-up figures. Same row format as build_trials.py.
Run: python3 build_invented_t.py
"""
import os

from build_trials import M, R, write

KRD = ["carfilzomib", "lenalidomide", "dexamethasone"]

INVENTED_T = [
    ("ivt01", "3", "acute myeloid leukemia",
     [("venetoclax-decitabine", "venetoclax", ["decitabine"], 212),
      ("placebo-decitabine", "placebo", ["decitabine"], 106)], [
        R("OS", 15.2, M, 12.6, 18.0, 95, "venetoclax-decitabine"),
        R("OS", 8.9, M, 7.1, 11.3, 95, "placebo-decitabine"),
        R("HR", 0.61, None, 0.47, 0.79, 95, "venetoclax-decitabine", versus="placebo-decitabine", endpoint="OS"),
        R("OS rate", 58.4, "%", arm="venetoclax-decitabine", timepoint="12 months"),
        R("OS rate", 38.1, "%", arm="placebo-decitabine", timepoint="12 months"),
        R("CR", 34.9, "%", arm="venetoclax-decitabine"), R("CR", 13.2, "%", arm="placebo-decitabine"),
        R("CR/CRi", 63.7, "%", arm="venetoclax-decitabine"), R("CR/CRi", 25.5, "%", arm="placebo-decitabine"),
        R("EFS", 9.8, M, arm="venetoclax-decitabine"), R("EFS", 4.6, M, arm="placebo-decitabine"),
        R("HR", 0.55, None, 0.42, 0.71, 95, "venetoclax-decitabine", versus="placebo-decitabine", endpoint="EFS")]),
    ("ivt02", "2", "classic Hodgkin lymphoma",
     [(None, "brentuximab vedotin", ["bendamustine"], 46)], [
        R("CMR", 75.0, "%", 59.7, 86.8, 95), R("PR", 15.9, "%"), R("ORR", 90.9, "%", 78.3, 97.5, 95),
        R("DOR", None, M, not_reached=True),
        R("EFS rate", 79.4, "%", 64.8, 88.5, 95, timepoint="24 months"),
        R("OS rate", 95.5, "%", 83.3, 98.9, 95, timepoint="24 months")]),
    ("ivt03", "3", "multiple myeloma",
     [("E-KRd", "elotuzumab", KRD, 194), ("KRd", "carfilzomib", KRD[1:], 192)], [
        R("MRD negativity", 62.4, "%", arm="E-KRd"), R("MRD negativity", 49.0, "%", arm="KRd"),
        R("OR", 1.73, None, 1.15, 2.59, 95, "E-KRd", versus="KRd", endpoint="MRD negativity"),
        R("≥VGPR", 89.7, "%", arm="E-KRd"), R("≥VGPR", 84.4, "%", arm="KRd"),
        R("CR", 55.2, "%", arm="E-KRd"), R("CR", 43.8, "%", arm="KRd"),
        R("PFS", None, M, arm="E-KRd", not_reached=True), R("PFS", None, M, arm="KRd", not_reached=True),
        R("PFR", 81.0, "%", arm="E-KRd", timepoint="36 months"), R("PFR", 72.6, "%", arm="KRd", timepoint="36 months"),
        R("HR", 0.68, None, 0.46, 1.01, 95, "E-KRd", versus="KRd", endpoint="PFS")]),
    ("ivt04", "3", "locally advanced head and neck squamous cell carcinoma",
     [("CRT", "cisplatin", ["radiotherapy"], 268),
      ("nimotuzumab-CRT", "nimotuzumab", ["cisplatin", "radiotherapy"], 268)], [
        R("LRC rate", 59.0, "%", 52.6, 64.8, 95, "CRT", timepoint="36 months"),
        R("LRC rate", 68.4, "%", 62.3, 73.8, 95, "nimotuzumab-CRT", timepoint="36 months"),
        R("CR", 78.0, "%", arm="CRT"), R("CR", 84.3, "%", arm="nimotuzumab-CRT"),
        R("PFR", 53.0, "%", arm="CRT", timepoint="36 months"),
        R("PFR", 61.5, "%", arm="nimotuzumab-CRT", timepoint="36 months"),
        R("HR", 0.76, None, 0.60, 0.96, 95, "nimotuzumab-CRT", versus="CRT", endpoint="PFS"),
        R("OS rate", 72.1, "%", arm="nimotuzumab-CRT", timepoint="36 months"),
        R("OS rate", 64.3, "%", arm="CRT", timepoint="36 months"),
        R("HR", 0.74, None, 0.56, 0.98, 95, "nimotuzumab-CRT", versus="CRT", endpoint="OS")]),
    ("ivt05", "3", "locally advanced cervical cancer",
     [("weekly", "cisplatin", ["radiotherapy"], 207), ("three-weekly", "cisplatin", ["radiotherapy"], 205)], [
        R("HR", 0.91, None, 0.70, 1.18, 90, "three-weekly", versus="weekly", endpoint="OS"),
        R("OS rate", 74.6, "%", arm="weekly", timepoint="36 months"),
        R("OS rate", 76.8, "%", arm="three-weekly", timepoint="36 months"),
        R("OS", None, M, arm="weekly", not_reached=True), R("OS", None, M, arm="three-weekly", not_reached=True),
        R("PFR", 66.2, "%", 59.3, 72.2, 95, "weekly", timepoint="36 months"),
        R("PFR", 68.9, "%", 62.1, 74.8, 95, "three-weekly", timepoint="36 months"),
        R("HR", 0.93, None, 0.70, 1.23, 95, "three-weekly", versus="weekly", endpoint="PFS"),
        R("CR", 86.3, "%", arm="weekly"), R("CR", 88.4, "%", arm="three-weekly")]),
    ("ivt06", "3", "HER2-positive early or locally advanced breast cancer",
     [("pyrotinib group", "pyrotinib", ["trastuzumab", "docetaxel"], 178),
      ("placebo group", "placebo", ["trastuzumab", "docetaxel"], 177)], [
        R("pCR", 43.8, "%", arm="pyrotinib group"), R("pCR", 21.5, "%", arm="placebo group"),
        R("OR", 2.85, None, 1.79, 4.54, 95, "pyrotinib group", versus="placebo group", endpoint="pCR"),
        R("ORR", 91.6, "%", arm="pyrotinib group"), R("ORR", 81.4, "%", arm="placebo group"),
        R("CR", 31.5, "%", arm="pyrotinib group"), R("CR", 19.2, "%", arm="placebo group")]),
    ("ivt07", "2", "advanced biliary tract cancer",
     [("GC", "gemcitabine", ["cisplatin"], 40), ("GCN", "nab-paclitaxel", ["gemcitabine", "cisplatin"], 41),
      ("GEMOX", "oxaliplatin", ["gemcitabine"], 39)], [
        R("PFR", 61.5, "%", 48.0, 72.6, 90, "GC", timepoint="6 months"),
        R("PFR", 73.2, "%", 60.4, 82.4, 90, "GCN", timepoint="6 months"),
        R("PFR", 53.8, "%", 40.3, 65.6, 90, "GEMOX", timepoint="6 months"),
        R("PFS", 6.9, M, 5.8, 8.1, 90, "GC"), R("PFS", 8.7, M, 7.4, 10.2, 90, "GCN"),
        R("PFS", 6.2, M, 5.1, 7.3, 90, "GEMOX"),
        R("ORR", 25.0, "%", arm="GC"), R("ORR", 41.5, "%", arm="GCN"), R("ORR", 17.9, "%", arm="GEMOX"),
        R("OS", 12.8, M, arm="GC"), R("OS", 14.6, M, arm="GCN"), R("OS", 11.9, M, arm="GEMOX")]),
    ("ivt08", "3", "metastatic colorectal cancer",
     [("Cap-Bev", "capecitabine", ["bevacizumab"], 198), ("Bev", "bevacizumab", [], 196)], [
        R("TTF", 7.4, M, 6.3, 8.6, 95, "Cap-Bev"), R("TTF", 4.6, M, 3.9, 5.4, 95, "Bev"),
        R("HR", 0.63, None, 0.51, 0.78, 95, "Cap-Bev", versus="Bev", endpoint="TTF"),
        R("PFS", 5.0, M, arm="Bev"), R("PFS", 8.1, M, arm="Cap-Bev"),
        R("HR", 0.60, None, 0.48, 0.74, 95, "Cap-Bev", versus="Bev", endpoint="PFS"),
        R("OS", 21.7, M, arm="Bev"), R("OS", 23.9, M, arm="Cap-Bev"),
        R("HR", 0.89, None, 0.71, 1.12, 95, "Cap-Bev", versus="Bev", endpoint="OS"),
        R("OS rate", 44.5, "%", arm="Bev", timepoint="24 months"),
        R("OS rate", 48.0, "%", arm="Cap-Bev", timepoint="24 months")]),
]


def main():
    write(INVENTED_T, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "invented-t", "trials.jsonl"))


if __name__ == "__main__":
    main()
