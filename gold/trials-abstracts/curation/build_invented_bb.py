"""Writes ../invented-bb/trials.jsonl: the hand-made rows of the set of invented cancer-trial texts in ../texts
(one file per doc, <doc>.txt). Written blind by a helper session that had seen only the gold conventions for trial
records (trial-guide.md: ANNOTATION.md section 2 and "How each abstract was read"), build_trials.py and
build_invented_v.py; it never saw the extractor's code, reports or output, nor any other set's texts, and ran no
text-mining tool. Not real papers: real drug names, made-up figures, patients and registry ids.

Eight texts in three styles unlike ordinary structured abstracts:
- RESULTS paragraphs of full papers (ibb01 ovarian, three arms; ibb02 urothelial, two erdafitinib doses; ibb03 mantle
  cell lymphoma): running text, figures scattered through several sentences per arm, "(Table 2)", "(Fig. 2A)",
  "x% with A as compared with y% with B", "respectively", a median in one sentence and the other arm's in the next.
- conference abstracts (ibb07 ESMO head and neck, "Arm 1"/"Arm 2"; ibb08 ASCO paediatric neuroblastoma,
  "Arm A"/"Arm B"): headings run into the text, abbreviations undefined, terse "ORR 27% vs 13% (p=0.04); mPFS 4.4 vs
  2.1 mo (HR 0.64, 90% CI 0.47-0.87)".
- journal abstracts (ibb04 adjuvant melanoma; ibb05 single-arm phase 2 in pancreatic neuroendocrine tumours; ibb06
  randomized discontinuation trial in prostate cancer).

Same row format as build_trials.py (whose R and write it uses): a trial is doc,
phase, cancer type, its arms as (label, drug, combination, participants), then its results as
R(metric, value, unit, ciLow, ciHigh, ciLevel, arm, timepoint=, versus=, endpoint=, not_reached=).

Decisions the conventions did not cover (or only by analogy):
1. phase and trialId: a RESULTS paragraph that names no phase or registry id (ibb01, ibb03) has phase null and
   trialId null; ibb02 names "this phase 2 trial" and has phase "2". "phase II" is written "2".
2. An arm not named more precisely than "platinum-based chemotherapy" (ibb01) is drug "chemotherapy", combination [].
3. Dose-defined arms (ibb02): both arms are drug erdafitinib, combination []; the arm labels are the doses as the text
   names its groups for the figures ("the 8-mg group" -> "8 mg", "the 10-mg group" -> "10 mg"). The permitted
   uptitration to 9 mg does not make a third arm.
4. A median "not reached" is value null with notReached true (as the DOR of pmid25704439 in build_trials.py), keeping
   a lower CI bound where one is given; an upper bound "not reached"/"NR" is ciHigh null. Recorded: ibb01 OS
   (olaparib plus cediranib; no CI), ibb02 DOR (10 mg), ibb04 RFS (nivolumab), ibb05 OS (no CI), ibb08 PFS (Arm B).
   "Overall survival data are not yet mature" with only death counts (ibb04) gives no figure.
5. Recurrence-free survival (adjuvant melanoma, ibb04) is metric "RFS"; its rates at 12 and 24 months are
   "RFS rate" with timepoint (by analogy with "OS rate"; DFS of invented-v is the nearest precedent); the HR has
   endpoint "RFS".
6. Time points are written in months ("4-year" -> "48 months", "5-year" -> "60 months", "2-year" -> "24 months",
   "1-yr" -> "12 months"), except a time point the text gives in weeks, kept as "12 weeks" (ibb06); PFS medians
   given in weeks keep unit "weeks". "alive and free of progression at 24 months" and "the estimated 4-year
   progression-free survival" are PFR.
7. Randomized discontinuation (ibb06): one record per randomized arm (cabozantinib, placebo), participants = men
   randomized per arm (31 each), not the 171 enrolled in the open-label lead-in. The lead-in's efficacy figures are
   figures of the whole trial population (its 163 evaluable men), so they are recorded in no arm (arm null, on the
   first record, as a factorial trial's factor figures): PR 5.5% and "PSA partial response" 28.8%. Figures after
   placebo patients crossed over to open-label cabozantinib are not recorded (as in invented-v's crossover trial);
   nor is bone-pain improvement (a symptom, and a count).
8. An odds ratio of response (ibb08, "OR for response, B vs A, 4.6 [95% CI 1.5-14.3]") is metric "OR" with
   endpoint "ORR", arm the arm it is for ("Arm B") and versus the other, as the response-rate ratio "RR" of
   pmid22547591.
9. Estimates given as "35% +/- 8%" (a standard error, COG style, ibb08) have no CI: value only. Ranges, IQRs and
   standard errors are not CIs.
10. HR direction as the text states it: "as compared with chemotherapy ... with olaparib plus cediranib" (arm the
    combination, versus chemotherapy; ibb01 has two HRs, both versus chemotherapy, at the 97.5% level the text gives);
    "with 10 mg as compared with 8 mg" (arm "10 mg", 90% CI); in the terse abstracts "A vs B (HR ...)" is for the
    first-named arm (Arm 1 versus Arm 2); a bare "the hazard ratio was 0.72" in a two-arm trial is for the
    experimental arm versus placebo (ibb03) and, in ibb04, for nivolumab versus ipilimumab (the trial "compared
    nivolumab with ipilimumab"). The OS HR of ibb03 has no per-arm medians and is still recorded.
11. Responses given as n/N (x%) are recorded as the percentage; the evaluable denominators differ from the
    participants (ibb05: 44 evaluable of 47 enrolled; participants 47). A response rate in a subgroup of patients
    with measurable disease (ibb01 "among patients with measurable disease at baseline") is the trial's evaluable
    population and is recorded. A duration of response given for one arm only is recorded on that arm (ibb01).
12. Not recorded (noise): doses, schedules, uptitration, dose reductions, cycles delivered, dates and years, ages and
    their ranges, Ki-67 ranges, stratification, design assumptions (Simon two-stage 20%/40%, "mPFS of 2.0 vs 3.5 mo",
    "hazard ratio of 0.5", "35% vs 15%"), follow-up, event and death counts, toxicity and discontinuation
    percentages, quality of life (FACT-O TOI, EORTC QLQ-C30 and QLQ-H&N35, EQ-5D), lone p values, time to response,
    subgroup figures (germline-BRCA-negative HR, FGFR3-TACC3 fusions, TP53 mutation, PD-L1 <5% and stage IV HRs,
    MGMT-deficient responses, CPS >=20, p16+, prior anti-GD2 therapy), biochemical responses other than the PSA
    partial response (chromogranin A decline, ibb05), and responses after later treatment (ibb03 BTK inhibitor).
13. cancerType is the disease as named, without stage or setting words ("advanced", "locally advanced or
    metastatic", "recurrent/metastatic", "platinum-refractory", "platinum-sensitive relapsed", "relapsed or
    refractory", "completely resected stage IIIB-IV"); "castration-resistant" is kept as part of the disease name
    (ibb06), the abbreviation "(R/M HNSCC)" is dropped (ibb07).
14. drug/combination: the agent only this arm gets, else its first agent (guide). ibb01 "olaparib plus cediranib" is
    cediranib with olaparib; ibb03's arms are ibrutinib and placebo, each with bendamustine and rituximab
    (rituximab maintenance in both arms adds nothing); ibb07 Arm 1 is cetuximab with nivolumab, Arm 2 nivolumab;
    ibb08 Arm A temsirolimus and Arm B dinutuximab, each with irinotecan and temozolomide; the single arm of ibb05 is
    capecitabine (first-named) with temozolomide.
15. status is null throughout (no text states one: "final results" and a data cutoff are not a status); ref null.

Run: python3 build_invented_bb.py
"""
import os

