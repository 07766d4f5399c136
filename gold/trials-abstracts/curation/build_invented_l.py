"""Writes ../invented-l/trials.jsonl: the hand-made rows of the twelfth set of invented abstracts in
../invented-l/texts (see ../README.md). Written for litmine on 2026-12-06 (session 20), before any output of litmine
on them was looked at, in the cancers and endpoints the earlier sets lack: prostate cancer (metastasis-free survival
with "hazard ratio for metastasis or death", a PSA response, radiographic PFS "with or without" an added agent),
adjuvant HER2-positive breast cancer (invasive disease-free survival, its events and 3-year rates "respectively", a
node-positive cohort), relapsed myeloma ("a complete response or better", "a very good partial response or better",
a Kaplan-Meier rate of PFS at 12 months, the control group named in brackets), adjuvant melanoma (recurrence-free
survival "for recurrence or death", a 24-month distant metastasis-free survival, a median not reached in either
group), renal-cell carcinoma (a probability of survival at 12 months, a 98.89% CI, responses "respectively"), a
Chinese-journal hepatocellular carcinoma trial ("the observation group", "higher than 10.0% of the control group",
"in the two groups", "HR=0.54, 95%CI: 0.36-0.81") and a single-arm small-cell lung cancer basket trial with a
subgroup. Not recorded: the time to subsequent therapy, event counts and shares, the node-positive cohort's and the
chemotherapy-free interval subgroup's figures, the risk reduction in per cent. "A complete response or better" is
recorded as CR and "a very good partial response or better" as VGPR (the category as written), as ≥VGPR since
2026-12-07 (README: its own rate). Not real papers:
real drug names, made-up figures. Same row format as build_trials.py. Corrected after the first score (the drug names
only, to the generic names ANNOTATION.md asks for): radium-223 is "radium ra 223 dichloride" (its established name,
the id the drug lexicon now gives it) and apatinib "rivoceranib" (its INN, the lexicon's id); the first score was
taken with "radium-223" and "apatinib", and neither arm was found then.
Run: python3 build_invented_l.py
"""
import os

from build_trials import M, R, write

