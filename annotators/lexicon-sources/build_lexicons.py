#!/usr/bin/env python3
"""Builds litmine's entity lexicons from Reach's bioresources and the curated lists beside this script.

    python3 annotators/lexicon-sources/build_lexicons.py [--jar PATH] [--lexicons DIR] [--report]

Inputs (Python 3 standard library only, deterministic):
  * the bioresources 1.1.24 jar (default ~/.m2/repository/org/clulab/bioresources/1.1.24/): hgnc.tsv.gz,
    hms-drugs.tsv.gz, ner_stoplist.txt, uniprot-kinases.txt.gz and uniprot-proteins.tsv.gz (the last two for --report);
  * curated lists in this folder: gene_symbols.tsv, gene_surfaces_extra.tsv, gene_alias_stoplist.txt, hgnc_stoplist.txt,
    english_words.txt (frozen by make_english_words.py), families.tsv, class_targets.tsv, drug_classes.tsv,
    drugs_curated.tsv, hms_drugs_map.tsv, cancers_curated.tsv.
Outputs (sorted, UTF-8 TSV ``surface<TAB>id[|id...][<TAB>cs]``) in
annotators/src/main/resources/org/litmine/annotators/lexicons/: genes.tsv, families.tsv, class_targets.tsv,
drug_classes.tsv, drugs.tsv, cancers.tsv; plus hgnc_ids.tsv (approved symbol<TAB>HGNC:<id> for every HGNC gene).
genes.tsv holds the curated genes and, after them, every other HGNC gene (approved symbol inferred by infer_symbols()).

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
# The bioresources jar: $BIORESOURCES_JAR if set, else where Maven puts it (`mvn dependency:get
# -Dartifact=org.clulab:bioresources:1.1.24`; $MAVEN_REPOSITORY for a local repository other than ~/.m2/repository).
JAR_IN_REPOSITORY = "org/clulab/bioresources/1.1.24/bioresources-1.1.24.jar"
DEFAULT_JAR = os.environ.get("BIORESOURCES_JAR") or os.path.join(
    os.environ.get("MAVEN_REPOSITORY") or os.path.expanduser("~/.m2/repository"), JAR_IN_REPOSITORY)
# The committed lexicons. Every build script reads the lexicons built before it from, and writes its own to, the folder
# given by --lexicons (default this one); regenerate_lexicons.py gives them all one folder.
DEFAULT_OUT = os.path.normpath(os.path.join(
    HERE, "..", "src", "main", "resources", "org", "litmine", "annotators", "lexicons"))
KB = "org/clulab/reach/kb/"

GREEK = "αβγδεκλμστωΑΒΓΔΕΚΛΜΣΤΩ"
GREEK_NAMES = ["alpha", "beta", "gamma", "delta", "epsilon", "kappa", "lambda", "mu", "sigma", "tau", "omega"] * 2
DASHES = "\u2010\u2011\u2012\u2013\u2212"


SPELLED = r"(?i:alpha|beta|gamma|delta|epsilon|kappa|lambda|sigma|omega)"
SEPARATOR_BEFORE_GREEK = re.compile(r"(?<=[A-Za-z0-9)])[ -](?=" + SPELLED + r"(?![A-Za-z]))")
SEPARATOR_AFTER_GREEK = re.compile(r"(" + SPELLED + r")[ -](?=\d)")


def key(surface, cs):
    """The lookup key of a surface, exactly as KeyNormalizer.key builds it: spelled_out(), then a Greek name written as
    a word of its own joined to the word before it and to a number after it ("ER alpha" = "ERalpha", "beta-1" =
    "beta1"), lowercased unless case-sensitive."""
    k = spelled_out(surface)
    if re.search(SPELLED, k):
        k = SEPARATOR_AFTER_GREEK.sub(r"\1", SEPARATOR_BEFORE_GREEK.sub("", k))
    return k if cs else k.lower()


def spelled_out(surface):
    """The first steps of KeyNormalizer.key, letter case kept: NFKC, dashes unified, spaces closed around hyphens,
    Greek letters spelled out and joined to what precedes and to a number after a space, whitespace collapsed. A Greek
    name already spelled out as a word stays a word ("ganoderic acid epsilon")."""
    s = unicodedata.normalize("NFKC", surface)
    out = []
    space = False
    after_greek = False
    for i, c in enumerate(s):
        g = GREEK.find(c)
        if g >= 0:
            while out and out[-1] in " -":
                out.pop()
            out.append(GREEK_NAMES[g])
            space = False
            after_greek = True
            continue
        if c in DASHES or c == "-":
            if out and out[-1] == " ":
                out.pop()
            out.append("-")
            space = True
        elif c.isspace():
            digit_after_greek = after_greek and i + 1 < len(s) and s[i + 1].isdigit()
            if not space and out and not digit_after_greek:
                out.append(" ")
            space = True
        else:
            out.append(c)
            space = False
        after_greek = False
    return "".join(out).strip()


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


def require_jar(path):
    """The jar's path; exits naming how to fetch it when it is not there."""
    if not os.path.isfile(path):
        raise SystemExit(f"bioresources jar not found: {path}\n"
                         "  fetch it: mvn dependency:get -Dartifact=org.clulab:bioresources:1.1.24\n"
                         "  or name it: --jar PATH, or BIORESOURCES_JAR=PATH")
    return path


