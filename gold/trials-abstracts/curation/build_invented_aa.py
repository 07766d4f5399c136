"""Writes ../invented-aa/trials.jsonl: the hand-made rows of the set of invented abstracts in ../invented-aa/texts
(see ../README.md). Written blind by a helper session that had read only the gold conventions (ANNOTATION.md
section 2, the README's "How each abstract was read"), build_trials.py and build_invented_v.py; it never saw the
tool's code, rules, reports or output, nor the other sets' texts, and did not run the tool. Not real papers: real drug
names, made-up figures and registry ids.

Eight abstracts, fields beyond lung cancer and styles of 1998-2023 journals (Lancet-style middle-dot decimals,
JCO, Supportive Care in Cancer, Annals of Oncology, European Journal of Cancer, British Journal of Cancer, JAMA
Oncology headings, an unstructured 1998 abstract):
ivaa01 KRd against VRd in myeloma (≥VGPR, MRD negativity, a PFS median not reached, a 3-year PFS rate, HR);
ivaa02 a paediatric Hodgkin lymphoma trial (CMR after two cycles, 3-year EFS and OS rates, HR; EudraCT);
ivaa03 an antiemetic trial (complete response per arm as n/N (x%), an odds ratio);
ivaa04 a neoadjuvant trial in triple-negative breast cancer (pCR per arm, an odds ratio, 3-year EFS rates, HR);
ivaa05 two schedules of nivolumab, arms named in brackets ([Q2W], [Q4W]), an HR with a 90% CI;
ivaa06 a three-arm "pick-the-winner" phase II (12-week progression-free rates, medians in weeks, "respectively";
ISRCTN); ivaa07 a 1990s trial whose figures are all given as "respectively", medians in weeks, no phase;
ivaa08 a single-arm phase 2 in JAMA style ("median, x months; 95% CI, a to b", DOR not reached).
Registry ids in ivaa01, 02, 05, 06 and 08 (trialId as written: "NCT…", "EudraCT 2016-…", "ISRCTN…").

Noise not recorded (the conventions): doses and schedules, dates, ages and ranges, design assumptions (assumed
medians, rates and hazard ratios, power, alpha, sample sizes, the non-inferiority margin, the selection
probability), follow-up with its IQR or range, toxicity, quality of life (PedsQL, FLIE, QLQ-C30), lone p values,
subgroup figures (high-risk cytogenetics, bulky mediastinal disease, age under 50, BRCA carriers, BRAF V600,
leiomyosarcoma, liver-only metastases, PD-L1 CPS of 1 or more, HIV status), the MRD threshold (10⁻⁵) and the
Deauville score.

Decisions the conventions did not cover:
- Event-free survival (ivaa02, ivaa04) is recorded like the DFS of build_invented_v.py: a 3-year rate as `EFS rate`
  with timepoint "36 months", its hazard ratio as `HR` with endpoint "EFS".
- Odds ratios (ivaa03, ivaa04) are recorded like the RR of pmid22547591: metric `OR`, unit None, `arm` the arm the
  ratio is for, `versus` the other, `endpoint` the response it compares ("CR", "pCR").
- The antiemetic complete response (no emesis, no rescue medication, 0-120 h; ivaa03) is recorded as `CR`, the
  trial's response endpoint, without a timepoint. The share of patients with no nausea is symptom control and is
  not recorded; nor is the FLIE (quality of life).
- In the antiemetic trial, `combination` lists the antiemetic regimen given with the arm's drug (netupitant,
  palonosetron, dexamethasone), not the emetogenic AC chemotherapy every patient received; the arm given placebo
  has `drug` "placebo" with the same combination (as the placebo arm of pmid23200175).
- A 12-week progression-free rate (ivaa06, "PFR12") is `PFR` with timepoint "12 weeks"; a 3-year PFS rate (ivaa01)
  is `PFR` with timepoint "36 months"; "Three-year overall survival" rates are `OS rate` at "36 months", a 2-year
  rate at "24 months".
- A complete metabolic response after two cycles (ivaa02) is `CMR` with no timepoint.
- A median not reached is value None with `notReached` (as pmid25704439); its lower CI bound is kept and an upper
  bound "not estimable" / "not reached" is None (ivaa01 PFS of KRd, ivaa08 DOR).
- ivaa02: ABVE-PC's `drug` is bleomycin, the agent only that arm gets (README; as DCb's carboplatin in
  pmid12837811), the other five agents in `combination`; brentuximab vedotin likewise for Bv-AVEPC. Involved-site
  radiotherapy, given only to slowly responding lesions in both arms, is not in `combination`, and the share of
  patients irradiated (47% v 58%) is not recorded. In ivaa04 surgery, given to all, is not in `combination`, and
  breast-conserving surgery rates and the completion of paclitaxel are not recorded.
- ivaa05: the pharmacokinetic geometric mean ratio with its 90% CI is not an efficacy figure and is not recorded;
  complete responses per arm are recorded as `CR`. Phase "IIIb" is "3b".
- ivaa03: `participants` are the evaluable patients per arm (150, 148), the only per-arm counts given.
- ivaa06: the arms are named "arm A", "arm B", "arm C" as the figures name them; "respectively" follows that order.
  ivaa07: "respectively" follows "raltitrexed and 5-FU/LV"; the arms are "raltitrexed" and "5-FU/LV".
- ivaa08: the disease-control share is not given, so none is recorded; SD (8 patients, 17.4%) is.
- `cancerType` is the disease as named, without stage, risk or status words ("newly diagnosed", "high-risk",
  "stage II-III", "advanced", "previously treated").
- 3-year rates without CIs (ivaa01 PFR, ivaa04 EFS rate) have null bounds; a bare interval after a labelled 95% CI in
  the same sentence (ivaa01 VRd PFS) is 95%.

Same row format as build_trials.py. Run: python3 build_invented_aa.py (it also checks its output: valid JSON lines,
every recorded number present in its text, the counts, and the word count of each text).
"""
import json
import os
import re

