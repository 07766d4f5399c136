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
 * Arms that one regimen's doses or ways of giving define, or that its agents' count names, beside the comparison
 * {@link TextArms} reads ("pembrolizumab 2 mg/kg" and "10 mg/kg"; "randomized to brigatinib 90 mg or 180 mg"; "Weekly
 * versus every-3-weeks docetaxel"; "(fixed-dose arm) or ... (standard-dose arm)"; "the triplet" and "the doublet";
 * rules in {@code rules/own-trial.rules}).
 */
final class ArmsOfOneRegimen {

  private static final List<String> NUMBER_WORDS = List.of("", "", "two", "three", "four");
  private static final Pattern BRACKET = Pattern.compile("\\([^()]*\\)");

  private final TrialPatterns patterns;
  private final RegimenAgents comparators;
  private final BracketNames bracketNames;

  ArmsOfOneRegimen(TrialPatterns patterns, RegimenAgents comparators) {
    this.patterns = patterns;
    this.comparators = comparators;
    this.bracketNames = new BracketNames(patterns);
  }

  /**
   * The arms the comparison gave, with those one agent's doses define ({@link #byDose}, {@link #byDoseShortName}), the
   * one arm of a trial of one regimen split by the ways of giving it its title or assignment compares
   * ({@link #byMode}), else by the arm names the assignment gives in brackets ({@link #byBracketNames}), and a triplet
   * against a doublet named by count ({@link #byAgentCount}).
   */
  List<Arm> refined(List<Arm> arms, String title, List<String> sentences, TrialDrugs drugs) {
    List<Arm> dosed = byDoseShortName(byDose(arms, sentences), sentences);
    if (dosed.size() != 1) {
      return byAgentCount(dosed);
    }
    List<Arm> modes = byMode(dosed.get(0), title, sentences);
    List<Arm> named = modes.size() > 1 ? List.of() : byBracketNames(dosed.get(0), sentences, drugs);
    return named.isEmpty() ? modes : named;
  }

  /**
   * The arms of a trial of one regimen that a sentence of the assignment ({@code COMPARISON_CUE}) names in brackets as
   * arms or groups ({@code BRACKET_ARM_NAME}: "capecitabine 1500 mg twice daily on days 1-7 (fixed-dose arm) or
   * capecitabine 1250 mg/m2 on days 1-14 (standard-dose arm)"), else by short names ({@link #assignedNames}): one arm
   * per name, with the regimen's agents; else none.
   */
  private List<Arm> byBracketNames(Arm arm, List<String> sentences, TrialDrugs drugs) {
    for (String sentence : sentences) {
      String s = SentenceFigures.prepare(sentence);
      if (!patterns.get("COMPARISON_CUE").matcher(s).find()) {
        continue;
      }
      java.util.Set<String> names = new java.util.LinkedHashSet<>();
      Matcher bracket = BRACKET.matcher(s);
      while (bracket.find()) {
        bracketNames.armName(bracket.group()).ifPresent(names::add);
      }
      if (names.size() < 2 && patterns.get("ASSIGNMENT_WORD").matcher(s).find()) {
        names = assignedNames(s, arm.agents(), drugs);
      }
      if (names.size() >= 2) {
        return names.stream().map(n -> new Arm(n, arm.agents(), List.of(n))).toList();
      }
    }
    return List.of();
  }

  /**
   * The short names in brackets after each alternative of the assignment ({@code ASSIGNED_ARM_NAME}), each but the
   * first after the start of another arm ({@code ARM_SEGMENT_START}: "nivolumab 240 mg every 2 weeks [Q2W] or 480 mg
   * every 4 weeks [Q4W]"), where no alternative names an agent the regimen lacks; else none.
   */
  private java.util.Set<String> assignedNames(String s, List<String> agents, TrialDrugs drugs) {
    java.util.Set<String> names = new java.util.LinkedHashSet<>();
    Matcher m = patterns.get("ASSIGNED_ARM_NAME").matcher(s);
    int last = 0;
    while (m.find()) {
      String alternative = s.substring(last, m.start());
      if (!agents.containsAll(RegimenAgents.arm(comparators.find(alternative, drugs)))
          || !comparators.find(m.group("name"), drugs).isEmpty()) {
        return java.util.Set.of();
      }
      if (last == 0 || patterns.get("ARM_SEGMENT_START").matcher(alternative).find()) {
        names.add(m.group("name"));
      }
      last = m.end();
    }
    return names;
  }