def lexicons_arg(ap):
    """Adds --lexicons: the folder the lexicons built before a script are read from and its own are written to."""
    ap.add_argument("--lexicons", default=DEFAULT_OUT,
                    help="folder of the lexicons: read the ones built before, write this script's (default: the "
                         "committed ones)")


class Jar:
    def __init__(self, path):
        self.zip = zipfile.ZipFile(require_jar(path))

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
# Names of pseudogenes, non-coding RNAs, readthroughs and open reading frames: no protein's name.
NOT_A_PROTEIN = re.compile(r"pseudogene|readthrough|antisense|divergent transcript|non-protein coding|"
                           r"\buncharacterized\b|\bopen reading frame\b|\bhypothetical\b", re.I)
DISEASE = re.compile(r"\b(disease|syndrome|deficiency|dystrophy|anemia|ataxia(?! telangiectasia)|"
                     r"carcinoma|cancer|leukemia|lymphoma|sarcoma|tumor|tumour)\b", re.I)


def is_word_like(s, english):
    return s.lower() in english


# An alias that is a Greek letter and a number ("BETA2", "ALPHA1", "beta-4"): text writes "β2-adrenoceptor",
# "α1", "integrin β4" with these letters, so such an alias would match the subunit or subtype of any protein.
GREEK_NUMBER = re.compile(r"(?:alpha|beta|gamma|delta|epsilon|kappa|lambda|mu|sigma|tau|omega)\d+[a-z]?")


# A participle or adjective HGNC writes after a word with a space, the literature with a hyphen:
# "peroxisome proliferator activated receptor alpha" -> "peroxisome proliferator-activated receptor alpha".
PARTICIPLE_AFTER_WORD = re.compile(r"(?<=[A-Za-z0-9]) (activated|dependent|regulated|associated|induced|gated|"
                                   r"coupled|sensitive|inducible|responsive|specific)\b")
# An enzyme's or protein's number at the end of a short name, hyphenated: "aminoacylase 1" -> "aminoacylase-1",
# "galectin 3" -> "galectin-3".
NUMBER_AFTER_NOUN = re.compile(r"^((?:\S+ ){0,2}(?!protein\b|domain\b|chain\b)[a-z]{3,}(?:ase|in)) (\d+)$")
# A receptor's type number, as pharmacology writes it: "insulin like growth factor 1 receptor" and "angiotensin II
# receptor type 1" -> "... type 1 receptor" and "... type I receptor".
RECEPTOR_NUMBER = re.compile(r"^(.{4,}?) (?:type )?([1-3]) receptor$|^(.{4,}?) receptor type ([1-3])$")
ROMAN_OF = {"1": "I", "2": "II", "3": "III"}


def spellings(surface):
    """A surface and the variants the literature writes for it: words joined by a slash in a name also spaced
    ("CCAAT/enhancer binding protein beta" -> "CCAAT enhancer binding protein beta"), "<word> binding" also
    hyphenated ("inhibitor of DNA-binding 1"), participles hyphenated ("proliferator-activated", "AMP-activated"),
    a final number hyphenated ("aminoacylase-1"), a receptor's number as its type ("insulin like growth factor 1
    receptor" -> "... type 1 receptor", "... type I receptor"), and a parenthesized Greek name unbracketed
    ("PGC-1(beta)" -> "PGC-1beta")."""
    out = [surface]
    if " " in surface:
        out.append(re.sub(r"(?<=[A-Za-z]{3})/(?=[A-Za-z]{3})", " ", surface))
        out.append(re.sub(r"(?<=[A-Za-z0-9]) binding\b", "-binding", surface))
        out.append(PARTICIPLE_AFTER_WORD.sub(r"-\1", surface))
        out.append(NUMBER_AFTER_NOUN.sub(r"\1-\2", surface))
        m = RECEPTOR_NUMBER.match(surface)
        if m:
            stem, number = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
            out += [f"{stem} type {number} receptor", f"{stem} type {ROMAN_OF[number]} receptor"]
    out.append(re.sub(r"\((alpha|beta|gamma|delta|epsilon|kappa)\)", r"\1", surface))
    return list(dict.fromkeys(out))


