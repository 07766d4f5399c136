"""Writes ../invented-b/trials.jsonl: the hand-made rows of the second set of invented abstracts in
../invented-b/texts (see ../README.md). Written for litmine on 2026-12-05 after the rules for the first invented set,
before any output of litmine on them was looked at; as the first set, not real papers (real drug names, made-up
figures), and none modelled on an abstract of ../shared/corpus/abstracts/trials (two drafts that echoed development
abstracts were replaced before the gold was written). Same row format as build_trials.py.
Run: python3 build_invented_b.py
"""
import os

from build_trials import M, R, write

NSCLC = "non-small-cell lung cancer"

INVENTED_B = [
    ("invb01", "3", NSCLC, [("icotinib", "icotinib", [], 200), ("gefitinib", "gefitinib", [], 200)], [
        R("PFS", 4.6, M, 3.5, 6.3, 95, "icotinib"), R("PFS", 3.4, M, 2.3, 3.8, 95, "gefitinib"),
        R("HR", 0.84, None, 0.67, 1.05, 95, "icotinib", versus="gefitinib", endpoint="PFS"),
        R("DCR", 75, "%", arm="icotinib"), R("DCR", 74, "%", arm="gefitinib")]),
    ("invb02", "2", "non-squamous non-small cell lung cancer",
     [("arm 1", "pemetrexed", ["carboplatin"], 51), ("arm 2", "bevacizumab", ["pemetrexed", "carboplatin"], 51)], [
        R("ORR", 31.4, "%", arm="arm 1"), R("ORR", 47.1, "%", arm="arm 2"),
        R("PFS", 5.3, M, 4.0, 6.9, 95, "arm 1"), R("PFS", 6.6, M, 5.1, 8.2, 95, "arm 2"),
        R("OS", 12.6, M, arm="arm 1"), R("OS", 13.9, M, arm="arm 2")]),
    ("invb03", "2", "non-small cell lung cancer", [(None, "capmatinib", [], 45)], [
        R("PR", 29.3, "%", 16.1, 45.5, 95), R("SD", 39.0, "%"), R("PFS", 4.1, M, 2.8, 5.6, 95),
        R("OS", 11.9, M, 8.7, 15.4, 95)]),
    ("invb04", "2", "squamous non-small-cell lung cancer",
     [("veliparib", "veliparib", ["carboplatin", "paclitaxel"], 60),
      ("placebo", "placebo", ["carboplatin", "paclitaxel"], 30)], [
        R("PFS", 5.8, M, arm="veliparib"), R("PFS", 4.2, M, arm="placebo"),
        R("HR", 0.72, None, 0.49, 1.06, 90, "veliparib", versus="placebo", endpoint="PFS"),
        R("ORR", 32, "%", arm="veliparib"), R("ORR", 27, "%", arm="placebo"),
        R("OS", 11.7, M, arm="veliparib"), R("OS", 9.1, M, arm="placebo")]),
    ("invb05", "2", NSCLC,
     [("dacomitinib 30 mg", "dacomitinib", [], 60), ("dacomitinib 45 mg", "dacomitinib", [], 61)], [
        R("ORR", 58.3, "%", 44.9, 70.9, 95, "dacomitinib 30 mg"), R("ORR", 65.6, "%", 52.3, 77.3, 95, "dacomitinib 45 mg"),
        R("PFS", 12.1, M, arm="dacomitinib 30 mg"), R("PFS", 14.7, M, arm="dacomitinib 45 mg")]),
    ("invb06", "3", "non-small cell lung cancer",
     [("experimental", "nintedanib", ["docetaxel"], 655), ("control", "placebo", ["docetaxel"], 659)], [
        R("PFS", 3.4, M, arm="experimental"), R("PFS", 2.7, M, arm="control"),
        R("HR", 0.79, None, 0.68, 0.92, 95, "experimental", versus="control", endpoint="PFS"),
        R("OS", 10.1, M, arm="experimental"), R("OS", 9.1, M, arm="control"),
        R("HR", 0.94, None, 0.83, 1.05, 95, "experimental", versus="control", endpoint="OS"),
        R("DCR", 54.0, "%", arm="experimental"), R("DCR", 41.3, "%", arm="control")]),
    ("invb07", "2", "lung cancer",
     [("erlotinib plus bevacizumab", "bevacizumab", ["erlotinib"], 77), ("erlotinib alone", "erlotinib", [], 77)], [
        R("PFS", 16.4, M, 13.9, 18.2, 95, "erlotinib plus bevacizumab"),
        R("PFS", 9.8, M, 8.4, 13.1, 95, "erlotinib alone"),
        R("HR", 0.53, None, 0.35, 0.80, 95, "erlotinib plus bevacizumab", versus="erlotinib alone", endpoint="PFS"),
        R("PFR", 68, "%", arm="erlotinib plus bevacizumab", timepoint="12 months"),
        R("PFR", 31, "%", arm="erlotinib plus bevacizumab", timepoint="24 months"),
        R("PFR", 41, "%", arm="erlotinib alone", timepoint="12 months"),
        R("PFR", 15, "%", arm="erlotinib alone", timepoint="24 months")]),
    ("invb08", "1", NSCLC, [(None, "crizotinib", [], 50)], [
        R("ORR", 72, "%", 58, 84, 95), R("DOR", 17.6, M, 14.5, None, 95), R("PFS", 19.2, M, 14.4, None, 95),
        R("PD", 12, "%")]),
    ("invb09", None, "non-small cell lung cancer",
     [("GP", "cisplatin", ["gemcitabine"], 87), ("GC", "carboplatin", ["gemcitabine"], 88)], [
        R("ORR", 41.4, "%", arm="GP"), R("ORR", 29.5, "%", arm="GC"),
        R("TTP", 5.9, M, arm="GP"), R("TTP", 4.6, M, arm="GC"),
        R("OS", 10.4, M, arm="GP"), R("OS", 9.8, M, arm="GC"),
        R("OS rate", 42, "%", arm="GP", timepoint="12 months"), R("OS rate", 42, "%", arm="GC", timepoint="12 months")]),
    ("invb10", "3", "non-squamous non-small-cell lung cancer",
     [("pembrolizumab-combination", "pembrolizumab", ["pemetrexed"], None),
      ("placebo-combination", "placebo", ["pemetrexed"], None)], [
        R("OS rate", 69.2, "%", 64.1, 73.8, 95, "pembrolizumab-combination", timepoint="12 months"),
        R("OS rate", 49.4, "%", 42.1, 56.2, 95, "placebo-combination", timepoint="12 months"),
        R("HR", 0.49, None, 0.38, 0.64, 95, "pembrolizumab-combination", versus="placebo-combination", endpoint="OS"),
        R("PFS", 8.8, M, 7.6, 9.2, 95, "pembrolizumab-combination"),
        R("PFS", 4.9, M, 4.7, 5.5, 95, "placebo-combination"),
        R("HR", 0.52, None, 0.43, 0.64, 95, "pembrolizumab-combination", versus="placebo-combination",
          endpoint="PFS")]),
    ("invb11", "2", NSCLC,
     [("erlotinib", "erlotinib", [], 51), ("chemotherapy", "vinorelbine", ["cisplatin"], 51)], [
        R("OS", 48.6, M, 41.5, None, 95, "erlotinib"), R("OS", 38.9, M, 28.7, 54.3, 95, "chemotherapy"),
        R("HR", 0.70, None, 0.42, 1.18, 95, "erlotinib", versus="chemotherapy", endpoint="OS")]),
    ("invb12", "3", NSCLC,
     [("chemotherapy plus cetuximab", "cetuximab", ["cisplatin", "vinorelbine"], 557),
      ("chemotherapy alone", "cisplatin", ["vinorelbine"], 568)], [
        R("OS", 11.3, M, arm="chemotherapy plus cetuximab"), R("OS", 10.1, M, arm="chemotherapy alone"),
        R("HR", 0.871, None, 0.762, 0.996, 95, "chemotherapy plus cetuximab", versus="chemotherapy alone",
          endpoint="OS"),
        R("ORR", 36, "%", arm="chemotherapy plus cetuximab"), R("ORR", 29, "%", arm="chemotherapy alone")]),
]


def main():
    write(INVENTED_B, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "invented-b", "trials.jsonl"))


if __name__ == "__main__":
    main()
