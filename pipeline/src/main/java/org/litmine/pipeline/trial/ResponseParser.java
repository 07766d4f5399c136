package org.litmine.pipeline.trial;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litmine.annotators.trial.TrialFact;
import org.litmine.pipeline.trial.TrialVocabulary.MetricMention;

/**
 * Reads response figures from a table cell or a sentence into {@link TrialResult}s.
 *
 * <p>Each metric named ({@link TrialVocabulary#metrics}) owns the text up to the next metric. In it, a figure is a
 * number with a unit ("16%", "1.94 months"), optionally followed by a confidence interval in brackets ("(95% CI
 * 1.45-2.1 months)": {@link BracketedInterval}) and an arm or subgroup ("for rhabdomyosarcoma", "for MK plus
 * gemcitabine (arm A)", "in the XELIRI arm"). Numbers that qualify the metric instead of measuring it ("SD &gt; 24
 * weeks", "12-week PFR", "PFS rate at 9 months": the trial annotator's {@link TrialFact.Kind#QUALIFIER} facts) are
 * skipped, as are CI levels, p values and ratios ("p = 0.76", "HR 0.80": its {@link TrialFact.Kind#CI_LEVEL},
 * {@link TrialFact.Kind#P_VALUE}, {@link TrialFact.Kind#RATIO} facts) and citations. A number printed without a
 * unit takes the unit of the next figure it is listed with ("3.0 (…) and 1.2 (…) months"), or, right after a
 * separator, % for a rate ("CR, 0"). Ranges ("20–22 months": {@link TrialFact.Kind#RANGE}) are not read, nor numbers
 * more than 50 characters past the metric or its last figure or separated from it by other than linking words
 * ("was", "of", "in", "for", "median", …). Lists are distributed: "…, respectively" pairs listed metrics with listed
 * figures, and listed arms ("for topotecan and linsitinib, respectively") with figures. "No objective responses"
 * is a 0% rate. The patterns are {@code rules/response-figures.rules} ({@link TrialPatterns#responseFigures}).
 */
public final class ResponseParser {

  /** The most characters between a metric (or its previous figure) and a figure it owns. */
  private static final int MAX_GAP = 50;

  private final TrialVocabulary vocabulary;
  private final TrialPatterns patterns = TrialPatterns.responseFigures();

  /** One figure before lists are distributed. */
  private record Figure(int start, int end, double value, String unit, Double ciLow, Double ciHigh, String arm) {}

  public ResponseParser(TrialVocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** The response figures of a text, in reading order. */
  List<TrialResult> parse(TextWithFacts text) {
    String t = mask(TrialText.blankCitations(TrialText.fold(text.text())), text);
    List<MetricMention> mentions = merged(vocabulary.metrics(t), t);
    List<List<Figure>> figures = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      int end = i + 1 < mentions.size() ? mentions.get(i + 1).start() : t.length();
      figures.add(figures(t, text, mentions.get(i), end));
    }
    List<TrialResult> results = new ArrayList<>();
    int i = 0;
    while (i < mentions.size()) {
      int j = i;
      while (j < mentions.size() - 1 && figures.get(j).isEmpty() && listed(t, mentions.get(j), mentions.get(j + 1))) {
        j++;
      }
      List<Figure> last = figures.get(j);
      if (j > i && last.size() == j - i + 1
          && patterns.get("GIVEN_RESPECTIVELY").matcher(t).find(mentions.get(j).end())) {
        for (int k = i; k <= j; k++) {
          results.add(result(mentions.get(k), last.get(k - i)));
        }
      } else {
        for (int k = i; k <= j; k++) {
          MetricMention mention = mentions.get(k);
          if (figures.get(k).isEmpty() && patterns.get("NEGATED").matcher(t.substring(0, mention.start())).find()
              && mention.rate()) {
            results.add(new TrialResult(mention.metric(), 0.0, "%", null, null, null));
          }
          for (Figure figure : figures.get(k)) {
            results.add(result(mention, figure));
          }
        }
      }
      i = j + 1;
    }
    return results;
  }

  private static TrialResult result(MetricMention mention, Figure f) {
    return new TrialResult(mention.metric(), f.value(), f.unit(), f.ciLow(), f.ciHigh(), f.arm());
  }

