package org.litmine.pipeline.trial;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import org.litmine.annotators.trial.TrialFact;

/**
 * The names a trial's text gives its arms and groups: lettered arms (the trial annotator's
 * {@link TrialFact.Kind#ARM_LETTER} facts: "arm A") and named groups
 * ({@code GROUP_ARM}: "the selumetinib group", "the standard arm"), each from its first agent or arm word on; and the
 * side of a comparison each belongs to.
 */
final class GroupNames {

  /** A word joined by a hyphen to the next ("immediate-docetaxel"), which may be a schedule's. */
  private static final java.util.regex.Pattern SCHEDULE_PREFIX = java.util.regex.Pattern.compile("\\b([\\p{L}]+)-(?=\\p{L})");

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
  List<String> in(List<TextWithFacts> sentences, TrialDrugs drugs) {
    Map<String, String> names = new LinkedHashMap<>();
    for (TextWithFacts sentence : sentences) {
      for (LetteredArm lettered : LetteredArm.in(sentence)) {
        names.putIfAbsent(lettered.name().toLowerCase(Locale.ROOT), lettered.name());
      }
      String s = SentenceFigures.prepare(sentence.text());
      Matcher group = patterns.get("GROUP_ARM").matcher(s);
      while (group.find()) {
        String name = groupName(group.group("name"), drugs);
        if (!name.isEmpty()) {
          names.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
        }
      }
    }
    return new ArrayList<>(names.values());
  }

  /**
   * The cohorts the sentences name by a word with a capital ({@code COHORT_ARM}: "the NPM1m cohort"), in order, as
   * arms given the single regimen's agents, where there are two or more; else none.
   */
  List<TextArms.Arm> cohortArms(List<TextWithFacts> sentences, List<String> agents) {
    Map<String, String> names = new LinkedHashMap<>();
    for (TextWithFacts sentence : sentences) {
      Matcher m = patterns.get("COHORT_ARM").matcher(SentenceFigures.prepare(sentence.text()));
      while (m.find()) {
        names.putIfAbsent(m.group("name").toLowerCase(Locale.ROOT), m.group("name"));
      }
    }
    return names.size() < 2 || agents.isEmpty() ? List.of()
        : names.values().stream().map(c -> new TextArms.Arm(c, agents, List.of(c))).toList();
  }

  /**
   * The agents of the groups whose regimen a sentence states ({@code GROUP_REGIMEN}: "the observation group was treated
   * with anlotinib combined with docetaxel"; {@code GROUP_BRACKET_REGIMEN}: "to the XELOX group (oxaliplatin 130 mg/m2
   * on day 1, capecitabine ...)"), by the group's name as {@link #in} gives it, lower case; a group given
   * another's regimen and more ({@code GROUP_BASE}: "... with apatinib on the basis of the control group") has that
   * group's agents after its own.
   */
  Map<String, List<String>> statedRegimens(List<TextWithFacts> sentences, TrialDrugs drugs,
      Map<String, List<String>> defined) {
    Map<String, List<String>> regimens = new LinkedHashMap<>();
    Map<String, String> bases = new LinkedHashMap<>();
    for (TextWithFacts sentence : sentences) {
      String s = SentenceFigures.prepare(sentence.text());
      Matcher m = patterns.get("GROUP_REGIMEN").matcher(s);
      List<int[]> clauses = new ArrayList<>();
      List<String> names = new ArrayList<>();
      while (m.find()) {
        String name = putStated(regimens, m, drugs, defined);
        clauses.add(new int[] {m.start("regimen"), s.length()});
        names.add(name);
        if (clauses.size() > 1) {
          clauses.get(clauses.size() - 2)[1] = m.start();
        }
      }
      Matcher bracketed = patterns.get("GROUP_BRACKET_REGIMEN").matcher(s);
      boolean assigns = patterns.get("ASSIGNMENT_WORD").matcher(s).find();
      while (assigns && bracketed.find()) {
        putStated(regimens, bracketed, drugs, defined);
      }
      for (int i = 0; i < clauses.size(); i++) {
        Matcher base = patterns.get("GROUP_BASE").matcher(s).region(clauses.get(i)[0], clauses.get(i)[1]);
        if (!names.get(i).isEmpty() && base.find()) {
          String other = groupName(base.group("name"), drugs).toLowerCase(Locale.ROOT);
          if (!other.isEmpty() && !other.equals(names.get(i))) {
            bases.putIfAbsent(names.get(i), other);
          }
        }
      }
    }
    bases.forEach((group, base) -> {
      if (regimens.containsKey(group) && regimens.containsKey(base)) {
        List<String> agents = new ArrayList<>(regimens.get(group));
        regimens.get(base).stream().filter(a -> !agents.contains(a)).forEach(agents::add);
        regimens.put(group, List.copyOf(agents));
      }
    });
    return regimens;
  }

