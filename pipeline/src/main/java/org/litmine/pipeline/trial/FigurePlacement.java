package org.litmine.pipeline.trial;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litmine.pipeline.trial.SentenceFigures.Figure;
import org.litmine.pipeline.trial.TextArms.Arm;

/**
 * The arm each figure of a sentence belongs to, for {@link OwnTrialTextExtractor}. A figure belongs to the arm named
 * right after it ("9.4 months in the selumetinib group", {@code ARM_AFTER}; "5.0 months (GP)", {@code ARM_IN_BRACKET}),
 * else to the one arm named between it and the figure before, in its own clause after a semicolon ("longer in the
 * afatinib group (11.0 months", "...; in the gefitinib group, it was 4.1 months"; not in a bracket right after the
 * figure before: "5.9 months (GP) and 4.6 months (GC), and median survival was ..."), else the one arm its clause
 * names before it where no figure of its metric comes first ("In the X arm, the ORR was 31.6% and median PFS was 5.1
 * months"); unless the arm named between was the figure before's (then none), or a pair joins them ("12.3 months
 * with bevacizumab versus 10.3 months without": the other arm of two, {@code PAIR_AFTER_ARM}); figures of one metric
 * listed without arms take the arms the sentence lists, in order ("5.5 and 5.7 months, respectively, for PemOx and
 * PemCb", "30%, 25% and 20% for X, Y and Z, respectively", "40% and 30% for the X and Y arms", {@code
 * ARMS_LISTED_AFTER}; "longer with BV/CP than with CP (12.3 versus 10.3 months)"). A ratio is the
 * figure of the arm it names ("HR for PCB"), else, of two arms the sentence names, of the one that adds to the other
 * (the experimental arm, whichever the sentence names first: "21.7 months with Bev compared with 23.9 months with
 * Cap-Bev (HR 0.89"), else of the first arm the sentence names, else of the first arm, against
 * the other arm of a two-arm trial (of a trial of more arms, of the first of the last two arms named since the figure
 * before it, against the second: "and for pembrolizumab 10 mg/kg versus docetaxel (0.61, 0.49-0.75"). A figure that
 * cannot be placed gets none; nor is one of a list of different metrics another of the list's arm is (one arm's
 * "median PFS and OS were 5.2 and 10.1 months").
 */
final class FigurePlacement {

  private static final int ARM_PHRASE = 60;
  private static final String PLACEBO = "placebo";
  /** A bracket a text opens with, maybe with brackets inside: "(IQR 5.1-21.2)", "(interquartile range [IQR], 6-15)". */
  private static final Pattern OPENING_BRACKET = Pattern.compile("^\\s*(?:"
      + "\\((?:[^()\\[\\]]|\\[[^\\[\\]]*\\]|\\([^()]*\\))*\\)"
      + "|\\[(?:[^()\\[\\]]|\\([^()]*\\)|\\[[^\\[\\]]*\\])*\\])");
  /** The p value that closes the bracket of a ratio's interval: "0.47 (80% CI, 0.37 to 0.60; one-sided P < .001)". */
  private static final Pattern P_VALUE_CLOSING = Pattern.compile(
      "^\\s*[;,]\\s*(?:(?:one|two)-sided\\s+|log-rank\\s+)?[Pp]\\s*[=<>≤]\\s*[\\d.]+\\s*[)\\]]");

  private final TrialPatterns patterns;
  private final ArmNames armNames;
  private final RunPlacement runs;

  FigurePlacement(TrialPatterns patterns, ArmNames armNames) {
    this.patterns = patterns;
    this.armNames = armNames;
    this.runs = new RunPlacement(patterns, armNames);
  }

  /**
   * Figures of one metric listed in a bracket after the arms they belong to, in order ({@code ARMS_BEFORE_LIST}: "(N+I
   * vs N vs C: 36.0%, 29.1%, 18.2%)"): the index of each figure to its arm, where the bracket names as many arms as it
   * lists figures.
   */
  private Map<Integer, Integer> bracketLists(List<Figure> found, String t, List<Arm> arms, TrialDrugs drugs) {
    Map<Integer, Integer> listed = new java.util.HashMap<>();
    Matcher m = patterns.get("ARMS_BEFORE_LIST").matcher(t);
    while (m.find()) {
      int close = t.indexOf(')', m.end());
      int end = close < 0 ? t.length() : close;
      List<Integer> inside = new ArrayList<>();
      for (int i = 0; i < found.size(); i++) {
        if (found.get(i).start() >= m.end() && found.get(i).start() < end && !found.get(i).ratio()) {
          inside.add(i);
        }
      }
      List<Integer> order = armNames.namedInOrder(m.group("arms"), arms, drugs).stream().distinct().toList();
      boolean oneMetric = inside.stream().map(i -> found.get(i).metric()).distinct().count() == 1;
      if (inside.size() >= 2 && inside.size() == order.size() && oneMetric) {
        for (int k = 0; k < inside.size(); k++) {
          listed.put(inside.get(k), order.get(k));
        }
      }
    }
    return listed;
  }

