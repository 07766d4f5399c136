"""Writes ../invented-i/trials.jsonl: the hand-made rows of the ninth set of invented abstracts in
../invented-i/texts (see ../README.md). Written for litmine on 2026-12-06 (session 19), after the rules for invented-h
and before any output of litmine on them was looked at, in styles the earlier sets lack: three metrics' figures for
two groups "respectively" in blocks; medians written as pairs "PFS/OS were 5.6/12.1 months"; "for patients receiving
X ... compared to ... for patients receiving Y" and "favouring the combination"; responses counted "in 60 (50.0%) and
43 (36.1%) patients, respectively" and "OS at 1 year"; "not significantly different (7.9 vs 6.8 months ...)", "50.5
%" with a space and a duration "in both arms" that is not recorded; lettered groups whose regimens a sentence gives
("Group A received ...") with rates "45% (group A) and 30% (group B)" and a regimen acronym; "Patients treated with X
had a longer median OS than those treated with Y"; a single arm of two agents with CIs after a colon. Not recorded:
adverse events, duration of treatment. Not real papers: real drug names, made-up figures. Same row format as
build_trials.py. Run: python3 build_invented_i.py
"""
import os

from build_trials import M, R, write

NSCLC = "non-small-cell lung cancer"
FOLFIRI = ["irinotecan", "fluorouracil", "leucovorin"]

INVENTED_I = [
    ("ivi01", "3", "squamous non-small-cell lung cancer",
     [("camrelizumab group", "camrelizumab", ["carboplatin", "paclitaxel"], 193),
      ("placebo group", "placebo", ["carboplatin", "paclitaxel"], 197)], [
        R("ORR", 64.8, "%", arm="camrelizumab group"), R("DCR", 87.6, "%", arm="camrelizumab group"),
        R("PFS", 8.5, M, arm="camrelizumab group"),
        R("ORR", 36.7, "%", arm="placebo group"), R("DCR", 84.3, "%", arm="placebo group"),
        R("PFS", 4.9, M, arm="placebo group"),
        R("OS", 27.4, M, arm="camrelizumab group"), R("OS", 15.5, M, arm="placebo group"),
        R("HR", 0.55, None, 0.40, 0.75, 95, "camrelizumab group", versus="placebo group", endpoint="OS")]),
    ("ivi02", "2", "non-small cell lung cancer",
     [("nab-P", "nab-paclitaxel", [], None), ("D", "docetaxel", [], None)], [
        R("ORR", 27.5, "%", arm="nab-P"), R("ORR", 12.5, "%", arm="D"),
        R("PFS", 5.6, M, arm="nab-P"), R("OS", 12.1, M, arm="nab-P"),
        R("PFS", 4.1, M, arm="D"), R("OS", 10.2, M, arm="D")]),
    ("ivi03", "2", "soft-tissue sarcoma",
     [("olaratumab plus doxorubicin", "olaratumab", ["doxorubicin"], 66), ("doxorubicin alone", "doxorubicin", [], 67)], [
        R("PFS", 6.6, M, arm="olaratumab plus doxorubicin"), R("PFS", 4.1, M, arm="doxorubicin alone"),
        R("HR", 0.67, None, 0.44, 1.02, 95, "olaratumab plus doxorubicin", versus="doxorubicin alone", endpoint="PFS"),
        R("OS", 26.5, M, arm="olaratumab plus doxorubicin"), R("OS", 14.7, M, arm="doxorubicin alone"),
        R("HR", 0.46, None, 0.30, 0.71, 95, "olaratumab plus doxorubicin", versus="doxorubicin alone", endpoint="OS"),
        R("ORR", 18.2, "%", arm="olaratumab plus doxorubicin"), R("ORR", 11.9, "%", arm="doxorubicin alone")]),
    ("ivi04", "2", "melanoma",
     [("nivolumab plus ipilimumab", "ipilimumab", ["nivolumab"], 120), ("nivolumab alone", "nivolumab", [], 119)], [
        R("ORR", 50.0, "%", arm="nivolumab plus ipilimumab"), R("ORR", 36.1, "%", arm="nivolumab alone"),
        R("OS rate", 78, "%", arm="nivolumab plus ipilimumab", timepoint="12 months"),
        R("OS rate", 71, "%", arm="nivolumab alone", timepoint="12 months"),
        R("PFS", 11.5, M, arm="nivolumab plus ipilimumab"), R("PFS", 6.9, M, arm="nivolumab alone"),
        R("HR", 0.74, None, 0.56, 0.98, 95, "nivolumab plus ipilimumab", versus="nivolumab alone", endpoint="PFS")]),
    ("ivi05", "3", "squamous cell carcinoma of the lung",
     [("afatinib", "afatinib", [], 398), ("erlotinib", "erlotinib", [], 397)], [
        R("PFS", 2.4, M, arm="afatinib"), R("PFS", 1.9, M, arm="erlotinib"),
        R("HR", 0.82, None, 0.68, 1.00, 95, "afatinib", versus="erlotinib", endpoint="PFS"),
        R("OS", 7.9, M, arm="afatinib"), R("OS", 6.8, M, arm="erlotinib"),
        R("HR", 0.81, None, 0.69, 0.95, 95, "afatinib", versus="erlotinib", endpoint="OS"),
        R("DCR", 50.5, "%", arm="afatinib"), R("DCR", 39.5, "%", arm="erlotinib")]),
    ("ivi06", "2", "metastatic colorectal cancer",
     [("group A", "bevacizumab", FOLFIRI, 48), ("group B", "cetuximab", FOLFIRI, 47)], [
        R("PFR", 45, "%", arm="group A", timepoint="12 months"), R("PFR", 30, "%", arm="group B", timepoint="12 months"),
        R("OS", 25.0, M, arm="group A"), R("OS", 28.7, M, arm="group B"),
        R("HR", 1.12, None, 0.71, 1.76, 95, "group A", versus="group B", endpoint="OS"),
        R("ORR", 52, "%", arm="group A"), R("ORR", 62, "%", arm="group B")]),
    ("ivi07", "3", "hepatocellular carcinoma",
     [("tremelimumab plus durvalumab", "tremelimumab", ["durvalumab"], 393), ("sorafenib", "sorafenib", [], 389)], [
        R("OS", 16.4, M, arm="tremelimumab plus durvalumab"), R("OS", 13.8, M, arm="sorafenib"),
        R("HR", 0.78, None, 0.65, 0.93, 95, "tremelimumab plus durvalumab", versus="sorafenib", endpoint="OS"),
        R("ORR", 20.1, "%", arm="tremelimumab plus durvalumab"), R("ORR", 5.1, "%", arm="sorafenib"),
        R("PFS", 3.8, M, arm="tremelimumab plus durvalumab"), R("PFS", 4.1, M, arm="sorafenib")]),
    ("ivi08", "2", "endometrial carcinoma", [(None, "lenvatinib", ["pembrolizumab"], 108)], [
        R("ORR", 38.0, "%", 28.8, 47.8, 95), R("DOR", 21.2, M), R("PFS", 7.4, M, 5.3, 8.7, 95),
        R("OS", 16.7, M, 15.0, None, 95)]),
]


def main():
    write(INVENTED_I, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "invented-i", "trials.jsonl"))


if __name__ == "__main__":
    main()
