"""Writes ../invented-y/trials.jsonl: the hand-made rows of the set of invented abstracts in ../invented-y/texts
(see ../README.md). Written blind for litmine by a helper session that had read only ANNOTATION.md section 2, the
README's section "How each abstract was read" (to the end of that file), build_trials.py and build_invented_v.py;
never litmine's code, rules, reports or output, nor the other sets' texts or gold, and litmine was not run. Not real
papers: real drug names, made-up figures (registry ids made up too). Same row format as build_trials.py, with the
registry id filled in.

Eight abstracts in the styles of 1999-2023 journals: two cooperative-group phase III chemotherapy trials written as
one unstructured paragraph (ivy01, three arms "arm I/II/III" with figures given "respectively" and two hazard ratios
against the third arm; ivy02, IC against EC with the hazard ratio given for the control against the experimental
arm), a haematological trial (ivy03, acute myeloid leukaemia: CR, CR/CRi, EFS, a 2-year EFS rate, a "not reached"
median OS, an odds ratio for CR), a randomized phase II reporting 80% CIs (ivy04, with a design hazard ratio that
is not a result), a single-arm phase II giving best responses as "n of 36 (x%)" (ivy05), a phase III whose results
paragraph gives each arm's figures in sentences of its own (ivy06, radiotherapy with or without temozolomide), a
placebo-controlled maintenance trial (ivy07, Lancet style with bare intervals) and a comparison of two schedules of
one drug with no phase named (ivy08, EudraCT id, "not reached" median and CI bound). Registry ids in ivy03-ivy05,
ivy07 (NCT) and ivy08 (EudraCT).

Decisions the conventions did not cover (or only by analogy):
- trialId: the helper's script first had a writer of its own because build_trials.write wrote null; write now takes
  the ids (trial_ids) and writes the registry id as written ("NCT00931804"; "EudraCT 2017-003215-41", the text's own spelling); null where none.
- status: null throughout (abstracts reporting results name no recruitment status), as in the other sets.
- Odds ratios are recorded like hazard ratios: metric `OR`, unit null, `endpoint` the response they compare (CR in
  ivy03, ORR in ivy04 and ivy08), `arm` the arm the ratio is for and `versus` the other (as build_trials.py does
  for a relative risk, "RR").
- Event-free survival is `EFS` (months); the 2-year event-free survival is `EFS rate` with timepoint "24 months"
  (by analogy with `OS rate`; "PFR" is only for progression-free rates).
- The share of progressive disease among best responses is recorded as `PD` (ANNOTATION.md lists PD), as are CR,
  PR, SD, ORR and DCR; figures given as "n of N (x%)" are recorded as the share x in %, never the count; they are
  shares of the evaluable patients (36) while `participants` is the 38 enrolled and treated (ivy05).
- A median duration of response given with a range (ivy05, "range, 3.7 to 14.1+") is recorded as DOR with no CI.
- Responses reported among patients with measurable disease (ivy01) or assessable for response (ivy02) are the
  evaluable population's figures and are recorded per arm.
- A median "not reached" is value null with notReached true; its CI keeps the lower bound, the "not reached" upper
  bound is null (ivy03); with no CI given, both bounds are null (ivy05, ivy08).
- "1-year"/"2-year" rates become timepoints "12 months"/"24 months"; "progression-free survival at 6 months" and
  "the 6-month progression-free (survival) rate" are PFR with "6 months".
- CI levels: in ivy04 every interval is labelled 80% or follows an 80% label in the same sentence (80); in ivy07 the
  6-month PFS rates' intervals follow "95% CI" in the same sentence after a semicolon, and are taken as 95.
- cancerType is the disease as the title names it, without stage, extent or setting words (suboptimally debulked,
  extensive-stage, advanced, recurrent or metastatic, previously untreated, elderly) and without the biomarker
  restriction given only in the methods (HER2-negative in ivy08); "malignant pleural mesothelioma" keeps
  "malignant pleural", which names the disease.
- Arm labels: the name the abstract uses for the arm's figures, without "the ... group/arm" ("GO", "control",
  "fixed-dose", "standard-dose", "sunitinib", "placebo"); in ivy06 "radiotherapy with temozolomide" and
  "radiotherapy alone" as written in the results. In ivy01 the roman-numbered arms are "arm I", "arm II", "arm III".
- drug: ivy01 arm I (paclitaxel plus cisplatin) has no agent of its own (paclitaxel is in arm II, cisplatin in arm
  III), so its first agent paclitaxel is the drug and cisplatin the combination. The radiotherapy-alone arm (ivy06)
  has no drug, so its drug is "radiotherapy" (combination empty); the other arm is temozolomide with radiotherapy in
  the combination. Both arms of the schedule comparison (ivy08) are capecitabine with an empty combination. In ivy03
  the consolidation courses (same agents as induction) add nothing; the GO arm is gemtuzumab ozogamicin with
  daunorubicin and cytarabine. In ivy07 the platinum-pemetrexed chemotherapy given before randomisation is in no
  arm's combination. Drugs are lower-case generic names.
- participants: as randomized per arm; phase null for ivy08, which names none ("randomised non-inferiority trial").
- A hazard ratio given for the control against the experimental arm ("EC relative to IC", ivy02) stays on the
  control arm's record with versus the experimental arm; in ivy01 both ratios are "compared with arm III" and are
  on arms I and II with versus "arm III"; in ivy06 "with the combination" is the temozolomide arm versus
  radiotherapy alone (PFS for "disease progression or death").
- Not recorded: toxicity, dose reductions, quality of life, follow-up (and its IQR), lone p values, treatment
  deaths, design figures (the assumed hazard ratio 0.65 and medians 3.0/4.6 months in ivy04, the 5%/20% response
  rates of ivy05's Simon design, the non-inferiority margin 1.33 in ivy08), and subgroup figures (cytogenetic risk
  in ivy03, leiomyosarcoma in ivy04, NOTCH1-mutant in ivy05, methylated MGMT in ivy06, epithelioid and
  non-epithelioid in ivy07).
Run: python3 build_invented_y.py
"""
import os

