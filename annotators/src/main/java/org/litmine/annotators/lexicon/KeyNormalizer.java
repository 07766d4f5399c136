package org.litmine.annotators.lexicon;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one normalizer of lexicon keys, used both when a lexicon is loaded and when text is looked up.
 *
 * <p>It folds Unicode compatibility forms (ligatures, superscripts, full-width letters), unifies dashes and
 * spaces, spells Greek letters out and joins them to what precedes ("ERα", "ER α", "ER-α" and "ERalpha" meet), and,
 * unless the key is case-sensitive, lowercases.
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
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int greek = GREEK.indexOf(c);
      if (greek >= 0) {
        while (out.length() > 0 && (out.charAt(out.length() - 1) == ' ' || out.charAt(out.length() - 1) == '-')) {
          out.setLength(out.length() - 1);
        }
        out.append(GREEK_NAMES[greek]);
        space = false;
      } else if (c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2212') {
        out.append('-');
        space = false;
      } else if (Character.isWhitespace(c)) {
        if (!space && out.length() > 0) {
          out.append(' ');
        }
        space = true;
      } else {
        out.append(c);
        space = false;
      }
    }
    String key = out.toString().strip();
    return caseSensitive ? key : key.toLowerCase(Locale.ROOT);
  }
}
