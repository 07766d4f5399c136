package org.litmine.pipeline.fidelity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.litmine.pipeline.read.ReadException;

/**
 * The reader's fidelity over a set of papers with twins, as a Markdown table: per paper the structure (body words
 * in named sections) and the text recovery (all text), recall and precision, and the references found. Arguments
 * are folders, searched for {@code fulltext.pdf} beside a {@code fulltext.xml} twin (JATS or BMC art), or pairs
 * {@code PAPER=REFERENCE}; papers are listed in path order.
 *
 * <pre>java -cp "pipeline/target/classes:$(cat pipeline/target/classpath.txt)" \
 *     org.litmine.pipeline.fidelity.FidelityBench [--report reports/fidelity.md] FOLDER|PAPER=REFERENCE...</pre>
 */
public final class FidelityBench {

  private FidelityBench() {}

  public static void main(String[] args) throws IOException {
    Path report = null;
    List<Path[]> pairs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--report")) {
        report = Path.of(args[++i]);
      } else if (args[i].contains("=")) {
        String[] parts = args[i].split("=", 2);
        pairs.add(new Path[] {Path.of(parts[0]), Path.of(parts[1])});
      } else {
        pairs.addAll(twins(Path.of(args[i])));
      }
    }
    if (pairs.isEmpty()) {
      System.err.println("usage: FidelityBench [--report FILE.md] FOLDER|PAPER=REFERENCE...");
      System.exit(2);
    }
    List<String> rows = new ArrayList<>();
    for (Path[] pair : pairs) {
      rows.add(row(pair[0], pair[1]));
      System.err.println(rows.get(rows.size() - 1));
    }
    String table = table(rows);
    if (report == null) {
      System.out.print(table);
    } else {
      Files.writeString(report, table);
    }
  }

  /** The PDFs under a folder that have an XML twin beside them, in path order. */
  static List<Path[]> twins(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(p -> p.getFileName().toString().equals("fulltext.pdf"))
          .filter(p -> Files.isRegularFile(p.resolveSibling("fulltext.xml"))).sorted()
          .map(p -> new Path[] {p, p.resolveSibling("fulltext.xml")}).toList();
    }
  }

  private static String row(Path paper, Path reference) {
    String name = paper.getParent() == null ? paper.toString() : paper.getParent().getFileName() + "/"
        + paper.getFileName();
    try {
      FidelityReport r = Fidelity.measure(paper, reference);
      return String.format(Locale.ROOT, "| %s | %.3f | %.3f | %d / %d | %.3f | %.3f | %d / %d | %d / %d |", name,
          r.body().recall(), r.body().precision(), r.body().common(), r.body().referenceWords(),
          r.text().recall(), r.text().precision(), r.text().common(), r.text().referenceWords(), r.entries(),
          r.referenceEntries());
    } catch (ReadException | IOException | RuntimeException e) {
      return "| " + name + " | cannot read: " + e.getMessage() + " | | | | | | |";
    }
  }

  private static String table(List<String> rows) {
    StringBuilder out = new StringBuilder();
    out.append("# PDF reading fidelity\n\n");
    out.append("Each PDF against its twin (JATS or BMC's `art` XML; the review against its publisher's text), words"
        + " compared in reading order by longest common subsequence after the extracted sections are put in the"
        + " twin's order of them (`org.litmine.pipeline.fidelity.Fidelity`). **Structure**: the body words in named"
        + " sections (every section but the front matter and the abstract, headings included) against the twin's"
        + " body and back sections. **Text recovery**: the words of every section, front matter and abstract"
        + " included, against all of the twin's text (title and reference list excluded on both sides).\n\n");
    out.append("| paper | structure recall | structure precision | body words matched / twin |"
        + " text recall | text precision | words matched / twin | references found / twin |\n");
    out.append("|---|---|---|---|---|---|---|---|\n");
    rows.forEach(r -> out.append(r).append('\n'));
    return out.toString();
  }
}
