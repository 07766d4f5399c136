package org.litmine.pipeline.trial;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sides of the randomized comparison a title or a sentence states, for {@link TextArms}: "X versus Y"
 * ({@code VERSUS}, with a third arm in "X or Y versus Z"), "X or Y" ({@code OR_ALTERNATIVE}), "comparing X with Y"
 * ({@code COMPARING}), "X with or without Y" ({@code WITH_OR_WITHOUT}), "250 received X and 250 received Y"
 * ({@code RECEIVED_AND}) and "longer with X than with Y" ({@code THAN_WITH}) in a sentence, or a placebo-controlled
 * trial of one regimen (its placebo arm replaces the regimen's first agent). Each side is the run of agents and joiners
 * ({@code REGIMEN_JOINER}) around the comparison word, with the short name a bracket in it gives it ("(MIC)",
 * "(BV/CP, n = 434)"); short names the paper defines count as the agents they stand for. A choice of agents inside a
 * side read forward is that side's ("gemcitabine and either cisplatin or carboplatin", {@code CHOICE_OPEN}), and the
 * agents before "plus either" join both alternatives ("azacitidine plus either venetoclax or placebo",
 * {@code SHARED_BEFORE_EITHER}).
 */
final class ComparisonSides {

  /** A side of a comparison: where it is written, its agents, its names, and its agents as written (or null). */
  record Side(int start, int end, List<String> agents, List<String> names, String written) {}

  /**
   * A regimen's short name: letters joined by hyphens or plus signs with two capitals in a row ("pola-R-CHP", "A+AVD"),
   * letters with slashes ("BV/CP"), capitals, or capitals with a small letter between or before them ("GnP", "mFFX");
   * at a bracket's start not a code name.
   */
  private static final Pattern BRACKET_NAME = Pattern.compile(
      "(?=[A-Za-z+-]*[A-Z]{2})[A-Za-z]+(?:[-+][A-Za-z]+)+|[A-Z][A-Za-z]*(?:/[A-Za-z]+)+|[A-Z]{2,6}"
          + "|[a-z]{0,2}[A-Z][a-z]?[A-Z][A-Z]{0,3}");
  private static final Pattern BRACKET_NAME_FIRST =
      Pattern.compile("^\\(\\s*(" + BRACKET_NAME.pattern() + ")\\b(?!-\\d)");

  private static final String PLACEBO = "placebo";
  /** How many words of a schedule may stand between a side's agents and the bracket that names it. */
  private static final int SCHEDULE_WORDS = 16;
  /** Words that end a side: a comma, "or", "and", "versus", "vs". */
  private static final Pattern JOINING = Pattern.compile("(?i),|;|or|and|versus|vs\\.?|compared");

  private final TrialPatterns patterns;
  private final RegimenAgents comparators;
  /** Whether the agents written after both alternatives join them ({@link #sharedAfter}). */
  private final boolean readsSharedAfter;

  ComparisonSides(TrialPatterns patterns, RegimenAgents comparators) {
    this(patterns, comparators, true);
  }

  private ComparisonSides(TrialPatterns patterns, RegimenAgents comparators, boolean readsSharedAfter) {
    this.patterns = patterns;
    this.comparators = comparators;
    this.readsSharedAfter = readsSharedAfter;
  }

  /**
   * The same reader that leaves out the agents written after both alternatives, for a caller that first looks for a
   * sentence spelling each side out in full ("erlotinib plus bevacizumab or erlotinib plus placebo") before one that
   * gives them once for both ("bevacizumab or placebo, both given with erlotinib").
   */
  ComparisonSides spelledOnly() {
    return new ComparisonSides(patterns, comparators, false);
  }

  /** The sides of the comparison a sentence states ({@code COMPARISON_CUE}), or none. */
  List<Side> stated(String sentence, TrialDrugs drugs, Map<String, List<String>> defined) {
    String s = SentenceFigures.prepare(sentence);
    return patterns.get("COMPARISON_CUE").matcher(s).find() ? of(s, drugs, true, defined) : List.of();
  }

  /** The sides of the comparison a text states, or its first regimen alone (one side), or none. */
  List<Side> of(String t, TrialDrugs drugs, boolean sentence, Map<String, List<String>> defined) {
    List<RegimenAgents.Agent> agents = comparators.find(t, drugs, defined);
    for (String name : List.of("WITH_OR_WITHOUT", "VERSUS", "OR_ALTERNATIVE", "RECEIVED_AND", "THAN_WITH")) {
      Matcher m = patterns.get(name).matcher(t);
      while ((sentence || !name.equals("RECEIVED_AND") && !name.equals("THAN_WITH")) && m.find()) {
        Side left = side(t, agents, m.start(), false);
        Side right = side(t, agents, m.end(), true);
        if (name.equals("OR_ALTERNATIVE")) {
          Matcher either = patterns.get("SHARED_BEFORE_EITHER").matcher(t.substring(0, Math.max(0, left.start())));
          if (either.find()) {
            List<String> shared = side(t, agents, either.start(), false).agents();
            left = withShared(left, shared);
            right = withShared(right, shared);
          }
          List<String> sharedAfter = readsSharedAfter ? sharedAfter(t, m.end(), drugs) : List.of();
          left = withShared(left, sharedAfter);
          right = withShared(right, sharedAfter);
        }
        if (name.equals("OR_ALTERNATIVE") && right.agents().size() == 1 && left.agents().size() >= 2
            && !patterns.get("NO_TREATMENT_ARM").matcher(right.agents().get(0)).matches()) {
          List<String> inherited = new ArrayList<>(left.agents().subList(0, left.agents().size() - 1));
          inherited.addAll(right.agents());
          right = new Side(right.start(), right.end(), inherited, right.names(), right.written());
        } else if (name.equals("OR_ALTERNATIVE") && left.agents().size() == 1 && right.agents().size() >= 2
            && right.agents().get(0).equals(PLACEBO)) {
          left = withShared(left, right.agents().subList(1, right.agents().size()));  // "X or placebo plus Y"
        } else if (name.equals("OR_ALTERNATIVE") && !sentence && !patterns.get("COMPARATIVE_TITLE").matcher(t).find()
            && (left.agents().size() < 2 || right.agents().size() < 2)) {
          continue;
        }
        if (!left.agents().isEmpty() && !right.agents().isEmpty()) {
          if (name.equals("WITH_OR_WITHOUT")) {
            List<String> both = new ArrayList<>(left.agents());
            right.agents().stream().filter(a -> !both.contains(a)).forEach(both::add);
            return List.of(new Side(left.start(), right.end(), RegimenAgents.arm(agentsIn(agents, both)),
                List.of(), null), left);
          }
          return name.equals("VERSUS") ? withThirdArm(t, agents, left, right) : List.of(left, right);
        }
      }
    }
    Matcher comparing = patterns.get("COMPARING").matcher(t);
    if (comparing.find()) {
      Side left = side(t, agents, comparing.end("left"), false);
      Side right = side(t, agents, comparing.start("right"), true);
      if (!left.agents().isEmpty() && !right.agents().isEmpty()) {
        return List.of(left, right);
      }
    }
    if (agents.isEmpty()) {
      return List.of();
    }
    Side first = side(t, agents, agents.get(0).start(), true);
    if (patterns.get("PLACEBO_CONTROLLED").matcher(t).find() && !first.agents().contains(PLACEBO)) {
      List<String> placebo = new ArrayList<>(first.agents());
      placebo.set(0, PLACEBO);
      return List.of(first, new Side(-1, -1, RegimenAgents.arm(agentsIn(agents, placebo)), List.of(PLACEBO),
          null));
    }
    return List.of(first);
  }

  /**
   * The agents both alternatives are given with, written after the second ({@code ALTERNATIVES_SHARED}: "gefitinib or
   * placebo, both with cisplatin and pemetrexed"), or none.
   */
  private List<String> sharedAfter(String t, int from, TrialDrugs drugs) {
    Matcher shared = patterns.get("ALTERNATIVES_SHARED").matcher(t);
    for (int k = from; k < t.length(); k++) {
      if (shared.region(k, t.length()).lookingAt()) {
        return RegimenAgents.arm(comparators.find(shared.group("agents"), drugs));
      }
    }
    return List.of();
  }

  /** A side with the agents it shares with the other side after its own ("carboplatin plus either X or Y"). */
  private static Side withShared(Side side, List<String> shared) {
    if (side.agents().isEmpty()) {
      return side;
    }
    List<String> all = new ArrayList<>(side.agents());
    shared.stream().filter(a -> !all.contains(a)).forEach(all::add);
    return new Side(side.start(), side.end(), all, side.names(), side.written());
  }

  /**
   * The sides of "X or Y versus Z" and "X versus Y or Z" ({@code ARM_OR_BEFORE}, {@code ARM_OR_AFTER}): the regimen
   * beyond the "or" is a third arm.
   */
  private List<Side> withThirdArm(String t, List<RegimenAgents.Agent> agents, Side left, Side right) {
    Matcher before = patterns.get("ARM_OR_BEFORE").matcher(t.substring(0, left.start()));
    if (before.find()) {
      Side first = side(t, agents, before.start(), false);
      if (!first.agents().isEmpty()) {
        return List.of(first, left, right);
      }
    }
    Matcher after = patterns.get("ARM_OR_AFTER").matcher(t.substring(right.end()));
    if (after.lookingAt()) {
      Side third = side(t, agents, right.end() + after.end(), true);
      if (!third.agents().isEmpty()) {
        return List.of(left, right, third);
      }
    }
    return List.of(left, right);
  }

  private static List<RegimenAgents.Agent> agentsIn(List<RegimenAgents.Agent> agents, List<String> ids) {
    List<RegimenAgents.Agent> out = new ArrayList<>();
    for (String id : ids) {
      agents.stream().filter(a -> a.id().equals(id)).findFirst().ifPresentOrElse(out::add,
          () -> out.add(new RegimenAgents.Agent(-1, -1, id, id, id.equals(PLACEBO), false)));
    }
    return out;
  }

  /** The run of agents and joiners that starts ({@code forward}) or ends at {@code at}. */
  private Side side(String t, List<RegimenAgents.Agent> agents, int at, boolean forward) {
    List<int[]> tokens = new ArrayList<>();
    Matcher w = Pattern.compile("\\([^()]*\\)|[^\\s(),]+|,").matcher(t);
    while (w.find()) {
      tokens.add(new int[] {w.start(), w.end()});
    }
    int start = at;
    int end = at;
    List<RegimenAgents.Agent> in = new ArrayList<>();
    List<String> names = new ArrayList<>();
    int step = forward ? 1 : -1;
    int i = forward ? 0 : tokens.size() - 1;
    while (i >= 0 && i < tokens.size() && (forward ? tokens.get(i)[0] < at : tokens.get(i)[1] > at)) {
      i += step;
    }
    int agentAt = !forward && i >= 0 && i < tokens.size() ? agentBeforeSchedule(t, tokens, i, agents) : -1;
    if (agentAt >= 0 && agentAt < i - 1) {
      // "X 2.3 mg/m2/day on days 1-5 (maintenance arm) or ...": agentBeforeSchedule found the bracket names an arm
      armName(t.substring(tokens.get(i)[0], tokens.get(i)[1])).ifPresent(names::add);
      i = agentAt;
    }
    boolean choice = false;
    for (; i >= 0 && i < tokens.size(); i += step) {
      int[] tok = tokens.get(i);
      String word = t.substring(tok[0], tok[1]);
      List<RegimenAgents.Agent> here = agents.stream().filter(a -> overlaps(a, tok)).toList();
      if (!here.isEmpty()) {
        here.stream().filter(a -> !in.contains(a)).forEach(in::add);
      } else if (forward && !in.isEmpty() && patterns.get("CHOICE_OPEN").matcher(word).matches()) {
        choice = true;  // "gemcitabine and either cisplatin or carboplatin": the choice is one side's
      } else if (choice && patterns.get("CHOICE_OR").matcher(word).matches()) {
        choice = false;
      } else if (!patterns.get("REGIMEN_JOINER").matcher(word).matches()) {
        break;
      }
      if (word.startsWith("(")) {
        bracketName(word).filter(n -> here.stream().noneMatch(a -> a.text().equals(n))).ifPresent(names::add);
      }
      if (!here.isEmpty() || word.startsWith("(")) {
        start = Math.min(start, tok[0]);
        end = Math.max(end, tok[1]);
      }
    }
    if (forward && !in.isEmpty() && names.isEmpty()) {
      armNameAfterSchedule(t, tokens, i, agents).ifPresent(names::add);
    }
    in.sort((a, b) -> Integer.compare(a.start(), b.start()));
    String written = in.isEmpty() ? null : t.substring(in.get(0).start(), in.get(in.size() - 1).end());
    return new Side(start, end, RegimenAgents.arm(in), names,
        written == null || written.contains("(") || written.contains(",") ? null : written);
  }

  /** The name a bracket with "arm" or "group" gives a side ({@code BRACKET_ARM_NAME}: "(nab-P arm)"), if it is one. */
  private java.util.Optional<String> armName(String bracket) {
    Matcher named = patterns.get("BRACKET_ARM_NAME").matcher(bracket);
    return named.lookingAt() ? java.util.Optional.of(named.group("name")) : java.util.Optional.empty();
  }

  /** Whether an agent stands in the token at [start, end). */
  private static boolean overlaps(RegimenAgents.Agent agent, int[] token) {
    return agent.start() < token[1] && token[0] < agent.end();
  }

  /**
   * The name a side's own bracket gives it after words of its schedule the side's reading stopped at ("oral topotecan
   * 2.3 mg/m2/day on days 1-5 every 21 days for up to four cycles (maintenance arm)"): a bracket with "arm" or "group"
   * ({@code BRACKET_ARM_NAME}) within {@link #SCHEDULE_WORDS} words, none of them an agent, a comma or a joining word.
   */
  private java.util.Optional<String> armNameAfterSchedule(String t, List<int[]> tokens, int from,
      List<RegimenAgents.Agent> agents) {
    for (int k = from; k >= 0 && k < tokens.size() && k < from + SCHEDULE_WORDS; k++) {
      int[] tok = tokens.get(k);
      String word = t.substring(tok[0], tok[1]);
      if (agents.stream().anyMatch(a -> overlaps(a, tok)) || JOINING.matcher(word).matches()) {
        return java.util.Optional.empty();
      }
      if (word.startsWith("(")) {
        return armName(word);
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * Read backwards from a bracket that names an arm ({@code BRACKET_ARM_NAME}, token {@code at}), the token of the last
   * agent before it across words of a schedule (as {@link #armNameAfterSchedule}), or -1: "oral topotecan 2.3 mg/m2/day
   * on days 1-5 every 21 days (maintenance arm) or ...".
   */
  private int agentBeforeSchedule(String t, List<int[]> tokens, int at, List<RegimenAgents.Agent> agents) {
    if (armName(t.substring(tokens.get(at)[0], tokens.get(at)[1])).isEmpty()) {
      return -1;
    }
    for (int k = at - 1; k >= 0 && k > at - SCHEDULE_WORDS; k--) {
      int[] tok = tokens.get(k);
      String word = t.substring(tok[0], tok[1]);
      if (agents.stream().anyMatch(a -> overlaps(a, tok))) {
        return k;
      }
      if (JOINING.matcher(word).matches() || word.startsWith("(")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The short name a bracket after a regimen gives it: with "arm" or "group" ({@code BRACKET_ARM_NAME}: "(nab-P
   * arm)"), at its start ("(MIC)", "(BV/CP, n = 434)", "(EC 90/600)"), or as an item of its list after a code name
   * ("(CT-2103, PPX)"); the caller leaves out an agent's own short form ("best supportive care (BSC)").
   */
  private java.util.Optional<String> bracketName(String bracket) {
    java.util.Optional<String> arm = armName(bracket);
    if (arm.isPresent()) {
      return arm;
    }
    Matcher first = BRACKET_NAME_FIRST.matcher(bracket);
    if (first.find()) {
      return java.util.Optional.of(first.group(1));
    }
    return java.util.Arrays.stream(bracket.substring(1, bracket.length() - 1).split("[,;]")).map(String::strip)
        .filter(item -> BRACKET_NAME.matcher(item).matches()).findFirst();
  }
}
