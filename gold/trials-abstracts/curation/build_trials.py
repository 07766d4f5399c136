"""Writes ../trials.jsonl from the hand-made rows below (see ../README.md for the rules).

Each trial: doc, phase, cancer type, then its arms as (label, drug, combination, participants), then its results as
R(metric, value, unit, ciLow, ciHigh, ciLevel, arm, timepoint=, versus=, endpoint=). A between-arm figure (HR) is
recorded on the record of the arm it is for, with `versus` naming the other arm. Run: python3 build_trials.py
"""
import json
import os


def R(metric, value, unit, lo=None, hi=None, level=None, arm=None, timepoint=None, versus=None, endpoint=None,
      not_reached=False):
    r = {"metric": metric, "value": value, "unit": unit, "ciLow": lo, "ciHigh": hi, "arm": arm}
    if not_reached:
        r["notReached"] = True
    if level is not None:
        r["ciLevel"] = level
    if timepoint is not None:
        r["timepoint"] = timepoint
    if versus is not None:
        r["versus"] = versus
    if endpoint is not None:
        r["endpoint"] = endpoint
    return r


M = "months"
W = "weeks"
TRIALS = [
    ("pmid10048477", "2", "non-small cell lung cancer", [(None, "gemcitabine", [], 80)], [
        R("ORR", 21.1, "%", 11.9, 30.3, 95), R("SD", 61.8, "%"), R("TTP", 4.6, M), R("OS", 7.1, M)]),
    ("pmid10945489", None, "non-small cell lung cancer",
     [("gemcitabine + BSC", "gemcitabine", [], None), ("BSC", "best supportive care", [], None)], [
        R("ORR", 19, "%", 13, 27, 95, "gemcitabine + BSC"),
        R("OS", 5.7, M, 4.6, 7.6, 95, "gemcitabine + BSC"), R("OS", 5.9, M, 5.0, 7.9, 95, "BSC"),
        R("OS rate", 25, "%", arm="gemcitabine + BSC", timepoint="12 months"),
        R("OS rate", 22, "%", arm="BSC", timepoint="12 months")]),
    ("pmid15701857", "2", "non-small cell lung cancer",
     [("PemOx", "oxaliplatin", ["pemetrexed"], 41), ("PemCb", "carboplatin", ["pemetrexed"], 39)], [
        R("ORR", 26.8, "%", 14.2, 42.9, 95, "PemOx"), R("ORR", 31.6, "%", 17.5, 48.7, 95, "PemCb"),
        R("TTP", 5.5, M, arm="PemOx"), R("TTP", 5.7, M, arm="PemCb"),
        R("OS", 10.5, M, arm="PemOx"), R("OS", 10.5, M, arm="PemCb"),
        R("OS rate", 49.9, "%", arm="PemOx", timepoint="12 months"),
        R("OS rate", 43.9, "%", arm="PemCb", timepoint="12 months")]),
    ("pmid16257339", None, "non-small-cell lung cancer",
     [("gefitinib", "gefitinib", [], 1129), ("placebo", "placebo", [], 563)], [
        R("OS", 5.6, M, arm="gefitinib"), R("OS", 5.1, M, arm="placebo"),
        R("HR", 0.89, None, 0.77, 1.02, 95, "gefitinib", versus="placebo", endpoint="OS")]),
    ("pmid16945766", None, "non-small-cell lung cancer",
     [("chemotherapy", "vinorelbine", ["cisplatin"], 367), ("observation", "observation", [], 431)], [
        R("OS", 65.7, M, 47.9, 88.5, 95, "chemotherapy"), R("OS", 43.7, M, 35.7, 52.3, 95, "observation"),
        R("HR", 0.80, None, 0.66, 0.96, 95, "chemotherapy", versus="observation", endpoint="OS")]),
    ("pmid17602060", None, "non-small cell lung cancer",
     [("BV/CP", "bevacizumab", ["carboplatin", "paclitaxel"], 434), ("CP", "carboplatin", ["paclitaxel"], 444)], [
        R("OS", 12.3, M, arm="BV/CP"), R("OS", 10.3, M, arm="CP"),
        R("HR", 0.80, None, arm="BV/CP", versus="CP", endpoint="OS")]),
    ("pmid18506025", "3", "non-small-cell lung cancer",
     [("cisplatin/gemcitabine", "gemcitabine", ["cisplatin"], None),
      ("cisplatin/pemetrexed", "pemetrexed", ["cisplatin"], None)], [
        R("OS", 10.3, M, arm="cisplatin/pemetrexed"), R("OS", 10.3, M, arm="cisplatin/gemcitabine"),
        R("HR", 0.94, None, 0.84, 1.05, 95, "cisplatin/pemetrexed", versus="cisplatin/gemcitabine", endpoint="OS")]),
    ("pmid19013107", "3", "non-small-cell lung cancer",
     [("experimental", "vinorelbine", ["gemcitabine", "docetaxel"], 196),
      ("standard", "carboplatin", ["paclitaxel"], 197)], [
        R("OS", 13.6, M, arm="experimental"), R("OS", 14.1, M, arm="standard"),
        R("PR", 25, "%", arm="experimental"), R("PR", 37, "%", arm="standard"),
        R("PFS", 5.5, M, 4.9, 6.3, 95, "experimental"), R("PFS", 5.8, M, 5.3, 6.1, 95, "standard")]),
    ("pmid19433684", "2", "nonsquamous non-small-cell lung cancer",
     [(None, "pemetrexed", ["carboplatin", "bevacizumab"], 50)], [
        R("ORR", 55, "%", 41, 69, 95), R("PFS", 7.8, M, 5.2, 11.5, 95), R("OS", 14.1, M, 10.8, 19.6, 95)]),
    ("pmid19933915", "3", "non-small-cell lung cancer",
     [("vinorelbine/cisplatin", "vinorelbine", ["cisplatin"], None), ("observation", "observation", [], None)], [
        R("HR", 0.78, None, 0.61, 0.99, 95, "vinorelbine/cisplatin", versus="observation", endpoint="OS"),
        R("HR", 0.73, None, 0.55, 0.97, 95, "vinorelbine/cisplatin", versus="observation", endpoint="DSS")]),
    ("pmid20022809", "3", "non-small-cell lung cancer",
     [("gefitinib", "gefitinib", [], 86), ("cisplatin plus docetaxel", "cisplatin", ["docetaxel"], 86)], [
        R("PFS", 9.2, M, 8.0, 13.9, 95, "gefitinib"), R("PFS", 6.3, M, 5.8, 7.8, 95, "cisplatin plus docetaxel"),
        R("HR", 0.489, None, 0.336, 0.710, 95, "gefitinib", versus="cisplatin plus docetaxel", endpoint="PFS")]),
    ("pmid20231678", "3", "non-small-cell lung cancer",
     [("surgery alone", "surgery", [], None), ("preoperative chemotherapy", "paclitaxel", ["carboplatin"], None)], [
        R("OS", 41, M, arm="surgery alone"), R("OS", 62, M, arm="preoperative chemotherapy"),
        R("HR", 0.79, None, 0.60, 1.06, 95, "preoperative chemotherapy", versus="surgery alone", endpoint="OS"),
        R("PFS", 20, M, arm="surgery alone"), R("PFS", 33, M, arm="preoperative chemotherapy"),
        R("HR", 0.80, None, 0.61, 1.04, 95, "preoperative chemotherapy", versus="surgery alone", endpoint="PFS")]),
    ("pmid20686429", None, "non-small cell lung cancer",
     [("PC", "paclitaxel", ["carboplatin"], 444), ("PCB", "bevacizumab", ["paclitaxel", "carboplatin"], 434)], [
        R("OS", 10.3, M, arm="PC"), R("OS", 12.3, M, arm="PCB"),
        R("HR", 0.80, None, 0.69, 0.93, 95, "PCB", versus="PC", endpoint="OS")]),
    ("pmid21148615", None, "non-small cell lung cancer",
     [("pemetrexed", "pemetrexed", [], 441), ("placebo", "placebo", [], 222)], [
        R("OS", 13.4, M, arm="pemetrexed"), R("OS", 10.6, M, arm="placebo"),
        R("HR", 0.79, None, 0.65, 0.95, 95, "pemetrexed", versus="placebo", endpoint="OS")]),
    ("pmid21747084", "2", "non-small-cell lung cancer",
     [("arm A", "pemetrexed", ["carboplatin", "radiotherapy"], 48),
      ("arm B", "pemetrexed", ["carboplatin", "radiotherapy"], 53)], [
        R("OS rate", 58, "%", 46, 74, 95, "arm A", timepoint="18 months"),
        R("OS rate", 54, "%", 42, 70, 95, "arm B", timepoint="18 months")]),
    ("pmid21831418", "3", "non-small-cell lung cancer",
     [("doublet chemotherapy", "carboplatin", ["paclitaxel"], 225), ("monotherapy", "chemotherapy", [], 226)], [
        R("OS", 10.3, M, arm="doublet chemotherapy"), R("OS", 6.2, M, arm="monotherapy"),
        R("HR", 0.64, None, 0.52, 0.78, 95, "doublet chemotherapy", versus="monotherapy", endpoint="OS"),
        R("OS rate", 44.5, "%", 37.9, 50.9, 95, "doublet chemotherapy", timepoint="12 months"),
        R("OS rate", 25.4, "%", 19.9, 31.3, 95, "monotherapy", timepoint="12 months")]),
    ("pmid22277837", "3", "non-small-cell lung cancer",
     [("erlotinib", "erlotinib", [], 203), ("chemotherapy", "chemotherapy", [], 221)], [
        R("OS", 5.3, M, 4.0, 6.0, 95, "erlotinib"), R("OS", 5.5, M, 4.4, 7.1, 95, "chemotherapy"),
        R("HR", 0.96, None, 0.78, 1.19, 95, "erlotinib", versus="chemotherapy", endpoint="OS")]),
    ("pmid22341744", "3", "non-squamous non-small-cell lung cancer",
     [("pemetrexed", "pemetrexed", [], 359), ("placebo", "placebo", [], 180)], [
        R("HR", 0.62, None, 0.49, 0.79, 95, "pemetrexed", versus="placebo", endpoint="PFS"),
        R("PFS", 4.1, M, 3.2, 4.6, 95, "pemetrexed"), R("PFS", 2.8, M, 2.6, 3.1, 95, "placebo")]),
    ("pmid22778317", None, "non-small-cell lung cancer",
     [("experimental", "erlotinib", ["cisplatin", "gemcitabine"], None),
      ("standard", "cisplatin", ["gemcitabine"], None)], [
        R("OS", 11.6, M, 10.2, 13.3, 95, "standard"), R("OS", 8.7, M, 7.4, 10.5, 95, "experimental"),
        R("HR", 1.24, None, 1.04, 1.47, 95, "experimental", versus="standard", endpoint="OS")]),
    ("pmid22954507", "1", "non-small-cell lung cancer", [(None, "crizotinib", [], 149)], [
        R("ORR", 60.8, "%", 52.3, 68.9, 95), R("DOR", 49.1, "weeks", 39.3, 75.4, 95),
        R("PFS", 9.7, M, 7.7, 12.8, 95),
        R("OS rate", 87.9, "%", 81.3, 92.3, 95, timepoint="6 months"),
        R("OS rate", 74.8, "%", 66.4, 81.5, 95, timepoint="12 months")]),
    ("pmid23200175", "2", "non-small-cell lung cancer",
     [("selumetinib", "selumetinib", ["docetaxel"], 44), ("placebo", "placebo", ["docetaxel"], 43)], [
        R("OS", 9.4, M, 6.8, 13.6, 95, "selumetinib"), R("OS", 5.2, M, 3.8, None, 95, "placebo"),
        R("HR", 0.80, None, 0.56, 1.14, 80, "selumetinib", versus="placebo", endpoint="OS"),
        R("PFS", 5.3, M, 4.6, 6.4, 95, "selumetinib"), R("PFS", 2.1, M, 1.4, 3.7, 95, "placebo"),
        R("HR", 0.58, None, 0.42, 0.79, 80, "selumetinib", versus="placebo", endpoint="PFS"),
        R("ORR", 37, "%", arm="selumetinib"), R("ORR", 0, "%", arm="placebo")]),
    ("pmid23816963", "2", "non-small-cell lung cancer", [(None, "afatinib", [], 62)], [
        R("ORR", 8.2, "%", 2.7, 18.1, 95), R("PFS", 4.4, M, 2.8, 4.6, 95), R("OS", 19.0, M, 14.9, None, 95)]),
    ("pmid23835707", "3", "nonsquamous non-small-cell lung cancer",
     [("pemetrexed", "pemetrexed", [], None), ("placebo", "placebo", [], None)], [
        R("HR", 0.78, None, 0.64, 0.96, 95, "pemetrexed", versus="placebo", endpoint="OS"),
        R("OS", 13.9, M, arm="pemetrexed"), R("OS", 11.0, M, arm="placebo")]),
    ("pmid23883922", None, "non-small-cell lung cancer",
     [("erlotinib", "erlotinib", [], 112), ("docetaxel", "docetaxel", [], 110)], [
        R("OS", 8.2, M, 5.8, 10.9, 95, "docetaxel"), R("OS", 5.4, M, 4.5, 6.8, 95, "erlotinib"),
        R("HR", 0.73, None, 0.53, 1.00, 95, "docetaxel", versus="erlotinib", endpoint="OS"),
        R("PFS", 2.9, M, 2.4, 3.8, 95, "docetaxel"), R("PFS", 2.4, M, 2.1, 2.6, 95, "erlotinib"),
        R("HR", 0.71, None, 0.53, 0.95, 95, "docetaxel", versus="erlotinib", endpoint="PFS")]),
    ("pmid24439929", "3", "non-small-cell lung cancer",
     [("afatinib", "afatinib", [], 242), ("gemcitabine and cisplatin", "cisplatin", ["gemcitabine"], 122)], [
        R("PFS", 11.0, M, 9.7, 13.7, 95, "afatinib"), R("PFS", 5.6, M, 5.1, 6.7, 95, "gemcitabine and cisplatin"),
        R("HR", 0.28, None, 0.20, 0.39, 95, "afatinib", versus="gemcitabine and cisplatin", endpoint="PFS")]),
    ("pmid24841974", "3", "non-small-cell lung cancer",
     [("erlotinib", "erlotinib", [], 150), ("docetaxel", "docetaxel", [], 151)], [
        R("PFS", 2.0, M, arm="erlotinib"), R("PFS", 3.2, M, arm="docetaxel"),
        R("HR", 1.22, None, 0.97, 1.55, 95, "erlotinib", versus="docetaxel", endpoint="PFS"),
        R("OS", 14.8, M, arm="erlotinib"), R("OS", 12.2, M, arm="docetaxel"),
        R("HR", 0.91, None, 0.68, 1.22, 95, "erlotinib", versus="docetaxel", endpoint="OS")]),
    ("pmid24933332", "3", "non-small-cell lung cancer",
     [("ramucirumab", "ramucirumab", ["docetaxel"], 628), ("placebo", "placebo", ["docetaxel"], 625)], [
        R("OS", 10.5, M, arm="ramucirumab"), R("OS", 9.1, M, arm="placebo"),
        R("HR", 0.86, None, 0.75, 0.98, 95, "ramucirumab", versus="placebo", endpoint="OS"),
        R("PFS", 4.5, M, arm="ramucirumab"), R("PFS", 3.0, M, arm="placebo"),
        R("HR", 0.76, None, 0.68, 0.86, 95, "ramucirumab", versus="placebo", endpoint="PFS")]),
    ("pmid25701171", "3", "non-squamous non-small-cell lung cancer",
     [("necitumumab plus pemetrexed and cisplatin", "necitumumab", ["pemetrexed", "cisplatin"], 315),
      ("pemetrexed and cisplatin", "pemetrexed", ["cisplatin"], 318)], [
        R("OS", 11.3, M, 9.5, 13.4, 95, "necitumumab plus pemetrexed and cisplatin"),
        R("OS", 11.5, M, 10.1, 13.1, 95, "pemetrexed and cisplatin"),
        R("HR", 1.01, None, 0.84, 1.21, 95, "necitumumab plus pemetrexed and cisplatin",
          versus="pemetrexed and cisplatin", endpoint="OS")]),
    ("pmid26045340", "3", "squamous non-small-cell lung cancer",
     [("necitumumab plus gemcitabine and cisplatin", "necitumumab", ["gemcitabine", "cisplatin"], 545),
      ("gemcitabine and cisplatin", "gemcitabine", ["cisplatin"], 548)], [
        R("OS", 11.5, M, 10.4, 12.6, 95, "necitumumab plus gemcitabine and cisplatin"),
        R("OS", 9.9, M, 8.9, 11.1, 95, "gemcitabine and cisplatin"),
        R("HR", 0.84, None, 0.74, 0.96, 95, "necitumumab plus gemcitabine and cisplatin",
          versus="gemcitabine and cisplatin", endpoint="OS")]),
    ("pmid26598747", "2", "non-small-cell lung cancer", [(None, "alectinib", [], 138)], [
        R("ORR", 50, "%", 41, 59, 95), R("DOR", 11.2, M, 9.6, None, 95), R("PFS", 8.9, M, 5.6, 11.3, 95)]),
    # Added 2026-12-05 (see ../README.md): the first 15 eligible of the other abstracts, sorted by PMID.
    ("pmid12837811", "3", "non-small-cell lung cancer",
     [("DC", "docetaxel", ["cisplatin"], None), ("DCb", "carboplatin", ["docetaxel"], None),
      ("VC", "vinorelbine", ["cisplatin"], None)], [
        R("OS", 11.3, M, arm="DC"), R("OS", 10.1, M, arm="VC"),
        R("HR", 1.183, None, 0.989, 1.416, 97.2, "DC", versus="VC", endpoint="OS"),
        R("OS rate", 21, "%", arm="DC", timepoint="24 months"), R("OS rate", 14, "%", arm="VC", timepoint="24 months"),
        R("ORR", 31.6, "%", arm="DC"), R("ORR", 24.5, "%", arm="VC"),
        R("OS", 9.4, M, arm="DCb"), R("OS", 9.9, M, arm="VC"),
        R("HR", 1.048, None, 0.877, 1.253, 97.2, "DCb", versus="VC", endpoint="OS"), R("ORR", 23.9, "%", arm="DCb")]),
    ("pmid15741225", "3", "non-small-cell lung cancer",
     [("GD", "gemcitabine", ["docetaxel"], 155), ("CV", "cisplatin", ["vinorelbine"], 156)], [
        R("PFS", 4.2, M, arm="GD"), R("PFS", 4, M, arm="CV"), R("OS", 11.1, M, arm="GD"), R("OS", 9.6, M, arm="CV"),
        R("OS rate", 46, "%", arm="GD", timepoint="12 months"), R("OS rate", 42, "%", arm="CV", timepoint="12 months"),
        R("HR", 1.04, None, 0.83, 1.32, 95, "GD", versus="CV", endpoint="PFS"),
        R("HR", 0.90, None, 0.70, 1.16, 95, "GD", versus="CV", endpoint="OS"),
        R("ORR", 31, "%", arm="GD"), R("ORR", 35.9, "%", arm="CV")]),
    ("pmid17047644", None, "non-small-cell lung cancer",
     [("C3", "carboplatin", ["vinorelbine"], 150), ("C6", "carboplatin", ["vinorelbine"], 147)], [
        R("OS", 28, W, arm="C3"), R("OS", 32, W, arm="C6"),
        R("HR", 1.04, None, 0.82, 1.31, 95, "C3", versus="C6", endpoint="OS"),
        R("OS rate", 25, "%", arm="C3", timepoint="12 months"), R("OS rate", 9, "%", arm="C3", timepoint="24 months"),
        R("OS rate", 25, "%", arm="C6", timepoint="12 months"), R("OS rate", 5, "%", arm="C6", timepoint="24 months"),
        R("PFS", 16, W, arm="C3"), R("PFS", 21, W, arm="C6"),
        R("HR", 0.86, None, 0.68, 1.08, 95, "C3", versus="C6", endpoint="PFS")]),
    ("pmid19027483", "3", "non-small-cell lung cancer",
     [("gefitinib", "gefitinib", [], 723), ("docetaxel", "docetaxel", [], 710)], [
        R("HR", 1.020, None, 0.905, 1.150, 96, "gefitinib", versus="docetaxel", endpoint="OS"),
        R("OS", 7.6, M, arm="gefitinib"), R("OS", 8.0, M, arm="docetaxel")]),
    ("pmid19767093", "3", "non-small-cell lung cancer",
     [("pemetrexed", "pemetrexed", [], None), ("placebo", "placebo", [], None)], [
        R("PFS", 4.3, M, 4.1, 4.7, 95, "pemetrexed"), R("PFS", 2.6, M, 1.7, 2.8, 95, "placebo"),
        R("HR", 0.50, None, 0.42, 0.61, 95, "pemetrexed", versus="placebo", endpoint="PFS"),
        R("OS", 13.4, M, 11.9, 15.9, 95, "pemetrexed"), R("OS", 10.6, M, 8.7, 12.0, 95, "placebo"),
        R("HR", 0.79, None, 0.65, 0.95, 95, "pemetrexed", versus="placebo", endpoint="OS")]),
    ("pmid20100966", "3", "non-small-cell lung cancer",
     [("cetuximab/TC", "cetuximab", ["paclitaxel", "docetaxel", "carboplatin"], None),
      ("TC", "paclitaxel", ["docetaxel", "carboplatin"], None)], [
        R("PFS", 4.40, M, arm="cetuximab/TC"), R("PFS", 4.24, M, arm="TC"),
        R("HR", 0.902, None, 0.761, 1.069, 95, "cetuximab/TC", versus="TC", endpoint="PFS"),
        R("OS", 9.69, M, arm="cetuximab/TC"), R("OS", 8.38, M, arm="TC"),
        R("HR", 0.890, None, 0.754, 1.051, 95, "cetuximab/TC", versus="TC", endpoint="OS"),
        R("ORR", 25.7, "%", arm="cetuximab/TC"), R("ORR", 17.2, "%", arm="TC")]),
    ("pmid20493771", "3", "non-small-cell lung cancer",
     [("erlotinib", "erlotinib", [], 437), ("placebo", "placebo", [], 447)], [
        R("PFS", 12.3, W, arm="erlotinib"), R("PFS", 11.1, W, arm="placebo"),
        R("HR", 0.71, None, 0.62, 0.82, 95, "erlotinib", versus="placebo", endpoint="PFS")]),
    ("pmid21783417", "3", "non-small-cell lung cancer",
     [("erlotinib", "erlotinib", [], 83), ("chemotherapy", "gemcitabine", ["carboplatin"], 82)], [
        R("PFS", 13.1, M, 10.58, 16.53, 95, "erlotinib"), R("PFS", 4.6, M, 4.21, 5.42, 95, "chemotherapy"),
        R("HR", 0.16, None, 0.10, 0.26, 95, "erlotinib", versus="chemotherapy", endpoint="PFS")]),
    ("pmid22285168", "3", "non-small-cell lung cancer",
     [("erlotinib", "erlotinib", [], 86), ("standard chemotherapy", "chemotherapy", [], 87)], [
        R("PFS", 9.7, M, 8.4, 12.3, 95, "erlotinib"), R("PFS", 5.2, M, 4.5, 5.8, 95, "standard chemotherapy"),
        R("HR", 0.37, None, 0.25, 0.54, 95, "erlotinib", versus="standard chemotherapy", endpoint="PFS")]),
    ("pmid22547591", "3", "non-small-cell lung cancer",
     [("nab-PC", "nab-paclitaxel", ["carboplatin"], None), ("sb-PC", "paclitaxel", ["carboplatin"], None)], [
        R("ORR", 33, "%", arm="nab-PC"), R("ORR", 25, "%", arm="sb-PC"),
        R("RR", 1.313, None, 1.082, 1.593, 95, "nab-PC", versus="sb-PC", endpoint="ORR"),
        R("PFS", 6.3, M, arm="nab-PC"), R("PFS", 5.8, M, arm="sb-PC"),
        R("HR", 0.902, None, 0.767, 1.060, 95, "nab-PC", versus="sb-PC", endpoint="PFS"),
        R("OS", 12.1, M, arm="nab-PC"), R("OS", 11.2, M, arm="sb-PC"),
        R("HR", 0.922, None, 0.797, 1.066, 95, "nab-PC", versus="sb-PC", endpoint="OS")]),
    ("pmid23775961", "3", "non-small-cell lung cancer",
     [("P", "pemetrexed", [], None), ("CP", "carboplatin", ["pemetrexed"], None)], [
        R("ORR", 10.3, "%", arm="P"), R("ORR", 23.8, "%", arm="CP"),
        R("PFS", 2.8, M, arm="P"), R("PFS", 5.8, M, arm="CP"),
        R("HR", 0.46, None, 0.35, 0.63, 95, "CP", versus="P", endpoint="PFS"),
        R("OS", 5.3, M, arm="P"), R("OS", 9.3, M, arm="CP"),
        R("HR", 0.62, None, 0.46, 0.83, 95, "CP", versus="P", endpoint="OS"),
        R("OS rate", 21.9, "%", arm="P", timepoint="12 months"),
        R("OS rate", 40.1, "%", arm="CP", timepoint="12 months")]),
    ("pmid23835708", "3", "nonsquamous non-small-cell lung cancer",
     [("bevacizumab", "bevacizumab", [], 125), ("bevacizumab plus pemetrexed", "pemetrexed", ["bevacizumab"], 128)], [
        R("PFS", 3.7, M, arm="bevacizumab"), R("PFS", 7.4, M, arm="bevacizumab plus pemetrexed"),
        R("HR", 0.48, None, 0.35, 0.66, 95, "bevacizumab plus pemetrexed", versus="bevacizumab", endpoint="PFS")]),
    ("pmid24585722", "3", "nonsquamous nonsmall-cell lung cancer",
     [("bevacizumab", "bevacizumab", [], 125), ("bevacizumab-pemetrexed", "pemetrexed", ["bevacizumab"], 128)], [
        R("PFS", 7.4, M, arm="bevacizumab-pemetrexed"), R("PFS", 3.7, M, arm="bevacizumab"),
        R("HR", 0.57, None, 0.44, 0.75, 95, "bevacizumab-pemetrexed", versus="bevacizumab", endpoint="PFS"),
        R("OS", 17.1, M, arm="bevacizumab-pemetrexed"), R("OS", 13.2, M, arm="bevacizumab"),
        R("HR", 0.87, None, 0.63, 1.21, 95, "bevacizumab-pemetrexed", versus="bevacizumab", endpoint="OS")]),
    ("pmid24868098", None, "non-small cell lung cancer",
     [("erlotinib", "erlotinib", [], None), ("chemotherapy", "chemotherapy", [], None)], [
        R("HR", 0.34, None, 0.23, 0.49, 95, "erlotinib", versus="chemotherapy", endpoint="PFS"),
        R("ORR", 65, "%", arm="erlotinib"), R("ORR", 16, "%", arm="chemotherapy"),
        R("PFS", 10.4, M, arm="erlotinib"), R("PFS", 5.2, M, arm="chemotherapy"),
        R("HR", 0.93, None, 0.64, 1.35, 95, "erlotinib", versus="chemotherapy", endpoint="OS"),
        R("OS", 22.9, M, arm="erlotinib"), R("OS", 19.5, M, arm="chemotherapy")]),
    ("pmid25704439", "2", "squamous non-small-cell lung cancer", [(None, "nivolumab", [], 117)], [
        R("ORR", 14.5, "%", 8.7, 22.2, 95), R("DOR", None, M, 8.31, None, 95, not_reached=True),
        R("SD", 26, "%")]),
]


def write(trials, path, trial_ids=None):
    """One record per arm; a figure placed in no arm of a multi-arm trial (arm None) is on the first arm's record.
    trial_ids: a document's registry id where its text gives one (doc -> id); else trialId is null."""
    lines = []
    for doc, phase, cancer, arms, results in trials:
        labels = {a[0] for a in arms}
        for r in results:
            assert r["arm"] in labels or r["arm"] is None, (doc, r)
            assert r.get("versus") is None or r["versus"] in labels, (doc, r)
        for k, (label, drug, combination, participants) in enumerate(arms):
            own = [r for r in results if r["arm"] == label or (k == 0 and r["arm"] is None and label is not None)]
            lines.append({"doc": doc, "arm": label, "drug": drug, "combination": combination, "cancerType": cancer,
                          "phase": phase, "participants": participants,
                          "trialId": (trial_ids or {}).get(doc), "ref": None,
                          "status": None, "results": own, "source": "text"})
    with open(path, "w", encoding="utf-8") as f:
        for line in lines:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(path, len(trials), "trials,", len(lines), "records,", sum(len(t[4]) for t in trials), "results")


def main():
    write(TRIALS, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "trials.jsonl"))


if __name__ == "__main__":
    main()
