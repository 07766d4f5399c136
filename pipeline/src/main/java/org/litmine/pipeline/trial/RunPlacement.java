package org.litmine.pipeline.trial;

import java.util.ArrayList;
import java.util.List;
import org.litmine.pipeline.trial.SentenceFigures.Figure;
import org.litmine.pipeline.trial.TextArms.Arm;

/**
 * Places figures of one metric listed without an arm of their own on the arms a sentence lists, for
 * {@link FigurePlacement}: "5.5 and 5.7 months, respectively, for PemOx and PemCb", "Two-year survival rates were 21%
 * and 14%", and blocks that give several metrics for each arm in turn ("Median TTP/OS were 6.1/14.2 months and
 * 5.0/11.9 months, respectively").
 */
final class RunPlacement {

  private final TrialPatterns patterns;
  private final ArmNames armNames;

  RunPlacement(TrialPatterns patterns, ArmNames armNames) {
    this.patterns = patterns;
    this.armNames = armNames;
  }

  /**
   * Runs of unplaced figures of one metric take the arms the sentence lists before or after them, in order; one figure
   * of each arm given "respectively" in a sentence that names no arm takes the arms in the order the last sentence
   * naming every arm gave them ("28% in the VC arm and 25% in the PC arm. ... 1-year survival rates of 36% and 38%,
   * respectively"), else in the order the trial gives them ("One-year survival rates were 21.9% and 40.1%,
   * respectively"; an arm a result is "in favour of" is none of the list); figures at several time points take the arms
   * listed after them a block each ("25 and 9% vs 25 and 5% in the C3 and C6 arm, respectively").
   */
  void place(List<Figure> found, String t, List<Arm> arms, TrialDrugs drugs, List<Integer> order,
      List<Integer> placed, List<Boolean> named) {
    cycles(found, t, arms, drugs, order, placed, named);
    int i = 0;
    while (i < found.size()) {
      int j = i;
      while (j < found.size() && placed.get(j) == null && !found.get(j).ratio()
          && found.get(j).metric().equals(found.get(i).metric())) {
        j++;
      }
      if (j - i >= 2) {
        placeRun(java.util.stream.IntStream.range(i, j).boxed().toList(), found.get(i), found.get(j - 1), found, t,
            arms, drugs, order, placed, named);
      }
      if (j - i >= 4 && placed.get(i) == null) {
        placeTimeBlocks(i, j, found, t, arms, drugs, order, placed, named);
      }
      i = Math.max(j, i + 1);
    }
  }

  /**
   * A run of one rate that no arms placed as a whole, read as blocks of one time point each, every block a run of its
   * own ("One-year survival rates were 38% and 35%, and two-year survival rates 14% and 11%, respectively").
   */
  private void placeTimeBlocks(int from, int to, List<Figure> found, String t, List<Arm> arms, TrialDrugs drugs,
      List<Integer> order, List<Integer> placed, List<Boolean> named) {
    List<List<Integer>> blocks = new ArrayList<>();
    for (int i = from; i < to; ) {
      int j = i;
      while (j < to && java.util.Objects.equals(found.get(j).timepoint(), found.get(i).timepoint())) {
        j++;
      }
      if (j - i < 2 || found.get(i).timepoint() == null) {
        return;
      }
      blocks.add(java.util.stream.IntStream.range(i, j).boxed().toList());
      i = j;
    }
    for (List<Integer> block : blocks) {
      placeRun(block, found.get(block.get(0)), found.get(block.get(block.size() - 1)), found, t, arms, drugs, order,
          placed, named);
    }
  }

  /**
   * Blocks of figures, none placed, that give the same two or more metrics in the same order, one block an arm
   * ("Median TTP/OS were 6.1/14.2 months and 5.0/11.9 months, respectively"): each metric's figures are placed as a
   * run of one metric is, with the arms named before the first block or after the last.
   */
  private void cycles(List<Figure> found, String t, List<Arm> arms, TrialDrugs drugs, List<Integer> order,
      List<Integer> placed, List<Boolean> named) {
    int i = 0;
    while (i < found.size()) {
      int j = i;
      while (j < found.size() && placed.get(j) == null && !found.get(j).ratio()) {
        j++;
      }
      int m = period(found.subList(i, j));
      for (int r = 0; m > 0 && r < m; r++) {
        List<Integer> run = new ArrayList<>();
        for (int n = i + r; n < j; n += m) {
          run.add(n);
        }
        placeRun(run, found.get(i), found.get(j - 1), found, t, arms, drugs, order, placed, named);
      }
      i = Math.max(j, i + 1);
    }
  }

