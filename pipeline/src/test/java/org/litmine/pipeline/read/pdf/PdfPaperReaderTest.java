package org.litmine.pipeline.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litmine.pipeline.read.PdfPaperReader;
import org.litmine.pipeline.read.ReadException;

/** Bad PDFs fail with a clear one-line reason. */
class PdfPaperReaderTest {

  private static String reason(Path file) {
    return assertThrows(ReadException.class, () -> new PdfPaperReader().read(file, "x")).getMessage();
  }

  @Test
  void emptyFile(@TempDir Path dir) throws Exception {
    Path file = Files.createFile(dir.resolve("empty.pdf"));
    assertEquals("empty file (0 bytes)", reason(file));
  }

  @Test
  void notAPdf(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("text.pdf"), "just some text, no PDF here");
    assertEquals("not a PDF: the file is plain text", reason(file));
  }

  @Test
  void noTextLayer(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("blank.pdf");
    try (PDDocument pdf = new PDDocument()) {
      pdf.addPage(new PDPage());
      pdf.save(file.toFile());
    }
    assertEquals("no text layer: the PDF has no extractable text (scanned image?)", reason(file));
  }

  @Test
  void encrypted(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("locked.pdf");
    try (PDDocument pdf = new PDDocument()) {
      pdf.addPage(new PDPage());
      pdf.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
      pdf.save(file.toFile());
    }
    assertEquals("encrypted PDF: a password is required to open it", reason(file));
  }
}
