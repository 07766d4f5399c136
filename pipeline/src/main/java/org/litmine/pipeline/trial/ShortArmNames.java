package org.litmine.pipeline.trial;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short names a trial's text gives its arms where it assigns patients to them, for {@link TextArms}: regimen short
 * names it defines ("docetaxel plus cisplatin (DC)", "assigned to XELOX (oxaliplatin plus capecitabine)", "to
 * carfilzomib ... with lenalidomide ... and dexamethasone 40 mg weekly (KRd)"), and the names in brackets after each
 * arm's regimen in the sentence of the assignment ("(PCb-AC)", "(arm A)"), attached to the comparison's sides
 * (rules in {@code rules/own-trial.rules}).
 */
final class ShortArmNames {

  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{N}]*");
  private static final String CHEMOTHERAPY = "chemotherapy";

  private final TrialPatterns patterns;
  private final RegimenAgents comparators;
  private final RegimenAcronyms acronyms;

  ShortArmNames(TrialPatterns patterns, RegimenAgents comparators, RegimenAcronyms acronyms) {
    this.patterns = patterns;
    this.comparators = comparators;
    this.acronyms = acronyms;
  }

  /**
   * The regimen short names the text defines ({@code ABBREVIATION_DEFINED}: "cetuximab plus taxane/carboplatin (TC)")
   * with the agents of the words whose initials they are ("taxane/carboplatin": carboplatin), or of as many agents
   * named right before the bracket as it has letters, whatever their initials ("cisplatin plus etoposide (PE)", P for
   * Platinol), or in the assignment of as many agents as it has letters written since the arm's start, doses and days
   * among them ("to carfilzomib ... with lenalidomide ... and dexamethasone 40 mg weekly (KRd)"); or written before a
   * bracket of two agents or more in the assignment ({@code NAME_BEFORE_REGIMEN}:
   * "assigned to XP (cisplatin ... plus capecitabine ...)"; a standard regimen's acronym keeps its own agents,
   * {@link RegimenAcronyms}).
   */
  Map<String, List<String>> definedShortNames(List<String> sentences, TrialDrugs drugs) {
    Map<String, List<String>> defined = new LinkedHashMap<>();
    for (String sentence : sentences) {
      String s = SentenceFigures.prepare(sentence);
      boolean assignment = patterns.get("COMPARISON_CUE").matcher(s).find();
      Matcher m = patterns.get("ABBREVIATION_DEFINED").matcher(s);
      int previous = 0;
      while (m.find()) {
        String abbreviation = m.group("abbreviation");
        List<String> segment = abbreviation.equals(abbreviation.toUpperCase(Locale.ROOT)) || !assignment ? List.of()
            : armSegmentAgents(s, previous, m.start(), drugs);
        previous = m.end();
        if (segment.size() >= 2 && segment.size() == abbreviation.replaceAll("[^\\p{L}]", "").length()) {
          defined.putIfAbsent(abbreviation, segment);  // a letter per agent, small ones too: "KRd", "Cp"
          continue;
        }
        String capitals = abbreviation.replaceAll("[^A-Z]", "");
        String letters = (capitals.length() >= 2 ? capitals : abbreviation).toLowerCase(Locale.ROOT);
        Matcher word = WORD.matcher(s.substring(0, m.start()));
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
        if ((initials || agents.size() == letters.length()) && !agents.isEmpty()) {
          // Or a letter per agent named right before it, whatever their initials ("cisplatin plus etoposide (PE)").
          defined.putIfAbsent(abbreviation, agents);
        }
      }
      Matcher before = patterns.get("NAME_BEFORE_REGIMEN").matcher(s);
      while (assignment && before.find()) {
        List<String> agents = RegimenAgents.arm(comparators.find(before.group("regimen"), drugs));
        if (agents.size() >= 2 && comparators.find(before.group("abbreviation"), drugs).isEmpty()
            && acronyms.in(List.of(before.group("abbreviation"))).isEmpty()) {
          defined.putIfAbsent(before.group("abbreviation"), agents);
        }
      }
    }
    return defined;
  }

  /**
   * The agents of the arm whose bracketed short name starts at {@code bracket} in a sentence of the assignment: from
   * the last start of an arm before it ({@code ARM_SEGMENT_START}: "to", "or to", "versus", a semicolon), or from the
   * end of the arm named before it ({@code after}: "(arm A), erlotinib ... (arm B)"), to the bracket.
   */
  private List<String> armSegmentAgents(String s, int after, int bracket, TrialDrugs drugs) {
    int from = lastArmStart(s.substring(0, bracket));
    if (from < 0) {
      return List.of();
    }
    return RegimenAgents.arm(comparators.find(s.substring(Math.max(from, after), bracket), drugs));
  }

  /**
   * Sides of a comparison with the short names the text defines for exactly their agents ({@link #definedShortNames}:
   * "XELOX" for the title's "capecitabine plus oxaliplatin"), so that figures given "with XELOX" find their arm.
   */
  List<Side> withDefinedNames(List<Side> sides, Map<String, List<String>> defined) {
    List<Side> out = new ArrayList<>();
    for (Side side : sides) {
      List<String> names = new ArrayList<>();
      defined.forEach((name, agents) -> {
        java.util.Set<String> set = java.util.Set.copyOf(agents);
        boolean own = set.equals(java.util.Set.copyOf(side.agents()));
        boolean unique = sides.stream().filter(x -> set.equals(java.util.Set.copyOf(x.agents()))).count() == 1;
        if (own && unique) {
          names.add(name);
        }
      });
      out.add(side.withNames(names));
    }
    return out;
  }

  /**
   * Sides with the names the sentence of the assignment gives them in brackets after each arm's regimen
   * ({@code ASSIGNED_ARM_NAME}: "assigned to paclitaxel with carboplatin (PCb-AC) or to paclitaxel alone (P-AC)",
   * "to pazopanib 800 mg daily (arm A), trabectedin ... (arm B)"): a name goes to the one side that holds every agent
   * written since the arm's start ({@code ARM_SEGMENT_START}) with the fewest others, where no other name took it; a
   * short name the text {@code defined} written there beside an agent counts as its agents ("to daratumumab plus Rd
   * (D-Rd; n = 352) or Rd alone": daratumumab, lenalidomide and dexamethasone). A second name of a named side's
   * agents written with a dose is an arm of its own ("to X 2 mg/kg (X2), X 10 mg/kg (X10) or Y (Y)"). Only where every
   * side then has a name of its own, given here or defined.
   */
  List<Side> withAssignedNames(List<Side> sides, List<String> sentences, TrialDrugs drugs,
      Map<String, List<String>> defined) {
    for (String sentence : sentences) {
      String s = SentenceFigures.prepare(sentence);
      if (!patterns.get("COMPARISON_CUE").matcher(s).find()) {
        continue;
      }
      Matcher m = patterns.get("ASSIGNED_ARM_NAME").matcher(s);
      List<List<String>> names = new ArrayList<>();
      sides.forEach(x -> names.add(new ArrayList<>()));
      List<List<String>> doseArms = new ArrayList<>();
      sides.forEach(x -> doseArms.add(new ArrayList<>()));
      int previous = 0;
      while (m.find()) {
        List<String> agents = new ArrayList<>(armSegmentAgents(s, previous, m.start(), drugs));
        if (!agents.isEmpty()) {
          definedIn(s.substring(previous, m.start()), defined).stream().filter(a -> !agents.contains(a))
              .forEach(agents::add);
        }
        boolean dosed = patterns.get("DOSE").matcher(s.substring(previous, m.start())).find();
        previous = m.end();
        int side = closestSide(sides, agents);
        side = side >= 0 ? side : unnamedChemotherapySide(sides, agents);
        if (side < 0 || !namesArm(m.group("name"), sides.get(side), drugs)) {
          continue;
        }
        if (names.get(side).isEmpty()) {
          names.get(side).add(m.group("name"));
        } else if (dosed && agents.equals(sides.get(side).agents())) {
          doseArms.get(side).add(m.group("name"));  // "X 2 mg/kg (X2), X 10 mg/kg (X10)": another dose's arm
        }
      }
      long named = java.util.stream.IntStream.range(0, sides.size()).filter(i -> !names.get(i).isEmpty()
          || sides.get(i).names().stream().anyMatch(defined::containsKey)).count();
      if (names.stream().filter(n -> !n.isEmpty()).count() >= 2
          || names.stream().anyMatch(n -> !n.isEmpty()) && named == sides.size()) {
        List<Side> out = new ArrayList<>();
        for (int i = 0; i < sides.size(); i++) {
          Side side = sides.get(i);
          List<String> others = doseArms.get(i);
          List<String> own = side.names().stream().filter(n -> !others.contains(n)).toList();
          out.add(new Side(side.start(), side.end(), side.agents(), own, side.written()).withNames(names.get(i)));
          others.forEach(dose -> out.add(new Side(side.start(), side.end(), side.agents(), List.of(dose), null)));
        }
        return out;
      }
    }
    return sides;
  }

  /**
   * Whether a bracketed name can name an arm: one that writes no agent, or one an agent's name is only a part of
   * ("T-DOX", trabectedin with DOX), or the short name of the side's one agent ("(DOX)" after doxorubicin alone); not
   * another agent ("(gefitinib)").
   */
  private boolean namesArm(String name, Side side, TrialDrugs drugs) {
    List<RegimenAgents.Agent> inName = comparators.find(name, drugs);
    boolean whole = !inName.isEmpty() && inName.get(0).start() == 0
        && inName.get(inName.size() - 1).end() == name.length();
    return !whole || side.agents().equals(inName.stream().map(RegimenAgents.Agent::id).distinct().toList());
  }

  /** Where the last start of an arm in a text ({@code ARM_SEGMENT_START}: "to", "or to", "versus") ends, or -1. */
  private int lastArmStart(String text) {
    Matcher start = patterns.get("ARM_SEGMENT_START").matcher(text);
    int from = -1;
    while (start.find()) {
      from = start.end();
    }
    return from;
  }

  /**
   * The agents of the short names the text {@code defined} that the arm's words since its start write: "Rd" in "to
   * daratumumab plus Rd (".
   */
  private List<String> definedIn(String armWords, Map<String, List<String>> defined) {
    String words = armWords.substring(Math.max(0, lastArmStart(armWords)));
    List<String> agents = new ArrayList<>();
    defined.forEach((name, own) -> {
      if (!ArmNames.spans(ArmNames.pattern(name), words).isEmpty()) {
        agents.addAll(own);
      }
    });
    return agents;
  }

  /**
   * The one side of an unnamed "chemotherapy" where the agents of an arm's segment are drugs no side names (the
   * title's "versus chemotherapy", the assignment's "or gemcitabine plus cisplatin (C)"), or -1.
   */
  private static int unnamedChemotherapySide(List<Side> sides, List<String> agents) {
    List<Integer> unnamed = java.util.stream.IntStream.range(0, sides.size())
        .filter(i -> sides.get(i).agents().contains(CHEMOTHERAPY)).boxed().toList();
    boolean unknown = !agents.isEmpty()
        && sides.stream().noneMatch(x -> agents.stream().anyMatch(x.agents()::contains));
    return unknown && unnamed.size() == 1 ? unnamed.get(0) : -1;
  }

  /** The one side holding all these agents with the fewest others, or -1. */
  private static int closestSide(List<Side> sides, List<String> agents) {
    int best = -1;
    int fewest = Integer.MAX_VALUE;
    boolean tie = false;
    for (int i = 0; i < sides.size(); i++) {
      if (agents.isEmpty() || !sides.get(i).agents().containsAll(agents)) {
        continue;
      }
      int others = sides.get(i).agents().size() - agents.size();
      if (others < fewest) {
        best = i;
        fewest = others;
        tie = false;
      } else if (others == fewest) {
        tie = true;
      }
    }
    return tie ? -1 : best;
  }
}
