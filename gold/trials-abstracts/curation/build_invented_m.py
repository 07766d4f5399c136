"""Writes ../invented-m/trials.jsonl: the hand-made rows of the thirteenth set of invented abstracts in
../invented-m/texts (see ../README.md). Written for litmine on 2026-12-06 (session 20), after the rules for
invented-l and before any output of litmine on them was looked at, again in the cancers the earlier sets lack,
mostly haematological: chronic lymphocytic leukaemia (groups named in brackets with their counts, "FCR group", rates
at 3 years "respectively"), acute myeloid leukaemia ("azacitidine plus either venetoclax (...) or placebo (...)",
complete remission beside a composite remission, no phase named), diffuse large B-cell lymphoma (regimen acronyms
pola-R-CHP and R-CHOP, "the percentage of patients surviving without progression ... at 2 years" with bracketed CIs,
"hazard ratio for progression, relapse, or death"), cervical cancer (chemoradiotherapy in both arms, Lancet style),
urothelial cancer ("gemcitabine and either cisplatin or carboplatin (chemotherapy group)"), colorectal cancer (a
fixed-dose combination written with a hyphen, trifluridine-tipiracil, "246 in each group"), a Korean-journal single-arm
gastric cancer study ("The median PFS and OS were ... respectively") and glioblastoma (radiotherapy alone against
radiotherapy plus temozolomide, "The unadjusted hazard ratio for death in the X group was"). The composite complete
remission, first not recorded, is `CR/CRi` since 2026-12-07 (README). Not recorded: counts of responses without a share, adverse events, the patients' age limits.
Conventions as before: an arm adding an agent to a shared backbone has the added agent as its drug; an unnamed
chemotherapy (in chemoradiotherapy) is "chemotherapy" in the combination; a regimen acronym is its agents
(regimens.tsv order). Corrected after the first score: R-CHOP's drug was written as rituximab, against this
folder's convention (README: "`drug` the agent only this arm gets, else its first agent"); vincristine is the agent
only R-CHOP gets beside pola-R-CHP. Not real papers: real drug names, made-up figures. Same row format as build_trials.py.
Run: python3 build_invented_m.py
"""
import os

from build_trials import M, R, write

FCR = ["cyclophosphamide", "rituximab"]
CRT = ["chemotherapy", "radiotherapy"]