  /**
   * Puts the agents of the regimen a match states for a group (its groups "name" and "regimen") under the group's name
   * in lower case, unless an earlier match stated one; returns that name ("" for none).
   */
  private String putStated(Map<String, List<String>> regimens, Matcher m, TrialDrugs drugs,
      Map<String, List<String>> defined) {
    String name = groupName(m.group("name"), drugs).toLowerCase(Locale.ROOT);
    List<String> agents = RegimenAgents.arm(comparators.find(m.group("regimen"), drugs, defined));
    if (!name.isEmpty() && !agents.isEmpty()) {
      regimens.putIfAbsent(name, agents);
    }
    return name;
  }

  /**
   * A group's name as written before "group" or "arm", trimmed; "chemotherapy-alone" is "chemotherapy alone",
   * "combination-therapy" "combination therapy".
   */
  private String groupName(String written, TrialDrugs drugs) {
    return trimmed(written.replaceAll("(?i)-(alone|therapy)\\b", " $1"), drugs);
  }

  /**
   * A group name from its first agent, arm word, schedule word ({@code SCHEDULE_ARM_WORD}; "the immediate-docetaxel
   * group" is "immediate docetaxel"), a short name right before "group" ({@code GROUP_SHORT_NAME}: "the XELOX group")
   * or word of a regimen
   * ({@code REGIMEN_JOINER}) that is more than a link ({@code REGIMEN_LINK}: "and", "the") on ("the two treatment
   * groups" gives none).
   */
  private String trimmed(String name, TrialDrugs drugs) {
    Matcher schedule = SCHEDULE_PREFIX.matcher(name);
    if (schedule.find() && patterns.get("SCHEDULE_ARM_WORD").matcher(schedule.group(1)).matches()) {
      name = name.substring(0, schedule.start()) + schedule.group(1) + " " + name.substring(schedule.end());
    }
    String[] words = name.split("\\s+");
    for (int i = 0; i < words.length; i++) {
      String rest = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
      boolean agent = !comparators.find(rest, drugs).isEmpty() && comparators.find(rest, drugs).get(0).start() == 0;
      if (agent || patterns.get("ARM_WORD").matcher(words[i]).matches()
          || patterns.get("SCHEDULE_ARM_WORD").matcher(words[i]).matches()
          || i + 1 < words.length && patterns.get("REGIMEN_JOINER").matcher(words[i]).matches()
          && !patterns.get("REGIMEN_LINK").matcher(words[i]).matches()
          || i == words.length - 1 && patterns.get("GROUP_SHORT_NAME").matcher(words[i]).matches()) {
        return rest;
      }
    }
    return "";
  }

