package org.litmine.pipeline.drugprot;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Scores a run against DrugProt gold pairs, per abstract, mention against mention (see {@link MentionKey}).
 * Predictions are the distinct (drugText, geneText) pairs of the non-negated evidence of a group's effect in one
 * abstract; gold pairs are the distinct (chemical_mention, gene_mention) pairs of that abstract, each with every
 * relation DrugProt gives it. See {@link RelationGroup} for what counts as a hit.
 */
public final class DrugProtScorer {

  @JsonPropertyOrder({"tp", "fp", "fn", "ignored", "precision", "recall", "f1"})
  public record Score(int tp, int fp, int fn, int ignored, double precision, double recall, double f1) {
    static Score of(int tp, int fp, int fn, int ignored) {
      double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
      double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
      double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
      return new Score(tp, fp, fn, ignored, round(p), round(r), round(f));
    }

    private static double round(double x) {
      return Math.round(x * 1000) / 1000.0;
    }
  }

  /** A predicted pair that hit (TP) or counted neither way (ignored). */
  @JsonPropertyOrder({"pmid", "chemical", "gene", "relations", "rules", "sentence"})
  public record Hit(String pmid, String chemical, String gene, String relations, String rules, String sentence) {}

  @JsonPropertyOrder({"pmid", "drugText", "geneText", "kind", "detail", "rules", "sentence"})
  public record FalsePositive(String pmid, String drugText, String geneText, String kind, String detail,
      String rules, String sentence) {}

  @JsonPropertyOrder({"pmid", "chemical", "gene", "relations", "kind", "detail", "chemicalRecognized",
      "geneRecognized", "chemicalLexicon", "geneLexicon", "sentence"})
  public record FalseNegative(String pmid, String chemical, String gene, String relations, String kind,
      String detail, boolean chemicalRecognized, boolean geneRecognized, String chemicalLexicon,
      String geneLexicon, String sentence) {

    /** Whether the run recognized both mentions: it predicted the pair otherwise, or found each of them. */
    public boolean bothRecognized() {
      return chemicalRecognized && geneRecognized || kind.startsWith("pair predicted")
          || kind.startsWith("mention boundary");
    }
  }

  @JsonPropertyOrder({"group", "goldRelations", "score", "errorKinds", "rules", "truePositives", "ignored",
      "falsePositives", "falseNegatives"})
  public record GroupResult(String group, List<String> goldRelations, Score score, Map<String, Integer> errorKinds,
      Map<String, int[]> rules, List<Hit> truePositives, List<Hit> ignored, List<FalsePositive> falsePositives,
      List<FalseNegative> falseNegatives) {}

  /** The distinct gold pair of one abstract with all its relations and sentences. */
  private static final class GoldPair {
    final String pmid;
    final String chemical;
    final String gene;
    final String chemKey;
    final String geneKey;
    final Set<String> relations = new TreeSet<>();
    final Set<String> sentences = new java.util.LinkedHashSet<>();

    GoldPair(GoldRow row) {
      pmid = row.pmid();
      chemical = row.chemical();
      gene = row.gene();
      chemKey = MentionKey.of(row.chemical());
      geneKey = MentionKey.of(row.gene());
    }
  }

  /** The distinct predicted pair of one abstract for one effect, with its evidence. */
  private static final class PredictedPair {
    final String pmid;
    final String drugText;
    final String geneText;
    final String chemKey;
    final String geneKey;
    final Set<String> rules = new TreeSet<>();
    final Set<String> sentences = new java.util.LinkedHashSet<>();

    PredictedPair(RunMention m) {
      pmid = m.pmid();
      drugText = m.drugText();
      geneText = m.geneText();
      chemKey = MentionKey.of(m.drugText());
      geneKey = MentionKey.of(m.geneText());
    }
  }

  private final Map<String, Map<String, GoldPair>> gold = new TreeMap<>();
  private final List<RunMention> run;
  private final Lexicons lexicons;
  private final Map<String, Set<String>> chemsSeen = new HashMap<>();
  private final Map<String, Set<String>> genesSeen = new HashMap<>();
  /** pmid → pair key → the effects it was predicted with ("reduces", "inhibits (negated)", ...). */
  private final Map<String, Map<String, Set<String>>> effectsByPair = new HashMap<>();
  private final Set<String> pmids = new TreeSet<>();
  private final boolean entitiesWritten;

  public DrugProtScorer(List<GoldRow> goldRows, List<RunMention> run, Lexicons lexicons) {
    this(goldRows, run, null, lexicons);
  }

