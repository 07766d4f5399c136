#!/usr/bin/env python3
"""Freezes english_words.txt: the HGNC surfaces and NCBI synonyms (ncbi_human_aliases.tsv; single tokens,
lowercased) that are English dictionary words.

Run once where a word list is installed (Debian: apt-get install wamerican); build_lexicons.py then reads the frozen
list, so the lexicons do not depend on the machine's dictionary.

    python3 annotators/lexicon-sources/make_english_words.py [/usr/share/dict/words]
"""
import gzip
import io
import os
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build_lexicons import DEFAULT_JAR as JAR  # noqa: E402  the one place the bioresources jar is looked for


def main():
    words_path = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/dict/words"
    with open(words_path, encoding="utf-8") as f:
        words = {w.strip().lower() for w in f if w.strip() and "'" not in w}
    with zipfile.ZipFile(JAR) as jar:
        data = gzip.decompress(jar.read("org/clulab/reach/kb/hgnc.tsv.gz")).decode("utf-8")
    hits = set()
    with open(os.path.join(HERE, "ncbi_human_aliases.tsv"), encoding="utf-8") as f:
        ncbi = "".join(l for l in f if not l.startswith("#"))
    for line in io.StringIO(data + ncbi):  # HGNC surfaces and NCBI Gene synonyms alike
        surface = line.split("\t")[0].strip()
        if surface and " " not in surface and surface.lower() in words:
            hits.add(surface.lower())
    with open(os.path.join(HERE, "english_words.txt"), "w", encoding="utf-8") as out:
        out.write("# HGNC single-token surfaces and NCBI synonyms that are English words (" + os.path.basename(words_path)
                  + " from Debian wamerican), frozen by make_english_words.py. One lowercase word per line.\n")
        for w in sorted(hits):
            out.write(w + "\n")
    print(len(hits), "words")


if __name__ == "__main__":
    main()
