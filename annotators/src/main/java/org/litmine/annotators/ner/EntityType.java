package org.litmine.annotators.ner;

/** The kinds of entity litmine recognizes; the name is also the token's NER tag. */
public enum EntityType {
  GENE,
  DRUG,
  DRUG_CLASS,
  CANCER,
  /**
   * A gene family or pathway ("PI3K", "RTKs", "superoxide dismutases"): recognized so that it is not mistaken for one
   * gene.
   */
  FAMILY,
  /**
   * A chemical from the general chemistry lexicon that the curated drug list lacks ("caffeine", "losartan"); in
   * triples it stands as a named drug.
   */
  CHEMICAL;

  /**
   * The lexicon files (names without directory) that list surfaces of this type, the first keeping a surface both
   * list (the receptor files are generated from HGNC names by {@code build_receptor_names.py}, the named families
   * from the stem their members' names share by {@code build_named_families.py}). Drug classes named whole
   * ("rapalogs") are listed; most are recognized from a target and a head word (see {@code EntityMatcher}).
   */
  public java.util.List<String> lexiconFiles() {
    return switch (this) {
      case GENE -> java.util.List.of("genes.tsv", "receptor_genes.tsv", "protein_names.tsv");
      case DRUG -> java.util.List.of("drugs.tsv");
      case CHEMICAL -> java.util.List.of("chemicals.tsv");
      case CANCER -> java.util.List.of("cancers.tsv");
      case FAMILY -> java.util.List.of("families.tsv", "receptor_families.tsv", "named_families.tsv");
      case DRUG_CLASS -> java.util.List.of("drug_classes.tsv");
    };
  }

  /** The lexicon lookup order for a span: the first type that lists it wins. */
  public static final java.util.List<EntityType> LOOKUP_ORDER = java.util.List.of(DRUG, DRUG_CLASS, GENE, FAMILY, CANCER, CHEMICAL);

  /** Whether mentions of this type are named drugs in triples: curated drugs and general chemicals. */
  public boolean isDrugLike() {
    return this == DRUG || this == CHEMICAL;
  }
}
