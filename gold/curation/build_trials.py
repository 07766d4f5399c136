"""Build gold/trials.jsonl: one record per row of Table 1 (18 rows) and Table 2 (7 rows) plus
trials reported only in the text.  Table rows are checked against the raw lines of the text file."""
import json
from body import load
raw, text, secs = load()
DOC = "hua2020-igf1r-review"

def R(metric, value, unit="%", lo=None, hi=None, arm=None, qualifier=None):
    return dict(metric=metric, value=value, unit=unit, ciLow=lo, ciHigh=hi, arm=arm, qualifier=qualifier)

def T(line, drug, comb, cancer, phase, n, tid, ref, status, results, note=None, arm=None, table=None):
    cells = raw[line-1].split("\t")
    assert len(cells) == 7, (line, cells)
    # faithful-reconstruction checks against the table cells
    assert cancer == cells[2].strip(), (line, cancer, cells[2])
    assert phase == cells[3].strip(), (line, phase)
    assert str(n) in cells[4], (line, n)
    if tid: assert tid in cells[6], (line, tid)
    if ref is not None: assert f"[{ref}]" in cells[6], (line, ref)
    else: assert "[" not in cells[6], line
    return dict(doc=DOC, arm=arm, drug=drug, combination=comb, cancerType=cancer, phase=phase,
                participants=n, trialId=tid, ref=ref, status=status, results=results, source="table",
                note=note, table=table, tableLine=line, rowText=raw[line-1].strip())

