#!/usr/bin/env python3
"""Builds named_families.tsv: the gene families that the full names of their members share a stem of.

    python3 annotators/lexicon-sources/build_named_families.py [--list]   # from the repository root

Pharmacology papers name an enzyme or transporter family by the stem its numbered members' names share:
"superoxide dismutase" (SOD1-3: "superoxide dismutase 1", "superoxide dismutase 2"...), "glutathione peroxidases",
"monoamine oxidases" (MAOA/B), "carbonic anhydrase", "nitric oxide synthase", "cathepsins", "phospholipase A2"
(PLA2G1B, PLA2G4A...: "phospholipase A2 group IVA"), "protein phosphatase 1" (PPP1CA-C: "protein phosphatase 1
catalytic subunit alpha"). Such a name is no single gene (ANNOTATION.md); listed as a FAMILY it is not left unread,
nor read as a member.

Sources: the approved full names of ncbi_human_symbols.tsv (NCBI Gene = HGNC) and the names of the HGNC table of
the bioresources jar (hgnc.tsv.gz: previous names and aliases too), grouped by gene (HGNC id; NCBI symbols through
hgnc_ids.tsv). A name's stem is what is left when its last word numbers a member (a number, "1A", "2B1", a capital
letter, a roman numeral, a Greek letter), and then a filler before it ("member", "group", "type", "isoform",
"catalytic subunit") go. Left out are names of pseudogenes, RNA genes, readthroughs and open reading frames; HGNC
names with a comma, and the fragments the table splits off at commas ("1-phosphatidylinositol 4" of
"1-phosphatidylinositol 4,5-bisphosphate phosphodiesterase"). Stems that differ only by hyphens, slashes and spaces
are one ("regulator of G-protein signaling", "regulator of G protein signaling"). A stem is a family when:
  * the names of two genes or more give it;
  * it is not systematic nomenclature that text does not write as a name: no "family", "subfamily" or "superfamily"
    word ("solute carrier family 25"), no comma ("nuclear factor, erythroid"), not ending in "containing", "subunit"
    or "like" ("coiled-coil domain containing", "mediator complex subunit"; "ubiquitin-like" is an adjective);
  * it does not end in a drug class's head word (rules/entities/class_words.tsv): "cyclin dependent kinase inhibitor",
    "NFKB inhibitor" would swallow the classes "CDK inhibitor", "NF-kB inhibitor" the matcher builds;
  * it is not made of generic words only (build_lexicons.GENERIC_WORDS: "regulatory subunit", "member") and names no
    disease or locus (build_lexicons.DISEASE, LOCUS: "psoriasis susceptibility", "spastic paraplegia");
  * no gene is named by it: it is no NCBI full name and no NCBI synonym of a gene ("glutaredoxin" is GLRX, "MAF bZIP
    transcription factor" MAF); gene names win;
  * no other lexicon lists it (key as build_lexicons.key, that is KeyNormalizer's): genes.tsv, receptor_genes.tsv,
    protein_names.tsv, families.tsv, receptor_families.tsv, drugs.tsv, drug_classes.tsv, chemicals.tsv, cancers.tsv
    keep their reading ("protein kinase C" is families.tsv's pkc, "estrogen receptor" ESR1, "coenzyme" a chemical),
    and a family that families.tsv or receptor_families.tsv writes in any of its spellings, hyphens aside, is left to
    them ("platelet-derived growth factor receptor" is pdgfr);
  * it is not in named_families_stoplist.txt: stems that name no family in running text, chosen by reading this
    script's output (--list): descriptions ("zinc finger protein", "serine protease", "lipase"), reagents
    ("trypsin", "collagen"), phrases ("programmed cell death", "cell division cycle"), the start of one gene's longer
    name ("colony stimulating factor" of "macrophage colony stimulating factor receptor").
Family id: the stem, lower case. Surfaces: the stem and its plural ("cathepsins", "phospholipases A2"), each also
with the literature's spellings (build_lexicons.spellings: "cAMP-activated", "protein phosphatase-1"; "toll-like";
"adenylyl cyclase" for HGNC's "adenylate cyclase", "guanylyl" for "guanylate"); a surface another lexicon lists is
left out, and so is one two families share. All rows are case-insensitive.

Run it last, after build_lexicons.py, build_chemicals.py, build_receptor_names.py and build_protein_names.py, whose
output it reads; none of them reads named_families.tsv. EntityType.FAMILY loads it after families.tsv and
receptor_families.tsv, and the matcher drops a family name followed by a member's code that no lexicon lists
("annexin V", FamilyMemberNames.codeFollows).

Python 3 standard library only; deterministic (sorted output).
"""
import argparse
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build_lexicons import (DEFAULT_JAR, DEFAULT_OUT, DISEASE, GENERIC_WORDS, NAME_STOPWORDS,  # noqa: E402
                            NOT_A_PROTEIN, Jar, key, lexicons_arg, read_rows, read_words, spellings)

