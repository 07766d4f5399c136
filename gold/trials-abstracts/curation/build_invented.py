"""Writes ../invented/trials.jsonl: the hand-made rows of the invented abstracts in ../invented/texts (see
../README.md). The abstracts are not real papers: they were written for litmine on 2026-12-05, before any output of
litmine on them was looked at, in the styles trial abstracts are published in (NEJM, Lancet, JCO, Annals), with
real drug names and made-up figures; no sentence was taken from a paper or from a gold or held-out abstract. Same
row format as build_trials.py. Run: python3 build_invented.py
"""
import os

from build_trials import M, R, write

NSCLC = "non-small-cell lung cancer"

INVENTED = [
    ("inv01", "3", NSCLC,
     [("lorlatinib", "lorlatinib", [], 149), ("crizotinib", "crizotinib", [], 147)], [
        R("PFS", None, M, arm="lorlatinib", not_reached=True),
        R("PFS", 9.3, M, 7.6, 11.1, 95, "crizotinib"),
        R("HR", 0.28, None, 0.19, 0.41, 95, "lorlatinib", versus="crizotinib", endpoint="PFS"),
        R("ORR", 75.8, "%", 68.1, 82.5, 95, "lorlatinib"), R("ORR", 58.5, "%", 50.1, 66.5, 95, "crizotinib")]),
    ("inv02", "3", "squamous non-small-cell lung cancer",
     [("nivolumab", "nivolumab", [], 133), ("docetaxel", "docetaxel", [], 131)], [
        R("OS", 9.4, M, 7.5, 12.0, 95, "nivolumab"), R("OS", 6.1, M, 5.2, 7.4, 95, "docetaxel"),
        R("HR", 0.61, None, 0.47, 0.80, 95, "nivolumab", versus="docetaxel", endpoint="OS"),
        R("PFS", 3.4, M, 2.1, 4.9, 95, "nivolumab"), R("PFS", 2.8, M, 2.1, 3.5, 95, "docetaxel"),
        R("HR", 0.64, None, 0.49, 0.84, 95, "nivolumab", versus="docetaxel", endpoint="PFS"),
        R("ORR", 21, "%", arm="nivolumab"), R("ORR", 9, "%", arm="docetaxel"),
        R("OS rate", 43, "%", arm="nivolumab", timepoint="12 months"),
        R("OS rate", 25, "%", arm="docetaxel", timepoint="12 months")]),
    ("inv03", "2", "squamous non-small cell lung cancer",
     [("arm A", "gemcitabine", ["cisplatin"], 109), ("arm B", "necitumumab", ["gemcitabine", "cisplatin"], 111)], [
        R("ORR", 38, "%", 27, 49, 97.5, "arm A"), R("ORR", 47, "%", 36, 58, 97.5, "arm B"),
        R("PFS", 5.1, M, arm="arm A"), R("PFS", 5.9, M, arm="arm B"),
        R("HR", 0.83, None, 0.62, 1.11, 95, "arm B", versus="arm A", endpoint="PFS"),
        R("OS", 10.2, M, arm="arm A"), R("OS", 11.8, M, arm="arm B"),
        R("HR", 0.88, None, 0.65, 1.19, 95, "arm B", versus="arm A", endpoint="OS")]),
    ("inv04", "2", "non-small cell lung cancer", [(None, "tepotinib", [], 78)], [
        R("ORR", 44.9, "%", 33.6, 56.6, 95), R("CR", 2.6, "%"), R("DCR", 71.8, "%"),
        R("DOR", 11.1, M, 7.2, None, 95), R("PFS", 8.5, M, 6.7, 11.0, 95), R("OS", 17.1, M, 12.0, 21.3, 95)]),
    ("inv05", "3", "non-squamous non-small-cell lung cancer",
     [("pemetrexed", "pemetrexed", [], 340), ("placebo", "placebo", [], 170)], [
        R("HR", 0.64, None, 0.51, 0.80, 95, "pemetrexed", versus="placebo", endpoint="PFS"),
        R("PFS", 4.2, M, 3.5, 4.8, 95, "pemetrexed"), R("PFS", 2.9, M, 2.6, 3.1, 95, "placebo"),
        R("OS", 13.6, M, arm="pemetrexed"), R("OS", 11.2, M, arm="placebo"),
        R("HR", 0.79, None, 0.64, 0.97, 95, "pemetrexed", versus="placebo", endpoint="OS")]),
    ("inv06", "3", NSCLC,
     [("osimertinib", "osimertinib", [], None),
      ("platinum therapy plus pemetrexed", "pemetrexed", ["carboplatin", "cisplatin"], None)], [
        R("PFS", 9.8, M, arm="osimertinib"), R("PFS", 4.1, M, arm="platinum therapy plus pemetrexed"),
        R("HR", 0.32, None, 0.24, 0.42, 95, "osimertinib", versus="platinum therapy plus pemetrexed",
          endpoint="PFS"),
        R("ORR", 68, "%", 62, 74, 95, "osimertinib"),
        R("ORR", 33, "%", 25, 42, 95, "platinum therapy plus pemetrexed"),
        R("OR", 4.21, None, 2.68, 6.61, 95, "osimertinib", versus="platinum therapy plus pemetrexed",
          endpoint="ORR")]),
    ("inv07", "2", "non-small cell lung cancer",
     [("arm A", "ensartinib", [], 94), ("arm B", "ensartinib", [], 96)], [
        R("ORR", 41, "%", 29, 53, 97.5, "arm A"), R("ORR", 52, "%", 40, 64, 97.5, "arm B"),
        R("PFS", 8.1, M, 5.6, 11.0, 95, "arm A"), R("PFS", 11.4, M, 9.0, 14.7, 95, "arm B")]),
    ("inv08", "3", NSCLC,
     [("ramucirumab plus erlotinib", "ramucirumab", ["erlotinib"], 224),
      ("placebo plus erlotinib", "placebo", ["erlotinib"], 225)], [
        R("PFS", 19.2, M, 15.4, 21.6, 95, "ramucirumab plus erlotinib"),
        R("PFS", 12.5, M, 11.1, 13.9, 95, "placebo plus erlotinib"),
        R("HR", 0.60, None, 0.47, 0.76, 95, "ramucirumab plus erlotinib", versus="placebo plus erlotinib",
          endpoint="PFS"),
        R("ORR", 76, "%", arm="ramucirumab plus erlotinib"), R("ORR", 75, "%", arm="placebo plus erlotinib")]),
    ("inv09", None, NSCLC,
     [("durvalumab", "durvalumab", [], 473), ("placebo", "placebo", [], 236)], [
        R("PFS", 16.3, M, 13.1, 22.4, 95, "durvalumab"), R("PFS", 5.7, M, 4.6, 7.8, 95, "placebo"),
        R("HR", 0.51, None, 0.41, 0.63, 95, "durvalumab", versus="placebo", endpoint="PFS"),
        R("PFR", 55.2, "%", arm="durvalumab", timepoint="12 months"),
        R("PFR", 35.1, "%", arm="placebo", timepoint="12 months"),
        R("ORR", 28.1, "%", arm="durvalumab"), R("ORR", 15.9, "%", arm="placebo")]),
    ("inv10", "2", "non-small cell lung cancer",
     [("cabozantinib", "cabozantinib", [], 21), ("vandetanib", "vandetanib", [], 20),
      ("combination", "cabozantinib", ["vandetanib"], 22)], [
        R("ORR", 29, "%", arm="cabozantinib"), R("ORR", 18, "%", arm="vandetanib"),
        R("ORR", 36, "%", arm="combination"),
        R("PFS", 5.5, M, 3.8, 8.4, 95, "cabozantinib"), R("PFS", 4.5, M, 2.8, 6.0, 95, "vandetanib"),
        R("PFS", 6.9, M, 4.6, 9.9, 95, "combination")]),
    ("inv11", "3", NSCLC,
     [("pembrolizumab plus ipilimumab", "ipilimumab", ["pembrolizumab"], 284),
      ("pembrolizumab plus placebo", "placebo", ["pembrolizumab"], 284)], [
        R("OS", 21.4, M, 16.6, None, 95, "pembrolizumab plus ipilimumab"),
        R("OS", 21.9, M, 18.0, None, 95, "pembrolizumab plus placebo"),
        R("HR", 1.08, None, 0.85, 1.37, 95, "pembrolizumab plus ipilimumab", versus="pembrolizumab plus placebo",
          endpoint="OS"),
        R("PFS", 8.2, M, arm="pembrolizumab plus ipilimumab"), R("PFS", 8.4, M, arm="pembrolizumab plus placebo"),
        R("HR", 1.06, None, 0.86, 1.30, 95, "pembrolizumab plus ipilimumab", versus="pembrolizumab plus placebo",
          endpoint="PFS")]),
    ("inv12", "2", NSCLC, [(None, "erlotinib", [], 57)], [
        R("ORR", 16.4, "%", 7.8, 28.8, 95), R("SD", 34.5, "%"), R("TTP", 2.9, M, 2.1, 3.8, 95),
        R("OS", 8.6, M, 6.3, 11.2, 95), R("OS rate", 38, "%", timepoint="12 months")]),
]


def main():
    write(INVENTED, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "invented", "trials.jsonl"))


if __name__ == "__main__":
    main()
