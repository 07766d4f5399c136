package org.litmine.pipeline.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.litmine.pipeline.document.Paper;
import org.litmine.pipeline.document.Paragraph;
import org.litmine.pipeline.fidelity.Fidelity;
import org.litmine.pipeline.fidelity.FidelityReport;
import org.litmine.pipeline.read.jats.JatsPaperReader;

/** Each publisher PDF of the similar papers, read against its PubMed Central JATS twin. */
class SimilarReadingIT {

  static final Path DIR = Path.of("../../shared/corpus/similar");

  @ParameterizedTest
  @ValueSource(strings = {"PMC4657150", "PMC4686705", "PMC4706934", "PMC4709619", "PMC4709662", "PMC4736972",
      "PMC4745306"})
  void readsEachPdfLikeItsJatsTwin(String id) throws Exception {
    Path pdf = DIR.resolve(id).resolve("fulltext.pdf");
    Path xml = DIR.resolve(id).resolve("fulltext.xml");
    Paper paper = PaperReaders.all().read(pdf);
    FidelityReport report = Fidelity.measure(paper, Fidelity.readReference(xml), id, "jats");
    assertTrue(report.recall() >= 0.97, report.describe());
    assertTrue(report.precision() >= 0.99, report.describe());
    assertEquals(report.referenceEntries(), report.entries(), report.describe());

    Paper twin = new JatsPaperReader().read(xml, "x");
    assertEquals(twin.doi(), paper.doi(), "the paper's own DOI");
    String body = String.join("\n", paper.sections().stream().flatMap(s -> s.paragraphs().stream())
        .map(Paragraph::text).toList());
    for (String head : RunningHeads.of(pdf.toFile())) {
      assertFalse(RunningHeads.shape(body).contains(head), "running head left in the prose: " + head);
    }
  }

  @org.junit.jupiter.api.Test
  void damagedPdfFailsWithOneLine() {
    ReadException e = org.junit.jupiter.api.Assertions.assertThrows(ReadException.class,
        () -> PaperReaders.all().read(Path.of("../../shared/corpus/bad/corrupt-real.pdf")));
    assertFalse(e.getMessage().isBlank());
    assertFalse(e.getMessage().contains("\n"));
  }
}