def is_generic_phrase(s):
    """A phrase of generic words only ("protein kinase"): a name of no one gene."""
    words = [w for w in re.split(r"[\s/,-]+", s) if w]
    return len(words) > 1 and all(w.lower() in GENERIC_WORDS or w.lower() in NAME_STOPWORDS for w in words)


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
    names = ncbi_names()  # a chosen gene's current approved name is a surface of it too ("forkhead box A2")
    for hid, sym in chosen.items():
        for s in ([names[sym]] if names.get(sym) else []) + greek_suffixed(sym, names.get(sym)):
            if s not in surfaces_of[hid]:
                surfaces_of[hid].add(s)
                ids_of[s].add(hid)
    # surfaces shared by two chosen genes: kept only for the gene whose approved symbol they are
    owners = collections.defaultdict(set)
    for hid, sym in chosen.items():
        for s in surfaces_of[hid] | {sym}:
            owners[key(s, False)].add(sym)

    for hid, sym in sorted(chosen.items(), key=lambda x: x[1]):
        for written, s in sorted((v, s) for s in surfaces_of[hid] | {sym} for v in spellings(s)):
            k = key(written, False)
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
                if GREEK_NUMBER.fullmatch(key(written, False)):
                    dropped["a Greek letter and a number"] += 1
                    continue
                if DISEASE.search(s) and not GENE_WORD.search(s):
                    dropped["disease name"] += 1
                    continue
                if is_generic_phrase(s):
                    dropped["generic words only"] += 1
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
            lex.add(written, [sym], cs)
    for s, _, _ in extras:  # curated spellings replace whatever HGNC gave for the same letters
        lex.remove_key((key(s, False), False))
        lex.remove_key((key(s, True), True))
    for s, genes, cs in extras:
        lex.add(s, genes, cs)
    n_curated_rows = len(lex.rows)
    approved, hstats = add_hgnc_genes(lex, ids_of, surfaces_of, chosen, english, stop, reserved_keys)
    write_hgnc_ids(out_dir, approved, chosen)
    print(f"gene_roots.tsv: {write_gene_roots(out_dir, approved, surfaces_of)} roots")
    n = lex.write(out_dir, [
        "Gene and protein surfaces -> HGNC approved symbol(s).",
        f"Origin: HGNC table of org.clulab:bioresources:1.1.24 (hgnc.tsv.gz, 2016). {len(chosen)} genes chosen in "
        "lexicon-sources/gene_symbols.tsv (cancer signalling, pharmacology, human kinome) with all filtered HGNC "
        f"surfaces and hand-curated literature spellings (gene_surfaces_extra.tsv, {n_curated_rows} rows, priority); "
        f"plus the other {hstats['genes with rows']} HGNC genes: approved symbol (inferred, cs), unique symbol-like "
        "aliases (cs) and unique names, filtered (see lexicons/README.md). Built " + BUILD_DATE + "."])
    return lex, n, len(chosen), dropped, chosen, hstats, n_curated_rows


# ---------------------------------------------------------------- all other HGNC genes

# A symbol-like surface: upper-case letters, digits and hyphens (HGNC style), or a C<chr>orf<n> open reading frame.
SYMBOL_LIKE = re.compile(r"^(?:[A-Z0-9][A-Z0-9-]*|C(?:\d{1,2}|X|Y)orf\d+[A-Z]?)$")
# An alias with a Greek name in brackets, as NCBI and HGNC write some: "PGC-1(beta)".
GREEK_ALIAS = re.compile(r"^[A-Z0-9][A-Z0-9-]*\((alpha|beta|gamma|delta|epsilon|kappa)\)$")
NAME_STOPWORDS = {"of", "and", "the", "a", "an", "in", "to", "for", "with", "by", "on"}
ROMAN = {"I": "1", "II": "2", "III": "3", "IV": "4", "V": "5", "VI": "6", "VII": "7", "VIII": "8", "IX": "9",
         "X": "10"}
# Names that are comma-split tails or heads of an HGNC name ("member 12", "regulatory subunit 53",
# "protein disulfide isomerase family A"), or made only of generic words, are not names of one gene.
GENERIC_WORDS = set("""
protein proteins gene genes member members family families subfamily superfamily subunit subunits chain chains
polypeptide polypeptides complex complexes group groups class type types domain domains containing like homolog
homologue homologs isoform isoforms variant variants form forms regulatory catalytic accessory structural associated
related interacting binding factor factors fragment region repeat repeats motif motifs box cluster open reading frame
frames transcript transcripts copy copies number numbered putative probable hypothetical novel unknown function
unnamed small large light heavy alpha beta gamma delta epsilon kappa lambda sigma zeta eta theta iota omega
cerevisiae pombe drosophila elegans yeast mouse human avian bovine rat murine ""
complementation activity enzyme component components site sites element elements specific dependent sequence
similarity receptor receptors kinase kinases antigen antigens cell cells transcription tissue
""".split())
TAIL_START = re.compile(r"^(member|subunit|subfamily|family|polypeptide|chain|class|group|type|isoform|"
                        r"complementation|regulatory|catalytic|accessory|noncatalytic|non-catalytic|homolog|like|"
                        r"member|variant|variable|joining|constant|box|cluster|domain|containing|and|of|with)\b", re.I)