  /**
   * Arms one agent's doses define ("pembrolizumab 2 mg/kg" and "pembrolizumab 10 mg/kg" against docetaxel): an arm of
   * one agent that the text writes with two or more doses ({@code DOSE_AFTER_NAME}), each of them at least twice (a
   * dose written once is a schedule or a reduction, not an arm), is one arm per dose, named by the agent and dose
   * (once, where the comparison gave the agent twice: "dacomitinib 30 mg or dacomitinib 45 mg") and by the dose alone
   * ("30% with 45 mg", "the 45-mg arm", "the HR for the 200 mg group compared with the 300 mg group"). Where the
   * comparison gives two sides of that one agent it names alike ("Dacomitinib 45 mg versus 30 mg"; not "arm A" and "arm
   * B"), a dose written once is an arm.
   */
  private List<Arm> byDose(List<Arm> arms, List<String> sentences) {
    if (arms.size() < 2) {
      return arms.isEmpty() ? arms : doseAlternatives(arms.get(0), sentences);
    }
    String text = String.join(" ", sentences.stream().map(SentenceFigures::prepare).toList());
    List<Arm> out = new ArrayList<>();
    for (Arm arm : arms) {
      Map<String, Integer> doses = new LinkedHashMap<>();
      for (String agent : arm.agents().size() == 1 ? arm.agents() : List.<String>of()) {
        Matcher m = beforeASpace(agent).matcher(text);
        while (m.find()) {
          Matcher dose = patterns.get("DOSE_AFTER_NAME").matcher(text.substring(m.end()));
          if (dose.lookingAt()) {
            doses.merge(agent + " " + dose.group("dose").replaceAll("\\s+", " "), 1, Integer::sum);
          }
        }
      }
      int times = arms.stream().filter(a -> a.agents().equals(arm.agents()) && a.label().equals(arm.label()))
          .count() >= 2 ? 1 : 2;
      List<String> repeated = doses.entrySet().stream().filter(e -> e.getValue() >= times).map(Map.Entry::getKey)
          .toList();
      if (repeated.size() >= 2) {
        repeated.stream().filter(name -> out.stream().noneMatch(o -> o.label().equals(name)))
            .forEach(name -> out.add(new Arm(name, arm.agents(),
                List.of(name, name.substring(arm.agents().get(0).length()).strip()))));
      } else {
        out.add(arm);
      }
    }
    return out;
  }

  /**
   * An arm of one agent that the text names by two or more short names of its letters and a dose ("D100", "D75";
   * {@code DOSE_SHORT_NAME}) is one arm per short name.
   */
  private List<Arm> byDoseShortName(List<Arm> arms, List<String> sentences) {
    List<Arm> out = new ArrayList<>();
    for (Arm arm : arms) {
      java.util.Set<String> names = new java.util.LinkedHashSet<>();
      for (String sentence : arm.agents().size() == 1 ? sentences : List.<String>of()) {
        Matcher m = patterns.get("DOSE_SHORT_NAME").matcher(sentence);
        while (m.find()) {
          if (!RegimenAbbreviations.decode(m.group("letters"), arm.agents()).isEmpty()) {
            names.add(m.group());
          }
        }
      }
      if (names.size() >= 2) {
        names.forEach(n -> out.add(new Arm(n, arm.agents(), List.of(n))));
      } else {
        out.add(arm);
      }
    }
    return out;
  }

  /**
   * The arms of a trial of one agent that a sentence of the assignment ({@code COMPARISON_CUE}) gives two or more
   * doses of as its alternatives ({@code DOSE_ALTERNATIVES}: "randomized to brigatinib 90 mg or 180 mg"): one arm per
   * dose ({@link #dosedArms}); else the one arm.
   */
  private List<Arm> doseAlternatives(Arm arm, List<String> sentences) {
    if (arm.agents().size() != 1) {
      return List.of(arm);
    }
    String agent = arm.agents().get(0);
    Pattern name = beforeASpace(agent);
    for (String sentence : sentences) {
      String s = SentenceFigures.prepare(sentence);
      if (!patterns.get("COMPARISON_CUE").matcher(s).find()) {
        continue;
      }
      Matcher m = name.matcher(s);
      while (m.find()) {
        Matcher alternatives = patterns.get("DOSE_ALTERNATIVES").matcher(s.substring(m.end()));
        if (alternatives.lookingAt()) {
          List<String> doses = new ArrayList<>();
          Matcher dose = patterns.get("DOSE").matcher(alternatives.group("doses"));
          while (dose.find()) {
            String written = dose.group().replaceAll("\\s+", " ");
            if (!doses.contains(written)) {
              doses.add(written);
            }
          }
          return doses.size() >= 2 ? dosedArms(agent, doses) : List.of(arm);
        }
      }
    }
    return List.of(arm);
  }

