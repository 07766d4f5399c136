#!/usr/bin/env python3
"""Builds litmine's entity lexicons from Reach's bioresources and the curated lists beside this script.

    python3 annotators/lexicon-sources/build_lexicons.py [--jar PATH] [--out DIR] [--report]

Inputs (Python 3 standard library only, deterministic):
  * the bioresources 1.1.24 jar (default ~/.m2/repository/org/clulab/bioresources/1.1.24/): hgnc.tsv.gz,
    hms-drugs.tsv.gz, ner_stoplist.txt, uniprot-kinases.txt.gz and uniprot-proteins.tsv.gz (the last two for --report);
  * curated lists in this folder: gene_symbols.tsv, gene_surfaces_extra.tsv, gene_alias_stoplist.txt,
    english_words.txt (frozen by make_english_words.py), families.tsv, class_targets.tsv, drug_classes.tsv,
    drugs_curated.tsv, hms_drugs_map.tsv, cancers_curated.tsv.
Outputs (sorted, UTF-8 TSV ``surface<TAB>id[|id...][<TAB>cs]``) in
annotators/src/main/resources/org/litmine/annotators/lexicons/: genes.tsv, families.tsv, class_targets.tsv,
drug_classes.tsv, drugs.tsv, cancers.tsv.

Keys are compared with the same normalization as org.litmine.annotators.lexicon.KeyNormalizer (NFKC, dashes to '-',
Greek letters spelled out, whitespace collapsed, lowercased unless case-sensitive). The build fails on a surface whose
key maps to two different id sets inside one file.
"""
import argparse
import collections
import datetime
import gzip
import io
import os
import re
import sys
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_JAR = os.path.expanduser(
    "~/.m2/repository/org/clulab/bioresources/1.1.24/bioresources-1.1.24.jar")
DEFAULT_OUT = os.path.normpath(os.path.join(
    HERE, "..", "src", "main", "resources", "org", "litmine", "annotators", "lexicons"))
KB = "org/clulab/reach/kb/"

GREEK = "αβγδεκλμστωΑΒΓΔΕΚΛΜΣΤΩ"
GREEK_NAMES = ["alpha", "beta", "gamma", "delta", "epsilon", "kappa", "lambda", "mu", "sigma", "tau", "omega"] * 2
DASHES = "\u2010\u2011\u2012\u2013\u2212"


def key(surface, cs):
    """The lookup key of a surface, exactly as KeyNormalizer.key builds it."""
    s = unicodedata.normalize("NFKC", surface)
    out = []
    space = False
    for c in s:
        g = GREEK.find(c)
        if g >= 0:
            out.append(GREEK_NAMES[g])
            space = False
        elif c in DASHES:
            out.append("-")
            space = False
        elif c.isspace():
            if not space and out:
                out.append(" ")
            space = True
        else:
            out.append(c)
            space = False
    k = "".join(out).strip()
    return k if cs else k.lower()


def compact(s):
    """A code name reduced to lowercase letters and digits: 'BMS-754807' -> 'bms754807'."""
    return re.sub(r"[^0-9a-z]", "", key(s, False))


