package org.litmine.annotators.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconTest {

  @TempDir Path dir;

  private Lexicon write(String text) throws IOException {
    Path file = dir.resolve("lex.tsv");
    Files.writeString(file, text);
    return Lexicon.load(file.toString());
  }

  @Test
  void looksUpSurfacesWhateverTheirCaseUnlessCaseSensitive() throws IOException {
    Lexicon lexicon = write("# comment\nIGF-IR\tIGF1R\nALL\tacute lymphoblastic leukemia\tcs\nErk1/2\tMAPK3|MAPK1\n");
    assertEquals(Optional.of(List.of("IGF1R")), lexicon.lookup("igf-ir"));
    assertEquals(Optional.of(List.of("acute lymphoblastic leukemia")), lexicon.lookup("ALL"));
    assertTrue(lexicon.lookup("all").isEmpty(), "'all' the word must not match the case-sensitive 'ALL'");
    assertEquals(Optional.of(List.of("MAPK3", "MAPK1")), lexicon.lookup("ERK1/2"));
  }

  @Test
  void theFirstEntryOfARepeatedSurfaceWins() throws IOException {
    Lexicon lexicon = write("HER2\tERBB2\nHER2\tOTHER\n");
    assertEquals(Optional.of(List.of("ERBB2")), lexicon.lookup("HER2"));
  }

  @Test
  void aNumberAfterAWordMeetsItsNameWrittenWithASpaceOrAHyphen() throws IOException {
    Lexicon lexicon = write("interleukin 6 receptor\tIL6R\ncyclin-dependent kinase-4\tCDK4\nIL 6\tIL6\n"
        + "coagulation factor 7\tF7\ncoagulation factor-7\tOTHER\nagent-1\tAGENT\n");
    assertEquals(Optional.of(List.of("IL6R")), lexicon.lookup("Interleukin-6 receptor"));
    assertEquals(Optional.of(List.of("CDK4")), lexicon.lookup("cyclin-dependent kinase 4"));
    assertTrue(lexicon.lookup("IL-6").isEmpty(), "only a word of three or more lower-case letters takes the variant");
    assertEquals(Optional.of(List.of("OTHER")), lexicon.lookup("coagulation factor-7"), "a listed form keeps its ids");
    assertTrue(lexicon.lookup("agent 1").isEmpty(), "a word and a number alone take no variant");
  }

  @Test
  void aMalformedLineFailsNamingTheLine() throws IOException {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> write("IGF-IR\tIGF1R\nbroken\n"));
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
  }

  @Test
  void aMissingFileFailsNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Lexicon.load("no/such.tsv"));
    assertTrue(e.getMessage().contains("no/such.tsv"), e.getMessage());
  }

  @Test
  void spansAreBoundedByTheTokensASurfaceCanSplitInto() throws IOException {
    assertTrue(write("type I IGF receptor\tIGF1R\n").maxTokens() >= 4);
    assertTrue(write("IGF-IR/InsR\tIGF1R\n").maxTokens() >= 5);
  }

  @Test
  void aMixedCaseSurfaceIsFoundFoldedOnlyWhenAskedAndNeverForAnAbbreviation() {
    Lexicon genes = Lexicon.load("org/litmine/annotators/testlex/genes.tsv");
    assertEquals(java.util.Optional.empty(), genes.lookup("snail"));
    assertEquals(java.util.Optional.of(java.util.List.of("SNAI1")), genes.lookupFolded("snail"));
    assertEquals(java.util.Optional.empty(), genes.lookupFolded("met"), "MET is all capitals: an abbreviation");
  }
}
