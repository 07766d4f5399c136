package org.litmine.pipeline.trial;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litmine.annotators.trial.TrialFact;
import org.litmine.pipeline.trial.MetricAnchors.Anchor;
import org.litmine.pipeline.trial.TrialVocabulary.MetricMention;

/**
 * Reads the figures of one sentence of a paper's own trial, with the patterns of {@code rules/own-trial.rules}.
 *
 * <p>A figure is a number with its unit ({@code FIGURE}; a number listed before one with a unit takes that unit,
 * {@code LISTED_NUMBER}; two written as one, "5.6/12.1 months", in a sentence that slashes two metrics,
 * {@code SLASH_PAIR}), or a between-arm ratio with its value ({@code RATIO}). Each takes the CI written right after
 * it, with its level (the trial annotator's CI facts, {@link TrialFact.Kind#CI}; a bare interval takes the level of
 * one written before it in the sentence: the trial annotator's CI levels, {@link TrialFact.Kind#CI_LEVEL}),
 * and the metric named last before it (a rate named after a share, "16 (37%) patients ... had an objective response",
 * names it too). Rates at a time point ({@code TIMEPOINT_RATE}, {@code TIMEPOINT_LIST}) give their time point.
 * Doses, years, counts, grades, p values, ranges and qualifying times ({@code NOT_A_FIGURE}, {@code QUALIFIER}) and
 * CI levels are never figures; a time figure of a rate, or a share of a median, is dropped. Arms are not read here:
 * each figure keeps the text before and after it for {@link OwnTrialTextExtractor} to find them in.
 */
final class SentenceFigures {

  private static final Pattern STANDARD_ERROR = TrialPatterns.ownTrial().get("STANDARD_ERROR");

  /** A figure of a sentence; {@code before}/{@code after} are the texts to the previous and next figure. */
  record Figure(int start, int end, String metric, Double value, String unit, Double ciLow, Double ciHigh,
      Double ciLevel, String timepoint, boolean notReached, boolean ratio, String endpoint, String ratioFor,
      String pValue, String before, String after) {

    /** This figure with {@code endpoint} as its endpoint. */
    Figure withEndpoint(String endpoint) {
      return new Figure(start, end, metric, value, unit, ciLow, ciHigh, ciLevel, timepoint, notReached, ratio,
          endpoint, ratioFor, pValue, before, after);
    }

    TrialResult result(String arm, String versus) {
      return new TrialResult(metric, value, unit, ciLow, ciHigh, arm, ciLevel, timepoint, notReached ? true : null,
          endpoint, versus, pValue);
    }
  }

  /** How far after a share a rate it names may be: "16 (37%) patients in the X group ... had an objective response". */
  private static final int FORWARD_REACH = 80;
  /** A bracket's text, which does not part a share from the rate after it: "52% of patients (95% CI, 41-61) were". */
  private static final Pattern BRACKETED = Pattern.compile("\\([^()]*\\)");
  /** The unit of a median "not reached": a time to an event, counted in months as abstracts count medians. */
  private static final String NOT_REACHED_UNIT = "months";
  private static final String UNRECORDED = TrialVocabulary.UNRECORDED;

  private final TrialPatterns patterns;
  private final TrialVocabulary vocabulary;
  private final MetricAnchors metricAnchors;
  private final RatioEndpoints ratioEndpoints;
  private final FigureIntervals intervals;

  SentenceFigures(TrialPatterns patterns, TrialVocabulary vocabulary) {
    this.patterns = patterns;
    this.vocabulary = vocabulary;
    this.metricAnchors = new MetricAnchors(patterns, vocabulary);
    this.ratioEndpoints = new RatioEndpoints(patterns, vocabulary);
    this.intervals = new FigureIntervals(patterns);
  }

