package org.litmine.pipeline.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litmine.pipeline.output.FailureRecord;

class InputFinderTest {

  @TempDir
  Path dir;

  @Test
  void readsOnePaperInSeveralFormatsOnceFromTheBestFormat() throws IOException {
    write("a.pdf", "pdf of a");
    write("a.xml", "jats of a");
    write("b.pdf", "pdf of b");
    write("c.txt", "text of c");
    write("c.pdf", "pdf of c");
    write("sub/a.pdf", "pdf of another a");

    InputFinder finder = new InputFinder(PaperReaders.all()).skipDuplicates(true).scan(dir);

    assertScan(finder, List.of(p("a.xml"), p("b.pdf"), p("c.pdf"), p("sub/a.pdf")),
            p("a.pdf") + " | same paper as " + p("a.xml") + " (same folder and name, another format), read once from jats",
            p("c.txt") + " | same paper as " + p("c.pdf") + " (same folder and name, another format), read once from pdf");
  }

  @Test
  void readsEveryFormatWhenAsked() throws IOException {
    write("a.pdf", "pdf of a");
    write("a.xml", "jats of a");

    InputFinder finder = new InputFinder(PaperReaders.all()).skipDuplicates(false).scan(dir);

    assertEquals(List.of(p("a.pdf"), p("a.xml")), finder.inputs());
    assertEquals(List.<FailureRecord>of(), finder.failures());
    assertEquals(List.<FailureRecord>of(), finder.skipped());
  }

  @Test
  void reportsACopyBeforeComparingFormats() throws IOException {
    write("a.pdf", "same bytes");
    write("b.pdf", "same bytes");
    write("b.xml", "jats of b");

    InputFinder finder = new InputFinder(PaperReaders.all()).skipDuplicates(true).scan(dir);

    assertEquals(List.of(p("a.pdf"), p("b.xml")), finder.inputs());
    assertEquals(List.of(p("b.pdf") + " | duplicate of " + p("a.pdf") + " (same SHA-256), read once"),
        lines(finder.skipped()));
  }

  @Test
  void followsALinkToAPaperAndReadsAPaperTwoLinksShowOnce() throws IOException {
    Path elsewhere = Files.createDirectories(dir.resolveSibling(dir.getFileName() + "-elsewhere"));
    Files.writeString(elsewhere.resolve("paper.txt"), "text of a paper kept elsewhere");
    Files.createDirectories(dir.resolve("corpus"));
    Files.createSymbolicLink(dir.resolve("corpus/linked.txt"), elsewhere.resolve("paper.txt"));
    Files.createSymbolicLink(dir.resolve("corpus/again.txt"), elsewhere.resolve("paper.txt"));
    Files.createSymbolicLink(dir.resolve("corpus/folder"), elsewhere);

    InputFinder finder = new InputFinder(PaperReaders.all()).skipDuplicates(true).scan(dir.resolve("corpus"));

    assertScan(finder, List.of(p("corpus/again.txt")),
            p("corpus/folder/paper.txt") + " | duplicate of " + p("corpus/again.txt") + " (same SHA-256), read once",
            p("corpus/linked.txt") + " | duplicate of " + p("corpus/again.txt") + " (same SHA-256), read once");
  }

  @Test
  void reportsALinkLoopAndABrokenLinkAndCountsOtherFiles() throws IOException {
    write("a/paper.txt", "text of a");
    write("a/notes.md", "notes");
    Files.createSymbolicLink(dir.resolve("a/loop"), dir);
    Files.createSymbolicLink(dir.resolve("gone.pdf"), dir.resolve("nowhere.pdf"));

    InputFinder finder = new InputFinder(PaperReaders.all()).skipDuplicates(true).scan(dir);

    assertEquals(List.of(p("a/paper.txt")), finder.inputs());
    assertEquals(List.of(p("a/loop") + " | symbolic link loop: " + p("a/loop") + " leads back to " + dir
        + ", a folder above it, whose files are read once from there"), lines(finder.skipped()));
    assertEquals(List.of(p("gone.pdf") + " | broken symbolic link: " + p("nowhere.pdf") + " does not exist"),
        lines(finder.failures()));
    assertEquals(java.util.Map.of(".md", 1), finder.ignored());
  }

  @Test
  void anXmlFileThatIsNotJatsGivesWayToItsPdf() throws IOException {
    write("p/fulltext.xml", "<?xml version='1.0'?>\n<!DOCTYPE art SYSTEM 'article.dtd'>\n<art><ui>1</ui></art>");
    write("p/fulltext.pdf", "pdf of p");
    write("q/fulltext.xml", "<?xml version='1.0'?>\n<!-- c --><article><front/></article>");
    write("q/fulltext.pdf", "pdf of q");

    InputFinder finder = new InputFinder(PaperReaders.all()).skipDuplicates(true).scan(dir);

    assertScan(finder, List.of(p("p/fulltext.pdf"), p("q/fulltext.xml")),
            p("p/fulltext.xml") + " | same paper as " + p("p/fulltext.pdf") + " (same folder and name, another format),"
                + " read once from pdf; this file is not JATS (its root element is <art>, not <article>)",
            p("q/fulltext.pdf") + " | same paper as " + p("q/fulltext.xml") + " (same folder and name, another format),"
                + " read once from jats");
  }

  /** The files to read, and the skips as "path | reason", in order. */
  private static void assertScan(InputFinder finder, List<String> inputs, String... skipped) {
    assertEquals(inputs, finder.inputs());
    assertEquals(List.of(skipped), lines(finder.skipped()));
  }

  private static List<String> lines(List<FailureRecord> records) {
    return records.stream().map(f -> f.path() + " | " + f.error()).toList();
  }

  private void write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private String p(String name) {
    return dir.resolve(name).toString();
  }
}
