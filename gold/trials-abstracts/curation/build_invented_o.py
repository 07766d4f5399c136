"""Writes ../invented-o/trials.jsonl: the hand-made rows of the fifteenth set of invented abstracts in
../invented-o/texts (see ../README.md). Written blind by a helper who had not seen litmine's rules or code (only the
gold conventions of ../README.md, section 2 of ANNOTATION.md and the row format of build_trials.py), before any output
of litmine on them existed. Not real papers: real drug names and cancer types, made-up figures. Eight randomized
trials in mixed styles: an NEJM adjuvant trial against observation (median overall survival not reached in either
group, a PD-L1 subgroup hazard ratio not recorded), a Lancet three-arm maintenance trial of two starting doses of
niraparib against placebo (middle-dot decimals, bare intervals after a labelled 95% CI, ratios against placebo and
between the two doses, an 18-month progression-free rate "respectively"), a JCO trial of two regimen acronyms (mFFX,
GnP; "11.4 v 9.8 months", an under-65 subgroup not recorded), a congress-style randomized phase II with "arm A"/"arm B",
"pts", "mo" and a 90% CI, a Chinese-journal trial where the "observation group" is the experimental arm (apatinib plus
XELOX) and no phase is named, a placebo-controlled AML trial with response counts and an odds ratio of complete
remission, a mantle cell lymphoma trial with a 97.5% CI and a median overall survival not reached in one group, and a
randomized phase II of two schedules of capecitabine (biweekly and standard arms). Conventions as in the README
(`drug` the agent only this arm gets, else its first agent; a regimen acronym spelled out into its agents in the
order the text gives them). Same row format as build_trials.py. Corrected after the first score: apatinib's record
names it "rivoceranib" (its INN, the lexicon's id, as invented-l decided; the first score was taken with "apatinib").
Run: python3 build_invented_o.py
"""
import os

from build_trials import M, R, write

MFFX = ["oxaliplatin", "irinotecan", "leucovorin", "fluorouracil"]
XELOX = ["capecitabine", "oxaliplatin"]
BR = ["bendamustine", "rituximab"]

