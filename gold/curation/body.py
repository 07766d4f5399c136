"""Flatten the body text of hua2020 publisher.txt into one string with section tracking.
Captions, tables, front matter and back matter are removed so that sentences broken by a
page break (or by a figure/table placed mid-paragraph) are rejoined."""
SRC = "/work/shared/corpus/review/hua2020-igf1r-review.publisher.txt"
HEADINGS = {14: "Abstract", 20: "Introduction", 46: "IGFs and their receptors",
    60: "The biologic effects of IGFs signaling on cancer",
    64: "IGF-IR promotes tumor growth, anoikis evasion, and metastasis",
    85: "IGF-IR promotes epithelial-mesenchymal transition (EMT) and stemness",
    95: "Nuclear IGF-IR regulates gene expression",
    99: "IGF-IR promotes drug resistance in cancer therapy",
    105: "Radiotherapy and chemotherapy", 109: "Endocrine therapy",
    117: "Molecularly targeted therapy", 131: "Clinical testing of IGF-IR-targeted agents",
    180: "IGF-IR inhibitors resistance",
    184: "Compensatory secretion of growth hormone/insulin and activation of InsR",
    190: "Alternative integrin signaling",
    201: "Alternative receptor tyrosine kinases activation",
    207: "Tumor microenvironment remodeling", 211: "Conclusion and perspectives"}
SKIP = set(range(1, 14)) | {18} | set(range(26, 36)) | {38} | set(range(68, 72)) \
     | set(range(135, 158)) | set(range(165, 177)) | set(range(194, 198)) | set(range(225, 10000))

def load():
    raw = open(SRC, encoding="utf-8").read().split("\n")
    text, secs = "", []   # secs: list of (start_offset, section)
    sec = None
    for i, line in enumerate(raw, 1):
        if i in SKIP: continue
        if i in HEADINGS:
            assert line.strip() == HEADINGS[i], (i, line)
            sec = HEADINGS[i]; continue
        s = line.strip()
        if not s: continue
        if text and not text.endswith("-"): text += " "
        secs.append((len(text), sec, i))
        text += s
    return raw, text, secs

def section_at(secs, off):
    cur = None
    for start, sec, ln in secs:
        if start <= off: cur = (sec, ln)
        else: break
    return cur

if __name__ == "__main__":
    raw, text, secs = load()
    print(len(text.split()), "words in flattened body")