INVENTED_L = [
    ("ivl01", "3", "castration-resistant prostate cancer",
     [("enzalutamide", "enzalutamide", [], 933), ("placebo", "placebo", [], 468)], [
        R("MFS", 35.8, M, arm="enzalutamide"), R("MFS", 14.6, M, arm="placebo"),
        R("HR", 0.31, None, 0.25, 0.38, 95, "enzalutamide", versus="placebo", endpoint="MFS"),
        R("PSA response", 74, "%", arm="enzalutamide"), R("PSA response", 3, "%", arm="placebo")]),
    ("ivl02", "3", "metastatic castration-resistant prostate cancer",
     [("radium-223 plus enzalutamide", "radium ra 223 dichloride", ["enzalutamide"], 222),
      ("enzalutamide alone", "enzalutamide", [], 224)], [
        R("rPFS", 18.7, M, 16.9, 21.5, 95, "radium-223 plus enzalutamide"),
        R("rPFS", 15.2, M, 13.1, 17.6, 95, "enzalutamide alone"),
        R("HR", 0.71, None, 0.56, 0.90, 95, "radium-223 plus enzalutamide", versus="enzalutamide alone",
          endpoint="rPFS"),
        R("OS", 40.1, M, arm="radium-223 plus enzalutamide"), R("OS", 34.9, M, arm="enzalutamide alone"),
        R("HR", 0.77, None, 0.60, 0.99, 95, "radium-223 plus enzalutamide", versus="enzalutamide alone",
          endpoint="OS")]),
    ("ivl03", "3", "HER2-positive breast cancer",
     [("pertuzumab", "pertuzumab", ["trastuzumab", "chemotherapy"], 2400),
      ("placebo", "placebo", ["trastuzumab", "chemotherapy"], 2404)], [
        R("HR", 0.82, None, 0.67, 0.99, 95, "pertuzumab", versus="placebo", endpoint="iDFS"),
        R("iDFS rate", 93.8, "%", arm="pertuzumab", timepoint="36 months"),
        R("iDFS rate", 92.6, "%", arm="placebo", timepoint="36 months")]),
    ("ivl04", None, "multiple myeloma",
     [("daratumumab group", "daratumumab", ["lenalidomide", "dexamethasone"], None),
      ("control group", "lenalidomide", ["dexamethasone"], None)], [
        R("PFR", 81.7, "%", 76.6, 85.8, 95, "daratumumab group", timepoint="12 months"),
        R("PFR", 58.9, "%", 52.7, 64.6, 95, "control group", timepoint="12 months"),
        R("HR", 0.39, None, 0.28, 0.54, 95, "daratumumab group", versus="control group", endpoint="PFS"),
        R("CR", 41.5, "%", arm="daratumumab group"), R("CR", 18.7, "%", arm="control group"),
        R("≥VGPR", 74.2, "%", arm="daratumumab group"), R("≥VGPR", 43.5, "%", arm="control group"),
        R("ORR", 91.8, "%", arm="daratumumab group"), R("ORR", 75.1, "%", arm="control group")]),
    ("ivl05", "3", "melanoma",
     [("pembrolizumab", "pembrolizumab", [], 487), ("placebo", "placebo", [], 489)], [
        R("HR", 0.63, None, 0.47, 0.84, 95, "pembrolizumab", versus="placebo", endpoint="RFS"),
        R("RFS", None, M, arm="pembrolizumab", not_reached=True), R("RFS", None, M, arm="placebo", not_reached=True),
        R("DMFS rate", 87.9, "%", 84.4, 90.7, 95, "pembrolizumab", timepoint="24 months"),
        R("DMFS rate", 81.6, "%", 77.7, 84.9, 95, "placebo", timepoint="24 months"),
        R("HR", 0.66, None, 0.49, 0.90, 95, "pembrolizumab", versus="placebo", endpoint="DMFS")]),
    ("ivl06", "3", "renal-cell carcinoma",
     [("nivolumab plus cabozantinib", "nivolumab", ["cabozantinib"], 320), ("sunitinib", "sunitinib", [], 327)], [
        R("PFS", 15.9, M, 12.2, 23.8, 95, "nivolumab plus cabozantinib"),
        R("PFS", 8.6, M, 7.1, 9.9, 95, "sunitinib"),
        R("HR", 0.53, None, 0.43, 0.66, 95, "nivolumab plus cabozantinib", versus="sunitinib", endpoint="PFS"),
        R("OS rate", 84.9, "%", arm="nivolumab plus cabozantinib", timepoint="12 months"),
        R("OS rate", 76.2, "%", arm="sunitinib", timepoint="12 months"),
        R("HR", 0.62, None, 0.42, 0.91, 98.89, "nivolumab plus cabozantinib", versus="sunitinib", endpoint="OS"),
        R("ORR", 54.2, "%", arm="nivolumab plus cabozantinib"), R("ORR", 28.0, "%", arm="sunitinib")]),
    ("ivl07", None, "hepatocellular carcinoma",
     [("observation group", "camrelizumab", ["rivoceranib"], 60), ("control group", "sorafenib", [], 60)], [
        R("ORR", 28.3, "%", arm="observation group"), R("ORR", 10.0, "%", arm="control group"),
        R("DCR", 78.3, "%", arm="observation group"), R("DCR", 58.3, "%", arm="control group"),
        R("PFS", 5.8, M, arm="observation group"), R("PFS", 3.6, M, arm="control group"),
        R("HR", 0.54, None, 0.36, 0.81, 95, "observation group", versus="control group", endpoint="PFS")]),
    ("ivl08", "2", "small-cell lung cancer",
     [(None, "lurbinectedin", [], 105)], [
        R("ORR", 33.6, "%", 24.8, 43.4, 95), R("DOR", 5.6, M, 4.3, 6.9, 95), R("OS", 8.9, M, 6.6, 11.4, 95)]),
]


def main():
    write(INVENTED_L, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "invented-l", "trials.jsonl"))


if __name__ == "__main__":
    main()
