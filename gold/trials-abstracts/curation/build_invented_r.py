"""Writes ../invented-r/trials.jsonl: the hand-made rows of the set invented-r, eight invented abstracts in
../invented-r/texts (see ../README.md). Written blind by a helper who had not seen litmine's rules, code or
outputs (only the shared ANNOTATION.md section 2, the README's "How each abstract was read" conventions,
build_trials.py and build_invented_n.py). Chemotherapy and early targeted-therapy trials in the styles of the 1990s to 2010s (JCO,
BJC, Annals of Oncology, Cancer, Lung Cancer, EJC): a phase III GC versus PC doublet trial with one- and two-year
survival rates ("respectively"), irinotecan plus best supportive care versus BSC alone (2:1, "no change", cost), a
single-arm phase II GEMOX study in evaluable patients (CA 19-9 and subgroup figures not recorded), a three-arm
"arm A/B/C" gastric trial with figures listed "respectively", hazard ratios against arm A and a whole-population
median (arm None), maintenance topotecan versus observation after PE induction (induction not in the combination),
a single-arm phase II of gefitinib (ZD1839) with a disease control rate and an exploratory rash subgroup (not
recorded), an elderly G versus GV trial with figures in weeks, and weekly versus three-weekly docetaxel (same drug
in both arms; CR/PR counts without percentages not recorded). Not real papers: real drug names, made-up figures.
Same row format as build_trials.py. Run: python3 build_invented_r.py
"""
import os

from build_trials import M, R, W, write

