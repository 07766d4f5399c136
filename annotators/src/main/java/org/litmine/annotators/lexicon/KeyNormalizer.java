package org.litmine.annotators.lexicon;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one normalizer of lexicon keys, used both when a lexicon is loaded and when text is looked up.
 *
 * <p>It folds Unicode compatibility forms (ligatures, superscripts, full-width letters), unifies dashes and
 * spaces, closes the spaces a typesetter leaves around hyphens ("importin- β 1"), spells Greek letters out and joins
 * them to what precedes and to a number after them ("ERα", "ER α", "ER-α" and "ERalpha" meet; "β 1" is "beta1"),
 * and, unless the key is case-sensitive, lowercases.
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
    String s = Normalizer.normalize(surface, Normalizer.Form.NFKC);
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
    String key = out.toString().strip();
    return caseSensitive ? key : key.toLowerCase(Locale.ROOT);
  }
}
