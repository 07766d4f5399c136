package org.litmine.annotators.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.litmine.annotators.lexicon.Lexicon;

class VerbTagRepairTest {

  private static final VerbTagRepair REPAIR = new VerbTagRepair(Lexicon.load(VerbTagRepair.DEFAULT_VERBS));

  /** Tokens written "word/TAG" or "word/TAG/NER". */
  private static CoreMap sentence(String text) {
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

  private static String tags(CoreMap sentence) {
    return sentence.get(CoreAnnotations.TokensAnnotation.class).stream().map(CoreLabel::tag)
        .collect(Collectors.joining(" "));
  }

  @Test
  void aVerbAfterADrugInASentenceWithoutFiniteVerbBecomesAVerb() {
    CoreMap s = sentence("Sunitinib/JJ/DRUG targets/NNS KIT/NN/GENE ./.");
    REPAIR.repair(s);
    assertEquals("JJ VBZ NN .", tags(s));
  }

  @Test
  void aSentenceWithAFiniteVerbIsLeftAlone() {
    CoreMap s = sentence("Sunitinib/NNP/DRUG targets/NNS were/VBD identified/VBN ./.");
    REPAIR.repair(s);
    assertEquals("NNP NNS VBD VBN .", tags(s));
  }

  @Test
  void aNounAfterAWordThatIsNoNameIsLeftAlone() {
    CoreMap s = sentence("Novel/JJ targets/NNS of/IN KIT/NN/GENE ./.");
    REPAIR.repair(s);
    assertEquals("JJ NNS IN NN .", tags(s));
  }

  @Test
  void aWordOutsideTheVerbListIsLeftAlone() {
    CoreMap s = sentence("Sunitinib/JJ/DRUG levels/NNS KIT/NN/GENE ./.");
    REPAIR.repair(s);
    assertEquals("JJ NNS NN .", tags(s));
  }
}
