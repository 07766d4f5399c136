package org.litmine.pipeline.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A command's usage and the options it takes. An option it does not take is refused with the nearest it does
 * ("did you mean --effect?"), so that a misspelt option never silently widens a search or changes a default.
 * {@code run} is not checked here: its options are Beam's and litmine's option interfaces, which Beam checks.
 */
record CommandSpec(String usage, Set<String> options) {

  /** The largest edit distance at which an unknown option is taken for a misspelling of a known one. */
  private static final int MAX_DISTANCE = 2;

  CommandSpec {
    options = Set.copyOf(options);
  }

  /** Refuses options the command does not take. */
  void check(String command, ArgList args) throws UsageException {
    for (String name : args.options.keySet()) {
      if (!options.contains(name)) {
        String nearest = nearest(name);
        throw new UsageException("unknown option --" + name
            + (nearest == null ? "" : " (did you mean --" + nearest + "?)") + "\nusage: litmine " + usage
            + (options.isEmpty() ? "" : "\noptions: " + String.join(", ", optionList())));
      }
    }
  }

  private List<String> optionList() {
    List<String> list = new ArrayList<>();
    new TreeSet<>(options).forEach(o -> list.add("--" + o));
    return list;
  }

  /** The known option nearest to {@code name} by edit distance (ties: the first in sorted order), or null. */
  String nearest(String name) {
    String best = null;
    int bestDistance = MAX_DISTANCE + 1;
    for (String option : new TreeSet<>(options)) {
      int d = distance(name.toLowerCase(java.util.Locale.ROOT), option.toLowerCase(java.util.Locale.ROOT));
      if (d < bestDistance) {
        best = option;
        bestDistance = d;
      }
    }
    return best;
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] t = previous;
      previous = current;
      current = t;
    }
    return previous[b.length()];
  }
}