HEAD_END = re.compile(r"\b(family|subfamily|superfamily|complex|group|class|member|subunit|cluster|"
                      r"family [A-Z0-9]{1,3}|subfamily [A-Z0-9]{1,3}|group [A-Z0-9]{1,3}|class [A-Z0-9]{1,3}|"
                      r"type [A-Z0-9]{1,3}|box [A-Z0-9/]{1,5})$", re.I)


def _name_variants(name):
    """A name with parentheticals dropped, plus its HGNC-convention rewrites: a run of one word n times becomes
    'n word' ('kinase kinase kinase' -> '3 kinase', as in MAP3K) and roman numerals become digits."""
    n = re.sub(r"\([^()]*\)", " ", name)
    out = [n]
    words = n.split()
    runs, i = [], 0
    while i < len(words):
        j = i
        while j + 1 < len(words) and words[j + 1].lower() == words[i].lower():
            j += 1
        runs.append(words[i] if j == i else f"{j - i + 1} {words[i]}")
        i = j + 1
    if len(runs) < len(words):
        out.append(" ".join(runs))
    roman = "".join(ROMAN.get(t, t) for t in re.split(r"(\W)", n))
    if roman != n:
        out.append(roman)
    return out


def _name_chars(name):
    """(lowercase alphanumeric characters with a word-start flag, number of content words). A digit after a letter,
    or a letter after a digit, starts a word."""
    n = name.lower()
    chars, prev = [], " "
    for c in n:
        if c.isalnum():
            chars.append((c, not prev.isalnum() or c.isdigit() != prev.isdigit()))
        prev = c
    words = [w for w in re.findall(r"[a-z]+|[0-9]+", n) if w not in NAME_STOPWORDS]
    return chars, max(len(words), 1)


def _abbrev_score(symbol, name_chars):
    """How well a symbol abbreviates a name: its letters and digits are aligned in order to the name's; a character
    matched at a word start scores 2, elsewhere 0.5, an unmatched one costs 2; plus 4 x the share of the name's
    words whose first character is matched."""
    chars, n_words = name_chars
    sym = [c for c in symbol.lower() if c.isalnum()]
    neg = (-1e9, 0)
    prev = [(0.0, 0)] * (len(chars) + 1)
    for c in sym:
        cur = [neg] * (len(chars) + 1)
        for j in range(len(chars) + 1):
            best = (prev[j][0] - 2, prev[j][1])
            if j:
                best = max(best, cur[j - 1])
                nc, start = chars[j - 1]
                if nc == c:
                    p = prev[j - 1]
                    best = max(best, (p[0] + (2 if start else 0.5), p[1] + (1 if start else 0)))
            cur[j] = best
        prev = cur
    score, starts = prev[-1]
    return score + 4 * min(starts, n_words) / n_words


HYPHEN_PEN = 3


def _shape_penalty(symbol):
    """HGNC symbols put no hyphen after a letter (IL6, not IL-6; HLA-, MT- and '-<n>P' pseudogenes excepted), do not
    spell Greek letters out and do not start with a digit."""
    pen = 0
    if not symbol.startswith(("HLA-", "MT-")):
        if re.search(r"[A-Z]-(?!\d+P?$)", symbol):
            pen += HYPHEN_PEN
        if re.search(r"[A-Z]-\d", symbol):
            pen += HYPHEN_PEN
    if re.search(r"ALPHA|BETA|GAMMA|DELTA|KAPPA", symbol):
        pen += 3
    if symbol[0].isdigit():  # '5-HT2C', '5HTR2C': HGNC writes HTR2C
        pen += 3
    return pen


def _symbol_abbreviates(symbol, name, strict=False):
    """True if the symbol's characters occur in order in the name (or one of its variants), its first at the name's
    start and every digit found; one letter of a symbol of 4 or more characters may be missing ("calcitonin",
    CALCA), unless `strict`. A name the symbol does not abbreviate is often a comma-split fragment ("neuronal", "skeletal muscle") or
    a family name ("aldehyde dehydrogenase" for ALDH3A1)."""
    sym = [c for c in symbol.lower() if c.isalnum()]
    for v in _name_variants(name):
        text = [c for c in v.lower() if c.isalnum()]
        if not text or not sym or text[0] != sym[0]:
            continue
        missing, j = 0, 1
        for c in sym[1:]:
            k = j
            while k < len(text) and text[k] != c:
                k += 1
            if k < len(text):
                j = k + 1
            elif c.isdigit():
                missing = 99
            else:
                missing += 1
        if missing == 0 or (missing == 1 and len(sym) >= 4 and not strict):
            return True
    return False


