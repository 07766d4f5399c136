package org.litmine.pipeline.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litmine.pipeline.document.Paper;
import org.litmine.pipeline.document.Paragraph;
import org.litmine.pipeline.document.Reference;
import org.litmine.pipeline.document.Section;

class TextPaperReaderTest {

  @TempDir Path dir;

  private Paper read(String text) throws Exception {
    Path file = dir.resolve("paper.txt");
    Files.writeString(file, text);
    return new TextPaperReader().read(file, "sha");
  }

  private static List<String> prose(Paper paper) {
    return paper.sections().stream().flatMap(s -> s.paragraphs().stream()).map(Paragraph::text).toList();
  }

  @Test
  void shortLinesOpenSectionsAndTheReferenceListStaysOutOfTheProse() throws Exception {
    Paper paper = read(String.join("\n",
        "IGF-IR signalling in drug resistance", "",
        "Introduction", "",
        "IGF-IR inhibition sensitizes cells to cisplatin.", "",
        "Results are shown in Table 1", "and discussed below.", "",
        "References", "",
        "1. Smith J. The IGF-IR inhibitor picropodophyllin blocks growth. J Biol. 2010;1:1-2.",
        "[2] Doe A. Alectinib, an ALK inhibitor. Cancer. 2011;2:3-4.",
        "- Roe B. Trastuzumab resistance. Onc. 2012;3:5-6.", "",
        "Publisher's Note", "",
        "Springer Nature remains neutral."));
    assertEquals(List.of("Body", "Introduction", "Publisher's Note"),
        paper.sections().stream().map(Section::name).toList());
    assertEquals("IGF-IR signalling in drug resistance", paper.title());
    assertEquals(List.of(1, 2, 0), paper.references().stream().map(Reference::number).toList());
    assertEquals("Doe A. Alectinib, an ALK inhibitor. Cancer. 2011;2:3-4.", paper.references().get(1).text());
    assertTrue(prose(paper).contains("Results are shown in Table 1 and discussed below."), "two lines: no heading");
    assertFalse(prose(paper).stream().anyMatch(p -> p.contains("picropodophyllin")), "no reference in the prose");
  }

  @Test
  void aTitleLineWithTheAbstractUnwrappedOnTheNextLineIsTheTitleAloneButAWrappedTitleIsWhole() throws Exception {
    String abstractText = "BACKGROUND: Older adults with acute myeloid leukemia who cannot tolerate intensive "
        + "induction chemotherapy survive less than a year with a hypomethylating agent alone. METHODS: Patients were "
        + "randomly assigned to venetoclax or placebo, each with decitabine.";
    Paper paper = read("Venetoclax plus decitabine in acute myeloid leukemia: a randomized phase 3 trial\n"
        + abstractText + "\n");
    assertEquals("Venetoclax plus decitabine in acute myeloid leukemia: a randomized phase 3 trial", paper.title());
    assertEquals(List.of("Venetoclax plus decitabine in acute myeloid leukemia: a randomized phase 3 trial",
        abstractText), prose(paper));
    Paper wrapped = read("Venetoclax plus decitabine in acute myeloid leukemia:\na randomized phase 3 trial\n\n"
        + abstractText + "\n");
    assertEquals("Venetoclax plus decitabine in acute myeloid leukemia: a randomized phase 3 trial", wrapped.title());
  }

  @Test
  void aHeadingIsOneShortLineThatDoesNotEndAsASentence() {
    assertTrue(TextPaperReader.isHeading("Molecularly targeted therapy"));
    assertTrue(TextPaperReader.isHeading("2.1 Cell lines"));
    assertFalse(TextPaperReader.isHeading("Cells were lysed."), "a sentence");
    assertFalse(TextPaperReader.isHeading("Keywords:"), "a label");
    assertFalse(TextPaperReader.isHeading("and the rest of it"), "lower case");
    assertFalse(TextPaperReader.isHeading("TRIAL REGISTRATION ClinicalTrials.gov Identifier: NCT02919969"),
        "a label with its value");
    assertFalse(TextPaperReader.isHeading("One two three four five six seven eight nine ten eleven"), "too long");
  }

  @Test
  void aMarkedEntryAfterTheReferencesIsNoHeadingEvenWhenShort() throws Exception {
    Paper paper = read("Title\n\nReferences\n\n1. Smith J. Cancer Res 2010\n\n2. Doe A. Onc 2011\n");
    assertEquals(2, paper.references().size());
    assertEquals(List.of("Body"), paper.sections().stream().map(Section::name).toList());
  }
}
