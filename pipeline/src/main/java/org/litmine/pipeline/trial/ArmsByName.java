package org.litmine.pipeline.trial;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litmine.pipeline.trial.TextArms.Arm;

/**
 * What a paper's text names its arms by, beside the comparison {@link TextArms} reads: arms it names as alternatives
 * of one regimen, an experimental and a standard arm named by those words, lettered arms with their regimens, three
 * or more single agents listed as alternatives, and two regimens of a comparison it names together as one arm's
 * alternatives (rules in {@code rules/own-trial.rules}). Arms one regimen's doses or ways of giving define are
 * {@link ArmsOfOneRegimen}'s, the short names of its assignment {@link ShortArmNames}'.
 */
final class ArmsByName {

  /** An arm's letters in the bracket after its agent: "pemetrexed (arm B)", "both drugs (arm FA)". */
  private static final String LETTERS = "arm\\s+[A-Z1-9]{1,2}";
  private static final Pattern LETTER_IN_BRACKET = Pattern.compile("(?i)\\(\\s*(" + LETTERS + ")\\s*[),;]");
  /** The name of an arm {@link #LETTER_IN_BRACKET} names. */
  private static final Pattern LETTERED_NAME = Pattern.compile("(?i)" + LETTERS);

  private final TrialPatterns patterns;
  private final RegimenAgents comparators;

  private final RegimenAcronyms acronyms;

