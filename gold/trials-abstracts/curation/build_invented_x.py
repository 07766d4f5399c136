"""Writes ../invented-x/trials.jsonl: the hand-made rows of the set of invented abstracts in ../invented-x/texts
(see ../README.md). Written blind for litmine by a helper session that had seen only the gold conventions
(ANNOTATION.md section 2, the README's "How each abstract was read", build_trials.py and build_invented_v.py), never
litmine's code, reports or output, nor the other sets' texts or rows. Eight abstracts of targeted-therapy, antibody
and immunotherapy trials in the reporting styles of 2008-2024 journals (NEJM, Lancet Oncology, JCO, Annals of
Oncology, Clinical Cancer Research), with the structured headings each journal uses: four randomized open-label
phase III trials against chemotherapy or an older targeted drug (ivx01 pembrolizumab against investigator's-choice
platinum chemotherapy in NSCLC; ivx02 dabrafenib plus trametinib against vemurafenib in melanoma; ivx07 panitumumab
against bevacizumab, each with mFOLFOX6, in RAS wild-type colorectal cancer; ivx08 trastuzumab deruxtecan against
trastuzumab emtansine in HER2-positive breast cancer), a double-blind placebo-controlled add-on trial (ivx03
abemaciclib plus fulvestrant versus placebo plus fulvestrant), a randomized phase II of two doses of one drug
against a control (ivx04 tivozanib 1.5 mg and 1.0 mg against sorafenib, hazard ratios with 90% CIs), a single-arm
phase II in a biomarker-selected population (ivx05 erdafitinib in FGFR-altered urothelial carcinoma, best responses
as counts with their shares) and a phase Ib/II whose efficacy is given only for the expansion cohort at the
recommended dose (ivx06 polatuzumab vedotin with rituximab and lenalidomide in follicular lymphoma). Figures packed
as such abstracts pack them: medians with their CIs and the hazard ratio in one parenthesis, "not reached (95% CI,
19.6 to not estimable)", "14.6 months (95% CI, 11.3 to not reached)", 12-, 18-, 24- and 36-month rates ("the
percentage of patients who were alive without disease progression at 12 months", "alive and free of progression at
18 months"), "stratified HR", an odds ratio for response, "respectively" over three arms, v/vs/versus, a confirmed
ORR, DCR, duration of response, response among patients with measurable disease, and intention-to-treat against
per-protocol wording.

Recorded: ORR, CR, PR, SD, DCR, CBR, CMR (ivx06, no CR), PFS, OS, DOR, rates at a time point, between-arm hazard
ratios (`HR` with `endpoint`, `arm` and `versus`), each CI with its `ciLevel`. Not recorded: toxicity, dose
reductions and discontinuations, quality of life (ivx01's least-squares mean difference with its CI, ivx03's time to
deterioration), follow-up, lone p values and significance boundaries, doses, years, screening and uptitration counts,
crossover and subsequent therapy, the dose-escalation stage of ivx06, and subgroup figures (PD-L1 TPS >=50%, elevated
LDH, V600K, visceral metastases, primary endocrine resistance, MSKCC favourable risk, FGFR3 mutation against fusion,
prior immunotherapy, POD24, refractory disease, left- and right-sided tumours, brain metastases).

Decisions the conventions did not cover:
- An odds ratio for response (ivx02) is recorded like a hazard ratio: metric `OR`, `endpoint` "ORR", on the arm it is
  for with `versus` the other.
- A progression-free rate at a time point is `PFR` with `timepoint` (the helper wrote `PFS rate`, renamed to the
  conventions' PFR by the session that commissioned the set, before litmine was run on the texts), the analogue of `OS rate` ("alive without
  disease progression at 12 months", "alive and free of progression at 18 months"); "alive at 12 months" is `OS rate`.
- ivx07 gives the primary figures in the intention-to-treat population and a supportive per-protocol hazard ratio;
  only the intention-to-treat figures are recorded (the per-protocol population is a subset, read like a subgroup).
- A difference in response rates with its CI (ivx07, "9.7 percentage points") and the median time to response
  (ivx05) are not recorded: neither is an endpoint the conventions list.
- A median not reached is `value` null with `notReached`, its lower CI bound kept and the upper null (ivx02 OS,
  ivx03 DOR, ivx08 PFS); one not reached without a CI (ivx06 PFS) has both bounds null. A median reached with an
  upper bound "not estimable"/"not reached" keeps its value and lower bound (ivx01 DOR, ivx02 DOR, ivx04 OS).
- ORR and the clinical benefit rate among patients with measurable disease (ivx03) are evaluable-patient figures and
  are recorded; `participants` stays the arm as randomized (468 and 234).
- The interim OS hazard ratio of ivx03 ("overall survival data were immature") is recorded.
- ivx04: both dose arms have `drug` tivozanib and are named by dose ("tivozanib 1.5 mg", "tivozanib 1.0 mg"); the
  hazard ratio between the two dose arms is recorded like the two against sorafenib.
- ivx06: one record, `arm` null, `participants` 56 (the expansion patients treated at the recommended dose, whose
  figures these are), not the 78 treated in both stages.
- ivx01's control arm, investigator's choice among carboplatin-paclitaxel and carboplatin or cisplatin with
  pemetrexed, is named no more precisely than `chemotherapy`.
- ivx07's backbone mFOLFOX6 is listed as the agents the abstract names for it (oxaliplatin, leucovorin,
  fluorouracil) in both arms' combinations.
- `cancerType` is the disease as named, histology kept ("clear-cell renal cell carcinoma"), without stage or setting
  words (advanced, metastatic, relapsed or refractory) or biomarker qualifiers (PD-L1-expressing, BRAF V600-mutant,
  HR-positive/HER2-negative, HER2-positive, RAS wild-type, FGFR-altered).
- The texts give no registry number, so `trialId` is null throughout (as write sets it).
Not real papers: real drug names, made-up figures. Same row format as build_trials.py. Run: python3 build_invented_x.py
"""
import os

