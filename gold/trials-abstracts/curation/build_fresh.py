"""Writes ../fresh/trials.jsonl: the hand-made rows of the fresh development sample (see ../README.md), the 16
abstracts after pmid25704439 in the order of the fifteen added, written from the abstracts before any output of
litmine on them was looked at (2026-12-05). Same row format as build_trials.py. Run: python3 build_fresh.py
"""
import os

from build_trials import M, R, write

FRESH = [
    ("pmid26156651", "3", "squamous cell carcinoma of the lung",
     [("afatinib", "afatinib", [], 398), ("erlotinib", "erlotinib", [], 397)], [
        # the primary analysis of progression-free survival
        R("PFS", 2.4, M, 1.9, 2.9, 95, "afatinib"), R("PFS", 1.9, M, 1.9, 2.2, 95, "erlotinib"),
        R("HR", 0.82, None, 0.68, 1.00, 95, "afatinib", versus="erlotinib", endpoint="PFS"),
        # the primary analysis of overall survival, with progression-free survival again
        R("OS", 7.9, M, 7.2, 8.7, 95, "afatinib"), R("OS", 6.8, M, 5.9, 7.8, 95, "erlotinib"),
        R("HR", 0.81, None, 0.69, 0.95, 95, "afatinib", versus="erlotinib", endpoint="OS"),
        R("PFS", 2.6, M, 2.0, 2.9, 95, "afatinib"), R("PFS", 1.9, M, 1.9, 2.1, 95, "erlotinib"),
        R("HR", 0.81, None, 0.69, 0.96, 95, "afatinib", versus="erlotinib", endpoint="PFS"),
        R("DCR", 51, "%", arm="afatinib"), R("DCR", 40, "%", arm="erlotinib"),
        R("ORR", 6, "%", arm="afatinib"), R("ORR", 3, "%", arm="erlotinib")]),
    ("pmid26712084", None, "non-small-cell lung cancer",
     [("pembrolizumab 2 mg/kg", "pembrolizumab", [], 345), ("pembrolizumab 10 mg/kg", "pembrolizumab", [], 346),
      ("docetaxel", "docetaxel", [], 343)], [
        R("OS", 10.4, M, arm="pembrolizumab 2 mg/kg"), R("OS", 12.7, M, arm="pembrolizumab 10 mg/kg"),
        R("OS", 8.5, M, arm="docetaxel"),
        R("HR", 0.71, None, 0.58, 0.88, 95, "pembrolizumab 2 mg/kg", versus="docetaxel", endpoint="OS"),
        R("HR", 0.61, None, 0.49, 0.75, 95, "pembrolizumab 10 mg/kg", versus="docetaxel", endpoint="OS"),
        R("PFS", 3.9, M, arm="pembrolizumab 2 mg/kg"), R("PFS", 4.0, M, arm="pembrolizumab 10 mg/kg"),
        R("PFS", 4.0, M, arm="docetaxel"),
        R("HR", 0.88, None, 0.74, 1.05, 95, "pembrolizumab 2 mg/kg", versus="docetaxel", endpoint="PFS"),
        R("HR", 0.79, None, 0.66, 0.94, 95, "pembrolizumab 10 mg/kg", versus="docetaxel", endpoint="PFS")]),
    ("pmid27022112", "3", "lung adenocarcinoma",
     [("gefitinib", "gefitinib", [], None), ("erlotinib", "erlotinib", [], None)], [
        R("PFS", 6.5, M, arm="gefitinib"), R("PFS", 7.5, M, arm="erlotinib"),
        R("HR", 1.125, None, 0.940, 1.347, 95, "gefitinib", versus="erlotinib", endpoint="PFS"),
        R("OS", 22.8, M, arm="gefitinib"), R("OS", 24.5, M, arm="erlotinib"),
        R("HR", 1.038, None, 0.833, 1.294, 95, "gefitinib", versus="erlotinib", endpoint="OS"),
        R("ORR", 45.9, "%", arm="gefitinib"), R("ORR", 44.1, "%", arm="erlotinib")]),
    ("pmid27083334", "2b", "non-small-cell lung cancer",
     [("afatinib", "afatinib", [], 160), ("gefitinib", "gefitinib", [], 159)], [
        R("PFS", 11.0, M, 10.6, 12.9, 95, "afatinib"), R("PFS", 10.9, M, 9.1, 11.5, 95, "gefitinib"),
        R("HR", 0.73, None, 0.57, 0.95, 95, "afatinib", versus="gefitinib", endpoint="PFS"),
        R("TTF", 13.7, M, 11.9, 15.0, 95, "afatinib"), R("TTF", 11.5, M, 10.1, 13.1, 95, "gefitinib"),
        R("HR", 0.73, None, 0.58, 0.92, 95, "afatinib", versus="gefitinib", endpoint="TTF")]),
    ("pmid27432917", "2", "non-small-cell lung cancer", [(None, "ceritinib", [], 140)], [
        R("ORR", 38.6, "%", 30.5, 47.2, 95), R("DCR", 77.1, "%", 69.3, 83.8, 95), R("DOR", 9.7, M, 7.1, 11.1, 95),
        R("PFS", 5.7, M, 5.4, 7.6, 95)]),
    ("pmid27745820", "2", "non-squamous non-small-cell lung cancer",
     [("pembrolizumab plus chemotherapy", "pembrolizumab", ["carboplatin", "pemetrexed"], 60),
      ("chemotherapy alone", "carboplatin", ["pemetrexed"], 63)], [
        R("ORR", 55, "%", 42, 68, 95, "pembrolizumab plus chemotherapy"),
        R("ORR", 29, "%", 18, 41, 95, "chemotherapy alone")]),
    ("pmid27979383", "3", "non-small-cell lung cancer",
     [("atezolizumab", "atezolizumab", [], 425), ("docetaxel", "docetaxel", [], 425)], [
        R("OS", 13.8, M, 11.8, 15.7, 95, "atezolizumab"), R("OS", 9.6, M, 8.6, 11.2, 95, "docetaxel"),
        R("HR", 0.73, None, 0.62, 0.87, 95, "atezolizumab", versus="docetaxel", endpoint="OS")]),
    ("pmid27987585", None, "non-small-cell lung cancer",
     [("early erlotinib", "erlotinib", [], 322), ("late erlotinib", "placebo", ["erlotinib"], 321)], [
        R("OS", 9.7, M, arm="early erlotinib"), R("OS", 9.5, M, arm="late erlotinib"),
        R("HR", 1.02, None, 0.85, 1.22, 95, "early erlotinib", versus="late erlotinib", endpoint="OS")]),
    ("pmid28126333", "3", "non-small-cell lung cancer",
     [("ceritinib", "ceritinib", [], 189), ("chemotherapy", "chemotherapy", [], 187)], [
        R("PFS", 16.6, M, 12.6, 27.2, 95, "ceritinib"), R("PFS", 8.1, M, 5.8, 11.1, 95, "chemotherapy"),
        R("HR", 0.55, None, 0.42, 0.73, 95, "ceritinib", versus="chemotherapy", endpoint="PFS")]),
    ("pmid28520527", "2", "non-small-cell lung cancer", [(None, "ceritinib", [], 32)], [
        R("ORR", 62, "%", 45, 77, 95), R("DOR", 21.0, M, 17, 25, 95), R("DCR", 81, "%", 65, 91, 95),
        R("PFS", 9.3, M, 0, 22, 95), R("OS", 24, M, 5, 43, 95)]),
    ("pmid28919011", "2", "non-small-cell lung cancer", [(None, "dabrafenib", ["trametinib"], 36)], [
        R("ORR", 64, "%", 46, 79, 95), R("CR", 6, "%"), R("PR", 58, "%")]),
    ("pmid30955977", "3", "non-small-cell lung cancer",
     [("pembrolizumab", "pembrolizumab", [], 637), ("chemotherapy", "chemotherapy", [], 637)], [
        # the TPS >= 1% population is the whole trial (every patient had a TPS of 1% or greater)
        R("HR", 0.81, None, 0.71, 0.93, 95, "pembrolizumab", versus="chemotherapy", endpoint="OS"),
        R("OS", 16.7, M, 13.9, 19.7, 95, "pembrolizumab"), R("OS", 12.1, M, 11.3, 13.3, 95, "chemotherapy")]),
]


def main():
    write(FRESH, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fresh", "trials.jsonl"))


if __name__ == "__main__":
    main()
