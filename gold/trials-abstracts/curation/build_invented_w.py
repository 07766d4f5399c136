"""Writes ../invented-w/trials.jsonl: the hand-made rows of the set of invented abstracts in ../invented-w/texts
(see ../README.md). Written blind for litmine by a helper session that had seen only the gold conventions
(ANNOTATION.md section 2, the README's "How each abstract was read", build_trials.py and build_invented_v.py), never
litmine's code, reports or output, nor the other sets' texts or rows. Eight abstracts of 2000-2022 solid-tumour trials
as a random PubMed sample would give them, structured (BACKGROUND/PATIENTS AND METHODS/RESULTS/CONCLUSION,
PURPOSE/EXPERIMENTAL DESIGN/RESULTS/CONCLUSIONS, PURPOSE/METHODS AND MATERIALS/..., OBJECTIVE/METHODS/...) and
unstructured: a first-line phase III of gefitinib against pemetrexed-carboplatin ("chemotherapy") in EGFR-mutant
NSCLC (ivw01), a placebo-controlled randomized phase II of maintenance pazopanib in extensive-stage SCLC (ivw02), a
three-arm randomized phase II in gastric cancer whose arms are named only by the acronyms the abstract defines (DC,
DO, DX; ivw03), a single-arm phase II of second-line irinotecan plus capecitabine in pancreatic cancer (ivw04), a
phase III of FOLFOXIRI against FOLFOX4 in colorectal cancer (acronyms again; ivw05), a phase III of
gemcitabine-paclitaxel against paclitaxel in breast cancer (ivw06), a randomized phase II of radiotherapy with
cisplatin (CRT) or cetuximab (BRT) in head and neck cancer (ivw07) and a phase III non-inferiority trial of
gemcitabine-carboplatin against paclitaxel-carboplatin in ovarian cancer (ivw08). Figures are packed as abstracts pack
them: several in a sentence, "(95% CI, a-b)", "[95% confidence interval (CI) a to b]", "95% CI: a–b", bare intervals
after a labelled one in the same sentence (ivw03: same level), "n of N (x%)", "respectively" lists, control-first
figures (ivw05, ivw08), rates at time points, a median "not reached" with its lower bound (ivw01), responses over
evaluable or measurable patients, hazard ratios with p values, 90% CIs (ivw02).
Recorded: ORR, SD, DCR, PFS, TTP, OS, rates at a time point and between-arm HRs of the whole randomized population
(or its evaluable/measurable patients, as the abstract gives them). Not recorded: toxicity and dose reductions,
feeding-tube dependence, subsequent EGFR-TKI use, quality of life, follow-up, ranges (age, cycles, follow-up), doses,
years, lone p values, subgroup figures (exon 19 / L858R, complete responders, junction tumours, performance status,
liver-limited disease, age >= 65, p16-positive, platinum-free interval), and the design's figures (the hazard ratio
of 0.60 the sample size assumed, alpha, power, the non-inferiority margin 1.23, the 45% survival threshold).
Decisions the conventions did not spell out: a progression-free survival rate at a time point is `PFR` with its
`timepoint` (as `OS rate`; the helper wrote `PFS rate`, renamed to the conventions' PFR by the session that
commissioned the set, before litmine was run on the texts); the hazard ratio "for locoregional failure" has `endpoint` "LRC"; an ORR written "0% (0 of
48)" is recorded as 0; ivw04 gives only an ORR (no PR figure is derived from it); the median OS "not reached (95% CI,
24.1 months to not reached)" is value null, notReached, ciLow 24.1; an HR is for the experimental arm against the
control unless the abstract says otherwise (ivw03: DO and DX against DC); FOLFOX4, which has no agent of its own, has
its first agent as the abstract defines it (oxaliplatin) as `drug`; leucovorin is kept as written. `participants` are
the patients per arm as randomized (a single arm's patients enrolled). `cancerType` is the disease as named, without
stage or selection words ("advanced", "extensive-stage", "EGFR-mutant", "platinum-sensitive recurrent"). No trial
registry ids are given. Not real papers: real drug names, made-up figures. Same row format as build_trials.py.
Run: python3 build_invented_w.py
"""
import os