def ncbi_names():
    """NCBI Gene's full names (HGNC's current approved names) by symbol, a parenthetical dropped:
    "acetylcholinesterase (Cartwright blood group)" -> "acetylcholinesterase"."""
    return {cols[0]: re.sub(r"\s*\([^()]*\)\s*", " ", cols[1]).strip()
            for _, cols in read_rows("ncbi_human_symbols.tsv") if len(cols) > 1}


GREEK_INITIAL = {"alpha": "A", "beta": "B", "gamma": "G", "delta": "D", "epsilon": "E", "kappa": "K"}


def greek_suffixed(sym, name):
    """A symbol whose last letter stands for the Greek letter ending its name, written with that letter as the
    literature writes it: RARG "retinoic acid receptor gamma" -> "RARgamma" (KeyNormalizer meets "RARγ", "RAR-γ" and
    "RAR gamma" with it) and "RAR(gamma)"; GSK3B -> "GSK3beta"."""
    m = re.search(r" (alpha|beta|gamma|delta|epsilon|kappa)$", name or "")
    if not m or not sym.endswith(GREEK_INITIAL[m.group(1)]) or len(sym) < 4:
        return []
    stem = sym[:-1]
    return [stem + m.group(1), f"{stem}({m.group(1)})"]


def read_official_symbols():
    """NCBI Gene's official human symbols (= HGNC approved symbols) -> lowercase full name (ncbi_human_symbols.tsv)."""
    return {cols[0]: cols[1].lower() for _, cols in read_rows("ncbi_human_symbols.tsv")}


# An official symbol among an id's surfaces outranks any inferred one: by far if NCBI's full name for it is also one
# of the id's names (the same gene), less if only the symbol is shared (an old alias of this id may be another
# gene's symbol now; that gene then claims it with the full bonus).
OFFICIAL_WITH_NAME = 100
OFFICIAL = 50


def infer_symbols(ids_of, surfaces_of, fixed):
    """HGNC id -> approved symbol. The table does not flag the approved symbol. An NCBI official symbol among the
    id's surfaces (read_official_symbols) is taken first, preferring one whose NCBI full name is also a surface.
    Otherwise it is inferred: among each id's symbol-like surfaces (clone codes only as a last resort) take the best
    by: abbreviation score against the id's multi-word names (best name), +4 if it (or it without its trailing
    number) is a word of a name ("MET proto-oncogene"), +1 if no other id has it, minus the shape penalty; ties:
    unique, longer, then alphabetical. A symbol is given to one id only (the best-scoring; ties: lower id); `fixed`
    (curated) ids keep theirs."""
    official = read_official_symbols()
    scored = {}
    for hid in sorted(surfaces_of, key=int):
        surfaces = surfaces_of[hid]
        cands = sorted(s for s in surfaces if SYMBOL_LIKE.match(s))
        good = [s for s in cands if s in official or not JUNK_ALIAS.match(s) or re.match(r"^C(\d+|X|Y)orf\d+", s)] \
            or cands
        names = [s for s in surfaces if (" " in s or re.fullmatch(r"[a-z][a-z-]{3,}", s)) and not SYMBOL_LIKE.match(s)
                 and not re.search(r"\bfamily [0-9]+[A-Z]$", s)]
        name_chars = [_name_chars(v) for n in names for v in _name_variants(n)]
        romans = {t for n in names for t in re.split(r"[\s,;/()-]+", n) if t in ROMAN and len(t) > 1 or t == "IX"}
        tokens = {t for n in names for t in re.split(r"[\s,;/()]+", n) if t}
        lower_surfaces = {x.lower() for x in surfaces}
        ranked = []
        for s in good:
            a = max((_abbrev_score(s, nc) for nc in name_chars), default=0.0)
            a += 4 if (s in tokens or re.sub(r"\d+$", "", s) in tokens) else 0
            a += 1 if len(ids_of[s]) == 1 else 0
            a -= _shape_penalty(s)
            # the literature's hyphenated spelling is also listed (IL-5 for IL5): the compact form is the symbol
            a += 2 if any(re.sub(r"(?<=[A-Z])-(?=\d)", "", t) == s and t != s for t in cands) else 0
            m = re.match(r"^[A-Z]+?(I{1,3}|IV|VI{0,3}|IX|X)$", s)
            a -= 3 if m and m.group(1) in romans else 0  # 'FIX' for "factor IX": HGNC writes F9
            if s in official:
                a += OFFICIAL_WITH_NAME if official[s] in lower_surfaces else OFFICIAL
            ranked.append((round(a, 6), len(ids_of[s]) == 1, len(s), s))
        ranked.sort(reverse=True)
        scored[hid] = ranked
    taken = {sym: hid for hid, sym in fixed.items()}
    result = dict(fixed)
    pending = sorted((h for h in scored if h not in fixed), key=int)
    while pending:
        claims = collections.defaultdict(list)
        for hid in pending:
            nxt = next((r for r in scored[hid] if r[3] not in taken), None)
            if nxt is not None:
                claims[nxt[3]].append((-nxt[0], int(hid), hid))
        if not claims:
            break
        for sym, who in claims.items():
            taken[sym] = min(who)[2]
            result[min(who)[2]] = sym
        pending = [h for h in pending if h not in result and any(r[3] not in taken for r in scored[h])]
    return result, scored


