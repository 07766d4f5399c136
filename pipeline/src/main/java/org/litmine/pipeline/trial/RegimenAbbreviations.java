package org.litmine.pipeline.trial;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litmine.annotators.lexicon.TsvResource;

/**
 * Regimen short names a paper uses without defining them ("PemOx", "PCb", "PCB", "BV/CP"), read against the agents
 * of its arms: a short name stands for the agents whose names its letters spell in order, each agent's part
 * starting with the agent's initial and taking further letters of its name in order ("PemOx": pemetrexed +
 * oxaliplatin; "PCb": pemetrexed + carboplatin; "BV/CP": bevacizumab + carboplatin + paclitaxel). An agent's letters
 * may also come from the older names of {@code regimen-letters.tsv} ("MVP": mitomycin + vinblastine + Platinol,
 * cisplatin).
 */
final class RegimenAbbreviations {

  private static final String LETTER_NAMES = "org/litmine/pipeline/trial/regimen-letters.tsv";
  /** Each agent's names a short name may spell it by: its own, then those of {@code regimen-letters.tsv}. */
  private static final Map<String, List<String>> OTHER_NAMES = otherNames();

  /** A short name of capitals after at most two small letters. */
  private static final Pattern SHORTENED = Pattern.compile("[a-z]{0,2}([A-Z]{2,})");

  private RegimenAbbreviations() {}

  private static Map<String, List<String>> otherNames() {
    Map<String, List<String>> names = new HashMap<>();
    TsvResource.read(LETTER_NAMES, cols -> {
      if (cols.length != 2 || cols[0].isBlank() || cols[1].isBlank()) {
        throw new IllegalArgumentException("regimen letters: expected id<TAB>name");
      }
      names.computeIfAbsent(cols[0], k -> new ArrayList<>()).add(cols[1].toLowerCase(Locale.ROOT));
    });
    return names;
  }

  /** The names a short name may spell an agent by, lower-cased: the agent's own first. */
  private static List<String> namesOf(String agent) {
    List<String> names = new ArrayList<>();
    names.add(agent.toLowerCase(Locale.ROOT));
    names.addAll(OTHER_NAMES.getOrDefault(agent, List.of()));
    return names;
  }

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
      return agents.size() == 1 && namesOf(agents.get(0)).stream()
          .anyMatch(n -> n.startsWith(shortName.toLowerCase(Locale.ROOT))) ? agents : List.of();
    }
    List<String> whole = spelled(shortName, agents);
    return whole.isEmpty() && shortName.matches("[a-z]{1,3}-.+")
        ? spelled(shortName.substring(shortName.indexOf('-') + 1), agents) : whole;
  }

  /**
   * Whether a short name shortens a regimen's acronym: its capitals, after at most two small letters that qualify it
   * ("mFFX": modified), are letters of the acronym in order, the first its first ("FFX" of "FOLFIRINOX").
   */
  static boolean shortens(String shortName, String acronym) {
    Matcher m = SHORTENED.matcher(shortName);
    if (!m.matches() || !acronym.matches("[A-Z]{4,}") || m.group(1).length() >= acronym.length()
        || m.group(1).charAt(0) != acronym.charAt(0)) {
      return false;
    }
    int at = 1;
    for (char c : m.group(1).substring(1).toCharArray()) {
      at = acronym.indexOf(c, at) + 1;
      if (at == 0) {
        return false;
      }
    }
    return true;
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
      if (used.contains(agent)) {
        continue;
      }
      used.add(agent);
      for (String name : namesOf(agent)) {
        if (!name.isEmpty() && name.charAt(0) == letters.charAt(from) && spellFrom(letters, from, name, agents, used)) {
          return true;
        }
      }
      used.remove(used.size() - 1);
    }
    return false;
  }

  /** Whether the letters from {@code from} on spell an agent by {@code name}, then the other agents the rest. */
  private static boolean spellFrom(String letters, int from, String name, List<String> agents, List<String> used) {
    int at = 1;
    for (int end = from + 1; ; end++) {
      if (spell(letters, end, agents, used)) {
        return true;
      }
      if (end == letters.length()) {
        return false;
      }
      at = name.indexOf(letters.charAt(end), at);
      if (at < 0) {
        return false;
      }
      at++;
    }
  }
}
