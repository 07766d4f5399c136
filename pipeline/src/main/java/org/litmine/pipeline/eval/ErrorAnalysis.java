package org.litmine.pipeline.eval;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.litmine.pipeline.output.Evidence;
import org.litmine.pipeline.output.TripleRecord;

/**
 * Every false positive and false negative of a run, each given one cause.
 *
 * <p>A false negative is traced to the sentence the run extracted that is nearest to the gold sentence
 * ({@link NearestSentence}). Its cause is, in this order: <b>rule</b> when the run has the same (gene, drug) pair with
 * an effect that no gold row of the pair has (effect confusion); <b>reading</b> when the nearest sentence holds
 * less than {@value #READ_COVERAGE} of the gold sentence's words (the text was lost or mangled), or when a spelling
 * of the missed gene or drug from the gold entity list is in the gold sentence but in no form in the nearest one (the
 * reader mangled the name, as in a lost hyphen); <b>entity</b> when the gene or the drug was not recognized in that
 * sentence; else <b>rule</b> (both entities there, no triple). An entity counts
 * as recognized when one of the spellings the run found for it occurs in the sentence: the run's {@code entities.jsonl}
 * when there is one, else the mentions of the run's triple evidence (so an entity the run saw only outside triples
 * then counts as not recognized).
 *
 * <p>A false positive's cause is <b>rule</b> when the gold set has the pair with another effect (effect confusion),
 * <b>entity</b> when its gene or named drug is not in the gold entity list of the document (a wrong or spurious
 * recognition), else <b>rule</b> (right entities, no such assertion).
 */
public final class ErrorAnalysis {

  /** The minimum share of a gold sentence's words the nearest extracted sentence must hold to count as read. */
  public static final double READ_COVERAGE = 0.7;

  /** Why a triple was missed or wrongly predicted. */
  public enum Cause { READING, ENTITY, RULE;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** A false negative: the gold row, the nearest sentence the run saw, and whether it saw the gene and drug there. */
  public record Miss(TripleKey key, GoldTriple gold, NearestSentence.Found nearest, boolean geneSeen,
      boolean drugSeen, Cause cause, String detail) {}

  /** A false positive with its prediction (sentences and rules in its evidence). */
  public record FalseHit(TripleKey key, TripleRecord prediction, Cause cause, String detail) {}

  /** The counts of {@code metrics.json}: false negatives and false positives by cause. */
  @JsonPropertyOrder({"falseNegatives", "falsePositives"})
  public record Counts(Map<String, Integer> falseNegatives, Map<String, Integer> falsePositives) {}

  private final List<Miss> misses = new ArrayList<>();
  private final List<FalseHit> falseHits = new ArrayList<>();

  /**
   * @param sentences the sentences of the run's documents, per gold document
   * @param runEntities the run's entity list (empty when it wrote none)
   * @param goldEntities the gold set's entity list (empty when it has none)
   */
  public ErrorAnalysis(TripleScorer scorer, Map<String, NearestSentence> sentences, List<EntityRow> runEntities,
      boolean runHasEntities, List<EntityRow> goldEntities, Map<String, String> docToGold) {
    Map<String, Set<String>> surfaces = runHasEntities
        ? entitySurfaces(runEntities, docToGold) : evidenceSurfaces(scorer);
    Set<String> goldIds = new HashSet<>();
    goldEntities.forEach(e -> goldIds.add(e.doc() + "\t" + e.kind() + "\t" + e.id()));
    Map<String, Set<String>> goldSurfaces = entitySurfaces(goldEntities, null);
    Map<TripleKey, Set<String>> predictedEffects = effectsByPair(scorer.predictions().keySet());
    Map<TripleKey, Set<String>> goldEffects = effectsByPair(scorer.gold().keySet());
    for (TripleKey key : scorer.all().falseNegatives()) {
      GoldTriple g = scorer.goldRow(key);
      NearestSentence index = sentences.get(key.doc());
      NearestSentence.Found near = index == null ? null : index.find(g.sentence());
      String text = near == null ? null : near.sentence();
      boolean gene = seen(surfaces.get(key.doc() + "\tgene\t" + key.gene()), text);
      boolean drug = seen(surfaces.get(key.doc() + "\t" + g.drugKind() + "\t" + key.drug()), text);
      Set<String> said = predictedEffects.getOrDefault(key.pair(), Set.of());
      Set<String> other = new TreeSet<>(said);
      other.removeAll(goldEffects.getOrDefault(key.pair(), Set.of()));
      if (!other.isEmpty()) {
        misses.add(new Miss(key, g, near, gene, drug, Cause.RULE, "effect confusion: the run says "
            + String.join(", ", other)));
      } else if (near == null || near.coverage() < READ_COVERAGE) {
        misses.add(new Miss(key, g, near, gene, drug, Cause.READING, near == null ? "no text extracted"
            : String.format(Locale.ROOT, "only %.0f%% of the gold sentence's words are in the nearest sentence",
                100 * near.coverage())));
      } else if (mangled(goldSurfaces, key.doc() + "\tgene\t" + key.gene(), g.sentence(), near.sentence(), gene)) {
        misses.add(new Miss(key, g, near, false, drug, Cause.READING,
            "the gene's name in the gold sentence is not in the extracted text"));
      } else if (mangled(goldSurfaces, key.doc() + "\tdrug\t" + key.drug(), g.sentence(), near.sentence(), drug)) {
        misses.add(new Miss(key, g, near, gene, false, Cause.READING,
            "the drug's name in the gold sentence is not in the extracted text"));
      } else if (!gene || !drug) {
        String what = !gene && !drug ? "gene and drug" : !gene ? "gene" : "drug";
        misses.add(new Miss(key, g, near, gene, drug, Cause.ENTITY, what + " not recognized in the sentence"));
      } else {
        misses.add(new Miss(key, g, near, true, true, Cause.RULE, said.isEmpty()
            ? "both entities recognized, no triple" : "both entities recognized; the run found the pair only with "
            + "its other gold effect " + String.join(", ", new TreeSet<>(said))));
      }
    }
    for (TripleKey key : scorer.all().falsePositives()) {
      TripleRecord t = scorer.prediction(key);
      Set<String> goldOther = goldEffects.getOrDefault(key.pair(), Set.of());
      boolean geneKnown = goldIds.contains(key.doc() + "\tgene\t" + key.gene());
      boolean drugKnown = !"drug".equals(t.drugKind()) || goldIds.contains(key.doc() + "\tdrug\t" + key.drug());
      if (!goldOther.isEmpty()) {
        falseHits.add(new FalseHit(key, t, Cause.RULE, "effect confusion: the gold set says "
            + String.join(", ", goldOther)));
      } else if (!goldEntities.isEmpty() && (!geneKnown || !drugKnown)) {
        String what = !geneKnown ? "gene " + key.gene() : "drug " + key.drug();
        falseHits.add(new FalseHit(key, t, Cause.ENTITY, what + " is not in the gold entity list"));
      } else {
        falseHits.add(new FalseHit(key, t, Cause.RULE, "right entities, the gold set has no such assertion"));
      }
    }
  }

