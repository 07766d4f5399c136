"""Writes ../invented-dd/trials.jsonl: the hand-made rows of the set of invented texts in ../texts (idd01-idd08).
Written blind by a helper session that had seen only the gold conventions (trial-guide.md: section 2 and "How each
abstract was read"), build_trials.py and build_invented_v.py, never the extractor's code, reports or output, nor the
other sets' texts. Not real papers: real drug names, made-up figures, patients and registry ids; no text is copied or
adapted from a real abstract. Same row format as build_trials.py (R and write are imported from it, unchanged).

Styles (unlike the earlier sets of journal abstracts):
- idd01-idd03: the Results section of a full paper (disposition, "The ORR was ... in the X arm compared with ... in
  the Y arm", medians with bracketed 95% CIs, HRs, landmark rates, responses as n/N (x%), duration of response,
  subgroup HRs, safety). idd01 platinum-resistant ovarian cancer, datopotamab deruxtecan vs weekly paclitaxel (ADC);
  idd02 three-arm diffuse large B-cell lymphoma, glofitamab / glofitamab plus polatuzumab vedotin / R-GemOx
  (bispecific, ADC); idd03 castration-resistant prostate cancer, olaparib or placebo with enzalutamide (PARP).
- idd04-idd06: ESMO/ASCO-style conference abstracts (terse "mPFS 13.8 vs 9.9 mo", pts, mo, arms named by regimen
  abbreviations defined once: I+GP/T+GP, A+C/A, T-DXd/ERI). idd04 nasopharyngeal carcinoma, ivonescimab (PD-1/VEGF
  bispecific); idd05 KRAS G12C-mutated colorectal cancer, adagrasib with or without cetuximab; idd06 HR+/HER2-low
  breast cancer, trastuzumab deruxtecan vs eribulin (with CBR).
- idd07-idd08: single-arm reports. idd07 phase 1b/2 of the menin inhibitor ziftomenib in AML (dose escalation over
  four dose levels, RP2D, two genotype expansion cohorts); idd08 phase 2 of the CAR-T product idecabtagene
  vicleucel in multiple myeloma.

Read by the conventions (README "How each abstract was read"): one record per arm; `arm` the arm's name as the text
uses it for its figures; `drug` the agent only this arm gets, else its first agent (so "glofitamab plus polatuzumab
vedotin" is polatuzumab vedotin with glofitamab, A+C is cetuximab with adagrasib, R-GemOx is rituximab); figures of the
whole population or its evaluable patients; HR on the record of the arm it is for with `versus`; landmark rates as
`PFR` / `OS rate` with `timepoint` in months; `CMR` (no CR) for complete metabolic response; `CR/CRi`, `≥VGPR`,
`MRD negativity` as named there; an upper CI bound "NE"/"NR"/"not estimable" is null; a median "not reached" is
value null with notReached. Not recorded: toxicity (incl. CRS/ICANS, DLTs), QoL/PRO (incl. time to deterioration and
its HR), follow-up, dates, ages, doses and dose levels, design assumptions (power, HR assumed, p0/p1, alpha), lone
p values (and p values beside HRs), subgroup figures.

Decisions the conventions did not cover:
1. cancerType: the disease as the text names it, keeping the qualifiers that define the disease (platinum-resistant,
   castration-resistant, KRAS G12C-mutated, hormone receptor-positive, HER2-low) but dropping stage words (advanced,
   metastatic, recurrent) and relapse/line words (relapsed or refractory, previously treated, first-line). idd07
   keeps the US spelling of the text ("acute myeloid leukemia").
2. phase null in idd03: its Results section never names a phase (the conventions' null for "a randomised trial"
   with no phase). idd01 names "the phase 3 trial" inside its Results, idd02 "phase 2 study"; both are recorded.
3. trialId: idd07 gives two ids ("NCT05613422; EudraCT 2022-003318-41"); the first written is recorded. idd03 gives
   none (null). idd06 repeats its jRCT id (jRCTs031220561) in Methods and in "Clinical trial identification".
   Ids are kept as written, with their prefix: idd02's is "EudraCT 2021-004512-33" (the conventions' "EudraCT ..."
   form); idd04's Chinese registry id is "CTR20221879".
4. idd03: radiographic PFS is recorded as its own metric `rPFS` (as written; like DFS in the invented-v set), its HR
   with endpoint "rPFS". "A confirmed PSA partial response (a decline of 50% or more)" is `PSA partial response`.
   The ORR and CR among patients with measurable disease (n = 141 and 138) are recorded as figures of evaluable
   patients; `participants` stays the randomised 407/405.
5. idd02: the exploratory HR of glofitamab plus polatuzumab vedotin versus glofitamab alone (PFS 0.77) is a
   between-arm HR and recorded on the polatuzumab arm with versus "glofitamab"; the CMR rates after CAR T-cell therapy
   are a subgroup (not recorded). The overall survival "not reached (95% CI 17.8-NE)" of the polatuzumab arm is
   value null, notReached, ciLow 17.8.
6. idd04: the OS HR is recorded although the text gives no OS medians ("OS was immature (HR 0.78 ...)"). The p value
   after the ORRs ("(p=0.25)") is not recorded.
7. idd05: the ORR after crossover (11% of 19 pts) is not recorded (as the crossover responses in invented-v); the
   OS figures written control-first ("11.6 mo for A and 15.4 mo for A+C") keep their arms; the OS HR (0.73) is for
   A+C versus A (the arm with the longer median, as HR < 1 shows); the ORR in left-sided primaries is a subgroup.
8. idd06: `participants` are the patients per arm as the text gives them, i.e. treated (T-DXd 77, ERI 75); the
   randomised total (154) is not split by arm. CBR is recorded without a timepoint (its definition "SD >= 24 wk" is
   part of the metric, not a landmark). The PFS HRs by HER2 IHC status are subgroups.
9. idd07: the two phase 2 expansion cohorts are enrolled and reported one by one (patients per cohort) and are
   read as arms: one record per cohort (`arm` "NPM1m" / "KMT2Ar", the cohort names used for the figures), same
   `drug`. (The convention's per-subtype results inside a single record cannot be written by build_trials.write,
   which asserts that every result's arm is a record's arm.) The 24 phase 1b escalation patients spread over four
   dose levels have no efficacy figure and get no record. The "median duration of CR/CRi" is recorded as `DOR`; the
   "overall response rate" as `ORR`; CR separately as `CR`. The median time to first response is not recorded
   (not an outcome figure; also idd08); the CR/CRi rate with a FLT3 co-mutation is a subgroup.
10. idd08: `participants` is 50, the patients infused (treated and evaluated), not the 58 enrolled/leukapheresed.
    Lymphodepleting fludarabine/cyclophosphamide and bridging therapy are not listed in `combination` (conditioning,
    not the studied regimen). "A complete response or better (>=CR)" is recorded as `≥CR` by analogy with `≥VGPR`
    (no CR). Median OS "not reached (95% CI 24.1-NR)" is value null, notReached, ciLow 24.1. The figures of
    extramedullary disease and high-risk cytogenetics are subgroups.
11. `status` is null throughout (write() sets it so; no text states the trial's status beyond "follow-up
    continues").
Run: python3 build_invented_dd.py
"""
import os

