package org.litmine.pipeline.document;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.Serializable;
import java.util.List;

/** A table: its label ("Table 1"), caption, page, and rows of cells (the first row is the header). */
@JsonPropertyOrder({"label", "caption", "page", "rows"})
public record Table(String label, String caption, int page, List<List<String>> rows) implements Serializable {

  public Table {
    rows = rows.stream().map(List::copyOf).toList();
  }
}
