package org.litmine.pipeline.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.litmine.annotators.BioAnnotations;
import org.litmine.annotators.ner.BioMention;
import org.litmine.annotators.ner.EntityType;

class LabelledMentionsTest {

  private static final String TEXT = "Zorbatinib blocks FOO kinase and BAR .";

  /** The sentence of TEXT, tokens at their offsets, with the given mentions. */
  private static CoreMap sentence(List<BioMention> mentions) {
    List<CoreLabel> tokens = new ArrayList<>();
    int at = 0;
    for (String w : TEXT.split(" ")) {
      CoreLabel t = new CoreLabel();
      t.setWord(w);
      t.setBeginPosition(at);
      t.setEndPosition(at + w.length());
      tokens.add(t);
      at += w.length() + 1;
    }
    CoreMap s = new ArrayCoreMap();
    s.set(CoreAnnotations.TokensAnnotation.class, tokens);
    s.set(BioAnnotations.BioMentionsAnnotation.class, mentions);
    return s;
  }

  private static LabelledText text(LabelledPair... pairs) {
    return new LabelledText("chemprot", "g", TEXT, List.of(pairs));
  }

  @Test
  void aLabelledGeneBesideAFoundDrugIsAddedAsAGene() {
    BioMention drug = new BioMention(EntityType.DRUG, "Zorbatinib", List.of("zorbatinib"), 0, 1, 0, 10);
    CoreMap s = sentence(List.of(drug));
    List<BioMention> added = LabelledMentions.add(text(new LabelledPair(List.of(new Span(0, 10)),
        List.of(new Span(18, 28)), "INHIBITOR")), List.of(s));
    assertEquals(1, added.size());
    List<BioMention> mentions = s.get(BioAnnotations.BioMentionsAnnotation.class);
    assertEquals(2, mentions.size());
    BioMention gene = mentions.get(1);
    assertEquals(added.get(0), gene);
    assertEquals(EntityType.GENE, gene.type());
    assertEquals("FOO kinase", gene.text());
    assertEquals(List.of(2, 4), List.of(gene.tokenBegin(), gene.tokenEnd()));
    assertEquals("GENE", s.get(CoreAnnotations.TokensAnnotation.class).get(3).ner());
  }

  @Test
  void nothingIsAddedWhereNeitherOrBothMentionsWereFound() {
    CoreMap none = sentence(List.of());
    LabelledPair pair = new LabelledPair(List.of(new Span(0, 10)), List.of(new Span(33, 36)), "INHIBITOR");
    assertEquals(List.of(), LabelledMentions.add(text(pair), List.of(none)));
    CoreMap both = sentence(List.of(
        new BioMention(EntityType.DRUG, "Zorbatinib", List.of("zorbatinib"), 0, 1, 0, 10),
        new BioMention(EntityType.GENE, "BAR", List.of("BAR"), 5, 6, 33, 36)));
    assertEquals(List.of(), LabelledMentions.add(text(pair), List.of(both)));
    assertEquals(2, both.get(BioAnnotations.BioMentionsAnnotation.class).size());
  }
}
