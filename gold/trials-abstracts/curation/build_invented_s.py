"""Writes ../invented-s/trials.jsonl: the hand-made rows of the set of invented texts in ../invented-s/texts (see
../README.md). Unlike the earlier invented sets these are not abstracts but the results part of full trial papers:
a title line, a short methods paragraph giving the randomisation, the arms with doses and schedules and the primary
end point, then running "Results" paragraphs (patient disposition, baseline characteristics in words, efficacy with
medians, hazard ratios, response counts and percentages, rates at a time point, references to tables and figures,
subgroup sentences, safety) and a sentence or two of discussion. Written blind for litmine by a helper that had seen
only the gold conventions (ANNOTATION.md section 2, the README's "How each abstract was read", build_trials.py and
build_invented_n.py), not litmine's code, output or other sets' texts. Styles mixed: NEJM (an abbreviated-arm
colorectal trial, "the panitumumab group" / "the chemotherapy-alone group", with an odds ratio of response; a myeloma
trial written control-first throughout, "6.1 months ... in the control group, as compared with 14.7 months ..."),
Lancet with middle-dot decimals and bracketed HR intervals (squamous lung cancer with overall survival "not reached
(95% CI 19·8–not estimable)"; head and neck chemoradiotherapy with arms named by the abbreviations NCRT and CRT
defined in the methods, a median PFS whose upper bound is "not reached"), JCO (a three-arm randomised phase II with
hazard ratios at 80% CIs and a clinical benefit rate; a single-arm phase II with a safety run-in and an expansion
analysed together), and Chinese-journal English (a non-inferiority gastric trial with the HR at a 90%CI and ORR/DCR
given control-first with their denominators; an esophageal trial with "... and the placebo group was ... respectively").
Conventions as before (README: `drug` the agent only this arm gets, else its first agent; radiotherapy in the
combination; participants as randomised; a single arm's as enrolled and treated; phase "2"/"3"; an HR on the arm it
is for with `versus`; CI level kept, a bare interval after a labelled one has its level; an upper bound "not
reached"/"not estimable" is null; a median not reached has value null and notReached). Not recorded: safety and
grade 3-4 percentages, subgroup figures (right-sided tumours, PD-L1, ESR1, oropharynx, age), follow-up (also one with
a 95% CI), IQRs and ranges, p values, the non-inferiority margin, baseline and disposition percentages, crossover,
resection and distant-metastasis rates, derived differences ("reduced by 43%", percentage points) and the historical
rates quoted in a discussion. Not real papers: real drug names, made-up figures; no registry ids or citation numbers.
Same row format as build_trials.py.
Run: python3 build_invented_s.py
"""
import os

from build_trials import M, R, write

MFOLFOX6 = ["oxaliplatin", "leucovorin", "fluorouracil"]

