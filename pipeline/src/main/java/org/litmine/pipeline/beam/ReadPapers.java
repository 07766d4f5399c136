package org.litmine.pipeline.beam;

import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTagList;

/** Input paths in; papers (JSON) and failure lines out, under {@link Tags}. Paths are spread over workers first. */
public class ReadPapers extends PTransform<PCollection<String>, PCollectionTuple> {

  @Override
  public PCollectionTuple expand(PCollection<String> paths) {
    return paths
        .apply("SpreadInputs", Reshuffle.viaRandomKey())
        .apply("ReadPaper", ParDo.of(new ReadPaperFn())
            .withOutputTags(Tags.PAPERS, TupleTagList.of(Tags.FAILURES)));
  }
}
