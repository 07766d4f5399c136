package org.litmine.pipeline.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.litmine.pipeline.fidelity.Fidelity;
import org.litmine.pipeline.fidelity.FidelityReport;
import org.litmine.pipeline.read.ReadException;

/**
 * {@code ./litmine fidelity PAPER REFERENCE}: how faithfully a paper's text is extracted, against the publisher's
 * text ({@code .txt}) or a JATS XML twin. Prints body-word recall and precision, table cell accuracy, captions
 * and references found. Exit 0 when measured, 1 when a file cannot be read, 2 on a wrong command line.
 */
final class FidelityCommand {

  private FidelityCommand() {}

  static int run(ArgList args) throws UsageException {
    if (args.positional.size() != 2) {
      throw new UsageException("expected PAPER REFERENCE (a .pdf/.xml/.txt paper and a .txt or JATS .xml reference)");
    }
    Path paper = Path.of(args.positional.get(0));
    Path reference = Path.of(args.positional.get(1));
    for (Path p : new Path[] {paper, reference}) {
      if (!Files.isRegularFile(p)) {
        throw new UsageException("no such file: " + p);
      }
    }
    try {
      FidelityReport report = Fidelity.measure(paper, reference);
      System.out.print(report.describe());
      return 0;
    } catch (ReadException | IOException e) {
      System.err.println("litmine fidelity: cannot read: " + e.getMessage());
      return 1;
    }
  }
}
