package org.litmine.pipeline.document;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.Serializable;

/** A figure or table caption, kept apart from the prose. {@code kind} is {@code figure} or {@code table}. */
@JsonPropertyOrder({"kind", "label", "page", "text"})
public record Caption(String kind, String label, int page, String text) implements Serializable {}
