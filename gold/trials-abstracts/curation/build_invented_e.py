"""Writes ../invented-e/trials.jsonl: the hand-made rows of the fifth set of invented abstracts in
../invented-e/texts (see ../README.md). Written for litmine on 2026-12-06, after the rules for invented-d and before
any output of litmine on them was looked at, in styles the earlier sets lack: an Annals-style "8.7 vs 6.6 mo", ASCO
shorthand ("Pts", "mPFS", "q3w", arms A and B with their regimens in brackets), NEJM groups named with hyphens ("the
nivolumab-plus-ipilimumab group", a 97.5% CI, rates "respectively"), event-free survival at a time point, a CI in
brackets split by a semicolon ("95% CI [0.66; 0.95]"), medians of disease-free survival in years, an odds ratio of
response, figures of two metrics in one "respectively". A pathological complete response rate was first not recorded
(not one of the figures of "How each abstract was read"); since 2026-12-07 it is, as `pCR` (README, "How each abstract
was read"). Not real papers: real drug names, made-up figures. Same row
format as build_trials.py. Run: python3 build_invented_e.py
"""
import os

from build_trials import M, R, write

NSCLC = "non-small-cell lung cancer"
Y = "years"

INVENTED_E = [
    ("ive01", "3", "pancreatic adenocarcinoma",
     [("nab-paclitaxel + gemcitabine", "nab-paclitaxel", ["gemcitabine"], 431), ("gemcitabine", "gemcitabine", [], 430)], [
        R("OS", 8.7, M, arm="nab-paclitaxel + gemcitabine"), R("OS", 6.6, M, arm="gemcitabine"),
        R("HR", 0.72, None, 0.62, 0.83, 95, "nab-paclitaxel + gemcitabine", versus="gemcitabine", endpoint="OS"),
        R("PFS", 5.5, M, arm="nab-paclitaxel + gemcitabine"), R("PFS", 3.7, M, arm="gemcitabine"),
        R("HR", 0.69, None, 0.58, 0.82, 95, "nab-paclitaxel + gemcitabine", versus="gemcitabine", endpoint="PFS"),
        R("ORR", 23, "%", arm="nab-paclitaxel + gemcitabine"), R("ORR", 7, "%", arm="gemcitabine")]),
    ("ive02", "2", "urothelial carcinoma",
     [("arm A", "ramucirumab", ["docetaxel"], 70), ("arm B", "docetaxel", [], 70)], [
        R("PFS", 5.4, M, arm="arm A"), R("PFS", 2.8, M, arm="arm B"),
        R("HR", 0.39, None, 0.25, 0.59, 95, "arm A", versus="arm B", endpoint="PFS"),
        R("ORR", 24.3, "%", arm="arm A"), R("ORR", 11.4, "%", arm="arm B"),
        R("OS", 10.4, M, arm="arm A"), R("OS", 9.2, M, arm="arm B"),
        R("HR", 0.82, None, 0.52, 1.29, 95, "arm A", versus="arm B", endpoint="OS")]),
    ("ive03", "2", "thyroid cancer", [(None, "selpercatinib", [], 52)], [
        R("ORR", 42, "%", 29, 56, 95), R("DCR", 87, "%"), R("DOR", 11.2, M, 7.4, None, 95),
        R("PFS", 8.1, M, 5.6, 12.0, 95)]),
    ("ive04", "3", NSCLC,
     [("nivolumab plus ipilimumab", "nivolumab", ["ipilimumab"], 396), ("chemotherapy", "chemotherapy", [], 397)], [
        R("OS", 16.4, M, arm="nivolumab plus ipilimumab"), R("OS", 13.8, M, arm="chemotherapy"),
        R("HR", 0.81, None, 0.67, 0.97, 97.5, "nivolumab plus ipilimumab", versus="chemotherapy", endpoint="OS"),
        R("OS rate", 38.2, "%", arm="nivolumab plus ipilimumab", timepoint="24 months"),
        R("OS rate", 30.1, "%", arm="chemotherapy", timepoint="24 months"),
        R("ORR", 33.4, "%", arm="nivolumab plus ipilimumab"), R("ORR", 29.1, "%", arm="chemotherapy")]),
    ("ive05", "3", "triple-negative breast cancer",
     [("pembrolizumab plus chemotherapy", "pembrolizumab", ["chemotherapy"], 784),
      ("placebo plus chemotherapy", "placebo", ["chemotherapy"], 390)], [
        R("pCR", 61.9, "%", arm="pembrolizumab plus chemotherapy"), R("pCR", 49.5, "%", arm="placebo plus chemotherapy"),
        R("EFS rate", 82.1, "%", 79.0, 84.8, 95, "pembrolizumab plus chemotherapy", timepoint="36 months"),
        R("EFS rate", 74.6, "%", 69.9, 78.7, 95, "placebo plus chemotherapy", timepoint="36 months"),
        R("HR", 0.66, None, 0.51, 0.86, 95, "pembrolizumab plus chemotherapy", versus="placebo plus chemotherapy",
          endpoint="EFS")]),
    ("ive06", "3", "colorectal cancer", [("regorafenib", "regorafenib", [], 505), ("placebo", "placebo", [], 255)], [
        R("OS", 6.8, M, arm="regorafenib"), R("OS", 5.2, M, arm="placebo"),
        R("HR", 0.79, None, 0.66, 0.95, 95, "regorafenib", versus="placebo", endpoint="OS"),
        R("PFS", 2.0, M, arm="regorafenib"), R("PFS", 1.7, M, arm="placebo"),
        R("HR", 0.52, None, 0.44, 0.61, 95, "regorafenib", versus="placebo", endpoint="PFS"),
        R("DCR", 44, "%", arm="regorafenib"), R("DCR", 17, "%", arm="placebo")]),
    ("ive07", "3", "renal-cell carcinoma",
     [("sunitinib", "sunitinib", [], 309), ("observation", "observation", [], 306)], [
        R("DFS", 6.5, Y, arm="sunitinib"), R("DFS", 5.3, Y, arm="observation"),
        R("HR", 0.78, None, 0.61, 0.99, 95, "sunitinib", versus="observation", endpoint="DFS"),
        R("DFS rate", 59.3, "%", arm="sunitinib", timepoint="60 months"),
        R("DFS rate", 51.3, "%", arm="observation", timepoint="60 months")]),
    ("ive08", "2", "non-squamous lung cancer",
     [("cisplatin", "cisplatin", ["pemetrexed"], 60), ("carboplatin", "carboplatin", ["pemetrexed"], 60)], [
        R("ORR", 35.0, "%", arm="cisplatin"), R("ORR", 25.0, "%", arm="carboplatin"),
        R("OR", 1.62, None, 0.73, 3.58, 95, "cisplatin", versus="carboplatin", endpoint="ORR"),
        R("PFS", 5.8, M, arm="cisplatin"), R("PFS", 4.9, M, arm="carboplatin"),
        R("OS", 12.4, M, arm="cisplatin"), R("OS", 11.6, M, arm="carboplatin")]),
]


def main():
    write(INVENTED_E, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "invented-e", "trials.jsonl"))


if __name__ == "__main__":
    main()
