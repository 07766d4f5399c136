#!/usr/bin/env python3
"""Builds chemicals.tsv: a general pharmacology/chemistry lexicon (surface -> normalized chemical/drug name).

    python3 annotators/lexicon-sources/build_chemicals.py [--jar PATH] [--out FILE] [--stats]
    python3 annotators/lexicon-sources/build_chemicals.py --freeze-english [/usr/share/dict/words]

The runtime loads chemicals.tsv as a second, lower-priority DRUG lexicon: drugs.tsv wins where both list a key, so
surfaces whose key drugs.tsv already lists are left out here.

Inputs (Python 3 standard library only; deterministic: running twice gives byte-identical output):
  * the bioresources 1.1.24 jar (default ~/.m2/repository/org/clulab/bioresources/1.1.24/): chebi.tsv.gz,
    hmdb.tsv.gz and PubChem.tsv.gz (each ``surface<TAB>id``; the surfaces of one id are its names and synonyms);
  * the lexicons next door: drugs.tsv (ids reused, keys left out), genes.tsv and families.tsv (surfaces dropped),
    drug_classes.tsv and class_targets.tsv (surfaces dropped);
  * english_words.txt (build_lexicons.py's frozen word list) and the curated files in this folder:
      chemicals_english_words.txt  single-token KB surfaces that are English dictionary words (frozen by
                                   --freeze-english from Debian wamerican), dropped unless listed in
      chemicals_keep.txt           dictionary words that are specific molecules or drugs ("caffeine", "aspirin");
      chemicals_stoplist.txt       surfaces dropped although no rule catches them (class words, lab jargon, ...);
      chemicals_short.tsv          the only surfaces of 3 characters or fewer, all case-sensitive ("ATP").

How an id (the normalized name) is chosen, for every KB entry (one ChEBI, HMDB or PubChem id and its surfaces):
  1. If a surface of the entry is listed in drugs.tsv, the entry takes that drugs.tsv id (majority; ties sorted).
  2. Otherwise its most name-like surface: first by shape (lowercase-able words of letters only, like
     "meclofenamic acid"; then names with digits or hyphens, like "5-hydroxytryptophan"; then code names; then
     IUPAC-like names), then by how many KB entries of all three sources list it (a real name is shared; a brand
     or odd synonym is not), then preferring a name spelled in lowercase somewhere (ChEBI writes INNs lowercase),
     then the shortest, then alphabetically.
  3. The name is written by display_name(): lowercased, Greek letters spelled out, dashes and spaces unified as
     KeyNormalizer does, but a Greek name written as a word stays a word ("ganoderic acid epsilon"); a code name
     without lowercase letters loses its punctuation ("MK-329" -> "mk329"); a salt or ester form whose base is another
     entry's name becomes the base ("losartan potassium" -> "losartan"); an anion "Xate" becomes "Xic acid" where that
     is another entry's name ("meclofenamate" -> "meclofenamic acid").
Rows: one per lookup key, build_lexicons.key (KeyNormalizer's key, which also joins a Greek name written as a word to
the word before it: "ganoderic acidepsilon"), so spellings the runtime cannot tell apart are one row. The key is what
is compared with drugs.tsv, the other lexicons and the curated lists; display_name() is for ids and for comparing
names with names while one is chosen. A surface listed by several entries with different names goes to the entry whose
name it is (the row's spelling, as display_name writes it); otherwise to the name most entries give it (all spellings
of the key pooled); a tie drops the surface.
"""
import argparse
import collections
import gzip
import io
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
# key(): the one lookup-key normalizer, as KeyNormalizer builds keys at run time; every surface compared with another
# (drugs.tsv, the other lexicons, the curated lists, the rows of this file) is compared by it. compact() is built on it.
from build_lexicons import DEFAULT_JAR, DEFAULT_OUT, compact, key, lexicons_arg, require_jar, spelled_out  # noqa: E402