INVENTED_S = [
    ("ivs01", "3", "metastatic colorectal cancer",
     [("panitumumab group", "panitumumab", MFOLFOX6, 270),
      ("chemotherapy-alone group", "oxaliplatin", MFOLFOX6[1:], 268)], [
        R("PFS", 11.8, M, 10.6, 12.9, 95, "panitumumab group"),
        R("PFS", 9.7, M, 9.1, 10.4, 95, "chemotherapy-alone group"),
        R("HR", 0.71, None, 0.58, 0.86, 95, "panitumumab group", versus="chemotherapy-alone group", endpoint="PFS"),
        R("OS", 33.5, M, 29.0, 38.1, 95, "panitumumab group"),
        R("OS", 28.2, M, 25.3, 31.6, 95, "chemotherapy-alone group"),
        R("HR", 0.82, None, 0.66, 1.02, 95, "panitumumab group", versus="chemotherapy-alone group", endpoint="OS"),
        R("OS rate", 63.9, "%", arm="panitumumab group", timepoint="24 months"),
        R("OS rate", 57.1, "%", arm="chemotherapy-alone group", timepoint="24 months"),
        R("ORR", 65.9, "%", arm="panitumumab group"), R("ORR", 51.1, "%", arm="chemotherapy-alone group"),
        R("OR", 1.86, None, 1.31, 2.64, 95, "panitumumab group", versus="chemotherapy-alone group", endpoint="ORR")]),
    ("ivs02", "3", "squamous non-small-cell lung cancer",
     [("tislelizumab group", "tislelizumab", ["carboplatin", "nab-paclitaxel"], 312),
      ("placebo group", "placebo", ["carboplatin", "nab-paclitaxel"], 156)], [
        R("PFS", 8.6, M, 7.6, 9.8, 95, "tislelizumab group"), R("PFS", 5.6, M, 5.4, 5.8, 95, "placebo group"),
        R("HR", 0.52, None, 0.41, 0.66, 95, "tislelizumab group", versus="placebo group", endpoint="PFS"),
        R("ORR", 69.9, "%", arm="tislelizumab group"), R("ORR", 41.0, "%", arm="placebo group"),
        R("DOR", 9.8, M, 8.3, 13.1, 95, "tislelizumab group"), R("DOR", 4.9, M, 4.2, 5.6, 95, "placebo group"),
        R("OS", None, M, 19.8, None, 95, "tislelizumab group", not_reached=True),
        R("OS", 15.1, M, 12.6, 18.2, 95, "placebo group"),
        R("HR", 0.67, None, 0.51, 0.88, 95, "tislelizumab group", versus="placebo group", endpoint="OS"),
        R("OS rate", 72.4, "%", 66.8, 77.2, 95, "tislelizumab group", timepoint="12 months"),
        R("OS rate", 59.8, "%", 51.3, 67.3, 95, "placebo group", timepoint="12 months")]),
    ("ivs03", "2", "advanced breast cancer",
     [("arm A", "fulvestrant", [], 65), ("arm B", "palbociclib", ["fulvestrant"], 66),
      ("arm C", "everolimus", ["fulvestrant"], 64)], [
        R("PFS", 4.1, M, 3.3, 5.5, 95, "arm A"), R("PFS", 9.6, M, 7.4, 12.0, 95, "arm B"),
        R("PFS", 7.2, M, 5.6, 9.1, 95, "arm C"),
        R("HR", 0.47, None, 0.37, 0.60, 80, "arm B", versus="arm A", endpoint="PFS"),
        R("HR", 0.66, None, 0.52, 0.83, 80, "arm C", versus="arm A", endpoint="PFS"),
        R("ORR", 14.9, "%", arm="arm A"), R("ORR", 34.7, "%", arm="arm B"), R("ORR", 23.9, "%", arm="arm C"),
        R("CBR", 38.5, "%", arm="arm A"), R("CBR", 66.7, "%", arm="arm B"), R("CBR", 56.3, "%", arm="arm C")]),
    ("ivs04", "3", "advanced gastric cancer",
     [("XELOX group", "oxaliplatin", ["capecitabine"], 244), ("XP group", "cisplatin", ["capecitabine"], 242)], [
        R("PFS", 6.2, M, 5.6, 6.9, 95, "XELOX group"), R("PFS", 5.8, M, 5.2, 6.4, 95, "XP group"),
        R("HR", 0.91, None, 0.78, 1.06, 90, "XELOX group", versus="XP group", endpoint="PFS"),
        R("OS", 12.9, M, 11.6, 14.3, 95, "XELOX group"), R("OS", 12.1, M, 10.9, 13.4, 95, "XP group"),
        R("HR", 0.94, None, 0.77, 1.15, 95, "XELOX group", versus="XP group", endpoint="OS"),
        R("OS rate", 53.3, "%", arm="XELOX group", timepoint="12 months"),
        R("OS rate", 50.4, "%", arm="XP group", timepoint="12 months"),
        R("ORR", 36.4, "%", arm="XP group"), R("ORR", 42.2, "%", arm="XELOX group"),
        R("DCR", 78.1, "%", arm="XP group"), R("DCR", 80.7, "%", arm="XELOX group")]),
    ("ivs05", "3", "relapsed or refractory multiple myeloma",
     [("control group", "pomalidomide", ["dexamethasone"], 153),
      ("daratumumab group", "daratumumab", ["pomalidomide", "dexamethasone"], 151)], [
        R("PFS", 6.1, M, 4.9, 7.4, 95, "control group"), R("PFS", 14.7, M, 11.2, 19.0, 95, "daratumumab group"),
        R("HR", 0.58, None, 0.44, 0.76, 95, "daratumumab group", versus="control group", endpoint="PFS"),
        R("ORR", 44.4, "%", arm="control group"), R("ORR", 72.2, "%", arm="daratumumab group"),
        R("CR", 3.3, "%", arm="control group"), R("CR", 24.5, "%", arm="daratumumab group"),
        R("OS", 25.3, M, 20.6, 29.4, 95, "control group"),
        R("OS", None, M, 23.1, None, 95, "daratumumab group", not_reached=True),
        R("HR", 0.79, None, 0.57, 1.09, 95, "daratumumab group", versus="control group", endpoint="OS"),
        R("OS rate", 62.0, "%", arm="control group", timepoint="18 months"),
        R("OS rate", 69.4, "%", arm="daratumumab group", timepoint="18 months")]),
    ("ivs06", "3", "locally advanced head and neck squamous cell carcinoma",
     [("NCRT", "nimotuzumab", ["cisplatin", "radiotherapy"], 270), ("CRT", "cisplatin", ["radiotherapy"], 266)], [
        R("CR", 76.3, "%", arm="NCRT"), R("CR", 70.7, "%", arm="CRT"),
        R("PFS", 39.2, M, 31.0, None, 95, "NCRT"), R("PFS", 27.5, M, 21.4, 35.8, 95, "CRT"),
        R("HR", 0.76, None, 0.61, 0.95, 95, "NCRT", versus="CRT", endpoint="PFS"),
        R("OS", None, M, 52.4, None, 95, "NCRT", not_reached=True), R("OS", 58.1, M, 45.9, None, 95, "CRT"),
        R("HR", 0.83, None, 0.65, 1.06, 95, "NCRT", versus="CRT", endpoint="OS"),
        R("OS rate", 67.4, "%", 61.3, 72.8, 95, "NCRT", timepoint="36 months"),
        R("OS rate", 61.2, "%", 54.9, 66.9, 95, "CRT", timepoint="36 months")]),
    ("ivs07", "2", "advanced biliary tract cancer",
     [(None, "atezolizumab", ["cabozantinib"], 47)], [
        R("ORR", 23.4, "%", 12.3, 38.0, 95), R("CR", 2.1, "%"), R("PR", 21.3, "%"), R("SD", 46.8, "%"),
        R("DCR", 70.2, "%", 55.1, 82.7, 95), R("DOR", 7.9, M, 5.6, None, 95),
        R("PFS", 4.8, M, 3.6, 6.2, 95), R("OS", 12.4, M, 9.7, 15.8, 95),
        R("OS rate", 51.2, "%", 36.0, 64.5, 95, timepoint="12 months")]),
    ("ivs08", "3", "advanced esophageal squamous cell carcinoma",
     [("toripalimab group", "toripalimab", ["paclitaxel", "cisplatin"], 258),
      ("placebo group", "placebo", ["paclitaxel", "cisplatin"], 256)], [
        R("PFS", 6.9, M, 5.9, 7.6, 95, "toripalimab group"), R("PFS", 5.5, M, 5.2, 5.7, 95, "placebo group"),
        R("HR", 0.57, None, 0.47, 0.70, 95, "toripalimab group", versus="placebo group", endpoint="PFS"),
        R("OS", 17.2, M, 14.9, 20.1, 95, "toripalimab group"), R("OS", 11.3, M, 10.0, 12.8, 95, "placebo group"),
        R("HR", 0.61, None, 0.49, 0.76, 95, "toripalimab group", versus="placebo group", endpoint="OS"),
        R("OS rate", 66.8, "%", arm="toripalimab group", timepoint="12 months"),
        R("OS rate", 46.9, "%", arm="placebo group", timepoint="12 months"),
        R("ORR", 52.0, "%", arm="placebo group"), R("ORR", 69.4, "%", arm="toripalimab group"),
        R("DCR", 81.6, "%", arm="placebo group"), R("DCR", 89.1, "%", arm="toripalimab group")]),
]


def main():
    write(INVENTED_S, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "invented-s", "trials.jsonl"))


if __name__ == "__main__":
    main()
