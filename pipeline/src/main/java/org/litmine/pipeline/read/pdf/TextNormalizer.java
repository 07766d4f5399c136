package org.litmine.pipeline.read.pdf;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Unicode clean-up for extracted text: compatibility forms folded (ligatures "ﬁ" to "fi", full-width forms,
 * superscript digits to digits), soft hyphens and zero-width characters removed, odd spaces made plain, runs of
 * white space collapsed. Greek letters and symbols are kept as they are.
 */
public final class TextNormalizer {

  private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");

  private TextNormalizer() {}

  public static String normalize(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
    folded = INVISIBLE.matcher(folded).replaceAll("");
    return SPACES.matcher(folded).replaceAll(" ").strip();
  }
}
