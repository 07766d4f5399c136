package org.litmine.pipeline.beam;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.values.TupleTag;

/**
 * What the work on one element produced, held until it can be handed to Beam: output lines by tag, and counter
 * increments. The work runs on a thread of {@link ElementsInFlight}; Beam takes outputs and counts only on the
 * runner's thread, which {@link #emit} runs on.
 */
final class ElementOutput {

  /** Where lines go: the current element's receiver, or the bundle's context at its end. */
  @FunctionalInterface
  interface Sink {
    void output(TupleTag<String> tag, String line);
  }

  private record Line(TupleTag<String> tag, String line) {}

  private record Count(Counter counter, long amount) {}

  private final List<Line> lines = new ArrayList<>();
  private final List<Count> counts = new ArrayList<>();

  void output(TupleTag<String> tag, String line) {
    lines.add(new Line(tag, line));
  }

  void count(Counter counter, long amount) {
    counts.add(new Count(counter, amount));
  }

  /** Applies the counts and hands over the lines; call on the runner's thread. */
  void emit(Sink sink) {
    for (Count count : counts) {
      count.counter().inc(count.amount());
    }
    for (Line line : lines) {
      sink.output(line.tag(), line.line());
    }
  }
}
