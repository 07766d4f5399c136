package org.litmine.pipeline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litmine.pipeline.output.Evidence;
import org.litmine.pipeline.output.FamilyTripleRecord;
import org.litmine.pipeline.output.Json;
import org.litmine.pipeline.output.RunTriples;
import org.litmine.pipeline.output.TripleRecord;
import org.litmine.pipeline.output.UngroundedTripleRecord;

/** Writes the export for a few triples and reads it back as a KGX TSV reader would, with Commons CSV. */
class KgxExportTest {

  static final Pattern CURIE = Pattern.compile("[A-Za-z][A-Za-z0-9_.]*:[^\\s|]+");

  @TempDir Path dir;

  static TripleRecord triple(String doc, String gene, String drug, String kind, String effect, boolean negated) {
    String sentence = "A sentence\twith a tab about " + gene + " and " + drug + ".";
    return new TripleRecord(doc, gene, drug, kind, effect, negated, false, 0.85,
        List.of(new Evidence(sentence, "Results", 2, 0, sentence.length(), gene, drug, "r", false)));
  }

  @BeforeEach
  void export() throws IOException {
    Path jsonl = dir.resolve("triples.jsonl");
    Files.write(jsonl, List.of(
        Json.line(triple("10.1186/s13045-020-00904-3", "IGF1R", "linsitinib", "drug", "inhibits", false)),
        Json.line(triple("10.1186/s13045-020-00904-3", "IGF1R", "mtor inhibitor", "class", "resistance", false)),
        Json.line(triple("paper-2", "NOTAGENE1", "cisplatin", "drug", "sensitizes", true)),
        Json.line(triple("paper-2", "IGF1R", "linsitinib", "drug", "inhibits", false))));
    TripleRecord cox = triple("paper-2", "cyclooxygenase", "indomethacin", "drug", "inhibits", false);
    Files.write(dir.resolve("family_triples.jsonl"), List.of(Json.line(new FamilyTripleRecord(cox.doc(), cox.gene(),
        cox.drug(), cox.drugKind(), cox.effect(), cox.negated(), cox.hedged(), cox.confidence(), cox.evidence()))));
    KgxExport.write(dir, dir);
  }

