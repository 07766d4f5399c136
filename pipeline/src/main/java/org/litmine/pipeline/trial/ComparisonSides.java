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

  private static final String PLACEBO = "placebo";
  private final TrialPatterns patterns;
  private final RegimenAgents comparators;
  private final BracketNames bracketNames;
  private final AgentLeftOut agentLeftOut;
  /** Whether the agents written after both alternatives join them ({@link #sharedAfter}). */
  private final boolean readsSharedAfter;

  ComparisonSides(TrialPatterns patterns, RegimenAgents comparators) {
    this(patterns, comparators, true);
  }

  private ComparisonSides(TrialPatterns patterns, RegimenAgents comparators, boolean readsSharedAfter) {
    this.patterns = patterns;
    this.comparators = comparators;
    this.bracketNames = new BracketNames(patterns);
    this.agentLeftOut = new AgentLeftOut(patterns, bracketNames, this::side);
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
  List<Side> of(String written, TrialDrugs drugs, boolean sentence, Map<String, List<String>> defined) {
    List<RegimenAgents.Agent> agents = comparators.find(written, drugs, defined);
    // a dose written out is read across as a schedule's words are: "panitumumab at a dose of 6 mg per kilogram of body
    // weight plus FOLFOX6" (DOSE_PHRASE)
    String t = TrialText.blanked(written, patterns.get("DOSE_PHRASE"));
    List<Side> withoutIt = agentLeftOut.sides(t, agents);
    if (!withoutIt.isEmpty()) {
      return withoutIt;
    }
    for (String name : List.of("WITH_OR_WITHOUT", "VERSUS", "OR_ALTERNATIVE", "RECEIVED_AND", "THAN_WITH")) {
      Matcher m = patterns.get(name).matcher(t);
      while ((sentence || !name.equals("RECEIVED_AND") && !name.equals("THAN_WITH")) && m.find()) {
        Side left = side(t, agents, m.start(), false);
        Side right = side(t, agents, m.end(), true);
        Matcher same = patterns.get("SAME_REGIMEN_PLUS").matcher(t).region(m.end(), t.length());
        if (name.equals("OR_ALTERNATIVE") && same.lookingAt() && !left.agents().isEmpty()) {
          Side added = side(t, agents, same.end(), true);  // "... or to the same regimen plus nimotuzumab"
          right = withShared(new Side(added.start(), added.end(), left.agents(), added.names(), null),
              added.agents());
        }
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
        boolean listed = t.substring(m.start(), m.end()).contains(";");
        if (listed && RegimenAgents.sameAgents(left.agents(), right.agents())) {
          continue;  // "cisplatin, vinblastine (PVe); or PVe alternating with ...": no two alternatives
        }
        boolean orWith = name.equals("OR_ALTERNATIVE")
            && patterns.get("OR_WITH").matcher(t.substring(m.start(), m.end())).find()
            && !left.agents().isEmpty() && !right.agents().isEmpty();
        if (name.equals("OR_ALTERNATIVE") && left.agents().size() == 1 && right.agents().size() == 2
            && !right.agents().contains(left.agents().get(0)) && modalityFor(t, agents, m.end())) {
          left = withShared(left, right.agents().subList(1, 2));  // "cisplatin or cetuximab with radiotherapy"
        }
        if (orWith) {
          List<String> base = baseBeforeWith(t, agents, left, m.start());
          right = withShared(new Side(right.start(), right.end(), base, right.names(), null), right.agents());
        } else if (name.equals("OR_ALTERNATIVE") && !listed && right.agents().size() == 1 && left.agents().size() >= 2
            && !left.agents().contains(right.agents().get(0)) && !right.agents().get(0).equals(PLACEBO)
            && !patterns.get("NO_TREATMENT_ARM").matcher(right.agents().get(0)).matches()
            && !comparators.isProcedure(right.agents().get(0))) {
          right = givenWithBaseOf(left, right);
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
                bracketArmName(m.group("addedName")), null), left.withNames(bracketArmName(m.group("baseName"))));
          }
          if (name.equals("VERSUS")) {
            right = withBasedAgents(t, agents, left, right);
          }
          List<Side> sides = name.equals("VERSUS") ? withThirdArm(t, agents, left, right)
              : name.equals("OR_ALTERNATIVE") ? withListedBefore(t, agents, left, right) : List.of(left, right);
          if (listed && sides.size() < 3) {
            continue;  // "...; or X" ends a list of three or more arms, or none this reader can read
          }
          return sides;
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

  /**
   * Whether the alternative after an "or" at {@code from} is one agent with a treatment both alternatives get after it
   * ({@code MODALITY_FOR_BOTH}: "cisplatin or cetuximab with radiotherapy").
   */
  private boolean modalityFor(String t, List<RegimenAgents.Agent> agents, int from) {
    return agents.stream().filter(a -> a.start() >= from).findFirst()
        .map(a -> patterns.get("MODALITY_FOR_BOTH").matcher(t.substring(a.end())).lookingAt()).orElse(false);
  }

  /**
   * What the second of "BASE with A or with B" adds B to: the base, the agents of the first side before its last
   * "with" ("radiotherapy with cisplatin (CRT) or with cetuximab (BRT)": radiotherapy), else the whole first side
   * ("pomalidomide and dexamethasone alone (control group) or with daratumumab").
   */
  private List<String> baseBeforeWith(String t, List<RegimenAgents.Agent> agents, Side left, int or) {
    int with = -1;
    for (Matcher w = patterns.get("PARALLEL_WITH").matcher(t).region(Math.max(0, left.start()), or); w.find();) {
      with = w.start();
    }
    int before = with;
    List<String> base = RegimenAgents.arm(agents.stream()
        .filter(a -> a.start() >= left.start() && a.start() < before && left.agents().contains(a.id())).toList());
    return with < 0 || base.isEmpty() ? left.agents() : base;
  }

  /** The arm name of a bracket written between the words of "with (Y group) or without (control group)", if any. */
  private List<String> bracketArmName(String bracket) {
    return bracket == null ? List.of() : bracketNames.armName(bracket).map(List::of).orElse(List.of());
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
        return List.of(first, withFirstBase(first, left, right), right);
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

  /**
   * The middle side of "X with Y or Z versus Y alone" with the agents of the first before its last (X and Z), where
   * it is one agent the first lacks and the control is part of the first regimen: the choice is of the agent given
   * with X; else the middle side as it is ("X or Y versus Z").
   */
  private static Side withFirstBase(Side first, Side middle, Side control) {
    List<String> base = first.agents();
    if (base.size() < 2 || middle.agents().size() != 1 || base.contains(middle.agents().get(0))
        || control.agents().isEmpty() || !base.containsAll(control.agents())) {
      return middle;
    }
    return givenWithBaseOf(first, middle);
  }

  /**
   * A side of one agent given with the agents of a side of several but its last: "X plus Y or Z", "X with Y or Z
   * versus Y alone" (Z is given with X).
   */
  private static Side givenWithBaseOf(Side several, Side single) {
    List<String> agents = new ArrayList<>(several.agents().subList(0, several.agents().size() - 1));
    agents.addAll(single.agents());
    return new Side(single.start(), single.end(), agents, single.names(), single.written());
  }

  /**
   * The other side with the agents a side's regimen is based on where the other side is that regimen, written alike
   * ({@code BASED_ON}: "nimotuzumab plus cisplatin-based chemoradiotherapy versus chemoradiotherapy alone": cisplatin
   * and radiotherapy; not "cisplatin-based chemoradiotherapy versus radiotherapy alone").
   */
  private Side withBasedAgents(String t, List<RegimenAgents.Agent> agents, Side left, Side right) {
    List<String> based = new ArrayList<>();
    for (RegimenAgents.Agent a : agents) {
      if (a.start() >= left.start() && a.end() <= left.end() && !right.agents().contains(a.id())) {
        Matcher on = patterns.get("BASED_ON").matcher(t).region(a.end(), t.length());
        if (on.lookingAt() && agents.stream().anyMatch(b -> b.start() == on.end() && right.agents().contains(b.id())
            && agents.stream().anyMatch(r -> r.start() >= right.start() && r.end() <= right.end()
                && r.text().equalsIgnoreCase(b.text())))) {
          based.add(a.id());
        }
      }
    }
    if (based.isEmpty()) {
      return right;
    }
    based.addAll(right.agents());
    return new Side(right.start(), right.end(), based, right.names(), right.written());
  }

  /**
   * The sides of "X; Y; or Z" and "X (A), Y (B) or Z (C)" ({@code ARM_LISTED_BEFORE}): each regimen ended by a
   * semicolon, or named in brackets and ended by a comma where the alternatives are named too, before the two
   * alternatives is an arm of its own, in the order written; none where two of them would be the same agents.
   */
  private List<Side> withListedBefore(String t, List<RegimenAgents.Agent> agents, Side left, Side right) {
    List<Side> sides = new ArrayList<>(List.of(left, right));
    Matcher before = patterns.get("ARM_LISTED_BEFORE").matcher(t.substring(0, left.start()));
    while (before.find()) {
      Side earlier = side(t, agents, before.start(), false);
      boolean named = !earlier.names().isEmpty() && !left.names().isEmpty() && !right.names().isEmpty();
      if (earlier.agents().isEmpty() || earlier.start() >= sides.get(0).start()
          || before.group("mark").equals(",") && !named) {
        break;
      }
      sides.add(0, earlier);
      before = patterns.get("ARM_LISTED_BEFORE").matcher(t.substring(0, earlier.start()));
    }
    long distinct = sides.stream().map(x -> new java.util.HashSet<>(x.agents())).distinct().count();
    return distinct == sides.size() ? sides : List.of(left, right);
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
    Matcher w = Pattern.compile("\\([^()]*\\)|[^\\s(),;]+|[,;]").matcher(t);
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
    int agentAt = !forward && i >= 0 && i < tokens.size() ? bracketNames.agentBeforeSchedule(t, tokens, i, agents) : -1;
    if (agentAt >= 0 && agentAt < i - 1) {
      // "X 2.3 mg/m2/day on days 1-5 (maintenance arm) or ...": agentBeforeSchedule found the bracket names an arm
      bracketNames.armName(t.substring(tokens.get(i)[0], tokens.get(i)[1])).ifPresent(names::add);
      i = agentAt;
    }
    boolean choice = false;
    List<String> brackets = new ArrayList<>();
    Map<String, String> ownForms = new java.util.LinkedHashMap<>();
    for (; i >= 0 && i < tokens.size(); i += step) {
      int[] tok = tokens.get(i);
      String word = t.substring(tok[0], tok[1]);
      List<RegimenAgents.Agent> here = agents.stream().filter(a -> BracketNames.overlaps(a, tok)).toList();
      if (word.equals(",") && i > 0 && !in.isEmpty() && bracketNames.namedBracket(t, tokens.get(i - 1))) {
        break;  // "gemcitabine-cisplatin (GC), GC plus nab-paclitaxel (GCN) or ...": a named regimen ends at a comma
      }
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
        java.util.Optional<String> name = bracketNames.bracketName(word);
        List<RegimenAgents.Agent> own = name.map(n -> here.stream()
            .filter(a -> a.text().equals(n) && BracketNames.shortFormOf(n, a, agents)).toList()).orElse(List.of());
        if (own.isEmpty()) {  // not an agent's own short form ("(BSC)"); a regimen's ("(GC)", "(E-KRd)") is
          name.or(() -> here.isEmpty() ? java.util.Optional.empty() : BracketNames.nameAfterLongForm(word))
              .ifPresent(names::add);
        } else {
          ownForms.put(name.get(), own.get(0).id());
        }
        brackets.add(word);
      }
      if (!here.isEmpty() || word.startsWith("(")) {
        start = Math.min(start, tok[0]);
        end = Math.max(end, tok[1]);
      }
    }
    List<String> ids = RegimenAgents.arm(in);
    ownForms.forEach((form, id) -> {
      if (names.isEmpty() && ids.equals(List.of(id))) {
        names.add(form);  // the short form of a side's one agent names the side: "matching placebo (PBO; n=209)"
      }
    });
    for (int b = 0; names.isEmpty() && b < brackets.size(); b++) {
      bracketNames.agentPrefixes(brackets.get(b), in).ifPresent(names::add);
    }
    if (forward && !in.isEmpty() && names.isEmpty()) {
      bracketNames.armNameAfterSchedule(t, tokens, i, agents, in).ifPresent(names::add);
    }
    in.sort((a, b) -> Integer.compare(a.start(), b.start()));
    String written = in.isEmpty() ? null
        : t.substring(in.get(0).start(), in.get(in.size() - 1).end()).replaceAll("\\s*\\([^()]*\\)", "");
    return new Side(start, end, RegimenAgents.arm(in), names,
        written == null || written.contains("(") || written.contains(",") ? null : written);
  }

}
