"""Writes ../invented-p/trials.jsonl: the hand-made rows of the set of invented abstracts in ../invented-p/texts (see
../README.md). Written blind by a helper who had not seen the tool's rules or any output of litmine, following only the
gold conventions of ../README.md ("How each abstract was read") and ANNOTATION.md section 2. Smaller trials as found in
pharmacology and oncology journals: a JCO randomized phase II with "arm A/arm B", "v" medians and an odds ratio of
response (relapsed small-cell lung cancer); a single-arm phase II with a response count, best responses given as counts
only (not recorded), stable disease, disease control, a 6-month PFS rate and an OS interval whose upper bound is "not
reached" (mesothelioma); an unstructured phase Ib/II with dose escalation, MTD, pharmacokinetics (not recorded) and an
expansion cohort whose efficacy is reported, OS "not reached" (pancreatic neuroendocrine tumours); a Lancet randomised
discontinuation trial with middle-dot decimals, a run-in partial-response share (not recorded: a phase before
randomization, as the README's fresh sample decided; removed by the session before any run) and a 12-week
progression-free rate (dedifferentiated liposarcoma); a Chinese-journal "observation group"/"control group" trial with
no phase, two-decimal percentages and "respectively" (recurrent glioblastoma; here the "observation group" is the
experimental arm, not an observation comparator); a randomized two-dose phase II with 90% CIs, "respectively" over two
metrics, crossover figures and trough concentrations (not recorded) (renal cell carcinoma); a single-arm phase II with
90% CIs for rates and 95% CIs for medians, stable disease as a count only (not recorded) (biliary tract cancer); a
placebo-controlled randomized phase II with an odds ratio, 12-month PFS rates and OS not reached in either arm
(radioiodine-refractory differentiated thyroid cancer). Subgroup, toxicity, follow-up and lone p values are not
recorded. Not real papers: real drug names, made-up figures. Same row format as build_trials.py.
Run: python3 build_invented_p.py
"""
import os

from build_trials import M, R, write

A, B = "arm A", "arm B"
SOR, PLA = "sorafenib group", "placebo group"
OBS, CTL = "observation group", "control group"
C40, C60 = "40-mg arm", "60-mg arm"
LP, LPL = "lenvatinib plus pembrolizumab", "lenvatinib plus placebo"