  private List<CSVRecord> read(String file) throws IOException {
    CSVFormat tsv = CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).setQuote(null).get();
    try (Reader in = Files.newBufferedReader(dir.resolve(file), StandardCharsets.UTF_8)) {
      return tsv.parse(in).getRecords();
    }
  }

  @Test
  void edgesAreKgxRowsWithCuriesAndBiolinkPredicates() throws IOException {
    List<CSVRecord> edges = read(KgxExport.EDGES);
    assertEquals(4, edges.size(), "three gene facts (one in two papers), then one family fact");
    for (CSVRecord e : edges) {
      assertEquals(KgxExport.EDGE_COLUMNS.size(), e.size());
      for (String column : List.of("subject", "object", "predicate", "primary_knowledge_source")) {
        assertTrue(CURIE.matcher(e.get(column)).matches(), column + " not a CURIE: " + e.get(column));
      }
      for (String publication : e.get("publications").split("\\|")) {
        assertTrue(CURIE.matcher(publication).matches(), "publication not a CURIE: " + publication);
      }
      assertTrue(e.get("predicate").startsWith("biolink:"));
      assertTrue(e.get("id").startsWith("urn:uuid:"));
    }
    CSVRecord inhibits = edges.get(0);
    assertEquals("LITMINE.DRUG:linsitinib", inhibits.get("subject"), "the drug acts on the gene");
    assertEquals("biolink:affects", inhibits.get("predicate"));
    assertEquals("HGNC:5465", inhibits.get("object"), "IGF1R's numeric HGNC id");
    assertEquals("biolink:causes", inhibits.get("qualified_predicate"));
    assertEquals("activity", inhibits.get("object_aspect_qualifier"));
    assertEquals("decreased", inhibits.get("object_direction_qualifier"));
    assertEquals("doi:10.1186/s13045-020-00904-3|LITMINE.DOC:paper-2", inhibits.get("publications"),
        "one edge for the fact, its papers as a list");
    assertEquals("2", inhibits.get("evidence_count"));
    CSVRecord resistance = edges.get(1);
    assertEquals("HGNC:5465", resistance.get("subject"));
    assertEquals("biolink:associated_with_resistance_to", resistance.get("predicate"));
    assertEquals("LITMINE.CLASS:mtor_inhibitor", resistance.get("object"));
    CSVRecord negated = edges.get(2);
    assertEquals("HGNC.SYMBOL:NOTAGENE1", negated.get("subject"), "a symbol without a known id");
    assertEquals("biolink:decreases_sensitivity_to", negated.get("predicate"));
    assertEquals("true", negated.get("negated"));
    assertEquals("LITMINE.DOC:paper-2", negated.get("publications"));
    CSVRecord family = edges.get(3);
    assertEquals("LITMINE.DRUG:indomethacin", family.get("subject"));
    assertEquals("LITMINE.FAMILY:cyclooxygenase", family.get("object"));
  }

  @Test
  void everyEdgeEndIsANodeAndNodesAreUniqueAndSorted() throws IOException {
    List<CSVRecord> nodes = read(KgxExport.NODES);
    List<String> ids = nodes.stream().map(n -> n.get("id")).toList();
    assertEquals(ids.stream().sorted().distinct().toList(), ids);
    Set<String> known = new HashSet<>(ids);
    for (CSVRecord e : read(KgxExport.EDGES)) {
      assertTrue(known.contains(e.get("subject")) && known.contains(e.get("object")), e.toString());
    }
    CSVRecord igf1r = nodes.get(ids.indexOf("HGNC:5465"));
    assertEquals("biolink:Gene", igf1r.get("category"));
    assertEquals("IGF1R", igf1r.get("name"));
    assertEquals("biolink:ChemicalEntity", nodes.get(ids.indexOf("LITMINE.CLASS:mtor_inhibitor")).get("category"));
    assertEquals("biolink:GeneFamily", nodes.get(ids.indexOf("LITMINE.FAMILY:cyclooxygenase")).get("category"));
  }

  @Test
  void theSpreadsheetTableHasOneCleanRowPerTriple() throws IOException {
    List<CSVRecord> rows = read(KgxExport.TRIPLES);
    assertEquals(5, rows.size(), "the table stays one row per triple of a paper");
    assertEquals(List.of("gene", "gene", "gene", "gene", "family"), rows.stream().map(r -> r.get("geneKind")).toList());
    assertEquals("A sentence with a tab about IGF1R and linsitinib.", rows.get(0).get("sentence"));
    assertEquals("0.85", rows.get(0).get("confidence"));
  }

  @Test
  void localPartsHoldNoSpaceTabOrBar() {
    assertEquals("cdk4/6_inhibitor", Curies.local("cdk4/6 inhibitor"));
    assertEquals("a%7Cb_c", Curies.local("a|b\tc"));
  }

  @Test
  void aNameNoLexiconGroundsIsATextOnlyNode() throws IOException {
    Path run = Files.createDirectories(dir.resolve("names"));
    Files.write(run.resolve("triples.jsonl"), List.of());
    TripleRecord smad = triple("paper-3", "Smad7", "compound 3b", "name", "inhibits", false);
    Files.write(run.resolve(RunTriples.UNGROUNDED_TRIPLES), List.of(Json.line(new UngroundedTripleRecord(smad.doc(),
        smad.gene(), "name", smad.drug(), "name", smad.effect(), false, false, 0.85, smad.evidence()))));
    KgxExport.write(run, run);
    CSVFormat tsv = CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).setQuote(null).get();
    try (Reader in = Files.newBufferedReader(run.resolve(KgxExport.EDGES), StandardCharsets.UTF_8)) {
      CSVRecord edge = tsv.parse(in).getRecords().get(0);
      assertEquals("LITMINE.NAME:compound_3b", edge.get("subject"));
      assertEquals("LITMINE.NAME:Smad7", edge.get("object"));
    }
    try (Reader in = Files.newBufferedReader(run.resolve(KgxExport.NODES), StandardCharsets.UTF_8)) {
      assertEquals(List.of("LITMINE.NAME:Smad7 biolink:Gene Smad7", "LITMINE.NAME:compound_3b biolink:ChemicalEntity "
          + "compound 3b"), tsv.parse(in).getRecords().stream()
          .map(r -> r.get("id") + " " + r.get("category") + " " + r.get("name")).toList());
    }
  }
}
