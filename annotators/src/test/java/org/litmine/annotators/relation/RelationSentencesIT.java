package org.litmine.annotators.relation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.litmine.annotators.BioAnnotations;
import org.litmine.annotators.BioNlp;

/**
 * Sentence-driven rule tests: each line of {@code sentences.tsv} is a sentence written for these tests, the
 * triples it must yield and the triples it must not yield. Runs the real CoreNLP models and bundled lexicons.
 *
 * <p>A triple is written {@code GENE drug effect} plus {@code negated} and/or {@code hedged} where they hold (a gene
 * family's triple by its lowercase family id: {@code cyclooxygenase indomethacin inhibits});
 * several are separated by {@code ;}. A must-not triple matches whatever its flags. The rules run alone here (no
 * trained classifier): these sentences test the rules; the classifier is measured on held-out folds
 * ({@code ./litmine train}, the model cards).
 */
class RelationSentencesIT {

  private static final String FILE = "org/litmine/annotators/relation/sentences.tsv";
  private static BioNlp nlp;

  @BeforeAll
  static void loadModels() {
    java.util.Properties rulesAlone = new java.util.Properties();
    rulesAlone.setProperty("biorelation.classifier.models", "");
    nlp = new BioNlp(rulesAlone);
  }

  record Case(int line, String sentence, List<String> must, List<String> mustNot) {}

  @TestFactory
  Stream<DynamicTest> eachSentenceYieldsItsTriples() throws IOException {
    return cases().stream().map(c -> DynamicTest.dynamicTest("line " + c.line() + ": " + c.sentence(), () -> {
      Set<String> found = triples(c.sentence());
      for (String expected : c.must()) {
        assertTrue(found.contains(expected), "missing [" + expected + "]; found " + found);
      }
      for (String forbidden : c.mustNot()) {
        assertTrue(found.stream().noneMatch(f -> f.equals(forbidden) || f.startsWith(forbidden + " ")),
            "must not yield [" + forbidden + "]; found " + found);
      }
    }));
  }

  private static Set<String> triples(String sentence) {
    Set<String> found = new TreeSet<>();
    Annotation annotation = nlp.annotate(sentence);
    for (CoreMap s : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      for (TripleMention t : s.get(BioAnnotations.TriplesAnnotation.class)) {
        found.add(t.gene() + " " + t.drug() + " " + t.effect().label() + (t.negated() ? " negated" : "")
            + (t.hedged() ? " hedged" : ""));
      }
    }
    return found;
  }

  static List<Case> cases() throws IOException {
    List<Case> cases = new ArrayList<>();
    try (InputStream in = RelationSentencesIT.class.getClassLoader().getResourceAsStream(FILE)) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].isBlank() || lines[i].startsWith("#")) {
          continue;
        }
        String[] cols = lines[i].split("\t", -1);
        cases.add(new Case(i + 1, cols[0], split(cols.length > 1 ? cols[1] : ""), split(cols.length > 2 ? cols[2] : "")));
      }
    }
    return cases;
  }

  private static List<String> split(String column) {
    List<String> triples = new ArrayList<>();
    for (String t : column.split(";")) {
      if (!t.isBlank()) {
        triples.add(t.strip().replaceAll("\\s+", " "));
      }
    }
    return triples;
  }
}