from build_trials import M, R, W, write

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.join(HERE, "..", "invented-aa")

RD = ["lenalidomide", "dexamethasone"]
AVEPC = ["doxorubicin", "vincristine", "etoposide", "prednisone", "cyclophosphamide"]
NEPA = ["netupitant", "palonosetron", "dexamethasone"]
M36 = "36 months"

INVENTED_AA = [
    ("ivaa01", "3", "multiple myeloma",
     [("KRd", "carfilzomib", RD, 263), ("VRd", "bortezomib", RD, 264)], [
        R("PFS", None, M, 40.1, None, 95, "KRd", not_reached=True), R("PFS", 35.2, M, 29.8, 41.5, 95, "VRd"),
        R("HR", 0.71, None, 0.55, 0.92, 95, "KRd", versus="VRd", endpoint="PFS"),
        R("PFR", 63.8, "%", arm="KRd", timepoint=M36), R("PFR", 49.5, "%", arm="VRd", timepoint=M36),
        R("≥VGPR", 81.4, "%", arm="KRd"), R("≥VGPR", 67.8, "%", arm="VRd"),
        R("MRD negativity", 37.3, "%", arm="KRd"), R("MRD negativity", 23.1, "%", arm="VRd")]),
    ("ivaa02", "3", "classical Hodgkin lymphoma",
     [("Bv-AVEPC", "brentuximab vedotin", AVEPC, 296), ("ABVE-PC", "bleomycin", AVEPC, 298)], [
        R("CMR", 78.0, "%", arm="Bv-AVEPC"), R("CMR", 63.8, "%", arm="ABVE-PC"),
        R("EFS rate", 92.6, "%", 88.9, 95.1, 95, "Bv-AVEPC", timepoint=M36),
        R("EFS rate", 82.8, "%", 77.9, 86.7, 95, "ABVE-PC", timepoint=M36),
        R("HR", 0.42, None, 0.26, 0.68, 95, "Bv-AVEPC", versus="ABVE-PC", endpoint="EFS"),
        R("OS rate", 99.3, "%", arm="Bv-AVEPC", timepoint=M36),
        R("OS rate", 98.9, "%", arm="ABVE-PC", timepoint=M36)]),
    ("ivaa03", "3", "breast cancer",
     [("olanzapine", "olanzapine", NEPA, 150), ("placebo", "placebo", NEPA, 148)], [
        R("CR", 69.3, "%", arm="olanzapine"), R("CR", 52.0, "%", arm="placebo"),
        R("OR", 2.09, None, 1.30, 3.36, 95, "olanzapine", versus="placebo", endpoint="CR")]),
    ("ivaa04", "2", "triple-negative breast cancer",
     [("PCb-AC", "carboplatin", ["paclitaxel", "doxorubicin", "cyclophosphamide"], 157),
      ("P-AC", "paclitaxel", ["doxorubicin", "cyclophosphamide"], 155)], [
        R("pCR", 55.4, "%", arm="PCb-AC"), R("pCR", 40.6, "%", arm="P-AC"),
        R("OR", 1.81, None, 1.15, 2.85, 95, "PCb-AC", versus="P-AC", endpoint="pCR"),
        R("EFS rate", 84.2, "%", arm="PCb-AC", timepoint=M36), R("EFS rate", 76.9, "%", arm="P-AC", timepoint=M36),
        R("HR", 0.67, None, 0.42, 1.08, 95, "PCb-AC", versus="P-AC", endpoint="EFS")]),
    ("ivaa05", "3b", "melanoma",
     [("Q2W", "nivolumab", [], 180), ("Q4W", "nivolumab", [], 182)], [
        R("PFS", 7.4, M, 5.6, 9.9, 95, "Q2W"), R("PFS", 7.9, M, 5.8, 10.6, 95, "Q4W"),
        R("HR", 0.94, None, 0.78, 1.13, 90, "Q4W", versus="Q2W", endpoint="PFS"),
        R("ORR", 40.6, "%", arm="Q2W"), R("ORR", 42.3, "%", arm="Q4W"),
        R("CR", 11.1, "%", arm="Q2W"), R("CR", 12.6, "%", arm="Q4W"),
        R("OS rate", 61.2, "%", arm="Q2W", timepoint="24 months"),
        R("OS rate", 62.5, "%", arm="Q4W", timepoint="24 months")]),
    ("ivaa06", "2", "soft-tissue sarcoma",
     [("arm A", "pazopanib", [], 41), ("arm B", "trabectedin", [], 42), ("arm C", "gemcitabine", ["docetaxel"], 41)], [
        R("PFR", 58.5, "%", 42.1, 73.7, 95, "arm A", timepoint="12 weeks"),
        R("PFR", 45.2, "%", 29.8, 61.3, 95, "arm B", timepoint="12 weeks"),
        R("PFR", 51.2, "%", 35.1, 67.1, 95, "arm C", timepoint="12 weeks"),
        R("PFS", 19.1, W, arm="arm A"), R("PFS", 13.4, W, arm="arm B"), R("PFS", 16.0, W, arm="arm C"),
        R("OS", 48.6, W, arm="arm A"), R("OS", 51.3, W, arm="arm B"), R("OS", 44.0, W, arm="arm C"),
        R("ORR", 9.8, "%", arm="arm A"), R("ORR", 7.1, "%", arm="arm B"), R("ORR", 17.1, "%", arm="arm C")]),
    ("ivaa07", None, "colorectal cancer",
     [("raltitrexed", "raltitrexed", [], 223), ("5-FU/LV", "fluorouracil", ["leucovorin"], 216)], [
        R("ORR", 19, "%", arm="raltitrexed"), R("ORR", 17, "%", arm="5-FU/LV"),
        R("TTP", 20, W, arm="raltitrexed"), R("TTP", 22, W, arm="5-FU/LV"),
        R("OS", 44, W, arm="raltitrexed"), R("OS", 42, W, arm="5-FU/LV"),
        R("OS rate", 41, "%", arm="raltitrexed", timepoint="12 months"),
        R("OS rate", 39, "%", arm="5-FU/LV", timepoint="12 months")]),
    ("ivaa08", "2", "anal squamous cell carcinoma", [(None, "pembrolizumab", [], 46)], [
        R("ORR", 23.9, "%", 12.6, 38.8, 95), R("CR", 4.3, "%"), R("PR", 19.6, "%"), R("SD", 17.4, "%"),
        R("DOR", None, M, 6.2, None, 95, not_reached=True),
        R("PFS", 2.3, M, 2.0, 4.1, 95), R("OS", 11.9, M, 8.7, 17.3, 95),
        R("OS rate", 47.8, "%", timepoint="12 months")]),
]

