"""Writes ../invented-q/trials.jsonl: the hand-made rows of the set invented-q, eight invented abstracts of randomized
trials of targeted and immune therapies in ../invented-q/texts (see ../README.md). Not real papers: real drug names,
made-up figures (changed clearly from any real trial's results). Written blind, by a helper who had not seen the
tool's rules, code or outputs, only the gold conventions (README "How each abstract was read", ANNOTATION.md section 2)
and the row format of build_trials.py / build_invented_n.py.

Styles mixed on purpose: an NEJM lung trial randomized 2:1 "tiragolumab plus atezolizumab or placebo plus
atezolizumab" with co-primary end points, an interim and a final analysis (only the final PFS is recorded), a
24-month OS rate and response counts "163 of 408 patients (40.0%)"; a Lancet Oncology breast trial with middle-dot
decimals, "(group A)"/"(group B)" arms, control figures first, a bare CI after a labelled one, an odds ratio and a
clinical benefit rate; a three-arm NEJM kidney trial (1:1:1) with two hazard ratios each "as compared with
sunitinib", an OS median not reached and an upper bound "not estimable"; a congress-style adjuvant melanoma
abstract ("Pts", "E+B; n=211", "PBO", "NR", "NE") with RFS rates at 12, 24 and 36 months (recorded as "RFS rate",
by analogy with "DFS rate"); a JCO liver trial of camrelizumab plus apatinib (INN rivoceranib) with a DCR; a
congress prostate abstract of regimen acronyms niraparib-AAP and PBO-AAP (abiraterone acetate recorded as
abiraterone) with rPFS and response counts among patients with measurable disease; a JAMA Oncology ovarian trial
against investigator's choice of chemotherapy (`chemotherapy`), with arms named "Mirvetuximab-treated patients" and
"those receiving chemotherapy"; and an Annals of Oncology gastric trial with only the total randomized (participants
null), "zolbetuximab arm"/"control arm", a 99% CI, a 24-month PFS rate (PFR) and a table-like run-on sentence
"ORR: ...; DCR: ...; median DOR: ...". Not recorded: safety, follow-up, subgroups (PD-L1, biomarker, BRCA, region,
HBV), lone p values, PROs, sample-size statements, IQRs, event counts.
Where an arm has more than one agent of its own, `drug` is the first as written; "phase III" is recorded as "3". Same
row format as build_trials.py.
Run: python3 build_invented_q.py
"""
import os

from build_trials import M, R, write

FOX = ["oxaliplatin", "leucovorin", "fluorouracil"]
AP = ["abiraterone", "prednisone"]

TIR, PBO1 = "tiragolumab group", "placebo group"
LP, LE, SUN = "lenvatinib plus pembrolizumab", "lenvatinib plus everolimus", "sunitinib"
CA, SOR = "camrelizumab-apatinib", "sorafenib"
NIR, PAAP = "niraparib-AAP", "PBO-AAP"
MIRV, CHEMO = "mirvetuximab", "chemotherapy"
ZOL, CTRL = "zolbetuximab arm", "control arm"