  /**
   * The endpoint a paper's ratios are of where a sentence names none: the time metric its primary endpoint is
   * ({@code PRIMARY_ENDPOINT}: "The primary end point was progression-free survival"), else the first time metric
   * the paper names; null if it names none.
   */
  String mainEndpoint(List<String> texts) {
    String first = null;
    for (String text : texts) {
      String t = prepare(text);
      Matcher primary = patterns.get("PRIMARY_ENDPOINT").matcher(t);
      int from = primary.find() ? primary.end() : -1;
      for (MetricMention m : vocabulary.metrics(t)) {
        if (m.rate() || UNRECORDED.equals(m.metric())) {
          continue;
        }
        if (from >= 0 && m.start() >= from) {
          return m.metric();
        }
        if (first == null) {
          first = m.metric();
        }
      }
    }
    return first;
  }

  /** The kind of the last ratio the sentence (with its trial facts) names ("HR"), else {@code before}. */
  String lastRatio(String sentence, List<TrialFact> facts, String before) {
    Matcher m = patterns.get("RATIO").matcher(mask(prepare(sentence), facts));
    String ratio = before;
    while (m.find()) {
      ratio = ratioMetric(m.group("ratio"));
    }
    return ratio;
  }

  /** The level of the last CI a sentence's trial facts label ("95% CI"), else {@code before}. */
  static Double lastLevel(List<TrialFact> facts, Double before) {
    return levelBefore(facts, Integer.MAX_VALUE, before);
  }

  /** The level of the last CI labelled before character {@code at} of the sentence, else {@code before}. */
  private static Double levelBefore(List<TrialFact> facts, int at, Double before) {
    Double level = before;
    for (TrialFact fact : facts) {
      if (fact.kind() == TrialFact.Kind.CI_LEVEL && fact.charEnd() <= at) {
        level = fact.level();
      }
    }
    return level;
  }

  /** The text as the patterns read it: folded, with the decimal middle dot as a point. Offsets are kept. */
  static String prepare(String text) {
    return TrialText.fold(text).replace('·', '.');
  }

  /**
   * The words a ratio is said to be for, with the arms it compares written after them ("for death (three-weekly v
   * weekly)": "death three-weekly v weekly"), or null.
   */
  private static String ratioFor(String t, Matcher ratio) {
    List<String> parts = new ArrayList<>();
    for (String group : List.of("for", "pair", "pair2")) {
      if (ratio.start(group) >= 0) {
        parts.add(t.substring(ratio.start(group), ratio.end(group)));
      }
    }
    return parts.isEmpty() ? null : String.join(" ", parts);
  }

  /** The figures of a sentence with its trial facts, in reading order. */
  List<Figure> read(String sentence, List<TrialFact> facts) {
    return read(sentence, facts, null, null);
  }

