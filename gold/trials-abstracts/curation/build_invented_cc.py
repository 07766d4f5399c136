"""Writes ../invented-cc/trials.jsonl: the hand-made rows of the set of invented abstracts in ../texts (icc01-icc08).
Written blind by a helper session that had seen only the trial conventions (trial-guide.md: the annotation rules for
trial records and "How each abstract was read"), build_trials.py and build_invented_v.py, never the extractor's code,
reports or output, nor the other sets' texts; no text-mining or extraction tool was run. Eight abstracts of cancer
trials in the styles of 2005-2024 journals, structured and unstructured: a placebo-controlled phase 3 in
non-squamous NSCLC (Lancet Oncology: Background/Methods/Findings/Interpretation), a three-arm randomised phase II in
HR-positive breast cancer (Annals of Oncology; 90% CIs), FOLFOXIRI against FOLFOX, both with bevacizumab, in
colorectal cancer (JCO Purpose/Patients and Methods; regimen acronyms defined by their agents), an unstructured
Japanese phase III in gastric cancer with "group A"/"group B" (UMIN), a noninferiority phase 3 of lenvatinib against
sorafenib in hepatocellular carcinoma (JAMA Oncology; JapicCTI), a single-arm phase II of cabozantinib plus
nivolumab in papillary renal cell carcinoma with responses as n/N (x%) (Clinical Cancer Research), a phase III of
enzalutamide against bicalutamide with "experimental"/"control" arms (British Journal of Cancer; ISRCTN) and an
unstructured Blood-style phase 3 of D-Rd against Rd in myeloma (97.5% CI for the HR). Not real papers: real drug
names, made-up figures, patients and registry ids. Same row format as build_trials.py, whose helpers R and write it
uses.

Decisions the conventions did not cover:
- Arm labels: "the pembrolizumab group" is "pembrolizumab" (as "the selumetinib group" is "selumetinib");
  "experimental arm"/"control arm" are "experimental"/"control"; "arm F", "arm A", "arm FA", "group A", "group B",
  "D-Rd", "Rd" as written; icc03 names its arms "FOLFOXIRI plus bevacizumab" and "FOLFOX plus bevacizumab" in its
  figures, and so do the labels.
- icc02's combination arm (fulvestrant and anastrozole) has no agent of its own: its drug is its first agent,
  fulvestrant, with anastrozole in the combination.
- icc03: FOLFOXIRI's own agent is irinotecan; the FOLFOX control's "first agent" is taken in the order the abstract
  defines the regimen (oxaliplatin, leucovorin, fluorouracil), not in the acronym's order (folinic acid first).
  Bevacizumab, given in both arms, stays in both combinations (only best supportive care in both arms is left out).
  Maintenance agents already in the arm (pemetrexed; fluorouracil, leucovorin, bevacizumab) are not added again.
- icc07: androgen deprivation, continued in both arms, is listed in neither combination (treated like best
  supportive care given in both arms).
- Odds ratios (icc03, icc05) are `OR` with unit null, `endpoint` "ORR" and `versus`, on the pattern of the `RR` row
  of pmid22547591. A PSA decline of 50% or more (icc07) is `PSA response` (the guide lists only "PSA partial
  response"). Myeloma: overall response rate `ORR`, very good partial response or better `≥VGPR`, complete response
  rate `CR`, minimal residual disease negativity `MRD negativity`, 30-month PFS rate `PFR` at "30 months".
- Time points in months: "2-year" is "24 months", "3-year" "36 months", "12-month" "12 months".
- Medians not reached: value null, notReached true; a CI's lower bound is kept, its "not reached" upper bound null
  (icc01 OS, icc06 OS and DOR); icc08's PFS not reached has no CI.
- HR orientation: as the abstract states it ("HR for group B vs. group A"; "compared with arm A ... for arm F");
  otherwise the experimental arm against the control. In icc01 "5.0 months (4.6-5.7; HR 0.49, 0.41-0.60)" the bare
  intervals follow a labelled 95% CI in the same sentence and so are 95%.
- icc04's response and disease control rates are of the 152 patients with measurable lesions (evaluable patients)
  and are recorded; participants stay the patients as assigned (112 and 111).
- icc06: participants are the 46 enrolled and treated, not the 44 evaluable for response; CR, PR, SD and PD are the
  percentages the abstract gives for n/44.
- trialId as written, without the "#" of "#NCT02861937"; the EudraCT number keeps its "EudraCT " prefix as the text
  writes it; "JapicCTI-153124", "UMIN000004593", "ISRCTN58239761". status is null (as in build_trials.py).
- cancerType without stage or setting words ("advanced", "metastatic", "newly diagnosed", "transplant-ineligible"),
  keeping histological and receptor qualifiers ("non-squamous non-small-cell lung cancer", "hormone
  receptor-positive breast cancer", "castration-resistant prostate cancer", "papillary renal cell carcinoma").
- phase: Roman numerals as Arabic ("phase III" is "3", "phase II" is "2").
- Not recorded: subgroup figures (PD-L1 below 1%, RAS/BRAF wild-type and right-sided tumours, hepatitis B,
  bone-only disease, peritoneal metastasis, fumarate hydratase-deficient 7/12, age 75 or over, high-risk
  cytogenetics), design assumptions (HR 0.70 or 0.75, CBR 55% and +20%, null/alternative ORR 20%/40%, assumed median
  survival 8 months, noninferiority margin 1.08), doses and schedules, dates, ages and ranges, IQRs, follow-up,
  toxicity, quality of life (FACT-B, FKSI-19, FACT-P mean difference with its CI, QLQ-C30), post-protocol or
  crossover treatment rates, death counts, lone p values and the study name LUMA-301.
Run: python3 build_invented_cc.py
"""
import os

