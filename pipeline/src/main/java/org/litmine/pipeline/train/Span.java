package org.litmine.pipeline.train;

/** Character offsets of a mention in a training text, end exclusive. */
record Span(int begin, int end) {

  boolean overlaps(int otherBegin, int otherEnd) {
    return begin < otherEnd && otherBegin < end;
  }
}