def read_rows(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            yield n, line.split("\t")


def read_words(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return {l.strip().lower() for l in f if l.strip() and not l.startswith("#")}


class Jar:
    def __init__(self, path):
        self.zip = zipfile.ZipFile(path)

    def text(self, name):
        data = self.zip.read(KB + name)
        if name.endswith(".gz"):
            data = gzip.decompress(data)
        return data.decode("utf-8")

    def tsv(self, name):
        for line in io.StringIO(self.text(name)):
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 2 and cols[0] and not cols[0].startswith("#"):
                yield cols


class Lexicon:
    """Rows surface -> (ids, cs); refuses a second, different id set for the same key."""

    def __init__(self, name):
        self.name = name
        self.rows = {}  # (key, cs) -> (surface, ids tuple)
        self.conflicts = []

    def add(self, surface, ids, cs=False, override=False):
        surface = re.sub(r"\s+", " ", surface).strip()
        ids = tuple(dict.fromkeys(i for i in ids if i))
        if not surface or not ids:
            raise ValueError(f"{self.name}: empty surface or id in {surface!r} -> {ids!r}")
        k = (key(surface, cs), cs)
        old = self.rows.get(k)
        if old and old[1] != ids and not override:
            self.conflicts.append((surface, old[1], ids))
            return
        if old and not override:
            return
        self.rows[k] = (surface, ids)

    def remove_key(self, k):
        self.rows.pop(k, None)

    def has(self, surface):
        return (key(surface, True), True) in self.rows or (key(surface, False), False) in self.rows

    def check(self):
        """A case-sensitive row and a case-insensitive row may share letters only with the same ids."""
        ci = {k: v for (k, cs), v in self.rows.items() if not cs}
        for (k, cs), (surface, ids) in self.rows.items():
            if cs and k.lower() in ci and ci[k.lower()][1] != ids:
                self.conflicts.append((surface, ci[k.lower()][1], ids))
        if self.conflicts:
            for c in self.conflicts:
                print(f"CONFLICT {self.name}: {c[0]!r} {'|'.join(c[1])} vs {'|'.join(c[2])}", file=sys.stderr)
            raise SystemExit(f"{self.name}: {len(self.conflicts)} conflicting surfaces")

    def write(self, out_dir, header):
        self.check()
        lines = sorted(
            (surface + "\t" + "|".join(ids) + ("\tcs" if cs else ""))
            for (k, cs), (surface, ids) in self.rows.items())
        with open(os.path.join(out_dir, self.name), "w", encoding="utf-8", newline="\n") as f:
            for h in header:
                f.write("# " + h + "\n")
            f.write("# Regenerate: python3 annotators/lexicon-sources/build_lexicons.py "
                    "(see annotators/lexicon-sources/ and lexicons/README.md). Do not edit by hand.\n")
            f.write("# Format: surface<TAB>id[|id...][<TAB>cs]; cs = match letter case exactly.\n")
            for line in lines:
                f.write(line + "\n")
        return len(lines)


def parse_cs(surface):
    if surface.endswith(" [cs]"):
        return surface[:-5], True
    return surface, False


def simple_lexicon(name, source, header, out_dir):
    lex = Lexicon(name)
    for n, cols in read_rows(source):
        if len(cols) < 2 or not cols[0] or not cols[1]:
            raise SystemExit(f"{source} line {n}: expected surface<TAB>id[<TAB>cs]")
        lex.add(cols[0], cols[1].split("|"), len(cols) > 2 and cols[2] == "cs")
    return lex, lex.write(out_dir, header)


# ---------------------------------------------------------------- genes

JUNK_ALIAS = re.compile(
    r"^(MGC|FLJ|KIAA|DKFZ|HSPC|LOC|PRO\d|CGI-|RP\d+-|CTD-|D\d+S\d+|C\d+orf\d+|CT\d+$|hCG_|bA\d|dJ\d)", re.I)
GENE_WORD = re.compile(r"protein|kinase|receptor|factor|oncogene|homolog|ase\b|ase |antigen|ligand|subunit|"
                       r"channel|transporter|domain|family|member|binding|finger|inhibitor|substrate|adaptor|"
                       r"regulat|associated|related|dependent|activat|signal|cadherin|integrin|cyclin", re.I)
DISEASE = re.compile(r"\b(disease|syndrome|deficiency|dystrophy|anemia|ataxia(?! telangiectasia)|"
                     r"carcinoma|cancer|leukemia|lymphoma|sarcoma|tumor|tumour)\b", re.I)


def is_word_like(s, english):
    return s.lower() in english


def build_genes(jar, out_dir, reserved_keys):
    english = read_words("english_words.txt")
    stop = read_words("gene_alias_stoplist.txt")
    stop |= {l.strip().lower() for l in jar.text("ner_stoplist.txt").splitlines()
             if l.strip() and not l.startswith("#")}

    ids_of = collections.defaultdict(set)      # surface -> HGNC ids
    surfaces_of = collections.defaultdict(set)  # HGNC id -> surfaces
    for cols in jar.tsv("hgnc.tsv.gz"):
        s, i = cols[0].strip(), cols[1].strip()
        ids_of[s].add(i)
        surfaces_of[i].add(s)

    chosen = {}  # HGNC id -> symbol
    for n, cols in read_rows("gene_symbols.tsv"):
        sym = cols[0]
        if len(cols) > 2 and cols[2]:
            hid = cols[2]
        else:
            cand = ids_of.get(sym, set())
            if len(cand) != 1:
                raise SystemExit(f"gene_symbols.tsv line {n}: {sym} has {len(cand)} HGNC ids; give the numeric id")
            hid = next(iter(cand))
        if sym not in surfaces_of[hid] and not any(s.upper() == sym for s in surfaces_of[hid]):
            print(f"note: {sym} (HGNC {hid}) is newer than the 2016 table; kept with the table's surfaces",
                  file=sys.stderr)
        if hid in chosen and chosen[hid] != sym:
            raise SystemExit(f"gene_symbols.tsv line {n}: HGNC {hid} already chosen as {chosen[hid]}")
        chosen[hid] = sym
    symbols = set(chosen.values())
    symbol_keys = {key(s, False) for s in symbols}

    extras = []
    for n, cols in read_rows("gene_surfaces_extra.tsv"):
        if len(cols) < 2 or not cols[1]:
            raise SystemExit(f"gene_surfaces_extra.tsv line {n}: expected surface<TAB>symbol[|symbol][<TAB>cs]")
        for g in cols[1].split("|"):
            if g not in symbols:
                raise SystemExit(f"gene_surfaces_extra.tsv line {n}: {g} is not in gene_symbols.tsv")
        extras.append((cols[0], cols[1].split("|"), len(cols) > 2 and cols[2] == "cs"))
    extra_keys = {key(s, False) for s, _, _ in extras}

    lex = Lexicon("genes.tsv")
    dropped = collections.Counter()
    # surfaces shared by two chosen genes: kept only for the gene whose approved symbol they are
    owners = collections.defaultdict(set)
    for hid, sym in chosen.items():
        for s in surfaces_of[hid] | {sym}:
            owners[key(s, False)].add(sym)

    for hid, sym in sorted(chosen.items(), key=lambda x: x[1]):
        for s in sorted(surfaces_of[hid] | {sym}):
            k = key(s, False)
            is_symbol = s == sym
            if k in extra_keys:
                dropped["given in extras"] += 1
                continue
            if k in reserved_keys:
                dropped["family/drug/cancer name"] += 1
                continue
            if k in stop:
                dropped["stoplist"] += 1
                continue
            if not is_symbol:
                if k in symbol_keys:
                    dropped["another chosen gene's symbol"] += 1
                    continue
                if len(owners[k]) > 1:
                    dropped["shared by chosen genes"] += 1
                    continue
                if len(ids_of.get(s, ())) > 1:
                    dropped["shared with another HGNC gene"] += 1
                    continue
                if len(s) <= 3 or not re.search(r"[A-Za-z]", s) or s.startswith("(") \
                        or re.search(r"\d[ -]?k[dD]a?\b", s):
                    dropped["3 characters or fewer / no letters / fragment"] += 1
                    continue
                if JUNK_ALIAS.search(s):
                    dropped["clone or locus code"] += 1
                    continue
                if DISEASE.search(s) and not GENE_WORD.search(s):
                    dropped["disease name"] += 1
                    continue
                words = s.split()
                if " " not in s and is_word_like(s, english):
                    dropped["English word"] += 1
                    continue
                if len(words) > 1 and s == s.lower() and not re.search(r"\d", s) \
                        and not GENE_WORD.search(s) and all(w.strip("(),-") in english for w in words):
                    dropped["phrase of English words (name fragment)"] += 1
                    continue
            cs = len(s) <= 3 or is_word_like(s, english)
            lex.add(s, [sym], cs)
    for s, _, _ in extras:  # curated spellings replace whatever HGNC gave for the same letters
        lex.remove_key((key(s, False), False))
        lex.remove_key((key(s, True), True))
    for s, genes, cs in extras:
        lex.add(s, genes, cs)
    n = lex.write(out_dir, [
        "Gene and protein surfaces -> HGNC approved symbol(s).",
        f"Origin: HGNC table of org.clulab:bioresources:1.1.24 (hgnc.tsv.gz, 2016) for {len(chosen)} genes chosen in "
        "lexicon-sources/gene_symbols.tsv (cancer signalling, pharmacology, human kinome), filtered; plus "
        "hand-curated literature spellings (gene_surfaces_extra.tsv). Built " + BUILD_DATE + "."])
    return lex, n, len(chosen), dropped, chosen


def kinase_report(jar, chosen_symbols):
    kin = set(jar.text("uniprot-kinases.txt.gz").split())
    names = collections.defaultdict(list)
    for cols in jar.tsv("uniprot-proteins.tsv.gz"):
        if len(cols) > 2 and cols[2] == "Homo sapiens" and cols[1] in kin:
            names[cols[1]].append(cols[0])
    missing = [(a, n) for a, n in sorted(names.items()) if not any(x in chosen_symbols for x in n)]
    print(f"report: {len(names)} human UniProt 'kinase' entries, {len(missing)} without a chosen symbol")
    for a, n in missing:
        print("  ", a, "; ".join(sorted(n)[:6]))


# ---------------------------------------------------------------- drugs

def code_variants(surface):
    """'BMS-754807' -> BMS-754807, BMS754807, BMS 754807; names without digits are returned alone."""
    out = [surface]
    if not re.search(r"\d", surface) or not re.search(r"[A-Za-z]", surface) or len(surface.split()) > 2:
        return out
    m = re.fullmatch(r"([A-Za-z]+)[- ]?(\d[\w,.\-]*)", surface)
    if m:
        head, tail = m.groups()
        out += [head + "-" + tail, head + tail, head + " " + tail]
    return list(dict.fromkeys(out))


def build_drugs(jar, out_dir):
    lex = Lexicon("drugs.tsv")
    by_compact = {}
    curated_ids = set()
    for n, cols in read_rows("drugs_curated.tsv"):
        did = cols[0].strip()
        if not did:
            raise SystemExit(f"drugs_curated.tsv line {n}: empty id")
        curated_ids.add(did)
        surfaces = [did] + [s for s in (cols[1].split("|") if len(cols) > 1 else []) if s]
        for raw in surfaces:
            s, cs = parse_cs(raw)
            for v in code_variants(s):
                lex.add(v, [did], cs)
            c = compact(s)
            if len(c) >= 4:
                by_compact.setdefault(c, did)
    hms_map = {}
    hms_globs = []
    for n, cols in read_rows("hms_drugs_map.tsv"):
        if cols[0].endswith("*"):
            hms_globs.append((cols[0][:-1], cols[1]))
        else:
            hms_map[cols[0]] = cols[1]
    hms_count = 0
    for cols in jar.tsv("hms-drugs.tsv.gz"):
        name = cols[0].strip()
        did = hms_map.get(name)
        if did is None:
            did = next((d for p, d in hms_globs if name.startswith(p)), None)
        if did is None:
            did = by_compact.get(compact(name))
        if did is None:
            did = compact(name) if re.search(r"\d", name) else key(name, False)
        if did == "-":
            continue
        hms_count += 1
        for v in code_variants(name):
            if not lex.has(v):
                lex.add(v, [did], False)
        if not lex.has(did):
            lex.add(did, [did], False)
    n = lex.write(out_dir, [
        "Named drugs -> normalized drug id (lowercase INN; code names without an INN lowercased, punctuation removed).",
        "Origin: hand-curated list (drugs_curated.tsv: approved anticancer drugs, clinical and tool compounds, "
        f"code names, common brands) plus HMS LINCS small molecules of org.clulab:bioresources:1.1.24 "
        f"(hms-drugs.tsv.gz, {hms_count} kept; hms_drugs_map.tsv). Built " + BUILD_DATE + "."])
    return lex, n


# ---------------------------------------------------------------- cancers

PLURALS = [("cancer", "cancers"), ("carcinoma", "carcinomas"), ("tumor", "tumors"), ("tumour", "tumours"),
           ("sarcoma", "sarcomas"), ("lymphoma", "lymphomas"), ("leukemia", "leukemias")]


def build_cancers(out_dir):
    lex = Lexicon("cancers.tsv")
    for n, cols in read_rows("cancers_curated.tsv"):
        if len(cols) != 2:
            raise SystemExit(f"cancers_curated.tsv line {n}: expected name<TAB>surface|surface")
        name = cols[0]
        surfaces = [name] + cols[1].split("|")
        for raw in surfaces:
            s, cs = parse_cs(raw)
            lex.add(s, [name], cs)
            if not cs:
                for sing, plur in PLURALS:
                    if s.endswith(" " + sing) or s == sing:
                        lex.add(s[: -len(sing)] + plur, [name], False)
    return lex, lex.write(out_dir, [
        "Cancer types -> normalized lowercase name.",
        "Origin: hand-curated from general oncology knowledge (cancers_curated.tsv). Built " + BUILD_DATE + "."])


BUILD_DATE = ""


def main():
    global BUILD_DATE
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--jar", default=DEFAULT_JAR)
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--date", default=os.environ.get("LEXICON_DATE", "2025"),
                    help="date written into the headers (fixed so that rebuilding is byte-identical)")
    ap.add_argument("--report", action="store_true", help="list UniProt human kinases not covered")
    args = ap.parse_args()
    BUILD_DATE = args.date
    os.makedirs(args.out, exist_ok=True)
    jar = Jar(args.jar)

    counts = {}
    fam, counts["families.tsv"] = simple_lexicon("families.tsv", "families.tsv", [
        "Family, complex and pathway names that are not one gene -> lowercase family id.",
        "Origin: hand-curated (lexicon-sources/families.tsv). Built " + BUILD_DATE + "."], args.out)
    _, counts["class_targets.tsv"] = simple_lexicon("class_targets.tsv", "class_targets.tsv", [
        "Targets that drug classes are named after -> class id '<target> inhibitor' (ANNOTATION.md 1); "
        "every IGF-IR target -> anti-igf1r; HER2/ErbB2 -> her2 inhibitor.",
        "Origin: hand-curated (lexicon-sources/class_targets.tsv). Built " + BUILD_DATE + "."], args.out)
    _, counts["drug_classes.tsv"] = simple_lexicon("drug_classes.tsv", "drug_classes.tsv", [
        "Drug classes written whole (not '<target> <head>') -> class id as in class_targets.tsv.",
        "Origin: hand-curated (lexicon-sources/drug_classes.tsv). Built " + BUILD_DATE + "."], args.out)
    drugs, counts["drugs.tsv"] = build_drugs(jar, args.out)
    cancers, counts["cancers.tsv"] = build_cancers(args.out)
    reserved = {k for (k, cs) in list(fam.rows) + list(drugs.rows) + list(cancers.rows)}
    reserved |= {k.lower() for k in reserved}
    _, counts["genes.tsv"], n_genes, dropped, chosen = build_genes(jar, args.out, reserved)

    for f, c in counts.items():
        print(f"{f}: {c} surfaces")
    print(f"genes: {n_genes} chosen; HGNC surfaces dropped: " +
          ", ".join(f"{k} {v}" for k, v in sorted(dropped.items())))
    if args.report:
        kinase_report(jar, set(chosen.values()))


if __name__ == "__main__":
    main()