  private static Map<TripleKey, Set<String>> effectsByPair(Set<TripleKey> keys) {
    Map<TripleKey, Set<String>> effects = new HashMap<>();
    keys.forEach(k -> effects.computeIfAbsent(k.pair(), p -> new TreeSet<>()).add(k.effect()));
    return effects;
  }

  private static Map<String, Set<String>> entitySurfaces(List<EntityRow> rows, Map<String, String> docToGold) {
    Map<String, Set<String>> surfaces = new HashMap<>();
    for (EntityRow r : rows) {
      String doc = docToGold == null ? r.doc() : docToGold.get(r.doc());
      if (doc != null) {
        Set<String> s = surfaces.computeIfAbsent(doc + "\t" + r.kind() + "\t" + r.id(), k -> new HashSet<>());
        s.addAll(r.surfaces());
      }
    }
    return surfaces;
  }

  private static Map<String, Set<String>> evidenceSurfaces(TripleScorer scorer) {
    Map<String, Set<String>> surfaces = new HashMap<>();
    List<Map.Entry<TripleKey, TripleRecord>> all = new ArrayList<>(scorer.predictions().entrySet());
    all.addAll(scorer.negated().entrySet());
    for (Map.Entry<TripleKey, TripleRecord> e : all) {
      TripleKey k = e.getKey();
      for (Evidence ev : e.getValue().evidence()) {
        surfaces.computeIfAbsent(k.doc() + "\tgene\t" + k.gene(), x -> new HashSet<>()).add(ev.geneText());
        surfaces.computeIfAbsent(k.doc() + "\t" + e.getValue().drugKind() + "\t" + k.drug(), x -> new HashSet<>())
            .add(ev.drugText());
      }
    }
    return surfaces;
  }

  /** Whether an entity the run did not see is named in the gold sentence but in no gold spelling in the nearest. */
  private static boolean mangled(Map<String, Set<String>> goldSurfaces, String entity, String goldSentence,
      String nearest, boolean seen) {
    Set<String> names = goldSurfaces.get(entity);
    return !seen && names != null && seen(names, goldSentence) && !seen(names, nearest);
  }

  private static boolean seen(Set<String> surfaces, String sentence) {
    return surfaces != null && sentence != null
        && surfaces.stream().anyMatch(s -> NearestSentence.mentions(sentence, s));
  }

  public List<Miss> misses() {
    return List.copyOf(misses);
  }

  public List<FalseHit> falseHits() {
    return List.copyOf(falseHits);
  }

  public Counts counts() {
    Map<String, Integer> fn = new LinkedHashMap<>();
    Map<String, Integer> fp = new LinkedHashMap<>();
    for (Cause c : Cause.values()) {
      fn.put(c.toString(), (int) misses.stream().filter(m -> m.cause() == c).count());
      fp.put(c.toString(), (int) falseHits.stream().filter(f -> f.cause() == c).count());
    }
    return new Counts(fn, fp);
  }
}
