"""Writes ../pharmacology/trials.jsonl and ../pharmacology-held-out/trials.jsonl: the hand-made rows of the
pharmacology abstracts (../../../../shared/corpus/abstracts/pharmacology, see ../pharmacology/README.md), written
blind, from the abstracts alone, before any output of litmine on them was looked at (2026-12-05).

Selection (fixed before reading any): the 109 abstracts sorted by PMID as numbers, every one that reports at least
one result of a trial's own arms of the kinds ../README.md records. Split (fixed before reading any): of the kept
abstracts in PMID order, the 1st, 3rd, 5th, ... go to ../pharmacology/ (development), the 2nd, 4th, 6th, ... to
../pharmacology-held-out/ (held out). Same row format as build_trials.py. Run: python3 build_pharmacology.py
"""
import os

from build_trials import M, W, R, write

D = "days"

PHARMACOLOGY = [
    # Judgement: every figure is of all 680 patients over the five arms (response, complete and partial responses,
    # median survival "for all patients"): the whole trial population's figures, in no arm (arm None, on the first
    # record), as the factorial trial's in ../README.md. The durations of response "varied from 2.7 months to 5.0
    # months" by regimen, not said which: not recorded. MGBG is mitoguazone.
    ("pmid1646292", None, "non-small-cell lung cancer",
     [("PVp", "cisplatin", ["etoposide"], None), ("PVpM", "mitoguazone", ["cisplatin", "etoposide"], None),
      ("PVe", "cisplatin", ["vinblastine"], None), ("PVeMi", "mitomycin", ["cisplatin", "vinblastine"], None),
      ("FOMi/CAP", "fluorouracil", ["vincristine", "mitomycin", "cyclophosphamide", "doxorubicin", "cisplatin"],
       None)], [
        R("ORR", 20, "%"), R("CR", 3, "%"), R("PR", 17, "%"), R("OS", 5.3, M)]),
    # participants: the patients assessable for response per arm ("27 of 100 ... 16 of 102")
    ("pmid2167953", None, "non-small-cell lung cancer",
     [("CDDP", "cisplatin", ["etoposide"], 100), ("CBDCA", "carboplatin", ["etoposide"], 102)], [
        R("ORR", 27, "%", arm="CDDP"), R("ORR", 16, "%", arm="CBDCA")]),
    # Judgement: 46 patients (38 elderly, 8 younger), one regimen: a single arm. The elderly patients' partial
    # responses (24%) and survival (11 months) are a subgroup; the partial responses and stable disease are counts
    # (no rate); the one-year TTP and TSI rates have no recorded metric: none recorded. "The median response
    # duration" is DOR.
    ("pmid9893657", None, "non-small cell lung cancer", [(None, "carboplatin", ["etoposide"], 46)], [
        R("ORR", 22, "%", 11, 36, 95), R("DOR", 4, M), R("TTP", 5, M), R("OS", 10, M),
        R("OS rate", 41, "%", timepoint="12 months")]),
    ("pmid10458212", "3", "non-small-cell lung cancer",
     [("gemcitabine-cisplatin", "gemcitabine", ["cisplatin"], None),
      ("etoposide-cisplatin", "etoposide", ["cisplatin"], None)], [
        R("ORR", 40.6, "%", arm="gemcitabine-cisplatin"), R("ORR", 21.9, "%", arm="etoposide-cisplatin"),
        R("TTP", 6.9, M, arm="gemcitabine-cisplatin"), R("TTP", 4.3, M, arm="etoposide-cisplatin"),
        R("OS", 8.7, M, arm="gemcitabine-cisplatin"), R("OS", 7.2, M, arm="etoposide-cisplatin")]),
    ("pmid10623702", "3", "non-small-cell lung cancer",
     [("gemcitabine plus cisplatin", "gemcitabine", ["cisplatin"], None),
      ("cisplatin alone", "cisplatin", [], None)], [
        R("ORR", 30.4, "%", arm="gemcitabine plus cisplatin"), R("ORR", 11.1, "%", arm="cisplatin alone"),
        R("TTP", 5.6, M, arm="gemcitabine plus cisplatin"), R("TTP", 3.7, M, arm="cisplatin alone"),
        R("OS", 9.1, M, arm="gemcitabine plus cisplatin"), R("OS", 7.6, M, arm="cisplatin alone")]),
    # Judgement: "Of 84 patients with measurable lesions, six (7.1%) achieved partial responses": 84 of the 103
    # eligible, so of both arms (the six were docetaxel patients, "three patients at each dose level"): a figure of
    # the trial's measurable patients, in no arm (on the first record), as printed. The figures of the docetaxel 75 mg/m2
    # patients against "corresponding" best supportive care patients (7.5 v 4.6 months, 1-year survival 37% v 11%)
    # are of a subset by dose level, not an arm the abstract randomizes: not recorded.
    ("pmid10811675", None, "non-small-cell lung cancer",
     [("docetaxel", "docetaxel", [], None), ("best supportive care", "best supportive care", [], None)], [
        R("PR", 7.1, "%"),
        R("TTP", 10.6, W, arm="docetaxel"), R("TTP", 6.7, W, arm="best supportive care"),
        R("OS", 7.0, M, arm="docetaxel"), R("OS", 4.6, M, arm="best supportive care")]),
    # Judgement: three arms, docetaxel 100 mg/m2 (D100), 75 mg/m2 (D75) and vinorelbine or ifosfamide (V/I, the
    # control; both alternatives in its agents, as pmid20100966's "taxane"). 1-year survival D75 against control.
    ("pmid10856094", "3", "non-small-cell lung cancer",
     [("D100", "docetaxel", [], None), ("D75", "docetaxel", [], None), ("V/I", "vinorelbine", ["ifosfamide"], None)], [
        R("ORR", 10.8, "%", arm="D100"), R("ORR", 6.7, "%", arm="D75"), R("ORR", 0.8, "%", arm="V/I"),
        R("OS rate", 32, "%", arm="D75", timepoint="12 months"),
        R("OS rate", 19, "%", arm="V/I", timepoint="12 months")]),
    # Judgement: "No change ... in 18 cases (28%)" is stable disease. Only partial responses are given (6%), no
    # overall response rate is written: PR. participants: the 82 registered.
    ("pmid10880849", "2", "non small cell lung cancer", [(None, "gemcitabine", [], 82)], [
        R("PR", 6, "%"), R("SD", 28, "%")]),
    # Judgement: "1-year survival rates of 36% and 38%, respectively" follows "in the VC arm and ... in the PC arm"
    # and "in both arms": read in the order of the sentence before (VC, PC). The title's "non--small-cell" typo
    # written "non-small-cell".
    ("pmid11432888", "3", "non-small-cell lung cancer",
     [("PC", "paclitaxel", ["carboplatin"], None), ("VC", "vinorelbine", ["cisplatin"], None)], [
        R("ORR", 28, "%", arm="VC"), R("ORR", 25, "%", arm="PC"),
        R("OS", 8, M, arm="VC"), R("OS", 8, M, arm="PC"),
        R("OS rate", 36, "%", arm="VC", timepoint="12 months"),
        R("OS rate", 38, "%", arm="PC", timepoint="12 months")]),
    ("pmid11551424", None, "non-small-cell lung cancer", [(None, "gemcitabine", [], 80)], [
        R("ORR", 13, "%", 7, 20, 95), R("OS", 26, W), R("OS rate", 22, "%", timepoint="12 months")]),
    # Judgement: the response to the induction chemotherapy alone (40%) is a phase of the treatment, not the
    # study's result: the overall response rate (52%) is recorded. Radiotherapy with carboplatin/paclitaxel as
    # pmid18978563 of the held-out sample. Participants not stated.
    ("pmid11571735", "1/2", "nonsmall cell lung carcinoma", [(None, "carboplatin", ["radiotherapy", "paclitaxel"],
                                                              None)], [
        R("ORR", 52, "%"),
        R("OS rate", 71, "%", timepoint="12 months"), R("OS rate", 52, "%", timepoint="24 months"),
        R("OS rate", 40, "%", timepoint="36 months"), R("OS rate", 36, "%", timepoint="48 months"),
        R("OS", 26, M),
        R("PFR", 47, "%", timepoint="12 months"), R("PFR", 35, "%", timepoint="24 months"),
        R("PFR", 29, "%", timepoint="36 months")]),
    # Judgement: four regimens, of which the abstract names two (cisplatin and paclitaxel, the control, and
    # cisplatin and gemcitabine; "any of the three experimental regimens"): one record each for those two. Every
    # figure is of all 1155 eligible patients: in no arm (on the first record), as pmid1646292.
    ("pmid11784875", None, "non-small-cell lung cancer",
     [("cisplatin and paclitaxel", "cisplatin", ["paclitaxel"], None),
      ("cisplatin and gemcitabine", "gemcitabine", ["cisplatin"], None)], [
        R("ORR", 19, "%"), R("OS", 7.9, M, 7.3, 8.5, 95),
        R("OS rate", 33, "%", 30, 36, 95, timepoint="12 months"),
        R("OS rate", 11, "%", 8, 12, 95, timepoint="24 months")]),
    # MIC/MVP: mitomycin/ifosfamide/cisplatin or mitomycin/vinblastine/cisplatin, both alternatives in its agents
    ("pmid12879472", "3", "nonsmall cell lung carcinoma",
     [("GC", "gemcitabine", ["carboplatin"], None),
      ("MIC/MVP", "mitomycin", ["ifosfamide", "vinblastine", "cisplatin"], None)], [
        R("OS", 248, D, arm="MIC/MVP"), R("OS", 236, D, arm="GC"),
        R("TTP", 225, D, arm="MIC/MVP"), R("TTP", 218, D, arm="GC"),
        R("OS rate", 11.8, "%", arm="MIC/MVP", timepoint="24 months"),
        R("OS rate", 6.9, "%", arm="GC", timepoint="24 months"),
        R("OS rate", 32.5, "%", arm="MIC/MVP", timepoint="12 months"),
        R("OS rate", 33.2, "%", arm="GC", timepoint="12 months"),
        R("ORR", 33, "%", arm="MIC/MVP"), R("ORR", 30, "%", arm="GC")]),
    # "overall clinical benefit (CB = RR + SD)" is CBR; the PFS of responders and of patients with SD are subgroups
    ("pmid15084388", "2", "non-small cell lung cancer", [(None, "paclitaxel", [], 53)], [
        R("ORR", 15, "%", 5, 25, 95), R("CBR", 36, "%", 23, 49, 95)]),
    ("pmid15117980", "3", "non-small-cell lung cancer",
     [("pemetrexed", "pemetrexed", [], None), ("docetaxel", "docetaxel", [], None)], [
        R("ORR", 9.1, "%", arm="pemetrexed"), R("ORR", 8.8, "%", arm="docetaxel"),
        R("PFS", 2.9, M, arm="pemetrexed"), R("PFS", 2.9, M, arm="docetaxel"),
        R("OS", 8.3, M, arm="pemetrexed"), R("OS", 7.9, M, arm="docetaxel"),
        R("OS rate", 29.7, "%", arm="pemetrexed", timepoint="12 months"),
        R("OS rate", 29.7, "%", arm="docetaxel", timepoint="12 months")]),
    # Judgement: the abstract gives figures for the bevacizumab 15 mg/kg arm against the control arm only; no other
    # arm is named. The 1-year survival (47%) of the 19 control patients who crossed over is a subgroup.
    ("pmid15169807", "2", "non-small-cell lung cancer",
     [("carboplatin and paclitaxel plus bevacizumab", "bevacizumab", ["carboplatin", "paclitaxel"], None),
      ("control", "carboplatin", ["paclitaxel"], None)], [
        R("ORR", 31.5, "%", arm="carboplatin and paclitaxel plus bevacizumab"), R("ORR", 18.8, "%", arm="control"),
        R("TTP", 7.4, M, arm="carboplatin and paclitaxel plus bevacizumab"), R("TTP", 4.2, M, arm="control"),
        R("OS", 17.7, M, arm="carboplatin and paclitaxel plus bevacizumab"), R("OS", 14.9, M, arm="control")]),
    # the OS medians carry ranges, not CIs
    ("pmid15226327", "3", "non-small-cell lung cancer",
     [("D", "docetaxel", [], None), ("DC", "cisplatin", ["docetaxel"], None)], [
        R("ORR", 36.5, "%", arm="DC"), R("ORR", 21.7, "%", arm="D"),
        R("OS", 10.5, M, arm="DC"), R("OS", 8.0, M, arm="D"),
        R("OS rate", 44, "%", arm="DC", timepoint="12 months"), R("OS rate", 19, "%", arm="DC", timepoint="24 months"),
        R("OS rate", 43, "%", arm="D", timepoint="12 months"), R("OS rate", 15, "%", arm="D", timepoint="24 months"),
        R("TTP", 4.0, M, arm="DC"), R("TTP", 2.5, M, arm="D")]),
    # Judgement: "failure-free survival" is not recorded (a time to treatment failure, not PFS). The hazard ratio
    # (0.91) names no direction: on the combination arm, the experimental one, against paclitaxel.
    ("pmid15625373", None, "non-small-cell lung cancer",
     [("paclitaxel", "paclitaxel", [], None), ("carboplatin-paclitaxel", "carboplatin", ["paclitaxel"], None)], [
        R("ORR", 17, "%", arm="paclitaxel"), R("ORR", 30, "%", arm="carboplatin-paclitaxel"),
        R("OS", 6.7, M, 5.8, 7.8, 95, "paclitaxel"), R("OS", 8.8, M, 8.0, 9.9, 95, "carboplatin-paclitaxel"),
        R("OS rate", 32, "%", 27, 38, 95, "paclitaxel", timepoint="12 months"),
        R("OS rate", 37, "%", 32, 43, 95, "carboplatin-paclitaxel", timepoint="12 months"),
        R("HR", 0.91, None, 0.77, 1.17, 95, "carboplatin-paclitaxel", versus="paclitaxel", endpoint="OS")]),
    # the placebo group's response rate "less than 1 percent" is no figure
    ("pmid16014882", None, "non-small-cell lung cancer",
     [("erlotinib", "erlotinib", [], None), ("placebo", "placebo", [], None)], [
        R("ORR", 8.9, "%", arm="erlotinib"),
        R("DOR", 7.9, M, arm="erlotinib"), R("DOR", 3.7, M, arm="placebo"),
        R("PFS", 2.2, M, arm="erlotinib"), R("PFS", 1.8, M, arm="placebo"),
        R("HR", 0.61, None, arm="erlotinib", versus="placebo", endpoint="PFS"),
        R("OS", 6.7, M, arm="erlotinib"), R("OS", 4.7, M, arm="placebo"),
        R("HR", 0.70, None, arm="erlotinib", versus="placebo", endpoint="OS")]),
    # the per-protocol TTP and response are of the whole (per-protocol) population: recorded
    ("pmid16293868", "3", "non-small-cell lung cancer",
     [("GC", "carboplatin", ["gemcitabine"], None), ("G", "gemcitabine", [], None)], [
        R("OS rate", 15, "%", arm="GC", timepoint="24 months"), R("OS rate", 5, "%", arm="G", timepoint="24 months"),
        R("TTP", 5.7, M, arm="GC"), R("TTP", 3.9, M, arm="G"),
        R("ORR", 29.6, "%", arm="GC"), R("ORR", 11.3, "%", arm="G")]),
    # "32% for both arms (partial response = 31%, complete response = 1%)": each figure on both arms
    ("pmid16603599", "3", "non-small-cell lung cancer",
     [("DCb", "docetaxel", ["carboplatin"], None),
      ("MIC/MVP", "mitomycin", ["ifosfamide", "vinblastine", "cisplatin"], None)], [
        R("ORR", 32, "%", arm="DCb"), R("ORR", 32, "%", arm="MIC/MVP"),
        R("PR", 31, "%", arm="DCb"), R("PR", 31, "%", arm="MIC/MVP"),
        R("CR", 1, "%", arm="DCb"), R("CR", 1, "%", arm="MIC/MVP"),
        R("SD", 32, "%", arm="MIC/MVP"), R("SD", 26, "%", arm="DCb"),
        R("OS rate", 39, "%", arm="DCb", timepoint="12 months"),
        R("OS rate", 35, "%", arm="MIC/MVP", timepoint="12 months"),
        R("OS rate", 13, "%", arm="DCb", timepoint="24 months"),
        R("OS rate", 13, "%", arm="MIC/MVP", timepoint="24 months")]),
    # Judgement: a quality-of-life analysis of a trial (BR.21), kept because it gives the trial's survival hazard
    # ratio (pmid23816967, quality of life only, was left out). Times to symptom deterioration and QOL responses
    # are not recorded.
    ("pmid16921034", None, "lung cancer",
     [("erlotinib", "erlotinib", [], None), ("placebo", "placebo", [], None)], [
        R("HR", 0.70, None, arm="erlotinib", versus="placebo", endpoint="OS")]),
    ("pmid17167137", None, "non-small-cell lung cancer",
     [("chemotherapy plus bevacizumab", "bevacizumab", ["paclitaxel", "carboplatin"], None),
      ("chemotherapy alone", "paclitaxel", ["carboplatin"], None)], [
        R("OS", 12.3, M, arm="chemotherapy plus bevacizumab"), R("OS", 10.3, M, arm="chemotherapy alone"),
        R("HR", 0.79, None, arm="chemotherapy plus bevacizumab", versus="chemotherapy alone", endpoint="OS"),
        R("PFS", 6.2, M, arm="chemotherapy plus bevacizumab"), R("PFS", 4.5, M, arm="chemotherapy alone"),
        R("HR", 0.66, None, arm="chemotherapy plus bevacizumab", versus="chemotherapy alone", endpoint="PFS"),
        R("ORR", 35, "%", arm="chemotherapy plus bevacizumab"), R("ORR", 15, "%", arm="chemotherapy alone")]),
    # participants: the 31 who received gefitinib (98 screened)
    ("pmid18458038", None, "non-small-cell lung cancer", [(None, "gefitinib", [], 31)], [
        R("ORR", 55, "%", 33, 70, 95), R("PFS", 9.2, M, 6.2, 11.8, 95)]),
    ("pmid18520802", "3", "non-small cell lung cancer",
     [("PPX", "paclitaxel poliglumex", ["carboplatin"], None), ("paclitaxel", "paclitaxel", ["carboplatin"], None)], [
        R("HR", 0.97, None, arm="PPX", versus="paclitaxel", endpoint="OS"),
        R("OS", 7.9, M, arm="PPX"), R("OS", 8, M, arm="paclitaxel"),
        R("OS rate", 31, "%", arm="PPX", timepoint="12 months"),
        R("OS rate", 31, "%", arm="paclitaxel", timepoint="12 months"),
        R("DCR", 64, "%", arm="PPX"), R("DCR", 69, "%", arm="paclitaxel"),
        R("TTP", 3.9, M, arm="PPX"), R("TTP", 4.6, M, arm="paclitaxel")]),
    # Three arms; the placebo arm's median PFS (6.1 months) is given in both comparisons: recorded once.
    ("pmid19188680", "3", "nonsquamous non-small-cell lung cancer",
     [("low-dose bevacizumab", "bevacizumab", ["cisplatin", "gemcitabine"], None),
      ("high-dose bevacizumab", "bevacizumab", ["cisplatin", "gemcitabine"], None),
      ("placebo", "placebo", ["cisplatin", "gemcitabine"], None)], [
        R("HR", 0.75, None, arm="low-dose bevacizumab", versus="placebo", endpoint="PFS"),
        R("PFS", 6.7, M, arm="low-dose bevacizumab"), R("PFS", 6.1, M, arm="placebo"),
        R("HR", 0.82, None, arm="high-dose bevacizumab", versus="placebo", endpoint="PFS"),
        R("PFS", 6.5, M, arm="high-dose bevacizumab"),
        R("ORR", 20.1, "%", arm="placebo"), R("ORR", 34.1, "%", arm="low-dose bevacizumab"),
        R("ORR", 30.4, "%", arm="high-dose bevacizumab")]),
    # Judgement: two analyses of the PFS ratio, the planned interim one of the first 200 patients (0.36) and the one
    # with the medians (0.30, with CI): both kept, as pmid26156651's two PFS analyses. The chemotherapy is not named.
    ("pmid20573926", None, "non-small-cell lung cancer",
     [("gefitinib", "gefitinib", [], None), ("chemotherapy", "chemotherapy", [], None)], [
        R("HR", 0.36, None, arm="gefitinib", versus="chemotherapy", endpoint="PFS"),
        R("PFS", 10.8, M, arm="gefitinib"), R("PFS", 5.4, M, arm="chemotherapy"),
        R("HR", 0.30, None, 0.22, 0.41, 95, "gefitinib", versus="chemotherapy", endpoint="PFS"),
        R("ORR", 73.7, "%", arm="gefitinib"), R("ORR", 30.7, "%", arm="chemotherapy"),
        R("OS", 30.5, M, arm="gefitinib"), R("OS", 23.6, M, arm="chemotherapy")]),
    # ECP = erlotinib, carboplatin, paclitaxel; the figures by EGFR mutation status within each arm are subgroups
    ("pmid22547605", "2", "lung adenocarcinoma",
     [("arm A", "erlotinib", [], 81), ("arm B", "carboplatin", ["erlotinib", "paclitaxel"], 100)], [
        R("PFS", 5.0, M, arm="arm A"), R("PFS", 6.6, M, arm="arm B")]),
    # the OS ratio is from an interim analysis, the only one given: recorded
    ("pmid23724913", None, "lung cancer",
     [("crizotinib", "crizotinib", [], None), ("chemotherapy", "chemotherapy", [], None)], [
        R("PFS", 7.7, M, arm="crizotinib"), R("PFS", 3.0, M, arm="chemotherapy"),
        R("HR", 0.49, None, 0.37, 0.64, 95, "crizotinib", versus="chemotherapy", endpoint="PFS"),
        R("ORR", 65, "%", 58, 72, 95, "crizotinib"), R("ORR", 20, "%", 14, 26, 95, "chemotherapy"),
        R("HR", 1.02, None, 0.68, 1.54, 95, "crizotinib", versus="chemotherapy", endpoint="OS")]),
    ("pmid24145346", "3", "nonsquamous non-small-cell lung cancer",
     [("PemCBev", "pemetrexed", ["carboplatin", "bevacizumab"], 472),
      ("PacCBev", "paclitaxel", ["carboplatin", "bevacizumab"], 467)], [
        R("HR", 1.00, None, arm="PemCBev", versus="PacCBev", endpoint="OS"),
        R("OS", 12.6, M, arm="PemCBev"), R("OS", 13.4, M, arm="PacCBev"),
        R("HR", 0.83, None, arm="PemCBev", versus="PacCBev", endpoint="PFS"),
        R("PFS", 6.0, M, arm="PemCBev"), R("PFS", 5.6, M, arm="PacCBev"),
        R("ORR", 34.1, "%", arm="PemCBev"), R("ORR", 33.0, "%", arm="PacCBev"),
        R("DCR", 65.9, "%", arm="PemCBev"), R("DCR", 69.8, "%", arm="PacCBev")]),
    # Judgement: a dose-escalation and expansion study, its phase not written (None). The figures are of the 114
    # patients with NSCLC who received at least 400 mg a day (the evaluable population); participants: the 130
    # treated overall. The 80 patients previously given crizotinib are a subgroup.
    ("pmid24670165", None, "non-small-cell lung cancer", [(None, "ceritinib", [], 130)], [
        R("ORR", 58, "%", 48, 67, 95), R("PFS", 7.0, M, 5.6, 9.5, 95)]),
    # participants not stated (only "25 patients (50%)")
    ("pmid25264305", None, "non-small-cell lung cancer", [(None, "crizotinib", [], None)], [
        R("ORR", 72, "%", 58, 84, 95), R("DOR", 17.6, M, 14.5, None, 95), R("PFS", 19.2, M, 14.4, None, 95)]),
    # "Median overall survival was not reached in either group": notReached on both arms
    ("pmid25470694", None, "lung cancer",
     [("crizotinib", "crizotinib", [], None), ("chemotherapy", "chemotherapy", [], None)], [
        R("PFS", 10.9, M, arm="crizotinib"), R("PFS", 7.0, M, arm="chemotherapy"),
        R("HR", 0.45, None, 0.35, 0.60, 95, "crizotinib", versus="chemotherapy", endpoint="PFS"),
        R("ORR", 74, "%", arm="crizotinib"), R("ORR", 45, "%", arm="chemotherapy"),
        R("OS", None, M, arm="crizotinib", not_reached=True), R("OS", None, M, arm="chemotherapy", not_reached=True),
        R("HR", 0.82, None, 0.54, 1.26, 95, "crizotinib", versus="chemotherapy", endpoint="OS"),
        R("OS rate", 84, "%", arm="crizotinib", timepoint="12 months"),
        R("OS rate", 79, "%", arm="chemotherapy", timepoint="12 months")]),
    # Judgement: an FDA summary of one single-arm trial (kept, as pmid24868098); the 255 patients of the safety
    # analysis are not the trial's participants (163).
    ("pmid25754348", None, "non-small cell lung cancer", [(None, "ceritinib", [], 163)], [
        R("ORR", 44, "%", 36, 52, 95), R("DOR", 7.1, M)]),
    ("pmid26028407", None, "squamous-cell non-small-cell lung cancer",
     [("nivolumab", "nivolumab", [], None), ("docetaxel", "docetaxel", [], None)], [
        R("OS", 9.2, M, 7.3, 13.3, 95, "nivolumab"), R("OS", 6.0, M, 5.1, 7.3, 95, "docetaxel"),
        R("HR", 0.59, None, 0.44, 0.79, 95, "nivolumab", versus="docetaxel", endpoint="OS"),
        R("OS rate", 42, "%", 34, 50, 95, "nivolumab", timepoint="12 months"),
        R("OS rate", 24, "%", 17, 31, 95, "docetaxel", timepoint="12 months"),
        R("ORR", 20, "%", arm="nivolumab"), R("ORR", 9, "%", arm="docetaxel"),
        R("PFS", 3.5, M, arm="nivolumab"), R("PFS", 2.8, M, arm="docetaxel"),
        R("HR", 0.62, None, 0.47, 0.81, 95, "nivolumab", versus="docetaxel", endpoint="PFS")]),
    # the OS ratio has a 96% CI; the 18-month rates are "with additional follow-up", recorded
    ("pmid26412456", None, "nonsquamous non-small-cell lung cancer",
     [("nivolumab", "nivolumab", [], 292), ("docetaxel", "docetaxel", [], 290)], [
        R("OS", 12.2, M, 9.7, 15.0, 95, "nivolumab"), R("OS", 9.4, M, 8.1, 10.7, 95, "docetaxel"),
        R("HR", 0.73, None, 0.59, 0.89, 96, "nivolumab", versus="docetaxel", endpoint="OS"),
        R("OS rate", 51, "%", 45, 56, 95, "nivolumab", timepoint="12 months"),
        R("OS rate", 39, "%", 33, 45, 95, "docetaxel", timepoint="12 months"),
        R("OS rate", 39, "%", 34, 45, 95, "nivolumab", timepoint="18 months"),
        R("OS rate", 23, "%", 19, 28, 95, "docetaxel", timepoint="18 months"),
        R("ORR", 19, "%", arm="nivolumab"), R("ORR", 12, "%", arm="docetaxel"),
        R("PFS", 2.3, M, arm="nivolumab"), R("PFS", 4.2, M, arm="docetaxel"),
        R("PFR", 19, "%", arm="nivolumab", timepoint="12 months"),
        R("PFR", 8, "%", arm="docetaxel", timepoint="12 months")]),
    # Judgement: the OS ratio follows the 6-month OS rates in its sentence: a ratio for death (OS). The DOR of the
    # pembrolizumab group is not reached (its bracket a range, no CI).
    ("pmid27718847", None, "non-small-cell lung cancer",
     [("pembrolizumab", "pembrolizumab", [], None), ("chemotherapy", "chemotherapy", [], None)], [
        R("PFS", 10.3, M, 6.7, None, 95, "pembrolizumab"), R("PFS", 6.0, M, 4.2, 6.2, 95, "chemotherapy"),
        R("HR", 0.50, None, 0.37, 0.68, 95, "pembrolizumab", versus="chemotherapy", endpoint="PFS"),
        R("OS rate", 80.2, "%", arm="pembrolizumab", timepoint="6 months"),
        R("OS rate", 72.4, "%", arm="chemotherapy", timepoint="6 months"),
        R("HR", 0.60, None, 0.41, 0.89, 95, "pembrolizumab", versus="chemotherapy", endpoint="OS"),
        R("ORR", 44.8, "%", arm="pembrolizumab"), R("ORR", 27.8, "%", arm="chemotherapy"),
        R("DOR", None, M, arm="pembrolizumab", not_reached=True), R("DOR", 6.3, M, arm="chemotherapy")]),
    # Judgement: two cohorts by dose (30 patients each), arms as pmid26712084's doses; the figures "across doses"
    # are the whole trial's: in no arm (on the first record), as pmid1646292.
    ("pmid28841389", None, "non-small-cell lung cancer",
     [("80-mg group", "osimertinib", [], 30), ("160-mg group", "osimertinib", [], 30)], [
        R("ORR", 67, "%", 47, 83, 95, "80-mg group"), R("ORR", 87, "%", 69, 96, 95, "160-mg group"),
        R("ORR", 77, "%", 64, 87, 95),
        R("PFS", 22.1, M, 13.7, 30.2, 95, "80-mg group"), R("PFS", 19.3, M, 13.7, 26.0, 95, "160-mg group"),
        R("PFS", 20.5, M, 15.0, 26.1, 95)]),
    # participants: those who received consolidation therapy per arm (473, 236). The share with an ongoing
    # response at 18 months and the time to death or distant metastasis are not recorded.
    ("pmid28885881", None, "non-small-cell lung cancer",
     [("durvalumab", "durvalumab", [], 473), ("placebo", "placebo", [], 236)], [
        R("PFS", 16.8, M, 13.0, 18.1, 95, "durvalumab"), R("PFS", 5.6, M, 4.6, 7.8, 95, "placebo"),
        R("HR", 0.52, None, 0.42, 0.65, 95, "durvalumab", versus="placebo", endpoint="PFS"),
        R("PFR", 55.9, "%", arm="durvalumab", timepoint="12 months"),
        R("PFR", 35.3, "%", arm="placebo", timepoint="12 months"),
        R("PFR", 44.2, "%", arm="durvalumab", timepoint="18 months"),
        R("PFR", 27.0, "%", arm="placebo", timepoint="18 months"),
        R("ORR", 28.4, "%", arm="durvalumab"), R("ORR", 16.0, "%", arm="placebo")]),
    # the ratios by T790M status are subgroups
    ("pmid28968167", None, "non-small-cell lung cancer",
     [("gefitinib", "gefitinib", ["cisplatin", "pemetrexed"], None),
      ("placebo", "placebo", ["cisplatin", "pemetrexed"], None)], [
        R("HR", 1.44, None, 1.07, 1.94, 95, "gefitinib", versus="placebo", endpoint="OS"),
        R("OS", 13.4, M, arm="gefitinib"), R("OS", 19.5, M, arm="placebo")]),
    # Judgement: the comparator "standard EGFR-TKIs" names no agent: drug the class, `egfr inhibitor`
    # (ANNOTATION.md section 1). The odds ratio is for the response rate before it (ORR).
    ("pmid29151359", None, "non-small-cell lung cancer",
     [("osimertinib", "osimertinib", [], None), ("standard EGFR-TKIs", "egfr inhibitor", [], None)], [
        R("PFS", 18.9, M, arm="osimertinib"), R("PFS", 10.2, M, arm="standard EGFR-TKIs"),
        R("HR", 0.46, None, 0.37, 0.57, 95, "osimertinib", versus="standard EGFR-TKIs", endpoint="PFS"),
        R("ORR", 80, "%", arm="osimertinib"), R("ORR", 76, "%", arm="standard EGFR-TKIs"),
        R("OR", 1.27, None, 0.85, 1.90, 95, "osimertinib", versus="standard EGFR-TKIs", endpoint="ORR"),
        R("DOR", 17.2, M, 13.8, 22.0, 95, "osimertinib"), R("DOR", 8.5, M, 7.3, 9.8, 95, "standard EGFR-TKIs"),
        R("OS rate", 83, "%", 78, 87, 95, "osimertinib", timepoint="18 months"),
        R("OS rate", 71, "%", 65, 76, 95, "standard EGFR-TKIs", timepoint="18 months"),
        R("HR", 0.63, None, 0.45, 0.88, 95, "osimertinib", versus="standard EGFR-TKIs", endpoint="OS")]),
    # Judgement: one treated population of 55 (the text names no trials); the response rate by independent review
    # and by investigators are two assessments of it: both kept. "55% of the patients remained progression-free"
    # at 1 year is a PFS rate; the share of ongoing responses is not recorded. Medians of DOR and PFS not reached.
    ("pmid29466156", None, "TRK fusion-positive cancers", [(None, "larotrectinib", [], 55)], [
        R("ORR", 75, "%", 61, 85, 95), R("ORR", 80, "%", 67, 90, 95),
        R("PFR", 55, "%", timepoint="12 months"),
        R("DOR", None, M, not_reached=True), R("PFS", None, M, not_reached=True)]),
    # Judgement: cancer type as written ("NSCLC", never spelled out). Response of the 18 with measurable disease;
    # the duration of treatment is not recorded; the biopsied patients' responses are a subgroup.
    ("pmid29935304", None, "NSCLC", [(None, "brigatinib", [], 22)], [
        R("ORR", 17, "%"), R("SD", 50, "%"), R("PFS", 4.4, M, 1.8, 5.6, 95)]),
    # the intracranial response of patients with measurable brain lesions is a subgroup
    ("pmid30280657", None, "non-small-cell lung cancer",
     [("brigatinib", "brigatinib", [], 137), ("crizotinib", "crizotinib", [], 138)], [
        R("PFR", 67, "%", 56, 75, 95, "brigatinib", timepoint="12 months"),
        R("PFR", 43, "%", 32, 53, 95, "crizotinib", timepoint="12 months"),
        R("HR", 0.49, None, 0.33, 0.74, 95, "brigatinib", versus="crizotinib", endpoint="PFS"),
        R("ORR", 71, "%", 62, 78, 95, "brigatinib"), R("ORR", 60, "%", 51, 68, 95, "crizotinib")]),
]

# Left out on the walk (see ../pharmacology/README.md): reviews, guidelines, meta-analyses, laboratory and
# molecular studies, case reports, retrospective or observational series, FDA summaries of several trials,
# subgroup-only analyses, abstracts with no recorded figure.


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    docs = [t[0] for t in PHARMACOLOGY]
    assert docs == sorted(docs, key=lambda d: int(d[4:])), "rows must be in PMID order"
    assert len(set(docs)) == len(docs)
    development = PHARMACOLOGY[0::2]  # the 1st, 3rd, 5th, ... kept abstract
    held_out = PHARMACOLOGY[1::2]  # the 2nd, 4th, 6th, ...
    for folder, rows in (("pharmacology", development), ("pharmacology-held-out", held_out)):
        os.makedirs(os.path.join(here, "..", folder), exist_ok=True)
        write(rows, os.path.join(here, "..", folder, "trials.jsonl"))


if __name__ == "__main__":
    main()
