"""Writes ../invented-ii/trials.jsonl: the hand-made gold rows of the set of invented abstracts in
../invented-ii/texts/iii01.txt ... iii08.txt (see ../README.md). Written blind by a helper session that had seen only trial-guide.md, build_trials.py and
build_invented_v.py, never the extraction tool's code, reports or output. Eight invented cancer-trial texts, one per
style: a 2 x 2 factorial trial reported as four arms (iii01), a randomised sequencing trial of two chemotherapy orders
(iii02), a single-arm phase II with two dose cohorts enrolled one after the other (iii03), chemoradiotherapy with or
without nimotuzumab in head and neck cancer (iii04), an abstract heavy with subgroup results (PD-L1 strata, age)
beside the overall per-arm figures (iii05), a structured abstract with "n (%)" counts, medians with ranges and "NE"
upper bounds (iii06), two sequences of targeted drugs in renal cancer with TTF and PFS2 (iii07), and an adjuvant
trial of the 1980s with disease-free survival at 5 and 10 years and "P = .03"-style values (iii08).

Decisions beyond the guide (also in README.md):
- Factorial (iii01): one record per randomised arm; the factor comparisons' hazard ratios are in no arm (arm null,
  versus null, on the first record). The arm that gets every agent of the other arms (GNM) has no agent of its own:
  its drug is its first agent as written (gemcitabine).
- Sequences (iii02, iii07): one record per sequence; drug the first agent of the arm's first-line treatment as the
  text writes it, combination the agents of both lines. First-line figures (ORR, PFS) of the randomised comparison
  are recorded per arm; responses to the second line (after the switch) are not, as in the earlier set's crossover.
- Two dose cohorts (iii03): one record per cohort (each has its dose and patients, as an arm does), arm the cohort's
  name; the pooled 6-month PFS rate is in no arm (on the first record). Both records have the same registry id.
- "NE" upper bound: ciHigh null; a median "not reached" with its lower bound: value null, notReached.
- Medians with ranges (DOR in iii06): the median is recorded, the range is not a CI.
- "n (%)" counts: the percentage is recorded, as unit %.
- PFS2 (iii07) is recorded as metric "PFS2"; DFS at 5 and 10 years (iii08) as "DFS rate" with timepoint
  "60 months"/"120 months", like "OS rate".
- Not recorded: subgroup figures (PD-L1 CPS strata, age groups, p16-positive oropharynx), toxicity, dose reductions,
  the share of patients who received a second line, follow-up, ages, lone p values, relative reductions ("reduced
  the death rate by 29%"), the power calculation.
Run: python3 build_invented_ii.py
"""
import os

from build_trials import M, R, W, write

FOLF = ["fluorouracil", "leucovorin"]

