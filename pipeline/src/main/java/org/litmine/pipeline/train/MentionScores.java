package org.litmine.pipeline.train;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Strict mention scores: a predicted mention is right when its token span equals a gold mention's exactly. Gold
 * mentions come from IOB tags ({@link #spansOfIob}), predicted ones from a tagger's IO or BIO labels
 * ({@link #spansOfLabels}: a maximal run of tokens not labelled {@code O}, a {@code B-} label starting a new one), so
 * two adjacent gold mentions that an IO tagger labels as one run count as one false positive and two misses.
 */
public record MentionScores(int gold, int predicted, int correct) {

  /** A mention's token span in its sentence, end exclusive. */
  public record Mention(int start, int end) {}

  public double precision() {
    return predicted == 0 ? 0 : (double) correct / predicted;
  }

  public double recall() {
    return gold == 0 ? 0 : (double) correct / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public MentionScores plus(MentionScores other) {
    return new MentionScores(gold + other.gold, predicted + other.predicted, correct + other.correct);
  }

  /** The scores of one sentence: its gold IOB tags against the IO or BIO labels a tagger gave its tokens. */
  public static MentionScores of(List<String> goldIob, List<String> predictedLabels) {
    if (goldIob.size() != predictedLabels.size()) {
      throw new IllegalArgumentException(goldIob.size() + " gold tags but " + predictedLabels.size() + " labels");
    }
    List<Mention> gold = spansOfIob(goldIob);
    List<Mention> predicted = spansOfLabels(predictedLabels);
    Set<Mention> goldSet = new HashSet<>(gold);
    int correct = (int) predicted.stream().filter(goldSet::contains).count();
    return new MentionScores(gold.size(), predicted.size(), correct);
  }

  /** Mentions of IOB tags: {@code B-} starts one, {@code I-} continues one (or starts one after {@code O}). */
  public static List<Mention> spansOfIob(List<String> tags) {
    List<Mention> spans = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      if (start >= 0 && !tag.startsWith("I-")) {
        spans.add(new Mention(start, i));
        start = -1;
      }
      if (start < 0 && !tag.equals("O")) {
        start = i;
      }
    }
    return spans;
  }

  /** Mentions of IO or BIO labels: each maximal run of tokens whose label is not {@code O}, cut before a {@code B-}. */
  public static List<Mention> spansOfLabels(List<String> labels) {
    List<Mention> spans = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= labels.size(); i++) {
      boolean inside = i < labels.size() && !labels.get(i).equals("O");
      boolean begins = inside && labels.get(i).startsWith("B-");
      if (start >= 0 && (!inside || begins)) {
        spans.add(new Mention(start, i));
        start = -1;
      }
      if (inside && start < 0) {
        start = i;
      }
    }
    return spans;
  }
}
