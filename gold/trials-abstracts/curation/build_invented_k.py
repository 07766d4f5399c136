"""Writes ../invented-k/trials.jsonl: the hand-made rows of the eleventh set of invented abstracts in
../invented-k/texts (see ../README.md). Written for litmine on 2026-12-06 (session 19), after the rules for invented-j
and before any output of litmine on them was looked at, in styles the earlier sets lack: ASCO "mPFS was 10.6 vs 8.7
mos", "12-mo OS rate" and CIs in square brackets with a drug approved in 2024 (zolbetuximab); "Median OS (95% CI) was
12.0 (10.1–13.9) months for X"; arms listed as "Arm 1: X (n = 100); Arm 2: Y" and responses "in 45 of 100 (45%)
patients in arm 1 vs 30 of 98 (31%) in arm 2"; "reduced the risk of progression or death by 44% (HR 0.56 ...)", a
median not reached "with ribociclib versus 14.7 months with placebo" and "(OS HR 0.76 ...)"; "PFS: 7.8 (tucatinib) vs.
5.6 (placebo) months" and "compared to"; a ratio of locoregional control (not recorded) beside the survival figures
"respectively"; "patients given X" and "those given Y alone"; a 90% CI. Not recorded: locoregional control, the risk
reduction in per cent. Not real papers: real drug names, made-up figures. Same row format as build_trials.py.
Run: python3 build_invented_k.py
"""
import os

from build_trials import M, R, write

FOLFOX = ["oxaliplatin", "fluorouracil", "leucovorin"]

