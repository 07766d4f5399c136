package org.litmine.annotators.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litmine.annotators.ner.BioMention;
import org.litmine.annotators.ner.EntityType;

class CandidatePairTest {

  private static BioMention mention(EntityType type, String text, int begin, int end) {
    return new BioMention(type, text, List.of(text.toLowerCase()), begin, end, begin * 5, end * 5);
  }

  @Test
  void everyGeneOrFamilyPairsWithEveryDrugChemicalOrClassItDoesNotOverlap() {
    BioMention egfr = mention(EntityType.GENE, "EGFR", 0, 1);
    BioMention pi3k = mention(EntityType.FAMILY, "PI3K", 2, 3);
    BioMention gefitinib = mention(EntityType.DRUG, "gefitinib", 5, 6);
    BioMention caffeine = mention(EntityType.CHEMICAL, "caffeine", 7, 8);
    BioMention egfrInhibitor = mention(EntityType.DRUG_CLASS, "EGFR inhibitor", 0, 2);
    BioMention cancer = mention(EntityType.CANCER, "NSCLC", 9, 10);
    List<CandidatePair> pairs = CandidatePair.of(List.of(egfr, pi3k, gefitinib, caffeine, egfrInhibitor, cancer));
    assertEquals(List.of(new CandidatePair(egfr, gefitinib), new CandidatePair(egfr, caffeine),
        new CandidatePair(pi3k, gefitinib), new CandidatePair(pi3k, caffeine), new CandidatePair(pi3k, egfrInhibitor)),
        pairs);
  }

  @Test
  void noMentionsNoPairs() {
    assertEquals(List.of(), CandidatePair.of(null));
    assertEquals(List.of(), CandidatePair.of(List.of(mention(EntityType.GENE, "EGFR", 0, 1))));
  }
}
