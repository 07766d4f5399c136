package org.litmine.annotators.ner.tagged;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.litmine.annotators.ner.BioMention;
import org.litmine.annotators.ner.ContextVetoes;
import org.litmine.annotators.ner.EntityMatcher;
import org.litmine.annotators.ner.EntityType;
import org.litmine.annotators.ner.TestTokens;

class TrainedMentionsTest {

  private final EntityMatcher matcher = TestTokens.matcher();

  /** A tagger that proposes the given texts wherever their first word starts a token run that spells them. */
  private static TrainedMentions.Tagger proposing(EntityType type, String... names) {
    return tokens -> {
      List<TaggedSpan> spans = new ArrayList<>();
      List<WordPieces.Piece> pieces = WordPieces.of(tokens);
      for (String name : names) {
        for (int i = 0; i < pieces.size(); i++) {
          StringBuilder text = new StringBuilder();
          for (int j = i; j < pieces.size(); j++) {
            if (j > i && pieces.get(j).charBegin() > pieces.get(j - 1).charEnd()) {
              text.append(' ');
            }
            text.append(pieces.get(j).text());
            if (text.toString().equals(name)) {
              spans.add(new TaggedSpan(type, name, pieces.get(i).token(), pieces.get(j).token() + 1,
                  pieces.get(i).charBegin(), pieces.get(j).charEnd()));
              break;
            }
          }
        }
      }
      return spans;
    };
  }

  private String added(TrainedMentions trained, String spaced) {
    List<CoreLabel> tokens = TestTokens.of(spaced);
    List<BioMention> found = matcher.find(tokens);
    return TestTokens.describe(trained.find(tokens, found))
        + (trained.find(tokens, found).stream().allMatch(BioMention::grounded) ? "" : " (ungrounded)");
  }

  private TrainedMentions trained(TrainedMentions.Tagger tagger) {
    return new TrainedMentions(List.of(tagger), matcher, ContextVetoes.none(), Set.of("os", "pcr"),
        Set.of("human", "protein"), List.of("phospho-", "p"), Set.of("cells", "group"));
  }

  @Test
  void aLexiconMatchWins() {
    assertEquals("", added(trained(proposing(EntityType.GENE, "EGFR protein")), "EGFR protein was found"));
  }

  @Test
  void aProposedNameIsGroundedByTheLexiconsOnceGenericEdgeWordsGo() {
    TrainedMentions trained = trained(proposing(EntityType.GENE, "human EGFR protein"));
    List<CoreLabel> tokens = TestTokens.of("human EGFR protein was found");
    assertEquals("GENE:EGFR=EGFR", TestTokens.describe(trained.find(tokens, List.of())));
  }

  @Test
  void aProposedNameWrittenAnotherWayIsGroundedAsWritten() {
    assertEquals("GENE:tumour necrosis factor=TNF", added(trained(proposing(EntityType.GENE,
        "tumour necrosis factor")), "tumour necrosis factor was released"));
    assertEquals("GENE:interleukin-17A=IL17A", added(trained(proposing(EntityType.GENE, "interleukin-17A")),
        "they neutralize interleukin-17A"));
    assertEquals("GENE:sodium-glucose cotransporter 2=SLC5A2", added(trained(proposing(EntityType.GENE,
        "sodium-glucose cotransporter 2")), "they inhibit the sodium-glucose cotransporter 2"));
  }

  @Test
  void aPluralNameWithNumberedMembersIsGroundedToEachMember() {
    assertEquals("GENE:cyclin-dependent kinases 4 and 6=CDK4+CDK6", added(trained(proposing(EntityType.GENE,
        "cyclin-dependent kinases 4 and 6")), "an inhibitor of cyclin-dependent kinases 4 and 6 was given"));
    assertEquals("GENE:cyclin-dependent kinases 4 and 9=cyclin-dependent kinases 4 and 9 (ungrounded)",
        added(trained(proposing(EntityType.GENE, "cyclin-dependent kinases 4 and 9")),
            "an inhibitor of cyclin-dependent kinases 4 and 9 was given"));
  }

  @Test
  void whatNoLexiconGroundsKeepsItsTextAndTypeWithNoId() {
    assertEquals("GENE:Smad7=Smad7 (ungrounded)", added(trained(proposing(EntityType.GENE, "Smad7")),
        "Smad7 was found"));
    assertEquals("CHEMICAL:compound 3b=compound 3b (ungrounded)",
        added(trained(proposing(EntityType.CHEMICAL, "compound 3b")), "compound 3b inhibits EGFR"));
  }

