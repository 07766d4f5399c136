package org.litmine.pipeline.beam;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.litmine.pipeline.document.Paper;
import org.litmine.pipeline.limits.LanguageGuess;
import org.litmine.pipeline.limits.Limits;
import org.litmine.pipeline.limits.TimeBudget;
import org.litmine.pipeline.options.LitmineOptions;
import org.litmine.pipeline.output.FailureRecord;
import org.litmine.pipeline.output.Json;
import org.litmine.pipeline.read.PaperReaders;
import org.litmine.pipeline.read.PdfPaperReader;
import org.litmine.pipeline.read.ReadException;

/**
 * The read stage: reads one input path into a {@link Paper}, handed as it is to the annotate stage
 * ({@link ReadAndAnnotate}), or a failure line naming the reason. The read runs under the run's time budget and size
 * limits ({@link Limits}); a paper not in one of the run's languages is a failure
 * ({@code "not English (detected: de)"}); a truncated PDF whose readable pages are kept gets a note.
 */
final class ReadPaper implements Serializable {

  static final String STAGE = "read";

  private final Counter millis = Metrics.counter(ReadPaper.class, "read_ms");
  private final Counter pages = Metrics.counter(ReadPaper.class, "pages");
  private transient Limits limits;
  private transient PaperReaders readers;

  /** Called once per DoFn instance, in its {@code @Setup}, with the run's options. */
  void prepare(LitmineOptions options) {
    limits = Limits.of(options);
    readers = PaperReaders.all(limits.read());
  }

  /** Reads one path into its paper, or puts its failure line in {@code out} and gives none. */
  Optional<Paper> read(String path, ElementOutput out) {
    long start = System.nanoTime();
    try {
      Paper paper = limits.timeBudget().run(STAGE, () -> readers.read(Path.of(path)));
      Optional<String> refusal = LanguageGuess.refusal(LanguageGuess.of(paper), limits.languages());
      if (refusal.isPresent()) {
        throw new ReadException(refusal.get());
      }
      out.count(pages, paper.pages());
      return Optional.of(paper.withNotes(notes(paper)));
    } catch (ReadException | TimeBudget.Exceeded e) {
      out.output(Tags.FAILURES, Json.line(FailureRecord.of(path, STAGE, e.getMessage(), e.getCause())));
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      out.output(Tags.FAILURES, Json.line(
          FailureRecord.of(path, STAGE, "reader crashed: " + e.getClass().getSimpleName(), e)));
    } finally {
      out.count(millis, (System.nanoTime() - start) / 1_000_000);
    }
    return Optional.empty();
  }

  private static List<String> notes(Paper paper) {
    List<String> notes = new ArrayList<>();
    if (paper.format().equals("pdf") && PdfPaperReader.looksTruncated(Path.of(paper.path()))) {
      notes.add("truncated PDF (no %%EOF at its end): the pages PDFBox could recover were read, others may be "
          + "missing");
    }
    return notes;
  }
}
