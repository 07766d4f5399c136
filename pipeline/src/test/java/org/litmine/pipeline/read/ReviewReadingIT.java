package org.litmine.pipeline.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.litmine.pipeline.document.Paper;
import org.litmine.pipeline.document.Paragraph;
import org.litmine.pipeline.document.Section;
import org.litmine.pipeline.document.Table;
import org.litmine.pipeline.fidelity.Fidelity;
import org.litmine.pipeline.fidelity.FidelityReport;
import org.litmine.pipeline.fidelity.TableScore;

/** The review, typeset in two columns and in one, read against the publisher's text. */
class ReviewReadingIT {

  static final Path DIR = Path.of("../../shared/corpus/review");
  static final Path PUBLISHER = DIR.resolve("hua2020-igf1r-review.publisher.txt");

  @ParameterizedTest
  @ValueSource(strings = {"hua2020-igf1r-review.pdf", "hua2020-igf1r-review.onecolumn.pdf"})
  void readsTheReviewFaithfully(String file) throws Exception {
    Path pdf = DIR.resolve(file);
    Paper paper = PaperReaders.all().read(pdf);
    FidelityReport report = Fidelity.measure(paper, Fidelity.readReference(PUBLISHER), file, "publisher");
    assertTrue(report.recall() >= 0.99, report.describe());
    assertTrue(report.precision() >= 0.99, report.describe());

    List<Table> tables = paper.tables();
    assertEquals(List.of("Table 1", "Table 2"), tables.stream().map(Table::label).toList());
    assertEquals(18, tables.get(0).rows().size() - 1);
    assertEquals(7, tables.get(1).rows().size() - 1);
    for (TableScore score : report.tables()) {
      assertEquals(7, score.columns(), score.label());
      assertEquals(1.0, score.cellAccuracy(), score.label());
    }
    assertEquals(3, report.matchedFigureCaptions(), report.describe());
    assertEquals(211, paper.references().size());
    assertEquals(211, paper.references().get(210).number());

    if (file.contains("onecolumn")) {
      assertTrue(paper.doi() == null, "this typesetting prints no DOI of its own; never take one from the references");
    } else {
      assertEquals("10.1186/s13045-020-00904-3", paper.doi());
    }
    assertTrue(paper.title().startsWith("Insulin-like growth factor receptor signaling in tumorigenesis"));
    assertEquals(List.of("Hui Hua", "Qingbin Kong", "Jie Yin", "Jin Zhang", "Yangfu Jiang"), paper.authors());
    assertTrue(paper.sections().stream().anyMatch(s -> s.level() == 1));
    assertTrue(paper.sections().stream().anyMatch(s -> s.level() == 2));

    String body = String.join("\n", paper.sections().stream().flatMap(s -> s.paragraphs().stream())
        .map(Paragraph::text).toList());
    assertTrue(body.contains("integrin αvβ3"));
    assertTrue(body.contains("ER+ breast cancer"));
    assertTrue(body.contains("IGF-IR"));
    assertFalse(body.contains("ﬁ"));
    assertFalse(body.contains("Fig. 1 IGF, insulin, and their receptors"), "captions out of the prose");
    assertFalse(body.contains("Bach LA. IGF-binding proteins"), "references out of the prose");
    int paragraphs = paper.sections().stream().mapToInt(s -> s.paragraphs().size()).sum();
    assertTrue(paragraphs > paper.sections().size() * 1.5, "real paragraphs, not one per section");
    for (Section s : paper.sections()) {
      for (Paragraph p : s.paragraphs()) {
        assertTrue(p.text().split("\\s+").length < 600, () -> "paragraph too long: " + p.text());
      }
    }
    Set<String> heads = RunningHeads.of(pdf.toFile());
    assertFalse(heads.isEmpty(), "the review has running heads to remove");
    for (String head : heads) {
      assertFalse(RunningHeads.shape(body).contains(head), "running head left in the prose: " + head);
    }
    assertFalse(body.matches("(?s).*Page \\d+ of \\d+.*"));
  }
}