LEX_DIR = DEFAULT_OUT
KB = "org/clulab/reach/kb/"
SOURCES = ("chebi", "hmdb", "PubChem")

# A spelling that is no dictionary word whatever its key: lower-case start, then a capital ("cAMP", "cGMP", "dNTP").
MIXED_CASE = re.compile(r"[a-z]{1,2}[A-Z][A-Za-z0-9]*")
MAX_LEN = 60  # longer surfaces are IUPAC-like monsters that never recur verbatim in running text
# Words that end a name of a role or class of agents, not of a molecule ("calcium channel blocker").
ROLE_WORDS = {
    "inhibitor", "inhibitors", "antagonist", "antagonists", "agonist", "agonists", "blocker", "blockers",
    "drug", "drugs", "agent", "agents", "modulator", "modulators", "activator", "activators", "inducer",
    "inducers", "stimulant", "stimulants", "antibiotic", "antibiotics", "metabolite", "metabolites",
    "derivative", "derivatives", "analog", "analogs", "analogue", "analogues", "compound", "compounds",
    "residue", "residues", "group", "groups", "moiety", "entity", "ion", "ions", "cation", "anion", "radical",
    "mixture", "donor", "acceptor", "substrate", "inhibitors)", "toxin", "toxins", "hormone", "hormones",
    "vaccine", "vaccines", "protein", "proteins", "peptide", "peptides", "enzyme", "enzymes", "receptor",
    "receptors", "antibody", "antibodies", "ligand", "ligands", "scavenger", "scavengers", "chelator",
    "poison", "pesticide", "insecticide", "herbicide", "fungicide", "fertilizer", "solvent", "detergent",
    "surfactant", "reagent", "standard", "dye", "dyes", "stain", "marker", "probe", "cofactor", "food",
    "additive", "supplement", "nutrient", "allergen", "pollutant", "contaminant", "sweetener", "flavouring",
    "fragrance", "preservative", "emulsifier", "excipient", "vehicle",
}
# Salt, hydrate and ester words that a salt form adds to its base name ("imatinib mesylate").
SALT_WORDS = {
    "hydrochloride", "dihydrochloride", "trihydrochloride", "hydrobromide", "dihydrobromide", "hydroiodide",
    "sulfate", "sulphate", "bisulfate", "hemisulfate", "mesylate", "mesilate", "dimesylate", "besylate", "besilate",
    "tosylate", "tosilate", "maleate", "dimaleate", "fumarate", "hemifumarate", "difumarate", "tartrate",
    "bitartrate", "hemitartrate", "citrate", "dicitrate", "succinate", "hemisuccinate", "acetate", "diacetate",
    "propionate", "lactate", "gluconate", "malate", "oxalate", "phosphate", "diphosphate", "nitrate", "bromide",
    "chloride", "iodide", "sodium", "disodium", "trisodium", "potassium", "dipotassium", "calcium", "magnesium",
    "lithium", "zinc", "ammonium", "meglumine", "tromethamine", "hydrate", "monohydrate", "dihydrate",
    "trihydrate", "sesquihydrate", "hemihydrate", "anhydrous", "salt", "hyclate", "pamoate", "embonate",
    "napsylate", "esylate", "edisylate", "isethionate", "xinafoate", "stearate", "palmitate", "valerate",
    "dipropionate", "cypionate", "enanthate", "decanoate", "benzoate", "hydrogen", "free", "base", "form",
    "cilexetil", "medoxomil", "axetil", "pivoxil", "proxetil", "mofetil", "hippurate", "salicylate", "sulfonate",
}
# Name endings that mark an INN or a systematic common name, written from the WHO INN stem book and general knowledge.
# A preferred name ending in a specific stem beats one ending in a generic chemical ending, which beats a name with
# neither (brands: "Zyprexa", "Inhibace", "Preblok"; truncated variants: "Amitriptylin").
INN_STEMS = (
    "azepam", "azolam", "apine", "oxetine", "pramine", "triptyline", "tyline", "peridone", "peridol", "perazine",
    "promazine", "setron", "prazole", "tidine", "sartan", "pril", "olol", "alol", "ilol", "terol", "sterone",
    "olone", "asone", "isone", "semide", "thiazide", "afil", "glitazone", "gliptin", "glinide", "formin", "statin",
    "fibrate", "fibrozil", "cillin", "cycline", "mycin", "micin", "floxacin", "oxacin", "conazole", "vir", "vudine",
    "mab", "tinib", "rafenib", "zomib", "lisib", "parib", "limus", "platin", "taxel", "rubicin", "tecan",
    "citabine", "trexate", "dronate", "profen", "fenac", "coxib", "oxicam", "icam", "barbital", "caine", "orphan",
    "morphone", "codone", "fentanil", "dipine", "pamil", "tiazem", "azosin", "osin", "sentan", "vaptan",
    "kiren", "xaban", "gatran", "parin", "grel", "relin", "pressin", "tocin", "gestrel", "triptan", "pitant",
    "lukast", "tadine", "astine", "ramine", "clopramide", "pride", "giline", "spirone", "bamate", "azoline",
    "lamide", "tropine", "adol", "uril", "thiazine", "zepine", "hydramine", "oxine", "tonin", "pirin",
    "sporin", "oxacin", "nidazole", "bendazole", "sulfan", "mustine", "estrol", "estradiol", "anide", "flurane",
    "xetine", "traline", "faxine", "zodone", "ic acid",
)
GENERIC_ENDINGS = ("ine", "ole", "one", "ide", "ate", "ol", "il", "an", "ene", "ose", "al", "yl", "id")
# Counter-ions that name no finding on their own (the salt's full name is matched first, being longer).
COUNTER_IONS = {
    "hydrochloride", "dihydrochloride", "hydrobromide", "dihydrobromide", "hydroiodide", "mesylate", "mesilate",
    "besylate", "besilate", "tosylate", "tosilate", "maleate", "tartrate", "bitartrate", "pamoate", "embonate",
    "napsylate", "esylate", "edisylate", "isethionate", "xinafoate", "hyclate", "meglumine", "tromethamine",
    "monohydrate", "dihydrate", "trihydrate", "hydrate",
}
PHARMACOPOEIA = re.compile(r"\s*\((?:jp\d*|usp|usan|inn|ban|dcf|dcit|nf|ph\.? ?eur\.?|van|tn|ind|jan|bp|"
                           r"usp\d*|ep|who|8ci|9ci|ca index name)\)\s*$", re.I)
