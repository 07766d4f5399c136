package org.litmine.pipeline.robustness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The bad-input battery, generated at test time into a folder: every file a batch over real literature meets
 * sooner or later, next to one good paper. File names are the case names the tests assert on.
 */
final class Battery {

  static final String GOOD = "good-paper.pdf";
  static final String EMPTY_TEXT = "empty.txt";
  static final String ZERO_BYTE_PDF = "zero-bytes.pdf";
  static final String HTML_AS_PDF = "web-page.pdf";
  static final String TEXT_AS_PDF = "notes-renamed.pdf";
  static final String TRUNCATED = "truncated.pdf";
  static final String TRUNCATED_PARTIAL = "truncated-partial.pdf";
  static final String BROKEN_XREF = "broken-xref.pdf";
  static final String USER_PASSWORD = "encrypted-user-password.pdf";
  static final String OWNER_ONLY = "encrypted-owner-only.pdf";
  static final String NO_EXTRACTION = "encrypted-no-extraction.pdf";
  static final String SCANNED = "scanned.pdf";
  static final String PAGES_500 = "pages-500.pdf";
  static final String LONG_LINE_PDF = "long-line.pdf";
  static final String LONG_LINE_TEXT = "long-text-line.txt";
  static final String GERMAN = "german.pdf";
  static final String CHINESE = "chinese.txt";
  static final String DUPLICATE_A = "dup-a.pdf";
  static final String DUPLICATE_B = "dup-b.pdf";
  static final String LOCKED_FOLDER = "locked";
  static final String LOCKED_PAPER = "locked/inside.txt";
  static final String REAL_DAMAGED = "corrupt-real.pdf";

  /** The real damaged PDF of the shared corpus, relative to the pipeline module. */
  static final Path REAL_DAMAGED_SOURCE = Path.of("../../shared/corpus/bad/corrupt-real.pdf");

  static final List<String> PAPER = List.of(
      "# Abstract",
      "The insulin-like growth factor 1 receptor (IGF-IR) drives the growth of many tumours. We review how its "
          + "inhibitors act alone and with chemotherapy in cell lines and in patients.",
      "# Results",
      "IGF-IR inhibition sensitizes cancer cells to cisplatin. Linsitinib (OSI-906), a dual IGF-IR/InsR inhibitor, "
          + "blocked receptor phosphorylation in all lines tested.",
      "Cells were grown in medium with ten percent serum and counted every day for a week. The effect was "
          + "strongest in the lines that expressed the most receptor.");

  /** A sentence with no full stop, repeated into one line of at least {@code chars} characters. */
  static String longLine(int chars) {
    String[] words = ("the cells were treated with cisplatin and the growth of the tumour was measured in each of the "
        + "lines that expressed the receptor while the control cells received medium alone").split(" ");
    StringBuilder line = new StringBuilder(chars + 20);
    for (int i = 0; line.length() < chars; i++) {
      line.append(words[i % words.length]).append(' ');
    }
    return line.substring(0, chars);
  }

