package org.litmine.pipeline.beam;

import org.litmine.pipeline.options.LitmineOptions;

/**
 * The read stage, then the annotate stage on the paper it read, on one thread, the paper handed over as it was read
 * (not as JSON): what Flink does by chaining two operators, done here because the DirectRunner runs each stage's
 * bundles one after the other, so that the papers that end one stage's batch would leave cores idle before the next
 * stage starts.
 */
final class ReadAndAnnotate implements PaperStage {

  private final ReadPaper read = new ReadPaper();
  private final AnnotatePaper annotate = new AnnotatePaper();

  @Override
  public void prepare(LitmineOptions options) {
    read.prepare(options);
    annotate.prepare(options);
  }

  @Override
  public ElementOutput work(String path) {
    ElementOutput out = new ElementOutput();
    read.read(path, out).ifPresent(paper -> annotate.annotate(paper, out));
    return out;
  }
}