LEX_DIR = DEFAULT_OUT
CLASS_WORDS = os.path.normpath(os.path.join(DEFAULT_OUT, "..", "rules", "entities", "class_words.tsv"))
OUT = "named_families.tsv"
OTHER_LEXICONS = ("genes.tsv", "receptor_genes.tsv", "protein_names.tsv", "families.tsv", "receptor_families.tsv",
                  "drugs.tsv", "drug_classes.tsv", "chemicals.tsv", "cancers.tsv")
FAMILY_LEXICONS = ("families.tsv", "receptor_families.tsv")
MIN_GENES = 2
GREEK_WORDS = ("alpha|beta|gamma|delta|epsilon|zeta|eta|theta|iota|kappa|lambda|mu|nu|xi|omicron|pi|rho|sigma|tau|"
               "upsilon|phi|chi|psi|omega")
# The last word of a name that numbers a member: "2", "1A", "2B1", "4a", "B", "B2", "IV", "IIA", "beta", "alpha2".
MEMBER = re.compile(r"\d+[A-Z]?\d*[a-z]?|[A-Z]\d*[a-z]?|(?:X{0,3}(?:IX|IV|VI{0,3}|I{1,3})|X{1,3})[A-Z]?|"
                    r"(?:" + GREEK_WORDS + r")\d*")
FILLER = re.compile(r"(?: member| group| type| isoform| catalytic subunit)$")
# Besides build_lexicons.NOT_A_PROTEIN: RNA genes ("microRNA 21") and transcripts ("ASAP1 intronic transcript 1").
RNA_GENE = re.compile(r"\bRNA\b|microRNA|lncRNA|small nucleolar|intronic transcript|overlapping transcript|"
                      r"\bfragment\b", re.I)
# Names of a locus or a disease, not a protein, that build_lexicons.DISEASE lets pass: "psoriasis susceptibility 1",
# "myopia 5", "body mass index QTL 7", "spastic paraplegia 5A", "nemaline myopathy 7".
LOCUS = re.compile(r"\b(?:susceptibility|disorder|mellitus|locus|region|candidate|qtl|myopia|otosclerosis|myopathy|"
                   r"albinism|cleft|hyperoxaluria|hemophilia|dystonia|mucopolysaccharidosis|tremor|convulsions|"
                   r"paraplegia|sclerosis|fibrosis|neurodegeneration)\b", re.I)
SYSTEMATIC = re.compile(r"\b(?:family|subfamily|superfamily)\b|,|\b(?:containing|subunit|like)$", re.I)
WORD_VARIANTS = ((re.compile(r"\b(aden|guan)ylate\b"), r"\1ylyl"), (re.compile(r"(?<=\w) like\b"), "-like"))


def stem_of(name):
    """The stem of a member's name ("phospholipase A2 group IVA" -> "phospholipase A2"), or None."""
    head, _, last = name.rpartition(" ")
    if not head or not last or not MEMBER.fullmatch(last):
        return None
    while FILLER.search(head):
        head = FILLER.sub("", head)
    return head if re.search(r"[a-z]{3}", head) else None


def ncbi_genes():
    """(symbol -> full name, a parenthetical at its end dropped; keys of every NCBI name and synonym)."""
    names = {}
    for _, cols in read_rows("ncbi_human_symbols.tsv"):
        if len(cols) > 1:
            names[cols[0]] = re.sub(r"\s*\([^()]*\)$", "", cols[1])
    gene_keys = {key(n, False) for n in names.values()}
    gene_keys |= {key(cols[0], False) for _, cols in read_rows("ncbi_human_aliases.tsv")}
    return names, gene_keys


