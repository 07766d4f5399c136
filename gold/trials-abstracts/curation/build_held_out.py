"""Writes ../held-out/trials.jsonl: the hand-made rows of the held-out sample (see ../README.md), written from the
abstracts before any output of litmine on them was looked at. Same row format as build_trials.py. Run:
python3 build_held_out.py
"""
import os

from build_trials import M, R, write

HELD_OUT = [
    ("pmid10574676", None, "non-small-cell lung cancer",
     [("preresectional chemotherapy", "cisplatin", ["ifosfamide", "mitomycin"], 30),
      ("surgery alone", "surgery", [], 30)], [
        R("OS", 22, M, 13.4, 30.6, 95, "preresectional chemotherapy"),
        R("OS", 10, M, 7.4, 12.6, 95, "surgery alone")]),
    ("pmid18978563", "1/2", "non-small cell lung cancer", [(None, "carboplatin", ["radiotherapy", "paclitaxel"], 62)], [
        R("PFS", 10, M, 8.5, 17, 95), R("TTP", 15, M, 9, 50, 95), R("OS", 25, M, 18, 37, 95),
        R("PFR", 21, "%", 12, 32, 95, timepoint="60 months"),
        R("OS rate", 27, "%", 17, 39, 95, timepoint="60 months"),
        R("OS rate", 14, "%", 7, 25, 95, timepoint="120 months")]),
    ("pmid19933916", None, "non-small-cell lung cancer",
     [("chemotherapy", "cisplatin", [], None), ("observation", "observation", [], None)], [
        R("HR", 0.91, None, 0.81, 1.02, 95, "chemotherapy", versus="observation", endpoint="OS"),
        R("HR", 0.88, None, 0.78, 0.98, 95, "chemotherapy", versus="observation", endpoint="DFS")]),
    ("pmid22124104", "3", "non-small-cell lung cancer",
     [("chemotherapy plus surgery", "cisplatin", ["gemcitabine"], 129), ("surgery alone", "surgery", [], 141)], [
        R("ORR", 35.4, "%", arm="chemotherapy plus surgery"),
        R("HR", 0.70, None, 0.50, 0.97, 95, "chemotherapy plus surgery", versus="surgery alone", endpoint="PFS"),
        R("HR", 0.63, None, 0.43, 0.92, 95, "chemotherapy plus surgery", versus="surgery alone", endpoint="OS")]),
    ("pmid22949150", "3", "non-small-cell lung cancer",
     [("gemcitabine", "gemcitabine", [], None), ("erlotinib", "erlotinib", [], None),
      ("observation", "observation", [], None)], [
        R("PFS", 3.8, M, arm="gemcitabine"), R("PFS", 1.9, M, arm="observation"),
        R("HR", 0.56, None, 0.44, 0.72, 95, "gemcitabine", versus="observation", endpoint="PFS"),
        R("PFS", 2.9, M, arm="erlotinib"),
        R("HR", 0.69, None, 0.54, 0.88, 95, "erlotinib", versus="observation", endpoint="PFS")]),
    ("pmid23816960", "3", "lung adenocarcinoma",
     [("afatinib", "afatinib", [], None), ("chemotherapy", "cisplatin", ["pemetrexed"], None)], [
        R("PFS", 11.1, M, arm="afatinib"), R("PFS", 6.9, M, arm="chemotherapy"),
        R("HR", 0.58, None, 0.43, 0.78, 95, "afatinib", versus="chemotherapy", endpoint="PFS")]),
    ("pmid23981966", "2", "non-small-cell lung cancer",
     [("PCb", "carboplatin", ["pemetrexed", "radiotherapy"], 46),
      ("PC", "cisplatin", ["pemetrexed", "radiotherapy"], 52)], [
        R("OS rate", 45.4, "%", 29.5, 60.0, 95, "PCb", timepoint="24 months"),
        R("OS rate", 58.4, "%", 42.6, 71.3, 95, "PC", timepoint="24 months"),
        R("TTP", 8.8, M, 6.0, 12.6, 95, "PCb"), R("TTP", 13.1, M, 8.3, None, 95, "PC"),
        R("OS", 18.7, M, 12.9, None, 95, "PCb"), R("OS", 27.0, M, 23.2, None, 95, "PC"),
        R("ORR", 52.2, "%", arm="PCb"), R("ORR", 46.2, "%", arm="PC")]),
    ("pmid25601342", "3", "non-small-cell lung cancer",
     [("standard-dose chemoradiotherapy", "radiotherapy", ["carboplatin", "paclitaxel"], 166),
      ("high-dose chemoradiotherapy", "radiotherapy", ["carboplatin", "paclitaxel"], 121),
      ("standard-dose chemoradiotherapy and cetuximab", "cetuximab", ["radiotherapy", "carboplatin", "paclitaxel"],
       147),
      ("high-dose chemoradiotherapy and cetuximab", "cetuximab", ["radiotherapy", "carboplatin", "paclitaxel"],
       110)], [
        R("OS", 28.7, M, 24.1, 36.9, 95), R("OS", 20.3, M, 17.7, 25.0, 95),
        R("HR", 1.38, None, 1.09, 1.76, 95, endpoint="OS"),
        R("OS", 25.0, M, 20.2, 30.5, 95), R("OS", 24.0, M, 19.8, 28.6, 95),
        R("HR", 1.07, None, 0.84, 1.35, 95, endpoint="OS")]),
    ("pmid26708155", "2", "non-small-cell lung cancer", [(None, "alectinib", [], 87)], [R("ORR", 48, "%", 36, 60, 95)]),
    ("pmid26980062", None, "non-small cell lung cancer", [(None, "gefitinib", [], 106)], [
        R("ORR", 50, "%", 41, 59, 95), R("DOR", 6.0, M)]),
    ("pmid27328934", None, "non-small cell lung cancer", [(None, "crizotinib", [], 50)], [
        R("ORR", 66, "%", 51, 79, 95), R("DOR", 18.3, M), R("ORR", 72, "%", 58, 84, 95)]),
    ("pmid27825636", "2", "non-small-cell lung cancer", [(None, "cabozantinib", [], 26)], [
        R("ORR", 28, "%", 12, 49, 95)]),
    ("pmid28602779", "3", "non-small-cell lung cancer",
     [("ceritinib", "ceritinib", [], 115), ("chemotherapy", "chemotherapy", [], 116)], [
        R("PFS", 5.4, M, 4.1, 6.9, 95, "ceritinib"), R("PFS", 1.6, M, 1.4, 2.8, 95, "chemotherapy"),
        R("HR", 0.49, None, 0.36, 0.67, 95, "ceritinib", versus="chemotherapy", endpoint="PFS")]),
    ("pmid28958502", "3", "non-small-cell lung cancer",
     [("dacomitinib", "dacomitinib", [], 227), ("gefitinib", "gefitinib", [], 225)], [
        R("PFS", 14.7, M, 11.1, 16.6, 95, "dacomitinib"), R("PFS", 9.2, M, 9.1, 11.0, 95, "gefitinib"),
        R("HR", 0.59, None, 0.47, 0.74, 95, "dacomitinib", versus="gefitinib", endpoint="PFS")]),
    ("pmid29989854", "2", "lung adenocarcinoma", [(None, "trastuzumab emtansine", [], 18)], [
        R("PR", 44, "%", 22, 69, 95), R("PFS", 5, M, 3, 9, 95)]),
]

if __name__ == "__main__":
    write(HELD_OUT, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "held-out", "trials.jsonl"))
