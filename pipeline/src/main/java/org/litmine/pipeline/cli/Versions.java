package org.litmine.pipeline.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** The versions of litmine and the parts it is built on, as the build recorded them. */
final class Versions {

  private static final String RESOURCE = "org/litmine/pipeline/versions.properties";

  private Versions() {}

  static Map<String, String> all() {
    Properties props = new Properties();
    try (InputStream in = Versions.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in != null) {
        props.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> versions = new LinkedHashMap<>();
    for (String name : new String[] {"litmine", "corenlp", "beam", "pdfbox", "lucene"}) {
      versions.put(name, props.getProperty(name, "unknown"));
    }
    versions.put("java", System.getProperty("java.version"));
    return versions;
  }
}
