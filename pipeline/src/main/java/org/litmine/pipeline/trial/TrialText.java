package org.litmine.pipeline.trial;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litmine.annotators.trial.TrialFact;

/**
 * Small text readers shared by the trial extractors: a table cell's bare phase number ("1b/2", "III"), citation
 * numbers ("[158, 161]", "[144–151]"), a table cell's count ("Estimated enrollment of 4,000") and a same-length
 * folding of typographic characters that keeps character offsets valid. Registry ids, phases and counts of people
 * written in sentences are the trial annotator's ({@link TrialFacts}).
 */
public final class TrialText {

  private static final String PHASE_NUMBER = "(?:[0-4]|IV|III|II|I)[abAB]?";
  private static final Pattern BARE_PHASE = Pattern.compile(
      "^\\s*(" + PHASE_NUMBER + "(?:\\s*(?:/|-|–)\\s*" + PHASE_NUMBER + ")?)\\s*$");
  private static final Pattern CITATION = Pattern.compile("\\[(\\d{1,4}(?:\\s*[,–-]\\s*\\d{1,4})*)\\]");
  private static final Pattern COUNT = Pattern.compile("(?<![\\p{L}\\p{N}.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(?![\\p{N}.%])");

  private TrialText() {}

  /**
   * Replaces dashes, minus signs, odd spaces and superscript two and three ("mg/m²", "mg/m(2)") by ASCII ones and
   * "\geq" by "≥ ", keeping every offset.
   */
  public static String fold(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u2010' && c <= '\u2015' || c == '\u2212') {
        out.append('-');
      } else if (c == '\u00b2' || c == '\u00b3') {
        out.append(c == '\u00b2' ? '2' : '3');  // "mg/m²"
      } else if (Character.isSpaceChar(c) || c == '\t') {
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    return out.toString().replace("\\geq", "≥   ").replace("\\leq", "≤   ").replace("/m(2)", "/m2  ");
  }

  /**
   * A table cell that holds only a phase number ("2", "1b/2", "II"), normalized; a cell that names its phase
   * ("Phase 3") is the trial annotator's ({@link TrialFacts}).
   */
  public static Optional<String> barePhase(String cell) {
    Matcher m = BARE_PHASE.matcher(fold(cell));
    return m.matches() ? Optional.of(TrialFact.normalizePhase(m.group(1))) : Optional.empty();
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
    return blanked(text, CITATION);
  }

  /** The text with every match of {@code pattern} blanked by spaces, so that every offset stays where it was. */
  static String blanked(String text, Pattern pattern) {
    Matcher m = pattern.matcher(text);
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
}
