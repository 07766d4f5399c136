#!/usr/bin/env python3
"""Regenerates every lexicon in annotators/src/main/resources/org/litmine/annotators/lexicons from this folder.

    python3 annotators/lexicon-sources/regenerate_lexicons.py           # rewrites the committed lexicons
    python3 annotators/lexicon-sources/regenerate_lexicons.py --check   # builds into a temporary folder; fails if a
                                                                        # committed lexicon differs from what it built
    python3 annotators/lexicon-sources/regenerate_lexicons.py --keys    # only checks key() against the fixture

The build scripts run in the order their inputs need, all on one folder (--lexicons), each reading the lexicons
built before it:
  build_lexicons.py                 genes, families, class_targets, drug_classes, drugs, cancers, gene_roots, hgnc_ids
  build_chemicals.py                chemicals
  build_receptor_names.py           receptor_genes, receptor_families
  build_protein_names.py            protein_names
  build_named_families.py           named_families
  build_dashed_symbol_conflicts.py  dashed_symbol_conflicts
First, key() of build_lexicons.py is checked against the key fixture the Java KeyNormalizerFixtureTest also reads
(annotators/src/test/resources/org/litmine/annotators/lexicon/key_fixture.tsv): one normalization on both sides.

Not run here: extract_ncbi_symbols.py and make_english_words.py freeze inputs of this folder (ncbi_human_*.tsv,
english_words.txt) from a Bioconductor database and a dictionary; they are rerun only to move to newer sources.

Needs the bioresources 1.1.24 jar: --jar PATH, else $BIORESOURCES_JAR, else the local Maven repository
($MAVEN_REPOSITORY or ~/.m2/repository), where `mvn dependency:get -Dartifact=org.clulab:bioresources:1.1.24` puts
it. Python 3 standard library only; deterministic (two runs give byte-identical files).
"""
import argparse
import difflib
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build_lexicons import DEFAULT_JAR, DEFAULT_OUT, key, require_jar  # noqa: E402

KEY_FIXTURE = os.path.normpath(os.path.join(
    HERE, "..", "src", "test", "resources", "org", "litmine", "annotators", "lexicon", "key_fixture.tsv"))
# Each script, and whether it reads the bioresources jar.
STEPS = [("build_lexicons.py", True), ("build_chemicals.py", True), ("build_receptor_names.py", False),
         ("build_protein_names.py", True), ("build_named_families.py", True),
         ("build_dashed_symbol_conflicts.py", False)]
NOT_GENERATED = {"README.md"}


def check_key_fixture():
    """Fails unless key() gives every expected key of the fixture (input<TAB>cs|ci<TAB>expected key)."""
    wrong = []
    n = 0
    with open(KEY_FIXTURE, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            surface, case, expected = line.split("\t")
            n += 1
            got = key(surface, case == "cs")
            if got != expected:
                wrong.append(f"  key({surface!r}, {case}) = {got!r}, fixture says {expected!r}")
    if wrong:
        raise SystemExit(f"{KEY_FIXTURE}: key() differs from the fixture (and so from KeyNormalizer):\n"
                         + "\n".join(wrong))
    print(f"key fixture: {n} keys as KeyNormalizer makes them")


def build(lexicons, jar):
    for script, reads_jar in STEPS:
        command = [sys.executable, os.path.join(HERE, script), "--lexicons", lexicons]
        if reads_jar:
            command += ["--jar", jar]
        print("regenerate_lexicons:", script, flush=True)
        subprocess.run(command, check=True, cwd=os.path.join(HERE, "..", ".."))


def differences(built, committed):
    """The files that differ between the two folders, each with the start of its diff."""
    names = sorted((set(os.listdir(built)) | set(os.listdir(committed))) - NOT_GENERATED)
    out = []
    for name in names:
        a, b = os.path.join(committed, name), os.path.join(built, name)
        if not os.path.exists(b):
            out.append(f"{name}: committed, but no script builds it")
        elif not os.path.exists(a):
            out.append(f"{name}: built, but not committed")
        else:
            with open(a, encoding="utf-8") as fa, open(b, encoding="utf-8") as fb:
                old, new = fa.readlines(), fb.readlines()
            if old != new:
                diff = list(difflib.unified_diff(old, new, "committed/" + name, "regenerated/" + name, n=0))
                out.append(f"{name}: differs ({len(diff)} diff lines)\n" + "".join(diff[:20]))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--jar", default=DEFAULT_JAR)
    ap.add_argument("--check", action="store_true",
                    help="build into a temporary folder and fail if the committed lexicons differ")
    ap.add_argument("--keys", action="store_true", help="only check key() against the key fixture (no jar needed)")
    args = ap.parse_args()
    check_key_fixture()
    if args.keys:
        return
    require_jar(args.jar)
    if not args.check:
        build(DEFAULT_OUT, args.jar)
        return
    with tempfile.TemporaryDirectory(prefix="lexicons-") as built:
        build(built, args.jar)
        diffs = differences(built, DEFAULT_OUT)
    if diffs:
        print("\n".join(diffs), file=sys.stderr)
        raise SystemExit("The committed lexicons are not what annotators/lexicon-sources builds: regenerate them "
                         "(python3 annotators/lexicon-sources/regenerate_lexicons.py) or fix the sources.")
    print("lexicons: the committed files are what annotators/lexicon-sources builds")


if __name__ == "__main__":
    main()
