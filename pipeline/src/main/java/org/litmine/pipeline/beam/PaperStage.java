package org.litmine.pipeline.beam;

import java.io.Serializable;
import org.litmine.pipeline.options.LitmineOptions;

/**
 * The work of one stage on one paper, which {@link PapersInFlightFn} runs {@code --papersInFlight} papers at a time:
 * it returns the paper's output lines and counts instead of handing them to Beam itself, as it runs off the
 * runner's thread.
 */
interface PaperStage extends Serializable {

  /** Called once per DoFn instance, in its {@code @Setup}, with the run's options. */
  void prepare(LitmineOptions options);

  /** The work on one element; several run at once, each on a thread of its own. */
  ElementOutput work(String element);
}
