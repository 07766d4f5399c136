package org.litmine.pipeline.eval;

/**
 * What a triple is scored on: distinct (gene, drug, effect) per document. A relaxed (gene, drug) pair is a key whose
 * effect is {@link #ANY_EFFECT}.
 */
public record TripleKey(String doc, String gene, String drug, String effect) implements Comparable<TripleKey> {

  public static final String ANY_EFFECT = "*";

  /** This key's (gene, drug) pair. */
  public TripleKey pair() {
    return new TripleKey(doc, gene, drug, ANY_EFFECT);
  }

  @Override
  public int compareTo(TripleKey o) {
    return toString().compareTo(o.toString());
  }

  @Override
  public String toString() {
    return doc + " · " + gene + " · " + drug + " · " + effect;
  }

  /** "gene · drug · effect", or "gene · drug" for a pair. */
  public String label() {
    return gene + " · " + drug + (ANY_EFFECT.equals(effect) ? "" : " · " + effect);
  }
}