IUPAC_CHARS = set("()[]{},:;'\"")


def display_name(surface):
    """A surface as it is written as a chemical's id (the normalized name), not as it is looked up: lowercase, Greek
    letters spelled out, dashes and spaces unified as KeyNormalizer does, but a Greek name written as a word stays a
    word ("ganoderic acid epsilon", where the lookup key joins it: "ganoderic acidepsilon"). Also the form in which
    names are compared with each other while one is chosen (word counts, INN stems, salts and acids)."""
    return spelled_out(surface).lower()


# A code name: a prefix of two to five letters, an optional hyphen or space, and a number of three digits or more
# ("WY-14,643", "SR141716"); shorter numbers name other things as often ("DAT-1", a transporter).
CODE_NAME = re.compile(r"([A-Z][A-Za-z]{1,4})[- ]?(\d{3,}(?:,\d{3})*[A-Za-z]?|\d{1,3}(?:,\d{3})+[A-Za-z]?)")


def read_list(name):
    """A curated list: one entry a line, '#' comments, returned as lowercase keys."""
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return {key(l.split("#", 1)[0].strip(), False) for l in f
                if l.split("#", 1)[0].strip()}


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                yield line.split("\t")


def jar_tsv(zf, name):
    data = gzip.decompress(zf.read(KB + name)).decode("utf-8")
    for line in io.StringIO(data):
        line = line.rstrip("\n")
        if line and not line.startswith("#"):
            cols = line.split("\t")
            if len(cols) >= 2:
                yield cols[0], cols[1]


