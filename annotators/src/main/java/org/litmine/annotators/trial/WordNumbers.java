package org.litmine.annotators.trial;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Whole numbers from one to 999 written as words, as a sentence must begin with them ("Seventy-eight patients were
 * treated", "One hundred thirty-seven patients", "One- and 2-year survival"): "seventy-eight", "seventy eight",
 * "Fifty", "twelve", "two hundred and five".
 */
public final class WordNumbers {

  private static final List<String> UNITS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
      "eighteen", "nineteen");
  private static final List<String> TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
      "eighty", "ninety");

  private WordNumbers() {}

  /**
   * The number the words write, or empty where they write none of one to nine hundred and ninety-nine ("One hundred
   * thirty-seven", "two hundred and five", "Three hundred").
   */
  public static OptionalInt value(String words) {
    String[] parts = words.strip().toLowerCase(Locale.ROOT).split("[\\s\u2010-\u2015-]+");
    if (parts.length >= 2 && parts[1].equals("hundred")) {
      int hundreds = UNITS.indexOf(parts[0]);
      int from = parts.length > 2 && parts[2].equals("and") ? 3 : 2;
      if (hundreds < 1 || hundreds > 9 || from == 3 && parts.length == 3) {
        return OptionalInt.empty();
      }
      if (from == parts.length) {
        return OptionalInt.of(hundreds * 100);
      }
      OptionalInt rest = belowHundred(java.util.Arrays.copyOfRange(parts, from, parts.length));
      return rest.isPresent() ? OptionalInt.of(hundreds * 100 + rest.getAsInt()) : rest;
    }
    return belowHundred(parts);
  }

  private static OptionalInt belowHundred(String[] parts) {
    int tens = parts.length >= 1 ? TENS.indexOf(parts[0]) : -1;
    if (parts.length == 1 && UNITS.indexOf(parts[0]) > 0) {
      return OptionalInt.of(UNITS.indexOf(parts[0]));
    }
    if (tens >= 2 && parts.length == 1) {
      return OptionalInt.of(tens * 10);
    }
    if (tens >= 2 && parts.length == 2 && UNITS.indexOf(parts[1]) >= 1 && UNITS.indexOf(parts[1]) <= 9) {
      return OptionalInt.of(tens * 10 + UNITS.indexOf(parts[1]));
    }
    return OptionalInt.empty();
  }
}
