package org.litmine.annotators.lexicon;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * The one normalizer of lexicon keys, used both when a lexicon is loaded and when text is looked up.
 *
 * <p>It folds Unicode compatibility forms (ligatures, superscripts, full-width letters), unifies dashes and
 * spaces, closes the spaces a typesetter leaves around hyphens ("importin- β 1"), spells Greek letters out and joins
 * them to what precedes and to a number after them ("ERα", "ER α", "ER-α" and "ERalpha" meet; "β 1" is "beta1"),
 * and, unless the key is case-sensitive, lowercases. A Greek name already spelled out as a word of its own is joined
 * the same way, so that "ER alpha", "ER-alpha", "TGF-beta", "importin beta-1" and "alpha 2-adrenoceptor" meet
 * "ERα", "TGF-β", "importin-β1" and "α2-adrenoceptor".
 */
public final class KeyNormalizer {

  private static final String GREEK = "αβγδεκλμστωΑΒΓΔΕΚΛΜΣΤΩ";
  private static final String[] GREEK_NAMES = {
    "alpha", "beta", "gamma", "delta", "epsilon", "kappa", "lambda", "mu", "sigma", "tau", "omega",
    "alpha", "beta", "gamma", "delta", "epsilon", "kappa", "lambda", "mu", "sigma", "tau", "omega"
  };

  private KeyNormalizer() {}

  /** The key of a surface string; {@code caseSensitive} keeps letter case (for short, ambiguous symbols). */
  public static String key(String surface, boolean caseSensitive) {
    String s = isAscii(surface) ? surface : Normalizer.normalize(surface, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(s.length() + 8);
    boolean space = false;
    boolean afterGreek = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int greek = GREEK.indexOf(c);
      if (greek >= 0) {
        while (out.length() > 0 && (out.charAt(out.length() - 1) == ' ' || out.charAt(out.length() - 1) == '-')) {
          out.setLength(out.length() - 1);
        }
        out.append(GREEK_NAMES[greek]);
        space = false;
        afterGreek = true;
        continue;
      }
      if (c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2212' || c == '-') {
        if (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
          out.setLength(out.length() - 1);
        }
        out.append('-');
        space = true;
      } else if (Character.isWhitespace(c)) {
        boolean digitAfterGreek = afterGreek && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1));
        if (!space && out.length() > 0 && !digitAfterGreek) {
          out.append(' ');
        }
        space = true;
      } else {
        out.append(c);
        space = false;
      }
      afterGreek = false;
    }
    String key = joinSpelledGreek(out.toString().strip());
    return caseSensitive ? key : key.toLowerCase(Locale.ROOT);
  }

  /** NFKC leaves ASCII text as it is. */
  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * Joins a spelled-out Greek name that stands as a word ("ER alpha", "TGF-beta", "beta-1") to the word before it and
   * to a number after it, as {@link #key} does for Greek letters.
   */
  private static String joinSpelledGreek(String s) {
    if (spelledGreekAt(s) < 0) {
      return s;
    }
    return SEPARATOR_AFTER_GREEK.matcher(SEPARATOR_BEFORE_GREEK.matcher(s).replaceAll("")).replaceAll("");
  }

  /**
   * The part of a key's word before a Greek name joined to it ("importin" of "importinbeta1", "er" of "eralpha"), or
   * the empty string: a tokenizer may leave that part as a token of its own ("importin-", "β1").
   */
  public static String stemBeforeGreek(String word) {
    int at = spelledGreekAt(word);
    return at > 0 ? word.substring(0, at) : "";
  }

  /** The Greek letter names that stand spelled out in names, each starting with a letter of its own. */
  private static final List<String> SPELLED_NAMES =
      List.of("alpha", "beta", "gamma", "delta", "epsilon", "kappa", "lambda", "sigma", "omega");
  /** {@link #SPELLED_NAMES} by their first letter. */
  private static final String[] SPELLED_BY_FIRST_LETTER = new String[128];

  static {
    for (String name : SPELLED_NAMES) {
      SPELLED_BY_FIRST_LETTER[name.charAt(0)] = name;
    }
  }

  /**
   * Where the first Greek letter name in {@code s} starts, in any case of ASCII letters, or -1: what {@link #SPELLED}
   * finds, scanned by hand because every span looked up goes through here and a regex search was most of the cost
   * of entity matching.
   */
  static int spelledGreekAt(String s) {
    for (int i = 0; i < s.length(); i++) {
      char first = asciiLower(s.charAt(i));
      String name = first < 128 ? SPELLED_BY_FIRST_LETTER[first] : null;
      if (name != null && asciiLowerMatches(s, i, name)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean asciiLowerMatches(String s, int from, String lower) {
    if (from + lower.length() > s.length()) {
      return false;
    }
    for (int j = 1; j < lower.length(); j++) {
      if (asciiLower(s.charAt(from + j)) != lower.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  private static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  private static final String SPELLED = "(?i:" + String.join("|", SPELLED_NAMES) + ")";
  /** A space or hyphen between a word and a Greek name that is a word of its own: "ER alpha", "TGF-beta". */
  private static final java.util.regex.Pattern SEPARATOR_BEFORE_GREEK =
      java.util.regex.Pattern.compile("(?<=[A-Za-z0-9)])[ -](?=" + SPELLED + "(?![A-Za-z]))");
  /** A space or hyphen between a Greek name and a number: "beta-1", "beta 1". */
  private static final java.util.regex.Pattern SEPARATOR_AFTER_GREEK =
      java.util.regex.Pattern.compile("(?<=" + SPELLED + ")[ -](?=\\d)");
}
