"""Writes ../invented-c/trials.jsonl: the hand-made rows of the third set of invented abstracts in
../invented-c/texts (see ../README.md). Written for litmine on 2026-12-05 after the rules for the second invented set,
before any output of litmine on them was looked at, in styles the first two sets lack (colon-listed figures, "HR =
... [95% CI: ...]", "resulted in a higher ORR than", short names of four-drug regimens, schedule-defined arms, a
pooled analysis that must give no record, dose cohorts that are no randomized arms). Not real papers: real drug
names, made-up figures. Same row format as build_trials.py. Run: python3 build_invented_c.py
"""
import os

from build_trials import M, R, write

INVENTED_C = [
    ("invc01", "3", "non-small cell lung cancer",
     [("pralsetinib", "pralsetinib", [], 107), ("chemotherapy", "chemotherapy", [], 105)], [
        R("PFS", 13.1, M, arm="pralsetinib"), R("PFS", 7.9, M, arm="chemotherapy"),
        R("HR", 0.48, None, 0.33, 0.70, 95, "pralsetinib", versus="chemotherapy", endpoint="PFS"),
        R("ORR", 71.0, "%", 61.4, 79.4, 95, "pralsetinib"), R("ORR", 45.7, "%", 35.9, 55.7, 95, "chemotherapy")]),
    ("invc02", "2", "squamous lung cancer",
     [("sintilimab plus docetaxel", "sintilimab", ["docetaxel"], 42), ("docetaxel", "docetaxel", [], 42)], [
        R("ORR", 35.7, "%", arm="sintilimab plus docetaxel"), R("ORR", 14.3, "%", arm="docetaxel"),
        R("PFS", 5.7, M, arm="sintilimab plus docetaxel"), R("PFS", 3.1, M, arm="docetaxel"),
        R("HR", 0.58, None, 0.36, 0.93, 95, "sintilimab plus docetaxel", versus="docetaxel", endpoint="PFS"),
        R("OS", 13.4, M, arm="sintilimab plus docetaxel"), R("OS", 9.8, M, arm="docetaxel")]),
    ("invc03", "2", "small-cell lung cancer", [(None, "anlotinib", [], 58)], [
        R("ORR", 12.1, "%"), R("DCR", 72.4, "%"), R("CBR", 31.0, "%"), R("PFS", 4.1, M, 2.8, 4.3, 95),
        R("OS", 7.3, M, 6.1, 10.3, 95)]),
    ("invc04", "3", "non-squamous non-small-cell lung cancer",
     [("ABCP", "atezolizumab", ["bevacizumab", "carboplatin", "paclitaxel"], 400),
      ("BCP", "bevacizumab", ["carboplatin", "paclitaxel"], 400)], [
        R("PFS", 8.3, M, arm="ABCP"), R("PFS", 6.8, M, arm="BCP"),
        R("HR", 0.62, None, 0.52, 0.74, 95, "ABCP", versus="BCP", endpoint="PFS"),
        R("OS", 19.2, M, arm="ABCP"), R("OS", 14.7, M, arm="BCP"),
        R("HR", 0.78, None, 0.64, 0.96, 95, "ABCP", versus="BCP", endpoint="OS")]),
    ("invc05", "3", "small-cell lung cancer",
     [("amrubicin", "amrubicin", [], 424), ("topotecan", "topotecan", [], 213)], [
        R("OS", 7.5, M, arm="amrubicin"), R("OS", 7.8, M, arm="topotecan"),
        R("HR", 0.88, None, 0.73, 1.06, 95, "amrubicin", versus="topotecan", endpoint="OS"),
        R("ORR", 31.1, "%", arm="amrubicin"), R("ORR", 16.9, "%", arm="topotecan"),
        R("OR", 2.22, None, 1.45, 3.40, 95, "amrubicin", versus="topotecan", endpoint="ORR"),
        R("PFS", 4.1, M, arm="amrubicin"), R("PFS", 4.1, M, arm="topotecan")]),
    # invc06 pools three trials: no record (as pmid23813019 of the development part)
    ("invc07", "3", "non-small-cell lung cancer",
     [("weekly", "paclitaxel", ["carboplatin"], 200), ("every-3-week", "paclitaxel", ["carboplatin"], 201)], [
        R("ORR", 32, "%", arm="weekly"), R("ORR", 24, "%", arm="every-3-week"),
        R("OS", 10.9, M, arm="weekly"), R("OS", 10.3, M, arm="every-3-week"),
        R("HR", 0.96, None, 0.78, 1.18, 95, "weekly", versus="every-3-week", endpoint="OS")]),
    ("invc08", "2b", "non-small-cell lung cancer", [(None, "furmonertinib", [], 220)], [
        R("ORR", 74.1, "%", 67.8, 79.7, 95), R("DCR", 93.6, "%", 89.6, 96.5, 95), R("PFS", 9.6, M, 8.2, 9.7, 95)]),
    ("invc09", "3", "pulmonary adenocarcinoma",
     [("gefitinib", "gefitinib", [], 120), ("carboplatin-paclitaxel", "carboplatin", ["paclitaxel"], 120)], [
        R("PFS", 10.2, M, arm="gefitinib"), R("PFS", 5.6, M, arm="carboplatin-paclitaxel"),
        R("HR", 0.41, None, 0.30, 0.56, 95, "gefitinib", versus="carboplatin-paclitaxel", endpoint="PFS"),
        R("ORR", 71.7, "%", arm="gefitinib"), R("ORR", 30.8, "%", arm="carboplatin-paclitaxel"),
        R("PFR", 42.1, "%", arm="gefitinib", timepoint="12 months"),
        R("PFR", 6.7, "%", arm="carboplatin-paclitaxel", timepoint="12 months")]),
    ("invc10", "2", "lung cancer", [(None, "savolitinib", ["osimertinib"], 180)], [
        R("ORR", 33.3, "%", 26.5, 40.7, 95), R("DOR", 9.6, M), R("PFS", 5.5, M, 4.1, 7.7, 95)]),
]


def main():
    write(INVENTED_C, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "invented-c", "trials.jsonl"))


if __name__ == "__main__":
    main()
