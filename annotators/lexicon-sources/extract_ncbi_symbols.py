#!/usr/bin/env python3
"""Extracts the official human gene symbols that build_lexicons.py uses to recognise HGNC approved symbols.

    apt-get download r-bioc-org.hs.eg.db && dpkg-deb -x r-bioc-org.hs.eg.db_*.deb orghs
    python3 annotators/lexicon-sources/extract_ncbi_symbols.py orghs/usr/lib/R/site-library/org.Hs.eg.db/extdata/org.Hs.eg.sqlite

The HGNC table of bioresources (hgnc.tsv.gz) lists every surface of a gene without saying which one is the approved
symbol. NCBI Gene's human symbols are HGNC's approved symbols (NCBI takes them from HGNC, its nomenclature
authority), so the symbol NCBI gives for a gene whose surfaces include it, with the same full name, is the approved
symbol. Source: Bioconductor org.Hs.eg.db 3.16.0 (Debian package r-bioc-org.hs.eg.db 3.16.0-1, Artistic-2.0;
Entrez Gene data of 2022-09-12), table gene_info. Only symbols that the bioresources HGNC table lists as a surface
are kept (the others could not be used). Output, sorted: ncbi_human_symbols.tsv, symbol<TAB>full name; and
ncbi_human_aliases.tsv, alias<TAB>symbol (NCBI Gene's synonyms of those genes, table alias, symbol itself left out).
Python 3 standard library only; deterministic.
"""
import gzip
import io
import os
import sqlite3
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build_lexicons import DEFAULT_JAR as JAR  # noqa: E402  the one place the bioresources jar is looked for
SKIPPED_TYPES = ("biological-region", "unknown")


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    hgnc = gzip.decompress(zipfile.ZipFile(JAR).read("org/clulab/reach/kb/hgnc.tsv.gz")).decode("utf-8")
    surfaces = {line.split("\t")[0].strip() for line in io.StringIO(hgnc) if "\t" in line}
    db = sqlite3.connect(sys.argv[1])
    rows = db.execute("SELECT symbol, gene_name, gene_type FROM gene_info JOIN genetype USING (_id)").fetchall()
    kept = sorted({(s, n) for s, n, t in rows if t not in SKIPPED_TYPES and not s.startswith("LOC") and s in surfaces})
    with open(os.path.join(HERE, "ncbi_human_symbols.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# Official human gene symbols (= HGNC approved symbols) and full names, from NCBI Gene via Bioconductor\n")
        f.write("# org.Hs.eg.db 3.16.0 (Debian r-bioc-org.hs.eg.db 3.16.0-1; Entrez Gene 2022-09-12), restricted to symbols\n")
        f.write("# the bioresources 1.1.24 HGNC table lists. Regenerate: extract_ncbi_symbols.py (see its docstring).\n")
        f.write("# Format: symbol<TAB>full name\n")
        for s, n in kept:
            f.write(f"{s}\t{n}\n")
    print(f"ncbi_human_symbols.tsv: {len(kept)} symbols")
    symbols = {s for s, _ in kept}
    aliases = sorted({(a, s) for a, s in db.execute(
        "SELECT alias_symbol, symbol FROM alias JOIN gene_info USING (_id)") if s in symbols and a != s})
    with open(os.path.join(HERE, "ncbi_human_aliases.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# Synonyms of the genes of ncbi_human_symbols.tsv, from NCBI Gene via Bioconductor org.Hs.eg.db 3.16.0\n")
        f.write("# (Debian r-bioc-org.hs.eg.db 3.16.0-1; Entrez Gene 2022-09-12), table alias.\n")
        f.write("# Regenerate: extract_ncbi_symbols.py (see its docstring). Format: alias<TAB>symbol\n")
        for a, s in aliases:
            f.write(f"{a}\t{s}\n")
    print(f"ncbi_human_aliases.tsv: {len(aliases)} aliases")


if __name__ == "__main__":
    main()
