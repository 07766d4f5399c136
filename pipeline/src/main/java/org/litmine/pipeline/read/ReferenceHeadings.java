package org.litmine.pipeline.read;

import java.util.Locale;
import java.util.regex.Pattern;

/** The headings that open a paper's reference list, in any of the formats read ("References", "8. Bibliography"). */
public final class ReferenceHeadings {

  private static final Pattern REFERENCES = Pattern.compile(
      "^(\\d+\\.?\\s*)?(references?|bibliography|literature cited|works cited|references and notes)$");

  private ReferenceHeadings() {}

  /** Whether a heading opens the reference list. */
  public static boolean opensReferences(String heading) {
    return REFERENCES.matcher(heading.toLowerCase(Locale.ROOT).strip()).matches();
  }
}
