package org.litmine.annotators.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.litmine.annotators.lexicon.Lexicon;
import org.litmine.annotators.relation.Effect;

class PredictiveDirectionTest {

  private static final PredictiveDirection DIRECTION = new PredictiveDirection(
      Lexicon.load("org/litmine/annotators/rules/cues/predictive-direction.tsv"));

  /** A sentence of whitespace tokens whose lemmas are given where they differ from the word ("word/lemma"). */
  static CoreMap sentence(String text) {
    List<CoreLabel> tokens = new ArrayList<>();
    for (String w : text.split(" ")) {
      CoreLabel token = new CoreLabel();
      String[] parts = w.split("/");
      token.setWord(parts[0]);
      token.setLemma(parts.length > 1 ? parts[1] : parts[0]);
      tokens.add(token);
    }
    CoreMap sentence = new ArrayCoreMap();
    sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
    return sentence;
  }

  @Test
  void aResistanceWordMakesResistance() {
    assertEquals(Effect.RESISTANCE, DIRECTION.of(sentence("KRAS mutations/mutation were/be associated/associate "
        + "with resistance to cetuximab")));
    assertEquals(Effect.RESISTANCE, DIRECTION.of(sentence("cells harbouring T790M were/be resistant to erlotinib")));
  }

  @Test
  void overcomingOrReversingResistanceMakesSensitizes() {
    assertEquals(Effect.SENSITIZES, DIRECTION.of(sentence("MET inhibition overcomes/overcome resistance to "
        + "gefitinib")));
    assertEquals(Effect.SENSITIZES, DIRECTION.of(sentence("IGF1R blockade sensitized/sensitize cells to cisplatin")));
  }

  @Test
  void losingTheGeneWithASensitivityWordMakesSensitizes() {
    assertEquals(Effect.SENSITIZES, DIRECTION.of(sentence("knockdown of AXL increased/increase sensitivity to "
        + "erlotinib")));
  }

  @Test
  void aReducedSensitivityIsResistance() {
    assertEquals(Effect.RESISTANCE, DIRECTION.of(sentence("overexpression of ABCB1 reduced/reduce sensitivity to "
        + "paclitaxel")));
    assertEquals(Effect.RESISTANCE, DIRECTION.of(sentence("NRAS-mutant cells were/be less sensitive to vemurafenib")));
    assertEquals(Effect.RESISTANCE, DIRECTION.of(sentence("KRAS mutations/mutation predicted/predict poor response "
        + "to cetuximab")));
  }

  @Test
  void aReductionFarFromTheSensitivityWordChangesNothing() {
    assertEquals(Effect.RESPONSE, DIRECTION.of(sentence("gefitinib reduced/reduce tumour growth and EGFR mutations/"
        + "mutation predicted/predict sensitivity")));
  }

  @Test
  void anythingElseIsResponse() {
    assertEquals(Effect.RESPONSE, DIRECTION.of(sentence("EGFR-mutant tumours are/be sensitive to gefitinib")));
    assertEquals(Effect.RESPONSE, DIRECTION.of(sentence("high PTEN predicted/predict benefit from trastuzumab")));
    assertEquals(Effect.RESPONSE, DIRECTION.of(sentence("BRAF status was/be recorded/record before vemurafenib")));
  }
}
