package org.litmine.pipeline.trial;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litmine.annotators.lexicon.TsvResource;

/**
 * The words of trial records, read from the TSV files next to this class: outcome metrics and their aliases
 * ({@code metrics.tsv}), units ({@code units.tsv}), status phrases ({@code statuses.tsv}), table column header
 * synonyms ({@code columns.tsv}) and non-drug treatments ({@code agents.tsv}). Each file has a header comment on
 * its origin and format; {@code #} starts a comment line. A malformed line fails fast, naming file and line.
 */
public final class TrialVocabulary {

  private static final String BASE = "org/litmine/pipeline/trial/";
  /** A metric named in text: its character span, the canonical metric and whether it is a rate. */
  public record MetricMention(int start, int end, String metric, boolean rate) {}

  /** A non-drug treatment named in text ("radiotherapy", "placebo"). */
  public record AgentMention(int start, int end, String id) {}

  private record Metric(String metric, boolean rate) {}

  /**
   * The metric of an endpoint named but not recorded (metrics.tsv: time to treatment failure, a pathological complete
   * response), or of a ratio's endpoint that is not (locoregional control): its figures are dropped.
   */
  static final String UNRECORDED = "-";
  /** The end of a number, maybe with a space: what a unit follows. */
  private static final Pattern AFTER_NUMBER = Pattern.compile("\\d\\s?$");
  /** A surface in capitals only ("PD", "CR"). */
  private static final Pattern CAPITALS = Pattern.compile("\\p{Lu}{2,}");
  /** A word written with a capital and small letters ("Pd", "Cr"). */
  private static final Pattern CAPITALIZED = Pattern.compile("\\p{Lu}\\p{Ll}+");

  private final Map<String, Metric> metrics = new LinkedHashMap<>();
  /** The keys of the metrics' short forms, listed in capitals ("PD", "ORR"). */
  private final java.util.Set<String> shortForms = new java.util.HashSet<>();
  private final Map<String, String> units = new LinkedHashMap<>();
  private final Map<String, String> statuses = new LinkedHashMap<>();
  private final Map<String, List<String>> columns = new LinkedHashMap<>();
  private final Map<String, String> agents = new LinkedHashMap<>();
  private final Pattern metricPattern;
  private final Pattern agentPattern;
  private final Pattern unitPattern;
  /** How listed metrics share words ({@code own-trial.rules}). */
  private final Pattern sharedHead;
  private final Pattern listSeparator;
  private final Pattern sharedTail;

