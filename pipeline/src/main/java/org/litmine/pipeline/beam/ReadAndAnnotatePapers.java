package org.litmine.pipeline.beam;

import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Input paths, keyed by their batch ({@link InputBatches}), in; document, triple, family triple, trial, entity and
 * failure lines out, under {@link Tags}. Grouping by batch makes each batch a bundle of its own: a runner spreads
 * the batches over its workers, and a worker reads and annotates the papers of a batch {@code --papersInFlight} at a
 * time ({@link ReadAndAnnotate}).
 */
public class ReadAndAnnotatePapers extends PTransform<PCollection<KV<Integer, String>>, PCollectionTuple> {

  private final String ticks;

  /** Counting each paper done in the file {@code ticks} for the progress line (null: not counted). */
  public ReadAndAnnotatePapers(String ticks) {
    this.ticks = ticks;
  }

  @Override
  public PCollectionTuple expand(PCollection<KV<Integer, String>> batchedPaths) {
    return batchedPaths
        .apply("GroupBatches", GroupByKey.create())
        .apply("BatchPaths", Values.create())
        .apply("SpreadInputs", Flatten.iterables())
        .apply("ReadAndAnnotate", ParDo.of(new PapersInFlightFn("paper", new ReadAndAnnotate(), ticks))
            .withOutputTags(Tags.DOCUMENTS, TupleTagList.of(Tags.TRIPLES).and(Tags.FAMILY_TRIPLES)
                .and(Tags.UNGROUNDED_TRIPLES).and(Tags.TRIALS).and(Tags.ENTITIES)
                .and(Tags.FAILURES)));
  }
}
