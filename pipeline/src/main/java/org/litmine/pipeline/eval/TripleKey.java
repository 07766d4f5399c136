package org.litmine.pipeline.eval;

/** What a triple is scored on: distinct (gene, drug, effect) per document. */
public record TripleKey(String doc, String gene, String drug, String effect) implements Comparable<TripleKey> {

  @Override
  public int compareTo(TripleKey o) {
    return toString().compareTo(o.toString());
  }

  @Override
  public String toString() {
    return doc + " · " + gene + " · " + drug + " · " + effect;
  }
}
