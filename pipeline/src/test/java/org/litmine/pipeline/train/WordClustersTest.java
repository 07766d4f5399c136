package org.litmine.pipeline.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordClustersTest {

  /** Genes and drugs in the same frames, many times over, in two orders. */
  private static List<List<String>> corpus() {
    List<String> genes = List.of("EGFR", "KRAS", "BRAF", "ALK");
    List<String> drugs = List.of("gefitinib", "erlotinib", "cisplatin", "sorafenib");
    List<List<String>> sentences = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String gene = genes.get(i % 4);
      String drug = drugs.get((i / 4) % 4);
      sentences.add(List.of("mutant", gene, "expression", "was", "reduced", "by", drug, "treatment", "."));
      sentences.add(List.of("the", drug, "dose", "inhibited", "the", gene, "protein", "in", "cells", "."));
    }
    return sentences;
  }

  @Test
  void wordsInTheSameFramesShareAClassAndOthersDoNot() {
    Map<String, Integer> classes = new WordClusters(8, 2, 20).cluster(corpus());
    assertEquals(classes.get("egfr"), classes.get("kras"), classes.toString());
    assertEquals(classes.get("egfr"), classes.get("alk"), classes.toString());
    assertEquals(classes.get("gefitinib"), classes.get("sorafenib"), classes.toString());
    assertNotEquals(classes.get("egfr"), classes.get("gefitinib"), classes.toString());
  }

  @Test
  void theSameTextGivesTheSameFile() {
    String first = WordClusters.lexicon(new WordClusters(5, 2, 20).cluster(corpus()));
    String second = WordClusters.lexicon(new WordClusters(5, 2, 20).cluster(corpus()));
    assertEquals(first, second);
    List<String> words = first.lines().map(l -> l.substring(0, l.indexOf('\t'))).toList();
    assertEquals(words.stream().sorted().toList(), words, "sorted by word");
    assertEquals(21, words.size(), "every word of the corpus once");
  }

  @Test
  void wordsAreKeyedAsCoreNlpLooksThemUpAndRareOnesGetNoClass() {
    assertEquals("il-9", WordClusters.key("IL-6"));
    assertEquals("p99", WordClusters.key("p53"));
    List<List<String>> text = new ArrayList<>(corpus());
    text.add(List.of("a", "hapax", "."));
    Map<String, Integer> classes = new WordClusters(5, 2, 20).cluster(text);
    assertFalse(classes.containsKey("hapax"));
    assertFalse(classes.containsKey("EGFR"));
  }
}