from build_trials import M, R, write

INVENTED_Y = [
    ("ivy01", "3", "ovarian carcinoma", None,
     [("arm I", "paclitaxel", ["cisplatin"], 205), ("arm II", "carboplatin", ["paclitaxel"], 203),
      ("arm III", "cyclophosphamide", ["cisplatin"], 204)], [
        R("ORR", 61, "%", arm="arm I"), R("ORR", 63, "%", arm="arm II"), R("ORR", 48, "%", arm="arm III"),
        R("CR", 27, "%", arm="arm I"), R("CR", 29, "%", arm="arm II"), R("CR", 19, "%", arm="arm III"),
        R("PFS", 16.4, M, arm="arm I"), R("PFS", 17.1, M, arm="arm II"), R("PFS", 12.9, M, arm="arm III"),
        R("OS", 34.2, M, arm="arm I"), R("OS", 35.8, M, arm="arm II"), R("OS", 25.6, M, arm="arm III"),
        R("HR", 0.72, None, 0.57, 0.90, 95, "arm I", versus="arm III", endpoint="OS"),
        R("HR", 0.69, None, 0.55, 0.87, 95, "arm II", versus="arm III", endpoint="OS")]),
    ("ivy02", "3", "small-cell lung cancer", None,
     [("IC", "irinotecan", ["carboplatin"], 114), ("EC", "etoposide", ["carboplatin"], 116)], [
        R("ORR", 68, "%", arm="IC"), R("ORR", 57, "%", arm="EC"),
        R("CR", 9, "%", arm="IC"), R("CR", 4, "%", arm="EC"),
        R("TTP", 6.1, M, arm="IC"), R("TTP", 5.4, M, arm="EC"),
        R("OS", 10.3, M, arm="IC"), R("OS", 8.7, M, arm="EC"),
        R("OS rate", 39, "%", arm="IC", timepoint="12 months"),
        R("OS rate", 11, "%", arm="IC", timepoint="24 months"),
        R("OS rate", 31, "%", arm="EC", timepoint="12 months"),
        R("OS rate", 5, "%", arm="EC", timepoint="24 months"),
        R("HR", 1.37, None, 1.05, 1.79, 95, "EC", versus="IC", endpoint="OS")]),
    ("ivy03", "3", "acute myeloid leukaemia", "NCT00931804",
     [("GO", "gemtuzumab ozogamicin", ["daunorubicin", "cytarabine"], 139),
      ("control", "daunorubicin", ["cytarabine"], 141)], [
        R("CR", 73.4, "%", arm="GO"), R("CR", 70.2, "%", arm="control"),
        R("OR", 1.17, None, 0.69, 1.98, 95, "GO", versus="control", endpoint="CR"),
        R("CR/CRi", 81.3, "%", arm="GO"), R("CR/CRi", 75.2, "%", arm="control"),
        R("EFS", 17.3, M, 13.4, 30.0, 95, "GO"), R("EFS", 9.5, M, 8.1, 12.0, 95, "control"),
        R("HR", 0.58, None, 0.43, 0.78, 95, "GO", versus="control", endpoint="EFS"),
        R("EFS rate", 40.8, "%", 32.8, 50.8, 95, "GO", timepoint="24 months"),
        R("EFS rate", 17.1, "%", 11.2, 26.1, 95, "control", timepoint="24 months"),
        R("OS", None, M, 25.4, None, 95, "GO", not_reached=True),
        R("OS", 21.8, M, 15.5, 27.4, 95, "control"),
        R("HR", 0.69, None, 0.49, 0.98, 95, "GO", versus="control", endpoint="OS")]),
    ("ivy04", "2", "soft-tissue sarcoma", "NCT02187341",
     [("GP", "pazopanib", ["gemcitabine"], 53), ("GD", "docetaxel", ["gemcitabine"], 53)], [
        R("PFS", 4.6, M, 3.9, 5.5, 80, "GP"), R("PFS", 4.1, M, 3.4, 4.4, 80, "GD"),
        R("HR", 0.82, None, 0.63, 1.06, 80, "GP", versus="GD", endpoint="PFS"),
        R("PFR", 37, "%", arm="GP", timepoint="6 months"), R("PFR", 31, "%", arm="GD", timepoint="6 months"),
        R("ORR", 15, "%", arm="GP"), R("ORR", 19, "%", arm="GD"),
        R("OR", 0.76, None, 0.40, 1.40, 80, "GP", versus="GD", endpoint="ORR"),
        R("OS", 13.5, M, 11.2, 15.0, 80, "GP"), R("OS", 12.1, M, 10.4, 14.7, 80, "GD"),
        R("HR", 0.95, None, 0.72, 1.25, 80, "GP", versus="GD", endpoint="OS")]),
    ("ivy05", "2", "adenoid cystic carcinoma", "NCT03729297",
     [(None, "cabozantinib", [], 38)], [
        R("CR", 3, "%"), R("PR", 17, "%"), R("SD", 61, "%"), R("PD", 19, "%"),
        R("ORR", 19, "%", 8, 36, 95), R("DCR", 81, "%"), R("DOR", 8.3, M),
        R("PFS", 7.4, M, 5.5, 9.2, 95), R("PFR", 62, "%", 44, 75, 95, timepoint="6 months"),
        R("OS", None, M, not_reached=True), R("OS rate", 84, "%", 67, 93, 95, timepoint="12 months")]),
    ("ivy06", "3", "glioblastoma", None,
     [("radiotherapy with temozolomide", "temozolomide", ["radiotherapy"], 281),
      ("radiotherapy alone", "radiotherapy", [], 281)], [
        R("OS", 9.3, M, 8.6, 10.2, 95, "radiotherapy with temozolomide"),
        R("PFS", 5.3, M, 4.6, 6.2, 95, "radiotherapy with temozolomide"),
        R("OS rate", 37.8, "%", arm="radiotherapy with temozolomide", timepoint="12 months"),
        R("OS rate", 10.4, "%", arm="radiotherapy with temozolomide", timepoint="24 months"),
        R("OS", 7.6, M, 7.0, 8.3, 95, "radiotherapy alone"),
        R("PFS", 3.9, M, 3.5, 4.3, 95, "radiotherapy alone"),
        R("OS rate", 22.1, "%", arm="radiotherapy alone", timepoint="12 months"),
        R("OS rate", 2.8, "%", arm="radiotherapy alone", timepoint="24 months"),
        R("HR", 0.67, None, 0.56, 0.80, 95, "radiotherapy with temozolomide", versus="radiotherapy alone",
          endpoint="OS"),
        R("HR", 0.50, None, 0.41, 0.60, 95, "radiotherapy with temozolomide", versus="radiotherapy alone",
          endpoint="PFS")]),
    ("ivy07", "3", "malignant pleural mesothelioma", "NCT02815618",
     [("sunitinib", "sunitinib", [], 164), ("placebo", "placebo", [], 82)], [
        R("PFS", 5.7, M, 4.4, 6.9, 95, "sunitinib"), R("PFS", 2.8, M, 2.6, 3.5, 95, "placebo"),
        R("HR", 0.54, None, 0.40, 0.73, 95, "sunitinib", versus="placebo", endpoint="PFS"),
        R("PFR", 47, "%", 39, 55, 95, "sunitinib", timepoint="6 months"),
        R("PFR", 19, "%", 11, 29, 95, "placebo", timepoint="6 months"),
        R("OS", 14.9, M, 12.1, 17.6, 95, "sunitinib"), R("OS", 12.6, M, 9.8, 16.0, 95, "placebo"),
        R("HR", 0.86, None, 0.63, 1.18, 95, "sunitinib", versus="placebo", endpoint="OS"),
        R("ORR", 6, "%", arm="sunitinib"), R("ORR", 1, "%", arm="placebo")]),
    ("ivy08", None, "breast cancer", "EudraCT 2017-003215-41",
     [("fixed-dose", "capecitabine", [], 77), ("standard-dose", "capecitabine", [], 76)], [
        R("PFS", 8.4, M, 6.9, 10.1, 95, "fixed-dose"), R("PFS", 7.9, M, 6.2, 9.6, 95, "standard-dose"),
        R("HR", 0.97, None, 0.70, 1.31, 95, "fixed-dose", versus="standard-dose", endpoint="PFS"),
        R("ORR", 23, "%", arm="fixed-dose"), R("ORR", 21, "%", arm="standard-dose"),
        R("OR", 1.14, None, 0.53, 2.46, 95, "fixed-dose", versus="standard-dose", endpoint="ORR"),
        R("OS", None, M, arm="fixed-dose", not_reached=True),
        R("OS", 29.4, M, 24.1, None, 95, "standard-dose"),
        R("OS rate", 68, "%", arm="fixed-dose", timepoint="24 months"),
        R("OS rate", 61, "%", arm="standard-dose", timepoint="24 months")]),
]


def main():
    write([(doc, phase, cancer, arms, results) for doc, phase, cancer, _, arms, results in INVENTED_Y],
          os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "invented-y", "trials.jsonl"),
          trial_ids={doc: trial_id for doc, _, _, trial_id, _, _ in INVENTED_Y if trial_id})


if __name__ == "__main__":
    main()
