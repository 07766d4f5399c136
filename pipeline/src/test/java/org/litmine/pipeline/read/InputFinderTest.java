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

    assertEquals(List.of(p("a.xml"), p("b.pdf"), p("c.pdf"), p("sub/a.pdf")), finder.inputs());
    assertEquals(List.of(
            p("a.pdf") + " | same paper as " + p("a.xml") + " (same folder and name, another format), read once from jats",
            p("c.txt") + " | same paper as " + p("c.pdf") + " (same folder and name, another format), read once from pdf"),
        finder.failures().stream().map(f -> f.path() + " | " + f.error()).toList());
  }

  @Test
  void readsEveryFormatWhenAsked() throws IOException {
    write("a.pdf", "pdf of a");
    write("a.xml", "jats of a");

    InputFinder finder = new InputFinder(PaperReaders.all()).skipDuplicates(false).scan(dir);

    assertEquals(List.of(p("a.pdf"), p("a.xml")), finder.inputs());
    assertEquals(List.<FailureRecord>of(), finder.failures());
  }

  @Test
  void reportsACopyBeforeComparingFormats() throws IOException {
    write("a.pdf", "same bytes");
    write("b.pdf", "same bytes");
    write("b.xml", "jats of b");

    InputFinder finder = new InputFinder(PaperReaders.all()).skipDuplicates(true).scan(dir);

    assertEquals(List.of(p("a.pdf"), p("b.xml")), finder.inputs());
    assertEquals(List.of(p("b.pdf") + " | duplicate of " + p("a.pdf") + " (same SHA-256), read once"),
        finder.failures().stream().map(f -> f.path() + " | " + f.error()).toList());
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
