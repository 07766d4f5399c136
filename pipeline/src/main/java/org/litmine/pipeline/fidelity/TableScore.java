package org.litmine.pipeline.fidelity;

import java.util.List;
import org.litmine.pipeline.document.Table;

/**
 * How one reference table came out: found or not, rows and columns extracted, and the share of the reference's
 * cells whose words equal those of the extracted cell at the same row and column.
 */
public record TableScore(String label, boolean found, int referenceRows, int rows, int referenceColumns,
    int columns, int cells, int correctCells) {

  public double cellAccuracy() {
    return cells == 0 ? 1.0 : (double) correctCells / cells;
  }

  public static TableScore of(Table reference, List<Table> extracted) {
    Table table = extracted.stream().filter(t -> t.label().equalsIgnoreCase(reference.label())).findFirst()
        .orElse(null);
    int refColumns = reference.rows().stream().mapToInt(List::size).max().orElse(0);
    int cells = reference.rows().stream().mapToInt(List::size).sum();
    if (table == null) {
      return new TableScore(reference.label(), false, reference.rows().size(), 0, refColumns, 0, cells, 0);
    }
    int correct = 0;
    for (int r = 0; r < reference.rows().size() && r < table.rows().size(); r++) {
      List<String> want = reference.rows().get(r);
      List<String> got = table.rows().get(r);
      for (int c = 0; c < want.size() && c < got.size(); c++) {
        correct += Words.of(want.get(c)).equals(Words.of(got.get(c))) ? 1 : 0;
      }
    }
    int columns = table.rows().stream().mapToInt(List::size).max().orElse(0);
    return new TableScore(reference.label(), true, reference.rows().size(), table.rows().size(), refColumns,
        columns, cells, correct);
  }
}
