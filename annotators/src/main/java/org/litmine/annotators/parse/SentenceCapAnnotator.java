package org.litmine.annotators.parse;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.litmine.annotators.BioAnnotations;
import org.litmine.annotators.BioNlp;

/**
 * Splits sentences longer than {@code <name>.maxTokens} tokens into pieces of at most that many, right after
 * {@code ssplit}, so that the entity matcher, the tagger, the parser and the relation rules never see a 2,000-word
 * "sentence" made of a flattened table or a line without full stops. Relations that would span two pieces are lost;
 * what was split is counted, never silent: the annotation of the text gets {@link BioAnnotations.SplitSentencesAnnotation} (how
 * many sentences were split, absent when none).
 *
 * <p>Properties: {@code <name>.maxTokens} (default {@value #DEFAULT_MAX_TOKENS}; 0 turns splitting off). Writes:
 * a new {@code SentencesAnnotation} list with the pieces in place of the long sentences (text, character and token
 * offsets, and sentence indices renumbered; token {@code IndexAnnotation} and {@code SentenceIndexAnnotation}
 * renumbered to match). Register with {@code customAnnotatorClass.<name>} and list it after {@code ssplit}; see
 * {@link #properties}.
 */
public final class SentenceCapAnnotator implements Annotator {

  /** The annotator's name in litmine's CoreNLP properties. */
  public static final String NAME = "sentencecap";
  public static final int DEFAULT_MAX_TOKENS = 250;

  private final int maxTokens;

  public SentenceCapAnnotator(String name, Properties props) {
    String value = props.getProperty(name + ".maxTokens", Integer.toString(DEFAULT_MAX_TOKENS));
    try {
      this.maxTokens = Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + ": " + name + ".maxTokens is not a number: " + value, e);
    }
    if (maxTokens < 0) {
      throw new IllegalArgumentException(name + ": " + name + ".maxTokens cannot be negative: " + maxTokens);
    }
  }

  /**
   * The overrides of {@link BioNlp}'s properties that put this annotator after {@code ssplit} with the given cap
   * (0: no cap, and the annotator is left out).
   */
  public static Properties properties(int maxTokens) {
    Properties props = new Properties();
    if (maxTokens > 0) {
      if (!BioNlp.PARAGRAPH_ANNOTATORS.contains("ssplit,")) {
        throw new IllegalStateException(NAME + ": no ssplit to follow in " + BioNlp.PARAGRAPH_ANNOTATORS);
      }
      props.setProperty("annotators", BioNlp.PARAGRAPH_ANNOTATORS.replace("ssplit,", "ssplit," + NAME + ","));
      props.setProperty("customAnnotatorClass." + NAME, SentenceCapAnnotator.class.getName());
      props.setProperty(NAME + ".maxTokens", Integer.toString(maxTokens));
    }
    return props;
  }

  /** How many sentences were split in these annotated texts. */
  public static int splitIn(List<Annotation> annotations) {
    int split = 0;
    for (Annotation annotation : annotations) {
      Integer n = annotation.get(BioAnnotations.SplitSentencesAnnotation.class);
      split += n == null ? 0 : n;
    }
    return split;
  }

  /** The document note on what was split (none when nothing was). */
  public static List<String> notes(List<Annotation> annotations, int maxTokens) {
    int split = splitIn(annotations);
    if (split == 0) {
      return List.of();
    }
    return List.of(split + (split == 1 ? " sentence" : " sentences") + " longer than " + maxTokens
        + " tokens split into pieces for the parser (--maxSentenceTokens)");
  }

  @Override
  public void annotate(Annotation annotation) {
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (maxTokens == 0 || sentences == null) {
      return;
    }
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    List<CoreMap> result = new ArrayList<>();
    int split = 0;
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      if (tokens.size() <= maxTokens) {
        result.add(sentence);
        continue;
      }
      split++;
      int firstToken = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
      for (int from = 0; from < tokens.size(); from += maxTokens) {
        result.add(piece(sentence, text, tokens.subList(from, Math.min(tokens.size(), from + maxTokens)),
            firstToken + from));
      }
    }
    if (split == 0) {
      return;
    }
    for (int i = 0; i < result.size(); i++) {
      result.get(i).set(CoreAnnotations.SentenceIndexAnnotation.class, i);
      for (CoreLabel token : result.get(i).get(CoreAnnotations.TokensAnnotation.class)) {
        token.setSentIndex(i);
      }
    }
    annotation.set(CoreAnnotations.SentencesAnnotation.class, result);
    annotation.set(BioAnnotations.SplitSentencesAnnotation.class, split);
  }

  private static CoreMap piece(CoreMap sentence, String text, List<CoreLabel> tokens, int tokenBegin) {
    List<CoreLabel> own = new ArrayList<>(tokens);
    int begin = own.get(0).beginPosition();
    int end = own.get(own.size() - 1).endPosition();
    CoreMap piece = new ArrayCoreMap(sentence);
    piece.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
    piece.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    piece.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    piece.set(CoreAnnotations.TokensAnnotation.class, own);
    piece.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin);
    piece.set(CoreAnnotations.TokenEndAnnotation.class, tokenBegin + own.size());
    for (int i = 0; i < own.size(); i++) {
      own.get(i).setIndex(i + 1);
    }
    return piece;
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(BioAnnotations.SplitSentencesAnnotation.class);
  }
}
