package org.litmine.pipeline.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class IobCorpusTest {

  private static final String TEXT = """
      Loss\tO
      of\tO
      S\tB-GENE
      -\tI-GENE
      100\tI-GENE
      and\tO
      p53\tB-GENE
      protein\tI-GENE
      Bcl\tB-GENE
      -\tI-GENE
      2\tI-GENE

      No\tO
      genes\tO


      cyclin\tI-GENE
      D1\tI-GENE
      """;

  @Test
  void readsSentencesBetweenBlankLinesWithTheirMentions() {
    List<IobCorpus.Sentence> sentences = IobCorpus.read(TEXT, "inline");
    assertEquals(3, sentences.size());
    IobCorpus.Sentence first = sentences.get(0);
    assertEquals(List.of("Loss", "of", "S", "-", "100", "and", "p53", "protein", "Bcl", "-", "2"), first.words());
    assertEquals(List.of(new MentionScores.Mention(2, 5), new MentionScores.Mention(6, 8),
        new MentionScores.Mention(8, 11)), first.mentions());
    assertEquals(List.of(), sentences.get(1).mentions());
    // I- after O (or at the start) opens a mention.
    assertEquals(List.of(new MentionScores.Mention(0, 2)), sentences.get(2).mentions());
    assertEquals(4, IobCorpus.mentionCount(sentences));
  }

  @Test
  void ioLabelsRunAdjacentMentionsTogether() {
    IobCorpus.Sentence first = IobCorpus.read(TEXT, "inline").get(0);
    assertEquals(List.of("O", "O", "GENE", "GENE", "GENE", "O", "GENE", "GENE", "GENE", "GENE", "GENE"),
        first.ioLabels("GENE"));
  }

  @Test
  void bioLabelsKeepAdjacentMentionsApart() {
    IobCorpus.Sentence first = IobCorpus.read(TEXT, "inline").get(0);
    List<String> bio = first.bioLabels("GENE");
    assertEquals(List.of("O", "O", "B-GENE", "I-GENE", "I-GENE", "O", "B-GENE", "I-GENE", "B-GENE", "I-GENE",
        "I-GENE"), bio);
    assertEquals(first.mentions(), MentionScores.spansOfLabels(bio));
  }

  @Test
  void aLineWithoutATagFailsNamingTheLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> IobCorpus.read("a\tO\nb O\n", "x.tsv"));
    assertTrue(e.getMessage().startsWith("x.tsv:2: "), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> IobCorpus.read("a\tGENE\n", "x.tsv"));
  }
}