  /** Three pages: the body of {@link #PAPER} twelve times under numbered headings. */
  static List<String> longerPaper() {
    List<String> body = new java.util.ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      body.add("# Part " + i);
      body.add(PAPER.get(1));
      body.add(PAPER.get(3));
      body.add(PAPER.get(4));
    }
    return body;
  }

  private Battery() {}

  /** Writes every case into {@code dir}; the locked folder is left readable (see {@link #lock}). */
  static void write(Path dir) throws IOException {
    byte[] good = TestPdfs.paper("IGF-IR inhibitors in cancer: a short review", PAPER);
    Files.write(dir.resolve(GOOD), good);
    Files.write(dir.resolve(EMPTY_TEXT), new byte[0]);
    Files.write(dir.resolve(ZERO_BYTE_PDF), new byte[0]);
    Files.writeString(dir.resolve(HTML_AS_PDF), "<!DOCTYPE html>\n<html><head><title>Access denied</title></head>"
        + "<body><p>Please log in to download this article.</p></body></html>\n");
    Files.writeString(dir.resolve(TEXT_AS_PDF), "Notes on the IGF-IR review.\nRead the methods again.\n");
    Files.write(dir.resolve(TRUNCATED), Arrays.copyOf(good, good.length / 2));
    byte[] longer = TestPdfs.paper("A longer review, cut short", longerPaper());
    Files.write(dir.resolve(TRUNCATED_PARTIAL), Arrays.copyOf(longer, longer.length / 2));
    Files.write(dir.resolve(BROKEN_XREF), breakXref(good));
    Files.write(dir.resolve(USER_PASSWORD), TestPdfs.encrypted("Locked review", PAPER, "user-secret", true));
    Files.write(dir.resolve(OWNER_ONLY), TestPdfs.encrypted("Owner-protected review", PAPER, "", true));
    Files.write(dir.resolve(NO_EXTRACTION), TestPdfs.encrypted("No-copy review", PAPER, "", false));
    Files.write(dir.resolve(SCANNED), TestPdfs.imageOnly(2));
    Files.write(dir.resolve(PAGES_500), TestPdfs.manyPages(500));
    Files.write(dir.resolve(LONG_LINE_PDF), TestPdfs.longLine("A table flattened into one line", PAPER.get(3),
        longLine(100_000)));
    Files.writeString(dir.resolve(LONG_LINE_TEXT), "A table flattened into one line\n\n" + longLine(100_000) + "\n");
    Files.write(dir.resolve(GERMAN), TestPdfs.paper("IGF-IR-Hemmer bei Krebs: eine kurze Übersicht", List.of(
        "# Zusammenfassung",
        "Der Rezeptor des insulinähnlichen Wachstumsfaktors 1 (IGF-IR) fördert das Wachstum vieler Tumoren. Wir "
            + "fassen zusammen, wie seine Hemmer allein und mit einer Chemotherapie wirken, und zwar in Zelllinien "
            + "und bei Patienten.",
        "# Ergebnisse",
        "Die Hemmung von IGF-IR macht die Krebszellen empfindlicher für Cisplatin. Linsitinib, ein Hemmer von "
            + "IGF-IR und InsR, verhinderte die Phosphorylierung des Rezeptors in allen untersuchten Linien. Die "
            + "Wirkung war in den Linien am stärksten, die den Rezeptor am meisten exprimierten.")));
    Files.writeString(dir.resolve(CHINESE), "IGF-IR 抑制剂在癌症中的作用：简短综述\n\n"
        + "胰岛素样生长因子1受体（IGF-IR）促进许多肿瘤的生长。我们总结了其抑制剂单独使用以及与化疗联合使用时在细胞系和患者中的作用。\n\n"
        + "抑制 IGF-IR 使癌细胞对顺铂更加敏感。林西替尼是 IGF-IR 和胰岛素受体的双重抑制剂，在所有检测的细胞系中都阻断了受体的磷酸化。\n",
        StandardCharsets.UTF_8);
    byte[] duplicate = TestPdfs.paper("Cisplatin and IGF-IR: a duplicated download", List.of("# Results",
        "IGF-IR inhibition sensitizes cancer cells to cisplatin in every line we tested."));
    Files.write(dir.resolve(DUPLICATE_A), duplicate);
    Files.write(dir.resolve(DUPLICATE_B), duplicate);
    Files.createDirectories(dir.resolve(LOCKED_FOLDER));
    Files.writeString(dir.resolve(LOCKED_PAPER), "A paper in a folder nobody may list\n\n"
        + "IGF-IR inhibition sensitizes cancer cells to cisplatin.\n");
    Files.copy(REAL_DAMAGED_SOURCE, dir.resolve(REAL_DAMAGED));
  }

  /** Removes every permission from the locked folder; returns whether this process can still list it (root). */
  static boolean lock(Path dir) throws IOException {
    Path locked = dir.resolve(LOCKED_FOLDER);
    Files.setPosixFilePermissions(locked, java.util.Set.of());
    return Files.isReadable(locked) && Files.isExecutable(locked);
  }

  /** Gives the locked folder its permissions back, so that the temporary folder can be deleted. */
  static void unlock(Path dir) throws IOException {
    Path locked = dir.resolve(LOCKED_FOLDER);
    if (Files.exists(locked)) {
      Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
    }
  }

  /** Every input file name of the battery (the locked paper included), as the run's {@code path} ends with it. */
  static List<String> inputs() {
    return List.of(GOOD, EMPTY_TEXT, ZERO_BYTE_PDF, HTML_AS_PDF, TEXT_AS_PDF, TRUNCATED, TRUNCATED_PARTIAL,
        BROKEN_XREF, USER_PASSWORD, OWNER_ONLY, NO_EXTRACTION, SCANNED, PAGES_500, LONG_LINE_PDF, LONG_LINE_TEXT,
        GERMAN, CHINESE, DUPLICATE_A, DUPLICATE_B, LOCKED_PAPER, REAL_DAMAGED);
  }

  /** Overwrites the offsets of every cross-reference entry with digits that point past the end of the file. */
  static byte[] breakXref(byte[] pdf) {
    byte[] broken = pdf.clone();
    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    int xref = text.lastIndexOf("\nxref");
    if (xref < 0) {
      throw new IllegalStateException("no xref table to break");
    }
    int end = text.indexOf("trailer", xref);
    for (int i = text.indexOf('\n', xref + 5) + 1; i < end; i++) {
      // entries are "oooooooooo ggggg n\r\n"; the subsection header "0 N" is left alone
      int lineStart = text.lastIndexOf('\n', i - 1) + 1;
      if (i - lineStart < 10 && text.charAt(lineStart + 10) == ' ' && Character.isDigit(text.charAt(i))) {
        broken[i] = '9';
      }
    }
    return broken;
  }
}
