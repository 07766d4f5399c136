package org.litmine.pipeline.output;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One sentence supporting a triple: the sentence, where it stands (section, page, character offsets in the body
 * text), the mentions as written, the rule that fired and whether this sentence hedges.
 */
@JsonPropertyOrder({"sentence", "section", "page", "start", "end", "geneText", "drugText", "rule", "hedged"})
public record Evidence(String sentence, String section, int page, int start, int end, String geneText,
    String drugText, String rule, boolean hedged) {}