  /**
   * @param entities the run's recognized entity spellings per pmid and "chemical"/"gene"
   *     ({@link RunMention#entitySurfaces}), or null when the run wrote none (then only evidence mentions count as
   *     recognized)
   */
  public DrugProtScorer(List<GoldRow> goldRows, List<RunMention> run, Map<String, Map<String, List<String>>> entities,
      Lexicons lexicons) {
    this.run = run;
    this.lexicons = lexicons;
    this.entitiesWritten = entities != null;
    if (entities != null) {
      entities.forEach((pmid, byKind) -> {
        byKind.getOrDefault("chemical", List.of()).forEach(
            s -> chemsSeen.computeIfAbsent(pmid, k -> new java.util.HashSet<>()).add(MentionKey.of(s)));
        byKind.getOrDefault("gene", List.of()).forEach(
            s -> genesSeen.computeIfAbsent(pmid, k -> new java.util.HashSet<>()).add(MentionKey.of(s)));
      });
    }
    for (GoldRow row : goldRows) {
      GoldPair pair = gold.computeIfAbsent(row.pmid(), k -> new LinkedHashMap<>())
          .computeIfAbsent(key(MentionKey.of(row.chemical()), MentionKey.of(row.gene())), k -> new GoldPair(row));
      pair.relations.add(row.relation());
      if (!row.sentence().isBlank()) {
        pair.sentences.add(row.sentence());
      }
      pmids.add(row.pmid());
    }
    for (RunMention m : run) {
      chemsSeen.computeIfAbsent(m.pmid(), k -> new java.util.HashSet<>()).add(MentionKey.of(m.drugText()));
      genesSeen.computeIfAbsent(m.pmid(), k -> new java.util.HashSet<>()).add(MentionKey.of(m.geneText()));
      effectsByPair.computeIfAbsent(m.pmid(), k -> new HashMap<>())
          .computeIfAbsent(key(MentionKey.of(m.drugText()), MentionKey.of(m.geneText())), k -> new TreeSet<>())
          .add(m.effect() + (m.negated() ? " (negated)" : ""));
      pmids.add(m.pmid());
    }
  }

  /** Abstracts scored: every pmid with gold pairs or predictions. */
  public Set<String> pmids() {
    return pmids;
  }

  public int goldPmids() {
    return gold.size();
  }

  public GroupResult score(RelationGroup group) {
    return score(group, m -> true);
  }

  /**
   * Scores the group's predictions that {@code kept} keeps (the rules' alone, say): the gold pairs and the
   * mentions the run recognized stay those of the whole run.
   */
  public GroupResult score(RelationGroup group, java.util.function.Predicate<RunMention> kept) {
    Map<String, Map<String, PredictedPair>> predicted = new TreeMap<>();
    for (RunMention m : run) {
      if (!m.effect().equals(group.effect()) || m.negated() || !kept.test(m)) {
        continue;
      }
      PredictedPair p = predicted.computeIfAbsent(m.pmid(), k -> new TreeMap<>())
          .computeIfAbsent(key(MentionKey.of(m.drugText()), MentionKey.of(m.geneText())), k -> new PredictedPair(m));
      p.rules.add(m.rule());
      p.sentences.add(m.sentence());
    }
    List<Hit> tps = new ArrayList<>();
    List<Hit> ignored = new ArrayList<>();
    List<FalsePositive> fps = new ArrayList<>();
    List<FalseNegative> fns = new ArrayList<>();
    Map<String, int[]> rules = new TreeMap<>();
    for (var byPmid : predicted.entrySet()) {
      Map<String, GoldPair> goldHere = gold.getOrDefault(byPmid.getKey(), Map.of());
      for (var e : byPmid.getValue().entrySet()) {
        PredictedPair p = e.getValue();
        GoldPair g = goldHere.get(e.getKey());
        String rulesText = String.join(", ", p.rules);
        String sentence = p.sentences.iterator().next();
        int outcome;
        if (g != null && group.isPositive(g.relations)) {
          tps.add(new Hit(p.pmid, g.chemical, g.gene, String.join("+", g.relations), rulesText, sentence));
          outcome = 0;
        } else if (g != null && group.isNeutral(g.relations)) {
          ignored.add(new Hit(p.pmid, g.chemical, g.gene, String.join("+", g.relations), rulesText, sentence));
          outcome = 2;
        } else {
          fps.add(classify(p, g, goldHere, rulesText, sentence));
          outcome = 1;
        }
        for (String rule : p.rules) {
          rules.computeIfAbsent(rule, k -> new int[3])[outcome]++;
        }
      }
    }
    for (var byPmid : gold.entrySet()) {
      Map<String, PredictedPair> predictedHere = predicted.getOrDefault(byPmid.getKey(), Map.of());
      for (var e : byPmid.getValue().entrySet()) {
        GoldPair g = e.getValue();
        if (group.isPositive(g.relations) && !predictedHere.containsKey(e.getKey())) {
          fns.add(classify(group, g, predictedHere));
        }
      }
    }
    Map<String, Integer> kinds = new LinkedHashMap<>();
    fps.forEach(fp -> kinds.merge("FP: " + fp.kind(), 1, Integer::sum));
    fns.forEach(fn -> kinds.merge("FN: " + fn.kind(), 1, Integer::sum));
    Map<String, Integer> sortedKinds = kinds.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    return new GroupResult(group.effect(), group.positive().stream().sorted().toList(),
        Score.of(tps.size(), fps.size(), fns.size(), ignored.size()), sortedKinds, rules, tps, ignored, fps, fns);
  }

