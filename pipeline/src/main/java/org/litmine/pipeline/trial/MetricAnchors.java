package org.litmine.pipeline.trial;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litmine.annotators.trial.WordNumbers;
import org.litmine.pipeline.trial.TrialVocabulary.MetricMention;

/**
 * The metric names of a sentence that its figures take their metric from: rates at time points first
 * ({@code TIMEPOINT_RATE}: "the 1-year survival rate"; {@code TIMEPOINT_LIST}: "One- and 2-year survival rates";
 * {@code TIMEPOINT_BEFORE}: "At 1 year, the overall survival rate"; {@code TIMEPOINT_ALIVE}: "At 12 months, 52% of
 * patients ... were alive"; {@code ALIVE_AT}: "52% of patients were alive at 12 months"; their time points in months), then the vocabulary's metrics where those are not; not the
 * metrics in a bracket that defines the one before it as a sum ({@code METRIC_DEFINITION}: "clinical benefit rate
 * (complete response + partial response + stable disease for at least 24 weeks) was 31%"), nor the one's short form
 * in brackets right after it ({@code METRIC_SHORT_FORM}: "overall survival (OS)").
 */
final class MetricAnchors {

  /** A metric named at [start, end): whether it is a rate, and the time points of a rate at time points. */
  record Anchor(int start, int end, String metric, boolean rate, List<String> timepoints) {}

  /** What stands between a time-point rate and its short form in brackets: "2-year overall survival (OS)". */
  private static final Pattern SHORT_FORM_AFTER = Pattern.compile("\\s*\\(\\s*");
  private final TrialPatterns patterns;
  private final TrialVocabulary vocabulary;

  MetricAnchors(TrialPatterns patterns, TrialVocabulary vocabulary) {
    this.patterns = patterns;
    this.vocabulary = vocabulary;
  }

  /**
   * The anchors of a prepared sentence, in reading order: rates at a time point (and the median listed before one,
   * {@code MEDIAN_AND}: "Median and 1-year survival rates"), then the vocabulary's metrics outside them, not a short
   * form in brackets right after one ("2-year overall survival (OS)").
   */
  List<Anchor> of(String t) {
    List<Anchor> anchors = new ArrayList<>();
    addRates(anchors, patterns.get("TIMEPOINT_RATE").matcher(t), "n", "\\s*(?:,\\s*and|,|and)\\s+");
    addRates(anchors, patterns.get("TIMEPOINT_LIST").matcher(t), "list", "\\s*(?:,\\s*and|,|and)\\s*");
    addRates(anchors, patterns.get("TIMEPOINT_BEFORE").matcher(t), "n", ",");
    for (String name : List.of("TIMEPOINT_ALIVE", "ALIVE_AT")) {
      Matcher alive = patterns.get(name).matcher(t);
      while (alive.find()) {
        anchors.add(new Anchor(alive.start(), alive.end(), SurvivalRates.namedBy(alive.group("state")), true,
            List.of(months(alive.group("n"), alive.group("unit")))));
      }
    }
    List<Anchor> timed = List.copyOf(anchors);
    for (Anchor rate : timed) {
      Matcher median = patterns.get("MEDIAN_AND").matcher(t.substring(0, rate.start()));
      if (median.find() && SurvivalRates.isRate(rate.metric())) {
        anchors.add(new Anchor(median.start(), median.start() + "median".length(), SurvivalRates.timeOf(rate.metric()),
            false, List.of()));
      }
    }
    for (MetricMention mention : vocabulary.metrics(t)) {
      if (timed.stream().noneMatch(a -> mention.start() < a.end() && a.start() < mention.end()
          || SHORT_FORM_AFTER.matcher(t.substring(a.end(), Math.max(a.end(), mention.start()))).matches()
          && t.startsWith(")", mention.end()))) {
        Matcher prefix = patterns.get("TIMEPOINT_PREFIX").matcher(t.substring(0, mention.start()));
        List<String> points = SurvivalRates.isRate(mention.metric()) && prefix.find()
            ? List.of(months(prefix.group("n"), prefix.group("unit"))) : List.of();
        anchors.add(new Anchor(mention.start(), mention.end(), mention.metric(), mention.rate(), points));
      }
    }
    anchors.sort(Comparator.comparingInt(Anchor::start));
    List<Anchor> defining = new ArrayList<>();
    for (Anchor a : anchors) {
      Matcher definition = patterns.get("METRIC_DEFINITION").matcher(t).region(a.end(), t.length());
      if (definition.lookingAt()) {
        String inside = definition.start("inside") >= 0 ? "inside" : "inside2";
        anchors.stream().filter(x -> x.start() >= definition.start(inside) && x.end() <= definition.end(inside))
            .forEach(defining::add);
      }
      Matcher shortForm = patterns.get("METRIC_SHORT_FORM").matcher(t).region(a.end(), t.length());
      if (shortForm.lookingAt()) {
        anchors.stream().filter(x -> x != a && x.metric().equals(a.metric()) && x.start() >= shortForm.start("inside")
            && x.end() <= shortForm.end("inside")).forEach(defining::add);
      }
    }
    anchors.removeAll(defining);
    return anchors;
  }

