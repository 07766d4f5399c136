"""Writes ../invented-j/trials.jsonl: the hand-made rows of the tenth set of invented abstracts in
../invented-j/texts (see ../README.md). Written for litmine on 2026-12-06 (session 19), after the rules for invented-i
and before any output of litmine on them was looked at, in styles the earlier sets lack: "PFS was longer with X
(median 6.3 months) than with Y (median 5.5 months)" and "no OS benefit (HR 0.96 ...)" with its medians after it;
regimens written with a hyphen and a short name ("gemcitabine-cisplatin (GP)"), "ORR was 77.4% (113/146) v 66.4%
(95/143)" and a ratio of response durations; response categories of a single arm in one sentence; "Compared with
placebo, everolimus improved median PFS (11.0 vs 4.6 months ...)", "Six-month PFS" and a median "not yet reached in
either arm"; arms of one agent told apart by timing ("immediate docetaxel", "delayed docetaxel"); "mo (95% CI:
...)" and "ORR 4.4% v 3.3%"; "the combination arm" and "the monotherapy arm" with a ratio before the medians; a single
arm with a range beside its median and a time to response that is not recorded. Not real papers: real drug names,
made-up figures. Same row format as build_trials.py. Run: python3 build_invented_j.py
"""
import os

from build_trials import M, R, write

NSCLC = "non-small-cell lung cancer"
GP = ["gemcitabine", "cisplatin"]

INVENTED_J = [
    ("ivj01", "3", NSCLC,
     [("pemetrexed plus carboplatin", "pemetrexed", ["carboplatin"], 219),
      ("gemcitabine plus carboplatin", "gemcitabine", ["carboplatin"], 217)], [
        R("PFS", 6.3, M, arm="pemetrexed plus carboplatin"), R("PFS", 5.5, M, arm="gemcitabine plus carboplatin"),
        R("HR", 0.83, None, 0.69, 0.99, 95, "pemetrexed plus carboplatin", versus="gemcitabine plus carboplatin",
          endpoint="PFS"),
        R("HR", 0.96, None, 0.78, 1.18, 95, "pemetrexed plus carboplatin", versus="gemcitabine plus carboplatin",
          endpoint="OS"),
        R("OS", 10.5, M, arm="pemetrexed plus carboplatin"), R("OS", 10.3, M, arm="gemcitabine plus carboplatin"),
        R("ORR", 29, "%", arm="pemetrexed plus carboplatin"), R("ORR", 29, "%", arm="gemcitabine plus carboplatin")]),
    ("ivj02", "3", "nasopharyngeal carcinoma",
     [("toripalimab plus GP", "toripalimab", GP, 146), ("placebo plus GP", "placebo", GP, 143)], [
        R("PFS", 11.7, M, arm="toripalimab plus GP"), R("PFS", 8.0, M, arm="placebo plus GP"),
        R("HR", 0.52, None, 0.36, 0.74, 95, "toripalimab plus GP", versus="placebo plus GP", endpoint="PFS"),
        R("ORR", 77.4, "%", arm="toripalimab plus GP"), R("ORR", 66.4, "%", arm="placebo plus GP"),
        R("DOR", 10.0, M, arm="toripalimab plus GP"), R("DOR", 5.7, M, arm="placebo plus GP"),
        R("HR", 0.50, None, 0.33, 0.78, 95, "toripalimab plus GP", versus="placebo plus GP", endpoint="DOR")]),
    ("ivj03", "2", NSCLC, [(None, "sotorasib", [], 55)], [
        R("CR", 3.8, "%"), R("PR", 34.6, "%"), R("SD", 42.3, "%"), R("ORR", 38.5, "%", 25.3, 53.0, 95),
        R("DCR", 80.8, "%"), R("PFS", 6.3, M, 5.3, 8.2, 95)]),
    ("ivj04", "3", "pancreatic neuroendocrine tumours",
     [("everolimus", "everolimus", [], 207), ("placebo", "placebo", [], 203)], [
        R("PFS", 11.0, M, arm="everolimus"), R("PFS", 4.6, M, arm="placebo"),
        R("HR", 0.35, None, 0.27, 0.45, 95, "everolimus", versus="placebo", endpoint="PFS"),
        R("PFR", 67, "%", arm="everolimus", timepoint="6 months"), R("PFR", 31, "%", arm="placebo", timepoint="6 months"),
        R("OS", None, M, arm="everolimus", not_reached=True), R("OS", None, M, arm="placebo", not_reached=True)]),
    ("ivj05", "3", NSCLC,
     [("immediate docetaxel", "docetaxel", [], 153), ("delayed docetaxel", "docetaxel", [], 156)], [
        R("PFS", 5.7, M, arm="immediate docetaxel"), R("PFS", 2.7, M, arm="delayed docetaxel"),
        R("OS", 12.3, M, arm="immediate docetaxel"), R("OS", 9.7, M, arm="delayed docetaxel")]),
    ("ivj06", "3", NSCLC,
     [("nintedanib plus docetaxel", "nintedanib", ["docetaxel"], 655),
      ("placebo plus docetaxel", "placebo", ["docetaxel"], 659)], [
        R("PFS", 3.4, M, 2.9, 3.9, 95, "nintedanib plus docetaxel"), R("PFS", 2.7, M, 2.6, 2.8, 95, "placebo plus docetaxel"),
        R("HR", 0.79, None, 0.68, 0.92, 95, "nintedanib plus docetaxel", versus="placebo plus docetaxel", endpoint="PFS"),
        R("ORR", 4.4, "%", arm="nintedanib plus docetaxel"), R("ORR", 3.3, "%", arm="placebo plus docetaxel"),
        R("OS", 10.1, M, arm="nintedanib plus docetaxel"), R("OS", 9.1, M, arm="placebo plus docetaxel"),
        R("HR", 0.94, None, 0.83, 1.05, 95, "nintedanib plus docetaxel", versus="placebo plus docetaxel", endpoint="OS")]),
    ("ivj07", "3", "melanoma",
     [("combination arm", "trametinib", ["dabrafenib"], 211), ("monotherapy arm", "placebo", ["dabrafenib"], 212)], [
        R("HR", 0.67, None, 0.53, 0.84, 95, "combination arm", versus="monotherapy arm", endpoint="PFS"),
        R("PFS", 11.0, M, arm="combination arm"), R("PFS", 8.8, M, arm="monotherapy arm"),
        R("ORR", 69, "%", arm="combination arm"), R("ORR", 53, "%", arm="monotherapy arm"),
        R("OS rate", 51, "%", arm="combination arm", timepoint="24 months"),
        R("OS rate", 42, "%", arm="monotherapy arm", timepoint="24 months"),
        R("HR", 0.71, None, 0.55, 0.92, 95, "combination arm", versus="monotherapy arm", endpoint="OS")]),
    ("ivj08", "2", "adrenocortical carcinoma", [(None, "cabozantinib", [], 18)], [
        R("PR", 16.7, "%"), R("PFR", 72.2, "%", timepoint="4 months"), R("TTP", 4.6, M), R("OS", 13.5, M),
        R("OS rate", 54.2, "%", 41.0, 65.7, 95, timepoint="12 months")]),
]


def main():
    write(INVENTED_J, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "invented-j", "trials.jsonl"))


if __name__ == "__main__":
    main()