  ArmsByName(TrialPatterns patterns, RegimenAgents comparators, RegimenAcronyms acronyms) {
    this.acronyms = acronyms;
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
            List<String> own = new ArrayList<>(RegimenAgents.arm(comparators.find(regimen.get(), drugs)));
            acronyms.in(List.of(regimen.get())).values().forEach(x -> x.stream().filter(a -> !own.contains(a))
                .forEach(own::add));
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

  /**
   * The regimen written right after a lettered arm's letter ({@code LETTERED_REGIMEN}: "arm A (X plus Y)"), or after a
   * verb that gives it ({@code LETTERED_RECEIVED}: "group A received X plus FOLFIRI"; a regimen acronym is its agents).
   */
  private Optional<String> regimenAfter(LetteredArm arm, String sentence) {
    return arm.after(sentence, patterns.get("LETTERED_REGIMEN")).map(m -> m.group("regimen"))
        .or(() -> arm.after(sentence, patterns.get("LETTERED_RECEIVED")).map(m -> m.group("regimen")));
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
   * as written without its schedule and dose; a last alternative "the combination" ({@code COMBINED_ALTERNATIVE}) is
   * the arm "combination" of the agents it names, else of those listed before it; an arm the text letters in its
   * bracket ("gemcitabine (arm A), pemetrexed (arm B) or docetaxel (arm C)") is named by its letter, also where the
   * title lists the same alternatives unlettered; agents the text
   * gives every alternative ("..., each given with bevacizumab", {@code ALTERNATIVES_SHARED}) join each arm. Else
   * none.
   */
  List<Arm> listedAlternatives(String title, List<String> sentences, TrialDrugs drugs) {
    List<String> texts = new ArrayList<>();
    if (patterns.get("COMPARATIVE_TITLE").matcher(title).find()) {
      texts.add(title);
    }
    sentences.stream().filter(x -> patterns.get("COMPARISON_CUE").matcher(x).find()).forEach(texts::add);
    List<Arm> first = List.of();
    for (String text : texts) {
      List<Arm> arms = alternativesIn(SentenceFigures.prepare(text), drugs);
      if (first.isEmpty()) {
        first = arms;
      } else if (arms.stream().anyMatch(a -> LETTERED_NAME.matcher(a.label()).matches())
          && arms.stream().map(Arm::agents).toList().equals(first.stream().map(Arm::agents).toList())) {
        return arms;  // the same alternatives, lettered ("gefitinib (arm A), ...")
      }
    }
    return first;
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
    Matcher sharedAfter = patterns.get("ALTERNATIVES_SHARED").matcher(text.substring(m.end()));
    List<String> shared = sharedAfter.lookingAt()
        ? RegimenAgents.arm(comparators.find(sharedAfter.group("agents"), drugs)) : List.of();
    for (String written : m.group("list")
        .split("\\s*,\\s*(?:or\\s+)?(?!\\s*\\d)(?![^()]*\\))|\\s+or\\s+(?![^()]*\\))")) {
      String part = withoutSchedule(written.replaceAll("\\([^()]*\\)", "").strip());
      List<String> agents = RegimenAgents.arm(comparators.find(part, drugs));
      Matcher letter = LETTER_IN_BRACKET.matcher(written);
      Optional<String> lettered = letter.find() ? Optional.of(letter.group(1)) : Optional.empty();
      if (patterns.get("COMBINED_ALTERNATIVE").matcher(part.strip()).matches()) {
        arms.add(combined(agents, arms, lettered));
        continue;
      }
      if (agents.size() != 1 || arms.stream().anyMatch(a -> a.agents().equals(agents))) {
        return List.of();
      }
      String name = part.strip().split("\\s+")[0];
      arms.add(lettered.map(x -> new Arm(x, agents, List.of(x, name))).orElseGet(() -> new Arm(name, agents,
          List.of(name))));
    }
    return arms.size() >= 3 ? withShared(arms, shared) : List.of();
  }

  /** An alternative as written without the schedule before its agent ({@code ALTERNATIVE_SCHEDULE}: "weekly"). */
  private String withoutSchedule(String alternative) {
    Matcher schedule = patterns.get("ALTERNATIVE_SCHEDULE").matcher(alternative);
    return schedule.lookingAt() ? alternative.substring(schedule.end()) : alternative;
  }

  /** The arms with the agents every one of them is given with ({@code ALTERNATIVES_SHARED}) after their own. */
  private static List<Arm> withShared(List<Arm> arms, List<String> shared) {
    if (shared.isEmpty()) {
      return arms;
    }
    List<Arm> out = new ArrayList<>();
    for (Arm arm : arms) {
      List<String> agents = new ArrayList<>(arm.agents());
      shared.stream().filter(a -> !agents.contains(a)).forEach(agents::add);
      out.add(new Arm(arm.label(), agents, arm.names()));
    }
    return out;
  }

  /**
   * The regimens of two agents a text lists as alternatives, an arm each named as written: three or more; else the
   * regimens it lists each with its patients in a bracket ({@link #bracketedRegimensIn}); else none.
   */
  private List<Arm> regimensIn(String text, TrialDrugs drugs) {
    Matcher m = patterns.get("LISTED_REGIMENS").matcher(text);
    if (!m.find()) {
      return bracketedRegimensIn(text, drugs);
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

  /**
   * Three or more regimens of any number of agents a text lists as alternatives, each closed by a bracket with its
   * patients ({@code BRACKETED_ALTERNATIVES}: "to nivolumab (n=90), nivolumab plus trastuzumab (n=91) or paclitaxel,
   * carboplatin and bevacizumab (PCB; n=89)"): an arm each, named by the short name of its bracket, else as written;
   * none where two alternatives have the same agents or one has none.
   */
  private List<Arm> bracketedRegimensIn(String text, TrialDrugs drugs) {
    Matcher m = patterns.get("BRACKETED_ALTERNATIVES").matcher(text);
    if (!m.find()) {
      return List.of();
    }
    List<Arm> arms = new ArrayList<>();
    Matcher item = patterns.get("BRACKETED_ALTERNATIVE").matcher(m.group("list"));
    while (item.find()) {
      String written = item.group("regimen").replaceFirst("^\\s*(?:,\\s*)?(?:or\\s+)?", "").strip();
      List<String> agents = RegimenAgents.arm(comparators.find(written, drugs));
      if (agents.isEmpty() || arms.stream().anyMatch(a -> a.agents().equals(agents))) {
        return List.of();
      }
      String name = item.group("name") == null ? written : item.group("name").strip();
      arms.add(new Arm(name, agents, name.equals(written) ? List.of(name) : List.of(name, written)));
    }
    return arms.size() >= 3 ? arms : List.of();
  }

  /**
   * The arm "the combination" (or "both drugs") of listed alternatives: the agents it names, else those of the arms
   * listed before it; named by the letters of its bracket where it has them ("both drugs (arm FA)").
   */
  private static Arm combined(List<String> named, List<Arm> before, Optional<String> lettered) {
    List<String> agents = new ArrayList<>(named);
    if (agents.size() < 2) {
      agents.clear();
      before.forEach(a -> a.agents().stream().filter(x -> !agents.contains(x)).forEach(agents::add));
    }
    return lettered.map(x -> new Arm(x, agents, List.of(x, "the combination", "combination")))
        .orElseGet(() -> new Arm("combination", agents, List.of("combination", "the combination")));
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
