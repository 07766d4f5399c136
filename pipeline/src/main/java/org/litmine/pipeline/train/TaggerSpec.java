package org.litmine.pipeline.train;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * A mention tagger to train, read from the resource {@code <name>.tagger.properties} beside this class: the keys
 * under {@code litmine.} say what litmine needs ({@code label}, the answer label of a mention; optional
 * {@code labels}, {@code IO} (the default: the label on every token of a mention) or {@code BIO} ({@code B-label} on
 * its first token, {@code I-label} on the others, which separates touching mentions); {@code corpus}, the
 * IOB corpus folder under {@code --shared}; {@code source}, the corpus's origin and licence for the card;
 * {@code targetF1}, the target; optional {@code clusters}, the word-cluster file {@link WordClusters} wrote, a
 * resource beside this class), every other key is a CoreNLP {@code CRFClassifier} flag, passed as it is. No flag
 * names a file: the trainer hands CoreNLP the clusters as its {@code distSimLexicon} and the model keeps them, so a
 * model loads and tags from its own file alone.
 * The model file is {@code <name>.crf.ser.gz}, its card {@code <name>.card.md}.
 */
public record TaggerSpec(String name, String label, String corpus, String source, double targetF1,
    boolean bio, Optional<String> clusters, Map<String, String> crfFlags) {

  /** The taggers {@code ./litmine train mentions} trains, in order. */
  public static final List<String> NAMES = List.of("genes", "chemicals");

  private static final String OWN = "litmine.";

  public TaggerSpec {
    crfFlags = Map.copyOf(new TreeMap<>(crfFlags));
  }

  public static TaggerSpec load(String name) {
    String resource = name + ".tagger.properties";
    Properties p = new Properties();
    try (InputStream in = TaggerSpec.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no tagger '" + name + "': resource " + resource + " not found");
      }
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        p.load(r);
      }
    } catch (IOException e) {
      throw new IllegalStateException(resource + ": " + e.getMessage(), e);
    }
    Map<String, String> flags = new TreeMap<>();
    for (String key : p.stringPropertyNames()) {
      if (!key.startsWith(OWN)) {
        flags.put(key, p.getProperty(key).strip());
      }
    }
    if (flags.containsKey("distSimLexicon")) {
      throw new IllegalArgumentException(resource + ": name the word clusters with " + OWN + "clusters, not a file");
    }
    try {
      return new TaggerSpec(name, required(p, resource, "label"), required(p, resource, "corpus"),
          required(p, resource, "source"), Double.parseDouble(required(p, resource, "targetF1")),
          encoding(p, resource), Optional.ofNullable(p.getProperty(OWN + "clusters")).map(String::strip), flags);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(resource + ": " + OWN + "targetF1 is not a number");
    }
  }

  /** Whether the labels are BIO ({@code litmine.labels=BIO}) rather than IO (the default). */
  private static boolean encoding(Properties p, String resource) {
    String labels = p.getProperty(OWN + "labels", "IO").strip();
    if (!labels.equals("IO") && !labels.equals("BIO")) {
      throw new IllegalArgumentException(resource + ": " + OWN + "labels is IO or BIO, not " + labels);
    }
    return labels.equals("BIO");
  }

  /** The training labels of a sentence: IO, or BIO ({@code B-label} first) when the spec says so. */
  public List<String> labels(IobCorpus.Sentence sentence) {
    return bio ? sentence.bioLabels(label) : sentence.ioLabels(label);
  }

  private static String required(Properties p, String resource, String key) {
    String value = p.getProperty(OWN + key);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(resource + ": missing " + OWN + key);
    }
    return value.strip();
  }

  /** The CRF flags as CoreNLP reads them. */
  public Properties crfProperties() {
    Properties p = new Properties();
    p.putAll(crfFlags);
    return p;
  }

  /** The CRF flags as {@code key=value} lines, sorted by key. */
  public List<String> flagLines() {
    return new TreeMap<>(crfFlags).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
  }

  public String modelFile() {
    return name + ".crf.ser.gz";
  }

  public String cardFile() {
    return name + ".card.md";
  }
}