  /**
   * Of two arms, the one that adds to the other: all of its agents and more ("capecitabine plus bevacizumab" against
   * "bevacizumab"), or not placebo against placebo; -1 where neither does.
   */
  private static int experimental(List<Arm> arms) {
    List<String> a = arms.get(0).agents();
    List<String> b = arms.get(1).agents();
    if (a.size() > b.size() && a.containsAll(b) || b.contains(PLACEBO) && !a.contains(PLACEBO)) {
      return 0;
    }
    if (b.size() > a.size() && b.containsAll(a) || a.contains(PLACEBO) && !b.contains(PLACEBO)) {
      return 1;
    }
    return -1;
  }

  /** The arm (index) of each figure of a sentence, or null. */
  List<Integer> place(List<Figure> found, String t, List<Arm> arms, TrialDrugs drugs, List<Integer> order) {
    List<Integer> placed = new ArrayList<>();
    List<Boolean> named = new ArrayList<>();
    Map<Integer, Integer> listed = bracketLists(found, t, arms, drugs);
    for (Figure f : found) {
      if (listed.containsKey(placed.size())) {
        placed.add(listed.get(placed.size()));
        named.add(true);
        continue;
      }
      Integer arm = null;
      Matcher bracketed = patterns.get("ARM_IN_BRACKET").matcher(f.after());
      if (f.ratio()) {
        List<Integer> own = f.ratioFor() == null ? List.of() : armNames.named(f.ratioFor(), arms, drugs);
        String rest = withoutBracket(P_VALUE_CLOSING.matcher(f.after()).replaceFirst(""));
        if (own.isEmpty() && patterns.get("RATIO_FOR_ARM").matcher(rest).lookingAt()) {
          own = armsOpening(rest.split("[;(\\[]", 2)[0], arms, drugs);
        }
        List<Integer> before = armNames.named(t.substring(0, f.start()), arms, drugs);
        List<Integer> clause = arms.size() > 2 ? armNames.named(f.before(), arms, drugs) : List.of();
        int added = arms.size() == 2 && before.containsAll(List.of(0, 1)) ? experimental(arms) : -1;
        arm = !own.isEmpty() ? own.get(0) : clause.size() >= 2 ? clause.get(clause.size() - 2)
            : added >= 0 ? Integer.valueOf(added) : !before.isEmpty() ? before.get(0) : arms.size() == 2 ? 0 : null;
      } else if (bracketed.lookingAt() && armNames.named(bracketed.group("name"), arms, drugs).size() == 1) {
        arm = armNames.named(bracketed.group("name"), arms, drugs).get(0);
      } else if (patterns.get("ARM_AFTER").matcher(withoutBracket(f.after())).lookingAt()) {
        String clause = withoutBracket(f.after()).split("[;(\\[]", 2)[0];
        List<Integer> armsAfter = armsOpening(clause, arms, drugs);
        boolean respectively = patterns.get("RESPECTIVELY").matcher(clause).find();
        boolean several = armNames.named(clause, arms, drugs).stream().distinct().count() >= 2;
        boolean list = (respectively || patterns.get("ARM_LETTER_LIST").matcher(clause).find()) && several
            || armsAfter.size() >= 2
            && patterns.get("ARMS_LISTED_AFTER").matcher(withoutBracket(f.after())).lookingAt();
        arm = armsAfter.isEmpty() || list ? null : armsAfter.get(0);
      }
      named.add(arm != null && !f.ratio());
      if (arm == null && !f.ratio() && !givenRespectively(found, placed.size(), t)
          && !opensUnnamedPair(found, placed.size(), t, arms, drugs)) {
        String prior = withoutBracket(f.before());
        prior = prior.substring(lastClauseBreak(prior) + 1);
        List<Integer> before = armNames.named(prior, arms, drugs).stream().distinct().toList();
        arm = before.size() == 1 ? before.get(0) : null;
        int p = placed.size() - 1;
        boolean previous = arm != null && p >= 0 && named.get(p) && arm.equals(placed.get(p))
            && f.metric().equals(found.get(p).metric());
        if (previous && arms.size() == 2 && patterns.get("PAIR_AFTER_ARM").matcher(f.before()).find()) {
          arm = 1 - arm;
        } else if (previous) {
          arm = null;
        } else if (before.isEmpty()) {
          arm = clauseArm(found, placed.size(), t, arms, drugs);
        }
      }
      placed.add(arm);
    }
    blocks(found, placed, named);
    fromTo(found, arms, placed, named);
    runs.place(found, t, arms, drugs, order, placed, named);
    pairs(found, t, arms, drugs, order, placed, named);
    metricLists(found, placed, named, arms, drugs);
    RatiosByOutcome.place(found, placed);
    return placed;
  }