from build_trials import R, write


M = "months"
W = "weeks"

OC, OL, CH = "olaparib plus cediranib", "olaparib", "chemotherapy"
BR = ["bendamustine", "rituximab"]
IT = ["irinotecan", "temozolomide"]

INVENTED_BB = [
    # RESULTS paragraph, three arms, two HRs against the control at the 97.5% level.
    ("ibb01-ovarian-results", None, "ovarian cancer",
     [(OC, "cediranib", ["olaparib"], 189), (OL, "olaparib", [], 188), (CH, "chemotherapy", [], 188)], [
        R("PFS", 18.4, M, 15.9, 21.2, 95, OC), R("PFS", 14.1, M, 12.0, 16.3, 95, OL),
        R("PFS", 10.6, M, 9.4, 11.8, 95, CH),
        R("HR", 0.58, None, 0.44, 0.76, 97.5, OC, versus=CH, endpoint="PFS"),
        R("HR", 0.83, None, 0.64, 1.07, 97.5, OL, versus=CH, endpoint="PFS"),
        R("PFR", 39, "%", arm=OC, timepoint="24 months"), R("PFR", 27, "%", arm=OL, timepoint="24 months"),
        R("PFR", 16, "%", arm=CH, timepoint="24 months"),
        R("ORR", 71, "%", arm=OC), R("ORR", 58, "%", arm=OL), R("ORR", 66, "%", arm=CH),
        R("DOR", 16.2, M, arm=OC),
        R("OS", None, M, arm=OC, not_reached=True), R("OS", 38.9, M, 33.1, None, 95, OL),
        R("OS", 36.0, M, 31.2, 41.5, 95, CH)]),
    # RESULTS paragraph, dose-defined arms, HR with a 90% CI.
    ("ibb02-urothelial-dose-results", "2", "urothelial carcinoma",
     [("8 mg", "erdafitinib", [], 105), ("10 mg", "erdafitinib", [], 107)], [
        R("ORR", 35.2, "%", 26.2, 45.2, 95, "8 mg"), R("ORR", 43.9, "%", 34.3, 53.9, 95, "10 mg"),
        R("CR", 3.8, "%", arm="8 mg"), R("CR", 8.4, "%", arm="10 mg"),
        R("DOR", 5.6, M, 4.2, 7.4, 95, "8 mg"), R("DOR", None, M, 5.1, None, 95, "10 mg", not_reached=True),
        R("PFS", 5.1, M, 4.0, 5.6, 95, "8 mg"), R("PFS", 6.0, M, 4.3, 7.1, 95, "10 mg"),
        R("HR", 0.86, None, 0.66, 1.12, 90, "10 mg", versus="8 mg", endpoint="PFS"),
        R("OS", 11.9, M, arm="8 mg"), R("OS", 12.4, M, arm="10 mg")]),
    # RESULTS paragraph, per-arm figures in separate sentences.
    ("ibb03-mantle-cell-results", None, "mantle cell lymphoma",
     [("ibrutinib", "ibrutinib", BR, 261), ("placebo", "placebo", BR, 262)], [
        R("PFS", 74.3, M, 61.0, None, 95, "ibrutinib"), R("PFS", 49.8, M, 42.5, 60.2, 95, "placebo"),
        R("HR", 0.72, None, 0.57, 0.91, 95, "ibrutinib", versus="placebo", endpoint="PFS"),
        R("PFR", 63.1, "%", arm="ibrutinib", timepoint="48 months"),
        R("PFR", 51.2, "%", arm="placebo", timepoint="48 months"),
        R("CR", 66.3, "%", arm="ibrutinib"), R("CR", 56.9, "%", arm="placebo"),
        R("ORR", 90.4, "%", arm="ibrutinib"), R("ORR", 87.8, "%", arm="placebo"),
        R("HR", 1.04, None, 0.79, 1.37, 95, "ibrutinib", versus="placebo", endpoint="OS"),
        R("OS rate", 64.8, "%", arm="ibrutinib", timepoint="60 months"),
        R("OS rate", 66.2, "%", arm="placebo", timepoint="60 months")]),
    # Journal abstract, adjuvant, recurrence-free survival.
    ("ibb04-melanoma-adjuvant", "3", "melanoma",
     [("nivolumab", "nivolumab", [], 438), ("ipilimumab", "ipilimumab", [], 436)], [
        R("RFS", None, M, 40.2, None, 95, "nivolumab", not_reached=True),
        R("RFS", 27.5, M, 19.9, 36.3, 95, "ipilimumab"),
        R("HR", 0.68, None, 0.55, 0.84, 95, "nivolumab", versus="ipilimumab", endpoint="RFS"),
        R("RFS rate", 72.4, "%", arm="nivolumab", timepoint="12 months"),
        R("RFS rate", 64.0, "%", arm="nivolumab", timepoint="24 months"),
        R("RFS rate", 62.1, "%", arm="ipilimumab", timepoint="12 months"),
        R("RFS rate", 52.7, "%", arm="ipilimumab", timepoint="24 months")]),
    # Journal abstract, single-arm phase 2 (Simon two-stage).
    ("ibb05-pnet-captem", "2", "pancreatic neuroendocrine tumours",
     [(None, "capecitabine", ["temozolomide"], 47)], [
        R("CR", 4.5, "%"), R("PR", 36.4, "%"), R("ORR", 40.9, "%", 26.3, 56.8, 95), R("SD", 43.2, "%"),
        R("DCR", 84.1, "%"), R("PFS", 22.7, M, 16.8, 29.4, 95),
        R("PFR", 78, "%", 63, 88, 95, timepoint="12 months"),
        R("OS", None, M, not_reached=True),
        R("OS rate", 86, "%", 71, 94, 95, timepoint="24 months")]),
    # Journal abstract, randomized discontinuation; lead-in figures in no arm.
    ("ibb06-crpc-cabozantinib-rdt", "2", "castration-resistant prostate cancer",
     [("cabozantinib", "cabozantinib", [], 31), ("placebo", "placebo", [], 31)], [
        R("PR", 5.5, "%"), R("PSA partial response", 28.8, "%"),
        R("PFS", 23.6, W, 12.1, 32.0, 95, "cabozantinib"), R("PFS", 6.0, W, 5.7, 11.9, 95, "placebo"),
        R("HR", 0.14, None, 0.06, 0.33, 95, "cabozantinib", versus="placebo", endpoint="PFS"),
        R("PFR", 72, "%", arm="cabozantinib", timepoint="12 weeks"),
        R("PFR", 23, "%", arm="placebo", timepoint="12 weeks")]),
    # ESMO-style conference abstract, arms numbered.
    ("ibb07-hnscc-esmo", "2", "head and neck squamous cell carcinoma",
     [("Arm 1", "cetuximab", ["nivolumab"], 62), ("Arm 2", "nivolumab", [], 62)], [
        R("ORR", 27, "%", arm="Arm 1"), R("ORR", 13, "%", arm="Arm 2"),
        R("CR", 5, "%", arm="Arm 1"), R("CR", 2, "%", arm="Arm 2"),
        R("DCR", 55, "%", arm="Arm 1"), R("DCR", 37, "%", arm="Arm 2"),
        R("PFS", 4.4, M, arm="Arm 1"), R("PFS", 2.1, M, arm="Arm 2"),
        R("HR", 0.64, None, 0.47, 0.87, 90, "Arm 1", versus="Arm 2", endpoint="PFS"),
        R("PFR", 39, "%", arm="Arm 1", timepoint="6 months"), R("PFR", 19, "%", arm="Arm 2", timepoint="6 months"),
        R("OS", 11.9, M, arm="Arm 1"), R("OS", 8.4, M, arm="Arm 2"),
        R("HR", 0.77, None, 0.51, 1.16, 95, "Arm 1", versus="Arm 2", endpoint="OS"),
        R("OS rate", 48, "%", arm="Arm 1", timepoint="12 months"),
        R("OS rate", 36, "%", arm="Arm 2", timepoint="12 months")]),
    # ASCO-style conference abstract, paediatric, arms lettered, odds ratio, +/- SE estimates.
    ("ibb08-neuroblastoma-asco", "2", "neuroblastoma",
     [("Arm A", "temsirolimus", IT, 34), ("Arm B", "dinutuximab", IT, 36)], [
        R("ORR", 15, "%", arm="Arm A"), R("ORR", 44, "%", arm="Arm B"),
        R("OR", 4.6, None, 1.5, 14.3, 95, "Arm B", versus="Arm A", endpoint="ORR"),
        R("CR", 3, "%", arm="Arm A"), R("CR", 17, "%", arm="Arm B"),
        R("PFR", 35, "%", arm="Arm A", timepoint="12 months"), R("PFR", 68, "%", arm="Arm B", timepoint="12 months"),
        R("PFS", 6.2, M, 4.1, 9.0, 95, "Arm A"), R("PFS", None, M, 10.4, None, 95, "Arm B", not_reached=True),
        R("OS rate", 71, "%", arm="Arm A", timepoint="12 months"),
        R("OS rate", 86, "%", arm="Arm B", timepoint="12 months")]),
]

TRIAL_IDS = {
    "ibb04-melanoma-adjuvant": "NCT02958412",
    "ibb05-pnet-captem": "NCT03541927",
    "ibb06-crpc-cabozantinib-rdt": "ISRCTN38720461",
    "ibb07-hnscc-esmo": "NCT04128339",
    "ibb08-neuroblastoma-asco": "NCT03612547",
}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    write(INVENTED_BB, os.path.normpath(os.path.join(here, "..", "invented-bb", "trials.jsonl")), TRIAL_IDS)


if __name__ == "__main__":
    main()
