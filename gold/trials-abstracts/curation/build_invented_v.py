"""Writes ../invented-v/trials.jsonl: the hand-made rows of the set of invented abstracts in ../invented-v/texts
(see ../README.md). Written blind for litmine by a helper session that had seen only the gold conventions
(ANNOTATION.md section 2, the README's "How each abstract was read", build_trials.py and build_invented_n.py), never
litmine's code, reports or output, nor the other sets' texts. Eight abstracts of cancer trials in the reporting styles
of 1990-2012 journals (JCO, Annals of Oncology, British Journal of Cancer, Lung Cancer, Cancer, European Journal of
Cancer), styles mixed: regimen acronyms the abstract defines (GT and MVAC, GV, CMF, ECF, GEMOX, IFL and FL, DC and PF)
with arms named by the regimen or as "arm A"/"arm B" ("median survival times were 8.2 and 7.9 months for arms A and
B, respectively"; "the 1- and 2-year survival rates were 35% and 12% in arm A versus 31% and 10% in arm B"), a
three-arm trial of two topotecan schedules against best supportive care with survival in weeks and two hazard ratios
against the control, a crossover trial (only the randomized comparison is recorded: the responses after crossover are
not), an adjuvant trial against observation with a disease-free survival (`DFS`, no convention covers it) and a 5-year
survival rate, a single-arm Simon two-stage phase II with CR and PR given as counts with their shares, time to
progression and time to treatment failure, results for eligible or assessable patients, figures control-first
("24% vs. 38%; FL vs. IFL") and "respectively". Not recorded: toxicity, quality of life and symptom control,
follow-up, lone p values, the duration of treatment, subgroup figures (performance status 2, node-positive,
oral cavity primaries) and the responses after crossover. `participants` are the patients per arm as randomized
(null in ivv08, which gives only the trial total); a single arm's patients enrolled and treated. `cancerType` is the
disease as named, without stage words ("advanced", "metastatic"). `phase` is null for the adjuvant trial, which
names none. `drug` the agent only this arm gets, else its first agent (README); best supportive care given with
topotecan is not listed. Not real papers: real drug names, made-up figures. Same row format as build_trials.py.
Run: python3 build_invented_v.py
"""
import os

from build_trials import M, R, W, write

MVAC = ["methotrexate", "vinblastine", "doxorubicin", "cisplatin"]