INVENTED_K = [
    ("ivk01", "3", "gastric cancer",
     [("zolbetuximab + mFOLFOX6", "zolbetuximab", FOLFOX, 283), ("placebo + mFOLFOX6", "placebo", FOLFOX, 282)], [
        R("PFS", 10.6, M, arm="zolbetuximab + mFOLFOX6"), R("PFS", 8.7, M, arm="placebo + mFOLFOX6"),
        R("HR", 0.75, None, 0.60, 0.94, 95, "zolbetuximab + mFOLFOX6", versus="placebo + mFOLFOX6", endpoint="PFS"),
        R("OS", 18.2, M, arm="zolbetuximab + mFOLFOX6"), R("OS", 15.5, M, arm="placebo + mFOLFOX6"),
        R("HR", 0.78, None, 0.64, 0.95, 95, "zolbetuximab + mFOLFOX6", versus="placebo + mFOLFOX6", endpoint="OS"),
        R("OS rate", 67.5, "%", arm="zolbetuximab + mFOLFOX6", timepoint="12 months"),
        R("OS rate", 59.9, "%", arm="placebo + mFOLFOX6", timepoint="12 months"),
        R("ORR", 48.1, "%", 42.1, 54.1, 95, "zolbetuximab + mFOLFOX6"),
        R("ORR", 47.5, "%", 41.5, 53.5, 95, "placebo + mFOLFOX6")]),
    ("ivk02", "3", "oesophageal cancer",
     [("pembrolizumab plus chemotherapy", "pembrolizumab", ["chemotherapy"], 373),
      ("placebo plus chemotherapy", "placebo", ["chemotherapy"], 376)], [
        R("OS", 12.0, M, 10.1, 13.9, 95, "pembrolizumab plus chemotherapy"),
        R("OS", 9.5, M, 8.2, 10.8, 95, "placebo plus chemotherapy"),
        R("HR", 0.73, None, 0.61, 0.87, 95, "pembrolizumab plus chemotherapy", versus="placebo plus chemotherapy",
          endpoint="OS"),
        R("PFS", 6.3, M, 6.2, 6.9, 95, "pembrolizumab plus chemotherapy"),
        R("PFS", 5.8, M, 5.0, 6.0, 95, "placebo plus chemotherapy")]),
    ("ivk03", "2", "non-squamous non-small-cell lung cancer",
     [("arm 1", "cisplatin", ["pemetrexed"], 100), ("arm 2", "carboplatin", ["pemetrexed"], 98)], [
        R("ORR", 45, "%", arm="arm 1"), R("ORR", 31, "%", arm="arm 2"),
        R("PFS", 6.1, M, arm="arm 1"), R("PFS", 5.2, M, arm="arm 2"),
        R("HR", 0.85, None, 0.63, 1.15, 95, "arm 1", versus="arm 2", endpoint="PFS")]),
    ("ivk04", "3", "breast cancer",
     [("ribociclib plus letrozole", "ribociclib", ["letrozole"], 334),
      ("placebo plus letrozole", "placebo", ["letrozole"], 334)], [
        R("HR", 0.56, None, 0.43, 0.72, 95, "ribociclib plus letrozole", versus="placebo plus letrozole", endpoint="PFS"),
        R("PFS", None, M, arm="ribociclib plus letrozole", not_reached=True),
        R("PFS", 14.7, M, arm="placebo plus letrozole"),
        R("ORR", 52.7, "%", arm="ribociclib plus letrozole"), R("ORR", 37.1, "%", arm="placebo plus letrozole"),
        R("OS", 63.9, M, arm="ribociclib plus letrozole"), R("OS", 51.4, M, arm="placebo plus letrozole"),
        R("HR", 0.76, None, 0.63, 0.93, 95, "ribociclib plus letrozole", versus="placebo plus letrozole", endpoint="OS")]),
    ("ivk05", "3", "metastatic breast cancer",
     [("tucatinib group", "tucatinib", ["trastuzumab", "capecitabine"], 410),
      ("placebo group", "placebo", ["trastuzumab", "capecitabine"], 202)], [
        R("PFS", 7.8, M, arm="tucatinib group"), R("PFS", 5.6, M, arm="placebo group"),
        R("HR", 0.54, None, 0.42, 0.71, 95, "tucatinib group", versus="placebo group", endpoint="PFS"),
        R("OS", 21.9, M, arm="tucatinib group"), R("OS", 17.4, M, arm="placebo group"),
        R("HR", 0.66, None, 0.50, 0.88, 95, "tucatinib group", versus="placebo group", endpoint="OS"),
        R("ORR", 40.6, "%", arm="tucatinib group"), R("ORR", 22.8, "%", arm="placebo group")]),
    ("ivk06", "3", "squamous-cell carcinoma of the head and neck",
     [("radiotherapy alone", "radiotherapy", [], 213), ("radiotherapy plus cetuximab", "cetuximab", ["radiotherapy"], 211)], [
        R("OS", 49.0, M, arm="radiotherapy plus cetuximab"), R("OS", 29.3, M, arm="radiotherapy alone"),
        R("HR", 0.74, None, arm="radiotherapy plus cetuximab", versus="radiotherapy alone", endpoint="OS"),
        R("OS rate", 55, "%", arm="radiotherapy plus cetuximab", timepoint="36 months"),
        R("OS rate", 45, "%", arm="radiotherapy alone", timepoint="36 months")]),
    ("ivk07", "3", "pancreatic cancer",
     [("gemcitabine", "gemcitabine", [], 266), ("gemcitabine plus capecitabine", "capecitabine", ["gemcitabine"], 267)], [
        R("OS", 8.5, M, arm="gemcitabine plus capecitabine"), R("OS", 7.3, M, arm="gemcitabine"),
        R("HR", 0.86, None, 0.72, 1.02, 95, "gemcitabine plus capecitabine", versus="gemcitabine", endpoint="OS"),
        R("ORR", 19.1, "%", arm="gemcitabine plus capecitabine"), R("ORR", 12.4, "%", arm="gemcitabine")]),
    ("ivk08", "2", "ovarian cancer",
     [("arm A", "olaparib", [], 45), ("arm B", "cediranib", ["olaparib"], 44)], [
        R("ORR", 47.8, "%", 35.5, 60.3, 90, "arm A"), R("ORR", 79.6, "%", 67.5, 88.6, 90, "arm B"),
        R("PFS", 9.0, M, arm="arm A"), R("PFS", 17.7, M, arm="arm B"),
        R("HR", 0.42, None, 0.23, 0.76, 95, "arm B", versus="arm A", endpoint="PFS")]),
]


def main():
    write(INVENTED_K, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "invented-k", "trials.jsonl"))


if __name__ == "__main__":
    main()
