package org.litmine.pipeline.fidelity;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.litmine.pipeline.read.PdfPaperReader;
import org.litmine.pipeline.read.ReadException;

/**
 * Pages per second of litmine's PDF reader against PDFBox's plain {@link PDFTextStripper} on the same files, in
 * one run. Each round reads every file with both; the first {@code warmup} rounds are not timed.
 *
 * <pre>java -cp "pipeline/target/classes:$(cat pipeline/target/classpath.txt)" \
 *     org.litmine.pipeline.fidelity.ReadBench [--rounds N] [--warmup N] FILE.pdf...</pre>
 */
public final class ReadBench {

  private ReadBench() {}

  public static void main(String[] args) throws IOException, ReadException {
    int rounds = 5;
    int warmup = 2;
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--warmup" -> warmup = Integer.parseInt(args[++i]);
        default -> files.add(Path.of(args[i]));
      }
    }
    if (files.isEmpty()) {
      System.err.println("usage: ReadBench [--rounds N] [--warmup N] FILE.pdf...");
      System.exit(2);
    }
    PdfPaperReader reader = new PdfPaperReader();
    long plainNanos = 0;
    long litmineNanos = 0;
    int pages = 0;
    for (int round = 0; round < warmup + rounds; round++) {
      boolean timed = round >= warmup;
      for (Path file : files) {
        long start = System.nanoTime();
        int n;
        try (PDDocument pdf = Loader.loadPDF(new File(file.toString()))) {
          new PDFTextStripper().getText(pdf);
          n = pdf.getNumberOfPages();
        }
        long middle = System.nanoTime();
        reader.read(file, "");
        long end = System.nanoTime();
        if (timed) {
          plainNanos += middle - start;
          litmineNanos += end - middle;
          pages += n;
        }
      }
    }
    System.out.printf(Locale.ROOT, "%d files, %d pages timed over %d rounds%n", files.size(), pages, rounds);
    System.out.printf(Locale.ROOT, "PDFTextStripper (plain): %8.1f pages/s%n", pages / (plainNanos / 1e9));
    System.out.printf(Locale.ROOT, "litmine PdfPaperReader:  %8.1f pages/s%n", pages / (litmineNanos / 1e9));
  }
}
