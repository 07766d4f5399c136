"""Writes ../invented-z/trials.jsonl: the hand-made rows of the set of invented abstracts in ../invented-z/texts
(see ../README.md). Written blind by a helper session that had read only the gold conventions (ANNOTATION.md section 2,
the README's "How each abstract was read"), build_trials.py and build_invented_v.py; it never saw the tool's code,
rules, reports or output, nor the other sets' texts, and did not run the tool. Not real papers: real drug names,
made-up figures and registry ids.

Eight abstracts of cancer trials (enrolment from 1998 to 2018) in the styles of journals: JCO (Purpose / Patients and Methods / Results /
Conclusion), Lancet Oncology (Background / Methods / Findings / Interpretation, middle-dot decimals "0·42"), NEJM
(upper-case headings), British Journal of Cancer ("mg m⁻²") and unstructured single paragraphs. Kinds: a two-arm
phase III of two regimens defined by acronyms (XELOX, XP) with median PFS/OS and HRs with 95% CIs and P values
(ivz01); a three-arm randomised phase II of three starting doses of cabozantinib, figures given "respectively"
(ivz02); a randomised phase 2 with responses as "35/44 (80%; 90% CI 67-88)" and a PFS CI open at the top
("14·7-not reached") (ivz03); a single-arm phase II with ORR, CR, PR, SD, disease control, a duration of response
"not reached" and an OS CI open at the top (ivz04); an AML trial with CR, CR/CRi, MRD negativity and 3-year EFS and
OS rates (ivz05); a placebo-controlled phase 3 with OS rates at 12 and 24 months and a 6-month progression-free rate
(ivz06); an immunotherapy phase III with results also given for the PD-L1 CPS >= 10 subgroup and an HR with a 98.2%
CI (ivz07); an older trial with no phase whose figures are given per arm in separate sentences ("In the IP arm ...
In the EP arm ...") and then "respectively" (ivz08). Registry ids in five (ivz01, ivz05, ivz06, ivz07 NCT/ISRCTN;
ivz02 EudraCT, kept with its "EudraCT " prefix, as written). Noise not recorded: doses (including dose-reduction
levels), dates and years, ages with ranges, design assumptions (assumed HRs, power, alpha, sample sizes), follow-up
with its IQR, toxicity and dose-reduction percentages, lone p values, the share of responses ongoing at cutoff,
the share of tumours with CPS >= 10, treatment-related deaths, and subgroup figures (diffuse-type histology,
Hürthle-cell histology, germline BRCA, prior anti-PD-(L)1 therapy, FGFR fusions, favourable-risk cytogenetics,
alpha-fetoprotein >= 400, CPS >= 10, performance status 2).

Decisions the conventions did not cover (or left open):
- ivz02: dose-defined arms are labelled by the dose as the abstract uses it for its figures ("140 mg", "100 mg",
  "60 mg"); each arm's drug is cabozantinib with an empty combination. The two HRs "compared with 60 mg" are on the
  140 mg and 100 mg records with versus "60 mg"; the bare interval "(0.40-1.09)" after the labelled 95% CI in the
  same sentence takes level 95. Disease control rates given in the same sentence after "..., respectively, and" are
  read in the same arm order.
- cancerType throughout is the disease as named, without stage, setting, treatment-status or biomarker words
  ("advanced", "metastatic", "recurrent", "extensive", "radioiodine-refractory", "platinum-sensitive",
  "FGFR-altered", "CD33-positive"); histology and site are kept ("oesophageal squamous cell carcinoma").
- ivz03: a median PFS whose CI reaches "not reached" keeps its value (17.7) with ciHigh null (no notReached flag:
  the median itself was reached). CRs given as "5/44 (11%)" are recorded as the percentage. The comparator arm is
  labelled "olaparib alone", as the abstract names it in its figures.
- ivz04: the median duration of response "not reached" is value null with notReached, ciLow 5.6, ciHigh null;
  the OS CI "9.8 to not reached" has ciHigh null. participants are the 87 patients treated.
- ivz05: event-free survival is not a convention endpoint; the "3-year EFS rate" is recorded as `EFS rate` with
  timepoint "36 months" (as `OS rate` is), and the "hazard ratio for an event or death" as HR with endpoint "EFS".
  CR and the composite CR/CRi are both recorded (the composite does not replace CR). MRD negativity after cycle 2
  is recorded per arm as `MRD negativity`. Arms are labelled "GO" and "control" ("GO group", "control group"); the
  control arm's drug is its first agent, daunorubicin. The 3-year OS rate is `OS rate` at "36 months".
- ivz06: only the trial total (567, randomised 2:1) is given, so participants are null for both arms (not derived
  from the ratio). Best supportive care, given in both arms, is not in a combination. The "6-month
  progression-free rate" is `PFR` at "6 months".
- ivz07: the control arm is called "chemotherapy" but its regimen is named (cisplatin and fluorouracil), so its drug
  is cisplatin, not "chemotherapy". The OS HR keeps its 98.2% level. All CPS >= 10 figures (OS, HR, ORR) are a
  biomarker subgroup and are not recorded on the arms. The "12-month progression-free survival rate" is `PFR` at
  "12 months"; the median durations of response are `DOR` per arm.
- ivz08: phase null (none named); participants are the 77 per arm as randomised, although two per arm were
  ineligible. "Median survival time" is `OS`; the "response rate" is `ORR`.
- ivz01: the grade 3-4 toxicities "respectively" and the diffuse-type HR are not recorded.
Same row format as build_trials.py. Run: python3 build_invented_z.py
"""
import json
import os
import re

