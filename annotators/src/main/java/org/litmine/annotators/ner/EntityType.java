package org.litmine.annotators.ner;

/** The kinds of entity litmine recognizes; the name is also the token's NER tag. */
public enum EntityType {
  GENE,
  DRUG,
  DRUG_CLASS,
  CANCER,
  /** A gene family or pathway ("PI3K", "RTKs"): recognized so that it is not mistaken for one gene. */
  FAMILY;

  /**
   * The lexicon file name (without directory) that lists surfaces of this type. Drug classes named whole
   * ("rapalogs") are listed; most are recognized from a target and a head word (see {@code EntityMatcher}).
   */
  public String lexiconFile() {
    return switch (this) {
      case GENE -> "genes.tsv";
      case DRUG -> "drugs.tsv";
      case CANCER -> "cancers.tsv";
      case FAMILY -> "families.tsv";
      case DRUG_CLASS -> "drug_classes.tsv";
    };
  }

  /** The lexicon lookup order for a span: the first type that lists it wins. */
  public static final java.util.List<EntityType> LOOKUP_ORDER = java.util.List.of(DRUG, DRUG_CLASS, GENE, FAMILY, CANCER);
}
