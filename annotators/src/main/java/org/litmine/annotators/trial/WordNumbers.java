package org.litmine.annotators.trial;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Whole numbers from one to ninety-nine written as words, as a sentence must begin with them ("Seventy-eight patients
 * were treated", "One- and 2-year survival"): "seventy-eight", "seventy eight", "Fifty", "twelve".
 */
public final class WordNumbers {

  private static final List<String> UNITS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
      "eighteen", "nineteen");
  private static final List<String> TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
      "eighty", "ninety");

  private WordNumbers() {}

  /** The number the words write, or empty where they write none of one to ninety-nine. */
  public static OptionalInt value(String words) {
    String[] parts = words.strip().toLowerCase(Locale.ROOT).split("[\\s\u2010-\u2015-]+");
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
