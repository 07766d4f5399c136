package org.litmine.pipeline.train;

import java.util.List;

/**
 * A pair a training corpus labels: every span at which either mention stands (a corpus that gives mention texts
 * only, as DrugProt's gold does, may place one at several), and the corpus's own label. The corpus need not say
 * which side is the gene: a candidate matches with its gene on either side.
 */
record LabelledPair(List<Span> first, List<Span> second, String label) {

  LabelledPair {
    first = List.copyOf(first);
    second = List.copyOf(second);
  }

  boolean matches(int geneBegin, int geneEnd, int drugBegin, int drugEnd) {
    return (any(first, geneBegin, geneEnd) && any(second, drugBegin, drugEnd))
        || (any(second, geneBegin, geneEnd) && any(first, drugBegin, drugEnd));
  }

  private static boolean any(List<Span> spans, int begin, int end) {
    return spans.stream().anyMatch(s -> s.overlaps(begin, end));
  }
}
