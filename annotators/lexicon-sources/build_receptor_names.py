#!/usr/bin/env python3
"""Builds receptor_genes.tsv and receptor_families.tsv: the names pharmacology gives receptor subtypes.

    python3 annotators/lexicon-sources/build_receptor_names.py [--list]   # from the repository root

HGNC names a receptor by its ligand and subtype ("5-hydroxytryptamine receptor 2A", "adrenoceptor beta 1",
"angiotensin II receptor type 1"); pharmacology writes it with the ligand's abbreviation and the subtype code
("5-HT2A receptor", "β1-adrenoceptor", "AT1 receptor"). receptor_naming.tsv holds, per series of genes, the regular
expression of their HGNC names and the templates of the forms the literature writes (see its header); this script
applies them to every gene of ncbi_human_symbols.tsv (NCBI Gene = HGNC approved symbols and names).

Gene rows: every form of a gene, grounded to its approved symbol. Family rows: the forms of a subtype number that
several genes share ("5-HT3 receptor": HTR3A..HTR3E, a pentamer of subunits; "α1-adrenoceptor": ADRA1A/B/D) and of
the whole series ("opioid receptor"), grounded to a lower-case family id; a family form is written only where at
least two genes fall under it, so that a number naming one gene ("5-HT4") stays a gene. Where only one gene's code
has a number and a letter, the number's forms name that gene ("PDE5", "phosphodiesterase type 5": PDE5A, the one
PDE5 gene; "PDE4": PDE4A..D, a family).

Every form is also written with "-receptor" for " receptor", and in the plural ("5-HT3 receptors"). A form whose key
(KeyNormalizer's, as build_lexicons.key) genes.tsv, families.tsv, drugs.tsv, drug_classes.tsv or chemicals.tsv
already lists is left out (those files keep priority; --list prints the collisions with another id). Short
forms without spaces and lower-case letters ("CB1", "NK1", "H1R") are case-sensitive.

Python 3 standard library only; deterministic (sorted output).
"""
import argparse
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build_lexicons import DEFAULT_OUT, key, lexicons_arg, read_rows  # noqa: E402  key: the one key normalizer

LEX_DIR = DEFAULT_OUT
HEAD_NOUNS = ("receptor", "adrenoceptor", "adrenoreceptor", "subunit")
OTHER_LEXICONS = ("genes.tsv", "families.tsv", "drugs.tsv", "drug_classes.tsv", "chemicals.tsv")


def read_tsv(path):
    """The columns of a TSV file's data lines (build_lexicons.read_rows, which takes a path too)."""
    return (cols for _, cols in read_rows(path))


def read_rules():
    rows = list(read_tsv(os.path.join(HERE, "receptor_naming.tsv")))
    header, rules = rows[0], []
    for n, cols in enumerate(rows[1:], 2):
        if len(cols) != len(header):
            sys.exit(f"receptor_naming.tsv row {n}: {len(cols)} columns, expected {len(header)}")
        r = dict(zip(header, cols))
        r["regex"] = re.compile(r["name_regex"] + "$")
        rules.append(r)
    return rules


def split_list(s):
    return [x for x in s.split("|") if x] or [""]


def render(template, values):
    if "{x}" in template and not values.get("x"):
        return None
    out = template
    for k, v in values.items():
        out = out.replace("{" + k + "}", v or "")
    return re.sub(r"\s+", " ", out).strip()


def variants(form):
    """The form, with '-receptor' for ' receptor', and their plurals."""
    out = {form}
    for head in HEAD_NOUNS:
        if form.endswith(" " + head):
            out.add(form[: -len(head) - 1] + "-" + head)
    for f in list(out):
        last = re.split(r"[\s-]", f)[-1]
        if last in HEAD_NOUNS or (last.isalpha() and last.islower() and len(last) > 4 and not last.endswith("s")):
            out.add(f + "s")
    return out


def is_cs(surface):
    return " " not in surface and len(surface) <= 5 and not any(c.islower() for c in surface)


def code_parts(code):
    m = re.match(r"(\d*)([A-Za-z]?)$", code or "")
    return (m.group(1), m.group(2).upper()) if m else (code, "")


