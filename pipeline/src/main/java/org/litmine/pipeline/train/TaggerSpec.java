package org.litmine.pipeline.train;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * A mention tagger to train, read from the resource {@code <name>.tagger.properties} beside this class: the keys
 * under {@code litmine.} say what litmine needs ({@code label}, the answer label of a mention; {@code corpus}, the
 * IOB corpus folder under {@code --shared}; {@code source}, the corpus's origin and licence for the card;
 * {@code targetF1}, the target), every other key is a CoreNLP {@code CRFClassifier} flag, passed as it is.
 * No flag names a file (gazette, word clusters): a model loads and tags from its own file alone.
 * The model file is {@code <name>.crf.ser.gz}, its card {@code <name>.card.md}.
 */
public record TaggerSpec(String name, String label, String corpus, String source, double targetF1,
    Map<String, String> crfFlags) {

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
    try {
      return new TaggerSpec(name, required(p, resource, "label"), required(p, resource, "corpus"),
          required(p, resource, "source"), Double.parseDouble(required(p, resource, "targetF1")), flags);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(resource + ": " + OWN + "targetF1 is not a number");
    }
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