  /**
   * Whether a figure of a two-arm trial opens a pair of its metric ("the clinical benefit rate was 70.1% versus 51.2%",
   * {@code PAIR_JOINER}; "... with X and ... with Y, with 1-year survival rates of 30% and 41%", {@link #joinsPair}):
   * an arm named earlier in the sentence is an earlier statement's, so {@link #pairs} places it.
   */
  private boolean opensUnnamedPair(List<Figure> found, int i, String t, List<Arm> arms, TrialDrugs drugs) {
    if (arms.size() != 2 || i + 1 >= found.size()) {
      return false;
    }
    Figure f = found.get(i);
    Figure next = found.get(i + 1);
    return !next.ratio() && f.metric().equals(next.metric())
        && java.util.Objects.equals(f.timepoint(), next.timepoint()) && joinsPair(f, t, arms, drugs)
        && !patterns.get("ARM_AFTER").matcher(withoutBracket(next.after())).lookingAt();
  }

  /**
   * Whether the words after a figure join it to the next as a pair: "versus" ({@code PAIR_JOINER}), or "and"
   * ({@code PAIR_AND}) once the sentence named both arms of a two-arm trial before the figure.
   */
  private boolean joinsPair(Figure f, String t, List<Arm> arms, TrialDrugs drugs) {
    return patterns.get("PAIR_JOINER").matcher(f.after()).matches()
        || arms.size() == 2 && patterns.get("PAIR_AND").matcher(f.after()).matches()
            && armNames.named(t.substring(0, f.start()), arms, drugs).containsAll(List.of(0, 1));
  }

  /**
   * The one arm a figure's clause (since the last semicolon or joined sentence end) names before it, where no figure
   * of its metric comes before it in that clause: "In the X arm, the ORR was 31.6% and median PFS was 5.1 months; in
   * the Y arm, ...".
   */
  private Integer clauseArm(List<Figure> found, int i, String t, List<Arm> arms, TrialDrugs drugs) {
    Figure f = found.get(i);
    int from = lastClauseBreak(t.substring(0, f.start())) + 1;
    for (int j = 0; j < i; j++) {
      if (found.get(j).start() >= from && f.metric().equals(found.get(j).metric())) {
        return null;
      }
    }
    List<Integer> named = armNames.named(t.substring(from, f.start()), arms, drugs).stream().distinct().toList();
    return named.size() == 1 ? named.get(0) : null;
  }

  /**
   * Two figures of one metric written "from a to b" in a two-arm trial that adds agents to one arm ({@code FROM_PAIR},
   * {@code PAIR_TO}): the control's, then the other arm's, before runs of figures are placed by the arms the sentence
   * names ("improved PFS compared with X alone ... and increased the ORR from 17.9% to 30.7%").
   */
  private void fromTo(List<Figure> found, List<Arm> arms, List<Integer> placed, List<Boolean> named) {
    int control = arms.size() == 2 ? addOnControl(arms) : -1;
    for (int i = 0; control >= 0 && i + 1 < found.size(); i++) {
      Figure a = found.get(i);
      Figure b = found.get(i + 1);
      if (!a.ratio() && !b.ratio() && a.metric().equals(b.metric()) && !named.get(i) && !named.get(i + 1)
          && patterns.get("FROM_PAIR").matcher(a.before()).find()
          && patterns.get("PAIR_TO").matcher(a.after()).matches()) {
        placed.set(i, control);
        placed.set(i + 1, 1 - control);
        i++;
      }
    }
  }

