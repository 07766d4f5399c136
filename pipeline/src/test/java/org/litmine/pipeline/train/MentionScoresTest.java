package org.litmine.pipeline.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MentionScoresTest {

  @Test
  void onlyExactSpansCount() {
    // gold: [1,3) and [4,5); predicted: [1,3) right, [4,6) too long, [7,8) spurious
    MentionScores s = MentionScores.of(
        List.of("O", "B-GENE", "I-GENE", "O", "B-GENE", "O", "O", "O"),
        List.of("O", "GENE", "GENE", "O", "GENE", "GENE", "O", "GENE"));
    assertEquals(new MentionScores(2, 3, 1), s);
    assertEquals(1 / 3.0, s.precision(), 1e-9);
    assertEquals(0.5, s.recall(), 1e-9);
    assertEquals(0.4, s.f1(), 1e-9);
  }

  @Test
  void adjacentGoldMentionsRunTogetherAreOneWrongAndTwoMissed() {
    MentionScores s = MentionScores.of(List.of("B-Chemical", "B-Chemical", "O"),
        List.of("CHEMICAL", "CHEMICAL", "O"));
    assertEquals(new MentionScores(2, 1, 0), s);
    assertEquals(0.0, s.f1());
  }

  @Test
  void aBioTaggerSeparatesAdjacentMentions() {
    MentionScores s = MentionScores.of(List.of("B-GENE", "I-GENE", "B-GENE", "O", "I-GENE"),
        List.of("B-GENE", "I-GENE", "B-GENE", "O", "I-GENE"));
    assertEquals(new MentionScores(3, 3, 3), s);
  }

  @Test
  void sentencesAddUp() {
    MentionScores a = MentionScores.of(List.of("B-GENE", "O"), List.of("GENE", "O"));
    MentionScores b = MentionScores.of(List.of("O", "I-GENE"), List.of("O", "O"));
    MentionScores total = a.plus(b);
    assertEquals(new MentionScores(2, 1, 1), total);
    assertEquals(1.0, total.precision());
    assertEquals(0.5, total.recall());
    assertEquals(2 / 3.0, total.f1(), 1e-9);
    assertEquals(0.0, new MentionScores(0, 0, 0).f1());
  }
}
