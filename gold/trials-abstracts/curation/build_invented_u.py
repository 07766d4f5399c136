"""Writes ../invented-u/trials.jsonl: the hand-made rows of the twenty-first set of invented texts in
../invented-u/texts (see ../README.md). Unlike the earlier sets these are not abstracts but the results part of full
trial papers: a title line, then Methods, Results (disposition, efficacy), Safety and Discussion over several
paragraphs. Written blind for litmine on 2026-12-07 by a helper session that had seen only the gold conventions
(ANNOTATION.md section 2, the README section "How each abstract was read", build_trials.py and build_invented_n.py),
and neither litmine's code nor its output nor any other set's texts. Fields away from lung, breast and colorectal
cancer, styles mixed: an NEJM 2:1 trial in metastatic castration-resistant prostate cancer (capivasertib with its code
name AZD5363 beside it; radiographic PFS as `rPFS`, a confirmed decline in PSA of 50% or more, named "PSA50 response"
in the text, as `PSA50`; "The hazard ratio for death was ..." in a sentence of its own), a Lancet 2:1 ovarian-cancer
maintenance trial with middle-dot decimals (olaparib group and placebo group; a PFS rate at 24 months as `PFR`; median
OS not reached with a lower bound), a JCO soft-tissue sarcoma trial of regimen acronyms defined in the Methods (T-DOX,
DOX; a control-first OS sentence; DCR and DOR), a JAMA Oncology glioblastoma trial of radiotherapy with temozolomide
with or without depatuxizumab mafodotin (ABT-414) (the control arm's `drug` is temozolomide, radiotherapy in its
combination; "HR for disease progression or death, 0.74"; OS at 24 months as `OS rate`), a European Urology
three-arm renal cell carcinoma trial of lettered arms (nivolumab is the agent only arm A gets; two HRs against arm C;
12-mo OS rates given "respectively"), an NEJM adjuvant melanoma trial (median RFS not reached, `RFS rate` at 12 and
24 months, HR for recurrence or death with endpoint `RFS`), a Lancet Oncology 2:1 paediatric low-grade glioma phase 2
trial (selumetinib against carboplatin and vincristine, "CV group"; DOR not reached without a CI; an OS rate of 100%)
and a JCO randomized phase II of two starting doses of cabozantinib in neuroendocrine tumours (60-mg arm, 40-mg arm;
the HR of the experimental 40-mg arm with an 80% CI; an upper DOR bound "not reached" is null). Not recorded: safety,
dose intensity and dose reductions, subgroups (PTEN, BRCA/HRD, histology, MGMT, IMDC risk, sarcomatoid, stage,
BRAF fusion, optic pathway glioma and vision, primary site), sensitivity analyses (no figures given), follow-up, IQRs
and ranges, event and death counts and their shares, baseline shares, lone p values, later trabectedin use, derived
risk reductions ("34% lower risk") and the Discussion's restatements (each figure is recorded once). Not real papers:
real drug names, made-up figures. Same row format as build_trials.py.
Run: python3 build_invented_u.py
"""
import os

from build_trials import M, R, write

RT_TMZ = ["temozolomide", "radiotherapy"]

