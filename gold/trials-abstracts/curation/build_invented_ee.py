"""Writes ../invented-ee/trials.jsonl: the hand-made rows of the set of invented texts in ../texts
(iee01-iee08). Written blind by a helper session that had seen only the gold conventions (trial-guide.md: the
clinical-trial section and "How each abstract was read"), build_trials.py and build_invented_v.py, never the
extractor's code, reports or output, nor the other sets' texts. Not real papers: real drug names, made-up figures,
patients, companies, trial names and registry ids.

Texts: four structured journal abstracts of 2013-2022 (iee01 CLL, acalabrutinib vs bendamustine plus rituximab,
phase 3; iee02 AML, three arms VEN-AZA / VEN-LDAC / AZA, phase 2; iee03 multiple myeloma, once-weekly vs
twice-weekly carfilzomib with dexamethasone, arms differing only by dose and schedule, phase 3; iee04 intrahepatic
cholangiocarcinoma, single-arm phase II of gemcitabine plus S-1), two unstructured older-style abstracts (iee05
soft tissue sarcoma 1991-1995, arm A / arm B, "response rate", "median survival", "P ="; iee06 mesothelioma, V
vs VOx, randomized phase II), a press release (iee07 follicular lymphoma, ORCA-FL) and a plain-language results
summary (iee08 peripheral T-cell lymphoma).

Decisions the conventions did not cover (or left open), as taken here:
- drug in a three-arm trial (iee02): "the agent only this arm gets" is read against all the other arms, literally,
  as the three-arm row pmid12837811 of build_trials.py does: VEN-AZA has no agent of its own (venetoclax is also in
  VEN-LDAC, azacitidine also in AZA), so its first agent venetoclax; VEN-LDAC's own agent is cytarabine (drug
  cytarabine, combination venetoclax); AZA has none of its own, so azacitidine.
- "low-dose cytarabine" is normalized to cytarabine; "S-1" is kept as the agent's name "S-1" (no normalization
  rule for it); mesna (iee05, given for uroprotection) is a supportive drug and not listed, while
  dexamethasone in iee03 and prednisone in CHOP (iee08) are part of the regimen and listed.
- arms differing only by dose/schedule (iee03): both arms drug carfilzomib, combination dexamethasone; the arm
  names are the schedule words the abstract uses for its figures ("once-weekly", "twice-weekly").
- placebo plus chemotherapy (iee08): drug "placebo", combination the CHOP agents, as the selumetinib/placebo row
  (pmid23200175) does with docetaxel. CHOP is expanded to cyclophosphamide, doxorubicin, vincristine, prednisone
  in the order the text gives them.
- arm labels of the press release and summary: the words used beside the figures ("obinutuzumab-lenalidomide",
  "rituximab-lenalidomide"; "chidamide group", "placebo group").
- cancerType drops treatment-line and setting words as well as stage words: "relapsed or refractory", "newly
  diagnosed", "unresectable", "advanced", "malignant pleural" is kept (it names the disease):
  "chronic lymphocytic leukaemia", "acute myeloid leukaemia", "multiple myeloma",
  "intrahepatic cholangiocarcinoma", "soft tissue sarcoma", "malignant pleural mesothelioma",
  "follicular lymphoma", "peripheral T-cell lymphoma".
- phase: "phase II" is written "2"; "a randomized trial" with no phase (iee05) is null; a "phase 3
  non-inferiority trial" is "3".
- trialId as written in the text, with its prefix: "NCT03814462", "EudraCT 2018-001742-35" (the text writes
  "EudraCT number 2018-001742-35"; the word "number" is dropped), "ISRCTN48215703", "JapicCTI-132187",
  "ACTRN12605000412639", "UMIN000041872", "ChiCTR1900024518"; iee05 gives none (null).
- participants: per arm as randomized/assigned; iee04's single arm is the 54 enrolled (not the 52 assessable);
  the press release's "210 received ..." and the summary's "139 people were given ..." are the arms' patients.
- a median "not reached (95% CI 27.3-not reached)" (iee01) is value null with notReached, ciLow 27.3, ciHigh null.
- an HR given without arm wording ("hazard ratio for overall survival was 0.82", iee01) is for the experimental arm
  (the first-named arm, acalabrutinib) versus the comparator; iee03's OS HR states "once-weekly versus
  twice-weekly"; iee07/iee08's PFS HRs are for the experimental arm; iee02's death HRs are written "X versus AZA".
- "18-month progression-free survival rate" / "At two years ... alive and free of progression" are PFR with
  timepoint "18 months" / "24 months"; "After 2 years, 58 out of 100 ... still alive" is OS rate 58 % at
  "24 months" (a frequency out of 100 read as a percentage); "2-year survival rates" / "1-year survival rate" are
  OS rate.
- "Overall response" / "response rate" / "the lymphoma shrank or disappeared" are ORR; "disappeared completely" and
  "complete remission" (iee02) are CR; "complete responses in 3% and 6%" are CR; "a very good partial response or
  better" is >=VGPR written "≥VGPR"; "Measurable residual disease negativity" is "MRD negativity" (the arms with a
  figure only; the AZA arm has none); "disease control rate" is DCR.
- iee04's CR and PR are recorded as the shares the text gives beside the counts (1.9 %, 34.6 %); the SD share
  40.4 % likewise.
- The percent-risk wording "32% lower" (iee08) restates the HR and is not recorded.
- Not recorded, as noise: doses and schedules, dates and accrual periods, ages, numbers of centres and cycles,
  follow-up, design assumptions (power, HR to detect, non-inferiority margin, assumed response rates), toxicity
  including 30-day mortality, toxic deaths and deaths at follow-up (iee06 "84 patients had died"), quality of
  life and symptom improvement (EORTC QLQ-C30, dyspnoea), biomarker responses (CA19-9 fall), subgroup figures
  (del(17p), NPM1-mutated, leiomyosarcoma, epithelioid, rituximab-refractory, angioimmunoblastic), lone p values,
  the "not yet mature" overall survival (no figure), and the sample-size numbers.
Same row format as build_trials.py. Run: python3 build_invented_ee.py
"""
import os

