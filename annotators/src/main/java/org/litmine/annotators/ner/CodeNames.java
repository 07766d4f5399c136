package org.litmine.annotators.ner;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litmine.annotators.lexicon.TsvResource;

/**
 * Drug code names ("BMS-754807", "OSI-906", "AMG 479", "CP-751,871", "NVP-BYL719", "R1507") and their normalized
 * form: lower case with punctuation and spaces removed ({@code bms754807}), as ANNOTATION.md writes them.
 *
 * <p>A code name starts with a letter, has at most one letter run of up to six letters before its number (plus an
 * optional second prefix), and a number of two or more digits. Abbreviations such as "5-FU" start with a digit and
 * are not code names; nor is a chemical element's name with its mass number ("Radium-223", "Iodine-131": the elements
 * of {@value #ELEMENTS}).
 */
public final class CodeNames {

  private static final Pattern CODE = Pattern.compile(
      "(?:[A-Z]{2,5}[- ])?[A-Z][A-Za-z]{0,5}[- ]?(?:[A-Z][- ]?)?\\d{2,}(?:[-,]\\d+)*[A-Za-z]?");

  static final String ELEMENTS = "org/litmine/annotators/ner/element-names.txt";
  private static final Pattern LETTER_RUN = Pattern.compile("^\\p{L}+");
  private static final Set<String> ELEMENT_NAMES = elementNames();

  private CodeNames() {}

  public static boolean isCode(String surface) {
    String s = surface.strip();
    Matcher letters = LETTER_RUN.matcher(s);
    return CODE.matcher(s).matches()
        && !(letters.find() && ELEMENT_NAMES.contains(letters.group().toLowerCase(Locale.ROOT)));
  }

  private static Set<String> elementNames() {
    Set<String> names = new HashSet<>();
    TsvResource.read(ELEMENTS, cols -> names.add(cols[0].strip().toLowerCase(Locale.ROOT)));
    return Set.copyOf(names);
  }

  public static String normalize(String surface) {
    return surface.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