INVENTED_U = [
    ("ivu01", "3", "metastatic castration-resistant prostate cancer",
     [("capivasertib group", "capivasertib", ["enzalutamide"], 438),
      ("placebo group", "placebo", ["enzalutamide"], 219)], [
        R("rPFS", 16.8, M, 14.2, 19.5, 95, "capivasertib group"),
        R("rPFS", 11.3, M, 9.6, 13.0, 95, "placebo group"),
        R("HR", 0.66, None, 0.54, 0.81, 95, "capivasertib group", versus="placebo group", endpoint="rPFS"),
        R("OS", 31.9, M, 28.0, None, 95, "capivasertib group"),
        R("OS", 27.5, M, 23.7, 31.4, 95, "placebo group"),
        R("HR", 0.81, None, 0.63, 1.04, 95, "capivasertib group", versus="placebo group", endpoint="OS"),
        R("PSA50", 61.9, "%", arm="capivasertib group"), R("PSA50", 44.7, "%", arm="placebo group"),
        R("ORR", 34.9, "%", arm="capivasertib group"), R("ORR", 21.8, "%", arm="placebo group")]),
    ("ivu02", "3", "ovarian cancer",
     [("olaparib group", "olaparib", [], 196), ("placebo group", "placebo", [], 98)], [
        R("PFS", 13.7, M, 11.0, 16.6, 95, "olaparib group"), R("PFS", 5.5, M, 4.9, 7.3, 95, "placebo group"),
        R("HR", 0.43, None, 0.32, 0.58, 95, "olaparib group", versus="placebo group", endpoint="PFS"),
        R("PFR", 29.8, "%", 23.1, 36.8, 95, "olaparib group", timepoint="24 months"),
        R("PFR", 8.6, "%", 3.9, 15.6, 95, "placebo group", timepoint="24 months"),
        R("OS", None, M, 33.4, None, 95, "olaparib group", not_reached=True),
        R("OS", 31.2, M, 26.5, 37.0, 95, "placebo group"),
        R("HR", 0.79, None, 0.56, 1.12, 95, "olaparib group", versus="placebo group", endpoint="OS"),
        R("ORR", 25.8, "%", arm="olaparib group"), R("ORR", 9.3, "%", arm="placebo group")]),
    ("ivu03", "3", "soft-tissue sarcoma",
     [("T-DOX", "trabectedin", ["doxorubicin"], 114), ("DOX", "doxorubicin", [], 112)], [
        R("PFS", 8.9, M, 7.1, 10.4, 95, "T-DOX"), R("PFS", 5.6, M, 4.2, 6.9, 95, "DOX"),
        R("HR", 0.63, None, 0.47, 0.85, 95, "T-DOX", versus="DOX", endpoint="PFS"),
        R("OS", 19.8, M, 15.9, 24.3, 95, "DOX"), R("OS", 24.6, M, 20.1, 30.2, 95, "T-DOX"),
        R("HR", 0.81, None, 0.59, 1.11, 95, "T-DOX", versus="DOX", endpoint="OS"),
        R("ORR", 30.7, "%", arm="T-DOX"), R("ORR", 17.9, "%", arm="DOX"),
        R("DCR", 71.9, "%", arm="T-DOX"), R("DCR", 57.1, "%", arm="DOX"),
        R("DOR", 9.7, M, 6.9, 13.2, 95, "T-DOX"), R("DOR", 6.1, M, 4.4, 8.8, 95, "DOX")]),
    ("ivu04", "3", "glioblastoma",
     [("depatuxizumab mafodotin group", "depatuxizumab mafodotin", RT_TMZ, 320),
      ("control group", "temozolomide", ["radiotherapy"], 319)], [
        R("OS", 18.9, M, 16.8, 20.7, 95, "depatuxizumab mafodotin group"),
        R("OS", 17.2, M, 15.3, 19.4, 95, "control group"),
        R("HR", 0.88, None, 0.73, 1.06, 95, "depatuxizumab mafodotin group", versus="control group", endpoint="OS"),
        R("OS rate", 36.2, "%", 30.6, 41.8, 95, "depatuxizumab mafodotin group", timepoint="24 months"),
        R("OS rate", 30.4, "%", 25.1, 35.9, 95, "control group", timepoint="24 months"),
        R("PFS", 8.4, M, 7.6, 9.3, 95, "depatuxizumab mafodotin group"),
        R("PFS", 6.1, M, 5.4, 7.0, 95, "control group"),
        R("HR", 0.74, None, 0.61, 0.89, 95, "depatuxizumab mafodotin group", versus="control group",
          endpoint="PFS"),
        R("ORR", 21.6, "%", arm="depatuxizumab mafodotin group"), R("ORR", 13.0, "%", arm="control group")]),
    ("ivu05", "3", "renal cell carcinoma",
     [("arm A", "nivolumab", ["cabozantinib"], 214), ("arm B", "cabozantinib", [], 212),
      ("arm C", "sunitinib", [], 213)], [
        R("PFS", 16.4, M, 13.9, 19.2, 95, "arm A"), R("PFS", 11.1, M, 9.2, 13.8, 95, "arm B"),
        R("PFS", 8.3, M, 7.0, 9.7, 95, "arm C"),
        R("HR", 0.52, None, 0.41, 0.66, 95, "arm A", versus="arm C", endpoint="PFS"),
        R("HR", 0.76, None, 0.61, 0.95, 95, "arm B", versus="arm C", endpoint="PFS"),
        R("OS", None, M, 38.0, None, 95, "arm A", not_reached=True),
        R("OS", 37.6, M, 31.3, None, 95, "arm B"), R("OS", 32.9, M, 28.1, 37.4, 95, "arm C"),
        R("HR", 0.69, None, 0.52, 0.91, 95, "arm A", versus="arm C", endpoint="OS"),
        R("HR", 0.90, None, 0.69, 1.17, 95, "arm B", versus="arm C", endpoint="OS"),
        R("OS rate", 88.3, "%", arm="arm A", timepoint="12 months"),
        R("OS rate", 84.0, "%", arm="arm B", timepoint="12 months"),
        R("OS rate", 80.2, "%", arm="arm C", timepoint="12 months"),
        R("ORR", 55.1, "%", arm="arm A"), R("ORR", 38.2, "%", arm="arm B"), R("ORR", 27.7, "%", arm="arm C")]),
    ("ivu06", "3", "melanoma",
     [("encorafenib–binimetinib group", "encorafenib", ["binimetinib"], 437),
      ("placebo group", "placebo", [], 433)], [
        R("RFS", None, M, 41.3, None, 95, "encorafenib–binimetinib group", not_reached=True),
        R("RFS", 24.3, M, 18.7, 30.9, 95, "placebo group"),
        R("HR", 0.52, None, 0.42, 0.64, 95, "encorafenib–binimetinib group", versus="placebo group",
          endpoint="RFS"),
        R("RFS rate", 84.1, "%", 80.4, 87.2, 95, "encorafenib–binimetinib group", timepoint="12 months"),
        R("RFS rate", 66.3, "%", 61.6, 70.6, 95, "placebo group", timepoint="12 months"),
        R("RFS rate", 71.8, "%", 67.3, 75.8, 95, "encorafenib–binimetinib group", timepoint="24 months"),
        R("RFS rate", 50.2, "%", 45.3, 54.9, 95, "placebo group", timepoint="24 months")]),
    ("ivu07", "2", "low-grade glioma",
     [("selumetinib group", "selumetinib", [], 88), ("CV group", "carboplatin", ["vincristine"], 44)], [
        R("ORR", 51.1, "%", 40.2, 62.0, 95, "selumetinib group"), R("ORR", 27.3, "%", 15.0, 42.8, 95, "CV group"),
        R("DOR", None, M, arm="selumetinib group", not_reached=True),
        R("DOR", 14.2, M, 9.8, 21.0, 95, "CV group"),
        R("PFS", 29.4, M, 22.0, None, 95, "selumetinib group"), R("PFS", 17.1, M, 11.9, 23.6, 95, "CV group"),
        R("HR", 0.55, None, 0.34, 0.89, 95, "selumetinib group", versus="CV group", endpoint="PFS"),
        R("PFR", 58.3, "%", 46.9, 68.1, 95, "selumetinib group", timepoint="24 months"),
        R("PFR", 36.6, "%", 21.8, 51.5, 95, "CV group", timepoint="24 months"),
        R("OS rate", 100, "%", arm="selumetinib group", timepoint="24 months"),
        R("OS rate", 97.6, "%", 84.3, 99.7, 95, "CV group", timepoint="24 months")]),
    ("ivu08", "2", "neuroendocrine tumors",
     [("60-mg arm", "cabozantinib", [], 75), ("40-mg arm", "cabozantinib", [], 73)], [
        R("PFS", 13.8, M, 11.0, 16.7, 95, "60-mg arm"), R("PFS", 12.9, M, 9.5, 15.4, 95, "40-mg arm"),
        R("HR", 1.09, None, 0.84, 1.41, 80, "40-mg arm", versus="60-mg arm", endpoint="PFS"),
        R("PFR", 56.2, "%", 43.9, 66.7, 95, "60-mg arm", timepoint="12 months"),
        R("PFR", 51.7, "%", 39.2, 62.9, 95, "40-mg arm", timepoint="12 months"),
        R("ORR", 14.7, "%", 7.6, 24.7, 95, "60-mg arm"), R("ORR", 11.0, "%", 4.9, 20.5, 95, "40-mg arm"),
        R("DCR", 82.7, "%", arm="60-mg arm"), R("DCR", 78.1, "%", arm="40-mg arm"),
        R("DOR", 11.9, M, 8.3, None, 95, "60-mg arm"), R("DOR", 10.1, M, 5.6, 14.8, 95, "40-mg arm")]),
]


def main():
    write(INVENTED_U, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "invented-u", "trials.jsonl"))


if __name__ == "__main__":
    main()
