package org.litmine.pipeline.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.litmine.pipeline.document.Paper;
import org.litmine.pipeline.document.PaperBuilder;
import org.litmine.pipeline.read.pdf.FrontMatter;
import org.litmine.pipeline.read.pdf.GlyphCollector;
import org.litmine.pipeline.read.pdf.PageGlyphs;
import org.litmine.pipeline.read.pdf.PdfLayout;

/**
 * Reads a PDF with PDFBox into the structure a reader sees: the glyphs of each page are collected with their
 * fonts and positions and analysed by {@link PdfLayout} (columns, running heads, headings, paragraphs, captions,
 * tables, references). Files that cannot be read fail with a one-line reason: empty, not a PDF, encrypted, damaged,
 * or without a text layer.
 */
public final class PdfPaperReader implements PaperReader {

  @Override
  public String format() {
    return "pdf";
  }

  @Override
  public boolean accepts(String fileName) {
    return fileName.endsWith(".pdf");
  }

  @Override
  public Paper read(Path path, String sha256) throws ReadException {
    checkHeader(path);
    try (PDDocument pdf = Loader.loadPDF(path.toFile())) {
      if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
        throw new ReadException("encrypted PDF: the owner does not permit text extraction");
      }
      List<PageGlyphs> glyphs = GlyphCollector.collect(pdf);
      if (glyphs.stream().allMatch(p -> p.glyphs().stream().allMatch(g -> g.isSpace()))) {
        throw new ReadException("no text layer: the PDF has no extractable text (scanned image?)");
      }
      PaperBuilder builder = new PaperBuilder();
      PdfLayout layout = PdfLayout.analyse(glyphs, builder);
      FrontMatter front = layout.front();
      String title = front.title() != null ? front.title() : pdf.getDocumentInformation().getTitle();
      Optional<String> doi = front.doiIfAny();
      Paper paper = builder.build(DocIds.of(path, doi), path.toString(), sha256, format(), layout.pages(), title,
          doi.orElse(null));
      if (paper.sections().isEmpty()) {
        throw new ReadException("no text layer: the PDF has no running text to extract");
      }
      return paper;
    } catch (InvalidPasswordException e) {
      throw new ReadException("encrypted PDF: a password is required to open it", e);
    } catch (IOException e) {
      throw new ReadException("damaged PDF: " + oneLine(e.getMessage()), e);
    }
  }

  private static void checkHeader(Path path) throws ReadException {
    byte[] head = new byte[1024];
    int n;
    try (InputStream in = Files.newInputStream(path)) {
      n = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      throw new ReadException("cannot read file: " + oneLine(e.getMessage()), e);
    }
    if (n == 0) {
      throw new ReadException("empty file (0 bytes)");
    }
    if (!new String(head, 0, n, StandardCharsets.ISO_8859_1).contains("%PDF-")) {
      throw new ReadException("not a PDF: the file has no %PDF header");
    }
  }

  private static String oneLine(String message) {
    return message == null ? "unknown error" : message.replaceAll("\\s+", " ").strip();
  }
}
