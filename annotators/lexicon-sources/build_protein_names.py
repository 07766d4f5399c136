#!/usr/bin/env python3
"""Builds protein_names.tsv: the names UniProt gives human proteins, grounded to their HGNC approved symbol.

    python3 annotators/lexicon-sources/build_protein_names.py [--jar PATH] [--stats]   # from the repository root

HGNC names a gene systematically ("nuclear receptor subfamily 3 group C member 2", "selectin E", "toll like receptor
7"); papers, and pharmacology papers above all, write the protein's own name ("mineralocorticoid receptor",
"E-selectin", "Toll-like receptor 7", "xanthine oxidase", "osteoprotegerin"). UniProt's recommended and alternative
protein names are those names. They come from ``uniprot-proteins.tsv.gz`` of the bioresources 1.1.24 jar (Reach's
UniProt table: surface<TAB>accession<TAB>species), human rows only.

Grounding. An accession's surfaces include its gene symbol and synonyms. The approved symbols of
ncbi_human_symbols.tsv (NCBI Gene = HGNC) among them are its candidate genes; with several candidates (a synonym that
is another gene's symbol), the one whose NCBI full name or NCBI synonyms the accession lists most wins, and an
accession with no single winner is left out. The symbol must be an id genes.tsv uses.

Rows: an accession's names (surfaces with a lower-case letter, so not symbols or codes), each only if
  * a phrase of 10 characters or more with a word of 4 lower-case letters, or a single word of 8 letters or more,
    lower case after its first letter, with at most a one-letter prefix ("Osteoprotegerin", "E-selectin"); short
    codes and nicknames ("Aip-1", "Bw-22", "C1orf4", "Botch") are left out;
  * it has no comma (UniProt's "…, cytoplasmic", "…, mitochondrial" qualify a name text
    writes without them) and no "--" (UniProt's "Tryptophan--tRNA ligase" notation);
  * every human accession that lists it is grounded to the same gene: a name two genes share is a family's or an
    isoform's ("Calmodulin", "Actin, cytoplasmic"), not one gene's;
  * it is not made only of generic words (build_lexicons.is_generic_phrase), names no disease, is no "Greek letter
    and number" alias, no single English word (english_words.txt, chemicals_english_words.txt), no stoplisted
    surface (gene_alias_stoplist.txt, hgnc_stoplist.txt, chemicals_stoplist.txt);
  * it does not also name other genes as a group: the start of another gene's name before its last word ("fatty acid
    desaturase" of "fatty acid desaturase 2", but not "osteoprotegerin" of "osteoprotegerin ligand"), or, for one
    word, the end of another gene's name word after 5 letters or more ("cholinesterase" of "acetylcholinesterase");
  * no spelling of it is also a spelling of another gene's name (both are left out);
  * its key (build_lexicons.key, as KeyNormalizer) is listed by no other lexicon (genes.tsv, receptor_genes.tsv,
    families.tsv, receptor_families.tsv, drugs.tsv, drug_classes.tsv, chemicals.tsv, cancers.tsv, class_targets.tsv):
    those keep priority, so that a family name stays a family and a chemical a chemical.
Each name is also written with the literature's variants (build_lexicons.spellings). All rows are case-insensitive.

Python 3 standard library only; deterministic (sorted output).
"""
import argparse
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build_lexicons import (DEFAULT_JAR, DEFAULT_OUT, DISEASE, GREEK_NUMBER, Jar, is_generic_phrase, key,  # noqa: E402
                            lexicons_arg, read_rows, read_words, spellings)

LEX_DIR = DEFAULT_OUT
OUT = "protein_names.tsv"
OTHER_LEXICONS = ("genes.tsv", "receptor_genes.tsv", "families.tsv", "receptor_families.tsv", "drugs.tsv",
                  "drug_classes.tsv", "chemicals.tsv", "cancers.tsv", "class_targets.tsv")
HUMAN = "Homo sapiens"
MIN_LENGTH = 5
MIN_PHRASE = 10
# A one-word name: a word of 8 letters or more, lower case after its first letter, with at most a one-letter
# prefix ("Osteoprotegerin", "E-selectin"); short codes ("Aip-1", "Bw-22", "C1orf4") and made-up words are not.
SINGLE_WORD = re.compile(r"(?:[A-Z]-)?[A-Za-z][a-z]{7,}")


