package org.litmine.pipeline.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The corpus-level view of a run's triples ({@link RunTriples}): one {@link CorpusTripleRecord} per (gene or family,
 * drug, drug kind, effect, negated) across documents, written to {@link #FILE}; the triples of ungrounded names are
 * there too, with {@code name} as the kind of their ungrounded side. Rows are sorted: genes' before families' before
 * names', then by gene, drug, drug kind, effect, negation; each row's documents sorted; no timestamps, so the
 * same run gives the same bytes. One entry per distinct fact is held in memory (far fewer than the sentences).
 */
public final class CorpusTriples {

  /** The aggregated file beside {@code triples.jsonl}. */
  public static final String FILE = "triples_aggregated.jsonl";

  private CorpusTriples() {}

  /** The aggregated triples of {@code runDir}, in file order. */
  public static List<CorpusTripleRecord> of(Path runDir) {
    Map<String, Gathered> facts = new TreeMap<>();
    try {
      RunTriples.forEach(runDir, (t, geneKind) -> facts.computeIfAbsent(String.join("\t",
              rank(geneKind), t.gene(), t.drug(), t.drugKind(), t.effect(),
              Boolean.toString(t.negated())), k -> new Gathered(t, geneKind)).add(t));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the triples of " + runDir + ": " + e.getMessage(), e);
    }
    List<CorpusTripleRecord> rows = new ArrayList<>();
    facts.values().forEach(g -> rows.add(g.record()));
    return rows;
  }

  /** Genes' rows first, then families', then those of genes named as written. */
  private static String rank(String geneKind) {
    return RunTriples.GENE.equals(geneKind) ? "0" : RunTriples.FAMILY.equals(geneKind) ? "1" : "2";
  }

  /** Writes {@link #FILE} into {@code outDir} from the triples of {@code runDir}; returns the number of rows. */
  public static int write(Path runDir, Path outDir) {
    List<CorpusTripleRecord> rows = of(runDir);
    StringBuilder text = new StringBuilder();
    rows.forEach(r -> text.append(Json.line(r)).append('\n'));
    OutputFiles.writeAtomically(outDir.resolve(FILE), text.toString());
    return rows.size();
  }

  /** One fact's documents, sentences, best confidence and hedging so far. */
  private static final class Gathered {
    final TripleRecord first;
    final String geneKind;
    final Set<String> docs = new TreeSet<>();
    int sentences;
    double confidence;
    boolean hedged = true;

    Gathered(TripleRecord first, String geneKind) {
      this.first = first;
      this.geneKind = geneKind;
    }

    Gathered add(TripleRecord t) {
      docs.add(t.doc());
      sentences += t.evidence().size();
      confidence = Math.max(confidence, t.confidence());
      hedged &= t.hedged();
      return this;
    }

    CorpusTripleRecord record() {
      return new CorpusTripleRecord(first.gene(), geneKind, first.drug(), first.drugKind(), first.effect(),
          first.negated(), hedged, docs.size(), sentences, confidence, List.copyOf(docs));
    }
  }
}