  /**
   * The number of metrics of a run of figures that gives two or more metrics in the same order two or more times, each
   * once a block; 0 where it does not.
   */
  private static int period(List<Figure> run) {
    int m = 1;
    while (m < run.size() && !run.get(m).metric().equals(run.get(0).metric())) {
      m++;
    }
    if (m < 2 || run.size() < 2 * m || run.size() % m != 0
        || run.subList(0, m).stream().map(Figure::metric).distinct().count() != m) {
      return 0;
    }
    for (int n = m; n < run.size(); n++) {
      if (!run.get(n).metric().equals(run.get(n - m).metric())) {
        return 0;
      }
    }
    return m;
  }

  /**
   * Places a run of figures of one metric (their indices) on the arms named in order before the run's first figure
   * (since the end of a sentence the splitter kept joined to its own: "54.8% with Rd. D-Rd also improved ..."), or
   * after its last, or in the sentence up to the end of the run's clause (a later clause, after a semicolon outside
   * brackets, names arms for something else: "11.2, 10.9 and 7.6 months, respectively; compared with 60 mg, ..."); or,
   * where that names none and gives one figure an arm ("respectively", {@link #ratesOfEachArm}), in the trial's order
   * ({@code order}, else the arms' own).
   */
  private void placeRun(List<Integer> run, Figure first, Figure last, List<Figure> found, String t, List<Arm> arms,
      TrialDrugs drugs, List<Integer> order, List<Integer> placed, List<Boolean> named) {
    int k = run.size();
    List<Figure> figures = run.stream().map(found::get).toList();
    String opening = first.before().substring(FigurePlacement.lastJoinedSentenceEnd(patterns, first.before()) + 1);
    List<Integer> before = armNames.namedInOrder(opening, arms, drugs).stream().distinct().toList();
    int to = clauseEnd(t, last.end());
    List<Integer> after = armNames.named(t.substring(last.end(), to), arms, drugs).stream().distinct().toList();
    String clause = t.substring(0, to);
    List<Integer> sentence = armNames.namedInOrder(patterns.get("IN_FAVOUR").matcher(clause).replaceAll(""), arms,
        drugs).stream().distinct().toList();
    List<Integer> use = before.size() == k ? before : after.size() >= k ? after.subList(0, k)
        : sentence.size() == k ? sentence : sentence.isEmpty() && k == arms.size()
        && (patterns.get("RESPECTIVELY").matcher(clause).find() || ratesOfEachArm(figures))
        ? (order != null ? order : java.util.stream.IntStream.range(0, k).boxed().toList()) : null;
    int per = after.size() >= 2 && k % after.size() == 0 ? k / after.size() : 0;
    if (use == null && per >= 2 && figures.subList(0, per).stream().map(Figure::timepoint)
        .filter(java.util.Objects::nonNull).distinct().count() == per) {
      use = java.util.stream.IntStream.range(0, k).mapToObj(n -> after.get(n / per)).toList();
    }
    for (int n = 0; use != null && n < k; n++) {
      placed.set(run.get(n), use.get(n));
      named.set(run.get(n), true);
    }
  }

  /**
   * Where the clause holding {@code at} ends: at the first semicolon after it outside brackets ("(80%; 90% CI 67-88)"
   * holds none), else at the text's end.
   */
  private static int clauseEnd(String t, int at) {
    int depth = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      depth = Math.max(0, depth + (c == '(' || c == '[' ? 1 : c == ')' || c == ']' ? -1 : 0));
      if (c == ';' && depth == 0 && i >= at) {
        return i;
      }
    }
    return t.length();
  }

  /**
   * Whether figures of one metric at one time point are those of every arm by the plural the sentence gives them in
   * ({@code RATES_OF_ARMS}: "Two-year survival rates were 21% and 14%"), or as two figures joined by "and" alone
   * ({@code PAIR_AND}: "Median progression-free survival was 17.2 and 5.6 months").
   */
  private boolean ratesOfEachArm(List<Figure> figures) {
    return (patterns.get("RATES_OF_ARMS").matcher(figures.get(0).before()).find()
        || figures.size() == 2 && patterns.get("PAIR_AND").matcher(figures.get(0).after()).matches())
        && figures.stream().map(Figure::timepoint).distinct().count() == 1;
  }
}
