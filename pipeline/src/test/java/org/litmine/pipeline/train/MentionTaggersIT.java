package org.litmine.pipeline.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Trains the chemical tagger's real flags on a slice of its real corpus twice (the same bytes), loads the model from
 * a stream as the runtime annotator does and tags a sentence; does the same for the gene tagger, whose word clusters
 * the model must keep; and loads both committed models from the classpath.
 */
class MentionTaggersIT {

  private static final Path SHARED = Path.of("../../shared");

  private static final String MODELS = "/org/litmine/annotators/models/";

  @Test
  void aSliceTrainsToTheSameBytesTwiceAndTagsAfterLoading() throws Exception {
    TaggerSpec spec = TaggerSpec.load("chemicals");
    List<IobCorpus.Sentence> slice = IobCorpus.read(SHARED.resolve(spec.corpus()).resolve("train.tsv"))
        .subList(0, 300);
    byte[] first = MentionTaggers.serialize(MentionTaggers.train(spec, slice));
    byte[] second = MentionTaggers.serialize(MentionTaggers.train(spec, slice));
    assertArrayEquals(first, second);
    assertEquals(0, first[4] | first[5] | first[6] | first[7], "gzip header carries no time");

    CRFClassifier<CoreLabel> loaded = MentionTaggers.load(new ByteArrayInputStream(first));
    List<String> labels = MentionTaggers.tag(loaded, words("Naloxone reverses the antihypertensive effect of "
        + "clonidine ."));
    assertEquals(8, labels.size());
    assertEquals("CHEMICAL", labels.get(6), labels.toString());
    assertEquals("O", labels.get(2), labels.toString());
    assertTrue(loaded.labels().containsAll(List.of("CHEMICAL", "O")), loaded.labels().toString());
  }

  @Test
  void aGeneSliceWithWordClustersTrainsToTheSameBytesTwiceAndKeepsTheClusters() throws Exception {
    TaggerSpec spec = TaggerSpec.load("genes");
    assertTrue(spec.clusters().isPresent(), "the gene tagger reads word clusters");
    List<IobCorpus.Sentence> slice = IobCorpus.read(SHARED.resolve(spec.corpus()).resolve("train.tsv"))
        .subList(0, 300);
    // each training copies the clusters to a new temporary file: its name must not reach the model
    byte[] first = MentionTaggers.serialize(MentionTaggers.train(spec, slice));
    byte[] second = MentionTaggers.serialize(MentionTaggers.train(spec, slice));
    assertArrayEquals(first, second);

    CRFClassifier<CoreLabel> loaded = MentionTaggers.load(new ByteArrayInputStream(first));
    assertEquals(spec.clusters().get(), loaded.flags.distSimLexicon, "the model names the resource, not a file");
    assertTrue(loaded.flags.toString().contains("distSimLexicon=" + spec.clusters().get()), loaded.flags.toString());
    assertTrue(loaded.featureFactories.get(0) instanceof edu.stanford.nlp.ie.NERFeatureFactory<?> f
        && f.describeDistsimLexicon().contains("size"), "the model holds the clusters");
    assertEquals(8, MentionTaggers.tag(loaded, words("Expression of p53 was high in melanoma .")).size());
    assertTrue(loaded.labels().containsAll(List.of("B-GENE", "I-GENE", "O")), loaded.labels().toString());
  }

  @Test
  void theCommittedModelsLoadFromTheClasspathAloneAndTag() throws Exception {
    CRFClassifier<CoreLabel> genes = committed("genes");
    assertEquals(List.of("O", "O", "B-GENE", "I-GENE", "I-GENE", "O", "O", "O", "O", "O"),
        MentionTaggers.tag(genes, words("Expression of S - 100 was high in melanoma .")));
    CRFClassifier<CoreLabel> chemicals = committed("chemicals");
    assertEquals(List.of("CHEMICAL", "O", "O", "O"),
        MentionTaggers.tag(chemicals, words("Cisplatin induced nephrotoxicity .")));
  }

  private static CRFClassifier<CoreLabel> committed(String name) throws Exception {
    try (InputStream in = MentionTaggersIT.class.getResourceAsStream(MODELS + name + ".crf.ser.gz")) {
      assertNotNull(in, name + " model on the classpath");
      return MentionTaggers.load(in);
    }
  }

  private static List<String> words(String text) {
    return List.of(text.split(" "));
  }
}
