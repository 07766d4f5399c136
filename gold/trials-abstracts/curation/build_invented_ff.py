"""Writes ./trials.jsonl: the hand-made gold rows of the invented set "ff" in ./texts (iff01.txt ... iff08.txt).

Written blind by a helper session that had read only trial-guide.md, build_trials.py and build_invented_v.py in this
directory: never the extraction tool's code, reports or output, nor any gold data, paper or text of another set. Eight
invented cancer-trial texts with real drug names and made-up figures, patient counts, trial names and registry ids:

  iff01  structured Lancet-style abstract (Background/Methods/Findings/Interpretation, mid-dot decimals) of a
         three-arm randomised phase 3 trial in EGFR-mutant NSCLC: Dato-DXd plus osimertinib, Dato-DXd, chemotherapy.
  iff02  structured JAMA-style abstract (Key Points, IMPORTANCE ... TRIAL REGISTRATION) of a two-arm phase 3 trial in
         colorectal cancer: fruquintinib plus sintilimab vs regorafenib.
  iff03  randomised dose-comparison phase 2 of lenvatinib in hepatocellular carcinoma, arms named by dose
         ("the 8-mg group", "the 12-mg group"), non-inferiority HR with an 80% CI.
  iff04  unstructured-style abstract, ovarian cancer, arms named first ("(arm A)", "(arm B)") and figures given later
         with "respectively"; HRs written "HR for arm B vs arm A".
  iff05  terse conference abstract, renal cell carcinoma (LEN+EVE vs CABO): mPFS, mOS, NR, "vs", "pts".
  iff06  terse conference abstract, melanoma (EBP vs EB), no registry id; "mOS NR vs NR".
  iff07  single-arm phase II in thymic carcinoma, responses as "n/N (x%)", 12-month PFS and OS rates.
  iff08  the Results section of a full paper (title line + two paragraphs), head and neck cancer: disposition,
         medians with bracketed CIs, radiotherapy with concurrent nimotuzumab or carboplatin.

Conventions followed as trial-guide.md and build_trials.py state them (one record per arm; drug = the agent only this
arm gets, else its first agent; between-arm HRs on the record of the arm the ratio is for, with `versus`; CI level
kept, a bare interval after a labelled one in the same sentence taking its level; a "not reached" upper bound is null;
ranges and IQRs are not CIs; toxicity, QoL, follow-up, subgroup figures and lone p values are not recorded).

Decisions the conventions did not cover (or left open):
 1. Arm labels. "the X group" is recorded as X (as the old gold read "the selumetinib group" as "selumetinib"): iff08
    "nimotuzumab" and "carboplatin". Dose groups "the 8-mg group"/"the 12-mg group" (iff03) are recorded as "8 mg" and
    "12 mg" (the dose without article, hyphen or "group"). Where the figures name arms by the regimen ("with
    Dato-DXd plus osimertinib", "with fruquintinib plus sintilimab") the label is that phrase; abbreviations the
    abstract defines and uses for its figures are kept as written ("LEN+EVE", "CABO", "EBP", "EB", "arm A").
 2. drug in the three-arm iff01: Dato-DXd is shared by two arms, so the Dato-DXd plus osimertinib arm's drug is
    osimertinib (the only agent no other arm gets), combination [datopotamab deruxtecan]; the Dato-DXd arm has no
    agent of its own and takes its first (only) agent; chemotherapy (carboplatin plus pemetrexed, then pemetrexed
    maintenance) is carboplatin with [pemetrexed]. Drug names are written out in full ("datopotamab deruxtecan").
    In iff02 both agents of the experimental arm are its own; its first agent (fruquintinib) is the drug. In iff03
    both dose groups get only lenvatinib: drug lenvatinib, combination [] for both.
 3. Radiotherapy: in iff08 both arms get radiotherapy with a concurrent drug; drug is the concurrent agent
    (nimotuzumab, carboplatin) and "radiotherapy" is in the combination (guide: never radiotherapy where the arm
    has a drug).
 4. Medians not reached. A median written "NR"/"not reached" is recorded with value null and notReached true (as the
    old gold's DOR of pmid25704439), keeping whatever CI the text gives (iff05 LEN+EVE OS: 21.4 to null; iff08
    nimotuzumab OS: 38.6 to null). "mOS NR vs NR" (iff06) gives two such figures with no CI. A reached median whose
    upper CI bound is "NR"/"not reached" keeps its value with ciHigh null (iff01, iff05, iff07, iff08).
 5. Rates at a time point: "12-month PFS rate" -> PFR "12 months"; "6-month PFS rates" -> PFR "6 months";
    "2-year locoregional control rate" -> LRC rate "24 months"; "3-year overall survival" -> OS rate "36 months";
    "24-mo OS rate" -> OS rate "24 months"; "12-mo PFS rate" -> PFR "12 months". Time points always in months.
 6. "n/N (x%)" responses (iff07): the printed percentage is the value; counts and the evaluable denominator (35) are
    not recorded, and participants is the 38 enrolled and treated (guide: a single arm's patients enrolled or
    treated), not the 35 evaluable. CR and PR are recorded as well as the ORR they add up to; SD and DCR too.
 7. "clinical benefit rate" (iff04) is CBR; "disease control rate" is DCR; "duration of response" is DOR.
 8. CI levels: iff01's HRs carry a 97.5% CI (split alpha) while its medians and rates carry 95%; iff03's PFS HR
    carries the non-inferiority 80% CI, recorded as ciLevel 80. iff01's "HRs versus chemotherapy of 0.76 (95% CI
    0.58-1.00) and 0.88 (0.67-1.15), respectively" go to Dato-DXd plus osimertinib and Dato-DXd in the order the
    arms were listed; the second interval takes the 95% level of the first (same sentence).
 9. HR direction. "HR for arm B vs arm A" -> arm "arm B", versus "arm A"; "HR for the 8-mg group vs the 12-mg group"
    -> arm "8 mg", versus "12 mg"; in two-arm texts giving "X vs Y ... HR" the HR is for the experimental (first
    named) arm versus the control. In iff01 the two HRs are each experimental arm versus chemotherapy.
    In iff03 the second HR (OS, "HR 0.91") follows "respectively" figures given 8-mg first and is read the same way.
10. participants: the patients randomly assigned to each arm (iff08: 124 each, though 119 and 121 started
    treatment; iff04: 65 and 66 allocated, though 63 and 64 were treated); iff06's "146 pts enrolled ... (EBP 73,
    EB 73)" gives 73 each.
11. cancerType is the disease as named in the title without stage or treatment-setting words (advanced, metastatic,
    refractory, platinum-resistant, locally advanced, unresectable, previously treated), keeping histology and
    molecular qualifiers: "EGFR-mutant non-small-cell lung cancer", "microsatellite-stable colorectal cancer",
    "hepatocellular carcinoma", "high-grade serous ovarian cancer", "clear-cell renal cell carcinoma",
    "BRAF V600E/K-mutant melanoma", "thymic carcinoma", "head and neck squamous cell carcinoma".
12. phase: "phase II" is written "2"; iff08's Results section states no phase, so it is taken from the paper's
    title line given with it ("3").
13. trialId: the id as written, without the registry's name (NCT05293817, ChiCTR2100051874, jRCT2031190142,
    ISRCTN61827394, NCT04871552), except EudraCT, which keeps its "EudraCT" prefix as the guide shows it
    ("EudraCT 2018-004125-37"). iff06 and iff08 give no id: null.
14. status is null throughout (the texts report results; "is ongoing" in iff01 refers to follow-up, and the old
    sets left status null for such abstracts); ref is null (no citation numbers).
15. Only one assessment of each endpoint is given per text (BICR in iff01/iff06, mRECIST in iff03, investigator
    RECIST in iff05/iff07), so no choice between assessments was needed.
16. Noise deliberately not recorded: doses and schedules, ages (with ranges/IQRs), sex and baseline shares, dates,
    follow-up (with IQRs), design assumptions (target HRs, power, alpha, events, Simon design, non-inferiority
    margin), toxicity and dose modifications (incl. relative dose intensity, dose reductions, discontinuations,
    completion of radiotherapy, infusion counts), quality of life (iff02 time to deterioration, a median in months;
    iff04 QLQ-C30/OV28; iff08 MDADI), subgroup figures (CNS metastases, liver metastases, BCLC C, CCNE1, prior
    VEGFR-TKI, elevated LDH, intracranial ORR in brain metastases, KIT-mutant responses, p16-positive), lone p
    values, OS maturity (29%), and the Key Points restatement of iff02's OS medians (recorded once).
Same row format as build_trials.py. Run from this directory: python3 build_invented_ff.py
"""
import os

