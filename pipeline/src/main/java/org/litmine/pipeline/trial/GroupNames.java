package org.litmine.pipeline.trial;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * The names a trial's text gives its arms and groups: lettered arms ({@code LETTERED_ARM}: "arm A") and named groups
 * ({@code GROUP_ARM}: "the selumetinib group", "the standard arm"), each from its first agent or arm word on.
 */
final class GroupNames {

  private final TrialPatterns patterns;
  private final RegimenAgents comparators;

  GroupNames(TrialPatterns patterns, RegimenAgents comparators) {
    this.patterns = patterns;
    this.comparators = comparators;
  }

  /**
   * The distinct names of arms and groups the sentences use, in order: "arm A", "selumetinib", "standard"; "the
   * chemotherapy-alone group" is "chemotherapy alone".
   */
  List<String> in(List<String> sentences, TrialDrugs drugs) {
    Map<String, String> names = new LinkedHashMap<>();
    for (String sentence : sentences) {
      String s = SentenceFigures.prepare(sentence);
      Matcher lettered = patterns.get("LETTERED_ARM").matcher(s);
      while (lettered.find()) {
        names.putIfAbsent("arm " + lettered.group("letter").toLowerCase(Locale.ROOT), "arm " + lettered.group("letter"));
      }
      Matcher group = patterns.get("GROUP_ARM").matcher(s);
      while (group.find()) {
        String name = trimmed(group.group("name").replaceAll("(?i)-(alone)\\b", " $1"), drugs);
        if (!name.isEmpty()) {
          names.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
        }
      }
    }
    return new ArrayList<>(names.values());
  }

  /** A group name from its first agent or arm word on ("the two treatment groups" gives none). */
  private String trimmed(String name, TrialDrugs drugs) {
    String[] words = name.split("\\s+");
    for (int i = 0; i < words.length; i++) {
      String rest = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
      boolean agent = !comparators.find(rest, drugs).isEmpty() && comparators.find(rest, drugs).get(0).start() == 0;
      if (agent || patterns.get("ARM_WORD").matcher(words[i]).matches()
          || i + 1 < words.length && patterns.get("REGIMEN_JOINER").matcher(words[i]).matches()
          && !words[i].matches("(?i)and|of|the|with|,|/|\\+")) {
        return rest;
      }
    }
    return "";
  }
}
