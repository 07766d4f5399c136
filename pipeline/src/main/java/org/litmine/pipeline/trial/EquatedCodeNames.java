package org.litmine.pipeline.trial;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a paper equates a drug's generic name with a code name (ANNOTATION.md: "where the paper equates a code
 * name with an INN, the INN is the normalized form"): writes them side by side ("linsitinib (OSI-906)",
 * "MK-0646 (Dalotuzumab)", "Dalotuzumab (D) or MK-0646", "Dalotuzumab-MK0646"), within a few characters. The entity
 * annotators equate a code name defined in brackets; a trial text also equates the looser side-by-side forms of a
 * regimen description.
 */
final class EquatedCodeNames {

  /** How near (in characters) a generic name and a code name must be written to be equated. */
  private static final int WINDOW = 16;

  private final String paperText;

  /** {@code paperText} is the paper's own text, where equated generic names are sought. */
  EquatedCodeNames(String paperText) {
    this.paperText = paperText.toLowerCase(Locale.ROOT);
  }

  /** Whether the paper writes {@code generic} within a few characters of {@code code} (normalized, lower case). */
  boolean equated(String generic, String code) {
    Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(generic) + "(?![\\p{L}\\p{N}])")
        .matcher(paperText);
    while (m.find()) {
      String window = paperText.substring(Math.max(0, m.start() - WINDOW),
          Math.min(paperText.length(), m.end() + WINDOW));
      if (window.replaceAll("[^\\p{L}\\p{N}]", "").contains(code)) {
        return true;
      }
    }
    return false;
  }
}