TRIAL_IDS = {
    "ivaa01": "NCT03729804",
    "ivaa02": "EudraCT 2016-003125-57",
    "ivaa05": "NCT03204825",
    "ivaa06": "ISRCTN36287914",
    "ivaa08": "NCT02919969",
}


def check(path):
    """Valid JSON lines, the counts, each recorded number (value, CI bounds, participants) and registry id present in
    its text, and 180-350 words per text."""
    with open(path, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    assert len(rows) == sum(len(t[3]) for t in INVENTED_AA), len(rows)
    assert sum(len(r["results"]) for r in rows) == sum(len(t[4]) for t in INVENTED_AA)
    for doc, _, _, arms, results in INVENTED_AA:
        with open(os.path.join(SET, "texts", doc + ".txt"), encoding="utf-8") as f:
            text = f.read()
        words = len(text.split())
        assert 180 <= words <= 350, (doc, words)
        numbers = {float(n) for n in re.findall(r"\d+(?:\.\d+)?", text.replace("·", "."))}
        for r in results:
            for key in ("value", "ciLow", "ciHigh"):
                if r[key] is not None:
                    assert float(r[key]) in numbers, (doc, r)
        for arm in arms:
            if arm[3] is not None:
                assert float(arm[3]) in numbers, (doc, arm)
        if doc in TRIAL_IDS:
            assert TRIAL_IDS[doc] in text, doc
        print(doc, words, "words,", len(arms), "arms,", len(results), "results")
    assert len({r["doc"] for r in rows}) == len(INVENTED_AA) == 8
    print("check passed:", len(INVENTED_AA), "abstracts,", len(rows), "records,",
          sum(len(r["results"]) for r in rows), "results")


def main():
    path = os.path.join(SET, "trials.jsonl")
    write(INVENTED_AA, path, TRIAL_IDS)
    check(path)


if __name__ == "__main__":
    main()
