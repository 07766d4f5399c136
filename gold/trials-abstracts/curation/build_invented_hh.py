"""Writes ../invented-hh/trials.jsonl: the hand-made gold rows of the set of invented trial texts in ../invented-hh/texts/
(see ../README.md). Written blind by a helper session that had seen only the conventions (trial-guide.md: section 2 and
"How each abstract was read"), build_trials.py and build_invented_v.py, never the extraction tool's code, reports or
output, nor any gold data or paper. Eight cancer-trial texts in styles the earlier sets did not cover: an
unstructured ASCO-style abstract with inline abbreviations ("mOS was 10.9 vs 8.3 mo (HR 0.74, 95% CI 0.61-0.89;
p=0.002)"), a three-arm phase 2 of two bevacizumab doses against lomustine (the dose arms kept apart, two HRs against
the control), a results section of a full paper in running text (Table/Fig. references, per-arm figures spread over
sentences, a median not reached, a safety paragraph), a maintenance trial after induction with figures from
randomization, a paediatric AML trial (CR/CRi, CR, MRD negativity, EFS, 3-year rates), a noninferiority abstract with
"n of N (x%)", odds ratios, a stratified HR with a 97.5% CI and one with a 99% CI, a three-arm immunotherapy trial
with abbreviation-named arms and list figures ("N+I vs NIVO vs CHEMO: 34.3%, 26.9%, 43.8%"), and a Chinese
multicentre abstract in non-native English with a ChiCTR id. Not recorded: toxicity, quality of life, follow-up,
lone p values, design assumptions and sample-size figures, the noninferiority margin, subgroup figures (RAS-mutant,
IMDC poor risk, previous ipilimumab, PD-L1 >=1%, CPS>=10), event counts, the share of patients randomized after
induction, transplant rates, treatment-related mortality, time to corticosteroid increase, the breast-conserving
surgery rate and its OR, and an absolute difference in pCR with its CI. `participants` are the patients per arm as
randomized (assigned), never the treated (safety) population. `cancerType` is the disease as named, without stage or
setting words ("advanced", "metastatic", "refractory", "recurrent"). `drug` the agent only this arm gets, else its
first agent; an either/or agent (cisplatin or carboplatin) is listed in the combination; induction chemotherapy
given to all before randomization (ihh04) and transplantation (ihh05) are not. Between-arm ratios (HR, OR) are on
the record of the arm they are for, `versus` the other. Not real papers: real drug names, made-up figures, trial
names and registry ids. Same row format as build_trials.py. Check: python3 check_hh.py.
Run: python3 build_invented_hh.py
"""
import os

from build_trials import M, R, write

