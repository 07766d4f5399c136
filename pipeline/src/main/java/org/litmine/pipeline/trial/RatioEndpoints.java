package org.litmine.pipeline.trial;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import org.litmine.pipeline.trial.MetricAnchors.Anchor;
import org.litmine.pipeline.trial.SentenceFigures.Figure;
import org.litmine.pipeline.trial.TrialVocabulary.MetricMention;

/**
 * The endpoint a between-arm ratio compares the arms on ("hazard ratio for death": OS; "odds ratio for response": ORR)
 * and the p value written with it, for {@link SentenceFigures}.
 */
final class RatioEndpoints {

  private static final String UNRECORDED = TrialVocabulary.UNRECORDED;

  /** Recurrence or relapse alone: the endpoint the sentence names before a ratio, else RFS. */
  private static final String RECURRENCE = "recurrence";
  /** The endpoints one phrase may name together, the one a ratio is of first ({@link #stronger}). */
  private static final List<String> STRENGTH = List.of(UNRECORDED, "rPFS", "PFS", "iDFS", "DMFS", "MFS", "RFS",
      RECURRENCE, "EFS", "OS");

  private final TrialPatterns patterns;
  private final TrialVocabulary vocabulary;

  RatioEndpoints(TrialPatterns patterns, TrialVocabulary vocabulary) {
    this.patterns = patterns;
    this.vocabulary = vocabulary;
  }

  /**
   * The ratio with its endpoint and p value: the endpoint its own words name ("HR for death"; PFS where they name
   * progression: "for death or disease progression"; EFS where they name an event: "for event or death"; of an odds
   * ratio the rate they name: "for response"; "-" for locoregional control), else the last time metric before it or
   * the survival of the last rate at a time point ("The 5-year progression-free survival was 63.1% versus 71.8% (HR
   * 0.71": PFS; of an odds ratio, the last rate: "80% with X and 76% with Y (odds ratio, 1.27"), else the last
   * endpoint the words before it name ("the risk of progression or death": PFS). Own words that name recurrence or
   * relapse alone ("hazard ratio for recurrence or death") leave the endpoint to the metric named before the ratio
   * (DFS or RFS), else it is RFS.
   */
  Figure of(String t, Figure f, List<Anchor> anchors) {
    String endpoint = null;
    String forWords = f.ratioFor() == null ? "" : f.ratioFor();
    boolean ofRates = "OR".equals(f.metric());
    String rate = ofRates ? rateNamed(forWords) : null;
    String named = endpointsNamed(forWords).stream().reduce(RatioEndpoints::stronger).orElse(null);
    if (patterns.get("RESPONSE_RATIO").matcher(t.substring(f.start())).lookingAt()) {
      endpoint = "ORR";
    } else if (rate != null) {
      endpoint = rate;
    } else if (named != null && !RECURRENCE.equals(named)) {
      endpoint = named;
    } else {
      endpoint = anchors.stream().filter(a -> a.end() <= f.start()
              && (a.rate() == ofRates || !ofRates && SurvivalRates.timeOf(a.metric()) != null))
          .reduce((a, b) -> b).map(a -> a.rate() && !ofRates ? SurvivalRates.timeOf(a.metric()) : a.metric())
          .orElse(null);
      if (endpoint == null) {
        List<String> before = endpointsNamed(t.substring(0, f.start()));
        endpoint = before.isEmpty() ? named : before.get(before.size() - 1);
      }
      endpoint = RECURRENCE.equals(endpoint) ? "RFS" : endpoint;
    }
    Matcher p = patterns.get("P_VALUE").matcher(t);
    String pValue = null;
    if (p.find(f.end()) && p.start() - f.end() < 40) {
      pValue = ("=".equals(p.group("rel")) ? "" : p.group("rel")) + p.group("p");
    }
    return new Figure(f.start(), f.end(), f.metric(), f.value(), null, f.ciLow(), f.ciHigh(), f.ciLevel(), null,
        false, true, endpoint, f.ratioFor(), pValue, "", "");
  }

  /**
   * The endpoint each run of endpoint words in a text names ({@code ENDPOINT_WORDS}), in order; words joined by "or" are
   * one run ("progression or death", "death or disease progression", "an event or death"), which names the
   * strongest of its words' endpoints ({@link #stronger}).
   */
  private List<String> endpointsNamed(String text) {
    List<String> runs = new ArrayList<>();
    Matcher words = patterns.get("ENDPOINT_WORDS").matcher(text);
    int lastEnd = -1;
    while (words.find()) {
      String named = endpointOf(words);
      if (lastEnd >= 0 && text.substring(lastEnd, words.start()).matches("\\s*or\\s*")) {
        runs.set(runs.size() - 1, stronger(runs.get(runs.size() - 1), named));
      } else {
        runs.add(named);
      }
      lastEnd = words.end();
    }
    return runs;
  }

  /**
   * Of two endpoints one phrase names, the one a ratio is of ({@code STRENGTH}): locoregional or distant control (not
   * recorded) over progression (an event of progression-free survival) over metastasis, invasive disease and
   * recurrence over an event (of event-free survival) over death (OS).
   */
  private static String stronger(String a, String b) {
    return STRENGTH.indexOf(a) <= STRENGTH.indexOf(b) ? a : b;
  }

  /**
   * The endpoint an {@code ENDPOINT_WORDS} match names: progression PFS (radiographic progression rPFS), metastasis MFS
   * (distant metastasis DMFS), an event EFS, death or survival OS, locoregional or distant control one not recorded
   * ({@value TrialVocabulary#UNRECORDED}).
   */
  private static String endpointOf(Matcher words) {
    return words.group("none") != null ? UNRECORDED : words.group("rpfs") != null ? "rPFS"
        : words.group("dmfs") != null ? "DMFS" : words.group("mfs") != null ? "MFS"
        : words.group("idfs") != null ? "iDFS" : words.group("rfs") != null ? "RFS"
        : words.group("recurrence") != null ? RECURRENCE
        : words.group("pfs") != null ? "PFS" : words.group("efs") != null ? "EFS" : "OS";
  }

  /**
   * The rate a ratio's own words name ("odds ratio for objective response", "for disease control", "for response"), or
   * null.
   */
  private String rateNamed(String words) {
    String named = vocabulary.metrics(words).stream().filter(MetricMention::rate).map(MetricMention::metric)
        .findFirst().orElse(null);
    Matcher rate = patterns.get("RATE_ENDPOINT_WORDS").matcher(words);
    if (named != null || !rate.find()) {
      return named;
    }
    String word = rate.group().toLowerCase(Locale.ROOT);
    return word.startsWith("disease") ? "DCR" : word.equals("benefit") ? "CBR" : "ORR";
  }
}
