package org.litmine.pipeline.beam;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.litmine.pipeline.document.Paper;
import org.litmine.pipeline.limits.DocumentNotes;
import org.litmine.pipeline.limits.LanguageGuess;
import org.litmine.pipeline.limits.Limits;
import org.litmine.pipeline.limits.TimeBudget;
import org.litmine.pipeline.output.FailureRecord;
import org.litmine.pipeline.output.Json;
import org.litmine.pipeline.read.PaperReaders;
import org.litmine.pipeline.read.PdfPaperReader;
import org.litmine.pipeline.read.ReadException;

/**
 * Reads one input path into a paper (JSON), or a failure line naming the reason. The read runs under the run's
 * time budget and size limits ({@link Limits}); a paper not in one of the run's languages is a failure
 * ({@code "not English (detected: de)"}); a truncated PDF whose readable pages are kept gets a note.
 */
public class ReadPaperFn extends DoFn<String, String> {

  static final String STAGE = "read";

  private final Counter millis = Metrics.counter(ReadPaperFn.class, "read_ms");
  private final Counter pages = Metrics.counter(ReadPaperFn.class, "pages");
  private transient Limits limits;
  private transient PaperReaders readers;

  @StartBundle
  public void startBundle(StartBundleContext context) {
    if (limits == null) {
      limits = Limits.of(context.getPipelineOptions().as(LitmineOptions.class));
      readers = PaperReaders.all(limits.read());
    }
  }

  @ProcessElement
  public void process(@Element String path, MultiOutputReceiver out) {
    long start = System.nanoTime();
    try {
      Paper paper = limits.timeBudget().run(STAGE, () -> readers.read(Path.of(path)));
      Optional<String> refusal = LanguageGuess.refusal(LanguageGuess.of(paper), limits.languages());
      if (refusal.isPresent()) {
        throw new ReadException(refusal.get());
      }
      pages.inc(paper.pages());
      out.get(Tags.PAPERS).output(DocumentNotes.add(Json.line(paper), notes(paper)));
    } catch (ReadException | TimeBudget.Exceeded e) {
      out.get(Tags.FAILURES).output(Json.line(FailureRecord.of(path, STAGE, e.getMessage(), e.getCause())));
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      out.get(Tags.FAILURES).output(Json.line(
          FailureRecord.of(path, STAGE, "reader crashed: " + e.getClass().getSimpleName(), e)));
    } finally {
      millis.inc((System.nanoTime() - start) / 1_000_000);
    }
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
