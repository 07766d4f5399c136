package org.litmine.annotators.trial;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A sentence-level trial fact that {@link TrialFactAnnotator} read: its kind, its value normalized, and where it is
 * written: tokens [{@code tokenBegin}, {@code tokenEnd}) of its sentence and characters
 * [{@code charBegin}, {@code charEnd}) of the annotated text (CoreNLP's character offsets).
 *
 * <p>Values by kind: a registry id as written, spaces taken out and dashes folded ({@code NCT01234567},
 * {@code ISRCTN12345678}, {@code EudraCT 2004-001234-15}); a phase in Arabic numbers ({@code 3}, {@code 1/2},
 * {@code 1b/2}); a participant count as a whole number ({@code 1129}); a confidence interval's level as a number
 * ({@code 95}, {@code 97.5}).
 */
public record TrialFact(Kind kind, String value, int tokenBegin, int tokenEnd, int charBegin,
    int charEnd) {

  /** What a fact states. */
  public enum Kind {
    /** A trial registry identifier (ClinicalTrials.gov, ISRCTN, EudraCT). */
    REGISTRY_ID,
    /** The phase of a trial. */
    PHASE,
    /** How many people a trial or study had. */
    PARTICIPANTS,
    /** The level of a confidence interval written before it ("95% CI"): its span is the words of the level. */
    CI_LEVEL
  }

  public TrialFact {
    if (kind == null || value == null || value.isEmpty()) {
      throw new IllegalArgumentException("TrialFact: a kind and a value are required");
    }
  }

  /** The value of a participant count as a number. */
  public int count() {
    return Integer.parseInt(value);
  }

  /** The value of a CI level as a number. */
  public double level() {
    return Double.parseDouble(value);
  }

  /** The values of the facts of one kind, in order, each once. */
  public static List<String> values(List<TrialFact> facts, Kind kind) {
    List<String> values = new ArrayList<>();
    for (TrialFact fact : facts) {
      if (fact.kind() == kind && !values.contains(fact.value())) {
        values.add(fact.value());
      }
    }
    return values;
  }

  /**
   * A phase as written, normalized: Roman numbers to Arabic, a joined pair ("I/II", "1b - 2", "II and III", "I-II")
   * to {@code a/b}, the sub-phase letter in lower case ("2B" → "2b").
   */
  public static String normalizePhase(String raw) {
    String[] parts = foldDashes(raw).replaceAll("\\s*(?:/|-|and|or)\\s*", "/").split("/");
    List<String> out = new ArrayList<>();
    for (String part : parts) {
      String p = part.strip();
      String suffix = p.matches(".*[abAB]") ? p.substring(p.length() - 1) : "";
      String number = p.substring(0, p.length() - suffix.length()).toUpperCase(Locale.ROOT);
      String arabic = switch (number) {
        case "I" -> "1";
        case "II" -> "2";
        case "III" -> "3";
        case "IV" -> "4";
        default -> number;
      };
      out.add(arabic + suffix.toLowerCase(Locale.ROOT));
    }
    return String.join("/", out);
  }

  /** Replaces the Unicode dashes (U+2010 to U+2015) and the minus sign by "-". */
  static String foldDashes(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(c >= '\u2010' && c <= '\u2015' || c == '\u2212' ? '-' : c);
    }
    return out.toString();
  }
}
