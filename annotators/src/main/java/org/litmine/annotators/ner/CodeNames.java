package org.litmine.annotators.ner;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Drug code names ("BMS-754807", "OSI-906", "AMG 479", "CP-751,871", "NVP-BYL719", "R1507") and their normalized
 * form: lower case with punctuation and spaces removed ({@code bms754807}), as ANNOTATION.md writes them.
 *
 * <p>A code name starts with a letter, has at most one letter run of up to six letters before its number (plus an
 * optional second prefix), and a number of two or more digits. Abbreviations such as "5-FU" start with a digit and
 * are not code names.
 */
public final class CodeNames {

  private static final Pattern CODE = Pattern.compile(
      "(?:[A-Z]{2,5}[- ])?[A-Z][A-Za-z]{0,5}[- ]?(?:[A-Z][- ]?)?\\d{2,}(?:[-,]\\d+)*[A-Za-z]?");

  private CodeNames() {}

  public static boolean isCode(String surface) {
    return CODE.matcher(surface.strip()).matches();
  }

  public static String normalize(String surface) {
    return surface.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
