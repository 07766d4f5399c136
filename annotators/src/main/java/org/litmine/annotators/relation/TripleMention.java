package org.litmine.annotators.relation;

/**
 * One gene–drug–effect statement found in one sentence.
 *
 * <p>{@code geneKind} is {@code gene} for a gene (its HGNC symbol) and {@code family} for a gene family (its family
 * id, as in {@code families.tsv}). {@code drugKind} is {@code drug} for a named drug and {@code class} for a drug
 * class. Either kind is {@value #NAME} for a name a trained tagger proposed that no lexicon grounds: the gene or drug
 * is then the name as written. {@code geneAlias} and {@code drugAlias} are the other name the sentence gives a mention in parentheses right
 * beside it ("trimethoprim (TMP)"), or null. Character offsets are
 * those of the annotated text. {@code rule} names the rule that fired and {@code ruleConfidence} its reliability.
 */
public record TripleMention(
    String gene,
    String geneKind,
    String drug,
    String drugKind,
    Effect effect,
    boolean negated,
    boolean hedged,
    String rule,
    double ruleConfidence,
    String geneText,
    int geneBegin,
    int geneEnd,
    String drugText,
    int drugBegin,
    int drugEnd,
    String geneAlias,
    String drugAlias) {

  /** The kind of a gene or drug side that is a name as written, grounded to no identifier. */
  public static final String NAME = "name";

  /** Whether either side is an ungrounded name. */
  public boolean ungrounded() {
    return NAME.equals(geneKind) || NAME.equals(drugKind);
  }
}
