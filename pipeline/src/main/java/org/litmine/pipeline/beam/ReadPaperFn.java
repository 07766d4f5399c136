package org.litmine.pipeline.beam;

import java.nio.file.Path;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.litmine.pipeline.document.Paper;
import org.litmine.pipeline.output.FailureRecord;
import org.litmine.pipeline.output.Json;
import org.litmine.pipeline.read.PaperReaders;
import org.litmine.pipeline.read.ReadException;

/** Reads one input path into a paper (JSON), or a failure line naming the reason. */
public class ReadPaperFn extends DoFn<String, String> {

  static final String STAGE = "read";

  private final Counter millis = Metrics.counter(ReadPaperFn.class, "read_ms");
  private final Counter pages = Metrics.counter(ReadPaperFn.class, "pages");
  private transient PaperReaders readers;

  @Setup
  public void setup() {
    readers = PaperReaders.all();
  }

  @ProcessElement
  public void process(@Element String path, MultiOutputReceiver out) {
    long start = System.nanoTime();
    try {
      Paper paper = readers.read(Path.of(path));
      pages.inc(paper.pages());
      out.get(Tags.PAPERS).output(Json.line(paper));
    } catch (ReadException e) {
      out.get(Tags.FAILURES).output(Json.line(FailureRecord.of(path, STAGE, e.getMessage(), e.getCause())));
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      out.get(Tags.FAILURES).output(Json.line(
          FailureRecord.of(path, STAGE, "reader crashed: " + e.getClass().getSimpleName(), e)));
    } finally {
      millis.inc((System.nanoTime() - start) / 1_000_000);
    }
  }
}