rows = [
# ---------------- Table 1 (lines 138-155): Drug | Combination | Cancer type | Phase | Participants | Response | Ref. or trial ID
T(138,"ganitumab",[],"Ewing sarcoma; desmoplastic small round cell tumors","2",38,"NCT00563680",144,None,
  [R("PR",16), R("SD",49,qualifier="> 24 weeks")], table="Table 1"),
T(139,"ganitumab",["doxorubicin","etoposide","radiotherapy"],"Metastatic Ewing sarcoma","3",330,"NCT02306161",None,"ongoing",[],
  note="Combination cell reads 'Doxorubicin, etoposide or radiotherapy'; text: ganitumab 'with chemotherapy, radiotherapy or CDK4/6 inhibitor in Ewing sarcoma (Table 1)'", table="Table 1"),
T(140,"ganitumab",["palbociclib"],"Ewing sarcoma","2",18,"NCT04129151",None,"ongoing",[],
  note="Combination cell: 'Palbociclib (CDK4/6 inhibitor)'", table="Table 1"),
T(141,"ganitumab",["dasatinib"],"Rhabdomyosarcoma","1/2",40,"NCT03041701",None,"ongoing",[],
  note="Text (twice): phase 1/2 trial of ganitumab with the Src inhibitor dasatinib in embryonal and alveolar rhabdomyosarcoma is ongoing; same trial, not a separate record", table="Table 1"),
T(142,"ganitumab",["panitumumab"],"Colorectal cancer","1/2",142,"NCT00788957",145,None,
  [R("ORR",22)], note="No improvement, compared to panitumumab plus placebo.", table="Table 1"),
T(143,"ganitumab",[],"Recurrent platinum-sensitive ovarian cancer","2",61,"NCT00719212",None,None,
  [R("ORR",1.6,"%",0,8.8,qualifier="objective response rate"), R("CBR",1.7,"%",0,8.9), R("PFS",1.94,"months",1.45,2.1)], table="Table 1"),
T(144,"ganitumab",["gemcitabine"],"Metastatic pancreatic cancer","3",640,"NCT01231347",146,None,[],
  note="No improvement on OS (no figure given).", table="Table 1"),
T(145,"ganitumab",["metformin"],"Breast cancer","2",4000,"NCT01042379",None,"ongoing",[],
  note="Participants cell: 'Estimated enrollment of 4000'. Text: 'combination of ganitumab with metformin is being tested in an ongoing I-SPY2 trial ... [155]' - the same trial (same agents, cancer, ongoing), so no separate text record; the table row itself gives no reference number.", table="Table 1"),
T(146,"figitumumab",[],"Ewing sarcoma","2",107,"NCT00560235",147,None,
  [R("PR",14.02), R("SD",23.36)], table="Table 1"),
T(147,"figitumumab",[],"Ewing sarcoma","1",16,"NCT00474760",148,None,
  [R("CR",6.25), R("PR",6.25), R("SD",37.5)], table="Table 1"),
T(148,"cixutumumab",[],"Refractory solid tumors","2",36,None,149,None,
  [R("PR",8.33), R("SD",13.89)], note="No trial ID given.", table="Table 1"),
T(149,"cixutumumab",[],"Previously treated advanced or metastatic rhabdomyosarcoma, leiomyosarcoma, adipocytic sarcoma, synovial sarcoma or Ewing family of tumors","2",113,None,150,None,
  [R("PFR",12,arm="rhabdomyosarcoma",qualifier="12-week"), R("PFR",14,arm="leiomyosarcoma",qualifier="12-week"),
   R("PFR",32,arm="adipocytic sarcoma",qualifier="12-week"), R("PFR",18,arm="synovial sarcoma",qualifier="12-week"),
   R("PFR",11,arm="Ewing family of tumors",qualifier="12-week"),
   R("PFS",6.1,"weeks",arm="rhabdomyosarcoma",qualifier="median"), R("PFS",6.0,"weeks",arm="leiomyosarcoma",qualifier="median"),
   R("PFS",12.1,"weeks",arm="adipocytic sarcoma",qualifier="median"), R("PFS",6.4,"weeks",arm="synovial sarcoma",qualifier="median"),
   R("PFS",6.4,"weeks",arm="Ewing family of tumors",qualifier="median")],
  note="Per-subtype results keep the subtype as arm. No trial ID given.", table="Table 1"),
T(150,"cixutumumab",[],"Metastatic melanoma of the eye","2",18,"NCT01413191",None,None,
  [R("CR",0), R("PR",0), R("SD",50), R("PFS",2.21,"weeks",0,23.2), R("OS",59.71,"weeks",0,109.6)], table="Table 1"),
T(151,"cixutumumab",["temsirolimus"],"Bone and soft tissue sarcoma","2",159,"NCT01016015",None,None,
  [R("PR",2.52), R("SD",61.64), R("PD",35.85)], table="Table 1"),
T(152,"mk0646",["gemcitabine","erlotinib"],"Advanced pancreatic carcinoma","1/2",45,"NCT00769483",151,None,
  [R("PFS",1.8,"months",1.8,9.7,arm="arm A"), R("PFS",1.8,"months",1.7,5.5,arm="arm B"), R("PFS",1.9,"months",1.8,5.4,arm="arm C"),
   R("OS",10.4,"months",3.9,18.9,arm="arm A"), R("OS",7.1,"months",5.2,20.0,arm="arm B"), R("OS",5.7,"months",4.0,9.5,arm="arm C")],
  note="Drug cell 'MK-0646' (never equated with dalotuzumab in this paper). Arms: A = MK plus gemcitabine, B = MK plus gemcitabine and erlotinib, C = gemcitabine and erlotinib (control). One record per table row, per ANNOTATION.md s.2; the text ('randomized clinical trial ... improvement in overall survival but not progression-free survival ... [151]') describes the same trial.", table="Table 1"),
T(153,"xentuzumab",["everolimus","exemestane"],"Breast cancer","2",100,"NCT03659136",None,"ongoing",[],
  note="Text: xentuzumab with everolimus and exemestane 'is subject to clinical trial in ER+/ErbB2- breast cancer' (covers this row and the next).", table="Table 1"),
T(154,"xentuzumab",["everolimus","exemestane"],"Breast cancer","1b/2",164,"NCT02123823",None,"active",[],
  note="Response cell: 'This trial is still active.'", table="Table 1"),
T(155,"xentuzumab",[],"Advanced solid tumors","1",21,"NCT02145741",None,"active",[], table="Table 1"),
# ---------------- Table 2 (lines 168-174)
T(168,"linsitinib",[],"Locally advanced or metastatic adrenocortical carcinoma","3",139,"NCT00924989",158,None,
  [R("OS",323,"days",256,507,arm="linsitinib"), R("OS",356,"days",249,556,arm="placebo")],
  note="Drug cell 'Linsitinib (OSI-906)'; placebo-controlled, per-arm OS kept in results.", table="Table 2"),
T(169,"linsitinib",[],"Recurrent small cell lung cancer","2",44,"NCT01533181",159,None,
  [R("SD",3.45), R("PFS",1.2,"months",1.1,1.4), R("OS",3.4,"months",1.8,5.6)],
  note="'The response to linsitinib is inferior to topotecan.' The topotecan comparator arm is given as a separate text record.", table="Table 2"),
T(170,"linsitinib",["everolimus"],"Refractory metastatic colorectal cancer","1",18,"NCT01154335",160,None,
  [R("ORR",0,qualifier="No objective responses to treatment"), R("PFS",8,"weeks",7,9), R("OS",30.6,"weeks",16.7,32.1)], table="Table 2"),
T(171,"linsitinib",[],"Metastatic prostate cancer","2",17,"NCT01533246",161,None,
  [R("PSA partial response",5.88), R("PR",10), R("SD",80), R("PD",10), R("PFS",4.7,"months",3,6.7)], table="Table 2"),
T(172,"linsitinib",["erlotinib"],"Advanced non-small cell lung cancer","2",88,"NCT01221077",None,None,[],
  note="More renal and hepatic toxicity than erlotinib alone; no PFS/OS improvement vs erlotinib alone (no figures).", table="Table 2"),
T(173,"linsitinib",[],"Gastrointestinal stromal tumors","2",20,"NCT01560260",162,None,
  [R("CBR",40,qualifier="CR + PR + SD (≥ 9 months)"), R("PFR",52,qualifier="PFS rate at 9 months"), R("OS rate",80,qualifier="OS rate at 9 months")],
  note="Cell prints '(\\geq 9 months)'. Text: 'no objective responses ... rate of 9-month clinical benefit, progression-free survival, and overall survival at 9 months was 40%, 52% and 80%'.", table="Table 2"),
T(174,"axl1717",[],"Recurrent or progressive malignant astrocytoma","1",9,"NCT00562380",163,None,
  [R("tumor response rate",44), R("SD",22.2,qualifier="for 12 months")], table="Table 2"),
]
# ---------------- trials reported only in the text
rows += [
dict(doc=DOC, arm="topotecan", drug="topotecan", combination=[], cancerType="recurrent small cell lung cancer", phase="2",
     participants=None, trialId="NCT01533181", ref=159, status=None,
     results=[R("PFS",3.0,"months",1.5,3.6,arm="topotecan",qualifier="median")], source="text",
     note="Comparator arm of the phase 2 linsitinib SCLC trial [159]; only the text gives it: 'median progression-free survival of 3.0 (95% CI 1.5–3.6) and 1.2 (95% CI 1.1–1.4) months for topotecan and linsitinib'. The linsitinib arm is the Table 2 row; trialId taken from that row (same ref [159]), the text passage itself names no registry id."),
dict(doc=DOC, arm=None, drug="figitumumab", combination=[], cancerType="Ewing sarcoma", phase=None,
     participants=311, trialId=None, ref=154, status=None,
     results=[R("CR",0.7), R("PR",11), R("SD",21)], source="text",
     note="Meta-analysis of 311 Ewing sarcoma patients pooled from multiple trials of anti-IGF-IR mAbs figitumumab, R1507 (r1507) or ganitumab (alternatives, not a combination); drug = first named agent. Kept as a record because it reports participants and response rates; not a single trial."),
dict(doc=DOC, arm=None, drug="ct707", combination=[], cancerType=None, phase="1",
     participants=None, trialId="NCT02695550", ref=49, status="ongoing", results=[], source="text",
     note="'The multikinase (FAK/IGF-IR) inhibitor CT-707 ... is subject to phase I clinical trial (clinicaltrials.gov, NCT02695550) [49]'; phase written 'I'; 'is subject to' read as ongoing; cancer type not stated."),
]
for r in rows:
    r.setdefault("table", None)
with open("/work/main/gold/trials.jsonl","w",encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False)+"\n")
print(len(rows), "trial records;", sum(r["source"]=="table" for r in rows), "table,", sum(r["source"]=="text" for r in rows), "text")
