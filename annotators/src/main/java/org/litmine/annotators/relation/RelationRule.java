package org.litmine.annotators.relation;

import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.util.List;

/**
 * One rule of a rule file: its name, the effect it yields, its reliability and its compiled Semgrex patterns
 * (alternatives). Each pattern names the nodes {@code gene} and {@code drug}, and optionally {@code cue}.
 */
public record RelationRule(String name, Effect effect, double confidence, String example, List<SemgrexPattern> patterns) {

  public RelationRule {
    patterns = List.copyOf(patterns);
  }
}
