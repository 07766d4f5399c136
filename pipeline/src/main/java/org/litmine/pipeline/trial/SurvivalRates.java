package org.litmine.pipeline.trial;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.litmine.annotators.lexicon.TsvResource;

/**
 * The rates of a time to an event read at a time point ({@code survival-rates.tsv}: "PFR" of PFS, "OS rate" of OS),
 * and which of them a time-point phrase names.
 */
final class SurvivalRates {

  static final String FILE = "org/litmine/pipeline/trial/survival-rates.tsv";
  private static final String ANY_OTHER = "*";
  private static final SurvivalRates RATES = new SurvivalRates();

  /** A rate, and the words of a phrase that name it (null: any survival no other row names). */
  private record Row(String rate, Pattern words) {}

  private final Map<String, String> timeOf = new LinkedHashMap<>();
  private final List<Row> rows = new ArrayList<>();

  private SurvivalRates() {
    TsvResource.read(FILE, cols -> {
      if (cols.length != 3 || cols[0].isBlank() || cols[1].isBlank() || cols[2].isBlank()) {
        throw new IllegalArgumentException("SurvivalRates: expected rate, time and words in " + FILE);
      }
      if (timeOf.put(cols[0], cols[1]) != null) {
        throw new IllegalArgumentException("SurvivalRates: " + cols[0] + " is listed twice in " + FILE);
      }
      rows.add(new Row(cols[0], ANY_OTHER.equals(cols[2]) ? null
          : Pattern.compile("(?i)\\b(?:" + cols[2].replace("-", "[- ]") + ")\\b")));
    });
    if (rows.isEmpty() || rows.get(rows.size() - 1).words() != null) {
      throw new IllegalArgumentException("SurvivalRates: the last row of " + FILE + " must name any other survival");
    }
  }

  /** The time a rate at a time point is of ("OS rate": OS, "PFR": PFS), or null for any other metric. */
  static String timeOf(String rate) {
    return RATES.timeOf.get(rate);
  }

  /** Whether a metric is a rate of a time to an event read at a time point. */
  static boolean isRate(String metric) {
    return RATES.timeOf.containsKey(metric);
  }

  /** The rate a time-point phrase names: "12-month progression-free survival rate" is PFR, not a survival rate. */
  static String namedBy(String phrase) {
    for (Row row : RATES.rows) {
      if (row.words() == null || row.words().matcher(phrase).find()) {
        return row.rate();
      }
    }
    throw new IllegalStateException("unreachable: the last row names any survival");
  }
}
