package org.litmine.annotators.ner.tagged;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CRFCliqueTree;
import edu.stanford.nlp.ie.crf.TestSequenceModel;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.ExactBestSequenceFinder;
import edu.stanford.nlp.sequences.ObjectBankWrapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The mention spans CRF taggers give a sentence's words: one model's, or a forward and a backward model's joined.
 *
 * <p>One model: the runs of its best labels that are not {@code O}, a {@code B-} label starting a new run (IO or
 * BIO labels), as {@code classifySentence} labels the words. Two models, both with BIO labels, one trained on the
 * sentences in reading order and one on them reversed (the backward model's {@code B-} label is on a mention's last
 * word), as Gimli joins its two models (Campos et al. 2013): each proposes the spans of its best labels; a proposed
 * span's score is the mean of the two models' probabilities that exactly its words are one mention (a {@code B-}
 * label on its first word, {@code I-} on the others, none on the word after it: the models' marginals); spans scoring
 * at least {@link #MIN_SCORE} are kept, the higher first where two overlap. The threshold was chosen on the BC2GM devel
 * split (the gene card, {@code org/litmine/annotators/models/genes.card.md}).
 *
 * <p>A model reads a sentence's features once: its clique tree gives both the best labels (Viterbi, as
 * {@code classifySentence}) and the marginals. Tagging keeps no state and is safe from several threads.
 */
public final class CrfSpans {

  /** A mention's words in its sentence, {@code end} exclusive. */
  public record Span(int start, int end) {}

  /** The least score a span of two models keeps (chosen on BC2GM devel). */
  public static final double MIN_SCORE = 0.4;

  private final CRFClassifier<CoreLabel> forward;
  private final CRFClassifier<CoreLabel> backward;
  private final String label;

  private CrfSpans(CRFClassifier<CoreLabel> forward, CRFClassifier<CoreLabel> backward, String label) {
    this.forward = forward;
    this.backward = backward;
    this.label = label;
  }

  /** One model's spans. */
  public static CrfSpans of(CRFClassifier<CoreLabel> model) {
    return new CrfSpans(model, null, null);
  }

  /**
   * A forward and a backward model's spans joined; both label mentions {@code B-label} and {@code I-label}.
   *
   * @throws IllegalArgumentException if a model lacks those labels
   */
  public static CrfSpans of(CRFClassifier<CoreLabel> forward, CRFClassifier<CoreLabel> backward, String label) {
    for (CRFClassifier<CoreLabel> model : List.of(forward, backward)) {
      if (!model.labels().containsAll(List.of("B-" + label, "I-" + label))) {
        throw new IllegalArgumentException("a forward and a backward tagger need BIO labels B-" + label + " and I-"
            + label + "; a model has " + model.labels());
      }
    }
    return new CrfSpans(forward, backward, label);
  }

  /** Whether a backward model joins the forward one. */
  public boolean twoWay() {
    return backward != null;
  }

  /** The mention spans of the words, in order. */
  public List<Span> spans(List<String> words) {
    if (words.isEmpty()) {
      return List.of();
    }
    Tagging ahead = Tagging.of(forward, words);
    if (backward == null) {
      return ofLabels(ahead.labels());
    }
    List<String> reversed = new ArrayList<>(words);
    Collections.reverse(reversed);
    Tagging back = Tagging.of(backward, reversed);
    int n = words.size();
    Set<Span> proposed = new LinkedHashSet<>(ofLabels(ahead.labels()));
    for (Span s : ofLabels(back.labels())) {
      proposed.add(new Span(n - s.end(), n - s.start()));
    }
    List<Scored> scored = new ArrayList<>();
    for (Span s : proposed) {
      double score = (ahead.mention(s.start(), s.end(), label) + back.mention(n - s.end(), n - s.start(), label)) / 2;
      if (score >= MIN_SCORE) {
        scored.add(new Scored(s, score));
      }
    }
    scored.sort(Comparator.comparingDouble(Scored::score).reversed()
        .thenComparingInt(x -> x.span().start()).thenComparingInt(x -> x.span().end()));
    List<Span> kept = new ArrayList<>();
    for (Scored x : scored) {
      if (kept.stream().noneMatch(k -> x.span().start() < k.end() && k.start() < x.span().end())) {
        kept.add(x.span());
      }
    }
    kept.sort(Comparator.comparingInt(Span::start));
    return kept;
  }

  /** The best labels of the words, as {@code classifySentence} gives them (one model, read in the given order). */
  public static List<String> labels(CRFClassifier<CoreLabel> model, List<String> words) {
    return words.isEmpty() ? List.of() : Tagging.of(model, words).labels();
  }

  /** Spans of IO or BIO labels: each maximal run of labels other than {@code O}, cut before a {@code B-}. */
  public static List<Span> ofLabels(List<String> labels) {
    List<Span> spans = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= labels.size(); i++) {
      boolean inside = i < labels.size() && !labels.get(i).equals("O");
      if (start >= 0 && (!inside || labels.get(i).startsWith("B-"))) {
        spans.add(new Span(start, i));
        start = -1;
      }
      if (inside && start < 0) {
        start = i;
      }
    }
    return spans;
  }

  private record Scored(Span span, double score) {}

  /** One model's clique tree over a sentence: its best labels and its marginals. */
  private record Tagging(CRFCliqueTree<String> tree, List<String> labels) {

    static Tagging of(CRFClassifier<CoreLabel> model, List<String> words) {
      // the words as classifySentence prepares them: the word shapes and known lower-case words the features read
      List<CoreLabel> document = new ArrayList<>(words.size());
      for (int i = 0; i < words.size(); i++) {
        CoreLabel word = new CoreLabel();
        word.set(CoreAnnotations.TextAnnotation.class, words.get(i));
        word.set(CoreAnnotations.PositionAnnotation.class, Integer.toString(i));
        word.set(CoreAnnotations.AnswerAnnotation.class, model.flags.backgroundSymbol);
        document.add(word);
      }
      new ObjectBankWrapper<CoreLabel>(model.flags, null, model.getKnownLCWords()).processDocument(document);
      CRFCliqueTree<String> tree = model.getCliqueTree(document);
      int[] best = new ExactBestSequenceFinder().bestSequence(new TestSequenceModel(tree));
      List<String> labels = new ArrayList<>(words.size());
      for (int i = 0; i < words.size(); i++) {
        labels.add(tree.classIndex().get(best[i + tree.window() - 1]));
      }
      return new Tagging(tree, labels);
    }

    /** The probability that the words {@code [start, end)} are exactly one mention. */
    double mention(int start, int end, String label) {
      int b = tree.classIndex().indexOf("B-" + label);
      int in = tree.classIndex().indexOf("I-" + label);
      int[] labels = new int[end - start + 1];
      Arrays.fill(labels, in);
      labels[0] = b;
      double inside = sequence(start, labels, end - start);
      return end >= tree.length() ? inside : Math.max(0, inside - sequence(start, labels, end - start + 1));
    }

    /** The probability of the first {@code k} labels from {@code start} on, by the chain rule over the window. */
    private double sequence(int start, int[] labels, int k) {
      int window = tree.window();
      int first = Math.min(k, window);
      double p = tree.prob(start + first - 1, Arrays.copyOfRange(labels, 0, first));
      for (int i = first; i < k; i++) {
        p *= tree.condProbGivenPrevious(start + i, labels[i], Arrays.copyOfRange(labels, i - window + 1, i));
      }
      return p;
    }
  }
}
