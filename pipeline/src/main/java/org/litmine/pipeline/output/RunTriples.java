package org.litmine.pipeline.output;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Streams the triples of a run folder, line by line: {@code triples.jsonl}, then {@code family_triples.jsonl} and
 * {@code ungrounded_triples.jsonl} where the run wrote them. A family's triple comes as a {@link TripleRecord} whose
 * {@code gene} is the family id, with {@link #FAMILY} as its gene kind; a gene's with {@link #GENE}; an ungrounded
 * triple with its own gene kind ({@link #NAME} where the gene is a name as written) and drug kind ({@link #NAME}
 * where the drug is).
 */
public final class RunTriples {

  public static final String TRIPLES = "triples.jsonl";
  public static final String FAMILY_TRIPLES = "family_triples.jsonl";
  public static final String GENE = "gene";
  public static final String FAMILY = "family";
  public static final String UNGROUNDED_TRIPLES = "ungrounded_triples.jsonl";
  /** The kind of a side that is a name as written, grounded to no identifier. */
  public static final String NAME = org.litmine.annotators.relation.TripleMention.NAME;

  /** Receives one triple and its gene kind. */
  public interface Visitor {
    void accept(TripleRecord triple, String geneKind) throws IOException;
  }

  private RunTriples() {}

  /** Every triple of the run, genes' first; a line that is no triple fails with its file and line number. */
  public static void forEach(Path runDir, Visitor visitor) throws IOException {
    read(runDir.resolve(TRIPLES), TripleRecord.class, t -> visitor.accept(t, GENE));
    Path families = runDir.resolve(FAMILY_TRIPLES);
    if (Files.isRegularFile(families)) {
      read(families, FamilyTripleRecord.class, f -> visitor.accept(new TripleRecord(f.doc(), f.family(), f.drug(),
          f.drugKind(), f.effect(), f.negated(), f.hedged(), f.confidence(), f.evidence()), FAMILY));
    }
    Path ungrounded = runDir.resolve(UNGROUNDED_TRIPLES);
    if (Files.isRegularFile(ungrounded)) {
      read(ungrounded, UngroundedTripleRecord.class, u -> visitor.accept(new TripleRecord(u.doc(), u.gene(),
          u.drug(), u.drugKind(), u.effect(), u.negated(), u.hedged(), u.confidence(), u.evidence()), u.geneKind()));
    }
  }

  /** Receives one parsed line. */
  private interface LineHandler<T> {
    void accept(T record) throws IOException;
  }

  private static <T> void read(Path file, Class<T> type, LineHandler<T> handler) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int n = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        T record;
        try {
          record = Json.parse(line, type);
        } catch (IllegalArgumentException e) {
          throw new IOException(file + " line " + n + ": " + e.getMessage(), e);
        }
        handler.accept(record);
      }
    }
  }
}
