package org.litmine.pipeline.output;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Streams the triples of a run folder, line by line: {@code triples.jsonl}, then {@code family_triples.jsonl} where
 * the run wrote one. A family's triple comes as a {@link TripleRecord} whose {@code gene} is the family id, with
 * {@link #FAMILY} as its gene kind; a gene's with {@link #GENE}.
 */
public final class RunTriples {

  public static final String TRIPLES = "triples.jsonl";
  public static final String FAMILY_TRIPLES = "family_triples.jsonl";
  public static final String GENE = "gene";
  public static final String FAMILY = "family";

  /** Receives one triple and its gene kind. */
  public interface Visitor {
    void accept(TripleRecord triple, String geneKind) throws IOException;
  }

  private RunTriples() {}

  public static void forEach(Path runDir, Visitor visitor) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(runDir.resolve(TRIPLES), StandardCharsets.UTF_8)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          visitor.accept(Json.parse(line, TripleRecord.class), GENE);
        }
      }
    }
    Path families = runDir.resolve(FAMILY_TRIPLES);
    if (!Files.isRegularFile(families)) {
      return;
    }
    try (BufferedReader reader = Files.newBufferedReader(families, StandardCharsets.UTF_8)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          FamilyTripleRecord f = Json.parse(line, FamilyTripleRecord.class);
          visitor.accept(new TripleRecord(f.doc(), f.family(), f.drug(), f.drugKind(), f.effect(), f.negated(),
              f.hedged(), f.confidence(), f.evidence()), FAMILY);
        }
      }
    }
  }
}