def add_hgnc_genes(lex, ids_of, surfaces_of, chosen, english, stop, reserved_keys):
    """Adds the HGNC genes outside gene_symbols.tsv to `lex`, after the curated rows (which keep priority)."""
    stop = stop | read_words("hgnc_stoplist.txt")
    stop_compact = {re.sub(r"[^0-9a-z]", "", w) for w in read_words("hgnc_stoplist.txt")}
    approved, scored = infer_symbols(ids_of, surfaces_of, chosen)
    stats = collections.Counter()
    for hid, sym in chosen.items():
        guess = scored.get(hid) and scored[hid][0][3]
        stats["heuristic agrees with curated symbol"] += guess == sym
        stats["curated genes checked"] += 1
    symbol_of = {sym: hid for hid, sym in approved.items()}
    used = {k.lower() for (k, cs) in lex.rows}  # curated keys, both cases: they keep priority
    # NCBI Gene's synonyms of a gene whose approved symbol NCBI also has are surfaces of it too (newer than the table)
    official = read_official_symbols()
    for _, (alias, sym) in read_rows("ncbi_human_aliases.tsv"):
        hid = symbol_of.get(sym)
        if hid is not None and hid not in chosen and sym in official and alias not in surfaces_of[hid]:
            surfaces_of[hid].add(alias)
            ids_of[alias].add(hid)
            stats["NCBI synonyms added"] += 1
    # ... and so is NCBI's full name, HGNC's current approved name, without a parenthetical ("acetylcholinesterase
    # (Cartwright blood group)" -> "acetylcholinesterase"): the table lacks many of them
    names = ncbi_names()
    for sym, hid in symbol_of.items():
        name = names.get(sym)
        for s in ([name] if name else []) + greek_suffixed(sym, name):
            if hid not in chosen and s not in surfaces_of[hid]:
                surfaces_of[hid].add(s)
                ids_of[s].add(hid)
                stats["NCBI names and Greek-suffixed symbols added"] += 1

    def blocked(s):
        k = key(s, False)
        c = re.sub(r"[^0-9a-z]", "", k)
        if k in reserved_keys:
            return "family/drug/cancer name"
        if k in stop or (c and c in stop_compact and " " not in s):
            return "stoplist"
        if " " not in s and k in english:
            return "English word"
        return None

    cands = collections.defaultdict(dict)  # lowercase key -> {hid: (kind, surface, cs)}
    for hid in sorted(approved, key=int):
        if hid in chosen:
            continue
        sym = approved[hid]
        names = [s for s in surfaces_of[hid] if " " in s and not SYMBOL_LIKE.match(s)]
        if names and all(DISEASE.search(n) and not GENE_WORD.search(n) for n in names):
            stats["gene skipped: a disease locus (all names are disease names)"] += 1
            continue
        # the head of an HGNC name "furin, paired basic amino acid cleaving enzyme" is a name too
        heads = {n.split(",")[0].strip() for n in names if "," in n}
        for written, s in sorted((v, s) for s in surfaces_of[hid] | {sym} | heads for v in spellings(s)):
            s = re.sub(r"\s+", " ", s).strip()
            written = re.sub(r"\s+", " ", written).strip()
            if s == sym:
                kind = "symbol"
                if len(s) < 3 or len(re.findall(r"[A-Za-z]", s)) < 2:
                    stats["symbol dropped: short or few letters"] += 1
                    continue
            elif (SYMBOL_LIKE.match(s) or GREEK_ALIAS.match(s)) and " " not in s:
                kind = "alias"
                if len(ids_of.get(s, ())) > 1 or s in symbol_of:
                    stats["alias dropped: not unique in HGNC"] += 1
                    continue
                if len(s) < 4 or len(re.findall(r"[A-Za-z]", s)) < 2 or JUNK_ALIAS.search(s) \
                        or re.search(r"\d[ -]?K[D]A?$", s):
                    stats["alias dropped: short, clone code or weight"] += 1
                    continue
                if GREEK_NUMBER.fullmatch(key(written, False)):
                    stats["alias dropped: a Greek letter and a number"] += 1
                    continue
            else:
                kind = "name"
                words = s.split()
                if len(ids_of.get(s, ())) > 1:
                    stats["name dropped: not unique in HGNC"] += 1
                    continue
                if not _symbol_abbreviates(sym, s, strict=s in heads and s not in surfaces_of[hid]):
                    stats["name dropped: not abbreviated by the symbol"] += 1
                    continue
                if len(words) < 2:
                    # one-word names ("furin", "amphiregulin"): lower-case protein names only
                    if not re.fullmatch(r"[a-z][a-z]{4,}(-?[0-9]+[a-z]?)?", s) or s in english \
                            or s.lower() != s:
                        stats["name dropped: one word, not a protein name"] += 1
                        continue
                elif s.count("(") != s.count(")") or s[0] in "(-" or re.search(r"\d[ -]?k[dD]a?\b", s):
                    stats["name dropped: fragment"] += 1
                    continue
                elif NOT_A_PROTEIN.search(s):
                    stats["name dropped: pseudogene, ncRNA or orf name"] += 1
                    continue
                elif TAIL_START.match(s) or HEAD_END.search(s):
                    stats["name dropped: comma-split head or tail"] += 1
                    continue
                elif all(w.lower() in GENERIC_WORDS or w.lower() in NAME_STOPWORDS or re.fullmatch(r"[\W\d]*\w?[\W\d]*", w)
                         for w in re.split(r"[\s/,-]+", s)):
                    stats["name dropped: generic words only"] += 1
                    continue
                elif DISEASE.search(s) and not GENE_WORD.search(s):
                    stats["name dropped: disease name"] += 1
                    continue
                elif s == s.lower() and not re.search(r"\d", s) and not GENE_WORD.search(s) \
                        and all(w.strip("(),-") in english for w in words):
                    stats["name dropped: phrase of English words"] += 1
                    continue
            why = blocked(s) or blocked(written)
            if why:
                stats[f"{kind} dropped: {why}"] += 1
                continue
            k = key(written, False)
            if k in used:
                stats[f"{kind} dropped: curated surface"] += 1
                continue
            # a symbol with a digit is not a word: its mixed-case spellings ("RanBP2", "Nrip1") are matched too
            cs = kind != "name" and not (len(written) >= 5 and re.search(r"\d", written)
                                         and len(re.findall(r"[A-Za-z]", written)) >= 3)
            cands[k][hid] = (kind, written, cs)
    genes_with_rows = set()
    for k in sorted(cands):
        owners = cands[k]
        if len(owners) > 1:
            syms = [h for h, v in owners.items() if v[0] == "symbol"]
            if len(syms) != 1:
                stats["dropped: surface of two genes"] += len(owners)
                continue
            stats["dropped: surface of two genes"] += len(owners) - 1
            owners = {syms[0]: owners[syms[0]]}
        (hid, (kind, s, cs)), = owners.items()
        lex.add(s, [approved[hid]], cs)
        stats[f"{kind} rows"] += 1
        genes_with_rows.add(hid)
    stats["genes with rows"] = len(genes_with_rows)
    stats["genes in hgnc_ids.tsv"] = len(approved)
    order = ["curated genes checked", "heuristic agrees with curated symbol", "genes in hgnc_ids.tsv",
             "genes with rows", "symbol rows", "alias rows", "name rows"]
    return approved, {k: stats[k] for k in order + sorted(set(stats) - set(order))}