INVENTED_HH = [
    # ihh01: unstructured ASCO-style abstract; figures "X vs Y mo" are FRU+FTD/TPI first.
    ("ihh01", "3", "colorectal cancer",
     [("FRU+FTD/TPI", "fruquintinib", ["trifluridine/tipiracil"], 307),
      ("PBO+FTD/TPI", "placebo", ["trifluridine/tipiracil"], 305)], [
        R("OS", 10.9, M, arm="FRU+FTD/TPI"), R("OS", 8.3, M, arm="PBO+FTD/TPI"),
        R("HR", 0.74, None, 0.61, 0.89, 95, "FRU+FTD/TPI", versus="PBO+FTD/TPI", endpoint="OS"),
        R("PFS", 5.4, M, arm="FRU+FTD/TPI"), R("PFS", 2.1, M, arm="PBO+FTD/TPI"),
        R("HR", 0.48, None, 0.40, 0.58, 95, "FRU+FTD/TPI", versus="PBO+FTD/TPI", endpoint="PFS"),
        R("OS rate", 41.3, "%", arm="FRU+FTD/TPI", timepoint="12 months"),
        R("OS rate", 29.6, "%", arm="PBO+FTD/TPI", timepoint="12 months"),
        R("PFR", 43.8, "%", arm="FRU+FTD/TPI", timepoint="6 months"),
        R("PFR", 14.2, "%", arm="PBO+FTD/TPI", timepoint="6 months"),
        R("ORR", 7.2, "%", arm="FRU+FTD/TPI"), R("ORR", 1.6, "%", arm="PBO+FTD/TPI"),
        R("DCR", 68.1, "%", arm="FRU+FTD/TPI"), R("DCR", 41.0, "%", arm="PBO+FTD/TPI")]),
    # ihh02: three-arm phase 2, two bevacizumab doses (kept apart) against lomustine; HRs against LOM.
    ("ihh02", "2", "glioblastoma",
     [("BEV10", "bevacizumab", [], 52), ("BEV5", "bevacizumab", [], 51), ("LOM", "lomustine", [], 51)], [
        R("PFR", 44.2, "%", 30.5, 57.0, 95, "BEV10", timepoint="6 months"),
        R("PFR", 35.3, "%", 22.6, 48.3, 95, "BEV5", timepoint="6 months"),
        R("PFR", 17.6, "%", 8.7, 29.2, 95, "LOM", timepoint="6 months"),
        R("PFS", 4.6, M, 3.7, 5.9, 95, "BEV10"), R("PFS", 4.1, M, 3.2, 5.0, 95, "BEV5"),
        R("PFS", 2.7, M, 1.9, 3.6, 95, "LOM"),
        R("HR", 0.58, None, 0.38, 0.88, 95, "BEV10", versus="LOM", endpoint="PFS"),
        R("HR", 0.73, None, 0.48, 1.10, 95, "BEV5", versus="LOM", endpoint="PFS"),
        R("ORR", 28.8, "%", arm="BEV10"), R("ORR", 19.6, "%", arm="BEV5"), R("ORR", 5.9, "%", arm="LOM"),
        R("OS", 8.9, M, 7.4, 10.6, 95, "BEV10"), R("OS", 8.4, M, 6.9, 9.8, 95, "BEV5"),
        R("OS", 7.7, M, 6.1, 9.0, 95, "LOM"),
        R("HR", 0.86, None, 0.58, 1.27, 95, "BEV10", versus="LOM", endpoint="OS"),
        R("HR", 0.94, None, 0.64, 1.38, 95, "BEV5", versus="LOM", endpoint="OS")]),
    # ihh03: results section of a full paper, no registry id; bare intervals after a labelled 95% CI keep 95.
    ("ihh03", "3", "clear-cell renal cell carcinoma",
     [("lenvatinib-everolimus", "lenvatinib", ["everolimus"], 203), ("cabozantinib", "cabozantinib", [], 199)], [
        R("PFS", 12.9, M, 11.0, 14.8, 95, "lenvatinib-everolimus"), R("PFS", 9.3, M, 7.6, 11.1, 95, "cabozantinib"),
        R("HR", 0.72, None, 0.56, 0.92, 95, "lenvatinib-everolimus", versus="cabozantinib", endpoint="PFS"),
        R("PFR", 53.1, "%", 45.7, 59.9, 95, "lenvatinib-everolimus", timepoint="12 months"),
        R("PFR", 38.5, "%", 31.4, 45.5, 95, "cabozantinib", timepoint="12 months"),
        R("OS", None, M, 27.4, None, 95, "lenvatinib-everolimus", not_reached=True),
        R("OS", 26.1, M, 21.9, None, 95, "cabozantinib"),
        R("HR", 0.84, None, 0.61, 1.16, 95, "lenvatinib-everolimus", versus="cabozantinib", endpoint="OS"),
        R("OS rate", 78.2, "%", arm="lenvatinib-everolimus", timepoint="18 months"),
        R("OS rate", 71.6, "%", arm="cabozantinib", timepoint="18 months"),
        R("ORR", 47.8, "%", 40.7, 54.9, 95, "lenvatinib-everolimus"), R("ORR", 34.7, "%", 28.1, 41.7, 95, "cabozantinib"),
        R("CR", 4.4, "%", arm="lenvatinib-everolimus"), R("CR", 2.0, "%", arm="cabozantinib"),
        R("SD", 38.4, "%", arm="lenvatinib-everolimus"), R("SD", 43.7, "%", arm="cabozantinib"),
        R("PD", 6.9, "%", arm="lenvatinib-everolimus"), R("PD", 14.6, "%", arm="cabozantinib"),
        R("DOR", 14.7, M, 11.3, 18.2, 95, "lenvatinib-everolimus"), R("DOR", 12.0, M, 9.4, 16.6, 95, "cabozantinib")]),
    # ihh04: maintenance after induction (mFOLFIRINOX given to all before randomization, not in a combination);
    # participants as randomized; ORR of the patients with measurable disease (evaluable patients).
    ("ihh04", "2", "pancreatic adenocarcinoma",
     [("rucaparib", "rucaparib", [], 103), ("placebo", "placebo", [], 51)], [
        R("PFS", 7.4, M, 5.6, 9.3, 95, "rucaparib"), R("PFS", 3.8, M, 2.9, 5.1, 95, "placebo"),
        R("HR", 0.55, None, 0.37, 0.82, 95, "rucaparib", versus="placebo", endpoint="PFS"),
        R("PFR", 31.8, "%", arm="rucaparib", timepoint="12 months"),
        R("PFR", 11.2, "%", arm="placebo", timepoint="12 months"),
        R("OS", 19.6, M, arm="rucaparib"), R("OS", 17.1, M, arm="placebo"),
        R("HR", 0.91, None, 0.60, 1.38, 95, "rucaparib", versus="placebo", endpoint="OS"),
        R("ORR", 12.5, "%", arm="rucaparib"), R("ORR", 2.9, "%", arm="placebo")]),
    # ihh05: paediatric AML; CR/CRi and CR both recorded, MRD negativity of all randomized, "3-year EFS/OS" as
    # rates at 36 months; median EFS not reached (no CI); "not estimable" upper bound null.
    ("ihh05", "3", "acute myeloid leukemia",
     [("ADE+VEN", "venetoclax", ["cytarabine", "daunorubicin", "etoposide"], 247),
      ("ADE", "cytarabine", ["daunorubicin", "etoposide"], 242)], [
        R("CR/CRi", 84.6, "%", arm="ADE+VEN"), R("CR/CRi", 76.0, "%", arm="ADE"),
        R("CR", 72.1, "%", arm="ADE+VEN"), R("CR", 66.5, "%", arm="ADE"),
        R("MRD negativity", 71.3, "%", arm="ADE+VEN"), R("MRD negativity", 58.7, "%", arm="ADE"),
        R("EFS rate", 61.7, "%", 55.2, 67.5, 95, "ADE+VEN", timepoint="36 months"),
        R("EFS rate", 52.4, "%", 45.8, 58.6, 95, "ADE", timepoint="36 months"),
        R("HR", 0.74, None, 0.57, 0.96, 95, "ADE+VEN", versus="ADE", endpoint="EFS"),
        R("OS rate", 77.9, "%", 72.1, 82.6, 95, "ADE+VEN", timepoint="36 months"),
        R("OS rate", 73.2, "%", 67.0, 78.4, 95, "ADE", timepoint="36 months"),
        R("HR", 0.85, None, 0.61, 1.18, 95, "ADE+VEN", versus="ADE", endpoint="OS"),
        R("EFS", None, M, arm="ADE+VEN", not_reached=True),
        R("EFS", 38.6, M, 26.4, None, 95, "ADE")]),
    # ihh06: noninferiority trial; the margin 1.35 and the design rates are not results; the OR of pCR is recorded
    # (as the gold's RR, with endpoint), the OR of breast-conserving surgery and the absolute difference are not.
    ("ihh06", "3", "triple-negative breast cancer",
     [("TCb", "carboplatin", ["docetaxel"], 338), ("EC-T", "epirubicin", ["cyclophosphamide", "docetaxel"], 336)], [
        R("pCR", 45.6, "%", arm="TCb"), R("pCR", 44.3, "%", arm="EC-T"),
        R("OR", 1.05, None, 0.78, 1.42, 95, "TCb", versus="EC-T", endpoint="pCR"),
        R("EFS rate", 83.1, "%", arm="TCb", timepoint="36 months"),
        R("EFS rate", 80.4, "%", arm="EC-T", timepoint="36 months"),
        R("HR", 0.86, None, 0.59, 1.26, 97.5, "TCb", versus="EC-T", endpoint="EFS"),
        R("OS rate", 91.2, "%", arm="TCb", timepoint="36 months"),
        R("OS rate", 90.1, "%", arm="EC-T", timepoint="36 months"),
        R("HR", 0.89, None, 0.50, 1.58, 99, "TCb", versus="EC-T", endpoint="OS")]),
    # ihh07: three arms named by the abstract's abbreviations; figures in lists "N+I vs NIVO vs CHEMO: a, b, c";
    # the CHEMO arm's platinum is either cisplatin or carboplatin (both listed, as pmid20100966's taxanes);
    # the PD-L1 >=1% HR is a subgroup figure (not recorded); the exploratory N+I vs NIVO HR is recorded.
    ("ihh07", "3", "urothelial carcinoma",
     [("N+I", "ipilimumab", ["nivolumab"], 411), ("NIVO", "nivolumab", [], 409),
      ("CHEMO", "gemcitabine", ["cisplatin", "carboplatin"], 411)], [
        R("OS", 17.8, M, arm="N+I"), R("OS", 15.2, M, arm="NIVO"), R("OS", 13.9, M, arm="CHEMO"),
        R("HR", 0.79, None, 0.66, 0.94, 95, "N+I", versus="CHEMO", endpoint="OS"),
        R("HR", 0.91, None, 0.77, 1.08, 95, "NIVO", versus="CHEMO", endpoint="OS"),
        R("OS rate", 40.8, "%", arm="N+I", timepoint="24 months"),
        R("OS rate", 35.2, "%", arm="NIVO", timepoint="24 months"),
        R("OS rate", 28.1, "%", arm="CHEMO", timepoint="24 months"),
        R("PFS", 6.1, M, arm="N+I"), R("PFS", 3.9, M, arm="NIVO"), R("PFS", 6.6, M, arm="CHEMO"),
        R("HR", 0.96, None, 0.81, 1.13, 95, "N+I", versus="CHEMO", endpoint="PFS"),
        R("HR", 1.24, None, 1.05, 1.46, 95, "NIVO", versus="CHEMO", endpoint="PFS"),
        R("ORR", 34.3, "%", arm="N+I"), R("ORR", 26.9, "%", arm="NIVO"), R("ORR", 43.8, "%", arm="CHEMO"),
        R("CR", 11.4, "%", arm="N+I"), R("CR", 8.1, "%", arm="NIVO"), R("CR", 5.6, "%", arm="CHEMO"),
        R("DOR", 24.6, M, arm="N+I"), R("DOR", 19.3, M, arm="NIVO"), R("DOR", 7.4, M, arm="CHEMO"),
        R("HR", 0.88, None, 0.74, 1.05, 95, "N+I", versus="NIVO", endpoint="OS")]),
    # ihh08: Chinese multicentre abstract; figures "In combination group and control group, ... respectively".
    # The CPS>=10 median PFS is a subgroup figure (not recorded).
    ("ihh08", "2", "esophageal squamous cell carcinoma",
     [("combination group", "toripalimab", ["nab-paclitaxel"], 72), ("control group", "nab-paclitaxel", [], 74)], [
        R("ORR", 45.8, "%", arm="combination group"), R("ORR", 24.3, "%", arm="control group"),
        R("DCR", 83.3, "%", arm="combination group"), R("DCR", 66.2, "%", arm="control group"),
        R("PFS", 5.7, M, 4.6, 6.8, 95, "combination group"), R("PFS", 3.4, M, 2.8, 4.0, 95, "control group"),
        R("HR", 0.58, None, 0.40, 0.84, 95, "combination group", versus="control group", endpoint="PFS"),
        R("OS", 13.6, M, 11.2, 16.0, 95, "combination group"), R("OS", 9.9, M, 8.1, 11.7, 95, "control group"),
        R("HR", 0.71, None, 0.48, 1.05, 95, "combination group", versus="control group", endpoint="OS"),
        R("OS rate", 56.9, "%", arm="combination group", timepoint="12 months"),
        R("OS rate", 40.5, "%", arm="control group", timepoint="12 months")]),
]

TRIAL_IDS = {
    "ihh01": "NCT04870512",
    "ihh02": "NCT03522714",
    "ihh04": "ISRCTN61749208",
    "ihh05": "EudraCT 2018-004127-35",
    "ihh06": "NCT03168880",
    "ihh07": "NCT04127903",
    "ihh08": "ChiCTR1900023815",
}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    write(INVENTED_HH, os.path.join(here, "..", "invented-hh", "trials.jsonl"), TRIAL_IDS)


if __name__ == "__main__":
    main()
