"""Writes ../invented-g/trials.jsonl: the hand-made rows of the seventh set of invented abstracts in
../invented-g/texts (see ../README.md). Written for litmine on 2026-12-06 (session 19), after the rules for invented-f
and before any output of litmine on them was looked at, in styles the earlier sets lack: a noninferiority trial with a
95.003% CI and its margin; radiotherapy alone against chemoradiotherapy, groups named "RT" and "CRT", five-year rates
whose sentence names the control first and a ratio for the better arm; "Patients in the X arm had a median PFS of 8.2
months compared with 5.6 months for those in the Y arm"; a single arm in haematology (overall response, complete
response "in 69% of patients", an 18-month survival rate, participants in words); Lancet medians with bracketed CIs
and an odds ratio beside a difference in percentage points; a six-month progression-free survival rate and a rate "in
both groups"; a subgroup's ratio beside the whole population's and CIs after the arm's name; three arms numbered, their
figures "respectively" and ratios against the third. Not recorded: adverse events, the noninferiority margin, the
difference in percentage points, the PD-L1 subgroup. Not real papers: real drug names, made-up figures. Same row format
as build_trials.py. Run: python3 build_invented_g.py
"""
import os

from build_trials import M, R, write

INVENTED_G = [
    ("ivg01", "3", "hepatocellular carcinoma",
     [("tislelizumab", "tislelizumab", [], 342), ("sorafenib", "sorafenib", [], 332)], [
        R("OS", 15.6, M, arm="tislelizumab"), R("OS", 14.1, M, arm="sorafenib"),
        R("HR", 0.85, None, 0.71, 1.02, 95.003, "tislelizumab", versus="sorafenib", endpoint="OS"),
        R("PFS", 2.1, M, arm="tislelizumab"), R("PFS", 3.4, M, arm="sorafenib"),
        R("HR", 1.11, None, 0.92, 1.33, 95, "tislelizumab", versus="sorafenib", endpoint="PFS"),
        R("ORR", 14.3, "%", arm="tislelizumab"), R("ORR", 5.4, "%", arm="sorafenib")]),
    ("ivg02", "3", "nasopharyngeal carcinoma",
     [("RT", "radiotherapy", [], 170), ("CRT", "cisplatin", ["radiotherapy"], 172)], [
        R("OS rate", 72.3, "%", arm="RT", timepoint="60 months"),
        R("OS rate", 80.4, "%", arm="CRT", timepoint="60 months"),
        R("HR", 0.67, None, 0.46, 0.98, 95, "CRT", versus="RT", endpoint="OS"),
        R("PFR", 63.1, "%", arm="RT", timepoint="60 months"),
        R("PFR", 71.8, "%", arm="CRT", timepoint="60 months"),
        R("HR", 0.71, None, 0.52, 0.97, 95, "CRT", versus="RT", endpoint="PFS")]),
    ("ivg03", "2", "renal cell carcinoma",
     [("cabozantinib", "cabozantinib", [], 79), ("sunitinib", "sunitinib", [], 78)], [
        R("PFS", 8.2, M, arm="cabozantinib"), R("PFS", 5.6, M, arm="sunitinib"),
        R("HR", 0.66, None, 0.46, 0.95, 95, "cabozantinib", versus="sunitinib", endpoint="PFS"),
        R("ORR", 46, "%", 34, 57, 95, "cabozantinib"), R("ORR", 18, "%", 10, 28, 95, "sunitinib"),
        R("OS", 30.3, M, 14.6, None, 95, "cabozantinib"), R("OS", 21.8, M, 16.3, 27.0, 95, "sunitinib")]),
    ("ivg04", "2", "mantle cell lymphoma", [(None, "zanubrutinib", [], 86)], [
        R("ORR", 84, "%", 74.4, 90.8, 95), R("CR", 69, "%"), R("DOR", 19.5, M, 16.6, None, 95),
        R("PFS", 22.1, M, 13.9, None, 95), R("OS rate", 74.3, "%", timepoint="18 months")]),
    ("ivg05", "3", "gastric or gastro-oesophageal junction adenocarcinoma",
     [("ramucirumab plus paclitaxel", "ramucirumab", ["paclitaxel"], 330),
      ("placebo plus paclitaxel", "placebo", ["paclitaxel"], 335)], [
        R("OS", 10.1, M, 8.9, 11.3, 95, "ramucirumab plus paclitaxel"),
        R("OS", 7.9, M, 6.8, 8.8, 95, "placebo plus paclitaxel"),
        R("HR", 0.79, None, 0.66, 0.94, 95, "ramucirumab plus paclitaxel", versus="placebo plus paclitaxel",
          endpoint="OS"),
        R("ORR", 30, "%", arm="ramucirumab plus paclitaxel"), R("ORR", 15, "%", arm="placebo plus paclitaxel"),
        R("OR", 2.43, None, 1.63, 3.62, 95, "ramucirumab plus paclitaxel", versus="placebo plus paclitaxel",
          endpoint="ORR"),
        R("PFS", 4.6, M, arm="ramucirumab plus paclitaxel"), R("PFS", 3.0, M, arm="placebo plus paclitaxel")]),
    ("ivg06", "2", "glioblastoma", [("regorafenib", "regorafenib", [], 59), ("lomustine", "lomustine", [], 60)], [
        R("OS", 7.4, M, 5.8, 12.0, 95, "regorafenib"), R("OS", 5.6, M, 4.7, 7.3, 95, "lomustine"),
        R("HR", 0.50, None, 0.33, 0.75, 95, "regorafenib", versus="lomustine", endpoint="OS"),
        R("PFR", 16.9, "%", arm="regorafenib", timepoint="6 months"),
        R("PFR", 8.3, "%", arm="lomustine", timepoint="6 months"),
        R("ORR", 5, "%", arm="regorafenib"), R("ORR", 5, "%", arm="lomustine")]),
    ("ivg07", None, "cervical cancer", [("cemiplimab", "cemiplimab", [], 304), ("chemotherapy", "chemotherapy", [], 304)], [
        R("OS", 12.2, M, arm="cemiplimab"), R("OS", 8.6, M, arm="chemotherapy"),
        R("HR", 0.70, None, 0.58, 0.85, 95, "cemiplimab", versus="chemotherapy", endpoint="OS"),
        R("HR", 0.75, None, 0.63, 0.89, 95, "cemiplimab", versus="chemotherapy", endpoint="PFS"),
        R("ORR", 16.4, "%", 12.5, 21.1, 95, "cemiplimab"), R("ORR", 6.3, "%", 3.8, 9.6, 95, "chemotherapy")]),
    ("ivg08", "3", "non-small-cell lung cancer",
     [("arm 1", "cisplatin", ["gemcitabine"], 101), ("arm 2", "carboplatin", ["gemcitabine"], 99),
      ("arm 3", "gemcitabine", [], 100)], [
        R("OS", 9.8, M, arm="arm 1"), R("OS", 8.9, M, arm="arm 2"), R("OS", 6.5, M, arm="arm 3"),
        R("HR", 0.68, None, 0.50, 0.92, 95, "arm 1", versus="arm 3", endpoint="OS"),
        R("HR", 0.79, None, 0.59, 1.06, 95, "arm 2", versus="arm 3", endpoint="OS"),
        R("ORR", 31, "%", arm="arm 1"), R("ORR", 26, "%", arm="arm 2"), R("ORR", 12, "%", arm="arm 3")]),
]


def main():
    write(INVENTED_G, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "invented-g", "trials.jsonl"))


if __name__ == "__main__":
    main()