  /** Whether the sentence writes two of its metrics as one slashed pair ("Median PFS/OS"; {@code METRIC_SLASH}). */
  boolean slashed(String t, List<Anchor> anchors) {
    for (int i = 1; i < anchors.size(); i++) {
      int from = anchors.get(i - 1).end();
      int to = anchors.get(i).start();
      if (from <= to && patterns.get("METRIC_SLASH").matcher(t.substring(from, to)).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a metric stands in a bracket, closed before {@code to}, that details a figure before it: "36.5% for DC
   * (three complete responses and 58 partial responses) and 21.7% for D" (the second figure is no partial response).
   */
  static boolean detailsAFigureBefore(String t, Anchor a, int to, List<SentenceFigures.Figure> figures) {
    int depth = 0;
    int open = -1;
    for (int k = a.start() - 1; k >= 0 && open < 0; k--) {
      char c = t.charAt(k);
      if (c == ')' || c == ']') {
        depth++;
      } else if ((c == '(' || c == '[') && depth-- == 0) {
        open = k;
      }
    }
    int start = open;
    if (start < 0 || figures.stream().noneMatch(g -> g.end() <= start)) {
      return false;
    }
    depth = 0;
    for (int k = a.end(); k < to; k++) {
      char c = t.charAt(k);
      if (c == '(' || c == '[') {
        depth++;
      } else if ((c == ')' || c == ']') && depth-- == 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The metrics a sentence lists for figures given "respectively", found once per sentence; {@link Listed#at} gives
   * each figure its metric. Two survivals in one phrase ({@code METRIC_PAIR}): "Median progression-free and overall
   * survival were 7.8 months (...) and 14.1 months (...), respectively", "Median PFS and overall survival times ...
   * were 6.5 and 7.5 months (...) and 22.8 and 24.5 months (...), respectively": the figures after the pair split in
   * two halves, the first of the first metric. Metrics named one after another ({@code METRIC_LIST_JOIN} between
   * them): "a median time to progression (TTP) and overall survival (OS) of 5 and 10 months, respectively", "ORR and
   * DCR were 40% and 80%, respectively": one figure after the list for each metric, in order. Without "respectively",
   * only as many figures as metrics, joined by "and" ({@code FIGURES_JOINED}: "Median OS and PFS were 10.2 and 4.1
   * months"; not "PFS and OS were longer with X (5.1 vs 4.0 months)"), or blocks of them each ending in its arm ("7.9
   * months and 31%, for X versus 8 months and 31% for Y").
   */
  Listed listed(String t, List<Anchor> anchors) {
    Pattern joined = patterns.get("RESPECTIVELY").matcher(t).find() ? null : patterns.get("FIGURES_JOINED");
    Matcher pair = patterns.get("METRIC_PAIR").matcher(t);
    boolean halves = pair.find();
    return new Listed(halves ? pairMetrics(pair) : namedOneAfterAnother(t, anchors), halves, anchors, t,
        patterns.get("ARM_BLOCK_END"), patterns.get("SLASHED_FIGURE"), joined);
  }

  /**
   * The metrics a sentence lists (none, or two or more), whether its figures split in halves, its anchors, its text,
   * what ends a block of figures one arm has ({@code ARM_BLOCK_END}), a figure slashed to the next of its block
   * ({@code SLASHED_FIGURE}: each slashed pair is a block) and, in a sentence without "respectively", what must join
   * its figures ({@code FIGURES_JOINED}; null with "respectively").
   */
  record Listed(List<Anchor> metrics, boolean halves, List<Anchor> anchors, String text, Pattern armBlockEnd,
      Pattern slashedFigure, Pattern figuresJoined) {

    /**
     * The metric of the figure at {@code at}: of the figures after the list ({@code starts}, ratios left out) with
     * no other metric named before them; null where the list does not apply. As many figures as metrics take them
     * in order; blocks of as many, each ending in its arm ("30% and 60% in the X arm and 20% and 50% in the Y arm,
     * respectively"), take them in order each.
     */
    Anchor at(int at, List<Integer> starts) {
      int end = metrics.isEmpty() ? 0 : metrics.get(metrics.size() - 1).end();
      if (metrics.size() < 2 || at < end) {
        return null;
      }
      List<Integer> next = starts.stream()
          .filter(x -> x >= end && anchors.stream().noneMatch(a -> a.start() >= end && a.end() <= x)).toList();
      int k = next.indexOf(at);
      int m = metrics.size();
      if (k < 0 || (halves ? next.size() % 2 != 0 : next.size() % m != 0)
          || figuresJoined != null && !(next.size() == m && joined(next) || next.size() > m && blocksOfArms(next, m))) {
        return null;
      }
      if (halves) {
        return metrics.get(k / (next.size() / m));
      }
      return next.size() == m || blocksOfArms(next, m) ? metrics.get(k % m) : null;
    }

    private boolean joined(List<Integer> next) {
      for (int b = 1; b < next.size(); b++) {
        if (!figuresJoined.matcher(text.substring(next.get(b - 1), next.get(b))).matches()) {
          return false;
        }
      }
      return true;
    }

    private boolean blocksOfArms(List<Integer> next, int m) {
      return endedByArms(next, m) || slashedBlocks(next, m);
    }

    private boolean endedByArms(List<Integer> next, int m) {
      for (int b = m; b < next.size(); b += m) {
        if (!armBlockEnd.matcher(text.substring(next.get(b - 1), next.get(b))).find()) {
          return false;
        }
      }
      return true;
    }

    private boolean slashedBlocks(List<Integer> next, int m) {
      for (int k = 1; k < next.size(); k++) {
        if (k % m != 0 && !slashedFigure.matcher(text.substring(next.get(k - 1), next.get(k))).matches()) {
          return false;
        }
      }
      return true;
    }
  }

  private static List<Anchor> pairMetrics(Matcher pair) {
    List<Anchor> list = new ArrayList<>();
    for (String group : pair.group("first") != null ? List.of("first", "second") : List.of("first2", "second2")) {
      String metric = SurvivalRates.timeOf(SurvivalRates.namedBy(pair.group(group)));
      list.add(new Anchor(pair.start(), pair.end(), metric, false, List.of()));
    }
    return list;
  }

  /**
   * The first run of two or more metrics named one after another; a metric's short form after it is part of it. A
   * survival rate without a time point takes the one before it has ("the 1-year PFS and OS rates"), else the one after
   * it ("PFS and OS rates at 1 year").
   */
  private List<Anchor> namedOneAfterAnother(String t, List<Anchor> anchors) {
    List<Anchor> run = new ArrayList<>();
    for (Anchor a : anchors) {
      Anchor last = run.isEmpty() ? null : run.get(run.size() - 1);
      if (last != null && last.metric().equals(a.metric()) && a.start() - last.end() <= 2) {
        run.set(run.size() - 1, new Anchor(last.start(), a.end(), last.metric(), last.rate(), last.timepoints()));
        continue;
      }
      if (last != null && a.start() >= last.end()
          && patterns.get("METRIC_LIST_JOIN").matcher(t.substring(last.end(), a.start())).matches()) {
        run.add(a);
      } else if (run.size() >= 2) {
        break;
      } else {
        run.clear();
        run.add(a);
      }
    }
    for (int i = 1; i < run.size(); i++) {
      sharePoints(run, i, i - 1);
    }
    for (int i = run.size() - 2; i >= 0; i--) {
      sharePoints(run, i, i + 1);
    }
    return run.size() >= 2 ? run : List.of();
  }

  /** The survival rate at {@code i} of a list, without a time point, takes the one of the rate at {@code from}. */
  private static void sharePoints(List<Anchor> run, int i, int from) {
    Anchor a = run.get(i);
    List<String> points = run.get(from).timepoints();
    if (a.timepoints().isEmpty() && !points.isEmpty() && SurvivalRates.isRate(a.metric())) {
      run.set(i, new Anchor(a.start(), a.end(), a.metric(), a.rate(), points));
    }
  }

  /** A listed time point with its own unit or a hanging hyphen: "6-month" of "the 6-month and 1-year rates", "1-". */
  private static final Pattern OWN_UNIT = Pattern.compile("(?i)(.+?)\\s?-?\\s*(year|month)?s?\\s*-?");

  /**
   * A rate anchor for each match, its time points the numbers of group {@code numbers} split at {@code split}, each in
   * its own unit where it has one ({@link #OWN_UNIT}), else in the match's.
   */
  private static void addRates(List<Anchor> anchors, Matcher m, String numbers, String split) {
    while (m.find()) {
      List<String> points = new ArrayList<>();
      for (String n : m.group(numbers).split(split)) {
        Matcher own = OWN_UNIT.matcher(n.strip());
        if (own.matches()) {
          points.add(months(own.group(1), own.group(2) != null ? own.group(2) : m.group("unit")));
        }
      }
      anchors.add(new Anchor(m.start(), m.end(), SurvivalRates.namedBy(m.group()), true, points));
    }
  }

  private static String months(String n, String unit) {
    int value = WordNumbers.value(n).orElseGet(() -> Integer.parseInt(n));
    String lower = unit.toLowerCase(Locale.ROOT);
    boolean years = lower.startsWith("year") || lower.startsWith("yr");
    return lower.startsWith("week") ? value + " weeks" : (years ? value * 12 : value) + " months";
  }
}
