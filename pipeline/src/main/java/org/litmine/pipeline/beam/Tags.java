package org.litmine.pipeline.beam;

import org.apache.beam.sdk.values.TupleTag;

/** The tagged outputs the stages produce; each carries JSON lines of one output file. */
public final class Tags {

  public static final TupleTag<String> DOCUMENTS = new TupleTag<>("documents") {};
  public static final TupleTag<String> TRIPLES = new TupleTag<>("triples") {};
  public static final TupleTag<String> FAMILY_TRIPLES = new TupleTag<>("family_triples") {};
  public static final TupleTag<String> UNGROUNDED_TRIPLES = new TupleTag<>("ungrounded_triples") {};
  public static final TupleTag<String> TRIALS = new TupleTag<>("trials") {};
  public static final TupleTag<String> ENTITIES = new TupleTag<>("entities") {};
  public static final TupleTag<String> FAILURES = new TupleTag<>("failures") {};

  private Tags() {}
}
