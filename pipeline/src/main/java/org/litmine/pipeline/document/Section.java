package org.litmine.pipeline.document;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.Serializable;
import java.util.List;

/** A section of the body: its heading (level 1 or 2), its offsets in the body text, and its paragraphs. */
@JsonPropertyOrder({"name", "level", "start", "end", "paragraphs"})
public record Section(String name, int level, int start, int end, List<Paragraph> paragraphs) implements Serializable {

  public Section {
    paragraphs = List.copyOf(paragraphs);
  }
}