from build_trials import M, R, W, write

CHOP = ["cyclophosphamide", "doxorubicin", "vincristine", "prednisone"]

INVENTED_EE = [
    ("iee01", "3", "chronic lymphocytic leukaemia",
     [("acalabrutinib", "acalabrutinib", [], 155),
      ("bendamustine plus rituximab", "bendamustine", ["rituximab"], 157)], [
        R("PFS", None, M, 27.3, None, 95, "acalabrutinib", not_reached=True),
        R("PFS", 16.8, M, 14.1, 19.5, 95, "bendamustine plus rituximab"),
        R("HR", 0.29, None, 0.19, 0.44, 95, "acalabrutinib", versus="bendamustine plus rituximab", endpoint="PFS"),
        R("PFR", 84, "%", arm="acalabrutinib", timepoint="18 months"),
        R("PFR", 53, "%", arm="bendamustine plus rituximab", timepoint="18 months"),
        R("ORR", 83, "%", arm="acalabrutinib"), R("ORR", 79, "%", arm="bendamustine plus rituximab"),
        R("HR", 0.82, None, 0.49, 1.37, 95, "acalabrutinib", versus="bendamustine plus rituximab", endpoint="OS")]),
    ("iee02", "2", "acute myeloid leukaemia",
     [("VEN-AZA", "venetoclax", ["azacitidine"], 68), ("VEN-LDAC", "cytarabine", ["venetoclax"], 66),
      ("AZA", "azacitidine", [], 67)], [
        R("CR/CRi", 61, "%", 48, 72, 95, "VEN-AZA"), R("CR/CRi", 47, "%", 35, 60, 95, "VEN-LDAC"),
        R("CR/CRi", 27, "%", 17, 39, 95, "AZA"),
        R("CR", 34, "%", arm="VEN-AZA"), R("CR", 22, "%", arm="VEN-LDAC"), R("CR", 13, "%", arm="AZA"),
        R("MRD negativity", 25, "%", arm="VEN-AZA"), R("MRD negativity", 14, "%", arm="VEN-LDAC"),
        R("OS", 14.1, M, 10.8, 18.0, 95, "VEN-AZA"), R("OS", 9.7, M, 7.2, 12.5, 95, "VEN-LDAC"),
        R("OS", 8.3, M, 6.4, 10.9, 95, "AZA"),
        R("HR", 0.58, None, 0.39, 0.86, 95, "VEN-AZA", versus="AZA", endpoint="OS"),
        R("HR", 0.84, None, 0.57, 1.23, 95, "VEN-LDAC", versus="AZA", endpoint="OS")]),
    ("iee03", "3", "multiple myeloma",
     [("once-weekly", "carfilzomib", ["dexamethasone"], 241), ("twice-weekly", "carfilzomib", ["dexamethasone"], 239)], [
        R("PFS", 11.1, M, 9.3, 13.0, 95, "once-weekly"), R("PFS", 9.8, M, 8.1, 11.4, 95, "twice-weekly"),
        R("HR", 0.86, None, 0.69, 1.07, 95, "once-weekly", versus="twice-weekly", endpoint="PFS"),
        R("ORR", 64.7, "%", arm="once-weekly"), R("ORR", 61.9, "%", arm="twice-weekly"),
        R("≥VGPR", 37, "%", arm="once-weekly"), R("≥VGPR", 33, "%", arm="twice-weekly"),
        R("HR", 0.92, None, 0.70, 1.21, 95, "once-weekly", versus="twice-weekly", endpoint="OS")]),
    ("iee04", "2", "intrahepatic cholangiocarcinoma",
     [(None, "gemcitabine", ["S-1"], 54)], [
        R("CR", 1.9, "%"), R("PR", 34.6, "%"), R("ORR", 36.5, "%", 23.6, 51.0, 95), R("SD", 40.4, "%"),
        R("DCR", 76.9, "%"), R("PFS", 6.8, M, 5.4, 8.3, 95), R("OS", 13.5, M, 11.2, 16.9, 95),
        R("OS rate", 56.2, "%", timepoint="12 months")]),
    ("iee05", None, "soft tissue sarcoma",
     [("arm A", "epirubicin", [], 131), ("arm B", "ifosfamide", ["epirubicin"], 132)], [
        R("ORR", 17, "%", arm="arm A"), R("ORR", 29, "%", arm="arm B"),
        R("CR", 3, "%", arm="arm A"), R("CR", 6, "%", arm="arm B"),
        R("TTP", 17, W, arm="arm A"), R("TTP", 25, W, arm="arm B"),
        R("OS", 48, W, arm="arm A"), R("OS", 52, W, arm="arm B"),
        R("OS rate", 18, "%", arm="arm A", timepoint="24 months"),
        R("OS rate", 21, "%", arm="arm B", timepoint="24 months")]),
    ("iee06", "2", "malignant pleural mesothelioma",
     [("V", "vinorelbine", [], 49), ("VOx", "oxaliplatin", ["vinorelbine"], 49)], [
        R("ORR", 14, "%", arm="V"), R("ORR", 24, "%", arm="VOx"),
        R("PFS", 3.9, M, arm="V"), R("PFS", 5.0, M, arm="VOx"),
        R("OS", 9.1, M, 7.0, 11.6, 95, "V"), R("OS", 10.8, M, 8.3, 13.9, 95, "VOx"),
        R("OS rate", 37, "%", arm="V", timepoint="12 months"),
        R("OS rate", 45, "%", arm="VOx", timepoint="12 months")]),
    ("iee07", "3", "follicular lymphoma",
     [("obinutuzumab-lenalidomide", "obinutuzumab", ["lenalidomide"], 210),
      ("rituximab-lenalidomide", "rituximab", ["lenalidomide"], 208)], [
        R("PFS", 36.4, M, arm="obinutuzumab-lenalidomide"), R("PFS", 27.9, M, arm="rituximab-lenalidomide"),
        R("HR", 0.71, None, 0.54, 0.93, 95, "obinutuzumab-lenalidomide", versus="rituximab-lenalidomide",
          endpoint="PFS"),
        R("PFR", 68.3, "%", arm="obinutuzumab-lenalidomide", timepoint="24 months"),
        R("PFR", 57.9, "%", arm="rituximab-lenalidomide", timepoint="24 months"),
        R("ORR", 81, "%", arm="obinutuzumab-lenalidomide"), R("ORR", 77, "%", arm="rituximab-lenalidomide"),
        R("CR", 45, "%", arm="obinutuzumab-lenalidomide"), R("CR", 37, "%", arm="rituximab-lenalidomide")]),
    ("iee08", "3", "peripheral T-cell lymphoma",
     [("chidamide group", "chidamide", CHOP, 139), ("placebo group", "placebo", CHOP, 137)], [
        R("PFS", 15.3, M, arm="chidamide group"), R("PFS", 9.9, M, arm="placebo group"),
        R("HR", 0.68, None, 0.50, 0.92, 95, "chidamide group", versus="placebo group", endpoint="PFS"),
        R("OS rate", 58, "%", arm="chidamide group", timepoint="24 months"),
        R("OS rate", 49, "%", arm="placebo group", timepoint="24 months"),
        R("ORR", 79, "%", arm="chidamide group"), R("ORR", 68, "%", arm="placebo group"),
        R("CR", 52, "%", arm="chidamide group"), R("CR", 40, "%", arm="placebo group")]),
]

TRIAL_IDS = {
    "iee01": "NCT03814462",
    "iee02": "EudraCT 2018-001742-35",
    "iee03": "ISRCTN48215703",
    "iee04": "JapicCTI-132187",
    "iee06": "ACTRN12605000412639",
    "iee07": "UMIN000041872",
    "iee08": "ChiCTR1900024518",
}


def main():
    write(INVENTED_EE, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "invented-ee", "trials.jsonl"),
          TRIAL_IDS)


if __name__ == "__main__":
    main()