def clean_surface(s):
    """Surface as it should be matched, or None: whitespace collapsed, pharmacopoeia tags removed."""
    s = " ".join(s.split())
    s = PHARMACOPOEIA.sub("", s)
    if not s or "$" in s or "^{" in s or "\\" in s:
        return None
    return s


def shape(s):
    """Rank of a surface as a preferred name: 0 one word (or "X acid"), 1 words, 2 words with digits or hyphens,
    3 code names, 4 IUPAC-like."""
    if re.fullmatch(r"[A-Za-z][a-z]+(?: acid)?", s):
        return 0
    if re.fullmatch(r"[A-Za-z][a-z]+(?: [a-z]+)*", s):
        return 1
    if not (set(s) & IUPAC_CHARS) and re.search(r"[a-z]{4}", s) and not re.search(r"\d\s*,\s*\d", s):
        return 2
    if re.fullmatch(r"[A-Z]{1,5}[- ]?\d[\dA-Za-z-]*", s):
        return 3
    return 4


def is_role(k):
    """A name of a role or class of agents ("calcium channel blocker", "a flavonoid"), not of a molecule."""
    last = k.split(" ")[-1]
    return last in ROLE_WORDS or last.rstrip("s") in ROLE_WORDS or k.startswith(("a ", "an "))


def inn_rank(s):
    """0 for a name ending in an INN stem, 1 for a generic chemical ending, 2 otherwise (see INN_STEMS)."""
    k = display_name(s)
    if k.endswith(INN_STEMS):
        return 0
    return 1 if k.endswith(GENERIC_ENDINGS) else 2


def name_to_id(name):
    """The normalized id of a chosen name: lowercase; a code name (no lowercase letters) without punctuation."""
    if (re.fullmatch(r"[A-Z0-9]+(?:[- ][A-Z0-9]+){0,2}", name) and re.search(r"\d", name)
            and re.search(r"[A-Z]", name) and not re.search(r"[A-Z]{6}", name)):
        return compact(name)
    return display_name(name)


def load_lexicon_keys(name):
    keys = {}
    path = os.path.join(LEX_DIR, name)
    if not os.path.exists(path):
        raise SystemExit(f"{path} is missing: build it first (build_lexicons.py)")
    for cols in read_tsv(path):
        if len(cols) >= 2:
            keys.setdefault(key(cols[0], False), cols[1])
    return keys


