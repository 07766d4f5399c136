"""Writes ../invented-h/trials.jsonl: the hand-made rows of the eighth set of invented abstracts in
../invented-h/texts (see ../README.md). Written for litmine on 2026-12-06 (session 19), after the rules for invented-g
and before any output of litmine on them was looked at, in styles the earlier sets lack: a Japanese-journal "median
survival time (MST)" and "response rates (RR)" of groups named by short names with "77 patients" in their brackets;
colon lists with the arms' names before their figures ("Median OS: pembrolizumab 10.3 months, chemotherapy 7.4
months") and an investigator's choice of three agents as one chemotherapy arm; a Simon two-stage single arm with "30
per cent" and time to progression in weeks; "an 8% reduction in the risk of death" beside the ratio; groups numbered
in Roman numerals with their regimens in brackets; Kaplan-Meier estimates of 2-year survival with bare CIs after a
labelled one; medians in "wk" and "v"; figures written "from 21.2% to 36.9%" (the control's first). Not recorded:
adverse events, a risk reduction in per cent, counts of responses without a per cent. Not real papers: real drug
names, made-up figures. Same row format as build_trials.py. Run: python3 build_invented_h.py
"""
import os

from build_trials import M, R, W, write

INVENTED_H = [
    ("ivh01", "3", "small-cell lung cancer",
     [("IP", "irinotecan", ["cisplatin"], 77), ("EP", "etoposide", ["cisplatin"], 77)], [
        R("OS", 12.8, M, arm="IP"), R("OS", 9.4, M, arm="EP"),
        R("OS rate", 19.5, "%", arm="IP", timepoint="24 months"), R("OS rate", 5.2, "%", arm="EP", timepoint="24 months"),
        R("ORR", 84.4, "%", arm="IP"), R("ORR", 67.5, "%", arm="EP")]),
    ("ivh02", "3", "urothelial carcinoma",
     [("pembrolizumab", "pembrolizumab", [], 270), ("chemotherapy", "chemotherapy", [], 272)], [
        R("OS", 10.3, M, arm="pembrolizumab"), R("OS", 7.4, M, arm="chemotherapy"),
        R("HR", 0.73, None, 0.59, 0.91, 95, "pembrolizumab", versus="chemotherapy", endpoint="OS"),
        R("PFS", 2.1, M, arm="pembrolizumab"), R("PFS", 3.3, M, arm="chemotherapy"),
        R("HR", 0.98, None, 0.81, 1.19, 95, "pembrolizumab", versus="chemotherapy", endpoint="PFS"),
        R("ORR", 21.1, "%", arm="pembrolizumab"), R("ORR", 11.4, "%", arm="chemotherapy")]),
    ("ivh03", "2", "soft-tissue sarcoma", [(None, "eribulin", [], 42)], [
        R("ORR", 30, "%", 16.6, 46.5, 95), R("SD", 37.5, "%"), R("TTP", 13.1, W, 8.3, 17.9, 95), R("OS", 11.2, M)]),
    ("ivh04", "3", "hepatocellular carcinoma",
     [("lenvatinib", "lenvatinib", [], 478), ("sorafenib", "sorafenib", [], 476)], [
        R("OS", 13.6, M, arm="lenvatinib"), R("OS", 12.3, M, arm="sorafenib"),
        R("HR", 0.92, None, 0.79, 1.06, 95, "lenvatinib", versus="sorafenib", endpoint="OS"),
        R("PFS", 7.4, M, arm="lenvatinib"), R("PFS", 3.7, M, arm="sorafenib"),
        R("HR", 0.66, None, 0.57, 0.77, 95, "lenvatinib", versus="sorafenib", endpoint="PFS"),
        R("ORR", 24.1, "%", arm="lenvatinib"), R("ORR", 9.2, "%", arm="sorafenib"),
        R("OR", 3.13, None, 2.15, 4.56, 95, "lenvatinib", versus="sorafenib", endpoint="ORR")]),
    ("ivh05", "2", "non-small-cell lung cancer",
     [("group I", "gefitinib", [], 60), ("group II", "pemetrexed", ["gefitinib"], 61)], [
        R("PFS", 11.9, M, arm="group I"), R("PFS", 16.2, M, arm="group II"),
        R("HR", 0.68, None, 0.48, 0.96, 95, "group II", versus="group I", endpoint="PFS"),
        R("ORR", 74, "%", arm="group I"), R("ORR", 80, "%", arm="group II")]),
    ("ivh06", None, "gastric or gastro-oesophageal junction cancer",
     [("trastuzumab plus chemotherapy", "trastuzumab", ["chemotherapy"], 298),
      ("chemotherapy alone", "chemotherapy", [], 296)], [
        R("OS", 13.5, M, 12, 16, 95, "trastuzumab plus chemotherapy"), R("OS", 11.0, M, 10, 13, 95, "chemotherapy alone"),
        R("HR", 0.75, None, 0.61, 0.92, 95, "trastuzumab plus chemotherapy", versus="chemotherapy alone", endpoint="OS"),
        R("OS rate", 28, "%", 22, 34, 95, "trastuzumab plus chemotherapy", timepoint="24 months"),
        R("OS rate", 19, "%", 14, 25, 95, "chemotherapy alone", timepoint="24 months"),
        R("ORR", 46, "%", arm="trastuzumab plus chemotherapy"), R("ORR", 35, "%", arm="chemotherapy alone")]),
    ("ivh07", "3", "liposarcoma or leiomyosarcoma",
     [("trabectedin", "trabectedin", [], 345), ("dacarbazine", "dacarbazine", [], 173)], [
        R("PFS", 17.9, W, arm="trabectedin"), R("PFS", 6.3, W, arm="dacarbazine"),
        R("HR", 0.55, None, 0.44, 0.70, 95, "trabectedin", versus="dacarbazine", endpoint="PFS"),
        R("OS", 12.4, M, arm="trabectedin"), R("OS", 12.9, M, arm="dacarbazine"),
        R("HR", 0.87, None, 0.67, 1.12, 95, "trabectedin", versus="dacarbazine", endpoint="OS"),
        R("CBR", 34, "%", arm="trabectedin"), R("CBR", 19, "%", arm="dacarbazine")]),
    ("ivh08", "3", "metastatic breast cancer",
     [("paclitaxel plus bevacizumab", "bevacizumab", ["paclitaxel"], 368), ("paclitaxel alone", "paclitaxel", [], 354)], [
        R("ORR", 36.9, "%", arm="paclitaxel plus bevacizumab"), R("ORR", 21.2, "%", arm="paclitaxel alone"),
        R("PFS", 11.8, M, arm="paclitaxel plus bevacizumab"), R("PFS", 5.9, M, arm="paclitaxel alone"),
        R("HR", 0.60, None, 0.51, 0.70, 95, "paclitaxel plus bevacizumab", versus="paclitaxel alone", endpoint="PFS"),
        R("OS", 26.7, M, arm="paclitaxel plus bevacizumab"), R("OS", 25.2, M, arm="paclitaxel alone"),
        R("HR", 0.88, None, 0.74, 1.05, 95, "paclitaxel plus bevacizumab", versus="paclitaxel alone", endpoint="OS")]),
]


def main():
    write(INVENTED_H, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "invented-h", "trials.jsonl"))


if __name__ == "__main__":
    main()
