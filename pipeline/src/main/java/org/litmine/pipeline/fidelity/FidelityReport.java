package org.litmine.pipeline.fidelity;

import java.util.List;
import java.util.Locale;

/**
 * The fidelity of one extraction against its reference: word-level precision and recall of the body words in
 * named sections ({@code body}, the structure) and of all text ({@code text}, the text recovery), table scores,
 * captions found for the reference's figure captions, and reference list sizes.
 */
public record FidelityReport(String paper, String reference, WordMatch body, WordMatch text,
    List<TableScore> tables, int referenceFigureCaptions, int figureCaptions, int matchedFigureCaptions,
    int referenceEntries, int entries) {

  public double recall() {
    return body.recall();
  }

  public double precision() {
    return body.precision();
  }

  /** A few lines for a person. */
  public String describe() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%s%n  against %s%n", paper, reference));
    out.append(String.format(Locale.ROOT, "  body words: recall %.4f  precision %.4f  (reference %d, extracted %d,"
        + " in common %d)%n", body.recall(), body.precision(), body.referenceWords(), body.extractedWords(),
        body.common()));
    out.append(String.format(Locale.ROOT, "  all text:   recall %.4f  precision %.4f  (reference %d, extracted %d,"
        + " in common %d)%n", text.recall(), text.precision(), text.referenceWords(), text.extractedWords(),
        text.common()));
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
