package org.litmine.pipeline.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.litmine.pipeline.document.Paper;
import org.litmine.pipeline.document.Paragraph;
import org.litmine.pipeline.document.Section;
import org.litmine.pipeline.output.Evidence;
import org.litmine.pipeline.output.Json;
import org.litmine.pipeline.output.TripleRecord;

/**
 * A small hand-made gold set and run folders, written as the files {@code run} and {@code eval} read.
 *
 * <p>The gold set has four core triples and one optional one, in sentences S1–S4; the run read S1–S3 (S4 is cut
 * short, a reading error). The run finds IGF1R·cisplatin·sensitizes (hit, hedged), IGF1R·gefitinib·sensitizes
 * (effect confusion with the gold resistance), KRAS·gefitinib·resistance (gene not in the gold entities),
 * TOP1·topotecan·inhibits (optional row) and a negated EGFR·erlotinib·inhibits (a core row: the hit is lost).
 */
final class EvalFixture {

  static final String DOC = "paper";
  static final String S1 = "IGF-IR inhibition sensitizes lung cancer cells to cisplatin in vitro and in mice.";
  static final String S2 = "Activation of IGF-IR confers resistance to gefitinib in lung cancer cells.";
  static final String S3 = "Erlotinib blocks EGFR signalling, while topotecan inhibits topoisomerase I.";
  static final String S4 =
      "Loss of PTEN confers resistance to trastuzumab in breast cancer cells with ErbB2 amplification.";

  private EvalFixture() {}

  static Path gold(Path dir) throws IOException {
    Files.createDirectories(dir);
    write(dir.resolve("triples.jsonl"), List.of(
        new GoldTriple(DOC, "IGF1R", "cisplatin", "drug", "sensitizes", "core", "Results", S1, null),
        new GoldTriple(DOC, "IGF1R", "gefitinib", "drug", "resistance", "core", "Results", S2, null),
        new GoldTriple(DOC, "EGFR", "erlotinib", "drug", "inhibits", "core", "Discussion", S3, null),
        new GoldTriple(DOC, "TOP1", "topotecan", "drug", "inhibits", "optional", "Discussion", S3, null),
        new GoldTriple(DOC, "PTEN", "trastuzumab", "drug", "resistance", "core", "Discussion", S4, null)));
    write(dir.resolve("entities.jsonl"), List.of(
        new EntityRow(DOC, "gene", "IGF1R", List.of("IGF-IR"), "core", null),
        new EntityRow(DOC, "gene", "EGFR", List.of("EGFR"), "core", null),
        new EntityRow(DOC, "gene", "PTEN", List.of("PTEN"), "core", null),
        new EntityRow(DOC, "gene", "TOP1", List.of("topoisomerase I"), "optional", null),
        new EntityRow(DOC, "drug", "cisplatin", List.of("cisplatin"), "core", null),
        new EntityRow(DOC, "drug", "gefitinib", List.of("gefitinib"), "core", null),
        new EntityRow(DOC, "drug", "trastuzumab", List.of("trastuzumab"), "core", null)));
    return dir;
  }

  /** The run described above; with {@code entities}, it also writes its entity list. */
  static Path run(Path dir, boolean entities) throws IOException {
    Files.createDirectories(dir);
    String s4 = "Loss of PTEN confers";
    List<Paragraph> paragraphs = List.of(new Paragraph(1, 0, 100, S1 + " " + S2), new Paragraph(2, 102, 200,
        S3 + " " + s4));
    Paper paper = new Paper("10.1/x", "/corpus/paper.pdf", "0", "pdf", 2, "A paper", List.of(), "10.1/x",
        List.of(new Section("Results", 1, 0, 200, paragraphs)), List.of(), List.of(), List.of());
    write(dir.resolve("documents.jsonl"), List.of(paper));
    write(dir.resolve("triples.jsonl"), List.of(
        triple("IGF1R", "cisplatin", "sensitizes", false, true, 0.9, S1, "IGF-IR", "cisplatin"),
        triple("IGF1R", "gefitinib", "sensitizes", false, false, 0.6, S2, "IGF-IR", "gefitinib"),
        triple("KRAS", "gefitinib", "resistance", false, false, 0.8, S2, "IGF-IR", "gefitinib"),
        triple("TOP1", "topotecan", "inhibits", false, false, 0.7, S3, "topoisomerase I", "topotecan"),
        triple("EGFR", "erlotinib", "inhibits", true, false, 0.9, S3, "EGFR", "Erlotinib")));
    if (entities) {
      Files.writeString(dir.resolve("entities.jsonl"), String.join("\n",
          "{\"doc\":\"10.1/x\",\"kind\":\"gene\",\"id\":\"IGF1R\",\"surfaces\":[\"IGF-IR\"],\"mentions\":2}",
          "{\"doc\":\"10.1/x\",\"kind\":\"gene\",\"id\":\"EGFR\",\"surfaces\":[\"EGFR\"],\"mentions\":1}",
          "{\"doc\":\"10.1/x\",\"kind\":\"gene\",\"id\":\"KRAS\",\"surfaces\":[\"KRAS\"],\"mentions\":1}",
          "{\"doc\":\"10.1/x\",\"kind\":\"gene\",\"id\":\"TOP1\",\"surfaces\":[\"topoisomerase I\"],\"mentions\":1}",
          "{\"doc\":\"10.1/x\",\"kind\":\"drug\",\"id\":\"cisplatin\",\"surfaces\":[\"cisplatin\"],\"mentions\":1}",
          "{\"doc\":\"10.1/x\",\"kind\":\"drug\",\"id\":\"gefitinib\",\"surfaces\":[\"gefitinib\"],\"mentions\":1}",
          "{\"doc\":\"10.1/x\",\"kind\":\"drug\",\"id\":\"erlotinib\",\"surfaces\":[\"Erlotinib\"],\"mentions\":1}",
          "{\"doc\":\"10.1/x\",\"kind\":\"cancer\",\"id\":\"lung cancer\",\"surfaces\":[\"lung cancer\"],"
              + "\"mentions\":2}",
          ""), StandardCharsets.UTF_8);
    }
    return dir;
  }

  static TripleRecord triple(String gene, String drug, String effect, boolean negated, boolean hedged,
      double confidence, String sentence, String geneText, String drugText) {
    return new TripleRecord("10.1/x", gene, drug, "drug", effect, negated, hedged, confidence,
        List.of(new Evidence(sentence, "Results", 1, 0, sentence.length(), geneText, drugText, effect + "-rule",
            hedged)));
  }

  static void write(Path file, List<?> rows) throws IOException {
    Files.writeString(file, rows.stream().map(Json::line).collect(Collectors.joining("\n", "", "\n")),
        StandardCharsets.UTF_8);
  }
}
