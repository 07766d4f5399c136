"""Writes ../invented-d/trials.jsonl: the hand-made rows of the fourth set of invented abstracts in
../invented-d/texts (see ../README.md). Written for litmine on 2026-12-06, before any output of litmine on them was
looked at, by the session that had just added lettered groups, medians in years, RFS/EFS and shares "alive" at a time
point to the rules: Lancet ("16.8 months (95% CI 13.0-18.1) with X versus 5.6 months (4.6-7.8) with Y", middle dots),
NEJM ("the percentage of patients who were alive without disease progression at 12 months was ...", "respectively"),
JCO ("median PFS, 4.1 v 1.5 months; HR, 0.69"), a three-arm trial with ratios against one arm, a single-arm study
with an upper bound not reached, a maintenance trial against placebo, arms one agent's doses define. Not real papers:
real drug names, made-up figures. Same row format as build_trials.py. Run: python3 build_invented_d.py
"""
import os

from build_trials import M, R, write

NSCLC = "non-small-cell lung cancer"

INVENTED_D = [
    ("ivd01", "3", NSCLC, [("durvalumab", "durvalumab", [], 476), ("placebo", "placebo", [], 237)], [
        R("PFS", 16.8, M, 13.0, 18.1, 95, "durvalumab"), R("PFS", 5.6, M, 4.6, 7.8, 95, "placebo"),
        R("HR", 0.52, None, 0.42, 0.65, 95, "durvalumab", versus="placebo", endpoint="PFS"),
        R("ORR", 28.4, "%", 24.3, 32.9, 95, "durvalumab"), R("ORR", 16.0, "%", 11.3, 21.6, 95, "placebo")]),
    ("ivd02", "3", NSCLC, [("lorlatinib", "lorlatinib", [], 149), ("crizotinib", "crizotinib", [], 147)], [
        R("PFR", 81, "%", 73, 87, 95, "lorlatinib", timepoint="12 months"),
        R("PFR", 42, "%", 33, 51, 95, "crizotinib", timepoint="12 months"),
        R("HR", 0.31, None, 0.21, 0.45, 95, "lorlatinib", versus="crizotinib", endpoint="PFS"),
        R("ORR", 74, "%", 66, 81, 95, "lorlatinib"), R("ORR", 55, "%", 46, 63, 95, "crizotinib")]),
    ("ivd03", "3", "pancreatic cancer",
     [("gemcitabine plus capecitabine", "capecitabine", ["gemcitabine"], 364),
      ("gemcitabine", "gemcitabine", [], 366)], [
        R("OS", 28.0, M, 23.5, 31.5, 95, "gemcitabine plus capecitabine"),
        R("OS", 25.5, M, 22.7, 27.9, 95, "gemcitabine"),
        R("HR", 0.82, None, 0.68, 0.98, 95, "gemcitabine plus capecitabine", versus="gemcitabine", endpoint="OS"),
        R("OS rate", 28.8, "%", 22.9, 35.2, 95, "gemcitabine plus capecitabine", timepoint="60 months"),
        R("OS rate", 16.3, "%", 10.2, 23.7, 95, "gemcitabine", timepoint="60 months")]),
    ("ivd04", "2", NSCLC, [(None, "cabozantinib", [], 26)], [
        R("PR", 28, "%", 12, 49, 95), R("PFS", 5.5, M, 3.8, 8.4, 95), R("OS", 9.9, M, 8.1, None, 95)]),
    ("ivd05", "3", "breast cancer",
     [("paclitaxel", "paclitaxel", ["bevacizumab"], 283), ("nab-paclitaxel", "nab-paclitaxel", ["bevacizumab"], 271),
      ("ixabepilone", "ixabepilone", ["bevacizumab"], 245)], [
        R("PFS", 11.0, M, arm="paclitaxel"), R("PFS", 9.3, M, arm="nab-paclitaxel"),
        R("PFS", 7.4, M, arm="ixabepilone"),
        R("HR", 1.20, None, 1.00, 1.45, 95, "nab-paclitaxel", versus="paclitaxel", endpoint="PFS"),
        R("HR", 1.59, None, 1.31, 1.93, 95, "ixabepilone", versus="paclitaxel", endpoint="PFS")]),
    ("ivd06", "3", "colorectal cancer",
     [("cetuximab plus irinotecan", "cetuximab", ["irinotecan"], 218), ("irinotecan", "irinotecan", [], 111)], [
        R("PFS", 4.1, M, arm="cetuximab plus irinotecan"), R("PFS", 1.5, M, arm="irinotecan"),
        R("HR", 0.69, None, 0.54, 0.88, 95, "cetuximab plus irinotecan", versus="irinotecan", endpoint="PFS"),
        R("OS", 8.6, M, arm="cetuximab plus irinotecan"), R("OS", 6.9, M, arm="irinotecan"),
        R("HR", 0.91, None, 0.71, 1.17, 95, "cetuximab plus irinotecan", versus="irinotecan", endpoint="OS"),
        R("ORR", 22.9, "%", arm="cetuximab plus irinotecan"), R("ORR", 10.8, "%", arm="irinotecan")]),
    ("ivd07", "2", "ovarian cancer", [("olaparib", "olaparib", [], 136), ("placebo", "placebo", [], 129)], [
        R("PFS", 8.4, M, arm="olaparib"), R("PFS", 4.8, M, arm="placebo"),
        R("HR", 0.35, None, 0.25, 0.49, 95, "olaparib", versus="placebo", endpoint="PFS"),
        R("HR", 0.88, None, 0.64, 1.21, 95, "olaparib", versus="placebo", endpoint="OS")]),
    ("ivd08", "2", "thyroid cancer",
     [("lenvatinib 24 mg", "lenvatinib", [], 77), ("lenvatinib 18 mg", "lenvatinib", [], 75)], [
        R("ORR", 57.1, "%", 45.4, 68.4, 95, "lenvatinib 24 mg"), R("ORR", 40.0, "%", 28.9, 52.0, 95, "lenvatinib 18 mg"),
        R("PFS", None, M, arm="lenvatinib 24 mg", not_reached=True), R("PFS", 24.4, M, arm="lenvatinib 18 mg"),
        R("HR", 0.81, None, 0.48, 1.36, 95, "lenvatinib 24 mg", versus="lenvatinib 18 mg", endpoint="PFS")]),
]


def main():
    write(INVENTED_D, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "invented-d", "trials.jsonl"))


if __name__ == "__main__":
    main()
