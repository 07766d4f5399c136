package org.litmine.pipeline.read.pdf;

import java.util.List;

/** The segments of one page, with the page size. Pages are numbered from 1. */
public record PageText(int number, float width, float height, List<Segment> segments) {

  public PageText {
    segments = List.copyOf(segments);
  }

  public PageText withSegments(List<Segment> kept) {
    return new PageText(number, width, height, kept);
  }
}
