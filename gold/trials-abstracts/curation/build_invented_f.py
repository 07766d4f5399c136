"""Writes ../invented-f/trials.jsonl: the hand-made rows of the sixth set of invented abstracts in
../invented-f/texts (see ../README.md). Written for litmine on 2026-12-06 (session 19), before any output of litmine
on them was looked at, in styles the earlier sets lack: a Chinese-journal "observation group" and "control group"
with figures "higher than those of the control group (15.9% and 65.1%)"; NEJM responses "in 97 of 137 patients
(71%)" and a 12-month rate of progression-free survival; a Lancet non-inferiority-style phase 2 with dates, middle
dots and a toxicity count "39 (51%) of 77 patients"; a single-arm study whose upper bound is "not estimable"; an
AML trial with complete remission and event-free survival "with venetoclax plus LDAC vs ... with placebo plus
LDAC"; a 99.73% CI and a median not reached; Annals colon and semicolon lists ("mOS: 25.8 versus 20.2 months; HR:
0.77") with an experimental and a standard arm and a regimen acronym spelled out once (FOLFOX4); survival rates at
three listed years in groups named by short names ("GC group"). Not recorded: subgroup figures (intracranial
response), toxicity, follow-up. Not real papers: real drug names, made-up figures. Same row format as
build_trials.py. Run: python3 build_invented_f.py
"""
import os

from build_trials import M, R, write

NSCLC = "non-small-cell lung cancer"
FOLFOX = ["oxaliplatin", "leucovorin", "fluorouracil"]

