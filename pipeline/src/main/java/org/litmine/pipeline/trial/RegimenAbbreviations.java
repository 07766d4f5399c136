package org.litmine.pipeline.trial;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Regimen short names a paper uses without defining them ("PemOx", "PCb", "PCB", "BV/CP"), read against the agents
 * of its arms: a short name stands for the agents whose names its letters spell in order, each agent's part
 * starting with the agent's initial and taking further letters of its name in order ("PemOx": pemetrexed +
 * oxaliplatin; "PCb": pemetrexed + carboplatin; "BV/CP": bevacizumab + carboplatin + paclitaxel).
 */
final class RegimenAbbreviations {

  private RegimenAbbreviations() {}

  /**
   * The candidate short names of the texts ({@code REGIMEN_ABBREVIATION}, and a one-letter arm name where
   * {@code ONE_LETTER_ARM} finds one: "10.3% for P and 23.8% for CP"), in order of first use.
   */
  static List<String> candidates(List<String> texts, Pattern shortName, Pattern oneLetter) {
    Set<String> found = new LinkedHashSet<>();
    for (String text : texts) {
      Matcher m = shortName.matcher(text);
      while (m.find()) {
        found.add(m.group());
      }
      Matcher letter = oneLetter.matcher(text);
      while (letter.find()) {
        found.add(letter.group("name"));
      }
    }
    return new ArrayList<>(found);
  }

  /**
   * The agents a short name spells, using every letter and at least two agents ("nab-PC": nab-paclitaxel +
   * carboplatin), else without a lower-case prefix that qualifies an agent ("sb-PC", solvent-based: paclitaxel +
   * carboplatin); a one-letter name spells a single agent by its initial ("P": pemetrexed). Empty if it spells none.
   */
  static List<String> decode(String shortName, List<String> agents) {
    if (shortName.length() == 1) {
      return agents.size() == 1 && agents.get(0).toLowerCase(Locale.ROOT)
          .startsWith(shortName.toLowerCase(Locale.ROOT)) ? agents : List.of();
    }
    List<String> whole = spelled(shortName, agents);
    return whole.isEmpty() && shortName.matches("[a-z]{1,3}-.+")
        ? spelled(shortName.substring(shortName.indexOf('-') + 1), agents) : whole;
  }

  private static List<String> spelled(String shortName, List<String> agents) {
    String letters = shortName.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    List<String> used = new ArrayList<>();
    return spell(letters, 0, agents, used) && used.size() >= 2 ? used : List.of();
  }

  private static boolean spell(String letters, int from, List<String> agents, List<String> used) {
    if (from == letters.length()) {
      return true;
    }
    for (String agent : agents) {
      String name = agent.toLowerCase(Locale.ROOT);
      if (used.contains(agent) || name.isEmpty() || name.charAt(0) != letters.charAt(from)) {
        continue;
      }
      used.add(agent);
      int at = 1;
      for (int end = from + 1; ; end++) {
        if (spell(letters, end, agents, used)) {
          return true;
        }
        if (end == letters.length()) {
          break;
        }
        at = name.indexOf(letters.charAt(end), at);
        if (at < 0) {
          break;
        }
        at++;
      }
      used.remove(used.size() - 1);
    }
    return false;
  }
}
