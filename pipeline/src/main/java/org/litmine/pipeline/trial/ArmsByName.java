package org.litmine.pipeline.trial;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litmine.pipeline.trial.TextArms.Arm;

/**
 * What a paper's text names its arms by, beside the comparison {@link TextArms} reads: the regimen short names it
 * defines, arms it names as alternatives of one regimen, and an experimental and a standard arm named by those words
 * (rules in {@code rules/own-trial.rules}).
 */
final class ArmsByName {

  private final TrialPatterns patterns;
  private final RegimenAgents comparators;

  ArmsByName(TrialPatterns patterns, RegimenAgents comparators) {
    this.patterns = patterns;
    this.comparators = comparators;
  }

  /**
   * A trial of one regimen whose text names an experimental and a standard arm by those words alone ("the
   * experimental arm", "the standard treatment arm"): the regimen is the experimental arm's, the standard arm has the
   * regimen's agents after its first ("erlotinib followed by cisplatin-gemcitabine": cisplatin and gemcitabine).
   */
  List<Arm> experimentalAndStandard(List<String> groups, List<String> regimen) {
    List<String> experimental = new ArrayList<>();
    List<String> standard = new ArrayList<>();
    for (String g : groups) {
      String first = g.split("\\s+")[0].toLowerCase(Locale.ROOT);
      if (patterns.get("EXPERIMENTAL_WORD").matcher(first).matches()) {
        experimental.add(g);
      } else if (patterns.get("ARM_WORD").matcher(first).matches()) {
        standard.add(g);
      }
    }
    if (regimen.size() < 2 || experimental.isEmpty() || standard.isEmpty()) {
      return List.of();
    }
    standard.sort(java.util.Comparator.comparingInt(String::length));
    return List.of(new Arm(experimental.get(0), regimen, experimental),
        new Arm(standard.get(0), regimen.subList(1, regimen.size()), standard));
  }

  /**
   * The regimen short names the text defines ({@code ABBREVIATION_DEFINED}: "cetuximab plus taxane/carboplatin (TC)")
   * with the agents of the words whose initials they are ("taxane/carboplatin": carboplatin).
   */
  Map<String, List<String>> definedShortNames(List<String> sentences, DrugNames drugs) {
    Map<String, List<String>> defined = new LinkedHashMap<>();
    for (String sentence : sentences) {
      String s = SentenceFigures.prepare(sentence);
      Matcher m = patterns.get("ABBREVIATION_DEFINED").matcher(s);
      while (m.find()) {
        String letters = m.group("abbreviation").replaceAll("[^A-Z]", "").toLowerCase(Locale.ROOT);
        Matcher word = Pattern.compile("[\\p{L}][\\p{L}\\p{N}]*").matcher(s.substring(0, m.start()));
        List<int[]> words = new ArrayList<>();
        while (word.find()) {
          if (!patterns.get("REGIMEN_JOINER").matcher(word.group()).matches()) {
            words.add(new int[] {word.start(), word.end()});
          }
        }
        if (letters.length() < 2 || words.size() < letters.length()) {
          continue;
        }
        List<int[]> own = words.subList(words.size() - letters.length(), words.size());
        boolean initials = true;
        for (int i = 0; i < own.size(); i++) {
          initials &= Character.toLowerCase(s.charAt(own.get(i)[0])) == letters.charAt(i);
        }
        List<String> agents = RegimenAgents.arm(comparators.find(s.substring(own.get(0)[0], m.start()), drugs));
        if (initials && !agents.isEmpty()) {
          defined.putIfAbsent(m.group("abbreviation"), agents);
        }
      }
    }
    return defined;
  }

  /**
   * Arms that differ by what the text names them, not by agents ({@code NAMED_ALTERNATIVES}: "randomised to receive
   * three (C3) or six (C6) courses of carboplatin ... and vinorelbine"): each gets the agents of the sentence.
   */
  List<Arm> namedAlternatives(List<String> sentences, DrugNames drugs) {
    for (String sentence : sentences) {
      String s = SentenceFigures.prepare(sentence);
      Matcher m = patterns.get("NAMED_ALTERNATIVES").matcher(s);
      if (patterns.get("COMPARISON_CUE").matcher(s).find() && m.find()) {
        List<String> agents = RegimenAgents.arm(comparators.find(s, drugs));
        if (!agents.isEmpty()) {
          return List.of(new Arm(m.group("first"), agents, List.of(m.group("first"))),
              new Arm(m.group("second"), agents, List.of(m.group("second"))));
        }
      }
    }
    return List.of();
  }
}
