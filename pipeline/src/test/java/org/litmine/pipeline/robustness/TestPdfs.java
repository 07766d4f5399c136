package org.litmine.pipeline.robustness;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Builds the PDFs of the bad-input battery with PDFBox, in memory: simple one-column papers (title, heading,
 * paragraphs wrapped to the page), and variants of them (encrypted, image-only, very long lines, many pages).
 */
final class TestPdfs {

  private static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private static final PDType1Font HELVETICA_BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private static final float MARGIN = 72;
  private static final float SIZE = 10;
  private static final float LEADING = 13;

  private TestPdfs() {}

  /** A paper: a bold title, then for each heading its paragraphs, wrapped to A4 pages. */
  static byte[] paper(String title, List<String> headingsAndParagraphs) throws IOException {
    try (PDDocument pdf = new PDDocument()) {
      write(pdf, title, headingsAndParagraphs);
      return save(pdf);
    }
  }

  /** The same paper, protected with the given passwords; {@code userPassword} may be empty (opens without one). */
  static byte[] encrypted(String title, List<String> body, String userPassword, boolean allowExtraction)
      throws IOException {
    try (PDDocument pdf = new PDDocument()) {
      write(pdf, title, body);
      AccessPermission permission = new AccessPermission();
      permission.setCanExtractContent(allowExtraction);
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, permission);
      policy.setEncryptionKeyLength(128);
      pdf.protect(policy);
      return save(pdf);
    }
  }

  /** A "scanned" paper: every page one image of text-like stripes, no text layer at all. */
  static byte[] imageOnly(int pages) throws IOException {
    try (PDDocument pdf = new PDDocument()) {
      BufferedImage scan = new BufferedImage(300, 400, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = scan.createGraphics();
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, 300, 400);
      g.setColor(Color.BLACK);
      for (int y = 20; y < 380; y += 12) {
        g.fillRect(20, y, 200 + (y * 7) % 60, 5);
      }
      g.dispose();
      for (int i = 0; i < pages; i++) {
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        PDImageXObject image = LosslessFactory.createFromImage(pdf, scan);
        try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
          cs.drawImage(image, MARGIN, MARGIN, 450, 600);
        }
      }
      return save(pdf);
    }
  }

  /** Many small pages (A7), each with one short sentence of its own. */
  static byte[] manyPages(int pages) throws IOException {
    try (PDDocument pdf = new PDDocument()) {
      for (int i = 1; i <= pages; i++) {
        PDPage page = new PDPage(new PDRectangle(210, 298));
        pdf.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
          cs.beginText();
          cs.setFont(HELVETICA, 8);
          cs.newLineAtOffset(12, 150);
          cs.showText("Sample " + Integer.toString(i, 36) + " was " + WORDS[i % WORDS.length] + " at day " + i + ".");
          cs.endText();
        }
      }
      return save(pdf);
    }
  }

  private static final String[] WORDS = {"stored", "thawed", "sequenced", "stained", "measured", "counted", "washed"};

  /** A page whose paragraph is followed by one text line of {@code chars} characters shown in a single operator. */
  static byte[] longLine(String title, String paragraph, String line) throws IOException {
    try (PDDocument pdf = new PDDocument()) {
      write(pdf, title, List.of("# Results", paragraph));
      PDPage page = pdf.getPage(pdf.getNumberOfPages() - 1);
      try (PDPageContentStream cs = new PDPageContentStream(pdf, page, PDPageContentStream.AppendMode.APPEND, true)) {
        cs.beginText();
        cs.setFont(HELVETICA, 1);
        cs.newLineAtOffset(MARGIN, MARGIN);
        cs.showText(line);
        cs.endText();
      }
      return save(pdf);
    }
  }

  /** Saves with a classic cross-reference table (no object streams), as most published PDFs have. */
  private static byte[] save(PDDocument pdf) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    pdf.save(bytes, CompressParameters.NO_COMPRESSION);
    return bytes.toByteArray();
  }

  /** Lays out a title and the body; a body entry starting with "# " is a heading. */
  private static void write(PDDocument pdf, String title, List<String> body) throws IOException {
    float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
    List<Object[]> lines = new ArrayList<>();
    lines.add(new Object[] {HELVETICA_BOLD, 16f, title});
    lines.add(new Object[] {HELVETICA, SIZE, ""});
    for (String entry : body) {
      if (entry.startsWith("# ")) {
        lines.add(new Object[] {HELVETICA_BOLD, 12f, entry.substring(2)});
      } else {
        for (String wrapped : wrap(entry, width)) {
          lines.add(new Object[] {HELVETICA, SIZE, wrapped});
        }
        lines.add(new Object[] {HELVETICA, SIZE, ""});
      }
    }
    float top = PDRectangle.A4.getHeight() - MARGIN;
    PDPageContentStream cs = null;
    float y = 0;
    try {
      for (Object[] line : lines) {
        if (cs == null || y < MARGIN) {
          if (cs != null) {
            cs.close();
          }
          PDPage page = new PDPage(PDRectangle.A4);
          pdf.addPage(page);
          cs = new PDPageContentStream(pdf, page);
          y = top;
        }
        float size = (Float) line[1];
        if (!((String) line[2]).isEmpty()) {
          cs.beginText();
          cs.setFont((PDType1Font) line[0], size);
          cs.newLineAtOffset(MARGIN, y);
          cs.showText((String) line[2]);
          cs.endText();
        }
        y -= size > SIZE ? size * 1.6f : LEADING;
      }
    } finally {
      if (cs != null) {
        cs.close();
      }
    }
  }

  private static List<String> wrap(String text, float width) throws IOException {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (HELVETICA.getStringWidth(candidate) / 1000 * SIZE > width && !line.isEmpty()) {
        out.add(line.toString());
        line.setLength(0);
        line.append(word);
      } else {
        line.setLength(0);
        line.append(candidate);
      }
    }
    if (!line.isEmpty()) {
      out.add(line.toString());
    }
    return out;
  }
}