INVENTED_V = [
    ("ivv01", "3", "transitional-cell carcinoma of the urothelium",
     [("GT", "gemcitabine", ["paclitaxel"], 160), ("MVAC", "methotrexate", MVAC[1:], 158)], [
        R("OS", 13.6, M, arm="GT"), R("OS", 14.2, M, arm="MVAC"),
        R("HR", 1.04, None, 0.81, 1.33, 95, "GT", versus="MVAC", endpoint="OS"),
        R("TTP", 7.1, M, arm="GT"), R("TTP", 7.6, M, arm="MVAC"),
        R("ORR", 44, "%", 36, 52, 95, "GT"), R("ORR", 47, "%", 39, 55, 95, "MVAC"),
        R("CR", 11, "%", arm="GT"), R("CR", 13, "%", arm="MVAC")]),
    ("ivv02", "3", "non-small-cell lung cancer",
     [("arm A", "gemcitabine", ["vinorelbine"], 119), ("arm B", "docetaxel", [], 117)], [
        R("OS", 8.2, M, arm="arm A"), R("OS", 7.9, M, arm="arm B"),
        R("OS rate", 35, "%", arm="arm A", timepoint="12 months"),
        R("OS rate", 12, "%", arm="arm A", timepoint="24 months"),
        R("OS rate", 31, "%", arm="arm B", timepoint="12 months"),
        R("OS rate", 10, "%", arm="arm B", timepoint="24 months"),
        R("TTP", 4.4, M, arm="arm A"), R("TTP", 4.0, M, arm="arm B"),
        R("ORR", 22, "%", arm="arm A"), R("ORR", 18, "%", arm="arm B")]),
    ("ivv03", "3", "small-cell lung cancer",
     [("D-TOP", "topotecan", [], 69), ("W-TOP", "topotecan", [], 68), ("BSC", "best supportive care", [], 67)], [
        R("OS", 25.6, W, arm="D-TOP"), R("OS", 22.4, W, arm="W-TOP"), R("OS", 14.1, W, arm="BSC"),
        R("HR", 0.63, None, 0.46, 0.87, 95, "D-TOP", versus="BSC", endpoint="OS"),
        R("HR", 0.74, None, 0.54, 1.01, 95, "W-TOP", versus="BSC", endpoint="OS"),
        R("OS rate", 51, "%", arm="D-TOP", timepoint="6 months"),
        R("OS rate", 45, "%", arm="W-TOP", timepoint="6 months"),
        R("OS rate", 27, "%", arm="BSC", timepoint="6 months"),
        R("ORR", 14, "%", arm="D-TOP"), R("ORR", 9, "%", arm="W-TOP")]),
    ("ivv04", "2", "breast cancer",
     [("capecitabine", "capecitabine", [], 48), ("CMF", "cyclophosphamide", ["methotrexate", "fluorouracil"], 46)], [
        R("ORR", 31, "%", arm="capecitabine"), R("ORR", 22, "%", arm="CMF"),
        R("TTP", 6.3, M, arm="capecitabine"), R("TTP", 4.9, M, arm="CMF"),
        R("HR", 0.72, None, 0.46, 1.12, 95, "capecitabine", versus="CMF", endpoint="TTP"),
        R("TTF", 4.8, M, arm="capecitabine"), R("TTF", 3.6, M, arm="CMF"),
        R("OS", 19.7, M, arm="capecitabine"), R("OS", 17.5, M, arm="CMF")]),
    ("ivv05", None, "gastric cancer",
     [("ECF", "epirubicin", ["cisplatin", "fluorouracil"], 144), ("observation", "observation", [], 142)], [
        R("DFS", 31.4, M, arm="ECF"), R("DFS", 22.8, M, arm="observation"),
        R("HR", 0.78, None, 0.59, 1.03, 95, "ECF", versus="observation", endpoint="DFS"),
        R("OS", 47.9, M, 36.2, 60.3, 95, "ECF"), R("OS", 38.5, M, 29.8, 47.1, 95, "observation"),
        R("HR", 0.83, None, 0.62, 1.11, 95, "ECF", versus="observation", endpoint="OS"),
        R("OS rate", 44, "%", arm="ECF", timepoint="60 months"),
        R("OS rate", 38, "%", arm="observation", timepoint="60 months")]),
    ("ivv06", "2", "biliary tract cancer",
     [(None, "gemcitabine", ["oxaliplatin"], 63)], [
        R("CR", 5, "%"), R("PR", 28, "%"), R("ORR", 33, "%", 22, 46, 95), R("SD", 35, "%"), R("DCR", 68, "%"),
        R("TTP", 5.8, M, 4.6, 7.0, 95), R("OS", 10.4, M, 8.7, 12.9, 95),
        R("OS rate", 41, "%", timepoint="12 months")]),
    ("ivv07", "3", "colorectal cancer",
     [("IFL", "irinotecan", ["fluorouracil", "leucovorin"], 199), ("FL", "fluorouracil", ["leucovorin"], 203)], [
        R("ORR", 24, "%", arm="FL"), R("ORR", 38, "%", arm="IFL"),
        R("TTP", 5.1, M, arm="FL"), R("TTP", 6.9, M, arm="IFL"),
        R("HR", 0.71, None, 0.58, 0.87, 95, "IFL", versus="FL", endpoint="TTP"),
        R("OS", 13.2, M, arm="FL"), R("OS", 15.4, M, arm="IFL"),
        R("HR", 0.84, None, 0.68, 1.03, 95, "IFL", versus="FL", endpoint="OS"),
        R("OS rate", 56, "%", arm="FL", timepoint="12 months"),
        R("OS rate", 63, "%", arm="IFL", timepoint="12 months")]),
    ("ivv08", "2", "squamous cell carcinoma of the head and neck",
     [("DC", "docetaxel", ["cisplatin"], None), ("PF", "fluorouracil", ["cisplatin"], None)], [
        R("ORR", 36, "%", 24, 50, 95, "DC"), R("ORR", 29, "%", 18, 43, 95, "PF"),
        R("CR", 7, "%", arm="DC"), R("CR", 4, "%", arm="PF"),
        R("PFS", 5.2, M, arm="DC"), R("PFS", 4.1, M, arm="PF"),
        R("OS", 9.8, M, arm="DC"), R("OS", 8.6, M, arm="PF"),
        R("OS rate", 39, "%", arm="DC", timepoint="12 months"),
        R("OS rate", 33, "%", arm="PF", timepoint="12 months")]),
]


def main():
    write(INVENTED_V, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "invented-v", "trials.jsonl"))


if __name__ == "__main__":
    main()
