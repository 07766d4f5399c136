package org.litmine.pipeline.index;

import java.util.List;

/**
 * What a search found: the triples shown (at most the limit, best first) and how many matched in all.
 *
 * @param total the number of distinct triples that matched, shown or not
 */
public record SearchResults(int shown, int total, List<SearchHit> triples) {

  public SearchResults(List<SearchHit> triples, int total) {
    this(triples.size(), total, List.copyOf(triples));
  }

  /** Whether the limit left triples out. */
  public boolean cut() {
    return shown < total;
  }
}
