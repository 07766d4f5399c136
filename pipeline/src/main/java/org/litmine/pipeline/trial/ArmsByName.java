package org.litmine.pipeline.trial;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litmine.pipeline.trial.TextArms.Arm;
import org.litmine.pipeline.trial.TextArms.Side;

/**
 * What a paper's text names its arms by, beside the comparison {@link TextArms} reads: the regimen short names it
 * defines, arms it names as alternatives of one regimen, an experimental and a standard arm named by those words,
 * lettered arms with their regimens, three or more single agents listed as alternatives, and arms one agent's doses
 * define, and two regimens of a comparison it names together as one arm's alternatives (rules in
 * {@code rules/own-trial.rules}).
 */
final class ArmsByName {

  /** An arm's letter in the bracket after its agent: "pemetrexed (arm B)". */
  private static final List<String> NUMBER_WORDS = List.of("", "", "two", "three", "four");
  private static final Pattern LETTER_IN_BRACKET = Pattern.compile("(?i)\\(\\s*(arm\\s+[A-Z1-9])\\s*[),;]");

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
  Map<String, List<String>> definedShortNames(List<String> sentences, TrialDrugs drugs) {
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
  List<Arm> namedAlternatives(List<String> sentences, TrialDrugs drugs) {
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

  /**
   * Arms one agent's doses define ("pembrolizumab 2 mg/kg" and "pembrolizumab 10 mg/kg" against docetaxel): an arm of
   * one agent that the text writes with two or more doses ({@code DOSE_AFTER_NAME}), each of them at least twice (a
   * dose written once is a schedule or a reduction, not an arm), is one arm per dose, named by the agent and dose
   * (once, where the comparison gave the agent twice: "dacomitinib 30 mg or dacomitinib 45 mg"). Where the comparison
   * gives two sides of that one agent it names alike ("Dacomitinib 45 mg versus 30 mg"; not "arm A" and "arm B"), a
   * dose written once is an arm, also named by the dose alone ("30% with 45 mg", "the 45-mg arm").
   */
  List<Arm> byDose(List<Arm> arms, List<String> sentences) {
    if (arms.size() == 1) {
      return doseAlternatives(arms.get(0), sentences);
    }
    if (arms.size() < 2) {
      return arms;
    }
    String text = String.join(" ", sentences.stream().map(SentenceFigures::prepare).toList());
    List<Arm> out = new ArrayList<>();
    for (Arm arm : arms) {
      Map<String, Integer> doses = new LinkedHashMap<>();
      for (String agent : arm.agents().size() == 1 ? arm.agents() : List.<String>of()) {
        Matcher m = Pattern.compile("(?i)(?<![\\p{L}\\p{N}-])" + Pattern.quote(agent) + "(?=\\s)").matcher(text);
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
            .forEach(name -> out.add(new Arm(name, arm.agents(), times == 1
                ? List.of(name, name.substring(arm.agents().get(0).length()).strip()) : List.of(name))));
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
    Pattern name = Pattern.compile("(?i)(?<![\\p{L}\\p{N}-])" + Pattern.quote(agent) + "(?=\\s)");
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
  List<Arm> byMode(Arm arm, String title, List<String> sentences) {
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
            if (!first.equalsIgnoreCase(second)) {
              return List.of(new Arm(first, arm.agents(), modeNames(first)),
                  new Arm(second, arm.agents(), modeNames(second)));
            }
          }
        }
      }
    }
    return List.of(arm);
  }

  /**
   * The arms of a trial of a regimen of three agents against one of two, also named by their count ("the triplet",
   * "the three-drug arm"; "the doublet", "the two-drug arm").
   */
  static List<Arm> byAgentCount(List<Arm> arms) {
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

  /** A way of giving an agent and how else it is written: "every 3 weeks" is also "3 weekly" and "three weekly". */
  private static List<String> modeNames(String mode) {
    List<String> names = new ArrayList<>(List.of(mode));
    Matcher every = Pattern.compile("every (\\w+) weeks?").matcher(mode);
    Matcher weekly = Pattern.compile("(\\w+) weekly").matcher(mode);
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

  /**
   * Lettered arms ("arm A", "arm B": {@link LetteredArm}) of a comparison, each with the regimen the text writes right
   * after its letter ({@code LETTERED_REGIMEN}: "arm A (carboplatin plus paclitaxel; n = 32) or arm B (carboplatin plus
   * paclitaxel plus bevacizumab)"), else right before it ({@code REGIMEN_LETTERED}, the letter closing its bracket,
   * {@code LETTERED_ARM_CLOSED}: "gemcitabine and cisplatin (arm A)"), else with the agents every side of the
   * comparison shares.
   */
  List<Arm> lettered(List<String> letters, List<String> shared, List<TextWithFacts> sentences, TrialDrugs drugs) {
    List<Arm> out = new ArrayList<>();
    for (String arm : letters) {
      List<String> agents = shared;
      for (boolean after : List.of(true, false)) {
        for (TextWithFacts sentence : sentences) {
          String s = SentenceFigures.prepare(sentence.text());
          for (LetteredArm lettered : LetteredArm.in(sentence)) {
            Optional<String> regimen = after ? regimenAfter(lettered, s) : regimenBefore(lettered, s);
            if (agents != shared || regimen.isEmpty()) {
              continue;
            }
            List<String> own = RegimenAgents.arm(comparators.find(regimen.get(), drugs));
            if (lettered.name().equalsIgnoreCase(arm) && !own.isEmpty()) {
              agents = own;
            }
          }
        }
      }
      out.add(new Arm(arm, agents, List.of(arm)));
    }
    return out;
  }

  /** The regimen written right after a lettered arm's letter ({@code LETTERED_REGIMEN}). */
  private Optional<String> regimenAfter(LetteredArm arm, String sentence) {
    return arm.after(sentence, patterns.get("LETTERED_REGIMEN")).map(m -> m.group("regimen"));
  }

  /**
   * The regimen written right before a lettered arm in brackets ({@code REGIMEN_LETTERED}), the letter closing them
   * ({@code LETTERED_ARM_CLOSED}).
   */
  private Optional<String> regimenBefore(LetteredArm arm, String sentence) {
    if (arm.after(sentence, patterns.get("LETTERED_ARM_CLOSED")).isEmpty()) {
      return Optional.empty();
    }
    return arm.before(sentence, patterns.get("REGIMEN_LETTERED")).map(m -> m.group("regimen"));
  }

  /**
   * Three or more single agents listed as the alternatives of the assignment, in a comparative title or a sentence
   * that states the comparison ({@code LISTED_ALTERNATIVES}: "trial of pemetrexed, docetaxel, or gemcitabine",
   * "assigned (1:1:1) to pemetrexed (n = 150), docetaxel (n = 150), or gemcitabine"): an arm each, named by its agent
   * as written without its dose; a last alternative "the combination" ({@code COMBINED_ALTERNATIVE}) is the arm
   * "combination" of the agents it names, else of those listed before it; an arm the text letters in its bracket
   * ("gemcitabine (arm A), pemetrexed (arm B) or docetaxel (arm C)") is named by its letter. Else none.
   */
  List<Arm> listedAlternatives(String title, List<String> sentences, TrialDrugs drugs) {
    List<String> texts = new ArrayList<>();
    if (patterns.get("COMPARATIVE_TITLE").matcher(title).find()) {
      texts.add(title);
    }
    sentences.stream().filter(x -> patterns.get("COMPARISON_CUE").matcher(x).find()).forEach(texts::add);
    for (String text : texts) {
      List<Arm> arms = alternativesIn(SentenceFigures.prepare(text), drugs);
      if (!arms.isEmpty()) {
        return arms;
      }
    }
    return List.of();
  }

  /**
   * The arms a text lists as alternatives ({@code LISTED_ALTERNATIVES}), three or more, else the regimens of two
   * agents it lists so ({@code LISTED_REGIMENS}), else none.
   */
  private List<Arm> alternativesIn(String text, TrialDrugs drugs) {
    Matcher m = patterns.get("LISTED_ALTERNATIVES").matcher(text);
    if (!m.find()) {
      return regimensIn(text, drugs);
    }
    List<Arm> arms = new ArrayList<>();
    for (String written : m.group("list").split("\\s*,\\s*(?:or\\s+)?(?![^()]*\\))|\\s+or\\s+(?![^()]*\\))")) {
      String part = written.replaceAll("\\([^()]*\\)", "");
      List<String> agents = RegimenAgents.arm(comparators.find(part, drugs));
      if (patterns.get("COMBINED_ALTERNATIVE").matcher(part.strip()).matches()) {
        arms.add(combined(agents, arms));
        continue;
      }
      if (agents.size() != 1 || arms.stream().anyMatch(a -> a.agents().equals(agents))) {
        return List.of();
      }
      String name = part.strip().split("\\s+")[0];
      Matcher letter = LETTER_IN_BRACKET.matcher(written);
      arms.add(letter.find() ? new Arm(letter.group(1), agents, List.of(letter.group(1), name))
          : new Arm(name, agents, List.of(name)));
    }
    return arms.size() >= 3 ? arms : List.of();
  }

  /** The regimens of two agents a text lists as alternatives, an arm each named as written: three or more, or none. */
  private List<Arm> regimensIn(String text, TrialDrugs drugs) {
    Matcher m = patterns.get("LISTED_REGIMENS").matcher(text);
    if (!m.find()) {
      return List.of();
    }
    List<Arm> arms = new ArrayList<>();
    for (String written : m.group("list")
        .split("\\s*,\\s*(?:(?:and|or)\\s+)?(?![^()]*\\))|\\s+(?:and|or|versus|vs\\.?)\\s+(?![^()]*\\))")) {
      String part = written.replaceAll("\\([^()]*\\)", "").strip();
      List<String> agents = RegimenAgents.arm(comparators.find(part, drugs));
      if (agents.size() != 2 || arms.stream().anyMatch(a -> a.agents().equals(agents))) {
        return List.of();
      }
      arms.add(new Arm(part, agents, List.of(part)));
    }
    return arms.size() >= 3 ? arms : List.of();
  }

  /** The arm "the combination" of listed alternatives: the agents it names, else those of the arms listed before it. */
  private static Arm combined(List<String> named, List<Arm> before) {
    List<String> agents = new ArrayList<>(named);
    if (agents.size() < 2) {
      agents.clear();
      before.forEach(a -> a.agents().stream().filter(x -> !agents.contains(x)).forEach(agents::add));
    }
    return new Arm("combination", agents, List.of("combination", "the combination"));
  }

  /**
   * The sides with two joined that the text names together by a slash, as one arm's alternatives: "docetaxel versus
   * vinorelbine or ifosfamide", then "the 0.8% response with V/I"; "... (MIC) or ... (MVP)", then "the MIC/MVP arm"
   * ({@code ALTERNATIVES_NAME}). Each patient of that arm had one of the two regimens; the arm has the agents of both.
   */
  List<Side> joinedAlternatives(List<Side> sides, List<String> sentences) {
    for (int k = 0; sides.size() >= 3 && k < sentences.size(); k++) {
      Matcher m = patterns.get("ALTERNATIVES_NAME").matcher(SentenceFigures.prepare(sentences.get(k)));
      while (m.find()) {
        for (int i = 0; i + 1 < sides.size(); i++) {
          Side a = sides.get(i);
          Side b = sides.get(i + 1);
          if (names(m.group("first"), a) && names(m.group("second"), b)) {
            List<String> agents = new ArrayList<>(a.agents());
            b.agents().stream().filter(x -> !agents.contains(x)).forEach(agents::add);
            List<String> names = new ArrayList<>(List.of(m.group()));
            names.addAll(a.names());
            names.addAll(b.names());
            List<Side> joined = new ArrayList<>(sides);
            joined.set(i, new Side(Math.min(a.start(), b.start()), Math.max(a.end(), b.end()), agents, names, null));
            joined.remove(i + 1);
            return joined;
          }
        }
      }
    }
    return sides;
  }

  /** Whether a short name is a side's: one the title gives it, or one whose letters spell all its agents. */
  private static boolean names(String shortName, Side side) {
    return side.names().contains(shortName)
        || RegimenAbbreviations.decode(shortName, side.agents()).size() == side.agents().size();
  }
}
