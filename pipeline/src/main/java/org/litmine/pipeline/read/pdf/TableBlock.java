package org.litmine.pipeline.read.pdf;

import java.util.List;

/**
 * A table found on a page: its label and caption, its grid of cells (first row the header) and the notes printed
 * under it.
 */
public record TableBlock(String label, String caption, int page, List<List<String>> rows, String notes) {

  public TableBlock {
    rows = rows.stream().map(List::copyOf).toList();
  }
}