  /**
   * The arms of a trial of one regimen that the title, or a sentence of the assignment ({@code COMPARISON_CUE}),
   * compares two ways of giving ({@code MODES_BEFORE_AGENT}: "Weekly versus every-3-weeks docetaxel";
   * {@code MODES_AFTER_AGENT}: "docetaxel given weekly or every 3 weeks"): one arm per way, named by it ("the weekly
   * arm", "3-weekly docetaxel"); else the one arm.
   */
  private List<Arm> byMode(Arm arm, String title, List<String> sentences) {
    List<String> texts = new ArrayList<>(List.of(title));
    sentences.stream().filter(x -> patterns.get("COMPARISON_CUE").matcher(SentenceFigures.prepare(x)).find())
        .forEach(texts::add);
    for (String text : texts) {
      String s = SentenceFigures.prepare(text);
      for (String agent : arm.agents()) {
        Matcher m = Pattern.compile("(?i)(?<![\\p{L}\\p{N}-])" + Pattern.quote(agent) + "(?![\\p{L}\\p{N}])")
            .matcher(s);
        while (m.find()) {
          Matcher before = patterns.get("MODES_BEFORE_AGENT").matcher(s.substring(0, m.start()));
          Matcher after = patterns.get("MODES_AFTER_AGENT").matcher(s.substring(m.end()));
          Matcher modes = before.find() ? before : after.lookingAt() ? after : null;
          if (modes != null) {
            String first = modes.group("first").replace('-', ' ').toLowerCase(Locale.ROOT);
            String second = modes.group("second").replace('-', ' ').toLowerCase(Locale.ROOT);
            if (!first.equals(second)) {
              return List.of(new Arm(first, arm.agents(), modeNames(first)),
                  new Arm(second, arm.agents(), modeNames(second)));
            }
          }
        }
      }
    }
    return List.of(arm);
  }

  /** Where a text writes an agent's name as a word with a space after it, where a dose may follow. */
  private static Pattern beforeASpace(String agent) {
    return Pattern.compile("(?i)(?<![\\p{L}\\p{N}-])" + Pattern.quote(agent) + "(?=\\s)");
  }

  /**
   * The arms of a trial of a regimen of three agents against one of two, also named by their count ("the triplet",
   * "the three-drug arm"; "the doublet", "the two-drug arm").
   */
  private static List<Arm> byAgentCount(List<Arm> arms) {
    List<Integer> counts = arms.stream().map(a -> a.agents().size()).toList();
    if (arms.size() != 2 || !new java.util.HashSet<>(counts).equals(java.util.Set.of(2, 3))) {
      return arms;
    }
    List<Arm> out = new ArrayList<>();
    for (Arm arm : arms) {
      List<String> names = new ArrayList<>(arm.names());
      names.addAll(arm.agents().size() == 3 ? List.of("triplet", "three-drug") : List.of("doublet", "two-drug"));
      out.add(new Arm(arm.label(), arm.agents(), names));
    }
    return out;
  }

  /**
   * A way of giving an agent and how else it is written: "every 3 weeks" is also "3 weekly" and "three weekly";
   * "standard 3 weekly" is also "standard".
   */
  private static List<String> modeNames(String mode) {
    List<String> names = new ArrayList<>(List.of(mode));
    Matcher standard = Pattern.compile("(standard|conventional) (.+)").matcher(mode);
    if (standard.matches()) {
      names.add(standard.group(1));
      mode = standard.group(2);
      names.add(mode);
    }
    Matcher every = Pattern.compile("every (\\w+) weeks?").matcher(mode);
    Matcher weekly = Pattern.compile("(\\d+|two|three|four) weekly").matcher(mode);
    String n = every.matches() ? every.group(1) : weekly.matches() ? weekly.group(1) : null;
    if (n == null) {
      return names;
    }
    List<String> forms = new ArrayList<>(List.of(n));
    if (NUMBER_WORDS.indexOf(n) >= 2) {
      forms.add(String.valueOf(NUMBER_WORDS.indexOf(n)));
    } else if (n.matches("[2-4]")) {
      forms.add(NUMBER_WORDS.get(Integer.parseInt(n)));
    }
    for (String form : forms) {
      for (String name : List.of("every " + form + " weeks", form + " weekly")) {
        if (!names.contains(name)) {
          names.add(name);
        }
      }
    }
    return names;
  }

  /**
   * One arm per dose of an agent, named by the agent and dose and by the dose alone; of two doses in one unit, the
   * higher is also "the high-dose" arm and the lower "the low-dose" one.
   */
  private static List<Arm> dosedArms(String agent, List<String> doses) {
    List<Double> amounts = doses.stream().map(d -> Double.valueOf(d.replaceAll("^(\\d+(?:\\.\\d+)?).*", "$1")))
        .toList();
    boolean ranked = doses.size() == 2 && doses.get(0).replaceAll("^[\\d.\\s]+", "")
        .equals(doses.get(1).replaceAll("^[\\d.\\s]+", "")) && !amounts.get(0).equals(amounts.get(1));
    List<Arm> out = new ArrayList<>();
    for (int i = 0; i < doses.size(); i++) {
      List<String> names = new ArrayList<>(List.of(agent + " " + doses.get(i), doses.get(i)));
      if (ranked) {
        boolean higher = amounts.get(i) > amounts.get(1 - i);
        names.addAll(higher ? List.of("high dose", "higher dose") : List.of("low dose", "lower dose"));
      }
      out.add(new Arm(names.get(0), List.of(agent), names));
    }
    return out;
  }
}