  /**
   * The side a group name belongs to: the one of the agents a sentence states for the group
   * ({@link #statedRegimens}); for "monotherapy" ({@code MONOTHERAPY_WORD}) the side of one active agent the other
   * side adds one to; for "combination" ({@code COMBINATION_WORD}) the one side of two active agents or more; else
   * the one whose agents it names; for a comparator qualified as a regimen ("doublet
   * chemotherapy", "preoperative chemotherapy"; not "chemotherapy alone") the one side with drugs; for an arm word
   * the first side ("experimental") or the comparator's side, else the last ("control", "standard"); "chemotherapy"
   * or "alone" ("the chemotherapy alone group") or "placebo" where no side names it the side of a trial of a regimen
   * with or without an agent that lacks it.
   */
  int sideOf(String group, List<Side> sides, TrialDrugs drugs, Map<String, List<String>> stated) {
    List<String> regimen = stated.get(group.toLowerCase(Locale.ROOT));
    if (regimen != null) {
      List<Integer> same = java.util.stream.IntStream.range(0, sides.size())
          .filter(i -> RegimenAgents.sameAgents(sides.get(i).agents(), regimen)).boxed()
          .toList();
      if (same.size() == 1) {
        return same.get(0);
      }
    }
    List<List<String>> active = sides.stream()
        .map(x -> x.agents().stream().filter(a -> !comparators.isComparator(a)).toList()).toList();
    if (patterns.get("MONOTHERAPY_WORD").matcher(group).find() && sides.size() == 2) {
      for (int k = 0; k < 2; k++) {
        if (active.get(k).size() == 1 && active.get(1 - k).size() > 1 && active.get(1 - k).containsAll(active.get(k))) {
          return k;
        }
      }
    }
    if (patterns.get("COMBINATION_WORD").matcher(group).find()) {
      List<Integer> combined = java.util.stream.IntStream.range(0, sides.size())
          .filter(i -> active.get(i).size() > 1).boxed().toList();
      if (combined.size() == 1) {
        return combined.get(0);
      }
    }
    List<String> agents = RegimenAgents.arm(comparators.find(group, drugs));
    List<Integer> comparatorSides = new ArrayList<>();
    for (int i = 0; i < sides.size(); i++) {
      if (sides.get(i).agents().stream().allMatch(comparators::isComparator)) {
        comparatorSides.add(i);
      }
    }
    boolean qualified = java.util.Arrays.stream(group.split("\\s+"))
        .anyMatch(w -> w.length() > 3 && patterns.get("REGIMEN_JOINER").matcher(w).matches()
            && !patterns.get("ARM_WORD").matcher(w).matches() && !w.equalsIgnoreCase("alone"));
    if (qualified && !agents.isEmpty() && agents.stream().allMatch(comparators::isComparator)
        && sides.size() - comparatorSides.size() == 1) {
      return java.util.stream.IntStream.range(0, sides.size()).filter(i -> !comparatorSides.contains(i)).findFirst()
          .orElse(-1);
    }
    List<Integer> match = new ArrayList<>();
    for (int i = 0; i < sides.size(); i++) {
      if (!agents.isEmpty() && sides.get(i).agents().containsAll(agents)) {
        match.add(i);
      }
    }
    if (match.size() == 1) {
      return match.get(0);
    }
    if (match.size() > 1) {
      return match.stream().filter(i -> sides.get(i).agents().size() == agents.size()).findFirst().orElse(-1);
    }
    String word = group.toLowerCase(Locale.ROOT);
    if (word.matches(".*\\b(?:experimental|investigational|intervention)\\b.*")) {
      return 0;
    }
    if (word.matches(".*\\b(?:control|controls|standard|reference)\\b.*")) {
      return comparatorSides.size() == 1 ? comparatorSides.get(0) : sides.size() - 1;
    }
    if (agents.contains("chemotherapy") && sides.size() == 2 && comparatorSides.size() == 1) {
      return 1 - comparatorSides.get(0);
    }
    int fewer = sides.size() == 2 && sides.get(0).agents().size() < sides.get(1).agents().size() ? 0 : 1;
    if ((word.matches(".*\\b(?:alone|placebo)\\b.*") || agents.equals(List.of("chemotherapy"))) && sides.size() == 2
        && sides.get(1 - fewer).agents().containsAll(sides.get(fewer).agents())) {
      return fewer;
    }
    return -1;
  }
}