GENE_ROOT_SYMBOL = re.compile(r"([A-Z]{2,})(\d+[A-Z]?\d*)")
GENE_ROOT_HEAD_END = re.compile(r",| family\b| subfamily\b| member\b| polypeptide\b| isoform\b| type\b|\s\d")
MIN_GENES_PER_ROOT = 3
ROOT_SHARE = 0.8


def write_gene_roots(out_dir, approved, surfaces_of):
    """gene_roots.tsv: the name a gene group's symbols abbreviate -> their common letters ("cytochrome P450" -> CYP,
    "aldo-keto reductase" -> AKR), read off the HGNC names of symbols <letters><number>[<letter><number>]: the
    name up to its first number, comma or "family"/"member"/... word, with brackets dropped, when the letters
    abbreviate it, at least MIN_GENES_PER_ROOT genes share the pair and they are ROOT_SHARE of the symbols with
    those letters. A matcher composes <root> [family member]
    <code> into the symbol <letters><code> ("cytochrome P450 family member 17A1" -> CYP17A1)."""
    counts = collections.Counter()
    for hid, sym in approved.items():
        m = GENE_ROOT_SYMBOL.fullmatch(sym)
        if not m:
            continue
        heads = set()
        for n in surfaces_of[hid]:
            if " " not in n or SYMBOL_LIKE.match(n):
                continue
            head = re.sub(r"\s+", " ", GENE_ROOT_HEAD_END.split(re.sub(r"\([^()]*\)", " ", n))[0]).strip()
            if len(head) >= 6 and not is_generic_phrase(head) and _symbol_abbreviates(m.group(1), head, strict=True):
                heads.add(head.lower())
        for head in heads:
            counts[(head, m.group(1))] += 1
    per_letters = collections.Counter(m.group(1) for m in map(GENE_ROOT_SYMBOL.fullmatch, approved.values()) if m)
    best = {}
    for (head, letters), c in sorted(counts.items()):
        # the root must name most symbols of its letters (MAP1A, MAP4 and MAP4K4 share no root name)
        if c >= MIN_GENES_PER_ROOT and c >= ROOT_SHARE * per_letters[letters] and c > best.get(head, ("", 0))[1] \
                and not re.search(r"pseudogene|readthrough|antisense|\bRNA\b", head, re.I) and not DISEASE.search(head):
            best[head] = (letters, c)
    with open(os.path.join(out_dir, "gene_roots.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# Gene group root name -> the letters its members' HGNC symbols start with, derived from the HGNC names of "
                "org.clulab:bioresources:1.1.24\n# (hgnc.tsv.gz) by write_gene_roots() in build_lexicons.py; a root "
                f"shared by {MIN_GENES_PER_ROOT} genes or more. Built " + BUILD_DATE + ".\n")
        f.write("# Regenerate: python3 annotators/lexicon-sources/build_lexicons.py. Do not edit by hand.\n")
        f.write("# Format: root name<TAB>symbol letters\n")
        for head in sorted(best):
            f.write(f"{head}\t{best[head][0]}\n")
    return len(best)


def write_hgnc_ids(out_dir, approved, chosen):
    rows = sorted((sym, hid) for hid, sym in approved.items())
    with open(os.path.join(out_dir, "hgnc_ids.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# HGNC approved symbol -> HGNC CURIE, one row per gene of the HGNC table of "
                "org.clulab:bioresources:1.1.24 (hgnc.tsv.gz, 2016).\n")
        f.write(f"# Symbols: {len(chosen)} curated (lexicon-sources/gene_symbols.tsv); the others inferred from the "
                "unflagged table (see lexicons/README.md). Built " + BUILD_DATE + ".\n")
        f.write("# Regenerate: python3 annotators/lexicon-sources/build_lexicons.py. Do not edit by hand.\n")
        f.write("# Format: symbol<TAB>HGNC:<numeric id>\n")
        for sym, hid in rows:
            f.write(f"{sym}\tHGNC:{hid}\n")


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
    lexicons_arg(ap)
    ap.add_argument("--out", dest="lexicons", help=argparse.SUPPRESS)  # the former name of --lexicons
    ap.add_argument("--date", default=os.environ.get("LEXICON_DATE", "2025"),
                    help="date written into the headers (fixed so that rebuilding is byte-identical)")
    ap.add_argument("--report", action="store_true", help="list UniProt human kinases not covered")
    args = ap.parse_args()
    BUILD_DATE = args.date
    os.makedirs(args.lexicons, exist_ok=True)
    jar = Jar(args.jar)

    counts = {}
    fam, counts["families.tsv"] = simple_lexicon("families.tsv", "families.tsv", [
        "Family, complex and pathway names that are not one gene -> lowercase family id.",
        "Origin: hand-curated (lexicon-sources/families.tsv). Built " + BUILD_DATE + "."], args.lexicons)
    _, counts["class_targets.tsv"] = simple_lexicon("class_targets.tsv", "class_targets.tsv", [
        "Targets that drug classes are named after -> class id '<target> inhibitor' (ANNOTATION.md 1); "
        "every IGF-IR target -> anti-igf1r; HER2/ErbB2 -> her2 inhibitor.",
        "Origin: hand-curated (lexicon-sources/class_targets.tsv). Built " + BUILD_DATE + "."], args.lexicons)
    _, counts["drug_classes.tsv"] = simple_lexicon("drug_classes.tsv", "drug_classes.tsv", [
        "Drug classes written whole (not '<target> <head>') -> class id as in class_targets.tsv.",
        "Origin: hand-curated (lexicon-sources/drug_classes.tsv). Built " + BUILD_DATE + "."], args.lexicons)
    drugs, counts["drugs.tsv"] = build_drugs(jar, args.lexicons)
    cancers, counts["cancers.tsv"] = build_cancers(args.lexicons)
    reserved = {k for (k, cs) in list(fam.rows) + list(drugs.rows) + list(cancers.rows)}
    reserved |= {k.lower() for k in reserved}
    _, counts["genes.tsv"], n_genes, dropped, chosen, hstats, n_cur = build_genes(jar, args.lexicons, reserved)

    for f, c in counts.items():
        print(f"{f}: {c} surfaces")
    print(f"genes: {n_genes} chosen ({n_cur} rows); HGNC surfaces dropped: " +
          ", ".join(f"{k} {v}" for k, v in sorted(dropped.items())))
    print("other HGNC genes: " + ", ".join(f"{k} {v}" for k, v in hstats.items()))
    if args.report:
        kinase_report(jar, set(chosen.values()))


if __name__ == "__main__":
    main()
