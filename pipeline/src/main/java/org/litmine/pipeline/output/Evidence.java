package org.litmine.pipeline.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One sentence supporting a triple: the sentence, where it stands (section, page, character offsets in the body
 * text), the mentions as written, the rule that fired and whether this sentence hedges. {@code geneAlias} and
 * {@code drugAlias}, written only where the sentence has one, are the other name it gives a mention in parentheses
 * right beside it ("trimethoprim (TMP)"). {@code probability}, written only where {@code rule} is
 * {@code classifier}, is the trained relation model's probability for the sentence's statement (three decimals).
 */
@JsonPropertyOrder({"sentence", "section", "page", "start", "end", "geneText", "drugText", "geneAlias", "drugAlias",
    "rule", "probability", "hedged"})
public record Evidence(String sentence, String section, int page, int start, int end, String geneText,
    String drugText, @JsonInclude(JsonInclude.Include.NON_NULL) String geneAlias,
    @JsonInclude(JsonInclude.Include.NON_NULL) String drugAlias, String rule,
    @JsonInclude(JsonInclude.Include.NON_NULL) Double probability, boolean hedged) {

  /** Evidence found by a rule (no probability). */
  public Evidence(String sentence, String section, int page, int start, int end, String geneText, String drugText,
      String geneAlias, String drugAlias, String rule, boolean hedged) {
    this(sentence, section, page, start, end, geneText, drugText, geneAlias, drugAlias, rule, null, hedged);
  }

  /** Evidence whose mentions have no alias in the sentence. */
  public Evidence(String sentence, String section, int page, int start, int end, String geneText, String drugText,
      String rule, boolean hedged) {
    this(sentence, section, page, start, end, geneText, drugText, null, null, rule, null, hedged);
  }
}
