package org.litmine.annotators.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.litmine.annotators.BioAnnotations;
import org.litmine.annotators.BioNlp;

/**
 * Only sentences naming a gene and a drug are parsed, and each gets the parse a pipeline that parses everything
 * gives it, whether sentences are parsed one or several at a time.
 */
class CandidateParseIT {

  private static final List<String> PARAGRAPHS = List.of(
      "Cells were grown in RPMI medium. EGFR amplification confers resistance to gefitinib in lung cancer cells. "
          + "The weather was fine.",
      "Loss of PTEN sensitized the xenografts to rapamycin and everolimus, whereas the MEK inhibitors had no effect. "
          + "KRAS and BRAF were sequenced.",
      "Trametinib reduced the expression of MCL1.");

  private static BioNlp oneAtATime;
  private static BioNlp twoAtATime;
  private static StanfordCoreNLP everything;

  @BeforeAll
  static void load() {
    oneAtATime = new BioNlp();
    Properties two = new Properties();
    two.setProperty(BioNlp.PAPER_THREADS, "2");
    twoAtATime = new BioNlp(two);
    everything = new StanfordCoreNLP(BioNlp.defaults(BioNlp.PLAIN_ANNOTATORS));
  }

  @Test
  void parsesSentencesNamingAGeneAndADrugAsAFullParseWould() {
    for (BioNlp nlp : List.of(oneAtATime, twoAtATime)) {
      List<CoreMap> sentences = sentences(nlp.annotateDocument(PARAGRAPHS));
      List<CoreMap> reference = PARAGRAPHS.stream().flatMap(p -> {
        Annotation a = new Annotation(p);
        everything.annotate(a);
        return a.get(CoreAnnotations.SentencesAnnotation.class).stream();
      }).toList();
      assertEquals(reference.size(), sentences.size());
      List<Boolean> parsed = sentences.stream().map(s -> graph(s) != null).toList();
      assertEquals(List.of(false, true, false, true, false, true), parsed);
      for (int i = 0; i < sentences.size(); i++) {
        if (parsed.get(i)) {
          assertEquals(graph(reference.get(i)).toCompactString(true), graph(sentences.get(i)).toCompactString(true));
          assertNotNull(sentences.get(i).get(CoreAnnotations.TokensAnnotation.class).get(0).tag());
        } else {
          assertNull(sentences.get(i).get(CoreAnnotations.TokensAnnotation.class).get(0).tag());
        }
      }
      assertEquals(List.of(0, 1, 0, 2, 0, 1), sentences.stream()
          .map(s -> s.get(BioAnnotations.TriplesAnnotation.class).size()).toList());
    }
  }

  @Test
  void parsesEachClauseOfAListOfClausesWithTheirOwnDrugSubjectsAsASentence() {
    CoreMap sentence = sentences(oneAtATime.annotateDocument(List.of("Abatacept binds CD80, anakinra blocks IL1R1, "
        + "and canakinumab and rilonacept neutralize IL1B in autoinflammatory disease."))).get(0);
    SemanticGraph graph = graph(sentence);
    assertEquals(List.of("binds", "blocks", "neutralize"),
        graph.getRoots().stream().sorted().map(IndexedWord::word).toList());
    IndexedWord blocks = graph.getRoots().stream().filter(r -> r.word().equals("blocks")).findFirst().orElseThrow();
    assertEquals(List.of(",/punct", "IL1R1/obj", "anakinra/nsubj"), graph.outgoingEdgeList(blocks).stream()
        .map(e -> e.getDependent().word() + "/" + e.getRelation()).sorted().toList());
  }

  @Test
  void parsesALongPaperInBatchesAsItWouldInOne() {
    List<String> genes = List.of("EGFR", "MET", "AXL", "KRAS", "PTEN", "ERBB2", "IGF1R", "MTOR");
    List<String> drugs = List.of("gefitinib", "erlotinib", "cisplatin", "rapamycin", "trametinib");
    List<String> paragraphs = new java.util.ArrayList<>();
    for (int i = 0; i < 40; i++) {
      paragraphs.add(genes.get(i % genes.size()) + " amplification confers resistance to "
          + drugs.get(i % drugs.size()) + " in these cells. The cells were counted on day " + i + ".");
    }
    List<CoreMap> one = sentences(oneAtATime.annotateDocument(paragraphs));
    List<CoreMap> two = sentences(twoAtATime.annotateDocument(paragraphs));
    assertEquals(80, one.size());
    for (int i = 0; i < one.size(); i++) {
      assertEquals(graph(one.get(i)) == null, i % 2 == 1, "only the sentence naming a gene and a drug is parsed");
      if (graph(one.get(i)) != null) {
        assertEquals(graph(one.get(i)).toCompactString(true), graph(two.get(i)).toCompactString(true));
      } else {
        assertNull(graph(two.get(i)));
      }
      assertEquals(one.get(i).get(BioAnnotations.TriplesAnnotation.class),
          two.get(i).get(BioAnnotations.TriplesAnnotation.class));
    }
  }

  private static List<CoreMap> sentences(List<Annotation> annotations) {
    return annotations.stream().flatMap(a -> a.get(CoreAnnotations.SentencesAnnotation.class).stream()).toList();
  }

  private static SemanticGraph graph(CoreMap sentence) {
    return sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
  }
}
