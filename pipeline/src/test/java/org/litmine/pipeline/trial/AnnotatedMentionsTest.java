package org.litmine.pipeline.trial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litmine.annotators.ner.BioMention;
import org.litmine.annotators.ner.EntityType;
import org.litmine.pipeline.trial.DrugMentions.Found;

/** How the annotators' mentions of a paper's passages are read back for the texts the trial readers look at. */
class AnnotatedMentionsTest {

  private static BioMention drug(String passage, String text, String id, String knownId) {
    int start = passage.indexOf(text);
    return new BioMention(EntityType.DRUG, text, List.of(id), 0, 0, start, start + text.length(), List.of(knownId));
  }

  @Test
  void aPieceOfAPassageGetsTheMentionsInsideItWithItsOwnOffsets() {
    String cell = "Arm B: pemetrexed plus cisplatin";
    AnnotatedMentions mentions = new AnnotatedMentions(List.of(HandMentions.passage(cell, List.of(
        drug(cell, "pemetrexed", "pemetrexed", "pemetrexed"), drug(cell, "cisplatin", "cisplatin", "cisplatin")))),
        "");
    assertEquals(List.of(new Found(5, 14, "cisplatin", "cisplatin")), mentions.find("plus cisplatin"));
    assertEquals(List.of(), mentions.find("Arm B"));
  }

  @Test
  void aPieceIsReadWhereThePaperWritesItAsWholeWords() {
    String title = "Study of gemcitabine-cisplatin versus etoposide-cisplatin";
    String sentence = "Nausea was more frequent in the gemcitabine arm.";
    AnnotatedMentions mentions = new AnnotatedMentions(List.of(HandMentions.passage(title, List.of()),
        HandMentions.passage(sentence, List.of(drug(sentence, "gemcitabine", "gemcitabine", "gemcitabine")))),
        "");
    assertEquals(List.of(new Found(0, 11, "gemcitabine", "gemcitabine")), mentions.find("gemcitabine"));
  }

  @Test
  void theDrugsOfAHyphenJoinedRegimenTheAnnotatorsDoNotSplit() {
    String title = "Gemcitabine-cisplatin versus etoposide-cisplatin";
    AnnotatedMentions mentions = new AnnotatedMentions(List.of(HandMentions.passage(title, List.of())), "");
    assertEquals(List.of("gemcitabine", "cisplatin", "etoposide", "cisplatin"),
        mentions.find(title).stream().map(Found::id).toList());
  }

  @Test
  void aTextNoPassageHoldsGetsTheDrugPartsThePaperWritesInItsHyphenJoinedWords() {
    String title = "Gemcitabine-cisplatin versus etoposide-cisplatin";
    AnnotatedMentions mentions = new AnnotatedMentions(List.of(HandMentions.passage(title, List.of())), "");
    assertEquals(List.of(new Found(0, 11, "Gemcitabine", "gemcitabine"), new Found(12, 21, "cisplatin", "cisplatin"),
        new Found(25, 34, "etoposide", "etoposide")), mentions.find("Gemcitabine-cisplatin or etoposide-ifosfamide"));
  }

  @Test
  void aTextNoPassageHoldsGetsTheNamesRecognizedElsewhereInThePaper() {
    String sentence = "Patients received pemetrexed (n = 100) or docetaxel (n = 101).";
    List<BioMention> drugs = List.of(drug(sentence, "pemetrexed", "pemetrexed", "pemetrexed"),
        drug(sentence, "docetaxel", "docetaxel", "docetaxel"));
    AnnotatedMentions mentions = new AnnotatedMentions(List.of(HandMentions.passage(sentence, drugs)), "");
    assertEquals(List.of(new Found(0, 10, "pemetrexed", "pemetrexed"), new Found(14, 23, "docetaxel", "docetaxel")),
        mentions.find("pemetrexed or docetaxel"));
  }

  @Test
  void aCodeNameWrittenBesideItsGenericNameIsTheGenericName() {
    String cell = "MK-0646";
    List<AnnotatedMentions.Passage> passages = List.of(HandMentions.passage(cell, List.of(
        drug(cell, "MK-0646", "mk0646", "dalotuzumab"))));
    assertEquals("mk0646", new AnnotatedMentions(passages, "MK-0646 was given. Dalotuzumab is an antibody.")
        .find(cell).get(0).id());
    assertEquals("dalotuzumab", new AnnotatedMentions(passages, "Dalotuzumab-MK0646 was given.")
        .find(cell).get(0).id());
  }

  @Test
  void theCancersOfATitle() {
    String title = "Erlotinib in advanced non-small-cell lung cancer";
    int start = title.indexOf("non-small-cell lung cancer");
    AnnotatedMentions mentions = new AnnotatedMentions(List.of(HandMentions.passage(title, List.of(
        new BioMention(EntityType.CANCER, "non-small-cell lung cancer", List.of("non-small cell lung cancer"), 0, 0,
            start, title.length())))), "");
    assertEquals(List.of(new Found(start, title.length(), "non-small-cell lung cancer", "non-small cell lung cancer")),
        mentions.cancers(title));
    assertEquals(List.of(), mentions.find(title));
  }
}
