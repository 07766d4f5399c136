package org.litmine.pipeline.trial;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The arms of a paper's own trial as its text names them (rules in {@code rules/own-trial.rules}).
 *
 * <p>The randomized comparison comes from the title, else from the first sentence that states it
 * ({@code COMPARISON_CUE}); {@link ComparisonSides} reads its sides. The names the text gives the arms ("the
 * selumetinib group", "the standard arm", {@code GROUP_ARM}; "arm A", the trial annotator's {@code ARM_LETTER} facts)
 * are attached to the side whose agent they name, or by their word ("experimental": the first side; "control",
 * "standard": the comparator's side, else the last). Without a comparison, arms the text names in brackets as
 * alternatives of one regimen ({@code NAMED_ALTERNATIVES}), else lettered arms or named groups with agents are the
 * arms, else cohorts named by a marker or short name ("the NPM1m cohort", {@code COHORT_ARM}), each given the title's
 * regimen; without those, the paper has one arm: the first regimen of its title, unless its doses or ways of giving are
 * what the trial compares ({@link ArmsOfOneRegimen}). What the text names arms by beside the comparison (named
 * alternatives, "experimental" and "standard" arms) is {@link ArmsByName}'s, the short names it defines and gives in
 * brackets where it assigns patients {@link ShortArmNames}'.
 */
final class TextArms {

  /**
   * An arm: its label (null for a single arm), its agents, the names the text uses for it, and each name as the
   * pattern that finds it in a text ({@link ArmNames#pattern}), compiled once.
   */
  record Arm(String label, List<String> agents, List<String> names, List<Pattern> written) {

    Arm(String label, List<String> agents, List<String> names) {
      this(label, agents, names, names.stream().map(ArmNames::pattern).toList());
    }
  }

  private static final String COMBINATION = "the combination";
  /** How a text names the single agent's arm of a trial against a regimen: "the single-agent arm". */
  private static final String SINGLE_AGENT = "single-agent";
  private static final Pattern CHEMOTHERAPY = Pattern.compile("(?i)(?<![\\p{L}-])chemotherapy(?![\\p{L}-])");

  private final TrialPatterns patterns;
  private final RegimenAgents comparators;
  private final ComparisonSides comparisons;
  private final ComparisonSides spelledComparisons;
  private final ArmsByName byName;
  private final ShortArmNames shortArmNames;
  private final ArmsOfOneRegimen oneRegimen;
  private final GroupNames groupNames;
  private final RegimenAcronyms acronyms = RegimenAcronyms.load();

  TextArms(TrialPatterns patterns, RegimenAgents comparators) {
    this.patterns = patterns;
    this.comparators = comparators;
    this.comparisons = new ComparisonSides(patterns, comparators);
    this.spelledComparisons = comparisons.spelledOnly();
    this.byName = new ArmsByName(patterns, comparators, acronyms);
    this.shortArmNames = new ShortArmNames(patterns, comparators, acronyms);
    this.oneRegimen = new ArmsOfOneRegimen(patterns, comparators);
    this.groupNames = new GroupNames(patterns, comparators);
  }

  /**
   * The arms of the trial a title and sentences (with the trial annotator's facts of each) report; an investigator's
   * choice of chemotherapy is one arm, the agents it is made from no arms of their own ({@code CHOICE_ALTERNATIVES}).
   */
  List<Arm> find(String titleRead, List<TextWithFacts> sentencesRead, TrialDrugs drugs) {
    String title = withoutChoiceWords(inLowerCase(titleRead));
    List<TextWithFacts> read = sentencesRead.stream()
        .map(x -> new TextWithFacts(withoutChoiceWords(x.text()), x.facts())).toList();
    List<String> sentences = read.stream().map(TextWithFacts::text).toList();
    List<Arm> listed = byName.listedAlternatives(title, sentences, drugs);
    return listed.isEmpty() ? oneRegimen.refined(arms(title, read, drugs), title, sentences, drugs) : listed;
  }

  /**
   * A title in title case with its capitalized words in lower case ({@code TITLE_CASE_WORD}: "Versus", "Plus"), as
   * long as it was; any other title as it is.
   */
  private String inLowerCase(String title) {
    String[] words = title.split("[^\\p{L}]+");
    long longWords = java.util.Arrays.stream(words).filter(w -> w.length() >= 4).count();
    long capitalized = java.util.Arrays.stream(words)
        .filter(w -> w.length() >= 4 && Character.isUpperCase(w.charAt(0))).count();
    if (longWords < 3 || capitalized * 2 <= longWords) {
      return title;
    }
    Matcher m = patterns.get("TITLE_CASE_WORD").matcher(title);
    StringBuilder out = new StringBuilder(title);
    while (m.find()) {
      out.replace(m.start(), m.end(), m.group().toLowerCase(java.util.Locale.ROOT));
    }
    return out.toString();
  }

  /**
   * The text with the words of an investigator's choice and the agents it is made from blanked, so that every offset
   * stays where it was: "versus investigator's choice of chemotherapy with paclitaxel or docetaxel" is read as
   * "versus chemotherapy".
   */
  String withoutChoiceWords(String text) {
    Matcher m = patterns.get("CHOICE_ALTERNATIVES").matcher(text);
    StringBuilder out = new StringBuilder(text);
    while (m.find()) {
      for (String group : List.of("choice", "choice2", "alternatives")) {
        for (int k = Math.max(m.start(group), 0); k < m.end(group); k++) {
          out.setCharAt(k, ' ');
        }
      }
    }
    return out.toString();
  }

  private List<Arm> arms(String title, List<TextWithFacts> read, TrialDrugs drugs) {
    List<String> sentences = read.stream().map(TextWithFacts::text).toList();
    Map<String, List<String>> defined = shortArmNames.definedShortNames(sentences, drugs);
    List<String> texts = new ArrayList<>(sentences);
    texts.add(0, title);
    acronyms.in(texts).forEach(defined::putIfAbsent);
    List<Side> sides = refined(comparisons.of(SentenceFigures.prepare(title), drugs, false, defined), sentences, drugs,
        defined);
    boolean singleArm = patterns.get("SINGLE_ARM_TITLE").matcher(title).find();
    List<String> titled = sides.isEmpty() ? List.of()
        : sides.get(0).agents().stream().filter(a -> !comparators.isComparator(a)).toList();
    for (int i = 0; sides.size() < 2 && !singleArm && i < sentences.size(); i++) {
      List<Side> stated = comparisons.stated(sentences.get(i), drugs, defined);
      if (stated.size() >= 2 && (titled.isEmpty()
          || stated.stream().anyMatch(x -> x.agents().stream().anyMatch(titled::contains)))) {
        sides = stated;  // not a comparison of other agents ("... after chemotherapy or immune checkpoint inhibitors")
      }
    }
    sides = shortArmNames.withAssignedNames(
        shortArmNames.withDefinedNames(byName.joinedAlternatives(sides, sentences), defined), sentences, drugs,
        defined);
    if (sides.size() < 2) {
      List<Arm> named = byName.namedAlternatives(sentences, drugs);
      if (!named.isEmpty()) {
        return named;
      }
    }
    List<String> groups = groupNames.in(read, drugs);
    List<String> lettered = groups.stream().filter(LetteredArm::isName).toList();
    if (sides.size() >= 2 && lettered.size() >= 2 && groups.size() == lettered.size()) {
      List<String> shared = new ArrayList<>(sides.get(0).agents());
      sides.forEach(s -> shared.retainAll(s.agents()));
      return byName.lettered(lettered, shared, read, drugs);
    }
    List<String> shortNames = RegimenAbbreviations.candidates(
        sentences.stream().map(SentenceFigures::prepare).toList(), patterns.get("REGIMEN_ABBREVIATION"),
        patterns.get("ONE_LETTER_ARM"));
    if (sides.size() >= 2) {
      boolean chemotherapy = sentences.stream().anyMatch(x -> CHEMOTHERAPY.matcher(x).find());
      return attach(withBaseNames(withShortNames(sides, shortNames), sentences), groups,
          groupNames.statedRegimens(read, drugs, defined), drugs, chemotherapy);
    }
    List<Arm> stated = statedGroups(groups, groupNames.statedRegimens(read, drugs, defined));
    if (stated.size() >= 2) {
      return stated;
    }
    List<Arm> arms = new ArrayList<>();
    List<String> titleAgents = sides.isEmpty() ? List.of() : sides.get(0).agents();
    for (String shortName : shortNames) {
      List<String> agents = RegimenAbbreviations.decode(shortName, titleAgents);
      if (!agents.isEmpty() && noArmOf(arms, agents)) {
        arms.add(new Arm(shortName, agents, List.of(shortName)));
      }
    }
    if (arms.size() >= 2 && groups.isEmpty()) {
      return arms;
    }
    arms.clear();
    for (String g : groups) {
      List<String> agents = RegimenAgents.arm(comparators.find(g, drugs));
      if (LetteredArm.isName(g)) {
        arms.add(new Arm(g, titleAgents, List.of(g)));
      } else if (!agents.isEmpty() && groups.stream().noneMatch(LetteredArm::isName)) {
        arms.add(new Arm(g, agents, List.of(g)));
      }
    }
    if (arms.size() >= 2) {
      return arms;
    }
    List<Arm> cohorts = groupNames.cohortArms(read, titleAgents);
    List<Arm> byWord = !cohorts.isEmpty() ? cohorts : byName.experimentalAndStandard(groups, titleAgents);
    if (!byWord.isEmpty()) {
      return byWord;
    }
    return titleAgents.isEmpty() ? List.of() : List.of(new Arm(null, titleAgents, List.of()));
  }

  /**
   * The named groups whose regimens the text states, as arms, where their regimens differ: "The control group was
   * treated with XELOX, and the observation group was treated with apatinib on the basis of the control group" in a
   * paper whose title and sentences write no comparison.
   */
  private static List<Arm> statedGroups(List<String> groups, Map<String, List<String>> regimens) {
    List<Arm> arms = new ArrayList<>();
    for (String g : groups) {
      List<String> agents = regimens.get(g.toLowerCase(java.util.Locale.ROOT));
      if (agents != null && noArmOf(arms, agents)) {
        arms.add(new Arm(g, agents, List.of(g)));
      }
    }
    return arms;
  }

  /** Whether no arm of {@code arms} has exactly these agents, in any order. */
  private static boolean noArmOf(List<Arm> arms, List<String> agents) {
    return arms.stream().noneMatch(a -> RegimenAgents.sameAgents(a.agents(), agents));
  }

  /**
   * The title's sides as the first sentence stating the comparison spells them out (one that writes each side in full
   * first, else one that gives agents once for both sides), where it names each side's agents and more, none of them
   * another side's ("pembrolizumab with or without ipilimumab" in the title, "pembrolizumab
   * plus ipilimumab or pembrolizumab plus placebo" in the text) or gives a side a short name the title does not ("...
   * cisplatin (GP) or ... (GC)"); else the title's.
   */
  private List<Side> refined(List<Side> sides, List<String> sentences, TrialDrugs drugs,
      Map<String, List<String>> defined) {
    java.util.Set<String> titled = new java.util.HashSet<>();
    sides.forEach(x -> titled.addAll(x.agents()));
    for (ComparisonSides reader : List.of(spelledComparisons, comparisons)) {
      for (int i = 0; sides.size() >= 2 && i < sentences.size(); i++) {
        List<Side> stated = reader.stated(sentences.get(i), drugs, defined);
        if (refines(stated, sides, titled)) {
          return stated;
        }
        if (stated.size() == 2 && refines(List.of(stated.get(1), stated.get(0)), sides, titled)) {
          // the text names the title's sides the other way round ("X with or without Y": "X or X plus Y")
          return stated;
        }
        if (splits(stated, sides, titled)) {
          return stated;
        }
      }
    }
    return sides;
  }

  /**
   * Whether stated sides spell out the title's side by side (all of its agents, and more only of those no title side
   * has) and add agents or names to at least one. A title's unnamed "chemotherapy" is spelled out by the drugs no
   * title side names ("... versus chemotherapy alone" in the title, "placebo plus carboplatin and paclitaxel" in the
   * text).
   */
  private boolean refines(List<Side> stated, List<Side> sides, java.util.Set<String> titled) {
    return stated.size() == sides.size() && java.util.stream.IntStream.range(0, sides.size())
        .allMatch(k -> stated.get(k).agents().containsAll(toRepeat(sides.get(k), stated.get(k), titled))
            && stated.get(k).agents().stream().allMatch(a -> sides.get(k).agents().contains(a) || !titled.contains(a)))
        && java.util.stream.IntStream.range(0, sides.size())
        .anyMatch(k -> stated.get(k).agents().size() > sides.get(k).agents().size()
            || sides.get(k).names().isEmpty() && !stated.get(k).names().isEmpty());
  }

  /**
   * Whether stated sides are more arms than the title's, each holding a title side's agents and at least one of them
   * all of one title side ("Lenvatinib Combinations versus Sunitinib": "lenvatinib plus pembrolizumab; lenvatinib plus
   * everolimus; or sunitinib").
   */
  private static boolean splits(List<Side> stated, List<Side> sides, java.util.Set<String> titled) {
    return stated.size() > sides.size() && stated.size() >= 3
        && sides.stream().allMatch(x -> stated.stream().anyMatch(y -> y.agents().containsAll(x.agents())))
        && stated.stream().allMatch(y -> y.agents().stream().anyMatch(titled::contains));
  }

  /** The agents of a title's side a stated side must name: not an unnamed chemotherapy it names drugs for. */
  private List<String> toRepeat(Side title, Side stated, java.util.Set<String> titled) {
    boolean spelled = stated.agents().stream().anyMatch(a -> !titled.contains(a) && !comparators.isComparator(a));
    return title.agents().stream().filter(a -> !(spelled && a.equals("chemotherapy"))).toList();
  }

  /**
   * The sides with the short names that spell their agents (all but at most one of them) or shorten a name they
   * already have ("mFFX" of "FOLFIRINOX"): a name that fits one side goes to it, then names that fit one side no other
   * name took.
   */
  private static List<Side> withShortNames(List<Side> sides, List<String> shortNames) {
    List<List<String>> names = new ArrayList<>();
    sides.forEach(s -> names.add(new ArrayList<>(s.names())));
    List<String> left = new ArrayList<>(shortNames);
    left.removeIf(n -> sides.stream().anyMatch(x -> x.names().contains(n)));  // a side's own bracket named it
    boolean progress = true;
    while (progress) {
      progress = false;
      for (String shortName : List.copyOf(left)) {
        List<Integer> fits = new ArrayList<>();
        for (int i = 0; i < sides.size(); i++) {
          List<String> agents = RegimenAbbreviations.decode(shortName, sides.get(i).agents());
          String written = sides.get(i).written() == null ? "" : sides.get(i).written();
          boolean shortens = java.util.stream.Stream.concat(names.get(i).stream(),
              java.util.Arrays.stream(written.split("\\s+")))
              .anyMatch(n -> RegimenAbbreviations.shortens(shortName, n));
          if ((shortens || !agents.isEmpty() && agents.size() >= sides.get(i).agents().size() - 1)
              && names.get(i).stream().noneMatch(shortNames::contains)) {
            fits.add(i);
          }
        }
        if (fits.size() == 1) {
          names.get(fits.get(0)).add(shortName);
          left.remove(shortName);
          progress = true;
        }
      }
    }
    List<Side> out = new ArrayList<>();
    for (int i = 0; i < sides.size(); i++) {
      Side s = sides.get(i);
      out.add(new Side(s.start(), s.end(), s.agents(), names.get(i), s.written()));
    }
    return out;
  }

  /**
   * Of two sides, the one without a name named by what is left of the other's name without the letters of the agent
   * only the other has, where the text writes it ({@code ADDED_AGENT_NAME}: "E-KRd" of elotuzumab with KRd against
   * "KRd", "R-CHOP" against "CHOP").
   */
  private List<Side> withBaseNames(List<Side> sides, List<String> sentences) {
    if (sides.size() != 2) {
      return sides;
    }
    for (int k = 0; k < 2; k++) {
      Side named = sides.get(k);
      Side bare = sides.get(1 - k);
      List<String> added = named.agents().stream().filter(a -> !bare.agents().contains(a)).toList();
      if (!bare.names().isEmpty() || added.size() != 1 || !named.agents().containsAll(bare.agents())) {
        continue;
      }
      for (String name : named.names()) {
        Matcher m = patterns.get("ADDED_AGENT_NAME").matcher(name);
        if (!m.matches() || !added.get(0).toLowerCase(java.util.Locale.ROOT)
            .startsWith(m.group("added").toLowerCase(java.util.Locale.ROOT))) {
          continue;
        }
        String base = m.group("base");
        Pattern alone = Pattern.compile("(?<![\\p{L}\\p{N}/+-])" + Pattern.quote(base) + "(?![\\p{L}\\p{N}/+-])");
        if (sentences.stream().anyMatch(x -> alone.matcher(x).find())) {
          List<Side> out = new ArrayList<>(sides);
          out.set(1 - k, new Side(bare.start(), bare.end(), bare.agents(), List.of(base), bare.written()));
          return out;
        }
      }
    }
    return sides;
  }

  /**
   * Arms from the comparison's sides, each named as the text names it where a group name is its. In a trial of a
   * single agent against a regimen of several, an unqualified "chemotherapy" names the regimen, or where the text
   * never says "chemotherapy" (erlotinib with or without bevacizumab), "the combination" does; "single-agent" names the
   * single agent ("the single-agent arm"). Sides of the same agents
   * (arms a schedule defines) take the group names no agent places, one each in the order the text first uses them
   * ("the weekly arm", "the every-3-week arm").
   */
  private List<Arm> attach(List<Side> sides, List<String> groups, Map<String, List<String>> stated, TrialDrugs drugs,
      boolean chemotherapy) {
    List<List<String>> names = new ArrayList<>();
    sides.forEach(s -> names.add(new ArrayList<>(s.names())));
    List<Integer> regimens = java.util.stream.IntStream.range(0, sides.size())
        .filter(i -> sides.get(i).agents().stream().filter(a -> !comparators.isComparator(a)).count() >= 2).boxed()
        .toList();
    List<String> unplaced = new ArrayList<>();
    for (String g : groups) {
      int side = groupNames.sideOf(g, sides, drugs, stated);
      if (side >= 0 && stated.containsKey(g.toLowerCase(java.util.Locale.ROOT))) {
        names.get(side).add(0, g);  // a group the text gives its regimen is the arm's name
      } else if (side >= 0) {
        names.get(side).add(g);
      } else {
        unplaced.add(g);
      }
    }
    if (sides.size() >= 2 && unplaced.size() == sides.size()
        && sides.stream().map(x -> new java.util.HashSet<>(x.agents())).distinct().count() == 1) {
      for (int i = 0; i < sides.size(); i++) {
        names.get(i).add(0, unplaced.get(i));
      }
    }
    if (sides.size() == 2 && regimens.size() == 1 && sides.stream().noneMatch(s -> s.agents().contains("chemotherapy"))
        && sides.get(1 - regimens.get(0)).agents().size() == 1) {
      names.get(regimens.get(0)).add(chemotherapy ? "chemotherapy" : COMBINATION);  // after the text's own names
      names.get(1 - regimens.get(0)).add(SINGLE_AGENT);
    }
    List<Arm> arms = new ArrayList<>();
    for (int i = 0; i < sides.size(); i++) {
      List<String> n = names.get(i);
      if (sides.get(i).written() != null && !n.contains(sides.get(i).written())) {
        n.add(sides.get(i).written());
      }
      List<String> own = n.stream().filter(x -> !x.equals(COMBINATION) && !x.equals(SINGLE_AGENT)).toList();
      String label = own.stream().filter(x -> !LetteredArm.isName(x)).findFirst()
          .orElse(own.isEmpty() ? String.join(" + ", sides.get(i).agents()) : own.get(0));
      arms.add(new Arm(label, sides.get(i).agents(), n));
    }
    return arms;
  }
}