from build_trials import M, R, write

INVENTED_W = [
    ("ivw01", "3", "non-small-cell lung cancer",
     [("gefitinib", "gefitinib", [], 119), ("chemotherapy", "pemetrexed", ["carboplatin"], 117)], [
        R("PFS", 10.8, M, arm="gefitinib"), R("PFS", 5.9, M, arm="chemotherapy"),
        R("HR", 0.43, None, 0.32, 0.58, 95, "gefitinib", versus="chemotherapy", endpoint="PFS"),
        R("ORR", 71.4, "%", 62.4, 79.3, 95, "gefitinib"), R("ORR", 38.5, "%", 29.7, 47.9, 95, "chemotherapy"),
        R("OS", None, M, 24.1, None, 95, "gefitinib", not_reached=True),
        R("OS", 26.3, M, 21.7, 30.8, 95, "chemotherapy"),
        R("HR", 0.86, None, 0.60, 1.23, 95, "gefitinib", versus="chemotherapy", endpoint="OS")]),
    ("ivw02", "2", "small-cell lung cancer",
     [("pazopanib", "pazopanib", [], 49), ("placebo", "placebo", [], 48)], [
        R("PFS", 3.6, M, 2.8, 4.4, 95, "pazopanib"), R("PFS", 2.0, M, 1.6, 2.5, 95, "placebo"),
        R("HR", 0.58, None, 0.40, 0.84, 90, "pazopanib", versus="placebo", endpoint="PFS"),
        R("PFR", 24, "%", arm="pazopanib", timepoint="6 months"),
        R("PFR", 9, "%", arm="placebo", timepoint="6 months"),
        R("ORR", 8.2, "%", arm="pazopanib"), R("ORR", 0, "%", arm="placebo"),
        R("OS", 9.1, M, arm="pazopanib"), R("OS", 7.4, M, arm="placebo"),
        R("HR", 0.81, None, 0.56, 1.17, 90, "pazopanib", versus="placebo", endpoint="OS")]),
    ("ivw03", "2", "gastric cancer",
     [("DC", "cisplatin", ["docetaxel"], 55), ("DO", "oxaliplatin", ["docetaxel"], 56),
      ("DX", "capecitabine", ["docetaxel"], 54)], [
        R("ORR", 38.0, "%", arm="DC"), R("ORR", 42.9, "%", arm="DO"), R("ORR", 34.7, "%", arm="DX"),
        R("PFS", 5.1, M, 4.2, 6.3, 95, "DC"), R("PFS", 5.8, M, 4.6, 7.0, 95, "DO"),
        R("PFS", 4.7, M, 3.9, 5.9, 95, "DX"),
        R("OS", 10.2, M, arm="DC"), R("OS", 11.4, M, arm="DO"), R("OS", 9.6, M, arm="DX"),
        R("HR", 0.88, None, 0.58, 1.33, 95, "DO", versus="DC", endpoint="OS"),
        R("HR", 1.07, None, 0.71, 1.61, 95, "DX", versus="DC", endpoint="OS")]),
    ("ivw04", "2", "pancreatic cancer", [(None, "irinotecan", ["capecitabine"], 54)], [
        R("ORR", 11.8, "%"), R("SD", 37.3, "%"), R("DCR", 49.0, "%", 34.7, 63.4, 95),
        R("PFS", 2.9, M, 2.1, 3.6, 95), R("OS", 6.4, M, 4.9, 8.0, 95),
        R("OS rate", 53.7, "%", timepoint="6 months"), R("OS rate", 20.4, "%", timepoint="12 months")]),
    ("ivw05", "3", "colorectal cancer",
     [("FOLFOXIRI", "irinotecan", ["oxaliplatin", "leucovorin", "fluorouracil"], 199),
      ("FOLFOX4", "oxaliplatin", ["leucovorin", "fluorouracil"], 203)], [
        R("PFS", 8.3, M, arm="FOLFOX4"), R("PFS", 10.1, M, arm="FOLFOXIRI"),
        R("HR", 0.76, None, 0.62, 0.93, 95, "FOLFOXIRI", versus="FOLFOX4", endpoint="PFS"),
        R("ORR", 43.8, "%", arm="FOLFOX4"), R("ORR", 58.3, "%", arm="FOLFOXIRI"),
        R("OS", 19.9, M, 17.6, 22.8, 95, "FOLFOX4"), R("OS", 23.4, M, 20.5, 26.9, 95, "FOLFOXIRI"),
        R("HR", 0.83, None, 0.67, 1.03, 95, "FOLFOXIRI", versus="FOLFOX4", endpoint="OS"),
        R("OS rate", 39.1, "%", arm="FOLFOX4", timepoint="24 months"),
        R("OS rate", 48.2, "%", arm="FOLFOXIRI", timepoint="24 months")]),
    ("ivw06", "3", "breast cancer",
     [("gemcitabine-paclitaxel", "gemcitabine", ["paclitaxel"], 244), ("paclitaxel", "paclitaxel", [], 242)], [
        R("OS", 18.4, M, arm="gemcitabine-paclitaxel"), R("OS", 15.6, M, arm="paclitaxel"),
        R("HR", 0.81, None, 0.66, 0.98, 95, "gemcitabine-paclitaxel", versus="paclitaxel", endpoint="OS"),
        R("OS rate", 69.5, "%", arm="gemcitabine-paclitaxel", timepoint="12 months"),
        R("OS rate", 61.2, "%", arm="paclitaxel", timepoint="12 months"),
        R("TTP", 6.1, M, arm="gemcitabine-paclitaxel"), R("TTP", 4.0, M, arm="paclitaxel"),
        R("HR", 0.70, None, 0.58, 0.85, 95, "gemcitabine-paclitaxel", versus="paclitaxel", endpoint="TTP"),
        R("ORR", 42.1, "%", arm="gemcitabine-paclitaxel"), R("ORR", 25.6, "%", arm="paclitaxel")]),
    ("ivw07", "2", "squamous cell carcinoma of the head and neck",
     [("CRT", "cisplatin", ["radiotherapy"], 36), ("BRT", "cetuximab", ["radiotherapy"], 34)], [
        R("LRC rate", 82.9, "%", 65.7, 92.0, 95, "CRT", timepoint="24 months"),
        R("LRC rate", 64.1, "%", 45.3, 77.8, 95, "BRT", timepoint="24 months"),
        R("HR", 2.31, None, 1.02, 5.24, 95, "BRT", versus="CRT", endpoint="LRC"),
        R("OS rate", 88.6, "%", arm="CRT", timepoint="24 months"),
        R("OS rate", 75.2, "%", arm="BRT", timepoint="24 months"),
        R("PFR", 74.3, "%", arm="CRT", timepoint="24 months"),
        R("PFR", 58.8, "%", arm="BRT", timepoint="24 months")]),
    ("ivw08", "3", "ovarian cancer",
     [("paclitaxel-carboplatin", "paclitaxel", ["carboplatin"], 305),
      ("gemcitabine-carboplatin", "gemcitabine", ["carboplatin"], 307)], [
        R("PFS", 10.2, M, 9.4, 11.1, 95, "paclitaxel-carboplatin"),
        R("PFS", 10.6, M, 9.8, 11.5, 95, "gemcitabine-carboplatin"),
        R("HR", 0.94, None, 0.79, 1.11, 95, "gemcitabine-carboplatin", versus="paclitaxel-carboplatin",
          endpoint="PFS"),
        R("ORR", 56.8, "%", arm="paclitaxel-carboplatin"), R("ORR", 53.3, "%", arm="gemcitabine-carboplatin"),
        R("OS", 29.8, M, arm="paclitaxel-carboplatin"), R("OS", 30.5, M, arm="gemcitabine-carboplatin"),
        R("HR", 0.97, None, 0.80, 1.18, 95, "gemcitabine-carboplatin", versus="paclitaxel-carboplatin",
          endpoint="OS")]),
]


def main():
    write(INVENTED_W, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "invented-w", "trials.jsonl"))


if __name__ == "__main__":
    main()