def hgnc_names(jar):
    """HGNC id -> its names in the HGNC table: with a space, no comma, not a piece of a name split at a comma."""
    surfaces = collections.defaultdict(set)
    for cols in jar.tsv("hgnc.tsv.gz"):
        surfaces[cols[1]].add(cols[0].strip())
    names = {}
    for hid, ss in surfaces.items():
        commas = [s for s in ss if "," in s]
        names[hid] = {s for s in ss if " " in s and "," not in s and re.search(r"[a-z]{3}", s)
                      and not any(s + "," in c or ", " + s in c or "," + s in c for c in commas)}
    return names


def hgnc_ids():
    ids = {}
    with open(os.path.join(LEX_DIR, "hgnc_ids.tsv"), encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                symbol, curie = line.rstrip("\n").split("\t")
                ids[symbol] = curie.split(":")[1]
    return ids


def unhyphenated(surface):
    """A key that tells no hyphen or slash from a space: "platelet derived" = "platelet-derived", "CCAAT/enhancer"
    = "CCAAT enhancer"."""
    return re.sub(r"[-/]", " ", key(surface, False))


def taken_keys():
    """(key -> "file: id" of every other lexicon's surface; the same, unhyphenated, of the family lexicons')."""
    taken, family_keys = {}, {}
    for name in OTHER_LEXICONS:
        for _, cols in read_rows(os.path.join(LEX_DIR, name)):
            taken.setdefault(key(cols[0], False), f"{name}: {cols[1]}")
            if name in FAMILY_LEXICONS:
                family_keys.setdefault(unhyphenated(cols[0]), f"{name}: {cols[1]}")
    return taken, family_keys


def stems(names_by_gene):
    """stem key (unhyphenated) -> the genes whose names give it; and -> its spelling, the first met (NCBI's before
    HGNC's): "regulator of G-protein signaling" and "regulator of G protein signaling" are one stem."""
    genes_of, spelling = collections.defaultdict(set), {}
    for gene, names in names_by_gene:
        for name in names:
            if NOT_A_PROTEIN.search(name) or RNA_GENE.search(name):
                continue
            stem = stem_of(name)
            if stem:
                k = unhyphenated(stem)
                spelling.setdefault(k, stem)
                genes_of[k].add(gene)
    return genes_of, spelling


def is_generic(stem):
    """Generic words only ("regulatory subunit", "member", "alpha", "transcription factor")."""
    return all(w.lower() in GENERIC_WORDS or w.lower() in NAME_STOPWORDS for w in re.split(r"[\s/,-]+", stem) if w)


def plural(form):
    """'cathepsin' -> 'cathepsins', 'phospholipase A2' -> 'phospholipases A2' (the last lower-case word before the
    member codes), 'nitric oxide synthase' -> 'nitric oxide synthases'; None for a form with no such word."""
    words = form.split(" ")
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if re.search(r"(?:ed|ing)$", w) or i > 0 and words[i - 1] in NAME_STOPWORDS:
            return None  # "death-associated protein kinase-related", "enhancer of split": no plural noun at the end
        if re.fullmatch(GREEK_WORDS, w):
            return None  # "gap junction protein beta": no plural "gap junction proteins beta"
        if re.fullmatch(r"[A-Za-z-]*[a-z]{3}", w):
            if re.search(r"[^su]s$", w):
                return None  # a plural already: "ring finger and CCCH-type domains"
            if w.endswith(("s", "x", "ch", "sh")):
                w += "es"
            elif re.search(r"[^aeiou]y$", w):
                w = w[:-1] + "ies"
            else:
                w += "s"
            return " ".join(words[:i] + [w] + words[i + 1:])
        if not MEMBER.fullmatch(w):
            return None
    return None


def surfaces(stem):
    forms = []
    for f in spellings(stem):
        forms.append(f)
        for pattern, repl in WORD_VARIANTS:
            forms.append(pattern.sub(repl, forms[-1]))
    forms = list(dict.fromkeys(forms))
    return list(dict.fromkeys(forms + [p for p in map(plural, forms) if p]))


def class_heads():
    """The words that make a drug class after a target (class_words.tsv: "inhibitor", "antagonist", "agents")."""
    return {cols[0].lower() for _, cols in read_rows(CLASS_WORDS) if cols[1] in ("head", "weak-head")}


def reason_left_out(stem, gene_keys, taken, guard, heads):
    """Why a stem names no family, or None."""
    k = key(stem, False)
    if SYSTEMATIC.search(stem):
        return "systematic nomenclature"
    if stem.rsplit(" ", 1)[-1].lower() in heads:
        return "a drug class's head word ends it"
    if is_generic(stem):
        return "generic words only"
    if DISEASE.search(stem) or LOCUS.search(stem):
        return "a disease or locus"
    if k in gene_keys:
        return "a gene's name"
    if k in taken:
        return taken[k]
    return "named_families_stoplist.txt" if stem.lower() in guard else None


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--jar", default=DEFAULT_JAR)
    ap.add_argument("--list", action="store_true", help="print each family with its genes, and the stems left out")
    lexicons_arg(ap)
    args = ap.parse_args()
    global LEX_DIR
    LEX_DIR = args.lexicons
    ncbi, gene_keys = ncbi_genes()
    ids = hgnc_ids()
    by_gene = [(ids.get(s, s), [n]) for s, n in sorted(ncbi.items())]
    by_gene += sorted((hid, sorted(ns)) for hid, ns in hgnc_names(Jar(args.jar)).items())
    genes_of, spelling = stems(by_gene)
    symbol_of = {hid: s for s, hid in ids.items()}
    guard, heads = read_words("named_families_stoplist.txt"), class_heads()
    taken, family_keys = taken_keys()
    stats, left_out = collections.Counter(), []
    forms_of = collections.defaultdict(dict)  # key -> {family id: form}
    for sk in sorted(genes_of):
        stem, genes = spelling[sk], genes_of[sk]
        if len(genes) < MIN_GENES:
            continue
        members = " ".join(sorted(symbol_of.get(g, g) for g in genes))
        forms = surfaces(stem)
        # a curated or receptor family that names it ("platelet-derived growth factor receptor") stays the only one
        reason = reason_left_out(stem, gene_keys, taken, guard, heads) or next(
            (family_keys[k] for k in map(unhyphenated, forms) if k in family_keys), None)
        if reason:
            stats["stems left out: " + reason.split(":")[0]] += 1
            left_out.append(f"{stem}\t{reason}\t{members}")
            continue
        stats["families"] += 1
        for form in forms:
            k = key(form, False)
            if k in taken:
                stats["surfaces other lexicons list"] += 1
                left_out.append(f"{form}\t{taken[k]}\t{members}")
            else:
                forms_of[k].setdefault(stem.lower(), (form, members))
    rows = []
    for k in sorted(forms_of):
        if len(forms_of[k]) > 1:
            stats["surfaces of two families"] += 1
            left_out.append(f"{k}\tsurface of two families\t{' '.join(sorted(forms_of[k]))}")
        else:
            fid, (form, members) = next(iter(forms_of[k].items()))
            rows.append((form, fid, members))
    with open(os.path.join(LEX_DIR, OUT), "w", encoding="utf-8", newline="\n") as f:
        f.write("# Gene families named by the stem their members' names share (superoxide dismutase: SOD1-3) -> "
                "the stem, lower case.\n")
        f.write("# Generated by annotators/lexicon-sources/build_named_families.py from ncbi_human_symbols.tsv, "
                "ncbi_human_aliases.tsv, hgnc.tsv.gz of bioresources 1.1.24\n# and named_families_stoplist.txt; "
                "keys the other lexicons list are left to them.\n# Regenerate (after the other lexicon scripts): "
                "python3 annotators/lexicon-sources/build_named_families.py. Do not edit by hand.\n")
        f.write("# Format: surface<TAB>family id; case-insensitive.\n")
        for form, fid, _ in rows:
            f.write(f"{form}\t{fid}\n")
    stats["rows"] = len(rows)
    print(f"{OUT}: " + ", ".join(f"{k} {v}" for k, v in sorted(stats.items())))
    if args.list:
        for form, fid, members in sorted(rows, key=lambda r: (r[1], r[0])):
            print(f"family\t{fid}\t{form}\t{members}")
        print("\n".join("left out\t" + line for line in left_out))


if __name__ == "__main__":
    main()
