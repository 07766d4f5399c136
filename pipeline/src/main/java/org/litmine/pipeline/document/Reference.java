package org.litmine.pipeline.document;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.Serializable;

/** One entry of the reference list: its number as printed (0 if unnumbered) and its text. */
@JsonPropertyOrder({"number", "text"})
public record Reference(int number, String text) implements Serializable {}
