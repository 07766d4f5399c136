package org.litmine.pipeline.beam;

import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.joda.time.Instant;
import org.litmine.pipeline.options.LitmineOptions;
import org.litmine.pipeline.runner.Progress;

/**
 * Runs a {@link PaperStage} on {@code --papersInFlight} papers at a time ({@link ElementsInFlight}), and records each
 * paper done for the progress line ({@link Progress#tick}) when given a ticks file.
 */
public class PapersInFlightFn extends DoFn<String, String> {

  private final String name;
  private final PaperStage stage;
  private final String ticks;
  private transient ElementsInFlight inFlight;

  /** {@code name} names the stage's threads ({@code litmine-<name>-<n>}). */
  public PapersInFlightFn(String name, PaperStage stage) {
    this(name, stage, null);
  }

  /** As above, appending a byte to the file {@code ticks} (null: none) for each paper done. */
  public PapersInFlightFn(String name, PaperStage stage, String ticks) {
    this.name = name;
    this.stage = stage;
    this.ticks = ticks;
  }

  @Setup
  public void setup(PipelineOptions pipelineOptions) {
    LitmineOptions options = pipelineOptions.as(LitmineOptions.class);
    stage.prepare(options);
    inFlight = new ElementsInFlight(name, options.getPapersInFlight());
  }

  @ProcessElement
  public void process(@Element String element, @Timestamp Instant timestamp, BoundedWindow window,
      MultiOutputReceiver out) {
    inFlight.start(() -> {
      try {
        return stage.work(element);
      } finally {
        Progress.tick(ticks);
      }
    }, timestamp, window, out);
  }

  @FinishBundle
  public void finishBundle(FinishBundleContext context) {
    inFlight.finish(context);
  }

  @Teardown
  public void teardown() {
    if (inFlight != null) {
      inFlight.close();
    }
  }
}
