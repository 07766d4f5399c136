package org.litmine.pipeline.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.litmine.pipeline.output.Json;
import org.litmine.pipeline.output.OutputFiles;

/** Writes {@code report.md}, {@code report.html} and {@code metrics.json} for an {@link Evaluation}. */
public final class ReportWriter {

  private ReportWriter() {}

  public static void write(Evaluation evaluation, Path dir) throws IOException {
    Files.createDirectories(dir);
    OutputFiles.writeAtomically(dir.resolve("report.md"), MarkdownReport.render(evaluation));
    OutputFiles.writeAtomically(dir.resolve("report.html"), HtmlReport.render(evaluation));
    OutputFiles.writeAtomically(dir.resolve("metrics.json"),
        Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(evaluation.metrics()) + "\n");
  }
}