  /**
   * The figures of a sentence (with its trial facts, their character offsets of the sentence) of a paper whose
   * sentences before it last labelled a CI with {@code paperLevel} (null for none): a bare interval in a sentence
   * that labels none is a CI of that level; where the paper named a ratio ({@code paperRatio}, "HR"), or the
   * sentence named one before, a bracket of a value, its CI and a p value is another ratio of that kind
   * ({@code UNLABELLED_RATIO}: "(0.76, 0.68-0.86; p<0.0001)"). After a ratio, "and for overall survival, it was
   * 0.90" is another of its kind ({@code RATIO_ELLIPSIS}), and so is "and 1.59 (95% CI, ...)" after its CI and the
   * arm it is for ({@code RATIO_LISTED}: "1.20 (95% CI, 1.00 to 1.45) for nab-paclitaxel and 1.59 (...)").
   */
  List<Figure> read(String sentence, List<TrialFact> facts, Double paperLevel, String paperRatio) {
    String t = TrialText.blanked(prepare(sentence), STANDARD_ERROR);  // "35% +/- 8% (Arm A)": no figure, no gap
    String masked = mask(t, facts);
    List<Anchor> anchors = metricAnchors.of(t);
    List<int[]> spans = new ArrayList<>();
    List<Figure> raw = new ArrayList<>();
    Matcher ratio = patterns.get("RATIO").matcher(masked);
    while (ratio.find()) {
      Figure f = ratioWithInterval(t, facts, ratio.start(), ratio.end("value"), ratioMetric(ratio.group("ratio")),
          ratio.group("value"), ratioFor(t, ratio));
      raw.add(f);
      spans.add(new int[] {f.start(), f.end()});
    }
    String named = raw.isEmpty() ? null : raw.get(raw.size() - 1).metric();
    for (Matcher m = patterns.get("RATIO_ELLIPSIS").matcher(masked); named != null && m.find();) {
      if (!inside(spans, m.start("value"))) {
        Figure f = ratioWithInterval(t, facts, m.start("value"), m.end("value"), named, m.group("value"),
            m.group("for"));
        raw.add(f);
        spans.add(new int[] {f.start(), f.end()});
      }
    }
    for (int k = 0; k < raw.size(); k++) {
      Figure listed = raw.get(k);
      Matcher m = patterns.get("RATIO_LISTED").matcher(masked.substring(listed.end()));
      if (listed.ratio() && m.lookingAt() && !inside(spans, listed.end() + m.start("value"))) {
        Figure f = ratioWithInterval(t, facts, listed.end() + m.start("value"), listed.end() + m.end("value"),
            listed.metric(), m.group("value"), listed.ratioFor());
        raw.add(f);
        spans.add(new int[] {f.start(), f.end()});
      }
    }
    String kind = paperRatio != null ? paperRatio : named;
    for (Matcher m = patterns.get("UNLABELLED_RATIO").matcher(masked); kind != null && m.find();) {
      if (!inside(spans, m.start("value"))) {
        raw.add(new Figure(m.start("value"), m.end("high"), kind, Double.valueOf(m.group("value")), null,
            Double.valueOf(m.group("low")), Double.valueOf(m.group("high")),
            levelBefore(facts, m.start(), paperLevel), null, false, true, null, null, null, "", ""));
        spans.add(new int[] {m.start("value"), m.end("high")});
      }
    }
    boolean slashed = metricAnchors.slashed(t, anchors);
    for (Matcher m = patterns.get("SLASH_PAIR").matcher(masked); slashed && m.find();) {
      if (!inside(spans, m.start())) {
        raw.add(figure(t, facts, spans, m.start("first"), m.start("slash"), m.group("first"), m.group("unit"), false));
        raw.add(figure(t, facts, spans, m.start("second"), m.end(), m.group("second"), m.group("unit"), false));
        spans.add(new int[] {m.start(), m.end()});
      }
    }
    for (Matcher m = patterns.get("FIGURE").matcher(masked); m.find();) {
      if (inside(spans, m.start())) {
        continue;
      }
      if (m.group("none") != null) {
        raw.add(figure(t, facts, spans, m.start(), m.end(), "0", "%", false));
      } else {
        raw.add(figure(t, facts, spans, m.start(), m.end(), m.group("value"), m.group("unit"),
            m.group("notreached") != null));
      }
    }
    for (Matcher m = patterns.get("LISTED_NUMBER").matcher(masked); m.find();) {
      if (inside(spans, m.start()) || raw.stream().anyMatch(f -> f.start() <= m.start() && m.start() < f.end())) {
        continue;
      }
      String unit = m.group("own") != null ? m.group("own") : m.group("listed");
      raw.add(figure(t, facts, spans, m.start(), m.end(), m.group("value"), unit, false));
    }
    raw.sort(Comparator.comparingInt(Figure::start));
    List<Figure> out = new ArrayList<>();
    for (Figure f : raw) {
      if (out.stream().noneMatch(o -> f.start() < o.end() && o.start() < f.end())) {
        out.add(f.ciLow() != null && f.ciLevel() == null ? bareInterval(t, f, facts, paperLevel) : f);
      }
    }
    return EfficacyFigures.only(t, withContext(t, withMetrics(t, out, anchors)), patterns.get("NOT_EFFICACY"),
        patterns.get("DIFFERENCE_BY"), patterns.get("DIFFERENCE_AFTER"));
  }

