package org.litmine.pipeline.trial;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Small text readers shared by the trial extractors: trial phases ("phase II", "Phase 1b/2" → "1b/2"), citation
 * numbers ("[158, 161]", "[144–151]"), participant counts ("Estimated enrollment of 4,000", "311 Ewing sarcoma
 * patients") and a same-length folding of typographic characters that keeps character offsets valid.
 */
public final class TrialText {

  private static final String PHASE_NUMBER = "(?:[0-4]|IV|III|II|I)[abAB]?";
  private static final Pattern PHASE = Pattern.compile(
      "\\b[Pp]hase\\s*(" + PHASE_NUMBER + "(?:\\s*(?:/|-|–|and|or)\\s*" + PHASE_NUMBER + ")?)(?![\\p{L}\\p{N}])");
  private static final Pattern BARE_PHASE = Pattern.compile(
      "^\\s*(" + PHASE_NUMBER + "(?:\\s*(?:/|-|–)\\s*" + PHASE_NUMBER + ")?)\\s*$");
  private static final Pattern CITATION = Pattern.compile("\\[(\\d{1,4}(?:\\s*[,–-]\\s*\\d{1,4})*)\\]");
  private static final Pattern COUNT = Pattern.compile("(?<![\\p{L}\\p{N}.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(?![\\p{N}.%])");
  private static final Pattern PATIENTS = Pattern.compile(
      "(?<![\\p{N}.,])(\\d{1,3}(?:,\\d{3})+|\\d+)\\s+(?:[\\p{L}-]+\\s+){0,5}?"
          + "(?:patients|subjects|participants|cases|women|men|children|adults)\\b");

  private TrialText() {}

  /** Replaces dashes, minus signs and odd spaces by ASCII ones and "\geq" by "≥ ", keeping every offset. */
  public static String fold(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u2010' && c <= '\u2015' || c == '\u2212') {
        out.append('-');
      } else if (Character.isSpaceChar(c) || c == '\t') {
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    return out.toString().replace("\\geq", "≥   ").replace("\\leq", "≤   ");
  }

  /** The first trial phase a text names, normalized: "phase II" → "2", "Phase I/II" → "1/2", "1b/2" kept. */
  public static Optional<String> phase(String text) {
    Matcher m = PHASE.matcher(fold(text));
    return m.find() ? Optional.of(normalizePhase(m.group(1))) : Optional.empty();
  }

  /** A table cell that holds only a phase ("2", "1b/2", "II", "Phase 3"), normalized. */
  public static Optional<String> phaseCell(String cell) {
    Optional<String> named = phase(cell);
    if (named.isPresent()) {
      return named;
    }
    Matcher m = BARE_PHASE.matcher(fold(cell));
    return m.matches() ? Optional.of(normalizePhase(m.group(1))) : Optional.empty();
  }

  static String normalizePhase(String raw) {
    String[] parts = raw.replaceAll("\\s*(?:/|-|–|and|or)\\s*", "/").split("/");
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

  /** The citation numbers in a text ("[158, 161]" → 158, 161; "[144–151]" → 144 to 151), in order. */
  public static List<Integer> citations(String text) {
    List<Integer> refs = new ArrayList<>();
    Matcher m = CITATION.matcher(fold(text));
    while (m.find()) {
      for (String part : m.group(1).split("\\s*,\\s*")) {
        String[] range = part.split("\\s*-\\s*");
        int from = Integer.parseInt(range[0].strip());
        int to = range.length > 1 ? Integer.parseInt(range[1].strip()) : from;
        for (int n = from; n <= to && n - from < 50; n++) {
          refs.add(n);
        }
      }
    }
    return refs;
  }

  /** The citations as written, as spans to blank out before reading figures. */
  static String blankCitations(String text) {
    Matcher m = CITATION.matcher(text);
    StringBuilder out = new StringBuilder(text);
    while (m.find()) {
      for (int i = m.start(); i < m.end(); i++) {
        out.setCharAt(i, ' ');
      }
    }
    return out.toString();
  }

  /** The first whole count in a table cell ("Estimated enrollment of 4,000" → 4000). */
  public static Optional<Integer> count(String cell) {
    Matcher m = COUNT.matcher(fold(cell));
    return m.find() ? Optional.of(Integer.parseInt(m.group(1).replace(",", ""))) : Optional.empty();
  }

  /** A participant count written before a patients noun ("311 Ewing sarcoma patients" → 311). */
  public static Optional<Integer> patients(String text) {
    Matcher m = PATIENTS.matcher(fold(text));
    return m.find() ? Optional.of(Integer.parseInt(m.group(1).replace(",", ""))) : Optional.empty();
  }
}
