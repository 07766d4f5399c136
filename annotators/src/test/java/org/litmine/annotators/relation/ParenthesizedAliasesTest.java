package org.litmine.annotators.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.litmine.annotators.ner.BioMention;
import org.litmine.annotators.ner.EntityType;

class ParenthesizedAliasesTest {

  private static IntFunction<String> words(String... words) {
    return i -> i >= 0 && i < words.length ? words[i] : null;
  }

  private static BioMention at(EntityType type, String text, String id, int token) {
    return new BioMention(type, text, List.of(id), token, token + 1, 0, 0);
  }

  @Test
  void aShortFormInParenthesesAndItsLongFormAreEachOthersAlias() {
    // "trimethoprim ( TMP ) , an inhibitor of DHFR"
    IntFunction<String> words = words("trimethoprim", "(", "TMP", ")", ",", "an", "inhibitor", "of", "DHFR");
    BioMention inn = at(EntityType.DRUG, "trimethoprim", "trimethoprim", 0);
    BioMention abbreviation = at(EntityType.DRUG, "TMP", "trimethoprim", 2);
    List<BioMention> mentions = List.of(inn, abbreviation);
    assertEquals(abbreviation, ParenthesizedAliases.of(inn, mentions, words));
    assertEquals(inn, ParenthesizedAliases.of(abbreviation, mentions, words));
  }

  @Test
  void aParenthesisGoingOnAfterACommaStillHoldsAnAlias() {
    // "orvepitant ( GW823296 , 10 mg )"
    IntFunction<String> words = words("orvepitant", "(", "GW823296", ",", "10", "mg", ")");
    BioMention inn = at(EntityType.DRUG, "orvepitant", "orvepitant", 0);
    BioMention code = at(EntityType.CHEMICAL, "GW823296", "orvepitant", 2);
    assertEquals(code, ParenthesizedAliases.of(inn, List.of(inn, code), words));
  }

  @Test
  void anotherEntityOrAMentionNotRightBesideIsNoAlias() {
    // "gefitinib ( EGFR ) and erlotinib ( gefitinib analogue )"
    IntFunction<String> words = words("gefitinib", "(", "EGFR", ")", "and", "erlotinib", "(", "gefitinib",
        "analogue", ")");
    BioMention drug = at(EntityType.DRUG, "gefitinib", "gefitinib", 0);
    BioMention gene = at(EntityType.GENE, "EGFR", "EGFR", 2);
    BioMention other = at(EntityType.DRUG, "erlotinib", "erlotinib", 5);
    BioMention inner = at(EntityType.DRUG, "Gefitinib", "gefitinib", 7);
    List<BioMention> mentions = List.of(drug, gene, other, inner);
    assertNull(ParenthesizedAliases.of(drug, mentions, words), "EGFR names another entity");
    assertNull(ParenthesizedAliases.of(other, mentions, words), "gefitinib is another drug");
    assertNull(ParenthesizedAliases.of(inner, mentions, words), "not closed right after it");
  }
}