INVENTED_P = [
    ("ivp01", "2", "small-cell lung cancer",
     [(A, "olaparib", ["temozolomide"], 47), (B, "temozolomide", [], 47)], [
        R("ORR", 34.0, "%", arm=A), R("ORR", 14.9, "%", arm=B),
        R("OR", 2.95, None, 1.07, 8.10, 95, A, versus=B, endpoint="ORR"),
        R("PFS", 4.3, M, arm=A), R("PFS", 2.6, M, arm=B),
        R("HR", 0.64, None, 0.41, 0.99, 95, A, versus=B, endpoint="PFS"),
        R("OS", 8.1, M, arm=A), R("OS", 6.9, M, arm=B),
        R("HR", 0.83, None, 0.52, 1.31, 95, A, versus=B, endpoint="OS")]),
    ("ivp02", "2", "malignant pleural mesothelioma",
     [(None, "cabozantinib", [], 41)], [
        R("ORR", 22.0, "%", 10.6, 37.6, 95), R("SD", 46.3, "%"), R("DCR", 68.3, "%", 51.9, 81.9, 95),
        R("PFS", 5.4, M, 3.9, 7.0, 95), R("PFR", 44.1, "%", 29.0, 58.2, 95, timepoint="6 months"),
        R("OS", 14.2, M, 10.1, None, 95)]),
    ("ivp03", "1b/2", "pancreatic neuroendocrine tumours",
     [(None, "lenvatinib", ["everolimus"], 46)], [
        R("ORR", 29.4, "%", 15.1, 47.5, 95), R("DCR", 91.2, "%"),
        R("PFS", 15.9, M, 11.0, None, 95), R("PFR", 64.7, "%", timepoint="12 months"),
        R("OS", None, M, not_reached=True)]),
    ("ivp04", "2", "dedifferentiated liposarcoma",
     [(SOR, "sorafenib", [], 22), (PLA, "placebo", [], 21)], [
        R("PFS", 5.6, M, 3.1, 8.2, 95, SOR), R("PFS", 1.9, M, 1.4, 3.7, 95, PLA),
        R("HR", 0.38, None, 0.18, 0.80, 95, SOR, versus=PLA, endpoint="PFS"),
        R("PFR", 68, "%", arm=SOR, timepoint="12 weeks"), R("PFR", 24, "%", arm=PLA, timepoint="12 weeks"),
        R("OS", 15.3, M, 10.8, 21.0, 95, SOR), R("OS", 12.9, M, 8.4, 18.5, 95, PLA)]),
    ("ivp05", None, "glioblastoma",
     [(OBS, "anlotinib", ["temozolomide"], 36), (CTL, "temozolomide", [], 36)], [
        R("ORR", 30.56, "%", arm=OBS), R("ORR", 13.89, "%", arm=CTL),
        R("DCR", 77.78, "%", arm=OBS), R("DCR", 55.56, "%", arm=CTL),
        R("PFS", 5.8, M, 4.6, 7.0, 95, OBS), R("PFS", 3.4, M, 2.7, 4.1, 95, CTL),
        R("HR", 0.52, None, 0.31, 0.87, 95, OBS, versus=CTL, endpoint="PFS"),
        R("OS", 11.2, M, arm=OBS), R("OS", 8.9, M, arm=CTL)]),
    ("ivp06", "2", "renal cell carcinoma",
     [(C40, "cabozantinib", [], 42), (C60, "cabozantinib", [], 42)], [
        R("PFS", 8.3, M, 6.4, 9.9, 90, C40), R("PFS", 9.1, M, 7.2, 11.0, 90, C60),
        R("HR", 1.09, None, 0.74, 1.61, 90, C40, versus=C60, endpoint="PFS"),
        R("ORR", 26.2, "%", arm=C40), R("ORR", 33.3, "%", arm=C60),
        R("DCR", 81.0, "%", arm=C40), R("DCR", 85.7, "%", arm=C60),
        R("OS", 21.7, M, 15.8, None, 95, C40), R("OS", None, M, 17.9, None, 95, C60, not_reached=True)]),
    ("ivp07", "2", "biliary tract cancer",
     [(None, "nab-paclitaxel", ["capecitabine"], 38)], [
        R("PFR", 47.4, "%", 33.1, 60.5, 90, timepoint="6 months"),
        R("ORR", 18.4, "%", 9.0, 31.8, 90), R("DCR", 65.8, "%", 51.2, 78.4, 90),
        R("PFS", 5.7, M, 4.1, 7.3, 95), R("OS", 10.9, M, 8.2, 13.6, 95)]),
    ("ivp08", "2", "radioiodine-refractory differentiated thyroid cancer",
     [(LP, "pembrolizumab", ["lenvatinib"], 52), (LPL, "placebo", ["lenvatinib"], 51)], [
        R("ORR", 63.5, "%", arm=LP), R("ORR", 52.9, "%", arm=LPL),
        R("OR", 1.54, None, 0.71, 3.37, 95, LP, versus=LPL, endpoint="ORR"),
        R("PFS", 22.4, M, 16.9, None, 95, LP), R("PFS", 17.8, M, 12.5, 21.6, 95, LPL),
        R("HR", 0.72, None, 0.43, 1.21, 95, LP, versus=LPL, endpoint="PFS"),
        R("PFR", 78.1, "%", arm=LP, timepoint="12 months"), R("PFR", 69.4, "%", arm=LPL, timepoint="12 months"),
        R("OS", None, M, arm=LP, not_reached=True), R("OS", None, M, arm=LPL, not_reached=True),
        R("HR", 0.81, None, 0.39, 1.68, 95, LP, versus=LPL, endpoint="OS")]),
]


def main():
    write(INVENTED_P, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "invented-p", "trials.jsonl"))


if __name__ == "__main__":
    main()