  /** A figure and its CI; a CI read past the figure's arm is put among the {@code spans} no figure is read in. */
  private Figure figure(String t, List<TrialFact> facts, List<int[]> spans, int start, int valueEnd, String value,
      String unit, boolean notReached) {
    FigureIntervals.Interval ci = intervals.after(t, facts, valueEnd);
    if (ci != null && ci.textEnd() > ci.end()) {
      spans.add(new int[] {ci.end() + 1, ci.textEnd()});
    }
    int end = ci == null ? valueEnd : ci.end();
    return new Figure(start, end, null, value == null ? null : Double.valueOf(value), unit(unit, notReached),
        ci == null ? null : ci.low(), ci == null ? null : ci.high(), ci == null ? null : ci.level(), null,
        notReached, false, null, null, null, "", "");
  }

  private String unit(String written, boolean notReached) {
    if (notReached || written == null) {
      return null;
    }
    return vocabulary.unitAt(written).map(Map.Entry::getKey).orElse(written.toLowerCase(Locale.ROOT));
  }

  /** A figure with a bare interval, as {@link FigureIntervals#bareLevel} reads it: a CI of a level, or none. */
  private Figure bareInterval(String t, Figure f, List<TrialFact> facts, Double paperLevel) {
    Double use = intervals.bareLevel(t, f.start(), facts, paperLevel);
    return use == null ? withInterval(f, null, null, null) : withInterval(f, f.ciLow(), f.ciHigh(), use);
  }

  private static Figure withInterval(Figure f, Double low, Double high, Double level) {
    return new Figure(f.start(), f.end(), f.metric(), f.value(), f.unit(), low, high, level,
        f.timepoint(), f.notReached(), f.ratio(), f.endpoint(), f.ratioFor(), f.pValue(), f.before(), f.after());
  }

  /**
   * A between-arm ratio whose value is written from {@code start} to {@code valueEnd} of the sentence, with the CI
   * written right after it ({@link FigureIntervals#after}), if any; it ends where its CI ends.
   */
  private Figure ratioWithInterval(String t, List<TrialFact> facts, int start, int valueEnd, String metric,
      String value, String ratioFor) {
    FigureIntervals.Interval ci = intervals.after(t, facts, valueEnd);
    int end = ci == null ? valueEnd : ci.end();
    return new Figure(start, end, metric, Double.valueOf(value), null, ci == null ? null : ci.low(),
        ci == null ? null : ci.high(), ci == null ? null : ci.level(), null, false, true, null, ratioFor, null, "", "");
  }

  /** Blanks the digits of numbers that are not figures: doses, years, counts, p values, ranges, CI levels. */
  private String mask(String t, List<TrialFact> facts) {
    StringBuilder out = new StringBuilder(t);
    for (TrialFact fact : facts) {
      if (fact.kind() == TrialFact.Kind.CI_LEVEL) {
        blankDigits(out, fact.charBegin(), fact.charEnd());
      }
    }
    for (String name : List.of("NOT_A_FIGURE", "QUALIFIER", "TIMEPOINT_RATE", "TIMEPOINT_LIST", "TIMEPOINT_BEFORE",
        "TIMEPOINT_ALIVE")) {
      Matcher m = patterns.get(name).matcher(t);
      while (m.find()) {
        blankDigits(out, m.start(), m.end());
      }
    }
    return out.toString();
  }

  private static void blankDigits(StringBuilder out, int from, int to) {
    for (int i = Math.max(0, from); i < Math.min(out.length(), to); i++) {
      if (Character.isDigit(out.charAt(i))) {
        out.setCharAt(i, '#');
      }
    }
  }