INVENTED_R = [
    ("ivr01", "3", "non-small-cell lung cancer",
     [("GC", "gemcitabine", ["cisplatin"], 207), ("PC", "paclitaxel", ["carboplatin"], 205)], [
        R("ORR", 32.4, "%", 26.0, 39.2, 95, "GC"), R("ORR", 27.8, "%", 21.8, 34.5, 95, "PC"),
        R("TTP", 5.1, M, arm="GC"), R("TTP", 4.6, M, arm="PC"),
        R("OS", 9.6, M, arm="GC"), R("OS", 9.1, M, arm="PC"),
        R("HR", 0.94, None, 0.76, 1.15, 95, "GC", versus="PC", endpoint="OS"),
        R("OS rate", 38, "%", arm="GC", timepoint="12 months"),
        R("OS rate", 35, "%", arm="PC", timepoint="12 months"),
        R("OS rate", 14, "%", arm="GC", timepoint="24 months"),
        R("OS rate", 11, "%", arm="PC", timepoint="24 months")]),
    ("ivr02", "3", "metastatic colorectal cancer",
     [("irinotecan group", "irinotecan", [], 168), ("BSC group", "best supportive care", [], 86)], [
        R("OS", 9.4, M, arm="irinotecan group"), R("OS", 6.3, M, arm="BSC group"),
        R("OS rate", 37.2, "%", arm="irinotecan group", timepoint="12 months"),
        R("OS rate", 15.8, "%", arm="BSC group", timepoint="12 months"),
        R("HR", 0.62, None, 0.47, 0.82, 95, "irinotecan group", versus="BSC group", endpoint="OS"),
        R("ORR", 7.9, "%", 4.0, 13.7, 95, "irinotecan group"),
        R("SD", 41.7, "%", arm="irinotecan group")]),
    ("ivr03", "2", "pancreatic adenocarcinoma",
     [(None, "gemcitabine", ["oxaliplatin"], 44)], [
        R("ORR", 25.0, "%", 12.7, 41.2, 95), R("SD", 37.5, "%"),
        R("TTP", 4.3, M, 3.1, 5.6, 95), R("OS", 8.2, M, 6.4, 10.5, 95),
        R("OS rate", 31, "%", timepoint="12 months")]),
    ("ivr04", "3", "advanced gastric cancer",
     [("arm A", "fluorouracil", ["cisplatin"], 108), ("arm B", "docetaxel", ["cisplatin"], 107),
      ("arm C", "irinotecan", ["cisplatin"], 106)], [
        R("ORR", 26, "%", 17, 35, 95, "arm A"), R("ORR", 37, "%", 28, 48, 95, "arm B"),
        R("ORR", 33, "%", 24, 43, 95, "arm C"),
        R("TTP", 3.9, M, arm="arm A"), R("TTP", 5.2, M, arm="arm B"), R("TTP", 4.8, M, arm="arm C"),
        R("OS", 8.1, M, arm="arm A"), R("OS", 9.3, M, arm="arm B"), R("OS", 8.8, M, arm="arm C"),
        R("OS rate", 30, "%", arm="arm A", timepoint="12 months"),
        R("OS rate", 37, "%", arm="arm B", timepoint="12 months"),
        R("OS rate", 35, "%", arm="arm C", timepoint="12 months"),
        R("HR", 0.85, None, 0.64, 1.13, 95, "arm B", versus="arm A", endpoint="OS"),
        R("HR", 0.90, None, 0.68, 1.19, 95, "arm C", versus="arm A", endpoint="OS"),
        R("OS", 8.7, M, 7.9, 9.6, 95)]),
    ("ivr05", "2", "extensive-stage small-cell lung cancer",
     [("maintenance arm", "topotecan", [], 51), ("observation arm", "observation", [], 51)], [
        R("PFS", 3.7, M, 2.9, 4.6, 95, "maintenance arm"), R("PFS", 2.4, M, 1.9, 3.0, 95, "observation arm"),
        R("HR", 0.64, None, 0.42, 0.97, 95, "maintenance arm", versus="observation arm", endpoint="PFS"),
        R("OS", 8.6, M, arm="maintenance arm"), R("OS", 8.9, M, arm="observation arm"),
        R("OS rate", 29, "%", arm="maintenance arm", timepoint="12 months"),
        R("OS rate", 32, "%", arm="observation arm", timepoint="12 months")]),
    ("ivr06", "2", "squamous cell carcinoma of the head and neck",
     [(None, "gefitinib", [], 52)], [
        R("ORR", 10.6, "%", 3.5, 23.1, 95), R("SD", 40.4, "%"), R("DCR", 51.1, "%"),
        R("TTP", 3.4, M, 2.2, 4.0, 95), R("OS", 6.8, M, 5.1, 8.9, 95),
        R("OS rate", 24, "%", timepoint="12 months")]),
    ("ivr07", "3", "non-small-cell lung cancer",
     [("G", "gemcitabine", [], 73), ("GV", "vinorelbine", ["gemcitabine"], 75)], [
        R("ORR", 24.0, "%", 14.9, 35.3, 95, "GV"), R("ORR", 15.1, "%", 7.8, 25.4, 95, "G"),
        R("TTP", 19, W, arm="GV"), R("TTP", 14, W, arm="G"),
        R("OS", 32, W, arm="GV"), R("OS", 25, W, arm="G"),
        R("OS rate", 27, "%", arm="GV", timepoint="12 months"),
        R("OS rate", 20, "%", arm="G", timepoint="12 months"),
        R("HR", 0.76, None, 0.52, 1.11, 95, "GV", versus="G", endpoint="OS")]),
    ("ivr08", "2", "metastatic breast cancer",
     [("3-weekly arm", "docetaxel", [], 60), ("weekly arm", "docetaxel", [], 58)], [
        R("ORR", 36.8, "%", 24.4, 50.7, 95, "3-weekly arm"), R("ORR", 32.1, "%", 20.3, 46.0, 95, "weekly arm"),
        R("TTP", 6.1, M, arm="3-weekly arm"), R("TTP", 5.4, M, arm="weekly arm"),
        R("HR", 1.12, None, 0.76, 1.65, 95, "weekly arm", versus="3-weekly arm", endpoint="TTP"),
        R("OS", 19.8, M, arm="3-weekly arm"), R("OS", 18.3, M, arm="weekly arm")]),
]


def main():
    write(INVENTED_R, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "invented-r", "trials.jsonl"))


if __name__ == "__main__":
    main()
