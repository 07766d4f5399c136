package org.litmine.pipeline.beam;

import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTagList;

/** Papers (JSON) in; document, triple, trial, entity and failure lines out, under {@link Tags}. */
public class ExtractTriples extends PTransform<PCollection<String>, PCollectionTuple> {

  @Override
  public PCollectionTuple expand(PCollection<String> papers) {
    return papers.apply("AnnotatePapers", ParDo.of(new PapersInFlightFn(new AnnotatePaper()))
        .withOutputTags(Tags.DOCUMENTS, TupleTagList.of(Tags.TRIPLES).and(Tags.TRIALS).and(Tags.ENTITIES).and(Tags.FAILURES)));
  }
}
