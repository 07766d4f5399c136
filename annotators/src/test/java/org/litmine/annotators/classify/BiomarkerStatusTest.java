package org.litmine.annotators.classify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.litmine.annotators.ner.BioMention;
import org.litmine.annotators.ner.EntityType;

class BiomarkerStatusTest {

  private static final BiomarkerStatus STATUS = BiomarkerStatus.load(BiomarkerStatus.DEFAULT_CUES);

  /** Tokens of a text split at spaces, with their character offsets. */
  static List<CoreLabel> tokens(String text) {
    List<CoreLabel> tokens = new ArrayList<>();
    int offset = 0;
    for (String w : text.split(" ")) {
      CoreLabel token = new CoreLabel();
      token.setWord(w);
      token.setOriginalText(w);
      token.setBeginPosition(offset);
      token.setEndPosition(offset + w.length());
      tokens.add(token);
      offset += w.length() + 1;
    }
    return tokens;
  }

  /** A gene mention that is the whole {@code index}-th token of a test sentence (tokens without offsets). */
  static BioMention gene(int index) {
    return new BioMention(EntityType.GENE, "XXX", List.of("XXX"), index, index + 1, 0, 0);
  }

  private static boolean describes(String text, String gene) {
    List<CoreLabel> tokens = tokens(text);
    int at = text.indexOf(gene);
    int token = 0;
    while (tokens.get(token).endPosition() < at + gene.length()) {
      token++;
    }
    BioMention mention = new BioMention(EntityType.GENE, gene, List.of(gene), token, token + 1, at,
        at + gene.length());
    return STATUS.describes(tokens, mention);
  }

  @Test
  void statusWordsAfterTheGeneInItsTokenOrTheNextOnes() {
    assertTrue(describes("Erlotinib in patients with EGFR mutation-positive non-small-cell lung cancer", "EGFR"));
    assertTrue(describes("in ALK-positive patients", "ALK"));
    assertTrue(describes("in KRAS wild-type tumours", "KRAS"));
    assertTrue(describes("in EGFR - mutant cells", "EGFR"));
  }

  @Test
  void aGeneActedOnIsNoStatus() {
    assertFalse(describes("Erlotinib inhibits EGFR phosphorylation", "EGFR"));
    assertFalse(describes("an inhibitor of ALK positively regulated", "ALK"));
    assertFalse(describes("crizotinib inhibits ALK", "ALK"));
  }
}