from build_trials import M, R, write

DOX = "Dato-DXd plus osimertinib"
DX = "Dato-DXd"
FS = "fruquintinib plus sintilimab"

INVENTED_FF = [
    ("iff01", "3", "EGFR-mutant non-small-cell lung cancer",
     [(DOX, "osimertinib", ["datopotamab deruxtecan"], 205), (DX, "datopotamab deruxtecan", [], 203),
      ("chemotherapy", "carboplatin", ["pemetrexed"], 204)], [
        R("PFS", 9.8, M, 8.3, 11.2, 95, DOX), R("PFS", 7.1, M, 5.9, 8.4, 95, DX),
        R("PFS", 4.6, M, 4.2, 5.5, 95, "chemotherapy"),
        R("HR", 0.44, None, 0.34, 0.57, 97.5, DOX, versus="chemotherapy", endpoint="PFS"),
        R("HR", 0.63, None, 0.49, 0.80, 97.5, DX, versus="chemotherapy", endpoint="PFS"),
        R("PFR", 41.3, "%", 34.0, 48.4, 95, DOX, timepoint="12 months"),
        R("PFR", 27.5, "%", 21.0, 34.4, 95, DX, timepoint="12 months"),
        R("PFR", 11.2, "%", 6.9, 16.6, 95, "chemotherapy", timepoint="12 months"),
        R("ORR", 58.5, "%", 51.4, 65.3, 95, DOX), R("ORR", 44.8, "%", 37.8, 51.9, 95, DX),
        R("ORR", 31.4, "%", 25.1, 38.3, 95, "chemotherapy"),
        R("OS", 22.7, M, 19.6, None, 95, DOX), R("OS", 20.1, M, 17.3, 24.0, 95, DX),
        R("OS", 17.9, M, 15.2, 20.8, 95, "chemotherapy"),
        R("HR", 0.76, None, 0.58, 1.00, 95, DOX, versus="chemotherapy", endpoint="OS"),
        R("HR", 0.88, None, 0.67, 1.15, 95, DX, versus="chemotherapy", endpoint="OS")]),
    ("iff02", "3", "microsatellite-stable colorectal cancer",
     [(FS, "fruquintinib", ["sintilimab"], 200), ("regorafenib", "regorafenib", [], 198)], [
        R("OS", 11.9, M, 10.4, 13.6, 95, FS), R("OS", 8.7, M, 7.6, 9.9, 95, "regorafenib"),
        R("HR", 0.69, None, 0.55, 0.86, 95, FS, versus="regorafenib", endpoint="OS"),
        R("OS rate", 49.2, "%", arm=FS, timepoint="12 months"),
        R("OS rate", 34.6, "%", arm="regorafenib", timepoint="12 months"),
        R("PFS", 5.4, M, 4.6, 6.1, 95, FS), R("PFS", 2.8, M, 2.1, 3.6, 95, "regorafenib"),
        R("HR", 0.52, None, 0.42, 0.65, 95, FS, versus="regorafenib", endpoint="PFS"),
        R("ORR", 14.0, "%", arm=FS), R("ORR", 2.0, "%", arm="regorafenib"),
        R("DCR", 71.5, "%", arm=FS), R("DCR", 45.5, "%", arm="regorafenib")]),
    ("iff03", "2", "hepatocellular carcinoma",
     [("8 mg", "lenvatinib", [], 83), ("12 mg", "lenvatinib", [], 81)], [
        R("PFS", 7.3, M, 5.6, 8.9, 95, "8 mg"), R("PFS", 7.0, M, 5.4, 8.5, 95, "12 mg"),
        R("HR", 0.94, None, 0.74, 1.19, 80, "8 mg", versus="12 mg", endpoint="PFS"),
        R("ORR", 42.2, "%", 31.4, 53.5, 95, "8 mg"), R("ORR", 45.7, "%", 34.6, 57.1, 95, "12 mg"),
        R("DCR", 80.7, "%", arm="8 mg"), R("DCR", 77.8, "%", arm="12 mg"),
        R("OS", 19.6, M, 15.8, 23.9, 95, "8 mg"), R("OS", 18.1, M, 14.7, 22.6, 95, "12 mg"),
        R("HR", 0.91, None, 0.63, 1.31, 95, "8 mg", versus="12 mg", endpoint="OS")]),
    ("iff04", "2", "high-grade serous ovarian cancer",
     [("arm A", "paclitaxel", [], 65), ("arm B", "adavosertib", ["paclitaxel"], 66)], [
        R("PFS", 3.7, M, arm="arm A"), R("PFS", 5.8, M, arm="arm B"),
        R("HR", 0.59, None, 0.40, 0.87, 95, "arm B", versus="arm A", endpoint="PFS"),
        R("PFR", 31, "%", arm="arm A", timepoint="6 months"), R("PFR", 49, "%", arm="arm B", timepoint="6 months"),
        R("OS", 10.9, M, arm="arm A"), R("OS", 13.4, M, arm="arm B"),
        R("HR", 0.78, None, 0.52, 1.17, 95, "arm B", versus="arm A", endpoint="OS"),
        R("ORR", 21.5, "%", arm="arm A"), R("ORR", 37.9, "%", arm="arm B"),
        R("CBR", 44.6, "%", arm="arm A"), R("CBR", 62.1, "%", arm="arm B")]),
    ("iff05", "2", "clear-cell renal cell carcinoma",
     [("LEN+EVE", "lenvatinib", ["everolimus"], 59), ("CABO", "cabozantinib", [], 59)], [
        R("PFS", 11.6, M, 8.3, 14.0, 95, "LEN+EVE"), R("PFS", 9.2, M, 7.4, 11.1, 95, "CABO"),
        R("HR", 0.81, None, 0.53, 1.23, 95, "LEN+EVE", versus="CABO", endpoint="PFS"),
        R("ORR", 39, "%", arm="LEN+EVE"), R("ORR", 31, "%", arm="CABO"),
        R("CR", 3, "%", arm="LEN+EVE"), R("CR", 2, "%", arm="CABO"),
        R("OS", None, M, 21.4, None, 95, "LEN+EVE", not_reached=True), R("OS", 25.8, M, 19.0, None, 95, "CABO"),
        R("HR", 0.84, None, 0.49, 1.44, 95, "LEN+EVE", versus="CABO", endpoint="OS")]),
    ("iff06", "2", "BRAF V600E/K-mutant melanoma",
     [("EBP", "pembrolizumab", ["encorafenib", "binimetinib"], 73), ("EB", "encorafenib", ["binimetinib"], 73)], [
        R("PFS", 19.8, M, 13.5, None, 95, "EBP"), R("PFS", 12.4, M, 9.6, 15.1, 95, "EB"),
        R("HR", 0.62, None, 0.41, 0.94, 95, "EBP", versus="EB", endpoint="PFS"),
        R("PFR", 63, "%", arm="EBP", timepoint="12 months"), R("PFR", 51, "%", arm="EB", timepoint="12 months"),
        R("ORR", 74, "%", arm="EBP"), R("ORR", 68, "%", arm="EB"),
        R("CR", 22, "%", arm="EBP"), R("CR", 14, "%", arm="EB"),
        R("OS", None, M, arm="EBP", not_reached=True), R("OS", None, M, arm="EB", not_reached=True),
        R("HR", 0.73, None, 0.43, 1.24, 95, "EBP", versus="EB", endpoint="OS"),
        R("OS rate", 71, "%", arm="EBP", timepoint="24 months"),
        R("OS rate", 64, "%", arm="EB", timepoint="24 months")]),
    ("iff07", "2", "thymic carcinoma", [(None, "cabozantinib", [], 38)], [
        R("CR", 2.9, "%"), R("PR", 22.9, "%"), R("ORR", 25.7, "%", 12.5, 43.3, 95), R("SD", 54.3, "%"),
        R("DCR", 80.0, "%"), R("DOR", 8.3, M, 5.6, None, 95),
        R("PFS", 8.9, M, 6.4, 11.5, 95), R("OS", 24.1, M, 17.3, None, 95),
        R("PFR", 36.8, "%", 21.9, 51.8, 95, timepoint="12 months"),
        R("OS rate", 78.4, "%", 61.4, 88.6, 95, timepoint="12 months")]),
    ("iff08", "3", "head and neck squamous cell carcinoma",
     [("nimotuzumab", "nimotuzumab", ["radiotherapy"], 124), ("carboplatin", "carboplatin", ["radiotherapy"], 124)], [
        R("PFS", 23.4, M, 17.9, 30.2, 95, "nimotuzumab"), R("PFS", 16.8, M, 13.1, 21.5, 95, "carboplatin"),
        R("HR", 0.74, None, 0.53, 1.03, 95, "nimotuzumab", versus="carboplatin", endpoint="PFS"),
        R("LRC rate", 71.2, "%", 62.3, 78.4, 95, "nimotuzumab", timepoint="24 months"),
        R("LRC rate", 63.5, "%", 54.2, 71.4, 95, "carboplatin", timepoint="24 months"),
        R("OS", None, M, 38.6, None, 95, "nimotuzumab", not_reached=True),
        R("OS", 39.8, M, 31.5, None, 95, "carboplatin"),
        R("HR", 0.81, None, 0.56, 1.17, 95, "nimotuzumab", versus="carboplatin", endpoint="OS"),
        R("OS rate", 57.9, "%", 48.4, 66.3, 95, "nimotuzumab", timepoint="36 months"),
        R("OS rate", 52.4, "%", 42.9, 61.1, 95, "carboplatin", timepoint="36 months")]),
]

TRIAL_IDS = {
    "iff01": "NCT05293817",
    "iff02": "ChiCTR2100051874",
    "iff03": "jRCT2031190142",
    "iff04": "EudraCT 2018-004125-37",
    "iff05": "NCT04871552",
    "iff07": "ISRCTN61827394",
}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    write(INVENTED_FF, os.path.join(here, "..", "invented-ff", "trials.jsonl"), trial_ids=TRIAL_IDS)


if __name__ == "__main__":
    main()