INVENTED_F = [
    ("ivf01", None, "non-small cell lung cancer",
     [("observation group", "anlotinib", ["docetaxel"], 63), ("control group", "docetaxel", [], 63)], [
        R("ORR", 31.7, "%", arm="observation group"), R("DCR", 82.5, "%", arm="observation group"),
        R("ORR", 15.9, "%", arm="control group"), R("DCR", 65.1, "%", arm="control group"),
        R("PFS", 5.8, M, arm="observation group"), R("PFS", 3.2, M, arm="control group"),
        R("HR", 0.52, None, 0.35, 0.77, 95, "observation group", versus="control group", endpoint="PFS"),
        R("OS", 11.6, M, arm="observation group"), R("OS", 10.3, M, arm="control group")]),
    ("ivf02", "3", NSCLC, [("brigatinib", "brigatinib", [], 137), ("crizotinib", "crizotinib", [], 138)], [
        R("PFR", 67, "%", 56, 75, 95, "brigatinib", timepoint="12 months"),
        R("PFR", 43, "%", 32, 53, 95, "crizotinib", timepoint="12 months"),
        R("HR", 0.49, None, 0.33, 0.74, 95, "brigatinib", versus="crizotinib", endpoint="PFS"),
        R("ORR", 71, "%", arm="brigatinib"), R("ORR", 59, "%", arm="crizotinib")]),
    ("ivf03", "2", "metastatic colorectal cancer",
     [("trifluridine–tipiracil plus bevacizumab", "trifluridine/tipiracil", ["bevacizumab"], 77),
      ("capecitabine plus bevacizumab", "capecitabine", ["bevacizumab"], 76)], [
        R("PFS", 9.2, M, 7.6, 10.7, 95, "trifluridine–tipiracil plus bevacizumab"),
        R("PFS", 7.8, M, 6.1, 9.0, 95, "capecitabine plus bevacizumab"),
        R("HR", 0.84, None, 0.58, 1.21, 95, "trifluridine–tipiracil plus bevacizumab",
          versus="capecitabine plus bevacizumab", endpoint="PFS"),
        R("OS", 18.0, M, 14.9, 22.3, 95, "trifluridine–tipiracil plus bevacizumab"),
        R("OS", 16.2, M, 12.8, 19.5, 95, "capecitabine plus bevacizumab")]),
    ("ivf04", "2", NSCLC, [(None, "tepotinib", [], 99)], [
        R("ORR", 46, "%", 36, 57, 95), R("DOR", 11.1, M, 7.2, None, 95), R("PFS", 8.5, M, 6.7, 11.0, 95),
        R("OS", 17.1, M, 12.0, 26.8, 95), R("DCR", 66, "%")]),
    ("ivf05", "3", "acute myeloid leukemia",
     [("venetoclax plus LDAC", "venetoclax", ["cytarabine"], 143), ("placebo plus LDAC", "placebo", ["cytarabine"], 68)], [
        R("OS", 7.2, M, arm="venetoclax plus LDAC"), R("OS", 4.1, M, arm="placebo plus LDAC"),
        R("HR", 0.75, None, 0.52, 1.07, 95, "venetoclax plus LDAC", versus="placebo plus LDAC", endpoint="OS"),
        R("CR", 27, "%", arm="venetoclax plus LDAC"), R("CR", 7, "%", arm="placebo plus LDAC"),
        R("EFS", 4.7, M, arm="venetoclax plus LDAC"), R("EFS", 2.0, M, arm="placebo plus LDAC"),
        R("HR", 0.58, None, 0.42, 0.82, 95, "venetoclax plus LDAC", versus="placebo plus LDAC", endpoint="EFS")]),
    ("ivf06", "3", NSCLC, [("sugemalimab", "sugemalimab", [], 254), ("placebo", "placebo", [], 127)], [
        R("OS", None, M, arm="sugemalimab", not_reached=True), R("OS", 28.7, M, arm="placebo"),
        R("HR", 0.68, None, 0.47, 0.99, 99.73, "sugemalimab", versus="placebo", endpoint="OS"),
        R("OS rate", 57.0, "%", arm="sugemalimab", timepoint="36 months"),
        R("OS rate", 43.5, "%", arm="placebo", timepoint="36 months"),
        R("PFS", 17.2, M, arm="sugemalimab"), R("PFS", 5.6, M, arm="placebo"),
        R("HR", 0.51, None, 0.41, 0.63, 95, "sugemalimab", versus="placebo", endpoint="PFS")]),
    ("ivf07", "3", "metastatic colorectal cancer",
     [("experimental arm", "panitumumab", FOLFOX, 259), ("standard arm", "oxaliplatin", FOLFOX[1:], 253)], [
        R("PFS", 10.1, M, 9.3, 12.0, 95, "experimental arm"), R("PFS", 7.9, M, 7.2, 9.3, 95, "standard arm"),
        R("HR", 0.72, None, 0.58, 0.90, 95, "experimental arm", versus="standard arm", endpoint="PFS"),
        R("OS", 25.8, M, arm="experimental arm"), R("OS", 20.2, M, arm="standard arm"),
        R("HR", 0.77, None, 0.64, 0.94, 95, "experimental arm", versus="standard arm", endpoint="OS"),
        R("ORR", 57, "%", arm="experimental arm"), R("ORR", 48, "%", arm="standard arm")]),
    ("ivf08", "2", "biliary tract cancer",
     [("GC", "cisplatin", ["gemcitabine"], 58), ("GEMOX", "oxaliplatin", ["gemcitabine"], 56)], [
        R("OS rate", 58.6, "%", arm="GC", timepoint="12 months"),
        R("OS rate", 31.0, "%", arm="GC", timepoint="24 months"),
        R("OS rate", 15.5, "%", arm="GC", timepoint="36 months"),
        R("OS rate", 51.8, "%", arm="GEMOX", timepoint="12 months"),
        R("OS rate", 25.0, "%", arm="GEMOX", timepoint="24 months"),
        R("OS rate", 10.7, "%", arm="GEMOX", timepoint="36 months"),
        R("TTP", 6.1, M, 4.9, 7.3, 95, "GC"), R("TTP", 5.2, M, 4.1, 6.3, 95, "GEMOX"),
        R("ORR", 24.1, "%", arm="GC"), R("ORR", 19.6, "%", arm="GEMOX")]),
]


def main():
    write(INVENTED_F, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "invented-f", "trials.jsonl"))


if __name__ == "__main__":
    main()