from build_trials import M, R, write

# idd01
DD, PAC = "datopotamab deruxtecan", "paclitaxel"
# idd02
GLO, GPOL, RGO = "glofitamab", "glofitamab plus polatuzumab vedotin", "R-GemOx"
# idd03
OLA, PLA = "olaparib plus enzalutamide", "placebo plus enzalutamide"

INVENTED_DD = [
    ("idd01", "3", "platinum-resistant ovarian cancer",
     [(DD, "datopotamab deruxtecan", [], 201), (PAC, "paclitaxel", [], 201)], [
        R("PFS", 5.6, M, 4.7, 6.4, 95, DD), R("PFS", 3.9, M, 3.1, 4.3, 95, PAC),
        R("HR", 0.66, None, 0.52, 0.84, 95, DD, versus=PAC, endpoint="PFS"),
        R("PFR", 46, "%", arm=DD, timepoint="6 months"), R("PFR", 29, "%", arm=PAC, timepoint="6 months"),
        R("ORR", 38, "%", arm=DD), R("ORR", 21, "%", arm=PAC),
        R("CR", 3.5, "%", arm=DD), R("CR", 1.0, "%", arm=PAC),
        R("DOR", 6.9, M, 5.5, 8.3, 95, DD), R("DOR", 4.6, M, 3.7, 6.0, 95, PAC),
        R("OS", 14.2, M, 12.0, 16.9, 95, DD), R("OS", 11.8, M, 10.1, 13.5, 95, PAC),
        R("HR", 0.79, None, 0.61, 1.03, 95, DD, versus=PAC, endpoint="OS"),
        R("OS rate", 58, "%", arm=DD, timepoint="12 months"), R("OS rate", 49, "%", arm=PAC, timepoint="12 months")]),
    ("idd02", "2", "diffuse large B-cell lymphoma",
     [(GLO, "glofitamab", [], 94), (GPOL, "polatuzumab vedotin", ["glofitamab"], 96),
      (RGO, "rituximab", ["gemcitabine", "oxaliplatin"], 93)], [
        R("ORR", 62, "%", arm=GLO), R("ORR", 74, "%", arm=GPOL), R("ORR", 41, "%", arm=RGO),
        R("CMR", 39, "%", arm=GLO), R("CMR", 52, "%", arm=GPOL), R("CMR", 22, "%", arm=RGO),
        R("DOR", None, M, 11.9, None, 95, GLO, not_reached=True),
        R("DOR", None, M, 14.2, None, 95, GPOL, not_reached=True),
        R("DOR", 6.1, M, 4.4, 8.9, 95, RGO),
        R("PFS", 8.8, M, 6.1, 11.4, 95, GLO), R("PFS", 12.9, M, 9.7, None, 95, GPOL),
        R("PFS", 3.7, M, 2.9, 5.0, 95, RGO),
        R("HR", 0.58, None, 0.41, 0.82, 95, GLO, versus=RGO, endpoint="PFS"),
        R("HR", 0.44, None, 0.31, 0.64, 95, GPOL, versus=RGO, endpoint="PFS"),
        R("PFR", 41, "%", arm=GLO, timepoint="12 months"), R("PFR", 53, "%", arm=GPOL, timepoint="12 months"),
        R("PFR", 14, "%", arm=RGO, timepoint="12 months"),
        R("OS", 20.1, M, 15.3, None, 95, GLO), R("OS", None, M, 17.8, None, 95, GPOL, not_reached=True),
        R("OS", 11.4, M, 8.6, 14.9, 95, RGO),
        R("HR", 0.71, None, 0.48, 1.05, 95, GLO, versus=RGO, endpoint="OS"),
        R("HR", 0.59, None, 0.39, 0.89, 95, GPOL, versus=RGO, endpoint="OS"),
        R("HR", 0.77, None, 0.52, 1.14, 95, GPOL, versus=GLO, endpoint="PFS")]),
    ("idd03", None, "castration-resistant prostate cancer",
     [(OLA, "olaparib", ["enzalutamide"], 407), (PLA, "placebo", ["enzalutamide"], 405)], [
        R("rPFS", 22.4, M, 19.1, 25.8, 95, OLA), R("rPFS", 15.7, M, 13.6, 17.9, 95, PLA),
        R("HR", 0.71, None, 0.59, 0.86, 95, OLA, versus=PLA, endpoint="rPFS"),
        R("OS rate", 84, "%", arm=OLA, timepoint="18 months"), R("OS rate", 80, "%", arm=PLA, timepoint="18 months"),
        R("HR", 0.86, None, 0.66, 1.12, 95, OLA, versus=PLA, endpoint="OS"),
        R("PSA partial response", 81, "%", arm=OLA), R("PSA partial response", 70, "%", arm=PLA),
        R("ORR", 44, "%", arm=OLA), R("ORR", 27, "%", arm=PLA),
        R("CR", 11, "%", arm=OLA), R("CR", 6, "%", arm=PLA)]),
    ("idd04", "3", "nasopharyngeal carcinoma",
     [("I+GP", "ivonescimab", ["gemcitabine", "cisplatin"], 194),
      ("T+GP", "toripalimab", ["gemcitabine", "cisplatin"], 192)], [
        R("PFS", 13.8, M, arm="I+GP"), R("PFS", 9.9, M, arm="T+GP"),
        R("HR", 0.61, None, 0.47, 0.79, 95, "I+GP", versus="T+GP", endpoint="PFS"),
        R("PFR", 56.4, "%", arm="I+GP", timepoint="12 months"),
        R("PFR", 38.9, "%", arm="T+GP", timepoint="12 months"),
        R("ORR", 81.4, "%", arm="I+GP"), R("ORR", 76.6, "%", arm="T+GP"),
        R("CR", 12.9, "%", arm="I+GP"), R("CR", 8.3, "%", arm="T+GP"),
        R("DCR", 94.8, "%", arm="I+GP"), R("DCR", 93.2, "%", arm="T+GP"),
        R("DOR", 12.6, M, arm="I+GP"), R("DOR", 8.5, M, arm="T+GP"),
        R("HR", 0.78, None, 0.53, 1.15, 95, "I+GP", versus="T+GP", endpoint="OS")]),
    ("idd05", "2", "KRAS G12C-mutated colorectal cancer",
     [("A+C", "cetuximab", ["adagrasib"], 72), ("A", "adagrasib", [], 36)], [
        R("ORR", 40, "%", arm="A+C"), R("ORR", 19, "%", arm="A"),
        R("DCR", 88, "%", arm="A+C"), R("DCR", 72, "%", arm="A"),
        R("DOR", 7.6, M, 5.7, 9.9, 95, "A+C"), R("DOR", 4.2, M, 2.8, None, 95, "A"),
        R("PFS", 6.9, M, 5.6, 8.2, 95, "A+C"), R("PFS", 4.0, M, 2.7, 5.5, 95, "A"),
        R("HR", 0.53, None, 0.34, 0.82, 95, "A+C", versus="A", endpoint="PFS"),
        R("OS", 11.6, M, arm="A"), R("OS", 15.4, M, arm="A+C"),
        R("HR", 0.73, None, 0.45, 1.19, 95, "A+C", versus="A", endpoint="OS"),
        R("OS rate", 63, "%", arm="A+C", timepoint="12 months"),
        R("OS rate", 48, "%", arm="A", timepoint="12 months")]),
    ("idd06", "2", "hormone receptor-positive, HER2-low breast cancer",
     [("T-DXd", "trastuzumab deruxtecan", [], 77), ("ERI", "eribulin", [], 75)], [
        R("PFS", 9.6, M, 7.8, 11.3, 95, "T-DXd"), R("PFS", 5.3, M, 4.1, 6.6, 95, "ERI"),
        R("HR", 0.54, None, 0.37, 0.78, 95, "T-DXd", versus="ERI", endpoint="PFS"),
        R("ORR", 52, "%", arm="T-DXd"), R("ORR", 24, "%", arm="ERI"),
        R("CBR", 71, "%", arm="T-DXd"), R("CBR", 45, "%", arm="ERI"),
        R("DOR", None, M, 8.1, None, 95, "T-DXd", not_reached=True), R("DOR", 6.2, M, 4.4, 9.0, 95, "ERI"),
        R("OS", 27.9, M, arm="T-DXd"), R("OS", 21.4, M, arm="ERI"),
        R("HR", 0.69, None, 0.42, 1.13, 95, "T-DXd", versus="ERI", endpoint="OS"),
        R("OS rate", 73, "%", arm="T-DXd", timepoint="18 months"),
        R("OS rate", 61, "%", arm="ERI", timepoint="18 months")]),
    ("idd07", "1b/2", "acute myeloid leukemia",
     [("NPM1m", "ziftomenib", [], 63), ("KMT2Ar", "ziftomenib", [], 49)], [
        R("CR/CRi", 27, "%", 17, 40, 95, "NPM1m"), R("CR", 19, "%", arm="NPM1m"), R("ORR", 46, "%", arm="NPM1m"),
        R("CR/CRi", 16, "%", 7, 30, 95, "KMT2Ar"), R("CR", 10, "%", arm="KMT2Ar"), R("ORR", 37, "%", arm="KMT2Ar"),
        R("MRD negativity", 14, "%", arm="NPM1m"), R("MRD negativity", 6, "%", arm="KMT2Ar"),
        R("DOR", 6.4, M, 3.8, 9.2, 95, "NPM1m"), R("DOR", 4.1, M, 2.0, None, 95, "KMT2Ar"),
        R("OS", 7.4, M, 5.6, 9.8, 95, "NPM1m"), R("OS", 5.9, M, 4.1, 8.3, 95, "KMT2Ar")]),
    ("idd08", "2", "multiple myeloma",
     [(None, "idecabtagene vicleucel", [], 50)], [
        R("ORR", 84, "%", 71, 93, 95), R("≥VGPR", 68, "%"), R("≥CR", 46, "%"), R("MRD negativity", 48, "%"),
        R("DOR", None, M, 14.6, None, 95, not_reached=True), R("PFS", 16.3, M, 12.2, None, 95),
        R("PFR", 62, "%", 47, 74, 95, timepoint="12 months"),
        R("OS", None, M, 24.1, None, 95, not_reached=True),
        R("OS rate", 86, "%", 73, 93, 95, timepoint="12 months")]),
]

TRIAL_IDS = {
    "idd01": "NCT05274931",
    "idd02": "EudraCT 2021-004512-33",
    "idd04": "CTR20221879",
    "idd05": "NCT05481629",
    "idd06": "jRCTs031220561",
    "idd07": "NCT05613422",
    "idd08": "ISRCTN48291736",
}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    write(INVENTED_DD, os.path.join(here, "..", "invented-dd", "trials.jsonl"), TRIAL_IDS)


if __name__ == "__main__":
    main()
