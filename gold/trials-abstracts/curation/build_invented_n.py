"""Writes ../invented-n/trials.jsonl: the hand-made rows of the fourteenth set of invented abstracts in
../invented-n/texts (see ../README.md). Written for litmine on 2026-12-06 (session 20), after the rules for
invented-m and before any output of litmine on them was looked at, mixing styles: a congress-style abstract ("Pts",
"mo", "Q3W", "(n=402)", "not significant"), Lancet bracketed CIs with three-decimal ratios, a Chinese-journal "The
median OS in the X group and the Y group was ... respectively (HR=0.70, 95%CI ...)" with two metrics' figures "higher
than those of the placebo group (1.4% and 35.5%)", an NEJM consolidation trial (an ongoing response at 18 months, not
recorded), a single-arm phase II with response counts and a share with stable disease, FOLFIRI "with or without"
cetuximab with an odds ratio of response, and a Hodgkin lymphoma trial of regimen acronyms A+AVD and ABVD with a
"2-year modified progression-free survival" (recorded as a PFS rate) and a difference in percentage points (not
recorded). Conventions as before (README: `drug` the agent only this arm gets, else its first agent). Not real papers:
real drug names, made-up figures. Same row format as build_trials.py.
Run: python3 build_invented_n.py
"""
import os

from build_trials import M, R, write

FOLFIRI = ["irinotecan", "fluorouracil", "leucovorin"]
AVD = ["doxorubicin", "vinblastine", "dacarbazine"]