from build_trials import M, R, write

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.join(HERE, "..", "invented-z")

TRIAL_IDS = {
    "ivz01": "NCT00874120",
    "ivz02": "EudraCT 2014-004718-31",
    "ivz05": "ISRCTN61538027",
    "ivz06": "NCT02217461",
    "ivz07": "NCT04198813",
}

INVENTED_Z = [
    ("ivz01", "3", "gastric or gastroesophageal junction adenocarcinoma",
     [("XELOX", "oxaliplatin", ["capecitabine"], 412), ("XP", "cisplatin", ["capecitabine"], 409)], [
        R("PFS", 6.4, M, arm="XELOX"), R("PFS", 5.7, M, arm="XP"),
        R("HR", 0.84, None, 0.72, 0.98, 95, "XELOX", versus="XP", endpoint="PFS"),
        R("OS", 12.3, M, arm="XELOX"), R("OS", 11.0, M, arm="XP"),
        R("HR", 0.89, None, 0.76, 1.04, 95, "XELOX", versus="XP", endpoint="OS"),
        R("ORR", 46, "%", arm="XELOX"), R("ORR", 41, "%", arm="XP")]),
    ("ivz02", "2", "differentiated thyroid cancer",
     [("140 mg", "cabozantinib", [], 52), ("100 mg", "cabozantinib", [], 52), ("60 mg", "cabozantinib", [], 52)], [
        R("ORR", 40, "%", 27, 55, 95, "140 mg"), R("ORR", 35, "%", 22, 49, 95, "100 mg"),
        R("ORR", 23, "%", 13, 37, 95, "60 mg"),
        R("DCR", 88, "%", arm="140 mg"), R("DCR", 85, "%", arm="100 mg"), R("DCR", 79, "%", arm="60 mg"),
        R("PFS", 11.2, M, arm="140 mg"), R("PFS", 10.9, M, arm="100 mg"), R("PFS", 7.6, M, arm="60 mg"),
        R("HR", 0.61, None, 0.37, 1.01, 95, "140 mg", versus="60 mg", endpoint="PFS"),
        R("HR", 0.66, None, 0.40, 1.09, 95, "100 mg", versus="60 mg", endpoint="PFS")]),
    ("ivz03", "2", "ovarian cancer",
     [("olaparib-cediranib", "cediranib", ["olaparib"], 44), ("olaparib alone", "olaparib", [], 46)], [
        R("PFS", 17.7, M, 14.7, None, 90, "olaparib-cediranib"),
        R("PFS", 9.0, M, 5.7, 13.1, 90, "olaparib alone"),
        R("HR", 0.42, None, 0.26, 0.68, 90, "olaparib-cediranib", versus="olaparib alone", endpoint="PFS"),
        R("ORR", 80, "%", 67, 88, 90, "olaparib-cediranib"), R("ORR", 48, "%", 35, 60, 90, "olaparib alone"),
        R("CR", 11, "%", arm="olaparib-cediranib"), R("CR", 4, "%", arm="olaparib alone")]),
    ("ivz04", "2", "urothelial carcinoma", [(None, "erdafitinib", [], 87)], [
        R("ORR", 38, "%", 28, 49, 95), R("CR", 3, "%"), R("PR", 34, "%"), R("SD", 41, "%"), R("DCR", 79, "%"),
        R("DOR", None, M, 5.6, None, 95, not_reached=True),
        R("PFS", 5.5, M, 4.2, 6.0, 95), R("OS", 13.8, M, 9.8, None, 95)]),
    ("ivz05", "3", "acute myeloid leukaemia",
     [("GO", "gemtuzumab ozogamicin", ["daunorubicin", "cytarabine"], 431),
      ("control", "daunorubicin", ["cytarabine"], 431)], [
        R("CR", 72, "%", arm="GO"), R("CR", 69, "%", arm="control"),
        R("CR/CRi", 84, "%", arm="GO"), R("CR/CRi", 80, "%", arm="control"),
        R("MRD negativity", 52, "%", arm="GO"), R("MRD negativity", 40, "%", arm="control"),
        R("EFS rate", 45, "%", 40, 50, 95, "GO", timepoint="36 months"),
        R("EFS rate", 34, "%", 29, 39, 95, "control", timepoint="36 months"),
        R("HR", 0.76, None, 0.64, 0.90, 95, "GO", versus="control", endpoint="EFS"),
        R("OS rate", 57, "%", arm="GO", timepoint="36 months"),
        R("OS rate", 51, "%", arm="control", timepoint="36 months"),
        R("HR", 0.87, None, 0.71, 1.06, 95, "GO", versus="control", endpoint="OS")]),
    ("ivz06", "3", "hepatocellular carcinoma",
     [("regorafenib", "regorafenib", [], None), ("placebo", "placebo", [], None)], [
        R("OS", 10.6, M, 9.1, 12.1, 95, "regorafenib"), R("OS", 7.8, M, 6.3, 8.8, 95, "placebo"),
        R("HR", 0.63, None, 0.50, 0.79, 95, "regorafenib", versus="placebo", endpoint="OS"),
        R("OS rate", 46, "%", arm="regorafenib", timepoint="12 months"),
        R("OS rate", 22, "%", arm="regorafenib", timepoint="24 months"),
        R("OS rate", 33, "%", arm="placebo", timepoint="12 months"),
        R("OS rate", 12, "%", arm="placebo", timepoint="24 months"),
        R("PFS", 3.1, M, arm="regorafenib"), R("PFS", 1.5, M, arm="placebo"),
        R("HR", 0.46, None, 0.37, 0.56, 95, "regorafenib", versus="placebo", endpoint="PFS"),
        R("PFR", 27, "%", arm="regorafenib", timepoint="6 months"),
        R("PFR", 8, "%", arm="placebo", timepoint="6 months"),
        R("ORR", 11, "%", arm="regorafenib"), R("ORR", 4, "%", arm="placebo"),
        R("DCR", 65, "%", arm="regorafenib"), R("DCR", 36, "%", arm="placebo")]),
    ("ivz07", "3", "oesophageal squamous cell carcinoma",
     [("pembrolizumab-chemotherapy", "pembrolizumab", ["cisplatin", "fluorouracil"], 308),
      ("chemotherapy", "cisplatin", ["fluorouracil"], 306)], [
        R("OS", 12.6, M, 11.2, 14.0, 95, "pembrolizumab-chemotherapy"),
        R("OS", 9.9, M, 8.7, 11.1, 95, "chemotherapy"),
        R("HR", 0.74, None, 0.59, 0.93, 98.2, "pembrolizumab-chemotherapy", versus="chemotherapy", endpoint="OS"),
        R("PFS", 6.2, M, arm="pembrolizumab-chemotherapy"), R("PFS", 5.5, M, arm="chemotherapy"),
        R("HR", 0.70, None, 0.59, 0.83, 95, "pembrolizumab-chemotherapy", versus="chemotherapy", endpoint="PFS"),
        R("PFR", 24, "%", arm="pembrolizumab-chemotherapy", timepoint="12 months"),
        R("PFR", 11, "%", arm="chemotherapy", timepoint="12 months"),
        R("ORR", 44.8, "%", arm="pembrolizumab-chemotherapy"), R("ORR", 30.1, "%", arm="chemotherapy"),
        R("DOR", 8.3, M, arm="pembrolizumab-chemotherapy"), R("DOR", 6.0, M, arm="chemotherapy")]),
    ("ivz08", None, "small-cell lung cancer",
     [("IP", "irinotecan", ["cisplatin"], 77), ("EP", "etoposide", ["cisplatin"], 77)], [
        R("ORR", 63, "%", 51, 74, 95, "IP"), R("CR", 9, "%", arm="IP"), R("OS", 12.4, M, arm="IP"),
        R("ORR", 58, "%", 46, 69, 95, "EP"), R("CR", 5, "%", arm="EP"), R("OS", 9.7, M, arm="EP"),
        R("OS rate", 52, "%", arm="IP", timepoint="12 months"),
        R("OS rate", 17, "%", arm="IP", timepoint="24 months"),
        R("OS rate", 37, "%", arm="EP", timepoint="12 months"),
        R("OS rate", 8, "%", arm="EP", timepoint="24 months"),
        R("TTP", 5.8, M, arm="IP"), R("TTP", 4.9, M, arm="EP")]),
]