def lexicon_rows(name):
    with open(os.path.join(LEX_DIR, name), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            yield cols[0], cols[1].split("|"), len(cols) > 2 and cols[2] == "cs"


def existing_keys():
    keys = set()
    for name in OTHER_LEXICONS:
        for surface, _, cs in lexicon_rows(name):
            keys.add(key(surface, False))
    return keys


def ncbi():
    names, aliases = {}, collections.defaultdict(set)
    for _, cols in read_rows("ncbi_human_symbols.tsv"):
        names[cols[0]] = cols[1]
    for _, cols in read_rows("ncbi_human_aliases.tsv"):
        aliases[cols[1]].add(cols[0])
    return names, aliases


def human_accessions(jar):
    surfaces = collections.defaultdict(set)
    for line in jar.text("uniprot-proteins.tsv.gz").splitlines():
        cols = line.split("\t")
        if len(cols) >= 3 and cols[2] == HUMAN:
            surfaces[cols[1]].add(cols[0].strip())
    return surfaces


def ground(surfaces, names, aliases):
    """The one approved symbol an accession's surfaces name, or None."""
    candidates = sorted(s for s in surfaces if s in names)
    if len(candidates) == 1:
        return candidates[0]
    lowered = {s.lower() for s in surfaces}
    score = {c: (names[c].lower() in lowered) * 10 + len(aliases[c] & surfaces) for c in candidates}
    best = max(score.values(), default=0)
    winners = [c for c in candidates if score[c] == best]
    return winners[0] if best > 0 and len(winners) == 1 else None


def is_name(s, english, stop):
    if len(s) < MIN_LENGTH or not re.search(r"[a-z]", s) or "," in s or "--" in s:
        return False
    low = s.lower()
    if low in stop or DISEASE.search(s) or is_generic_phrase(s) or GREEK_NUMBER.fullmatch(low):
        return False
    if " " in s:
        return len(s) >= MIN_PHRASE and re.search(r"[a-z]{4}", s) is not None
    return low not in english and SINGLE_WORD.fullmatch(s) is not None


# The last word of a name that numbers a member of a group: "2", "1A", "B", "II", "beta".
MEMBER_INDEX = re.compile(r"\d+[a-z]?\d*|[a-z]|[ivx]+|alpha|beta|gamma|delta|epsilon|kappa")
MIN_WORD_PREFIX = 5


def broader_names(genes_of, names):
    """The names (lower case) that also name other genes as a group: the start of another gene's name before a
    number or letter ("fatty acid desaturase" of "fatty acid desaturase 2"), or a word that ends another gene's
    name word after 5 letters or more ("cholinesterase" of "acetylcholinesterase")."""
    names_of = collections.defaultdict(set)   # symbol -> its names, lower case
    for name, symbols in genes_of.items():
        for symbol in symbols:
            if symbol:
                names_of[symbol].add(name.lower())
    for symbol, full in names.items():
        names_of[symbol].add(full.lower())
    heads = collections.defaultdict(set)      # a name's head before its last word -> symbols
    word_ends = collections.defaultdict(set)  # the end of a name's word -> symbols
    for symbol, ns in names_of.items():
        for n in ns:
            head, _, last = n.rpartition(" ")
            if head and MEMBER_INDEX.fullmatch(last):
                heads[head].add(symbol)
            for w in re.split(r"[\s/]+", n):
                for i in range(MIN_WORD_PREFIX, len(w) - 5):
                    if w[:i].isalpha():
                        word_ends[w[i:]].add(symbol)
    broad = set()
    for name, symbols in genes_of.items():
        low, others = name.lower(), set()
        others |= heads.get(low, set())
        if " " not in low:
            others |= word_ends.get(low, set())
        if others - symbols:
            broad.add(low)
    return broad


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--jar", default=DEFAULT_JAR)
    ap.add_argument("--stats", action="store_true")
    lexicons_arg(ap)
    args = ap.parse_args()
    global LEX_DIR
    LEX_DIR = args.lexicons
    names, aliases = ncbi()
    gene_ids = {i for _, ids, _ in lexicon_rows("genes.tsv") for i in ids}
    english = read_words("english_words.txt") | read_words("chemicals_english_words.txt")
    stop = read_words("gene_alias_stoplist.txt") | read_words("hgnc_stoplist.txt") | read_words(
        "chemicals_stoplist.txt")
    taken = existing_keys()
    stats = collections.Counter()

    genes_of = collections.defaultdict(set)   # name -> symbols (None for an ungrounded accession)
    for acc, surfaces in human_accessions(Jar(args.jar)).items():
        symbol = ground(surfaces, names, aliases)
        if symbol is not None and symbol not in gene_ids:
            symbol = None
        stats["accessions grounded" if symbol else "accessions not grounded"] += 1
        for s in surfaces:
            if is_name(s, english, stop):
                genes_of[s].add(symbol)

    broad = broader_names(genes_of, names)
    forms_of = collections.defaultdict(dict)   # key -> {symbol: form}
    for name, symbols in sorted(genes_of.items(), key=lambda kv: kv[0]):
        if len(symbols) != 1 or None in symbols:
            stats["names of no single gene"] += 1
            continue
        if name.lower() in broad:
            stats["names of a group of genes"] += 1
            continue
        symbol = next(iter(symbols))
        for form in spellings(name):
            k = key(form, False)
            if k in taken:
                stats["forms other lexicons list"] += 1
            else:
                forms_of[k].setdefault(symbol, form)
    rows = {}
    for k, by_symbol in forms_of.items():
        if len(by_symbol) == 1:
            rows[k] = next((form, symbol) for symbol, form in by_symbol.items())
        else:
            stats["forms of two genes"] += 1
    with open(os.path.join(LEX_DIR, OUT), "w", encoding="utf-8") as f:
        f.write("# Human protein names (UniProt recommended and alternative names) -> HGNC approved symbol.\n")
        f.write("# Generated by annotators/lexicon-sources/build_protein_names.py from uniprot-proteins.tsv.gz of "
                "bioresources 1.1.24 and ncbi_human_symbols.tsv; do not edit.\n")
        f.write("# Format: surface<TAB>id; case-insensitive.\n")
        for k in sorted(rows):
            form, symbol = rows[k]
            f.write(f"{form}\t{symbol}\n")
    stats["rows"] = len(rows)
    stats["genes"] = len({s for _, s in rows.values()})
    if args.stats:
        for k, v in sorted(stats.items()):
            print(f"{k}: {v}")


if __name__ == "__main__":
    main()