from build_trials import R, write


M = "months"
W = "weeks"


PEM = "pembrolizumab"
FOLFOXIRI_B = "FOLFOXIRI plus bevacizumab"
FOLFOX_B = "FOLFOX plus bevacizumab"

INVENTED_CC = [
    ("icc01", "3", "non-squamous non-small-cell lung cancer",
     [(PEM, "pembrolizumab", ["carboplatin", "pemetrexed"], 409),
      ("placebo", "placebo", ["carboplatin", "pemetrexed"], 203)], [
        R("OS", None, M, 19.3, None, 95, PEM, not_reached=True), R("OS", 12.4, M, 10.1, 15.0, 95, "placebo"),
        R("HR", 0.58, None, 0.46, 0.73, 95, PEM, versus="placebo", endpoint="OS"),
        R("OS rate", 71.8, "%", arm=PEM, timepoint="12 months"),
        R("OS rate", 52.6, "%", arm="placebo", timepoint="12 months"),
        R("PFS", 9.1, M, 8.2, 10.4, 95, PEM), R("PFS", 5.0, M, 4.6, 5.7, 95, "placebo"),
        R("HR", 0.49, None, 0.41, 0.60, 95, PEM, versus="placebo", endpoint="PFS"),
        R("ORR", 49.6, "%", arm=PEM), R("ORR", 20.2, "%", arm="placebo")]),
    ("icc02", "2", "hormone receptor-positive breast cancer",
     [("arm F", "fulvestrant", [], 66), ("arm A", "anastrozole", [], 65),
      ("arm FA", "fulvestrant", ["anastrozole"], 65)], [
        R("CBR", 72.7, "%", arm="arm F"), R("CBR", 58.5, "%", arm="arm A"), R("CBR", 70.8, "%", arm="arm FA"),
        R("ORR", 33.3, "%", arm="arm F"), R("ORR", 24.6, "%", arm="arm A"), R("ORR", 30.8, "%", arm="arm FA"),
        R("PFS", 18.9, M, 14.6, 23.1, 90, "arm F"), R("PFS", 12.8, M, 10.9, 15.2, 90, "arm A"),
        R("PFS", 16.4, M, 13.0, 20.7, 90, "arm FA"),
        R("HR", 0.68, None, 0.49, 0.94, 90, "arm F", versus="arm A", endpoint="PFS"),
        R("HR", 0.81, None, 0.59, 1.11, 90, "arm FA", versus="arm A", endpoint="PFS")]),
    ("icc03", "3", "colorectal cancer",
     [(FOLFOXIRI_B, "irinotecan", ["oxaliplatin", "leucovorin", "fluorouracil", "bevacizumab"], 252),
      (FOLFOX_B, "oxaliplatin", ["leucovorin", "fluorouracil", "bevacizumab"], 256)], [
        R("PFS", 12.0, M, 10.9, 13.3, 95, FOLFOXIRI_B), R("PFS", 9.6, M, 8.8, 10.5, 95, FOLFOX_B),
        R("HR", 0.76, None, 0.63, 0.92, 95, FOLFOXIRI_B, versus=FOLFOX_B, endpoint="PFS"),
        R("ORR", 63.5, "%", arm=FOLFOXIRI_B), R("ORR", 52.7, "%", arm=FOLFOX_B),
        R("OR", 1.56, None, 1.09, 2.23, 95, FOLFOXIRI_B, versus=FOLFOX_B, endpoint="ORR"),
        R("OS", 28.9, M, arm=FOLFOXIRI_B), R("OS", 24.7, M, arm=FOLFOX_B),
        R("HR", 0.82, None, 0.67, 1.01, 95, FOLFOXIRI_B, versus=FOLFOX_B, endpoint="OS"),
        R("OS rate", 59, "%", arm=FOLFOXIRI_B, timepoint="24 months"),
        R("OS rate", 51, "%", arm=FOLFOX_B, timepoint="24 months")]),
    ("icc04", "3", "gastric cancer",
     [("group A", "paclitaxel", [], 112), ("group B", "irinotecan", [], 111)], [
        R("OS", 9.8, M, arm="group A"), R("OS", 8.6, M, arm="group B"),
        R("HR", 1.11, None, 0.83, 1.48, 95, "group B", versus="group A", endpoint="OS"),
        R("PFS", 3.7, M, arm="group A"), R("PFS", 2.4, M, arm="group B"),
        R("HR", 1.19, None, 0.90, 1.57, 95, "group B", versus="group A", endpoint="PFS"),
        R("ORR", 21.1, "%", arm="group A"), R("ORR", 14.9, "%", arm="group B"),
        R("DCR", 63.2, "%", arm="group A"), R("DCR", 51.4, "%", arm="group B")]),
    ("icc05", "3", "hepatocellular carcinoma",
     [("lenvatinib", "lenvatinib", [], 245), ("sorafenib", "sorafenib", [], 241)], [
        R("OS", 14.6, M, 12.9, 16.8, 95, "lenvatinib"), R("OS", 12.7, M, 11.0, 14.2, 95, "sorafenib"),
        R("HR", 0.86, None, 0.70, 1.05, 95, "lenvatinib", versus="sorafenib", endpoint="OS"),
        R("OS rate", 31.8, "%", arm="lenvatinib", timepoint="24 months"),
        R("OS rate", 25.4, "%", arm="sorafenib", timepoint="24 months"),
        R("PFS", 7.2, M, 5.6, 7.5, 95, "lenvatinib"), R("PFS", 3.9, M, 3.6, 5.4, 95, "sorafenib"),
        R("HR", 0.63, None, 0.52, 0.77, 95, "lenvatinib", versus="sorafenib", endpoint="PFS"),
        R("ORR", 36.7, "%", arm="lenvatinib"), R("ORR", 11.2, "%", arm="sorafenib"),
        R("OR", 4.58, None, 2.89, 7.26, 95, "lenvatinib", versus="sorafenib", endpoint="ORR")]),
    ("icc06", "2", "papillary renal cell carcinoma",
     [(None, "cabozantinib", ["nivolumab"], 46)], [
        R("ORR", 43.2, "%", 28.3, 59.0, 95), R("CR", 4.5, "%"), R("PR", 38.6, "%"), R("SD", 45.5, "%"),
        R("PD", 11.4, "%"), R("DOR", 13.1, M, 9.4, None, 95), R("PFS", 11.8, M, 8.2, 15.3, 95),
        R("OS", None, M, 22.0, None, 95, not_reached=True),
        R("OS rate", 78, "%", 63, 88, 95, timepoint="12 months")]),
    ("icc07", "3", "castration-resistant prostate cancer",
     [("experimental", "enzalutamide", [], 193), ("control", "bicalutamide", [], 191)], [
        R("PFS", 14.9, M, 11.3, 19.4, 95, "experimental"), R("PFS", 5.6, M, 5.5, 8.1, 95, "control"),
        R("HR", 0.45, None, 0.35, 0.58, 95, "experimental", versus="control", endpoint="PFS"),
        R("PSA response", 81.3, "%", arm="experimental"), R("PSA response", 31.9, "%", arm="control"),
        R("OS", 33.1, M, arm="experimental"), R("OS", 29.8, M, arm="control"),
        R("HR", 0.86, None, 0.66, 1.12, 95, "experimental", versus="control", endpoint="OS"),
        R("OS rate", 46, "%", arm="experimental", timepoint="36 months"),
        R("OS rate", 40, "%", arm="control", timepoint="36 months")]),
    ("icc08", "3", "multiple myeloma",
     [("D-Rd", "daratumumab", ["lenalidomide", "dexamethasone"], 352),
      ("Rd", "lenalidomide", ["dexamethasone"], 350)], [
        R("PFS", None, M, arm="D-Rd", not_reached=True), R("PFS", 31.2, M, 26.4, 35.0, 95, "Rd"),
        R("HR", 0.54, None, 0.40, 0.73, 97.5, "D-Rd", versus="Rd", endpoint="PFS"),
        R("PFR", 71.4, "%", arm="D-Rd", timepoint="30 months"), R("PFR", 54.8, "%", arm="Rd", timepoint="30 months"),
        R("ORR", 92.6, "%", arm="D-Rd"), R("ORR", 81.1, "%", arm="Rd"),
        R("≥VGPR", 79.0, "%", arm="D-Rd"), R("≥VGPR", 53.1, "%", arm="Rd"),
        R("CR", 47.2, "%", arm="D-Rd"), R("CR", 24.6, "%", arm="Rd"),
        R("MRD negativity", 24.4, "%", arm="D-Rd"), R("MRD negativity", 7.1, "%", arm="Rd")]),
]

TRIAL_IDS = {
    "icc01": "NCT03521846",
    "icc02": "EudraCT 2011-004275-19",
    "icc03": "NCT02486614",
    "icc04": "UMIN000004593",
    "icc05": "JapicCTI-153124",
    "icc06": "NCT04104087",
    "icc07": "ISRCTN58239761",
    "icc08": "NCT02861937",
}


def main():
    write(INVENTED_CC, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "invented-cc", "trials.jsonl"),
          TRIAL_IDS)


if __name__ == "__main__":
    main()
