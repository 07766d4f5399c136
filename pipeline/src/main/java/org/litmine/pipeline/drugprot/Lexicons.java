package org.litmine.pipeline.drugprot;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The entity lexicons litmine recognizes mentions with ({@code surface<TAB>id[<TAB>cs]}), used only to explain
 * false negatives: is a gold mention a surface the entity stage could know? Chemicals are looked up in
 * {@code drugs.tsv} and {@code drug_classes.tsv}, genes in {@code genes.tsv} and {@code families.tsv}; surfaces
 * compare through {@link MentionKey} (case-insensitive unless the entry is marked {@code cs}).
 */
public final class Lexicons {

  /** Whether a mention is a lexicon surface as a whole, only through a run of its words, or not at all. */
  public enum Hit { WHOLE, PART, NONE }

  private static final String RESOURCE = "/org/litmine/annotators/lexicons/";

  private final Set<String> chemicals = new HashSet<>();
  private final Set<String> chemicalsCs = new HashSet<>();
  private final Set<String> genes = new HashSet<>();
  private final Set<String> genesCs = new HashSet<>();

  private Lexicons() {}

  /** Lexicons from a folder (e.g. annotators/src/main/resources/org/litmine/annotators/lexicons). */
  public static Lexicons fromDir(Path dir) throws IOException {
    Lexicons lex = new Lexicons();
    for (String f : List.of("drugs.tsv", "drug_classes.tsv")) {
      if (Files.isRegularFile(dir.resolve(f))) {
        lex.load(Files.newInputStream(dir.resolve(f)), lex.chemicals, lex.chemicalsCs);
      }
    }
    for (String f : List.of("genes.tsv", "families.tsv")) {
      if (Files.isRegularFile(dir.resolve(f))) {
        lex.load(Files.newInputStream(dir.resolve(f)), lex.genes, lex.genesCs);
      }
    }
    return lex;
  }

  /** The lexicons the annotators jar on the class path carries. */
  public static Lexicons fromClasspath() throws IOException {
    Lexicons lex = new Lexicons();
    lex.loadResource("drugs.tsv", lex.chemicals, lex.chemicalsCs);
    lex.loadResource("drug_classes.tsv", lex.chemicals, lex.chemicalsCs);
    lex.loadResource("genes.tsv", lex.genes, lex.genesCs);
    lex.loadResource("families.tsv", lex.genes, lex.genesCs);
    return lex;
  }

  /** Lexicons given as surfaces (for tests); every surface case-insensitive. */
  public static Lexicons of(Set<String> chemicalSurfaces, Set<String> geneSurfaces) {
    Lexicons lex = new Lexicons();
    chemicalSurfaces.forEach(s -> lex.chemicals.add(MentionKey.of(s)));
    geneSurfaces.forEach(s -> lex.genes.add(MentionKey.of(s)));
    return lex;
  }

  public boolean isEmpty() {
    return chemicals.isEmpty() && genes.isEmpty();
  }

  public Hit chemical(String mention) {
    return hit(mention, chemicals, chemicalsCs);
  }

  public Hit gene(String mention) {
    return hit(mention, genes, genesCs);
  }

  private static Hit hit(String mention, Set<String> ci, Set<String> cs) {
    if (contains(mention, ci, cs)) {
      return Hit.WHOLE;
    }
    String[] words = mention.trim().split("[\\s/]+");
    for (int len = words.length - 1; len >= 1; len--) {
      for (int i = 0; i + len <= words.length; i++) {
        if (contains(String.join(" ", java.util.Arrays.copyOfRange(words, i, i + len)), ci, cs)) {
          return Hit.PART;
        }
      }
    }
    return Hit.NONE;
  }

  private static boolean contains(String mention, Set<String> ci, Set<String> cs) {
    String key = MentionKey.of(mention);
    return !key.isEmpty() && (ci.contains(key) || cs.contains(MentionKey.caseKept(mention)));
  }

  private void loadResource(String name, Set<String> ci, Set<String> cs) throws IOException {
    InputStream in = Lexicons.class.getResourceAsStream(RESOURCE + name);
    if (in != null) {
      load(in, ci, cs);
    }
  }

  private void load(InputStream in, Set<String> ci, Set<String> cs) throws IOException {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length >= 3 && f[2].trim().equals("cs")) {
          cs.add(MentionKey.caseKept(f[0]));
        } else {
          ci.add(MentionKey.of(f[0]));
        }
      }
    }
  }
}
