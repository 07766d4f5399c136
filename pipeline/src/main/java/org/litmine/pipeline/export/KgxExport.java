package org.litmine.pipeline.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.litmine.pipeline.output.CorpusTripleRecord;
import org.litmine.pipeline.output.CorpusTriples;
import org.litmine.pipeline.output.Evidence;
import org.litmine.pipeline.output.RunTriples;
import org.litmine.pipeline.output.TripleRecord;

/**
 * Writes, beside {@code triples.jsonl}, {@code family_triples.jsonl} and {@code ungrounded_triples.jsonl}
 * ({@link RunTriples}), a Biolink/KGX
 * knowledge graph and a spreadsheet view of the triples:
 *
 * <ul>
 *   <li>{@code nodes.tsv}: {@code id, category, name}, one row per gene ({@code biolink:Gene}), gene family
 *       ({@code biolink:GeneFamily}) and drug or drug class ({@code biolink:ChemicalEntity}), sorted by id; CURIEs as
 *       {@link Curies} makes them; a name no lexicon grounds is a text-only node ({@code LITMINE.NAME:}).</li>
 *   <li>{@code edges.tsv}: one edge per fact across the corpus ({@link CorpusTriples}, the rows of
 *       {@code triples_aggregated.jsonl}: genes', then families'), with {@link #EDGE_COLUMNS}; {@code publications}
 *       the supporting documents, sorted, separated by {@code |}; {@code evidence_count} their sentences;
 *       {@code has_confidence_score} the best confidence; predicate and qualifiers from {@link EffectPredicates};
 *       {@code id} a name-based UUID of the fact, so it is stable across runs.</li>
 *   <li>{@code triples.tsv}: {@link #TRIPLE_COLUMNS}, one row per triple with its first evidence sentence.</li>
 * </ul>
 * It streams the triples for the nodes and the table; the node set and the aggregated facts are held in memory.
 */
public final class KgxExport {

  public static final String NODES = "nodes.tsv";
  public static final String EDGES = "edges.tsv";
  public static final String TRIPLES = "triples.tsv";

  public static final List<String> NODE_COLUMNS = List.of("id", "category", "name");
  public static final List<String> EDGE_COLUMNS = List.of("id", "subject", "predicate", "object",
      "qualified_predicate", "object_aspect_qualifier", "object_direction_qualifier", "negated", "hedged",
      "has_confidence_score", "publications", "evidence_count", "knowledge_level", "agent_type",
      "primary_knowledge_source", "litmine_effect");
  public static final List<String> TRIPLE_COLUMNS = List.of("doc", "gene", "geneKind", "drug", "drugKind", "effect",
      "negated", "hedged", "confidence", "evidenceCount", "section", "page", "sentence");

  static final String GENE = "biolink:Gene";
  static final String GENE_FAMILY = "biolink:GeneFamily";
  static final String CHEMICAL = "biolink:ChemicalEntity";
  /** The knowledge source litmine names itself with (not registered in the Translator infores catalog). */
  static final String SOURCE = "infores:litmine";
  /** KGX's separator of the values of a multivalued TSV column. */
  static final String PUBLICATION_SEPARATOR = "|";

  private KgxExport() {}

  /** Reads the triples of {@code runDir} and writes the three files into {@code outDir}. */
  public static void write(Path runDir, Path outDir) {
    Curies curies = Curies.load();
    EffectPredicates effects = EffectPredicates.load();
    Map<String, List<String>> nodes = new TreeMap<>();
    try (TsvWriter edges = new TsvWriter(outDir.resolve(EDGES), EDGE_COLUMNS);
        TsvWriter table = new TsvWriter(outDir.resolve(TRIPLES), TRIPLE_COLUMNS);
        TsvWriter nodeFile = new TsvWriter(outDir.resolve(NODES), NODE_COLUMNS)) {
      RunTriples.forEach(runDir, (t, geneKind) -> {
        boolean family = RunTriples.FAMILY.equals(geneKind);
        String gene = geneCurie(curies, t.gene(), geneKind);
        String drug = curies.drug(t.drug(), t.drugKind());
        nodes.putIfAbsent(gene, List.of(gene, family ? GENE_FAMILY : GENE, t.gene()));
        nodes.putIfAbsent(drug, List.of(drug, CHEMICAL, t.drug()));
        table.row(tableRow(t, geneKind));
      });
      for (CorpusTripleRecord t : CorpusTriples.of(runDir)) {
        edges.row(edge(t, effects.of(t.effect()), curies));
      }
      for (List<String> node : nodes.values()) {
        nodeFile.row(node);
      }
      edges.commit();
      table.commit();
      nodeFile.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the export into " + outDir + ": " + e.getMessage(), e);
    }
  }

  /** An edge of one fact across the corpus; its id is a name-based UUID of the fact, stable across runs. */
  static List<String> edge(CorpusTripleRecord t, EffectPredicates.Mapping m, Curies curies) {
    boolean family = RunTriples.FAMILY.equals(t.geneKind());
    boolean name = RunTriples.NAME.equals(t.geneKind());
    String gene = geneCurie(curies, t.gene(), t.geneKind());
    String drug = curies.drug(t.drug(), t.drugKind());
    String key = String.join("\t", family ? "family:" + t.gene() : name ? "name:" + t.gene() : t.gene(), t.drug(),
        t.drugKind(), t.effect(),
        Boolean.toString(t.negated()));
    return List.of(
        "urn:uuid:" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)),
        m.drugIsSubject() ? drug : gene,
        m.predicate(),
        m.drugIsSubject() ? gene : drug,
        m.qualifiedPredicate(),
        m.objectAspect(),
        m.objectDirection(),
        Boolean.toString(t.negated()),
        Boolean.toString(t.hedged()),
        number(t.confidence()),
        t.docs().stream().map(curies::publication).collect(Collectors.joining(PUBLICATION_SEPARATOR)),
        Integer.toString(t.sentences()),
        "not_provided",
        "text_mining_agent",
        SOURCE,
        t.effect());
  }

  /** A gene's node: an HGNC CURIE, a family's, or a text-only node for a name no lexicon grounds. */
  private static String geneCurie(Curies curies, String gene, String geneKind) {
    if (RunTriples.FAMILY.equals(geneKind)) {
      return curies.family(gene);
    }
    return RunTriples.NAME.equals(geneKind) ? curies.name(gene) : curies.gene(gene);
  }

  static List<String> tableRow(TripleRecord t, String geneKind) {
    Evidence first = t.evidence().isEmpty() ? null : t.evidence().get(0);
    return List.of(t.doc(), t.gene(), geneKind, t.drug(), t.drugKind(), t.effect(), Boolean.toString(t.negated()),
        Boolean.toString(t.hedged()), number(t.confidence()), Integer.toString(t.evidence().size()),
        first == null ? "" : first.section(), first == null ? "" : Integer.toString(first.page()),
        first == null ? "" : first.sentence());
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.4f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
  }
}