INVENTED_N = [
    ("ivn01", "3", "hepatocellular carcinoma",
     [("lenvatinib + pembrolizumab", "pembrolizumab", ["lenvatinib"], 402),
      ("lenvatinib + placebo", "placebo", ["lenvatinib"], 398)], [
        R("OS", 20.6, M, arm="lenvatinib + pembrolizumab"), R("OS", 18.7, M, arm="lenvatinib + placebo"),
        R("HR", 0.87, None, 0.73, 1.03, 95, "lenvatinib + pembrolizumab", versus="lenvatinib + placebo", endpoint="OS"),
        R("PFS", 7.9, M, arm="lenvatinib + pembrolizumab"), R("PFS", 7.6, M, arm="lenvatinib + placebo"),
        R("HR", 0.89, None, 0.75, 1.05, 95, "lenvatinib + pembrolizumab", versus="lenvatinib + placebo",
          endpoint="PFS"),
        R("ORR", 24.9, "%", arm="lenvatinib + pembrolizumab"), R("ORR", 16.8, "%", arm="lenvatinib + placebo")]),
    ("ivn02", "3", "gastric cancer",
     [("ramucirumab plus paclitaxel", "ramucirumab", ["paclitaxel"], 301),
      ("placebo plus paclitaxel", "placebo", ["paclitaxel"], 151)], [
        R("PFS", 4.32, M, 3.88, 4.61, 95, "ramucirumab plus paclitaxel"),
        R("PFS", 3.02, M, 2.76, 3.49, 95, "placebo plus paclitaxel"),
        R("HR", 0.741, None, 0.596, 0.922, 95, "ramucirumab plus paclitaxel", versus="placebo plus paclitaxel",
          endpoint="PFS"),
        R("OS", 8.95, M, arm="ramucirumab plus paclitaxel"), R("OS", 8.10, M, arm="placebo plus paclitaxel"),
        R("HR", 0.948, None, 0.762, 1.179, 95, "ramucirumab plus paclitaxel", versus="placebo plus paclitaxel",
          endpoint="OS"),
        R("ORR", 27.9, "%", arm="ramucirumab plus paclitaxel"), R("ORR", 20.5, "%", arm="placebo plus paclitaxel")]),
    ("ivn03", None, "non-small cell lung cancer",
     [("anlotinib group", "anlotinib", [], 285), ("placebo group", "placebo", [], 141)], [
        R("OS", 10.1, M, arm="anlotinib group"), R("OS", 6.6, M, arm="placebo group"),
        R("HR", 0.70, None, 0.55, 0.89, 95, "anlotinib group", versus="placebo group", endpoint="OS"),
        R("PFS", 5.2, M, arm="anlotinib group"), R("PFS", 1.6, M, arm="placebo group"),
        R("HR", 0.27, None, 0.21, 0.34, 95, "anlotinib group", versus="placebo group", endpoint="PFS"),
        R("ORR", 8.8, "%", arm="anlotinib group"), R("ORR", 1.4, "%", arm="placebo group"),
        R("DCR", 79.3, "%", arm="anlotinib group"), R("DCR", 35.5, "%", arm="placebo group")]),
    ("ivn04", None, "non-small-cell lung cancer",
     [("durvalumab", "durvalumab", [], 466), ("placebo", "placebo", [], 236)], [
        R("PFS", 15.8, M, 12.6, 21.9, 95, "durvalumab"), R("PFS", 6.1, M, 4.9, 7.8, 95, "placebo"),
        R("HR", 0.55, None, 0.44, 0.69, 95, "durvalumab", versus="placebo", endpoint="PFS"),
        R("ORR", 27.4, "%", arm="durvalumab"), R("ORR", 15.8, "%", arm="placebo")]),
    ("ivn05", "3", "ovarian cancer",
     [("olaparib", "olaparib", [], 191), ("placebo", "placebo", [], 97)], [
        R("PFS", 18.6, M, 15.9, 25.2, 95, "olaparib"), R("PFS", 5.9, M, 5.4, 6.3, 95, "placebo"),
        R("HR", 0.33, None, 0.24, 0.45, 95, "olaparib", versus="placebo", endpoint="PFS")]),
    ("ivn06", "2", "ovarian cancer",
     [(None, "nab-paclitaxel", [], 51)], [
        R("ORR", 22.9, "%", 12.0, 37.3, 95), R("SD", 37.5, "%"), R("PFS", 4.2, M), R("OS", 16.8, M)]),
    ("ivn07", "3", "metastatic colorectal cancer",
     [("cetuximab + FOLFIRI", "cetuximab", FOLFIRI, 298), ("FOLFIRI", "irinotecan", FOLFIRI[1:], 306)], [
        R("PFS", 10.4, M, arm="cetuximab + FOLFIRI"), R("PFS", 8.7, M, arm="FOLFIRI"),
        R("HR", 0.72, None, 0.59, 0.88, 95, "cetuximab + FOLFIRI", versus="FOLFIRI", endpoint="PFS"),
        R("OS", 24.8, M, arm="cetuximab + FOLFIRI"), R("OS", 20.6, M, arm="FOLFIRI"),
        R("HR", 0.78, None, 0.65, 0.94, 95, "cetuximab + FOLFIRI", versus="FOLFIRI", endpoint="OS"),
        R("ORR", 59.1, "%", arm="cetuximab + FOLFIRI"), R("ORR", 40.2, "%", arm="FOLFIRI"),
        R("OR", 2.15, None, 1.55, 2.98, 95, "cetuximab + FOLFIRI", versus="FOLFIRI", endpoint="ORR")]),
    ("ivn08", None, "classic Hodgkin lymphoma",
     [("A+AVD", "brentuximab vedotin", AVD, 652), ("ABVD", "bleomycin", AVD, 659)], [
        R("PFR", 81.6, "%", 78.4, 84.4, 95, "A+AVD", timepoint="24 months"),
        R("PFR", 76.3, "%", 72.8, 79.5, 95, "ABVD", timepoint="24 months"),
        R("HR", 0.75, None, 0.59, 0.96, 95, "A+AVD", versus="ABVD", endpoint="PFS")]),
]


def main():
    write(INVENTED_N, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "invented-n", "trials.jsonl"))


if __name__ == "__main__":
    main()