  @Test
  void stoplistedAndImplausibleNamesAreNeverProposed() {
    assertEquals("", added(trained(proposing(EntityType.GENE, "OS", "PCR", "protein", "-")),
        "OS and PCR protein - were measured"));
  }

  @Test
  void aContextVetoRejectsAProposedName() {
    ContextVetoes vetoes = ContextVetoes.load("org/litmine/annotators/rules/entities/context_vetoes.tsv");
    TrainedMentions trained = new TrainedMentions(List.of(proposing(EntityType.GENE, "ER")), matcher, vetoes,
        Set.of(), Set.of(), List.of(), Set.of());
    List<CoreLabel> tokens = TestTokens.of("ER stress was induced");
    assertEquals("", TestTokens.describe(trained.find(tokens, List.of())));
  }

  @Test
  void aSpanInsideATokenKeepsItsOwnOffsets() {
    List<CoreLabel> tokens = TestTokens.of("Smad7-deficient cells");
    List<BioMention> added = trained(proposing(EntityType.GENE, "Smad7")).find(tokens, List.of());
    assertEquals(1, added.size());
    assertEquals(0, added.get(0).charBegin());
    assertEquals(5, added.get(0).charEnd());
    assertEquals(0, added.get(0).tokenBegin());
    assertEquals(1, added.get(0).tokenEnd());
  }

  @Test
  void oneWordAloneMustBeShapedLikeAName() {
    assertEquals(true, TrainedMentions.plausibleName("Smad7", EntityType.GENE));
    assertEquals(true, TrainedMentions.plausibleName("TCF", EntityType.GENE));
    assertEquals(true, TrainedMentions.plausibleName("protein kinase C", EntityType.GENE), "several words");
    assertEquals(false, TrainedMentions.plausibleName("tyrosine kinase", EntityType.GENE),
        "a class of enzymes, no one gene (never_names.tsv)");
    assertEquals(false, TrainedMentions.plausibleName("polymerase", EntityType.GENE));
    assertEquals(false, TrainedMentions.plausibleName("Phase", EntityType.GENE));
    assertEquals(true, TrainedMentions.plausibleName("quercetin", EntityType.CHEMICAL));
    assertEquals(false, TrainedMentions.plausibleName("None", EntityType.CHEMICAL));
    assertEquals(false, TrainedMentions.plausibleName("-", EntityType.CHEMICAL));
    assertEquals(false, TrainedMentions.plausibleName("Ala49", EntityType.GENE));
    assertEquals(false, TrainedMentions.plausibleName("Ser473", EntityType.GENE));
    assertEquals(false, TrainedMentions.plausibleName("5-50 M", EntityType.CHEMICAL));
    assertEquals(false, TrainedMentions.plausibleName("210 kDa", EntityType.GENE));
    assertEquals(false, TrainedMentions.plausibleName("Fig. 1", EntityType.GENE));
    assertEquals(false, TrainedMentions.plausibleName("monoclonal antibody", EntityType.GENE));
    assertEquals(false, TrainedMentions.plausibleName("a humanized IgG1 monoclonal antibody", EntityType.GENE));
    assertEquals(true, TrainedMentions.plausibleName("antibody-dependent kinase 2", EntityType.GENE));
    assertEquals(true, TrainedMentions.plausibleName("Serpine1", EntityType.GENE));
  }

  @Test
  void aModifiedProteinIsGroundedWithoutItsPrefix() {
    assertEquals("GENE:EGFR=EGFR", added(trained(proposing(EntityType.GENE, "pEGFR")), "pEGFR rose"));
    assertEquals("GENE:EGFR=EGFR", added(trained(proposing(EntityType.GENE, "phospho-EGFR")), "phospho-EGFR rose"));
    assertEquals("GENE:pten7=pten7 (ungrounded)", added(trained(proposing(EntityType.GENE, "pten7")), "pten7 rose"));
  }

  @Test
  void aNameBeforeAWordForCellsOrAGroupIsNoGene() {
    assertEquals("", added(trained(proposing(EntityType.GENE, "SGC7901")), "SGC7901 cells were grown"));
    assertEquals("GENE:SGC7901=SGC7901 (ungrounded)", added(trained(proposing(EntityType.GENE, "SGC7901")),
        "SGC7901 was expressed"));
  }
}