from build_trials import M, R, write

FOLFOX = ["oxaliplatin", "leucovorin", "fluorouracil"]

INVENTED_X = [
    ("ivx01", "3", "non-small-cell lung cancer",
     [("pembrolizumab", "pembrolizumab", [], 556), ("chemotherapy", "chemotherapy", [], 552)], [
        R("OS", 18.9, M, 16.0, 21.7, 95, "pembrolizumab"), R("OS", 13.1, M, 11.6, 14.8, 95, "chemotherapy"),
        R("HR", 0.76, None, 0.66, 0.87, 95, "pembrolizumab", versus="chemotherapy", endpoint="OS"),
        R("OS rate", 41.2, "%", 36.7, 45.6, 95, "pembrolizumab", timepoint="24 months"),
        R("OS rate", 29.8, "%", 25.7, 34.0, 95, "chemotherapy", timepoint="24 months"),
        R("PFS", 5.9, M, 4.6, 6.8, 95, "pembrolizumab"), R("PFS", 6.2, M, 5.9, 6.9, 95, "chemotherapy"),
        R("HR", 1.02, None, 0.89, 1.17, 95, "pembrolizumab", versus="chemotherapy", endpoint="PFS"),
        R("ORR", 30.3, "%", arm="pembrolizumab"), R("ORR", 26.1, "%", arm="chemotherapy"),
        R("DOR", 21.7, M, 16.4, None, 95, "pembrolizumab"), R("DOR", 8.9, M, 7.1, 10.3, 95, "chemotherapy")]),
    ("ivx02", "3", "melanoma",
     [("combination therapy", "dabrafenib", ["trametinib"], 356), ("vemurafenib", "vemurafenib", [], 356)], [
        R("OS", None, M, 19.6, None, 95, "combination therapy", not_reached=True),
        R("OS", 16.3, M, 14.0, 19.1, 95, "vemurafenib"),
        R("OS rate", 76, "%", 71, 80, 95, "combination therapy", timepoint="12 months"),
        R("OS rate", 61, "%", 55, 66, 95, "vemurafenib", timepoint="12 months"),
        R("HR", 0.63, None, 0.49, 0.81, 95, "combination therapy", versus="vemurafenib", endpoint="OS"),
        R("PFS", 12.1, M, 10.2, 13.9, 95, "combination therapy"), R("PFS", 6.8, M, 5.7, 7.5, 95, "vemurafenib"),
        R("HR", 0.52, None, 0.43, 0.63, 95, "combination therapy", versus="vemurafenib", endpoint="PFS"),
        R("ORR", 68, "%", arm="combination therapy"), R("ORR", 47, "%", arm="vemurafenib"),
        R("OR", 2.40, None, 1.77, 3.26, 95, "combination therapy", versus="vemurafenib", endpoint="ORR"),
        R("CR", 15, "%", arm="combination therapy"), R("CR", 9, "%", arm="vemurafenib"),
        R("DOR", 14.6, M, 11.3, None, 95, "combination therapy"), R("DOR", 7.9, M, 7.2, 9.5, 95, "vemurafenib")]),
    ("ivx03", "3", "breast cancer",
     [("abemaciclib", "abemaciclib", ["fulvestrant"], 468), ("placebo", "placebo", ["fulvestrant"], 234)], [
        R("PFS", 15.1, M, arm="abemaciclib"), R("PFS", 8.6, M, arm="placebo"),
        R("HR", 0.58, None, 0.48, 0.70, 95, "abemaciclib", versus="placebo", endpoint="PFS"),
        R("PFR", 44.8, "%", arm="abemaciclib", timepoint="18 months"),
        R("PFR", 26.9, "%", arm="placebo", timepoint="18 months"),
        R("ORR", 43.5, "%", 38.2, 48.8, 95, "abemaciclib"), R("ORR", 17.7, "%", 11.9, 23.5, 95, "placebo"),
        R("CBR", 70.1, "%", arm="abemaciclib"), R("CBR", 51.2, "%", arm="placebo"),
        R("DOR", None, M, 16.9, None, 95, "abemaciclib", not_reached=True), R("DOR", 12.4, M, arm="placebo"),
        R("HR", 0.81, None, 0.61, 1.08, 95, "abemaciclib", versus="placebo", endpoint="OS")]),
    ("ivx04", "2", "clear-cell renal cell carcinoma",
     [("tivozanib 1.5 mg", "tivozanib", [], 88), ("tivozanib 1.0 mg", "tivozanib", [], 86),
      ("sorafenib", "sorafenib", [], 87)], [
        R("PFS", 11.9, M, 9.1, 14.7, 95, "tivozanib 1.5 mg"), R("PFS", 9.7, M, 7.3, 11.2, 95, "tivozanib 1.0 mg"),
        R("PFS", 7.4, M, 5.6, 9.2, 95, "sorafenib"),
        R("HR", 0.62, None, 0.47, 0.82, 90, "tivozanib 1.5 mg", versus="sorafenib", endpoint="PFS"),
        R("HR", 0.81, None, 0.62, 1.06, 90, "tivozanib 1.0 mg", versus="sorafenib", endpoint="PFS"),
        R("HR", 0.77, None, 0.58, 1.02, 90, "tivozanib 1.5 mg", versus="tivozanib 1.0 mg", endpoint="PFS"),
        R("PFR", 49, "%", arm="tivozanib 1.5 mg", timepoint="12 months"),
        R("PFR", 40, "%", arm="tivozanib 1.0 mg", timepoint="12 months"),
        R("PFR", 28, "%", arm="sorafenib", timepoint="12 months"),
        R("ORR", 33.0, "%", arm="tivozanib 1.5 mg"), R("ORR", 24.4, "%", arm="tivozanib 1.0 mg"),
        R("ORR", 17.2, "%", arm="sorafenib"),
        R("OS", 28.8, M, 22.5, None, 95, "tivozanib 1.5 mg"), R("OS", 26.1, M, 20.4, 31.0, 95, "tivozanib 1.0 mg"),
        R("OS", 24.0, M, 18.9, 29.6, 95, "sorafenib")]),
    ("ivx05", "2", "urothelial carcinoma", [(None, "erdafitinib", [], 99)], [
        R("ORR", 36.4, "%", 27.0, 46.5, 95), R("CR", 4.0, "%"), R("PR", 32.3, "%"), R("SD", 41.4, "%"),
        R("DCR", 77.8, "%"), R("DOR", 6.4, M, 4.9, 8.1, 95), R("PFS", 5.7, M, 4.4, 6.6, 95),
        R("OS", 12.6, M, 10.1, 15.9, 95), R("OS rate", 52, "%", 41, 61, 95, timepoint="12 months")]),
    ("ivx06", "1b/2", "follicular lymphoma", [(None, "polatuzumab vedotin", ["rituximab", "lenalidomide"], 56)], [
        R("CMR", 58.9, "%", 45.0, 71.9, 95), R("ORR", 75.0, "%", 61.6, 85.6, 95),
        R("PFS", None, M, not_reached=True),
        R("PFR", 64.7, "%", 50.1, 76.0, 95, timepoint="24 months"),
        R("OS rate", 91.3, "%", timepoint="24 months")]),
    ("ivx07", "3", "colorectal cancer",
     [("panitumumab", "panitumumab", FOLFOX, 416), ("bevacizumab", "bevacizumab", FOLFOX, 409)], [
        R("OS", 34.8, M, 32.1, 38.0, 95, "panitumumab"), R("OS", 31.0, M, 28.6, 33.9, 95, "bevacizumab"),
        R("HR", 0.86, None, 0.74, 0.99, 95, "panitumumab", versus="bevacizumab", endpoint="OS"),
        R("OS rate", 47.8, "%", arm="panitumumab", timepoint="36 months"),
        R("OS rate", 41.9, "%", arm="bevacizumab", timepoint="36 months"),
        R("PFS", 12.1, M, arm="panitumumab"), R("PFS", 11.7, M, arm="bevacizumab"),
        R("HR", 0.98, None, 0.85, 1.13, 95, "panitumumab", versus="bevacizumab", endpoint="PFS"),
        R("ORR", 76.2, "%", 72.1, 80.3, 95, "panitumumab"), R("ORR", 66.5, "%", 61.9, 71.1, 95, "bevacizumab")]),
    ("ivx08", "3", "breast cancer",
     [("trastuzumab deruxtecan", "trastuzumab deruxtecan", [], 265),
      ("trastuzumab emtansine", "trastuzumab emtansine", [], 266)], [
        R("PFS", None, M, 19.4, None, 95, "trastuzumab deruxtecan", not_reached=True),
        R("PFS", 7.4, M, 5.9, 8.8, 95, "trastuzumab emtansine"),
        R("PFR", 71.4, "%", 65.2, 76.7, 95, "trastuzumab deruxtecan", timepoint="12 months"),
        R("PFR", 38.2, "%", 31.8, 44.5, 95, "trastuzumab emtansine", timepoint="12 months"),
        R("HR", 0.33, None, 0.26, 0.43, 95, "trastuzumab deruxtecan", versus="trastuzumab emtansine",
          endpoint="PFS"),
        R("OS rate", 92.1, "%", arm="trastuzumab deruxtecan", timepoint="12 months"),
        R("OS rate", 85.7, "%", arm="trastuzumab emtansine", timepoint="12 months"),
        R("HR", 0.61, None, 0.40, 0.93, 95, "trastuzumab deruxtecan", versus="trastuzumab emtansine",
          endpoint="OS"),
        R("ORR", 74.7, "%", 69.0, 79.8, 95, "trastuzumab deruxtecan"),
        R("ORR", 39.1, "%", 33.2, 45.3, 95, "trastuzumab emtansine"),
        R("CR", 14.3, "%", arm="trastuzumab deruxtecan"), R("CR", 7.9, "%", arm="trastuzumab emtansine"),
        R("DCR", 95.1, "%", arm="trastuzumab deruxtecan"), R("DCR", 79.3, "%", arm="trastuzumab emtansine")]),
]


def main():
    write(INVENTED_X, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "invented-x", "trials.jsonl"))


if __name__ == "__main__":
    main()