INVENTED_O = [
    ("ivo01", "3", "muscle-invasive urothelial carcinoma",
     [("tislelizumab group", "tislelizumab", [], 356), ("observation group", "observation", [], 353)], [
        R("DFS", 24.6, M, 19.8, 31.2, 95, "tislelizumab group"),
        R("DFS", 13.9, M, 10.7, 17.5, 95, "observation group"),
        R("HR", 0.68, None, 0.55, 0.84, 95, "tislelizumab group", versus="observation group", endpoint="DFS"),
        R("DFS rate", 51.3, "%", arm="tislelizumab group", timepoint="24 months"),
        R("DFS rate", 37.8, "%", arm="observation group", timepoint="24 months"),
        R("OS", None, M, arm="tislelizumab group", not_reached=True),
        R("OS", None, M, arm="observation group", not_reached=True),
        R("HR", 0.86, None, 0.66, 1.12, 95, "tislelizumab group", versus="observation group", endpoint="OS")]),
    ("ivo02", "3", "platinum-sensitive recurrent ovarian cancer",
     [("niraparib 300 mg group", "niraparib", [], 214), ("niraparib 200 mg group", "niraparib", [], 211),
      ("placebo group", "placebo", [], 212)], [
        R("PFS", 12.9, M, 10.8, 15.2, 95, "niraparib 300 mg group"),
        R("PFS", 11.7, M, 9.9, 13.6, 95, "niraparib 200 mg group"),
        R("PFS", 5.4, M, 4.6, 5.8, 95, "placebo group"),
        R("HR", 0.41, None, 0.32, 0.52, 95, "niraparib 300 mg group", versus="placebo group", endpoint="PFS"),
        R("HR", 0.45, None, 0.35, 0.57, 95, "niraparib 200 mg group", versus="placebo group", endpoint="PFS"),
        R("HR", 1.07, None, 0.85, 1.35, 95, "niraparib 200 mg group", versus="niraparib 300 mg group",
          endpoint="PFS"),
        R("PFR", 35.2, "%", arm="niraparib 300 mg group", timepoint="18 months"),
        R("PFR", 31.8, "%", arm="niraparib 200 mg group", timepoint="18 months"),
        R("PFR", 9.6, "%", arm="placebo group", timepoint="18 months")]),
    ("ivo03", "3", "metastatic pancreatic adenocarcinoma",
     [("mFFX", "oxaliplatin", MFFX[1:], 176), ("GnP", "gemcitabine", ["nab-paclitaxel"], 178)], [
        R("OS", 11.4, M, arm="mFFX"), R("OS", 9.8, M, arm="GnP"),
        R("HR", 0.83, None, 0.66, 1.04, 95, "mFFX", versus="GnP", endpoint="OS"),
        R("PFS", 6.3, M, 5.6, 7.1, 95, "mFFX"), R("PFS", 5.1, M, 4.4, 5.8, 95, "GnP"),
        R("HR", 0.77, None, 0.62, 0.96, 95, "mFFX", versus="GnP", endpoint="PFS"),
        R("ORR", 33.5, "%", arm="mFFX"), R("ORR", 27.0, "%", arm="GnP"),
        R("OS rate", 46.9, "%", arm="mFFX", timepoint="12 months"),
        R("OS rate", 39.4, "%", arm="GnP", timepoint="12 months")]),
    ("ivo04", "2", "recurrent/metastatic head and neck squamous cell carcinoma",
     [("arm A", "cabozantinib", ["nivolumab"], 62), ("arm B", "nivolumab", [], 61)], [
        R("ORR", 29.0, "%", arm="arm A"), R("ORR", 16.4, "%", arm="arm B"),
        R("DCR", 72.6, "%", arm="arm A"), R("DCR", 50.8, "%", arm="arm B"),
        R("PFS", 5.6, M, 3.7, 7.4, 95, "arm A"), R("PFS", 2.8, M, 1.9, 3.9, 95, "arm B"),
        R("HR", 0.61, None, 0.40, 0.93, 95, "arm A", versus="arm B", endpoint="PFS"),
        R("OS", 13.9, M, arm="arm A"), R("OS", 9.7, M, arm="arm B"),
        R("HR", 0.78, None, 0.55, 1.10, 90, "arm A", versus="arm B", endpoint="OS")]),
    ("ivo05", None, "advanced gastric cancer",
     [("observation group", "rivoceranib", XELOX, 124), ("control group", "capecitabine", XELOX[1:], 124)], [
        R("ORR", 46.8, "%", arm="observation group"), R("ORR", 31.5, "%", arm="control group"),
        R("DCR", 83.1, "%", arm="observation group"), R("DCR", 70.2, "%", arm="control group"),
        R("PFS", 7.2, M, arm="observation group"), R("PFS", 5.1, M, arm="control group"),
        R("HR", 0.68, None, 0.51, 0.90, 95, "observation group", versus="control group", endpoint="PFS"),
        R("OS", 13.6, M, arm="observation group"), R("OS", 11.2, M, arm="control group"),
        R("HR", 0.79, None, 0.60, 1.04, 95, "observation group", versus="control group", endpoint="OS"),
        R("OS rate", 56.5, "%", arm="observation group", timepoint="12 months"),
        R("OS rate", 45.2, "%", arm="control group", timepoint="12 months")]),
    ("ivo06", "3", "acute myeloid leukemia",
     [("quizartinib arm", "quizartinib", ["cytarabine"], 164), ("placebo arm", "placebo", ["cytarabine"], 82)], [
        R("CR", 28.7, "%", arm="quizartinib arm"), R("CR", 14.6, "%", arm="placebo arm"),
        R("OR", 2.35, None, 1.16, 4.75, 95, "quizartinib arm", versus="placebo arm", endpoint="CR"),
        R("OS", 9.4, M, 7.8, 11.0, 95, "quizartinib arm"), R("OS", 6.2, M, 4.9, 7.7, 95, "placebo arm"),
        R("HR", 0.70, None, 0.52, 0.94, 95, "quizartinib arm", versus="placebo arm", endpoint="OS"),
        R("EFS", 4.1, M, arm="quizartinib arm"), R("EFS", 2.3, M, arm="placebo arm"),
        R("HR", 0.74, None, 0.56, 0.98, 95, "quizartinib arm", versus="placebo arm", endpoint="EFS"),
        R("OS rate", 19.8, "%", arm="quizartinib arm", timepoint="24 months"),
        R("OS rate", 9.1, "%", arm="placebo arm", timepoint="24 months")]),
    ("ivo07", "3", "mantle cell lymphoma",
     [("zanubrutinib-BR group", "zanubrutinib", BR, 245), ("placebo-BR group", "placebo", BR, 243)], [
        R("PFS", 71.4, M, arm="zanubrutinib-BR group"), R("PFS", 50.2, M, arm="placebo-BR group"),
        R("HR", 0.69, None, 0.52, 0.91, 97.5, "zanubrutinib-BR group", versus="placebo-BR group", endpoint="PFS"),
        R("PFR", 61.2, "%", arm="zanubrutinib-BR group", timepoint="48 months"),
        R("PFR", 47.5, "%", arm="placebo-BR group", timepoint="48 months"),
        R("CR", 69.4, "%", arm="zanubrutinib-BR group"), R("CR", 62.1, "%", arm="placebo-BR group"),
        R("HR", 0.94, None, 0.70, 1.27, 95, "zanubrutinib-BR group", versus="placebo-BR group", endpoint="OS"),
        R("OS", None, M, arm="zanubrutinib-BR group", not_reached=True),
        R("OS", 98.3, M, arm="placebo-BR group")]),
    ("ivo08", "2", "HER2-negative metastatic breast cancer",
     [("biweekly arm", "capecitabine", [], 77), ("standard arm", "capecitabine", [], 76)], [
        R("PFS", 7.9, M, 6.1, 9.8, 95, "biweekly arm"), R("PFS", 6.0, M, 4.6, 7.5, 95, "standard arm"),
        R("HR", 0.80, None, 0.56, 1.14, 95, "biweekly arm", versus="standard arm", endpoint="PFS"),
        R("ORR", 31.2, "%", arm="biweekly arm"), R("ORR", 25.0, "%", arm="standard arm"),
        R("CBR", 58.4, "%", arm="biweekly arm"), R("CBR", 51.3, "%", arm="standard arm"),
        R("OS", 24.3, M, arm="biweekly arm"), R("OS", 22.1, M, arm="standard arm"),
        R("HR", 0.92, None, 0.61, 1.39, 95, "biweekly arm", versus="standard arm", endpoint="OS")]),
]


def main():
    write(INVENTED_O, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "invented-o", "trials.jsonl"))


if __name__ == "__main__":
    main()