INVENTED_M = [
    ("ivm01", "3", "chronic lymphocytic leukemia",
     [("ibrutinib-rituximab group", "ibrutinib", ["rituximab"], 354), ("FCR group", "fludarabine", FCR, 175)], [
        R("PFR", 88.7, "%", arm="ibrutinib-rituximab group", timepoint="36 months"),
        R("PFR", 73.4, "%", arm="FCR group", timepoint="36 months"),
        R("HR", 0.36, None, 0.23, 0.57, 95, "ibrutinib-rituximab group", versus="FCR group", endpoint="PFS"),
        R("OS rate", 98.6, "%", arm="ibrutinib-rituximab group", timepoint="36 months"),
        R("OS rate", 91.2, "%", arm="FCR group", timepoint="36 months"),
        R("HR", 0.18, None, 0.06, 0.52, 95, "ibrutinib-rituximab group", versus="FCR group", endpoint="OS")]),
    ("ivm02", None, "acute myeloid leukemia",
     [("azacitidine-venetoclax group", "venetoclax", ["azacitidine"], 286),
      ("control group", "placebo", ["azacitidine"], 145)], [
        R("OS", 14.2, M, arm="azacitidine-venetoclax group"), R("OS", 9.8, M, arm="control group"),
        R("HR", 0.68, None, 0.53, 0.87, 95, "azacitidine-venetoclax group", versus="control group", endpoint="OS"),
        R("CR", 35.9, "%", arm="azacitidine-venetoclax group"), R("CR", 18.6, "%", arm="control group"),
        R("CR/CRi", 65.7, "%", arm="azacitidine-venetoclax group"), R("CR/CRi", 27.6, "%", arm="control group")]),
    ("ivm03", "3", "diffuse large B-cell lymphoma",
     [("pola-R-CHP", "polatuzumab vedotin", ["rituximab", "cyclophosphamide", "doxorubicin", "prednisone"], 440),
      ("R-CHOP", "vincristine", ["rituximab", "cyclophosphamide", "doxorubicin", "prednisone"], 439)], [
        R("PFR", 75.9, "%", 71.5, 79.8, 95, "pola-R-CHP", timepoint="24 months"),
        R("PFR", 69.8, "%", 65.2, 74.0, 95, "R-CHOP", timepoint="24 months"),
        R("HR", 0.74, None, 0.57, 0.96, 95, "pola-R-CHP", versus="R-CHOP", endpoint="PFS"),
        R("OS rate", 88.4, "%", arm="pola-R-CHP", timepoint="24 months"),
        R("OS rate", 88.9, "%", arm="R-CHOP", timepoint="24 months"),
        R("HR", 0.95, None, 0.67, 1.35, 95, "pola-R-CHP", versus="R-CHOP", endpoint="OS")]),
    ("ivm04", "3", "cervical cancer",
     [("pembrolizumab-chemoradiotherapy group", "pembrolizumab", CRT, 529),
      ("placebo-chemoradiotherapy group", "placebo", CRT, 531)], [
        R("PFR", 67.4, "%", arm="pembrolizumab-chemoradiotherapy group", timepoint="24 months"),
        R("PFR", 57.9, "%", arm="placebo-chemoradiotherapy group", timepoint="24 months"),
        R("HR", 0.71, None, 0.56, 0.89, 95, "pembrolizumab-chemoradiotherapy group",
          versus="placebo-chemoradiotherapy group", endpoint="PFS")]),
    ("ivm05", None, "urothelial carcinoma",
     [("enfortumab vedotin-pembrolizumab group", "enfortumab vedotin", ["pembrolizumab"], 442),
      ("chemotherapy group", "gemcitabine", ["cisplatin", "carboplatin"], 444)], [
        R("PFS", 12.3, M, arm="enfortumab vedotin-pembrolizumab group"), R("PFS", 6.5, M, arm="chemotherapy group"),
        R("HR", 0.46, None, 0.39, 0.55, 95, "enfortumab vedotin-pembrolizumab group", versus="chemotherapy group",
          endpoint="PFS"),
        R("OS", 30.8, M, arm="enfortumab vedotin-pembrolizumab group"), R("OS", 16.3, M, arm="chemotherapy group"),
        R("HR", 0.48, None, 0.39, 0.58, 95, "enfortumab vedotin-pembrolizumab group", versus="chemotherapy group",
          endpoint="OS")]),
    ("ivm06", "3", "metastatic colorectal cancer",
     [("combination group", "bevacizumab", ["trifluridine/tipiracil"], 246),
      ("trifluridine-tipiracil group", "trifluridine/tipiracil", [], 246)], [
        R("OS", 10.6, M, arm="combination group"), R("OS", 7.4, M, arm="trifluridine-tipiracil group"),
        R("HR", 0.62, None, 0.50, 0.76, 95, "combination group", versus="trifluridine-tipiracil group", endpoint="OS"),
        R("PFS", 5.4, M, arm="combination group"), R("PFS", 2.3, M, arm="trifluridine-tipiracil group"),
        R("HR", 0.45, None, 0.37, 0.55, 95, "combination group", versus="trifluridine-tipiracil group",
          endpoint="PFS")]),
    ("ivm07", "2", "gastric cancer",
     [(None, "nivolumab", ["paclitaxel"], 42)], [
        R("ORR", 45.2, "%", 29.8, 61.3, 95), R("PFS", 5.6, M, 4.1, 7.1, 95), R("OS", 13.8, M, 9.9, 17.7, 95)]),
    ("ivm08", "3", "glioblastoma",
     [("radiotherapy alone", "radiotherapy", [], 286),
      ("radiotherapy plus temozolomide", "temozolomide", ["radiotherapy"], 287)], [
        R("OS", 15.1, M, arm="radiotherapy plus temozolomide"), R("OS", 12.3, M, arm="radiotherapy alone"),
        R("HR", 0.61, None, 0.51, 0.74, 95, "radiotherapy plus temozolomide", versus="radiotherapy alone",
          endpoint="OS"),
        R("OS rate", 27.9, "%", arm="radiotherapy plus temozolomide", timepoint="24 months"),
        R("OS rate", 11.2, "%", arm="radiotherapy alone", timepoint="24 months")]),
]


def main():
    write(INVENTED_M, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "invented-m", "trials.jsonl"))


if __name__ == "__main__":
    main()
