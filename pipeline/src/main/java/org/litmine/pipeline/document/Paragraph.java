package org.litmine.pipeline.document;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.Serializable;

/** A paragraph of body text, with its offsets in the body text and the page it starts on (1-based; 0 if unknown). */
@JsonPropertyOrder({"page", "start", "end", "text"})
public record Paragraph(int page, int start, int end, String text) implements Serializable {}
