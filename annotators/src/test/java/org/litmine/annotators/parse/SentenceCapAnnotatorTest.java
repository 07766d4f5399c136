package org.litmine.annotators.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.litmine.annotators.BioAnnotations;

/** Over-long sentences become pieces with consistent offsets and indices; the split is counted. No models load. */
class SentenceCapAnnotatorTest {

  static StanfordCoreNLP pipeline(int maxTokens) {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit," + SentenceCapAnnotator.NAME);
    props.setProperty("customAnnotatorClass." + SentenceCapAnnotator.NAME, SentenceCapAnnotator.class.getName());
    props.setProperty(SentenceCapAnnotator.NAME + ".maxTokens", Integer.toString(maxTokens));
    return new StanfordCoreNLP(props);
  }

  /** A line of ordinary words with no full stop, {@code chars} long. */
  static String longLine(int chars) {
    String[] words = "the cells were treated with cisplatin and the growth of the tumour was measured".split(" ");
    StringBuilder line = new StringBuilder(chars + 20);
    for (int i = 0; line.length() < chars; i++) {
      line.append(words[i % words.length]).append(' ');
    }
    return line.substring(0, chars);
  }

  @Test
  void splitsALongSentenceIntoPiecesWithConsistentOffsets() {
    String text = "Short one. " + longLine(2_000) + ". Another short one.";
    Annotation annotation = new Annotation(text);
    pipeline(50).annotate(annotation);
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    assertEquals(1, annotation.get(BioAnnotations.SplitSentencesAnnotation.class));
    assertTrue(sentences.size() > 3);
    int tokenIndex = 0;
    for (int i = 0; i < sentences.size(); i++) {
      CoreMap sentence = sentences.get(i);
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      assertTrue(tokens.size() <= 50);
      assertEquals(i, sentence.get(CoreAnnotations.SentenceIndexAnnotation.class));
      assertEquals(tokenIndex, sentence.get(CoreAnnotations.TokenBeginAnnotation.class));
      tokenIndex += tokens.size();
      assertEquals(tokenIndex, sentence.get(CoreAnnotations.TokenEndAnnotation.class));
      int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      assertEquals(text.substring(begin, end), sentence.get(CoreAnnotations.TextAnnotation.class));
      for (int t = 0; t < tokens.size(); t++) {
        assertEquals(t + 1, tokens.get(t).index());
        assertEquals(i, tokens.get(t).sentIndex());
      }
    }
    assertEquals(annotation.get(CoreAnnotations.TokensAnnotation.class).size(), tokenIndex, "no token lost");
    assertEquals(List.of("1 sentence longer than 50 tokens split into pieces for the parser (--maxSentenceTokens)"),
        SentenceCapAnnotator.notes(List.of(annotation), 50));
  }

  @Test
  void leavesOrdinarySentencesAlone() {
    Annotation annotation = new Annotation("IGF-IR inhibition sensitizes cancer cells to cisplatin. It works.");
    pipeline(50).annotate(annotation);
    assertEquals(2, annotation.get(CoreAnnotations.SentencesAnnotation.class).size());
    assertNull(annotation.get(BioAnnotations.SplitSentencesAnnotation.class));
    assertEquals(List.of(), SentenceCapAnnotator.notes(List.of(annotation), 50));
  }

  @Test
  void capsNothingWhenTurnedOff() {
    assertTrue(SentenceCapAnnotator.properties(0).isEmpty());
    assertTrue(SentenceCapAnnotator.properties(250).getProperty("annotators").contains("ssplit,sentencecap,bioentity"));
  }
}
