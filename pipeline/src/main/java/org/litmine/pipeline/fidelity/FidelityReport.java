package org.litmine.pipeline.fidelity;

import java.util.List;
import java.util.Locale;

/**
 * The fidelity of one extraction against its reference: word-level precision and recall of the body text (by
 * longest common subsequence), table scores, captions found for the reference's figure captions, and reference
 * list sizes.
 */
public record FidelityReport(String paper, String reference, int referenceWords, int extractedWords, int common,
    List<TableScore> tables, int referenceFigureCaptions, int figureCaptions, int matchedFigureCaptions,
    int referenceEntries, int entries) {

  public double recall() {
    return referenceWords == 0 ? 1.0 : (double) common / referenceWords;
  }

  public double precision() {
    return extractedWords == 0 ? 1.0 : (double) common / extractedWords;
  }

  /** A few lines for a person. */
  public String describe() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%s%n  against %s%n", paper, reference));
    out.append(String.format(Locale.ROOT, "  body words: recall %.4f  precision %.4f  (reference %d, extracted %d,"
        + " in common %d)%n", recall(), precision(), referenceWords, extractedWords, common));
    for (TableScore t : tables) {
      out.append(String.format(Locale.ROOT, "  %s: %s rows %d/%d columns %d/%d cells %d/%d (%.3f)%n", t.label(),
          t.found() ? "found" : "MISSING", t.rows(), t.referenceRows(), t.columns(), t.referenceColumns(),
          t.correctCells(), t.cells(), t.cellAccuracy()));
    }
    out.append(String.format(Locale.ROOT, "  figure captions: %d extracted, %d of %d reference captions matched%n",
        figureCaptions, matchedFigureCaptions, referenceFigureCaptions));
    out.append(String.format(Locale.ROOT, "  references: %d extracted, %d in reference%n", entries,
        referenceEntries));
    return out.toString();
  }
}