  /**
   * Blanks the digits of the trial annotator's qualifiers ("&gt; 24 weeks", "12-week") and CI levels ("95% CI") so
   * they are not figures.
   */
  private static String mask(String t, TextWithFacts text) {
    StringBuilder out = new StringBuilder(t);
    for (TrialFact fact : text.facts(TrialFact.Kind.QUALIFIER, TrialFact.Kind.CI_LEVEL)) {
      for (int i = Math.max(0, fact.charBegin()); i < Math.min(fact.charEnd(), out.length()); i++) {
        if (Character.isDigit(out.charAt(i)) || out.charAt(i) == '.') {
          out.setCharAt(i, '#');
        }
      }
    }
    return out.toString();
  }

  /** Joins "partial responses (PR)" into one mention. */
  private List<MetricMention> merged(List<MetricMention> mentions, String t) {
    List<MetricMention> out = new ArrayList<>();
    for (MetricMention m : mentions) {
      if (!out.isEmpty()) {
        MetricMention prev = out.get(out.size() - 1);
        String between = t.substring(prev.end(), m.start());
        if (prev.metric().equals(m.metric()) && patterns.get("SHORT_FORM_OPEN").matcher(between).matches()
            && t.startsWith(")", skipSpaces(t, m.end()))) {
          out.set(out.size() - 1, new MetricMention(prev.start(), skipSpaces(t, m.end()) + 1, prev.metric(),
              prev.rate()));
          continue;
        }
      }
      out.add(m);
    }
    return out;
  }