  /**
   * Two figures of one metric written as a pair ("4.3 months [...] vs 2.6 months", "ORR (65% vs. 16%)",
   * {@code PAIR_JOINER}) of a two-arm trial, neither placed by an arm named right after it nor by a list: in a sentence
   * that says one arm did better ({@code BETTER}: "Pemetrexed significantly improved ...", "improved in the X arm",
   * "Superior ... were observed in the X arm"), the better figure is the arm the sentence names first and the other the
   * other arm's; else a figure next to one placed by the arm named before it is the other arm's; else the pair is in
   * the order the sentence names the two arms ("with durvalumab versus ... with placebo ...; the 12-month rate was
   * 55.9% versus 35.3%"), or in a sentence that names no arm, in the order the last sentence naming every arm gave them
   * ({@code lastOrder}: "... 24.4 months with cetuximab plus radiotherapy and 14.9 months with radiotherapy alone ...
   * The 3-year OS rate was 55% vs 45%"), or, where none did or the sentence names only the trial's first, in the order
   * the trial gives its arms ("lower with erlotinib (...); median PFS was 5.2 versus 4.1 months"; "The proportion of
   * patients with an objective response did not differ significantly between groups (22 [6%] vs 11 [3%])").
   */
  private void pairs(List<Figure> found, String t, List<Arm> arms, TrialDrugs drugs, List<Integer> lastOrder,
      List<Integer> placed, List<Boolean> named) {
    if (arms.size() != 2) {
      return;
    }
    Matcher better = patterns.get("BETTER").matcher(t);
    List<Integer> order = armNames.namedInOrder(t, arms, drugs);
    for (int i = 0; i + 1 < found.size(); i++) {
      Figure a = found.get(i);
      Figure b = found.get(i + 1);
      boolean unnamedPair = !a.ratio() && !b.ratio() && a.metric().equals(b.metric()) && !named.get(i)
          && !named.get(i + 1);
      if (!unnamedPair || !java.util.Objects.equals(a.timepoint(), b.timepoint()) || a.value() == null
          || b.value() == null || !joinsPair(a, t, arms, drugs)) {
        continue;
      }
      if (better.find(0) && !order.isEmpty() && !a.value().equals(b.value())) {
        int first = order.get(0);
        placed.set(i, a.value() > b.value() ? first : 1 - first);
        placed.set(i + 1, a.value() > b.value() ? 1 - first : first);
      } else if (placed.get(i) != null && placed.get(i + 1) == null) {
        placed.set(i + 1, 1 - placed.get(i));
      } else if (placed.get(i) == null && placed.get(i + 1) != null) {
        placed.set(i, 1 - placed.get(i + 1));
      } else if (placed.get(i) == null && (order.isEmpty() || order.size() == 2 || order.equals(List.of(0)))) {
        List<Integer> pair = order.size() == 2 ? order
            : order.isEmpty() && lastOrder != null && lastOrder.size() == 2 ? lastOrder : List.of(0, 1);
        placed.set(i, pair.get(0));
        placed.set(i + 1, pair.get(1));
      }
      i++;
    }
  }

  /**
   * Figures of different metrics listed together ("the median PFS and OS were 5.2 and 10.1 months, respectively, with
   * erlotinib", {@code METRIC_LIST_JOINER}) are of one arm: the arm named right after the list's last figure ("20%
   * and 50% in the gefitinib arm"), else the one arm that placed any of them, else the one arm named right after
   * "respectively" ("the 1-year PFS and OS rates were 22% and 41%, respectively, in the X group").
   */
  private void metricLists(List<Figure> found, List<Integer> placed, List<Boolean> named, List<Arm> armsOfTrial,
      TrialDrugs drugs) {
    int i = 0;
    while (i < found.size()) {
      int j = i + 1;
      while (j < found.size() && patterns.get("METRIC_LIST_JOINER").matcher(found.get(j - 1).after()).matches()) {
        j++;
      }
      List<Figure> list = found.subList(i, j);
      List<Integer> arms = placed.subList(i, j).stream().filter(java.util.Objects::nonNull).distinct().toList();
      if (j - i >= 2 && list.stream().noneMatch(Figure::ratio)
          && list.stream().map(Figure::metric).distinct().count() == j - i) {
        Integer arm = named.get(j - 1) ? placed.get(j - 1) : arms.size() == 1 ? arms.get(0)
            : armAfterRespectively(found.get(j - 1), armsOfTrial, drugs);
        for (int k = i; arm != null && k < j; k++) {
          if (!named.get(k)) {
            placed.set(k, arm);
          }
        }
      }
      i = j;
    }
  }