def _num(x):
    return ("%.2f" % x).rstrip("0").rstrip(".")


def check(path):
    """Each text is 180-350 words and holds every recorded number; the output parses as JSON lines."""
    for doc, _phase, _cancer, arms, results in INVENTED_Z:
        with open(os.path.join(SET, "texts", doc + ".txt"), encoding="utf-8") as f:
            text = f.read()
        words = len(text.split())
        assert 180 <= words <= 350, (doc, words)
        flat = text.replace("·", ".").replace(",", "")
        numbers = {_num(float(n)) for n in re.findall(r"\d+(?:\.\d+)?", flat)}
        for r in results:
            for key in ("value", "ciLow", "ciHigh", "ciLevel"):
                if r.get(key) is not None:
                    assert _num(r[key]) in numbers, (doc, key, r)
        for _label, _drug, _combination, participants in arms:
            assert participants is None or _num(participants) in numbers, (doc, participants)
        if doc in TRIAL_IDS:
            assert TRIAL_IDS[doc] in text, doc
        print(doc, words, "words,", len(arms), "arms,", len(results), "figures")
    records = figures = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            records += 1
            figures += len(row["results"])
    print("read back", records, "records,", figures, "figures")


def main():
    path = os.path.join(SET, "trials.jsonl")
    write(INVENTED_Z, path, TRIAL_IDS)
    check(path)


if __name__ == "__main__":
    main()
