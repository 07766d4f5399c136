package org.litmine.annotators.parse;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/** A tagged sentence written for a test: tokens "word/TAG" or "word/TAG/NER" separated by spaces. */
final class TaggedSentence {

  private TaggedSentence() {}

  static CoreMap of(String text) {
    List<CoreLabel> tokens = new ArrayList<>();
    for (String w : text.split(" ")) {
      String[] parts = w.split("/");
      CoreLabel token = new CoreLabel();
      token.setWord(parts[0]);
      token.setTag(parts[1]);
      token.setNER(parts.length > 2 ? parts[2] : "O");
      tokens.add(token);
    }
    CoreMap sentence = new ArrayCoreMap();
    sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
    return sentence;
  }
}