  private TrialVocabulary() {
    TrialPatterns patterns = TrialPatterns.ownTrial();
    sharedHead = patterns.get("METRIC_SHARED_HEAD");
    listSeparator = patterns.get("LIST_SEPARATOR");
    sharedTail = patterns.get("METRIC_SHARED_TAIL");
    read("metrics.tsv", 3, cols -> {
      metrics.put(key(cols[0]), new Metric(cols[1], "rate".equals(cols[2])));
      if (CAPITALS.matcher(cols[0]).matches()) {
        shortForms.add(key(cols[0]));
      }
    });
    read("units.tsv", 2, cols -> units.put(key(cols[0]), cols[1]));
    read("statuses.tsv", 2, cols -> statuses.put(key(cols[0]), cols[1]));
    read("columns.tsv", 2, cols -> columns.computeIfAbsent(cols[0], k -> new ArrayList<>()).add(key(cols[1])));
    read("agents.tsv", 2, cols -> agents.put(key(cols[0]), cols[1]));
    metricPattern = alternation(metrics.keySet(), true, "(?!-L?\\d)");
    agentPattern = alternation(agents.keySet(), false, "");
    unitPattern = Pattern.compile(
        "(?:" + units.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
            .map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElseThrow() + ")(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE);
  }

  /** Loads the vocabulary from the classpath. */
  public static TrialVocabulary load() {
    return new TrialVocabulary();
  }

  /**
   * The metrics named in text, left to right, longest alias first at each position, not overlapping. A time listed
   * before a rate shares its head word ("PFS and OS rates": the PFS rate, PFR, and the OS rate); a word listed before
   * a metric shares its last words ({@link #sharingTail}). A surface that is also a unit is the unit after a number
   * ("8.7 mos" is no "mOS"); a short form written with small letters after its capital is another word ("Pd", a
   * regimen's short name, is no "PD").
   */
  public List<MetricMention> metrics(String text) {
    List<MetricMention> found = new ArrayList<>();
    String folded = TrialText.fold(text);
    Matcher m = metricPattern.matcher(folded);
    while (m.find()) {
      if (units.containsKey(key(m.group())) && AFTER_NUMBER.matcher(folded.substring(0, m.start())).find()) {
        continue;  // "8.7 mos": the unit, not "mOS"
      }
      if (shortForms.contains(key(m.group())) && CAPITALIZED.matcher(m.group()).matches()) {
        continue;  // "with Pd": a regimen's short name (pomalidomide and dexamethasone), not "PD"
      }
      Metric metric = metricOf(key(m.group()));
      found.add(new MetricMention(m.start(), m.end(), metric.metric(), metric.rate()));
    }
    for (int i = found.size() - 2; i >= 0; i--) {
      MetricMention time = found.get(i);
      MetricMention rate = found.get(i + 1);
      Metric asRate = metrics.get(key(folded.substring(time.start(), time.end())) + " rate");
      if (!time.rate() && rate.rate() && asRate != null && asRate.rate()
          && sharedHead.matcher(folded.substring(rate.start(), rate.end())).find()
          && listSeparator.matcher(folded.substring(time.end(), rate.start())).matches()) {
        found.set(i, new MetricMention(time.start(), time.end(), asRate.metric(), true));
      }
    }
    for (int i = found.size() - 1; i >= 0; i--) {
      sharingTail(folded, found.get(i), i == 0 ? 0 : found.get(i - 1).end()).ifPresent(found::add);
    }
    found.sort(Comparator.comparingInt(MetricMention::start));
    return found;
  }

  /**
   * The metric a word listed right before a metric names with that metric's last words: "complete" in "complete and
   * partial responses" (CR), "progression-free" in "progression-free and overall survival rates" (PFR).
   */
  private Optional<MetricMention> sharingTail(String text, MetricMention metric, int from) {
    Matcher m = sharedTail.matcher(text.substring(from, metric.start()));
    String written = text.substring(metric.start(), metric.end());
    int space = written.indexOf(' ');
    if (!m.find() || space < 0) {
      return Optional.empty();
    }
    return Optional.ofNullable(metricOf(key(m.group(1) + written.substring(space))))
        .map(x -> new MetricMention(from + m.start(1), from + m.end(1), x.metric(), x.rate()));
  }

  /** The metric a key names as listed or in the plural the alternation allows ("disease control rates"), or null. */
  private Metric metricOf(String key) {
    return metrics.containsKey(key) ? metrics.get(key)
        : key.endsWith("s") ? metrics.get(key.substring(0, key.length() - 1)) : null;
  }

  /** The unit a text starts with ("months (95% CI" → months), and its length, if it starts with one. */
  public Optional<Map.Entry<String, Integer>> unitAt(String text) {
    Matcher m = unitPattern.matcher(text);
    if (m.lookingAt()) {
      return Optional.of(Map.entry(units.get(key(m.group())), m.end()));
    }
    return Optional.empty();
  }

  /** The status a text states ("This trial is still ongoing." → ongoing): its longest status phrase. */
  public Optional<String> status(String text) {
    String lower = key(text);
    String best = null;
    for (String phrase : statuses.keySet()) {
      if (Pattern.compile("(?<![\\p{L}])" + Pattern.quote(phrase) + "(?![\\p{L}])").matcher(lower).find()
          && (best == null || phrase.length() > best.length())) {
        best = phrase;
      }
    }
    return Optional.ofNullable(best).map(statuses::get);
  }

  /**
   * The role of a table column from its header cell: the role with a synonym equal to the cell, else the role
   * with the longest synonym the cell contains as whole words.
   */
  public Optional<String> columnRole(String header) {
    String cell = key(header).replaceAll("[*†‡§¶]", "").strip();
    if (cell.isEmpty()) {
      return Optional.empty();
    }
    String bestRole = null;
    int bestLength = 0;
    for (Map.Entry<String, List<String>> role : columns.entrySet()) {
      for (String synonym : role.getValue()) {
        if (cell.equals(synonym)) {
          return Optional.of(role.getKey());
        }
        boolean contains = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(synonym) + "(?![\\p{L}])")
            .matcher(cell).find();
        if (contains && synonym.length() > bestLength) {
          bestRole = role.getKey();
          bestLength = synonym.length();
        }
      }
    }
    return Optional.ofNullable(bestRole);
  }

  /** The non-drug treatments named in text ("radiotherapy"), left to right. */
  public List<AgentMention> agents(String text) {
    List<AgentMention> found = new ArrayList<>();
    Matcher m = agentPattern.matcher(TrialText.fold(text));
    while (m.find()) {
      found.add(new AgentMention(m.start(), m.end(), agents.get(key(m.group()))));
    }
    return found;
  }

  /** Whitespace-folded lower case with unified dashes: how every surface of these files is compared. */
  static String key(String surface) {
    return surface.replaceAll("[\u2010-\u2015\u2212]", "-").replaceAll("\\s+", " ").strip()
        .toLowerCase(Locale.ROOT);
  }

  /**
   * The keys as one case-insensitive pattern of whole words, each followed by what {@code after} allows; with
   * {@code plurals}, a key whose last word does not end in "s" also matches with one ("disease control rates",
   * "CRs"), so a file lists only the plurals this does not make.
   */
  private static Pattern alternation(java.util.Collection<String> keys, boolean plurals, String after) {
    String body = keys.stream().sorted(Comparator.comparingInt(String::length).reversed())
        .map(k -> Pattern.quote(k).replace(" ", "\\E\\s*\\Q").replace("\\Q\\E", "")
            + (plurals && k.matches(".*[\\p{L}&&[^s]]") ? "s?" : ""))
        .reduce((a, b) -> a + "|" + b).orElseThrow();
    return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + body + ")(?![\\p{L}\\p{N}])" + after,
        Pattern.CASE_INSENSITIVE);
  }

  private static void read(String file, int width, TsvResource.Row row) {
    try {
      TsvResource.read(BASE + file, cols -> {
        if (cols.length != width || cols[0].isBlank() || cols[1].isBlank()) {
          throw new IllegalArgumentException("TrialVocabulary: expected " + width + " tab-separated columns");
        }
        row.accept(cols);
      });
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }
}
