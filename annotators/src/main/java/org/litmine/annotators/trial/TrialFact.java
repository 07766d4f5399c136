package org.litmine.annotators.trial;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence-level trial fact that {@link TrialFactAnnotator} read: its kind, its value normalized, and where it is
 * written: tokens [{@code tokenBegin}, {@code tokenEnd}) of its sentence and characters
 * [{@code charBegin}, {@code charEnd}) of the annotated text (CoreNLP's character offsets).
 *
 * <p>Values by kind: a registry id as written, spaces taken out and dashes folded ({@code NCT01234567},
 * {@code ISRCTN12345678}, {@code EudraCT 2004-001234-15}); a phase in Arabic numbers ({@code 3}, {@code 1/2},
 * {@code 1b/2}); a participant count as a whole number ({@code 1129}); a confidence interval's level as a number
 * ({@code 95}, {@code 97.5}); a whole confidence interval as its level, low and high bound, space-separated, with
 * {@code -} for a level not written or an upper bound not reached ({@code 95 0.23 0.41}, {@code - 6.8 13.6},
 * {@code 95 14.9 -}); a qualifier, a p value's or a ratio's number and a range as written ({@code > 24 weeks},
 * {@code 0.76}, {@code 20–22}); a drug part as the drug lexicon's id ({@code gemcitabine}); an arm's letter or number
 * as written ({@code A}, {@code 2}).
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
    CI_LEVEL,
    /**
     * A whole confidence interval: its level where written, its bounds ("95% CI, 0.23 to 0.41", "(6.8-13.6)"); its
     * span is the label and the bounds (of a bare interval in brackets, the bounds).
     */
    CI,
    /**
     * A number that qualifies a figure rather than measures it: a time a state lasts or a rate is read at ("SD &gt;
     * 24 weeks", "12-week PFR", "PFS rate at 9 months"); its span is the words, its value as written.
     */
    QUALIFIER,
    /** The number of a p value ("p = 0.76", "P&lt;0.0001"): its span is the number's token. */
    P_VALUE,
    /** The number of a hazard or odds ratio written right after its name ("HR 0.80", "OR = 2.1"): its token. */
    RATIO,
    /** A range of two numbers ("20–22 months", "3 to 5", "11.9-30.3%"): its span is the numbers and a "%" after. */
    RANGE,
    /**
     * A drug named by a part of a regimen written as one hyphen-joined word ("gemcitabine-cisplatin",
     * "carboplatin–paclitaxel"), which the entity annotators read as one name or as none: a part the drug lexicon
     * lists whole ({@link CombinationParts}); its span is the part, its value the lexicon's id.
     */
    DRUG_PART,
    /**
     * An arm named by a letter or a number ("arm A", "Arm B", "arm 2", "arm II"): its span is the two words, its value
     * the letter or number.
     */
    ARM_LETTER
  }

  /** A number as a CI's bound or level is written, the decimal middle dot read as a point. */
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
  private static final String NONE = "-";

  public TrialFact {
    if (kind == null || value == null || value.isEmpty()) {
      throw new IllegalArgumentException("TrialFact: a kind and a value are required");
    }
  }

  /** The same fact, its character offsets moved by {@code chars} (to another text it is written in). */
  public TrialFact shifted(int chars) {
    return new TrialFact(kind, value, tokenBegin, tokenEnd, charBegin + chars, charEnd + chars);
  }

  /** The value of a participant count as a number. */
  public int count() {
    return Integer.parseInt(value);
  }

  /** The value of a CI level as a number. */
  public double level() {
    return Double.parseDouble(value);
  }

  /** The level of a CI fact, null where none is written. */
  public Double ciLevel() {
    return interval(0);
  }

  /** The lower bound of a CI fact. */
  public Double low() {
    return interval(1);
  }

  /** The upper bound of a CI fact, null where it was not reached. */
  public Double high() {
    return interval(2);
  }

  private Double interval(int part) {
    if (kind != Kind.CI) {
      throw new IllegalStateException("TrialFact: a " + kind + " fact has no interval");
    }
    String written = value.split(" ")[part];
    return NONE.equals(written) ? null : Double.valueOf(written);
  }

  /**
   * A CI's value: its level (null or as written: "95", "97\u00b75") and its bounds as written ("0.23\u20130.41",
   * "34% to 56%", "14.9 months to not reached") as {@code level low high}, {@code -} for what is not written.
   */
  public static String normalizeInterval(String level, String bounds) {
    Matcher m = NUMBER.matcher(bounds.replaceAll("\\s*[.\u00b7]\\s*(?=\\d)", "."));
    String low = m.find() ? m.group() : NONE;
    String high = m.find() ? m.group() : NONE;
    String ofLevel = level == null ? NONE : level.replace('\u00b7', '.').replaceAll("\\s+", "");
    return ofLevel + " " + low + " " + high;
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
