"""Writes trials.jsonl (next to this script): the hand-made gold rows of the set of invented trial texts in texts/
(igg01-igg08; see README.md). Written blind by a helper session that had seen only trial-guide.md, build_trials.py
and build_invented_v.py, never the extraction tool's code, reports or output, nor any gold data or paper under /work.
Not real papers: real drug names, made-up figures, patient counts, trial names and registry ids. Same row format as
build_trials.py (whose R, M and write it imports); one record per arm, a between-arm figure (HR, OR, RD) on the record
of the arm it is for, with `versus` naming the other arm.

Styles: igg01 breast (structured, placebo-controlled phase 3, "abemaciclib plus exemestane versus placebo plus
exemestane", 2:1); igg02 prostate (structured, open-label phase 3, docetaxel v enzalutamide); igg03 randomized phase II
with "group 1"/"group 2" and a "(group 1 vs group 2): 52.5% vs 41.4%; ..." sentence; igg04 trial-report paragraph with
"In the ... arm, ..." and "In the control arm, ..." sentences; igg05 odds ratio and risk difference with CIs beside
hazard ratios, medians with IQRs; igg06 non-randomised two-cohort phase II (cohort A/B by biomarker) with ORR as
"11 of 29 evaluable patients (37.9%; 95% CI 20.7-57.7)"; igg07 1990s neoadjuvant CMV trial with 2- and 5-year
survival and "P <.05"; igg08 myeloma phase 3 with complete remission, MRD negativity and event-free survival.

Decisions the conventions did not cover (or covered only by analogy):
- `arm` labels: the name the text uses for its figures, without "group"/"arm" ("the abemaciclib group" ->
  "abemaciclib", "the triplet arm" -> "triplet", "cohort A" kept whole, "group 1" kept whole, "In the control arm" ->
  "control", "the cystectomy alone group" -> "cystectomy alone").
- igg06, a non-randomised study of two biomarker cohorts each given olaparib alone: one record per cohort (arm
  "cohort A"/"cohort B", drug olaparib, empty combination), as the guide keeps per-subtype figures with their arm.
  `participants` is the cohort's patients enrolled and treated (31, 27), not the evaluable denominators (29, 25).
- igg07 gives only the trial total (317 randomized, 298 eligible): `participants` null on both arms. `phase` null (no
  phase written). The surgery-alone comparator is drug "surgery"; cystectomy after CMV is not listed in the CMV arm's
  combination (as build_trials.py's preoperative-chemotherapy row). The pT0 rate ("pathologic complete response
  (pT0)... 29%") is `pCR` on the CMV arm only (the text gives it for that arm only). "The hazard ratio for death was
  0.72 (95% confidence limits, 0.53 to 0.97)": HR, endpoint OS, ciLevel 95 ("confidence limits" read as a CI).
- Drug/combination: when both arms' agents differ entirely, `drug` is the first agent as the text lists it (igg03
  group 1 nab-paclitaxel, group 2 oxaliplatin from "modified FOLFIRINOX: oxaliplatin, irinotecan, leucovorin and
  fluorouracil"; igg05 doublet fluorouracil from "mFOLFOX6 (fluorouracil, leucovorin and oxaliplatin)"; igg07 CMV
  cisplatin). Regimen acronyms are expanded into agents in the order the text spells them out. "nab-paclitaxel" is
  kept as its own name (as build_trials.py's nab-PC row). "trifluridine/tipiracil" (a fixed-dose tablet) is one agent.
  Prednisone given with docetaxel is in igg02's docetaxel combination; androgen deprivation therapy continued in both
  igg02 arms is not listed (like best supportive care given in both arms). igg08: high-dose melphalan before
  autologous transplantation, given in both arms, is listed in both combinations (an agent each arm receives, like a
  shared backbone); the transplant itself and lenalidomide maintenance (lenalidomide already listed) add nothing.
  Placebo arm: drug "placebo", the backbone in its combination (as build_trials.py's selumetinib/placebo rows).
- Metrics not in the guide's list: radiographic progression-free survival is `rPFS` (igg02 names it so; not folded
  into PFS); a confirmed >=50% PSA decline is `PSA response`; event-free survival `EFS`, and its 3-year rate
  `EFS rate` with timepoint "36 months" (by analogy with `OS rate`/`PFR`); an odds ratio `OR` (unit null, endpoint the
  figure it compares, as build_trials.py's `RR`); a risk difference `RD` with unit "%" for "10.9 percentage points",
  endpoint ORR. "complete remission (CR or stringent CR)" is `CR`; "a very good partial response or better" is
  `≥VGPR`; "MRD negativity" is `MRD negativity` (guide). "n of 29 ... (75.9%)" records the percentage only.
- "% of patients were alive at 12 months" (igg04) is `OS rate` with timepoint "12 months"; "Survival at 2 and 5
  years" (igg07) is `OS rate` at "24 months" and "60 months".
- Medians not reached: "median event-free survival had not been reached in either group" gives one `EFS` row per arm
  with value null and notReached; "The median duration of response in cohort A had not been reached (range 2.1+ to
  19.4+ months)" gives `DOR` null, notReached, no CI (a range is not a CI). An OS CI "10.1 to not reached" has ciHigh
  null.
- CI levels: a bare interval after a labelled one in the same sentence takes its level (igg01 placebo PFS, igg08 KRd
  MRD and EFS rate). igg03's PFS hazard ratio has a 90% CI (ciLevel 90). Medians given with IQRs (igg05 duration of
  response) are recorded without CI.
- HR direction: as the text gives it (experimental over control; igg03 "HR for group 1 vs group 2"), on the
  experimental arm's record.
- `cancerType`: the disease as the title names it, without stage or setting words ("advanced", "metastatic",
  "unresectable", "invasive", "newly diagnosed", "transplant-eligible", "previously treated"), keeping receptor and
  histology words ("hormone receptor-positive, HER2-negative breast cancer", "castration-resistant prostate cancer",
  "pancreatic adenocarcinoma").
- `trialId` as written, with a registry prefix where the text gives one ("EudraCT 2017-003861-27"); ClinicalTrials.gov,
  UMIN, ISRCTN and ACTRN ids as the bare id; igg07 (1987-1993) has none. `status` null throughout (no text states it;
  "Follow-up for overall survival continues" is not read as a status). `ref` null.
- Not recorded: doses, ages, dates, numbers of centres, follow-up (with or without IQR), design assumptions (power,
  assumed rates and hazard ratios, Simon two-stage parameters), toxicity and treatment-related deaths, discontinuation,
  dose intensity, numbers of cycles, second-line therapy, quality of life and time to deterioration, stem-cell yields,
  baseline shares (RAS mutation, visceral disease, high-risk cytogenetics), subgroup figures (visceral metastases,
  previous CDK4/6 inhibitor, BRCA2, previous ramucirumab, RAS-mutant, PALB2/ATM, T stage, high-risk cytogenetics),
  secondary R0 resection rates, the share of patients completing CMV, and lone p values.
Run: python3 build_invented_gg.py  (from /tmp/inv-gg; writes trials.jsonl there)
"""
import os