  /** The one arm named right after "respectively" after a figure ("..., respectively, in the X group"), or null. */
  private Integer armAfterRespectively(Figure last, List<Arm> arms, TrialDrugs drugs) {
    Matcher respectively = patterns.get("RESPECTIVELY").matcher(last.after());
    if (!respectively.find() || !last.after().substring(0, respectively.start()).matches("\\s*,?\\s*")) {
      return null;
    }
    String rest = last.after().substring(respectively.end()).replaceFirst("^\\s*,", "");
    if (!patterns.get("ARM_AFTER").matcher(rest).lookingAt()) {
      return null;
    }
    List<Integer> named = armsOpening(rest.split("[;(\\[.]", 2)[0], arms, drugs);
    return named.size() == 1 ? named.get(0) : null;
  }

  /** The distinct arms named in the first {@value #ARM_PHRASE} characters of a clause that opens an arm. */
  private List<Integer> armsOpening(String clause, List<Arm> arms, TrialDrugs drugs) {
    return armNames.named(clause.substring(0, Math.min(ARM_PHRASE, clause.length())), arms, drugs).stream()
        .distinct().toList();
  }

  /** Of two arms, the one whose agents the other gets with more (the control of an add-on trial), or -1. */
  private static int addOnControl(List<Arm> arms) {
    for (int k = 0; k < 2; k++) {
      if (arms.get(1 - k).agents().containsAll(arms.get(k).agents())
          && arms.get(1 - k).agents().size() > arms.get(k).agents().size()) {
        return k;
      }
    }
    return -1;
  }

  /**
   * A figure at one time point written right before one of the same rate at another, joined by "and", takes the arm
   * named after the second ("68% and 31% with the combination and 41% and 15% with erlotinib alone").
   */
  private void blocks(List<Figure> found, List<Integer> placed, List<Boolean> named) {
    for (int i = found.size() - 2; i >= 0; i--) {
      Figure f = found.get(i);
      Figure next = found.get(i + 1);
      if (placed.get(i) == null && named.get(i + 1) && !f.ratio() && f.metric().equals(next.metric())
          && f.timepoint() != null && next.timepoint() != null && !f.timepoint().equals(next.timepoint())
          && patterns.get("BLOCK_JOINER").matcher(f.after()).matches()) {
        placed.set(i, placed.get(i + 1));
        named.set(i, true);
      }
    }
  }

  /**
   * Whether a figure opens a run of figures of its metric that the clause gives "respectively" ("Median overall
   * survival was 12.1 months for X and 11.2 months for Y; the 1-year survival rates were 50% and 47%, respectively"):
   * an arm named before it is then not its own but one of a list.
   */
  private boolean givenRespectively(List<Figure> found, int i, String t) {
    int j = i;
    while (j + 1 < found.size() && !found.get(j + 1).ratio()
        && found.get(j + 1).metric().equals(found.get(i).metric())) {
      j++;
    }
    return j > i && patterns.get("RESPECTIVELY").matcher(t.substring(found.get(j).end()).split(";", 2)[0]).find();
  }

  /**
   * Where the last semicolon outside brackets is in a text, or the last end of a sentence the splitter kept joined to
   * the next ({@code JOINED_SENTENCE_BREAK}), or -1: a clause after it names its own arm.
   */
  private int lastClauseBreak(String text) {
    int depth = 0;
    int last = -1;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      depth += c == '(' || c == '[' ? 1 : c == ')' || c == ']' ? -1 : 0;
      if (c == ';' && depth <= 0) {
        last = k;
      }
    }
    return Math.max(last, lastJoinedSentenceEnd(patterns, text));
  }

  /**
   * Where the last full stop of a text ends a sentence the splitter kept joined to the next
   * ({@code JOINED_SENTENCE_BREAK}), or -1.
   */
  static int lastJoinedSentenceEnd(TrialPatterns patterns, String text) {
    Matcher m = patterns.get("JOINED_SENTENCE_BREAK").matcher(text);
    int last = -1;
    while (m.find()) {
      last = m.start();
    }
    return last;
  }

  /**
   * The text after a figure without the bracket it may open with ("(IQR 5.1-21.2) for 628 patients ...",
   * "(interquartile range [IQR], 6.2-15.3) with erlotinib").
   */
  private static String withoutBracket(String after) {
    return OPENING_BRACKET.matcher(after).replaceFirst("");
  }

}