INVENTED_II = [
    ("iii01", "3", "pancreatic adenocarcinoma",
     [("G", "gemcitabine", [], 154), ("GN", "nab-paclitaxel", ["gemcitabine"], 152),
      ("GM", "metformin", ["gemcitabine"], 153), ("GNM", "gemcitabine", ["nab-paclitaxel", "metformin"], 153)], [
        R("OS", 6.9, M, 5.8, 7.7, 95, "G"), R("OS", 8.8, M, 7.9, 10.1, 95, "GN"),
        R("OS", 7.1, M, 6.2, 8.4, 95, "GM"), R("OS", 8.6, M, 7.5, 9.9, 95, "GNM"),
        R("HR", 0.76, None, 0.64, 0.90, 95, None, endpoint="OS"),
        R("HR", 0.97, None, 0.82, 1.15, 95, None, endpoint="OS"),
        R("PFS", 3.6, M, arm="G"), R("PFS", 5.4, M, arm="GN"), R("PFS", 3.8, M, arm="GM"), R("PFS", 5.2, M, arm="GNM"),
        R("ORR", 9, "%", arm="G"), R("ORR", 24, "%", arm="GN"), R("ORR", 11, "%", arm="GM"),
        R("ORR", 22, "%", arm="GNM")]),
    ("iii02", "3", "colorectal cancer",
     [("arm A", "irinotecan", FOLF + ["oxaliplatin"], 114), ("arm B", "oxaliplatin", FOLF + ["irinotecan"], 112)], [
        R("ORR", 31, "%", arm="arm A"), R("ORR", 38, "%", arm="arm B"),
        R("PFS", 7.9, M, arm="arm A"), R("PFS", 8.6, M, arm="arm B"),
        R("OS", 20.3, M, 17.1, 23.4, 95, "arm A"), R("OS", 21.0, M, 18.2, 24.6, 95, "arm B"),
        R("HR", 0.95, None, 0.71, 1.27, 95, "arm B", versus="arm A", endpoint="OS")]),
    ("iii03", "2", "adenoid cystic carcinoma",
     [("cohort 1", "lenvatinib", [], 21), ("cohort 2", "lenvatinib", [], 25)], [
        R("PR", 14.3, "%", arm="cohort 1"), R("PR", 12.0, "%", arm="cohort 2"),
        R("SD", 61.9, "%", arm="cohort 1"), R("SD", 68.0, "%", arm="cohort 2"),
        R("PFS", 9.1, M, 5.5, 12.7, 95, "cohort 1"), R("PFS", 10.4, M, 7.3, None, 95, "cohort 2"),
        R("PFR", 71, "%", 56, 82, 95, None, timepoint="6 months")]),
    ("iii04", "3", "head and neck squamous cell carcinoma",
     [("CRT plus nimotuzumab", "nimotuzumab", ["cisplatin", "radiotherapy"], 203),
      ("CRT", "cisplatin", ["radiotherapy"], 201)], [
        R("LRC rate", 64.2, "%", arm="CRT plus nimotuzumab", timepoint="36 months"),
        R("LRC rate", 57.9, "%", arm="CRT", timepoint="36 months"),
        R("PFR", 55.1, "%", 47.8, 61.8, 95, "CRT plus nimotuzumab", timepoint="36 months"),
        R("PFR", 47.3, "%", 40.2, 54.0, 95, "CRT", timepoint="36 months"),
        R("HR", 0.79, None, 0.62, 1.01, 95, "CRT plus nimotuzumab", versus="CRT", endpoint="PFS"),
        R("OS rate", 63.0, "%", arm="CRT plus nimotuzumab", timepoint="36 months"),
        R("OS rate", 58.4, "%", arm="CRT", timepoint="36 months"),
        R("HR", 0.86, None, 0.66, 1.12, 95, "CRT plus nimotuzumab", versus="CRT", endpoint="OS")]),
    ("iii05", "3", "gastric or gastro-oesophageal junction adenocarcinoma",
     [("durvalumab group", "durvalumab", ["oxaliplatin", "leucovorin", "fluorouracil"], 388),
      ("placebo group", "placebo", ["oxaliplatin", "leucovorin", "fluorouracil"], 390)], [
        R("OS", 14.6, M, 13.2, 16.1, 95, "durvalumab group"), R("OS", 11.9, M, 10.8, 13.0, 95, "placebo group"),
        R("HR", 0.81, None, 0.69, 0.95, 95, "durvalumab group", versus="placebo group", endpoint="OS"),
        R("PFS", 7.2, M, 6.6, 8.0, 95, "durvalumab group"), R("PFS", 6.1, M, 5.7, 6.8, 95, "placebo group"),
        R("HR", 0.84, None, 0.72, 0.98, 95, "durvalumab group", versus="placebo group", endpoint="PFS"),
        R("ORR", 49, "%", arm="durvalumab group"), R("ORR", 41, "%", arm="placebo group")]),
    ("iii06", "2", "ovarian cancer",
     [(None, "niraparib", ["bevacizumab"], 52)], [
        R("CR", 6.3, "%"), R("PR", 39.6, "%"), R("SD", 35.4, "%"), R("PD", 18.8, "%"),
        R("ORR", 45.8, "%", 31.4, 60.8, 95), R("DCR", 81.3, "%"), R("DOR", 9.2, M),
        R("PFS", 11.4, M, 8.2, None, 95), R("PFR", 47, "%", 33, 60, 95, timepoint="12 months"),
        R("OS", None, M, 19.6, None, 95, not_reached=True)]),
    ("iii07", "2", "clear-cell renal cell carcinoma",
     [("cabozantinib-axitinib", "cabozantinib", ["axitinib"], 131),
      ("axitinib-cabozantinib", "axitinib", ["cabozantinib"], 129)], [
        R("PFS2", 21.7, M, 17.9, 25.3, 95, "cabozantinib-axitinib"),
        R("PFS2", 19.2, M, 15.6, 22.8, 95, "axitinib-cabozantinib"),
        R("HR", 0.86, None, 0.65, 1.14, 95, "cabozantinib-axitinib", versus="axitinib-cabozantinib", endpoint="PFS2"),
        R("PFS", 9.8, M, arm="cabozantinib-axitinib"), R("PFS", 7.4, M, arm="axitinib-cabozantinib"),
        R("HR", 0.80, None, 0.61, 1.05, 95, "cabozantinib-axitinib", versus="axitinib-cabozantinib", endpoint="PFS"),
        R("TTF", 7.5, M, arm="cabozantinib-axitinib"), R("TTF", 6.1, M, arm="axitinib-cabozantinib"),
        R("OS", 33.4, M, arm="cabozantinib-axitinib"), R("OS", 31.1, M, arm="axitinib-cabozantinib"),
        R("HR", 0.93, None, 0.68, 1.27, 95, "cabozantinib-axitinib", versus="axitinib-cabozantinib", endpoint="OS")]),
    ("iii08", None, "colon carcinoma",
     [("fluorouracil plus levamisole", "fluorouracil", ["levamisole"], 318),
      ("observation", "observation", [], 315)], [
        R("DFS rate", 61, "%", arm="fluorouracil plus levamisole", timepoint="60 months"),
        R("DFS rate", 47, "%", arm="observation", timepoint="60 months"),
        R("DFS rate", 52, "%", arm="fluorouracil plus levamisole", timepoint="120 months"),
        R("DFS rate", 43, "%", arm="observation", timepoint="120 months"),
        R("OS rate", 66, "%", arm="fluorouracil plus levamisole", timepoint="60 months"),
        R("OS rate", 57, "%", arm="observation", timepoint="60 months"),
        R("OS rate", 51, "%", arm="fluorouracil plus levamisole", timepoint="120 months"),
        R("OS rate", 44, "%", arm="observation", timepoint="120 months")]),
]

TRIAL_IDS = {"iii01": "ISRCTN48213975", "iii02": "NCT02718436", "iii03": "NCT03974518",
             "iii04": "EudraCT 2015-003187-42", "iii05": "NCT04187652", "iii06": "NCT03891267",
             "iii07": "ISRCTN70326915"}



def main():
    here = os.path.dirname(os.path.abspath(__file__))
    write(INVENTED_II, os.path.join(here, "..", "invented-ii", "trials.jsonl"), TRIAL_IDS)


if __name__ == "__main__":
    main()
