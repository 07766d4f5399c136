package org.litmine.annotators.classify;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import org.litmine.annotators.ner.BioMention;

/** The graph node that stands for a mention: the token of its span whose governor lies outside the span. */
public final class MentionHeads {

  private MentionHeads() {}

  /** The head node, or null when none of the mention's tokens is in the graph. */
  public static IndexedWord of(SemanticGraph graph, BioMention mention) {
    IndexedWord last = null;
    for (int token = mention.tokenBegin(); token < mention.tokenEnd(); token++) {
      IndexedWord node = graph.getNodeByIndexSafe(token + 1);
      if (node == null) {
        continue;
      }
      last = node;
      IndexedWord parent = graph.getParent(node);
      if (parent == null || !mention.covers(parent.index() - 1)) {
        return node;
      }
    }
    return last;
  }
}
