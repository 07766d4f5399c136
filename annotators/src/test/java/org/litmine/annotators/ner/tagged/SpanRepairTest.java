package org.litmine.annotators.ner.tagged;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The repairs of a BIO tagger's spans: bracketed short forms, unbalanced brackets; IO labels left alone. */
class SpanRepairTest {

  @Test
  void aShortFormInBracketsAfterATaggedLongFormIsTaggedWhenItsLettersSpellIt() {
    assertEquals(labels("O B I I O B O O"), SpanRepair.repair(words("the tissue plasminogen activator ( TPA ) was"),
        labels("O B I I O O O O")));
    assertEquals(labels("B I I O B O"), SpanRepair.repair(words("Dopamine beta hydroxylase ( DBH )"),
        labels("B I I O O O")));
    assertEquals(labels("B I I O O O O O"), SpanRepair.repair(words("Dopamine beta hydroxylase ( DBH - 1 )"),
        labels("B I I O O O O O")), "the 1 is not in the long form");
  }

  @Test
  void aBracketedWordTheLongFormDoesNotSpellStaysUntagged() {
    List<String> labels = labels("B I O O O");
    assertEquals(labels, SpanRepair.repair(words("collagen lattices ( FPCL )"), labels));
    List<String> notShaped = labels("B I O O O");
    assertEquals(notShaped, SpanRepair.repair(words("collagen lattices ( cl )"), notShaped));
  }

  @Test
  void anUnclosedBracketTakesTheNextClosingOneOrIsDropped() {
    assertEquals(labels("B I I I O"), SpanRepair.repair(words("IL ( 6 ) ."), labels("B I I O O")));
    assertEquals(labels("B O O O"), SpanRepair.repair(words("p53 ( in cells"), labels("B I O O")));
    assertEquals(labels("O B O"), SpanRepair.repair(words(") p53 ."), labels("B I O")));
  }

  @Test
  void ioLabelsAreLeftAsTheyAre() {
    List<String> io = List.of("GENE", "GENE", "O", "O", "O");
    assertEquals(io, SpanRepair.repair(words("tissue activator ( TA )"), io));
  }

  private static List<String> words(String text) {
    return List.of(text.split(" "));
  }

  private static List<String> labels(String bio) {
    return java.util.Arrays.stream(bio.split(" ")).map(l -> l.equals("O") ? "O" : l + "-GENE").toList();
  }
}
