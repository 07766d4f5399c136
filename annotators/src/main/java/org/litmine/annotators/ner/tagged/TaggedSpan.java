package org.litmine.annotators.ner.tagged;

import org.litmine.annotators.ner.EntityType;

/**
 * A run of word pieces a trained tagger labels as one mention: its type, the pipeline tokens it touches
 * ({@code tokenBegin} inclusive, {@code tokenEnd} exclusive), its character offsets and its text as written.
 */
public record TaggedSpan(EntityType type, String text, int tokenBegin, int tokenEnd, int charBegin, int charEnd) {}
