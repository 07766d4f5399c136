package org.litmine.annotators.ner.tagged;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.litmine.annotators.ner.TestTokens;

class WordPiecesTest {

  private static String pieces(String spaced) {
    return WordPieces.of(TestTokens.of(spaced)).stream()
        .map(p -> p.text() + "@" + p.token() + ":" + p.charBegin() + "-" + p.charEnd())
        .collect(Collectors.joining(" "));
  }

  @Test
  void cutsTokensAsTheTrainingCorporaAre() {
    assertEquals("IGF@0:0-3 -@0:3-4 IR@0:4-6 binds@1:7-12", pieces("IGF-IR binds"));
    assertEquals("S@0:0-1 -@0:1-2 100@0:2-5 (@1:6-7 +@1:7-8 )@1:8-9", pieces("S-100 (+)"));
    assertEquals("p110α@0:0-5", pieces("p110α"));
  }

  @Test
  void noTokensNoPieces() {
    assertEquals(List.of(), WordPieces.of(List.of()));
  }
}
