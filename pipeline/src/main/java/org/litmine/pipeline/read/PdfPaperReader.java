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

  /** How far from the end of the file a complete PDF has its {@code %%EOF} marker. */
  static final int TAIL = 1024;

  private final ReadLimits limits;

  /** A reader with no page limit. */
  public PdfPaperReader() {
    this(ReadLimits.NONE);
  }

  /** A reader that refuses PDFs with more than {@link ReadLimits#maxPages} pages before extracting their text. */
  public PdfPaperReader(ReadLimits limits) {
    this.limits = limits;
  }

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
    boolean truncated = looksTruncated(path);
    try (PDDocument pdf = Loader.loadPDF(path.toFile())) {
      if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
        throw new ReadException("encrypted PDF: the owner does not permit text extraction");
      }
      limits.checkPages(pdf.getNumberOfPages());
      GlyphCollector.Collected collected = GlyphCollector.collect(pdf);
      List<PageGlyphs> glyphs = collected.pages();
      if (glyphs.stream().allMatch(p -> p.glyphs().stream().allMatch(g -> g.isSpace()))) {
        throw new ReadException(truncated ? TRUNCATED_NO_TEXT
            : "no text layer: the PDF has no extractable text (scanned image?)");
      }
      PaperBuilder builder = new PaperBuilder();
      collected.decoding().note().ifPresent(builder::note);
      PdfLayout layout = PdfLayout.analyse(glyphs, builder);
      FrontMatter front = layout.front();
      String title = front.title() != null ? front.title() : pdf.getDocumentInformation().getTitle();
      Optional<String> doi = front.doiIfAny();
      Paper paper = builder.build(DocIds.of(path, doi), path.toString(), sha256, format(), layout.pages(), title,
          doi.orElse(null));
      if (paper.sections().isEmpty()) {
        throw new ReadException(truncated ? TRUNCATED_NO_TEXT
            : "no text layer: the PDF has no running text to extract");
      }
      return paper;
    } catch (InvalidPasswordException e) {
      throw new ReadException("encrypted PDF: a password is required to open it", e);
    } catch (IOException e) {
      throw new ReadException((truncated ? "damaged PDF (truncated): " : "damaged PDF: ") + oneLine(e.getMessage()),
          e);
    }
  }

  private static final String TRUNCATED_NO_TEXT =
      "damaged PDF: the file is truncated (no %%EOF at its end) and no text could be recovered";

  /**
   * Whether a PDF lacks the {@code %%EOF} marker near its end, as a download cut short does. PDFBox still reads
   * what it can of such a file; a caller that keeps the text should say that pages may be missing.
   */
  public static boolean looksTruncated(Path path) {
    try (var file = java.nio.channels.FileChannel.open(path)) {
      long size = file.size();
      java.nio.ByteBuffer tail = java.nio.ByteBuffer.allocate((int) Math.min(size, TAIL));
      file.read(tail, size - tail.capacity());
      return !new String(tail.array(), 0, tail.position(), StandardCharsets.ISO_8859_1).contains("%%EOF");
    } catch (IOException e) {
      return false;
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
    String start = new String(head, 0, n, StandardCharsets.ISO_8859_1);
    if (!start.contains("%PDF-")) {
      throw new ReadException("not a PDF: " + whatItIs(start));
    }
  }

  /** What a file without a PDF header seems to be, from its first bytes. */
  static String whatItIs(String start) {
    String head = start.replace("\uFEFF", "").replace("\u00EF\u00BB\u00BF", "").stripLeading()
        .toLowerCase(java.util.Locale.ROOT);
    if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<html")) {
      return "the file is an HTML page (a web page saved as .pdf?)";
    }
    if (head.startsWith("<?xml") || head.startsWith("<")) {
      return "the file is XML or markup";
    }
    if (!head.isEmpty() && head.chars().allMatch(c -> c >= 0x20 && c < 0x7f || c == '\n' || c == '\r'
        || c == '\t' || c >= 0x80)) {
      return "the file is plain text";
    }
    return "the file has no %PDF header";
  }

  private static String oneLine(String message) {
    return message == null ? "unknown error" : message.replaceAll("\\s+", " ").strip();
  }
}