  private FalsePositive classify(PredictedPair p, GoldPair g, Map<String, GoldPair> goldHere, String rules,
      String sentence) {
    if (g != null) {
      return new FalsePositive(p.pmid, p.drugText, p.geneText, "other relation in gold",
          "gold: " + String.join("+", g.relations), rules, sentence);
    }
    for (GoldPair other : goldHere.values()) {
      if (MentionKey.nested(p.chemKey, other.chemKey) && MentionKey.nested(p.geneKey, other.geneKey)) {
        return new FalsePositive(p.pmid, p.drugText, p.geneText, "mention boundary differs from gold",
            "gold: " + other.chemical + " · " + other.gene + " (" + String.join("+", other.relations) + ")", rules,
            sentence);
      }
    }
    boolean chemInGold = goldHere.values().stream().anyMatch(o -> o.chemKey.equals(p.chemKey));
    boolean geneInGold = goldHere.values().stream().anyMatch(o -> o.geneKey.equals(p.geneKey));
    String detail = chemInGold && geneInGold ? "both mentions in other gold pairs"
        : chemInGold ? "gene mention in no gold pair" : geneInGold ? "chemical mention in no gold pair"
        : "neither mention in a gold pair";
    return new FalsePositive(p.pmid, p.drugText, p.geneText, "pair not in gold", detail, rules, sentence);
  }

  private FalseNegative classify(RelationGroup group, GoldPair g, Map<String, PredictedPair> predictedHere) {
    boolean chemSeen = recognized(chemsSeen, g.pmid, g.chemKey);
    boolean geneSeen = recognized(genesSeen, g.pmid, g.geneKey);
    Lexicons.Hit chemLex = lexicons.chemical(g.chemical);
    Lexicons.Hit geneLex = lexicons.gene(g.gene);
    String kind;
    String detail = "";
    Set<String> effects = effectsByPair.getOrDefault(g.pmid, Map.of()).getOrDefault(key(g.chemKey, g.geneKey),
        Set.of());
    PredictedPair nested = predictedHere.values().stream()
        .filter(p -> MentionKey.nested(p.chemKey, g.chemKey) && MentionKey.nested(p.geneKey, g.geneKey))
        .min(Comparator.comparing((PredictedPair p) -> p.chemKey).thenComparing(p -> p.geneKey)).orElse(null);
    if (!effects.isEmpty() && effects.stream().anyMatch(e -> !e.equals(group.effect() + " (negated)"))) {
      kind = "pair predicted with another effect";
      detail = "predicted: " + String.join(", ", effects);
    } else if (!effects.isEmpty()) {
      kind = "pair predicted but negated";
    } else if (nested != null) {
      kind = "mention boundary differs from prediction";
      detail = "predicted: " + nested.drugText + " · " + nested.geneText;
    } else if (chemSeen && geneSeen) {
      kind = "both recognized, no rule paired them";
    } else {
      String chem = chemSeen ? null : missing("chemical", chemLex);
      String gene = geneSeen ? null : missing("gene", geneLex);
      boolean chemOut = chem != null && chemLex != Lexicons.Hit.WHOLE;
      boolean geneOut = gene != null && geneLex != Lexicons.Hit.WHOLE;
      if (chemOut && geneOut) {
        kind = "neither mention in lexicon";
        detail = chem + "; " + gene;
      } else if (chemOut) {
        kind = chem;
      } else if (geneOut) {
        kind = gene;
      } else if (!entitiesWritten) {
        kind = "both in lexicon but no rule";
      } else if (chem != null && gene != null) {
        kind = "both in lexicon but not recognized";
      } else {
        kind = chem != null ? chem : gene;
      }
    }
    return new FalseNegative(g.pmid, g.chemical, g.gene, String.join("+", g.relations), kind, detail, chemSeen,
        geneSeen, chemLex.name().toLowerCase(java.util.Locale.ROOT), geneLex.name().toLowerCase(java.util.Locale.ROOT),
        g.sentences.isEmpty() ? "" : g.sentences.iterator().next());
  }

  /** Recognized: a spelling the run found in this abstract equals the mention or nests with it as whole words. */
  private static boolean recognized(Map<String, Set<String>> seen, String pmid, String key) {
    Set<String> here = seen.getOrDefault(pmid, Set.of());
    return here.contains(key) || here.stream().anyMatch(s -> MentionKey.nested(s, key));
  }

  private String missing(String what, Lexicons.Hit hit) {
    return switch (hit) {
      case NONE -> what + " not in lexicon";
      case PART -> what + " only partly in lexicon";
      case WHOLE -> entitiesWritten ? what + " in lexicon but not recognized" : what + " in lexicon";
    };
  }

  private static String key(String chemKey, String geneKey) {
    return chemKey + "\t" + geneKey;
  }
}