INVENTED_Q = [
    ("ivq01", "3", "non–small-cell lung cancer",
     [(TIR, "tiragolumab", ["atezolizumab"], 408), (PBO1, "placebo", ["atezolizumab"], 204)], [
        R("PFS", 7.9, M, arm=TIR), R("PFS", 6.1, M, arm=PBO1),
        R("HR", 0.84, None, 0.69, 1.02, 95, TIR, versus=PBO1, endpoint="PFS"),
        R("OS", 24.6, M, 20.3, 28.8, 95, TIR), R("OS", 21.2, M, 17.0, 25.9, 95, PBO1),
        R("HR", 0.93, None, 0.74, 1.17, 95, TIR, versus=PBO1, endpoint="OS"),
        R("OS rate", 50.7, "%", arm=TIR, timepoint="24 months"),
        R("OS rate", 45.9, "%", arm=PBO1, timepoint="24 months"),
        R("ORR", 40.0, "%", arm=TIR), R("ORR", 33.3, "%", arm=PBO1)]),
    ("ivq02", "3", "hormone receptor-positive, HER2-negative advanced breast cancer",
     [("group A", "capivasertib", ["fulvestrant"], 307), ("group B", "placebo", ["fulvestrant"], 305)], [
        R("PFS", 3.1, M, 2.5, 3.7, 95, "group B"), R("PFS", 6.4, M, 5.2, 7.3, 95, "group A"),
        R("HR", 0.66, None, 0.55, 0.80, 95, "group A", versus="group B", endpoint="PFS"),
        R("ORR", 19.5, "%", arm="group A"), R("ORR", 9.3, "%", arm="group B"),
        R("OR", 2.36, None, 1.44, 3.87, 95, "group A", versus="group B", endpoint="ORR"),
        R("CBR", 41.8, "%", arm="group A"), R("CBR", 27.5, "%", arm="group B")]),
    ("ivq03", "3", "advanced clear-cell renal-cell carcinoma",
     [(LP, "pembrolizumab", ["lenvatinib"], 348), (LE, "everolimus", ["lenvatinib"], 351),
      (SUN, "sunitinib", [], 350)], [
        R("PFS", 19.8, M, arm=LP), R("PFS", 12.6, M, arm=LE), R("PFS", 8.1, M, arm=SUN),
        R("HR", 0.47, None, 0.38, 0.58, 95, LP, versus=SUN, endpoint="PFS"),
        R("HR", 0.71, None, 0.58, 0.87, 95, LE, versus=SUN, endpoint="PFS"),
        R("OS", None, M, arm=LP, not_reached=True),
        R("OS", 31.2, M, 25.9, None, 95, LE), R("OS", 29.8, M, 24.6, 35.1, 95, SUN),
        R("HR", 0.74, None, 0.57, 0.96, 95, LP, versus=SUN, endpoint="OS"),
        R("HR", 1.08, None, 0.85, 1.38, 95, LE, versus=SUN, endpoint="OS"),
        R("ORR", 63.5, "%", arm=LP), R("ORR", 47.0, "%", arm=LE), R("ORR", 31.1, "%", arm=SUN),
        R("CR", 11.2, "%", arm=LP), R("CR", 6.6, "%", arm=LE), R("CR", 2.9, "%", arm=SUN)]),
    ("ivq04", "3", "resected stage IIB/IIC BRAF V600-mutant melanoma",
     [("E+B", "encorafenib", ["binimetinib"], 211), ("PBO", "placebo", [], 209)], [
        R("RFS", None, M, arm="E+B", not_reached=True), R("RFS", 38.5, M, 30.7, None, 95, "PBO"),
        R("HR", 0.54, None, 0.38, 0.78, 95, "E+B", versus="PBO", endpoint="RFS"),
        R("RFS rate", 91.3, "%", arm="E+B", timepoint="12 months"),
        R("RFS rate", 82.6, "%", arm="E+B", timepoint="24 months"),
        R("RFS rate", 74.0, "%", arm="E+B", timepoint="36 months"),
        R("RFS rate", 83.1, "%", arm="PBO", timepoint="12 months"),
        R("RFS rate", 68.4, "%", arm="PBO", timepoint="24 months"),
        R("RFS rate", 55.7, "%", arm="PBO", timepoint="36 months")]),
    ("ivq05", "3", "unresectable hepatocellular carcinoma",
     [(CA, "camrelizumab", ["rivoceranib"], 281), (SOR, "sorafenib", [], 279)], [
        R("OS", 19.7, M, 17.2, 22.9, 95, CA), R("OS", 14.6, M, 12.8, 16.5, 95, SOR),
        R("HR", 0.71, None, 0.58, 0.87, 95, CA, versus=SOR, endpoint="OS"),
        R("OS rate", 42.6, "%", arm=CA, timepoint="24 months"),
        R("OS rate", 30.1, "%", arm=SOR, timepoint="24 months"),
        R("PFS", 6.2, M, arm=CA), R("PFS", 4.2, M, arm=SOR),
        R("HR", 0.61, None, 0.50, 0.74, 95, CA, versus=SOR, endpoint="PFS"),
        R("ORR", 21.3, "%", arm=CA), R("ORR", 7.2, "%", arm=SOR),
        R("DCR", 74.0, "%", arm=CA), R("DCR", 58.4, "%", arm=SOR)]),
    ("ivq06", "3", "metastatic castration-resistant prostate cancer",
     [(NIR, "niraparib", AP, 201), (PAAP, "placebo", AP, 197)], [
        R("rPFS", 18.4, M, 14.9, 22.0, 95, NIR), R("rPFS", 11.6, M, 9.3, 13.8, 95, PAAP),
        R("HR", 0.64, None, 0.50, 0.82, 95, NIR, versus=PAAP, endpoint="rPFS"),
        R("ORR", 52.9, "%", arm=NIR), R("ORR", 25.8, "%", arm=PAAP),
        R("OS", 31.8, M, arm=NIR), R("OS", 27.5, M, arm=PAAP),
        R("HR", 0.86, None, 0.66, 1.12, 95, NIR, versus=PAAP, endpoint="OS")]),
    ("ivq07", "3", "platinum-resistant, folate receptor α–high ovarian cancer",
     [(MIRV, "mirvetuximab soravtansine", [], 231), (CHEMO, "chemotherapy", [], 229)], [
        R("PFS", 4.9, M, 4.3, 5.8, 95, MIRV), R("PFS", 3.3, M, 2.8, 4.1, 95, CHEMO),
        R("HR", 0.72, None, 0.58, 0.89, 95, MIRV, versus=CHEMO, endpoint="PFS"),
        R("OS", 14.8, M, arm=MIRV), R("OS", 11.1, M, arm=CHEMO),
        R("HR", 0.78, None, 0.62, 0.98, 95, MIRV, versus=CHEMO, endpoint="OS"),
        R("ORR", 36.4, "%", arm=MIRV), R("ORR", 13.2, "%", arm=CHEMO),
        R("OR", 3.76, None, 2.31, 6.12, 95, MIRV, versus=CHEMO, endpoint="ORR")]),
    ("ivq08", "3", "gastric or gastro-oesophageal junction adenocarcinoma",
     [(ZOL, "zolbetuximab", FOX, None), (CTRL, "placebo", FOX, None)], [
        R("PFS", 9.8, M, arm=ZOL), R("PFS", 8.2, M, arm=CTRL),
        R("HR", 0.79, None, 0.65, 0.96, 95, ZOL, versus=CTRL, endpoint="PFS"),
        R("PFR", 21.9, "%", arm=ZOL, timepoint="24 months"), R("PFR", 13.4, "%", arm=CTRL, timepoint="24 months"),
        R("OS", 14.9, M, arm=CTRL), R("OS", 17.1, M, arm=ZOL),
        R("HR", 0.82, None, 0.63, 1.07, 99, ZOL, versus=CTRL, endpoint="OS"),
        R("OS rate", 58.9, "%", arm=CTRL, timepoint="12 months"),
        R("OS rate", 64.8, "%", arm=ZOL, timepoint="12 months"),
        R("ORR", 46.3, "%", arm=ZOL), R("ORR", 45.1, "%", arm=CTRL),
        R("DCR", 80.2, "%", arm=ZOL), R("DCR", 76.8, "%", arm=CTRL),
        R("DOR", 8.7, M, arm=ZOL), R("DOR", 6.4, M, arm=CTRL)]),
]


def main():
    write(INVENTED_Q, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "invented-q", "trials.jsonl"))


if __name__ == "__main__":
    main()