  /** Gives each figure its metric (and time point, and a ratio its endpoint); drops figures with none. */
  private List<Figure> withMetrics(String t, List<Figure> figures, List<Anchor> anchors) {
    List<Figure> out = new ArrayList<>();
    java.util.Map<Anchor, Integer> used = new java.util.HashMap<>();
    MetricAnchors.Listed listed = metricAnchors.listed(t, anchors);
    List<Integer> starts = figures.stream().filter(x -> !x.ratio()).map(Figure::start).toList();
    for (int i = 0; i < figures.size(); i++) {
      Figure f = figures.get(i);
      Optional<Anchor> before = anchors.stream()
          .filter(a -> a.end() <= f.start() && !MetricAnchors.detailsAFigureBefore(t, a, f.start(), figures))
          .reduce((a, b) -> b);
      if (f.ratio()) {
        Figure r = ratioEndpoints.of(t, f, anchors);
        if (!out.isEmpty() && listed.at(out.get(out.size() - 1).start(), starts) != null) {
          r = r.withEndpoint(out.get(out.size() - 1).metric());
        }
        if (!UNRECORDED.equals(r.endpoint())) {
          out.add(r);
        }
        continue;
      }
      Anchor anchor = before.orElse(null);
      if ((anchor == null || !anchor.rate()) && "%".equals(f.unit())) {  // a share names the rate after it
        anchor = anchors.stream().filter(a -> a.start() >= f.end() && a.rate()).findFirst()
            .filter(a -> a.start() - f.end() < FORWARD_REACH
                && !TrialText.blanked(t.substring(f.end(), a.start()), BRACKETED).matches("(?s).*[,;].*")
                && !patterns.get("SHARE_OF_A_DIFFERENCE").matcher(t.substring(f.end(), a.start())).find())
            .orElse(anchor);
      }
      Anchor own = ownRate(t, f, anchors);
      if (own == null && i + 1 < figures.size() && "%".equals(f.unit())
          && patterns.get("SHARES_JOINED").matcher(t.substring(f.end(), figures.get(i + 1).start())).matches()) {
        own = ownRate(t, figures.get(i + 1), anchors);
      }
      Anchor inList = listed.at(f.start(), starts);
      anchor = inList != null ? inList : own != null ? own : anchor;
      if (anchor == null || UNRECORDED.equals(anchor.metric())
          || anchor.rate() != "%".equals(f.unit()) && !f.notReached()) {
        continue;
      }
      String timepoint = null;
      if (!anchor.timepoints().isEmpty()) {
        int k = used.merge(anchor, 1, Integer::sum) - 1;
        timepoint = anchor.timepoints().get(k % anchor.timepoints().size());
      }
      String unit = f.notReached() && f.unit() == null ? NOT_REACHED_UNIT : f.unit();
      out.add(new Figure(f.start(), f.end(), anchor.metric(), f.value(), unit, f.ciLow(), f.ciHigh(),
          f.ciLevel(), timepoint, f.notReached(), false, null, null, null, "", ""));
    }
    return out;
  }

  /**
   * The rate a share names right after it as what it is a share of ({@code OWN_RATE_AFTER}: "33% of patients
   * responded"), or null.
   */
  private Anchor ownRate(String t, Figure f, List<Anchor> anchors) {
    return "%".equals(f.unit()) ? anchors.stream().filter(a -> a.start() >= f.end() && a.rate()).findFirst()
        .filter(a -> patterns.get("OWN_RATE_AFTER").matcher(t.substring(f.end(), a.start())).matches())
        .orElse(null) : null;
  }

  /** Each figure with the text to the previous and next figure. */
  private static List<Figure> withContext(String t, List<Figure> figures) {
    List<Figure> out = new ArrayList<>();
    for (int i = 0; i < figures.size(); i++) {
      Figure f = figures.get(i);
      int from = i == 0 ? 0 : figures.get(i - 1).end();
      int to = i + 1 < figures.size() ? figures.get(i + 1).start() : t.length();
      out.add(new Figure(f.start(), f.end(), f.metric(), f.value(), f.unit(), f.ciLow(), f.ciHigh(), f.ciLevel(),
          f.timepoint(), f.notReached(), f.ratio(), f.endpoint(), f.ratioFor(), f.pValue(),
          t.substring(Math.min(from, f.start()), f.start()), t.substring(f.end(), Math.max(f.end(), to))));
    }
    return out;
  }

  private static boolean inside(List<int[]> spans, int at) {
    return spans.stream().anyMatch(s -> s[0] <= at && at < s[1]);
  }

  private static String ratioMetric(String written) {
    String w = written.toLowerCase(Locale.ROOT);
    return w.startsWith("odds") || w.equals("or") ? "OR"
        : w.startsWith("relative") || w.equals("rr") || w.endsWith("rate ratio") ? "RR" : "HR";
  }
}