def build(rules, genes):
    gene_forms = collections.defaultdict(set)    # surface -> symbols
    family_forms = collections.defaultdict(set)  # surface -> family ids
    for r in rules:
        members = []
        for symbol, name in genes:
            m = r["regex"].match(name)
            if m:
                members.append((symbol, m.groupdict()))
        if not members:
            sys.exit(f"receptor_naming.tsv: no gene name matches {r['name_regex']}")
        groups = collections.defaultdict(list)  # (greek, number) -> symbols
        for symbol, g in members:
            c = "".join(g.get(k) or "" for k in ("c", "c2", "c3")).upper()
            n, x = code_parts(c)
            values_base = {"c": c, "n": n, "x": x, "g": g.get("g") or ""}
            if x:
                groups[(values_base["g"], n)].append(symbol)
            for a in split_list(r["abbreviations"]):
                for lig in split_list(r["ligands"]):
                    values = dict(values_base, a=a, l=lig)
                    templates = split_list(r["gene_forms"])
                    if r["bare"] == "yes":
                        templates = templates + ["{a}{c}", "{a}({c})"]
                    for t in templates:
                        form = render(t, values)
                        if form:
                            for v in variants(form):
                                gene_forms[v].add(symbol)
        family_id_base = r["family_forms"]
        for t in split_list(family_id_base) + (["{a}{f}", "{a}({f})"] if r["bare"] == "yes" else []):
            for a in split_list(r["abbreviations"]):
                for lig in split_list(r["ligands"]):
                    if "{f}" in t:
                        for (greek, n), symbols in groups.items():
                            form = render(t, {"a": a, "l": lig, "g": greek, "f": n})
                            if len(symbols) < 2:  # a number only one gene has names that gene: "PDE5" is PDE5A
                                for v in variants(form):
                                    gene_forms[v].add(symbols[0])
                                continue
                            fid = family_id(r, greek, n)
                            for v in variants(form):
                                family_forms[v].add(fid)
                    elif len(members) >= 2:
                        greeks = sorted({g.get("g") or "" for _, g in members})
                        for greek in greeks if "{g}" in t else [""]:
                            form = render(t, {"a": a, "l": lig, "g": greek})
                            fid = family_id(r, greek, "")
                            for v in variants(form):
                                family_forms[v].add(fid)
    return gene_forms, family_forms


def family_id(rule, greek, number):
    """The family's id: its first form (of a shared number, or of the series), lower-cased: "5-ht3 receptor"."""
    abbr = split_list(rule["abbreviations"])[0]
    lig = split_list(rule["ligands"])[0]
    forms = split_list(rule["family_forms"])
    if number:
        t = next(f for f in forms if "{f}" in f)
    else:
        t = next((f for f in forms if "{f}" not in f and "{g}" in f), None) if greek else None
        t = t or next(f for f in forms if "{f}" not in f and "{g}" not in f)
    return render(t, {"a": abbr, "l": lig, "g": greek, "f": number}).lower()


def existing_keys():
    keys = {}
    for name in OTHER_LEXICONS:
        for cols in read_tsv(os.path.join(LEX_DIR, name)):
            cs = len(cols) > 2 and "cs" in cols[2].split(",")
            keys.setdefault(key(cols[0], cs), (name, cols[1]))
            keys.setdefault(key(cols[0], False), (name, cols[1]))
    return keys


def write(path, rows, note):
    with open(path, "w", encoding="utf-8") as f:
        f.write(f"# {note}\n")
        f.write("# Generated by annotators/lexicon-sources/build_receptor_names.py from receptor_naming.tsv and "
                "ncbi_human_symbols.tsv; do not edit.\n")
        f.write("# Format: surface<TAB>id[|id...][<TAB>cs]; cs = match letter case exactly.\n")
        for surface, ids, cs in rows:
            f.write(f"{surface}\t{'|'.join(ids)}" + ("\tcs" if cs else "") + "\n")


def to_rows(forms, taken, collisions, label):
    rows, seen = [], set()
    for surface in sorted(forms):
        ids = sorted(forms[surface])
        cs = is_cs(surface)
        k = key(surface, cs)
        if k in seen:
            continue
        hit = taken.get(k) or (None if cs else taken.get(key(surface, True)))
        if hit:
            if hit[1].split("|") != ids:
                collisions.append(f"{label}: {surface} -> {'|'.join(ids)}: {hit[0]} has {hit[1]}")
            continue
        if len(ids) > 1:
            collisions.append(f"{label}: {surface} names {'|'.join(ids)}: left out")
            continue
        seen.add(k)
        rows.append((surface, ids, cs))
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--list", action="store_true", help="print forms left out because another lexicon has them")
    lexicons_arg(ap)
    args = ap.parse_args()
    global LEX_DIR
    LEX_DIR = args.lexicons
    genes = [(c[0], c[1]) for c in read_tsv(os.path.join(HERE, "ncbi_human_symbols.tsv")) if len(c) > 1]
    gene_forms, family_forms = build(read_rules(), genes)
    taken = existing_keys()
    collisions = []
    family_rows = to_rows(family_forms, taken, collisions, "family")
    family_keys = {key(s, cs): ("receptor_families.tsv", "|".join(i)) for s, i, cs in family_rows}
    family_keys.update({key(s, False): v for (s, _, _), v in zip(family_rows, family_keys.values())})
    gene_rows = to_rows(gene_forms, {**taken, **family_keys}, collisions, "gene")
    write(os.path.join(LEX_DIR, "receptor_genes.tsv"), gene_rows,
          "Receptor subtype names of pharmacology -> HGNC approved symbol (5-HT2A receptor -> HTR2A).")
    write(os.path.join(LEX_DIR, "receptor_families.tsv"), family_rows,
          "Receptor families named by a shared subtype number or the ligand (5-HT3 receptor, opioid receptor).")
    print(f"receptor_genes.tsv: {len(gene_rows)} rows, {len({i for _, ids, _ in gene_rows for i in ids})} genes; "
          f"receptor_families.tsv: {len(family_rows)} rows; left out: {len(collisions)}")
    if args.list:
        print("\n".join(collisions))


if __name__ == "__main__":
    main()