def freeze_english(words_path):
    """Writes chemicals_english_words.txt: single-token KB surfaces (lowercased) found in the dictionary."""
    with open(words_path, encoding="utf-8") as f:
        words = {w.strip().lower() for w in f if w.strip() and "'" not in w}
    hits = set()
    with zipfile.ZipFile(require_jar(DEFAULT_JAR)) as zf:
        for src in SOURCES:
            for s, _ in jar_tsv(zf, src + ".tsv.gz"):
                s = s.strip()
                if s and " " not in s and s.lower() in words:
                    hits.add(s.lower())
    with open(os.path.join(HERE, "chemicals_english_words.txt"), "w", encoding="utf-8") as out:
        out.write("# Single-token surfaces of chebi/hmdb/PubChem (bioresources 1.1.24) that are English words ("
                  + os.path.basename(words_path) + ", Debian wamerican), frozen by build_chemicals.py "
                  "--freeze-english.\n# build_chemicals.py drops them unless chemicals_keep.txt lists them. "
                  "One lowercase word per line.\n")
        for w in sorted(hits):
            out.write(w + "\n")
    print(len(hits), "words")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--jar", default=DEFAULT_JAR)
    lexicons_arg(ap)
    ap.add_argument("--out", help="the file written (default: chemicals.tsv in the lexicons folder)")
    ap.add_argument("--date", default="2025")
    ap.add_argument("--stats", action="store_true", help="print filter counts")
    ap.add_argument("--freeze-english", nargs="?", const="/usr/share/dict/words", metavar="WORDS")
    args = ap.parse_args()
    global LEX_DIR
    LEX_DIR = args.lexicons
    args.out = args.out or os.path.join(LEX_DIR, "chemicals.tsv")
    if args.freeze_english:
        freeze_english(args.freeze_english)
        return

    english = read_list("english_words.txt") | read_list("chemicals_english_words.txt")
    keep = read_list("chemicals_keep.txt")
    stop = read_list("chemicals_stoplist.txt")
    short = {}
    for cols in read_tsv(os.path.join(HERE, "chemicals_short.tsv")):
        short[cols[0]] = cols[1]
    drugs = load_lexicon_keys("drugs.tsv")
    reserved = set()  # surfaces of other entity types
    for name in ("genes.tsv", "families.tsv", "drug_classes.tsv", "class_targets.tsv", "cancers.tsv"):
        reserved |= set(load_lexicon_keys(name))

    # 1. KB entries: (source, id) -> surfaces (cleaned, first spelling of each key kept, in source order).
    entries = collections.OrderedDict()
    with zipfile.ZipFile(require_jar(args.jar)) as zf:
        for src in SOURCES:
            for s, i in jar_tsv(zf, src + ".tsv.gz"):
                s = clean_surface(s)
                if s is None:
                    continue
                entries.setdefault((src, i.strip()), []).append(s)
    # In how many entries each word occurs: an INN or a common name recurs in the entries of salts, esters, metabolites
    # and mixtures ("metoprolol tartrate"), a brand or an odd synonym does not (its variants "Panadol Extra Strength"
    # stay inside one entry).
    word_freq = collections.Counter()
    for surfaces in entries.values():
        word_freq.update({w for s in surfaces for w in re.findall(r"[a-z0-9]+", display_name(s))})
    lower_seen = {display_name(s) for surfaces in entries.values() for s in surfaces if s == s.lower()}

    def recurrence(s):
        words = [w for w in re.findall(r"[a-z0-9]+", display_name(s)) if len(w) >= 3 and not w.isdigit()]
        return min((word_freq[w] for w in words), default=0)

    # 2. Preferred name of each entry.
    def choose(surfaces, taken=frozenset()):
        votes = collections.Counter(drugs[key(s, False)] for s in set(surfaces) if key(s, False) in drugs)
        if votes:
            best = max(votes.values())
            return sorted(d for d, n in votes.items() if n == best)[0], True
        cands = [s for s in set(surfaces) if len(s) <= MAX_LEN and re.search(r"[A-Za-z]{3}", s)
                 and (key(s, False) not in english or key(s, False) in keep) and key(s, False) not in stop
                 and not is_role(display_name(s))] or list(set(surfaces))
        untaken = [s for s in cands if display_name(s) not in taken]
        if any(shape(s) <= 1 and display_name(s) in lower_seen for s in untaken):  # never trade a name for a formula
            cands = untaken
        best = min(cands, key=lambda s: (max(shape(s), 1), inn_rank(s) > 0, display_name(s) not in lower_seen,
                                         -recurrence(s), inn_rank(s), shape(s), len(s), s))
        if best.lower().endswith("ate"):  # an anion named like its acid: "meclofenamate" -> "meclofenamic acid"
            acid = [s for s in surfaces if display_name(s) == display_name(best)[:-3] + "ic acid"]
            if acid:
                best = acid[0]
        return name_to_id(best), False

    # Two passes: a synonym that is the first-pass name of another entry of the same KB names that other compound
    # (ChEBI lists "Chlorothiazide" among the synonyms of hydrochlorothiazide), so the second pass passes it over.
    # Where several entries pick the same name, it belongs to those that list it most often (a KB repeats an entry's
    # own name among its synonyms: ChEBI lists "chlorothiazide" twice under chlorothiazide, once under
    # hydrochlorothiazide).
    first = {e: choose(surfaces)[0] for e, surfaces in entries.items()}
    claims = collections.defaultdict(dict)
    for e, n in first.items():
        claims[(e[0], n)][e[1]] = sum(1 for s in entries[e] if display_name(s) == n)
    owners = {}
    for sn, by_id in claims.items():
        most = max(by_id.values())
        owners[sn] = {i for i, c in by_id.items() if c == most}
    pref = {}
    from_drugs = set()
    for e, surfaces in entries.items():
        taken = {n for n in map(display_name, surfaces) if owners.get((e[0], n)) and e[1] not in owners[(e[0], n)]}
        pref[e], fd = choose(surfaces, taken)
        if fd:
            from_drugs.add(e)
    names = set(pref.values()) | set(drugs.values())

    def base_name(n):
        """Salt/ester form -> base; anion -> acid, where the target is a known name."""
        for _ in range(3):
            toks = n.split(" ")
            if len(toks) >= 2 and toks[-1] in SALT_WORDS and " ".join(toks[:-1]) in names:
                n = " ".join(toks[:-1])
                continue
            if len(toks) >= 2 and toks[0] in SALT_WORDS and " ".join(toks[1:]) in names:
                n = " ".join(toks[1:])
                continue
            break
        if n.endswith("ate") and n[:-3] + "ic acid" in names:
            n = n[:-3] + "ic acid"
        return n

    for e in entries:
        if e not in from_drugs:
            pref[e] = base_name(pref[e])
    names_set = set(pref.values())

    # 3. Surfaces -> id, with filters. One row per lookup key: spellings KeyNormalizer meets ("ganoderic acid epsilon",
    # "ganoderic acid-epsilon") are one row. The filters test the key against the lists and the other lexicons, and the
    # words of the spelling written (display_name) against the shapes of class and role names.
    stats = collections.Counter()
    votes = collections.defaultdict(collections.Counter)
    spelling = {}
    mixed_case = {}  # key -> a spelling with a capital after a lower-case start ("cAMP", "cGMP")
    for e, surfaces in entries.items():
        for s in surfaces:
            k = key(s, False)
            votes[k][pref[e]] += 1
            if MIXED_CASE.fullmatch(s):
                mixed_case.setdefault(k, s)
            if k not in spelling or (spelling[k] != spelling[k].lower() and s == s.lower()):
                spelling[k] = s  # prefer a lowercase spelling of the key; else the first seen

    rows = {}
    for k in sorted(votes):
        s = spelling[k]
        name = display_name(s)
        v = votes[k]
        if k in drugs:
            stats["in drugs.tsv"] += 1
            continue
        if name in names_set and name in v:  # the surface written is an entry's name
            ident = name
        else:
            best = max(v.values())
            top = sorted(n for n, c in v.items() if c == best)
            if len(top) > 1:
                stats["ambiguous"] += 1
                continue
            ident = top[0]
        cs = False
        toks = name.split(" ")
        if len(name) > MAX_LEN:
            stats["longer than %d" % MAX_LEN] += 1
            continue
        if not re.search(r"[a-z]", name):
            stats["no letters"] += 1
            continue
        if len(name) <= 3:
            stats["3 characters or fewer"] += 1
            continue
        if k in stop:
            stats["stoplist"] += 1
            continue
        if k in reserved:
            stats["gene, family, class or cancer name"] += 1
            continue
        if k in english and k not in keep:
            if k in mixed_case:  # "cAMP" is no "camp": kept as written, case-sensitive
                rows[(mixed_case[k], True)] = ident
                stats["English word, kept in its mixed case"] += 1
                continue
            stats["English word"] += 1
            continue
        if len(toks) > 1 and all(t in english for t in toks) and k not in keep:
            stats["phrase of English words"] += 1
            continue
        if is_role(name):
            stats["role or class name"] += 1
            continue
        if len(toks) == 1 and not (k in keep) and (
                re.search(r"(?:yl|oyl|oid|oids|ics)$", name)
                or re.fullmatch(r"anti-?[a-z]+(?:ic|ics|ive|ives|ant|ants|al|als)", name) or name in COUNTER_IONS):
            stats["chemical group, class adjective or counter-ion"] += 1
            continue
        if k.endswith("s") and (k[:-1] in votes or (k.endswith("es") and k[:-2] in votes)) and k not in keep:
            stats["plural (class) of another name"] += 1
            continue
        if re.search(r"(?:^|[ -])(?:[a-z]*rna|[a-z]*dna|rnas|dnas)$|nucleic acids?$", name):
            stats["nucleic acid"] += 1
            continue
        if re.fullmatch(r"e ?\d{3,4}[a-z]?", k):
            stats["food additive E number"] += 1
            continue
        if ":" in name or "/" in name:
            stats["lipid or ratio notation"] += 1
            continue
        if len(k) <= 5 and not re.search(r"[a-z]", s):
            cs = True  # abbreviation: match as written ("MPTP", "5-HT")
        rows[(s if cs else s, cs)] = ident
    # A code name is written with a hyphen, a space or neither ("WY-14,643", "Wy14,643", "SB 203580"): each
    # listed code name also gets the other spellings, where no other row, drug, gene, family, class or cancer has them.
    listed = {key(s, False) for (s, _) in rows}
    for (s, cs), ident in sorted(rows.items()):
        m = CODE_NAME.fullmatch(s)
        if not m:
            continue
        for variant in (m.group(1) + "-" + m.group(2), m.group(1) + m.group(2), m.group(1) + " " + m.group(2)):
            k = key(variant, False)
            if k in listed or k in drugs or k in reserved or k in stop or re.fullmatch(r"e ?\d{3,4}[a-z]?", k):
                continue
            listed.add(k)
            rows[(variant, len(k) <= 5 and not re.search(r"[a-z]", variant))] = ident
            stats["code name spelling"] += 1
    for s, ident in short.items():
        if key(s, False) not in drugs:
            rows[(s, True)] = ident
            stats["short curated"] += 1

    out_rows = sorted(((s, ident, cs) for (s, cs), ident in rows.items()), key=lambda r: (key(r[0], False), r[0], r[2]))
    ids = {r[1] for r in out_rows}
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# General chemicals and drugs -> normalized name (lowercase INN, or the lowercase preferred name of a "
                "chemical that is not a drug). Second, lower-priority DRUG lexicon: drugs.tsv wins.\n")
        f.write("# Origin: ChEBI, HMDB and PubChem name tables of org.clulab:bioresources:1.1.24 (chebi.tsv.gz, "
                "hmdb.tsv.gz, PubChem.tsv.gz), grouped by KB id, filtered (English words, gene/family/class names, "
                "short and IUPAC-length names, curated chemicals_*.txt); keys of drugs.tsv left out. %d rows, %d ids. "
                "Built %s.\n" % (len(out_rows), len(ids), args.date))
        f.write("# Regenerate: python3 annotators/lexicon-sources/build_chemicals.py (see lexicons/README.md). "
                "Do not edit by hand.\n")
        f.write("# Format: surface<TAB>id[<TAB>cs]; cs = match letter case exactly.\n")
        for s, ident, cs in out_rows:
            f.write(s + "\t" + ident + ("\tcs" if cs else "") + "\n")
    if args.stats:
        for name, n in sorted(stats.items(), key=lambda x: -x[1]):
            print("%8d  %s" % (n, name), file=sys.stderr)
        print("%8d  rows, %d ids" % (len(out_rows), len(ids)), file=sys.stderr)


if __name__ == "__main__":
    main()