  private static int skipSpaces(String t, int i) {
    while (i < t.length() && t.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  /** Whether two metrics are listed together ("clinical benefit, progression-free survival, and"). */
  private boolean listed(String t, MetricMention a, MetricMention b) {
    return patterns.get("LISTED_METRICS").matcher(t.substring(a.end(), b.start())).matches();
  }

  /** The figures a metric owns in text [mention.end, end); {@code t} is {@code text}'s text, folded and masked. */
  private List<Figure> figures(String t, TextWithFacts text, MetricMention mention, int end) {
    List<TrialFact> intervals = text.facts(TrialFact.Kind.CI);
    List<TrialFact> notFigures = text.facts(TrialFact.Kind.P_VALUE, TrialFact.Kind.RATIO);
    List<TrialFact> ranges = text.facts(TrialFact.Kind.RANGE);
    List<Figure> found = new ArrayList<>();
    Matcher m = patterns.get("NUMBER").matcher(t);
    m.region(mention.end(), end);
    int from = mention.end();
    List<Integer> unitless = new ArrayList<>();
    while (m.find()) {
      if (m.start() < from || startingAt(notFigures, m.start()).isPresent()) {
        continue;
      }
      if (m.start() - from > MAX_GAP || !patterns.get("GAP").matcher(t.substring(from, m.start())).matches()) {
        break;
      }
      Optional<TrialFact> range = startingAt(ranges, m.start()).filter(r -> r.charEnd() <= end);
      if (range.isPresent()) {
        from = range.get().charEnd();
        m.region(from, end);
        continue;
      }
      int pos = m.end();
      String unit = null;
      Optional<Map.Entry<String, Integer>> u = vocabulary.unitAt(t.substring(skipSpacesAll(t, pos), end));
      if (u.isPresent()) {
        unit = u.get().getKey();
        pos = skipSpacesAll(t, pos) + u.get().getValue();
      }
      Double low = null;
      Double high = null;
      Optional<BracketedInterval> ci = BracketedInterval.at(t, intervals, pos, end);
      if (ci.isPresent()) {
        low = ci.get().ci().low();
        high = ci.get().ci().high();
        pos = ci.get().end();
        if (unit == null) {
          Optional<Map.Entry<String, Integer>> after = vocabulary.unitAt(t.substring(skipSpacesAll(t, pos), end));
          if (after.isPresent()) {
            unit = after.get().getKey();
            pos = skipSpacesAll(t, pos) + after.get().getValue();
          }
        }
      }
      String arm = null;
      Matcher a = patterns.get("ARM_OPENING").matcher(t.substring(pos, end));
      if (a.find()) {
        int armStart = pos + a.end();
        int armEnd = armEnd(t, armStart, end);
        arm = armName(t.substring(armStart, armEnd));
        pos = armEnd;
      }
      String before = t.substring(from, m.start());
      if (unit == null) {
        boolean afterSeparator = found.isEmpty() && unitless.isEmpty()
            && patterns.get("AFTER_SEPARATOR").matcher(before).matches();
        boolean listHead = patterns.get("LIST_HEAD").matcher(before).matches();
        if (afterSeparator && mention.rate()) {
          unit = "%";
        } else if (listHead && arm == null) {
          unitless.add(found.size());
        } else {
          from = pos;
          continue;
        }
      } else if (!unitless.isEmpty() && !patterns.get("LIST_JOIN").matcher(before).matches()) {
        unitless.clear();
      } else if (!unitless.isEmpty()) {
        for (int k : unitless) {
          Figure f = found.get(k);
          found.set(k, new Figure(f.start(), f.end(), f.value(), unit, f.ciLow(), f.ciHigh(), f.arm()));
        }
        unitless.clear();
      }
      found.add(new Figure(m.start(), pos, Double.parseDouble(m.group("value")), unit, low, high, arm));
      from = pos;
      m.region(pos, end);
    }
    found.removeIf(f -> f.unit() == null);
    return distributeArms(found, t.substring(mention.end(), end));
  }

  /** The fact that starts where a number does. */
  private static Optional<TrialFact> startingAt(List<TrialFact> facts, int start) {
    return facts.stream().filter(f -> f.charBegin() == start).findFirst();
  }

  static int skipSpacesAll(String t, int i) {
    while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Where an arm phrase ends: at ";", ",", a sentence end, an opening bracket, or " and " before a number. */
  private int armEnd(String t, int start, int end) {
    int depth = 0;
    for (int i = start; i < end; i++) {
      char c = t.charAt(i);
      if (c == '(') {
        if (!patterns.get("ARM_LABEL").matcher(t.substring(i, Math.min(end, i + 10))).find()) {
          return i;
        }
        depth++;
      } else if (c == ')') {
        if (depth == 0) {
          return i;
        }
        depth--;
      } else if (depth == 0 && (c == ';' || c == ',' || c == '.' && (i + 1 >= end || t.charAt(i + 1) == ' '))) {
        return i;
      } else if (depth == 0 && t.startsWith(" and ", i) && i + 5 < end
          && (Character.isDigit(t.charAt(skipSpacesAll(t, i + 5))) || t.charAt(skipSpacesAll(t, i + 5)) == '#')) {
        return i;
      }
    }
    return end;
  }

  /** The arm's name: an "arm A" label if the phrase has one, else the phrase without "arm"/"group"/"patients". */
  private String armName(String phrase) {
    Matcher label = patterns.get("ARM_LABEL").matcher(phrase);
    if (label.find()) {
      return label.group("label");
    }
    String name = patterns.get("ARM_NAME_RESPECTIVELY").matcher(phrase).replaceAll("");
    name = patterns.get("ARM_NAME_HEAD").matcher(name).replaceAll("").strip();
    return name.isEmpty() || Character.isDigit(name.charAt(0)) ? null : name;
  }

  /** "… and 1.2 months for topotecan and linsitinib, respectively": one listed arm to each figure. */
  private List<Figure> distributeArms(List<Figure> figures, String region) {
    if (figures.size() < 2 || !patterns.get("GIVEN_RESPECTIVELY").matcher(region).find()) {
      return figures;
    }
    Figure last = figures.get(figures.size() - 1);
    if (last.arm() == null || figures.subList(0, figures.size() - 1).stream().anyMatch(f -> f.arm() != null)) {
      return figures;
    }
    String[] arms = patterns.get("ARM_LIST_JOIN").split(last.arm());
    if (arms.length != figures.size()) {
      return figures;
    }
    List<Figure> out = new ArrayList<>();
    for (int i = 0; i < figures.size(); i++) {
      Figure f = figures.get(i);
      out.add(new Figure(f.start(), f.end(), f.value(), f.unit(), f.ciLow(), f.ciHigh(), arms[i].strip()));
    }
    return out;
  }
}