from build_trials import M, R, write

FOLFOXIRI_BEV = ["fluorouracil", "leucovorin", "oxaliplatin", "bevacizumab"]

INVENTED_GG = [
    ("igg01", "3", "hormone receptor-positive, HER2-negative breast cancer",
     [("abemaciclib", "abemaciclib", ["exemestane"], 348), ("placebo", "placebo", ["exemestane"], 174)], [
        R("PFS", 8.9, M, 7.6, 10.3, 95, "abemaciclib"), R("PFS", 4.2, M, 3.5, 5.4, 95, "placebo"),
        R("HR", 0.58, None, 0.47, 0.72, 95, "abemaciclib", versus="placebo", endpoint="PFS"),
        R("ORR", 27.4, "%", arm="abemaciclib"), R("ORR", 9.8, "%", arm="placebo"),
        R("CBR", 58.1, "%", arm="abemaciclib"), R("CBR", 34.5, "%", arm="placebo"),
        R("HR", 0.84, None, 0.62, 1.13, 95, "abemaciclib", versus="placebo", endpoint="OS")]),
    ("igg02", "3", "castration-resistant prostate cancer",
     [("docetaxel", "docetaxel", ["prednisone"], 150), ("enzalutamide", "enzalutamide", [], 148)], [
        R("rPFS", 8.1, M, 6.9, 9.4, 95, "docetaxel"), R("rPFS", 4.6, M, 3.8, 5.5, 95, "enzalutamide"),
        R("HR", 0.56, None, 0.43, 0.73, 95, "docetaxel", versus="enzalutamide", endpoint="rPFS"),
        R("OS", 18.7, M, 16.2, 21.8, 95, "docetaxel"), R("OS", 15.1, M, 13.0, 17.4, 95, "enzalutamide"),
        R("HR", 0.74, None, 0.56, 0.98, 95, "docetaxel", versus="enzalutamide", endpoint="OS"),
        R("PSA response", 44.6, "%", arm="docetaxel"), R("PSA response", 19.9, "%", arm="enzalutamide"),
        R("ORR", 31.8, "%", arm="docetaxel"), R("ORR", 12.2, "%", arm="enzalutamide")]),
    ("igg03", "2", "pancreatic cancer",
     [("group 1", "nab-paclitaxel", ["gemcitabine"], 62),
      ("group 2", "oxaliplatin", ["irinotecan", "leucovorin", "fluorouracil"], 60)], [
        R("PFR", 52.5, "%", arm="group 1", timepoint="6 months"),
        R("PFR", 41.4, "%", arm="group 2", timepoint="6 months"),
        R("ORR", 38.7, "%", arm="group 1"), R("ORR", 31.7, "%", arm="group 2"),
        R("DCR", 79.0, "%", arm="group 1"), R("DCR", 70.0, "%", arm="group 2"),
        R("PFS", 6.8, M, arm="group 1"), R("PFS", 5.9, M, arm="group 2"),
        R("HR", 0.79, None, 0.57, 1.09, 90, "group 1", versus="group 2", endpoint="PFS"),
        R("OS", 13.9, M, arm="group 1"), R("OS", 12.4, M, arm="group 2"),
        R("HR", 0.88, None, 0.59, 1.31, 95, "group 1", versus="group 2", endpoint="OS")]),
    ("igg04", "3", "gastric or gastro-oesophageal junction adenocarcinoma",
     [("trifluridine/tipiracil plus bevacizumab", "bevacizumab", ["trifluridine/tipiracil"], 204),
      ("control", "trifluridine/tipiracil", [], 202)], [
        R("OS", 9.6, M, 8.3, 10.9, 95, "trifluridine/tipiracil plus bevacizumab"),
        R("PFS", 4.4, M, 3.9, 5.0, 95, "trifluridine/tipiracil plus bevacizumab"),
        R("ORR", 8.3, "%", arm="trifluridine/tipiracil plus bevacizumab"),
        R("DCR", 61.3, "%", arm="trifluridine/tipiracil plus bevacizumab"),
        R("OS rate", 36.8, "%", arm="trifluridine/tipiracil plus bevacizumab", timepoint="12 months"),
        R("OS", 7.1, M, 6.2, 8.0, 95, "control"), R("PFS", 2.3, M, 2.0, 2.7, 95, "control"),
        R("ORR", 3.0, "%", arm="control"), R("DCR", 40.6, "%", arm="control"),
        R("OS rate", 24.5, "%", arm="control", timepoint="12 months"),
        R("HR", 0.71, None, 0.57, 0.88, 95, "trifluridine/tipiracil plus bevacizumab", versus="control",
          endpoint="OS"),
        R("HR", 0.52, None, 0.42, 0.64, 95, "trifluridine/tipiracil plus bevacizumab", versus="control",
          endpoint="PFS")]),
    ("igg05", "3", "colorectal cancer",
     [("triplet", "irinotecan", FOLFOXIRI_BEV, 255),
      ("doublet", "fluorouracil", ["leucovorin", "oxaliplatin", "bevacizumab"], 253)], [
        R("ORR", 64.7, "%", arm="triplet"), R("ORR", 53.8, "%", arm="doublet"),
        R("OR", 1.57, None, 1.10, 2.25, 95, "triplet", versus="doublet", endpoint="ORR"),
        R("RD", 10.9, "%", 2.4, 19.4, 95, "triplet", versus="doublet", endpoint="ORR"),
        R("PFS", 12.2, M, 11.1, 13.4, 95, "triplet"), R("PFS", 9.9, M, 9.0, 10.8, 95, "doublet"),
        R("HR", 0.74, None, 0.61, 0.90, 95, "triplet", versus="doublet", endpoint="PFS"),
        R("OS", 29.4, M, 26.0, 33.1, 95, "triplet"), R("OS", 24.8, M, 22.1, 27.9, 95, "doublet"),
        R("HR", 0.83, None, 0.66, 1.04, 95, "triplet", versus="doublet", endpoint="OS"),
        R("DOR", 10.6, M, arm="triplet"), R("DOR", 9.1, M, arm="doublet")]),
    ("igg06", "2", "pancreatic adenocarcinoma",
     [("cohort A", "olaparib", [], 31), ("cohort B", "olaparib", [], 27)], [
        R("ORR", 37.9, "%", 20.7, 57.7, 95, "cohort A"), R("CR", 6.9, "%", arm="cohort A"),
        R("DCR", 75.9, "%", arm="cohort A"),
        R("ORR", 12.0, "%", 2.5, 31.2, 95, "cohort B"), R("DCR", 52.0, "%", arm="cohort B"),
        R("PFS", 5.6, M, 3.7, 7.4, 95, "cohort A"), R("PFS", 2.9, M, 1.9, 3.8, 95, "cohort B"),
        R("OS", 14.3, M, 10.1, None, 95, "cohort A"), R("OS", 8.2, M, 6.0, 11.5, 95, "cohort B"),
        R("DOR", None, M, arm="cohort A", not_reached=True)]),
    ("igg07", None, "bladder cancer",
     [("CMV", "cisplatin", ["methotrexate", "vinblastine"], None), ("cystectomy alone", "surgery", [], None)], [
        R("pCR", 29, "%", arm="CMV"),
        R("OS", 69, M, arm="CMV"), R("OS", 46, M, arm="cystectomy alone"),
        R("OS rate", 74, "%", arm="CMV", timepoint="24 months"),
        R("OS rate", 56, "%", arm="CMV", timepoint="60 months"),
        R("OS rate", 66, "%", arm="cystectomy alone", timepoint="24 months"),
        R("OS rate", 43, "%", arm="cystectomy alone", timepoint="60 months"),
        R("HR", 0.72, None, 0.53, 0.97, 95, "CMV", versus="cystectomy alone", endpoint="OS")]),
    ("igg08", "3", "multiple myeloma",
     [("D-KRd", "daratumumab", ["carfilzomib", "lenalidomide", "dexamethasone", "melphalan"], 201),
      ("KRd", "carfilzomib", ["lenalidomide", "dexamethasone", "melphalan"], 201)], [
        R("CR", 71.6, "%", arm="D-KRd"), R("CR", 55.2, "%", arm="KRd"),
        R("≥VGPR", 93.0, "%", arm="D-KRd"), R("≥VGPR", 86.6, "%", arm="KRd"),
        R("MRD negativity", 63.2, "%", 56.1, 69.9, 95, "D-KRd"),
        R("MRD negativity", 44.8, "%", 37.8, 51.9, 95, "KRd"),
        R("EFS", None, M, arm="D-KRd", not_reached=True), R("EFS", None, M, arm="KRd", not_reached=True),
        R("EFS rate", 82.4, "%", 76.2, 87.1, 95, "D-KRd", timepoint="36 months"),
        R("EFS rate", 70.9, "%", 63.8, 76.9, 95, "KRd", timepoint="36 months"),
        R("HR", 0.54, None, 0.36, 0.81, 95, "D-KRd", versus="KRd", endpoint="EFS"),
        R("OS rate", 93.1, "%", arm="D-KRd", timepoint="36 months"),
        R("OS rate", 90.5, "%", arm="KRd", timepoint="36 months"),
        R("HR", 0.78, None, 0.44, 1.40, 95, "D-KRd", versus="KRd", endpoint="OS")]),
]

TRIAL_IDS = {
    "igg01": "NCT04172659",
    "igg02": "EudraCT 2017-003861-27",
    "igg03": "UMIN000031958",
    "igg04": "ISRCTN47812390",
    "igg05": "NCT03951207",
    "igg06": "ACTRN12619000873145",
    "igg08": "NCT04598311",
}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    for doc, *_ in INVENTED_GG:
        assert os.path.exists(os.path.join(here, "..", "invented-gg", "texts", doc + ".txt")), doc
    write(INVENTED_GG, os.path.join(here, "..", "invented-gg", "trials.jsonl"), TRIAL_IDS)


if __name__ == "__main__":
    main()
