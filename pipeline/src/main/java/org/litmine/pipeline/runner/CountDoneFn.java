package org.litmine.pipeline.runner;

import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;

/**
 * Counts the inputs the pipeline has finished with (a document line or a failure line each) in the counter
 * {@link #COUNTER}, which {@code manifest.json} lists under {@code stages} ({@code inputs_done}). Outputs nothing.
 * The progress line does not read it: runners report counters per bundle, not per paper ({@link Progress}).
 */
public class CountDoneFn extends DoFn<String, Void> {

  /** The counter's name: inputs done, documents and failures together. */
  public static final String COUNTER = "inputs_done";

  private final Counter done = Metrics.counter(CountDoneFn.class, COUNTER);

  @ProcessElement
  public void process(@Element String line) {
    done.inc();
  }
}
