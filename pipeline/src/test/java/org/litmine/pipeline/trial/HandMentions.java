package org.litmine.pipeline.trial;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litmine.annotators.ner.BioMention;
import org.litmine.annotators.ner.EntityType;
import org.litmine.annotators.trial.CombinationParts;
import org.litmine.annotators.trial.TrialFact;

/**
 * Drug mentions made by hand, as the entity annotators would give them, for tests that load no models: every whole
 * word of {@link #DRUGS} in a passage is a drug mention; "MK-0646" is a code name kept as itself whose generic name
 * the lexicon knows (dalotuzumab); the parts of hyphen-joined words are read as the trial annotator reads them.
 */
final class HandMentions {

  /** Surface (lower case) to the id the annotators emit and the id the lexicon knows. */
  static final Map<String, List<String>> DRUGS = Map.ofEntries(
      Map.entry("afatinib", List.of("afatinib", "afatinib")),
      Map.entry("alectinib", List.of("alectinib", "alectinib")),
      Map.entry("apalutamide", List.of("apalutamide", "apalutamide")),
      Map.entry("bevacizumab", List.of("bevacizumab", "bevacizumab")),
      Map.entry("carboplatin", List.of("carboplatin", "carboplatin")),
      Map.entry("carfilzomib", List.of("carfilzomib", "carfilzomib")),
      Map.entry("cisplatin", List.of("cisplatin", "cisplatin")),
      Map.entry("crizotinib", List.of("crizotinib", "crizotinib")),
      Map.entry("dexamethasone", List.of("dexamethasone", "dexamethasone")),
      Map.entry("docetaxel", List.of("docetaxel", "docetaxel")),
      Map.entry("durvalumab", List.of("durvalumab", "durvalumab")),
      Map.entry("elotuzumab", List.of("elotuzumab", "elotuzumab")),
      Map.entry("epirubicin", List.of("epirubicin", "epirubicin")),
      Map.entry("cyclophosphamide", List.of("cyclophosphamide", "cyclophosphamide")),
      Map.entry("erlotinib", List.of("erlotinib", "erlotinib")),
      Map.entry("etoposide", List.of("etoposide", "etoposide")),
      Map.entry("flutamide", List.of("flutamide", "flutamide")),
      Map.entry("gefitinib", List.of("gefitinib", "gefitinib")),
      Map.entry("gemcitabine", List.of("gemcitabine", "gemcitabine")),
      Map.entry("ifosfamide", List.of("ifosfamide", "ifosfamide")),
      Map.entry("nab-paclitaxel", List.of("nab-paclitaxel", "nab-paclitaxel")),
      Map.entry("lenvatinib", List.of("lenvatinib", "lenvatinib")),
      Map.entry("everolimus", List.of("everolimus", "everolimus")),
      Map.entry("cabozantinib", List.of("cabozantinib", "cabozantinib")),
      Map.entry("isatuximab", List.of("isatuximab", "isatuximab")),
      Map.entry("lenalidomide", List.of("lenalidomide", "lenalidomide")),
      Map.entry("ipilimumab", List.of("ipilimumab", "ipilimumab")),
      Map.entry("irinotecan", List.of("irinotecan", "irinotecan")),
      Map.entry("nivolumab", List.of("nivolumab", "nivolumab")),
      Map.entry("olaparib", List.of("olaparib", "olaparib")),
      Map.entry("paclitaxel", List.of("paclitaxel", "paclitaxel")),
      Map.entry("paclitaxel poliglumex", List.of("paclitaxel poliglumex", "paclitaxel poliglumex")),
      Map.entry("pembrolizumab", List.of("pembrolizumab", "pembrolizumab")),
      Map.entry("pemetrexed", List.of("pemetrexed", "pemetrexed")),
      Map.entry("pomalidomide", List.of("pomalidomide", "pomalidomide")),
      Map.entry("toripalimab", List.of("toripalimab", "toripalimab")),
      Map.entry("trastuzumab", List.of("trastuzumab", "trastuzumab")),
      Map.entry("venetoclax", List.of("venetoclax", "venetoclax")),
      Map.entry("cytarabine", List.of("cytarabine", "cytarabine")),
      Map.entry("daunorubicin", List.of("daunorubicin", "daunorubicin")),
      Map.entry("vinorelbine", List.of("vinorelbine", "vinorelbine")),
      Map.entry("mk-0646", List.of("mk0646", "dalotuzumab")));

  private static final Pattern NAME = Pattern.compile(
      "(?<![\\p{L}\\p{N}])(?:" + String.join("|", DRUGS.keySet().stream().map(Pattern::quote).toList())
          + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);

  private static final CombinationParts COMBINATIONS = CombinationParts.load();

  private HandMentions() {}

  /** The hand-made mentions of the passages; {@code paperText} is where side-by-side code names are sought. */
  static AnnotatedMentions of(List<String> passages, String paperText) {
    List<AnnotatedMentions.Passage> annotated = new ArrayList<>();
    for (String text : passages) {
      List<BioMention> mentions = new ArrayList<>();
      Matcher m = NAME.matcher(text);
      while (m.find()) {
        List<String> ids = DRUGS.get(m.group().toLowerCase(Locale.ROOT));
        mentions.add(new BioMention(EntityType.DRUG, m.group(), List.of(ids.get(0)), 0, 0, m.start(), m.end(),
            List.of(ids.get(1))));
      }
      annotated.add(passage(text, mentions));
    }
    return new AnnotatedMentions(annotated, paperText);
  }

  /**
   * A passage with these mentions and the drug parts of its hyphen-joined words that the annotators' drug lexicon
   * lists, as the trial annotator reads them ({@link TrialFact.Kind#DRUG_PART}).
   */
  static AnnotatedMentions.Passage passage(String text, List<BioMention> mentions) {
    List<TrialFact> parts = new ArrayList<>();
    for (CombinationParts.Part part : CombinationParts.parts(text)) {
      COMBINATIONS.drug(part.text()).ifPresent(id -> parts.add(new TrialFact(TrialFact.Kind.DRUG_PART, id, 0, 0,
          part.start(), part.end())));
    }
    return new AnnotatedMentions.Passage(text, mentions, parts);
  }
}
