package org.litmine.pipeline.read.pdf;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes the start of a figure or table caption: "Fig. 1", "Figure 2:", "Table 3.", "TABLE S1 |".
 *
 * @param kind {@code figure} or {@code table}
 * @param label normalized label, "Figure 1" or "Table 3"
 * @param rest the caption text after the label
 */
public record CaptionStart(String kind, String label, String rest) {

  private static final Pattern START = Pattern.compile(
      "^(Fig\\.?|Figure|FIGURE|FIG\\.?|Table|TABLE|Scheme|SCHEME)\\s*(S?\\d{1,3}[A-Za-z]?)\\s*[.:|]?\\s*(.*)$");

  public static Optional<CaptionStart> of(String text) {
    Matcher m = START.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    String word = m.group(1).toLowerCase(Locale.ROOT);
    String kind = word.startsWith("tab") ? "table" : "figure";
    String label = (kind.equals("table") ? "Table " : word.startsWith("sch") ? "Scheme " : "Figure ") + m.group(2);
    return Optional.of(new CaptionStart(kind, label, m.group(3)));
  }
}
