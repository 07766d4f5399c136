package org.litmine.pipeline.drugprot;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.litmine.pipeline.output.Evidence;
import org.litmine.pipeline.output.Json;
import org.litmine.pipeline.output.RunTriples;

/**
 * One evidence sentence of one triple of a run, flattened: the abstract's pmid, the triple's effect and negation,
 * the mentions as written, the rule that fired and, for the rule {@code classifier}, the trained relation model's
 * probability (null for a hand-written rule).
 */
public record RunMention(String pmid, String effect, boolean negated, String drugText, String geneText,
    String sentence, String rule, Double probability, String gene, String drug) {

  /** The rule name of a pair the trained relation models found. */
  public static final String CLASSIFIER = "classifier";

  /** Whether a hand-written rule, not the trained relation models, found this mention's pair. */
  public boolean byRule() {
    return !rule.equals(CLASSIFIER);
  }

  /**
   * Reads {@code triples.jsonl} of a run folder, and {@code family_triples.jsonl} where the run wrote one (DrugProt
   * counts gene families as genes: "COX", "5-HT3 receptor"). An evidence sentence gives one mention per pair of the
   * names it uses for the drug and the gene: each as written and its alias in parentheses, where it has one
   * ("trimethoprim (TMP)"). A triple's {@code doc} is mapped to a pmid through
   * {@code documents.jsonl} (the input file name without extension), since {@code doc} is a DOI when the text
   * states one; without that file {@code doc} is taken as the pmid.
   */
  public static List<RunMention> read(Path runDir) throws IOException {
    Map<String, String> docToPmid = docToPmid(runDir.resolve("documents.jsonl"));
    List<RunMention> out = new ArrayList<>();
    RunTriples.forEach(runDir, (t, geneKind) -> {
      String pmid = docToPmid.getOrDefault(t.doc(), t.doc());
      for (Evidence e : t.evidence()) {
        for (String drugText : names(e.drugText(), e.drugAlias())) {
          for (String geneText : names(e.geneText(), e.geneAlias())) {
            out.add(new RunMention(pmid, orEmpty(t.effect()), t.negated(), drugText, geneText, orEmpty(e.sentence()),
                orEmpty(e.rule()), e.probability(), orEmpty(t.gene()), orEmpty(t.drug())));
          }
        }
      }
    });
    return out;
  }

  /** A mention as written and, where the evidence gives one, its alias in parentheses: both name the entity. */
  private static List<String> names(String written, String alias) {
    return alias == null ? List.of(orEmpty(written)) : List.of(orEmpty(written), alias);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  /**
   * The spellings of the entities the run recognized, from {@code entities.jsonl}: pmid → "chemical" or "gene"
   * ({@link Lexicons#sideOf}: kinds drug, chemical and class, or gene and family) → surfaces as written. Null when
   * the run has no such file.
   */
  public static Map<String, Map<String, List<String>>> entitySurfaces(Path runDir) throws IOException {
    Path file = runDir.resolve("entities.jsonl");
    if (!Files.isRegularFile(file)) {
      return null;
    }
    Map<String, String> docToPmid = docToPmid(runDir.resolve("documents.jsonl"));
    Map<String, Map<String, List<String>>> out = new HashMap<>();
    int n = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode e = parse(file, n, line);
      String kind = Lexicons.sideOf(e.path("kind").asText());
      if (kind == null) {
        continue;
      }
      String doc = e.path("doc").asText();
      List<String> surfaces = out.computeIfAbsent(docToPmid.getOrDefault(doc, doc), k -> new HashMap<>())
          .computeIfAbsent(kind, k -> new ArrayList<>());
      e.path("surfaces").forEach(s -> surfaces.add(s.asText()));
    }
    return out;
  }

  /** The pmids of every document the run read (empty when the run has no documents.jsonl). */
  public static List<String> documents(Path runDir) throws IOException {
    return new ArrayList<>(docToPmid(runDir.resolve("documents.jsonl")).values());
  }

  private static Map<String, String> docToPmid(Path documents) throws IOException {
    Map<String, String> map = new HashMap<>();
    if (!Files.isRegularFile(documents)) {
      return map;
    }
    int n = 0;
    for (String line : Files.readAllLines(documents, StandardCharsets.UTF_8)) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode d = parse(documents, n, line);
      String doc = d.path("doc").asText();
      String path = d.path("path").asText(doc);
      String name = Path.of(path).getFileName().toString();
      int dot = name.lastIndexOf('.');
      map.put(doc, dot > 0 ? name.substring(0, dot) : name);
    }
    return map;
  }

  private static JsonNode parse(Path file, int n, String line) throws IOException {
    try {
      return Json.mapper().readTree(line);
    } catch (IOException e) {
      throw new IOException(file + " line " + n + ": not JSON: " + e.getMessage(), e);
    }
  }
}
