package org.litmine.pipeline.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.litmine.pipeline.document.Paper;
import org.litmine.pipeline.document.Paragraph;
import org.litmine.pipeline.document.Section;
import org.litmine.pipeline.fidelity.Fidelity;
import org.litmine.pipeline.fidelity.FidelityReport;

/**
 * PDFs of publishers whose layouts the reader was not written for (BMC, Springer/Trials, PLoS ONE, Frontiers,
 * F1000Research, J Ethnobiol Ethnomed), each read against its XML twin (JATS, or BMC's art XML).
 */
class PublishersReadingIT {

  static final Path DIR = Path.of("../../shared/corpus/publishers");
  static final Pattern DATES_OR_LICENCE = Pattern.compile("(received|accepted|published)[: ]+\\d|©|copyright\\b");

  @ParameterizedTest
  @ValueSource(strings = {"1471-2148-14-70", "3-190", "PMC4417228", "fpsyg-05-01582", "journal.pone.0115884",
      "trials_16_1_1"})
  void bodyWordsLandInNamedSectionsAndNothingElseDoes(String id) throws Exception {
    Path pdf = DIR.resolve(id).resolve("fulltext.pdf");
    Paper paper = PaperReaders.all().read(pdf);
    FidelityReport report = Fidelity.measure(paper, Fidelity.readReference(pdf.resolveSibling("fulltext.xml")), id,
        "twin");
    assertTrue(report.body().recall() >= 0.95, report.describe());
    assertTrue(report.body().precision() >= 0.95, report.describe());
    assertTrue(report.text().recall() >= 0.95, report.describe());

    String body = String.join("\n", paper.sections().stream().flatMap(s -> s.paragraphs().stream())
        .map(Paragraph::text).toList());
    for (String head : RunningHeads.of(pdf.toFile())) {
      assertFalse(RunningHeads.shape(body).contains(head), "running head left in the prose: " + head);
    }
    for (Section section : paper.sections()) {
      for (Paragraph p : section.paragraphs()) {
        String text = p.text().toLowerCase(Locale.ROOT);
        assertFalse(DATES_OR_LICENCE.matcher(text).lookingAt(), "front matter in " + section.name() + ": " + p.text());
      }
    }
  }

  @Test
  void peerReviewReportsAreLeftOutAndUndecodableGlyphsNoted() throws Exception {
    Paper paper = PaperReaders.all().read(DIR.resolve("3-190").resolve("fulltext.pdf"));
    List<String> names = paper.sections().stream().map(Section::name).toList();
    assertTrue(names.containsAll(List.of("Introduction", "Methods", "Results", "Discussion")), names.toString());
    assertFalse(paper.sections().stream().flatMap(s -> s.paragraphs().stream())
        .anyMatch(p -> p.text().contains("I have read this submission")), "a referee report in the body");
    assertEquals(1, paper.notes().size(), paper.notes().toString());
    assertTrue(paper.notes().get(0).contains("could not be decoded"), paper.notes().toString());
    assertFalse(paper.sections().stream().flatMap(s -> s.paragraphs().stream())
        .anyMatch(p -> p.text().codePoints().anyMatch(c -> c >= 0xE000 && c <= 0xF8FF)), "Private Use characters");
  }
}
