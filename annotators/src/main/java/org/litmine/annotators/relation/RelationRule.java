package org.litmine.annotators.relation;

import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.util.List;

/**
 * One rule of a rule file: its name, the effect it yields, its reliability and its compiled Semgrex patterns
 * (alternatives). Each pattern names the nodes {@code gene} and {@code drug}, and optionally {@code cue}.
 * {@code noDrugBetween}: a match is dropped where another named drug lies between the drug and a singular cue (an
 * apposition describes the nearest noun: in "A, a B1 inhibitor, and C, a B2 inhibitor", "B2 inhibitor" is C's; a
 * plural one describes a list: "A and C, two B inhibitors").
 */
public record RelationRule(String name, Effect effect, double confidence, String example, List<SemgrexPattern> patterns,
    boolean noDrugBetween) {

  public RelationRule {
    patterns = List.copyOf(patterns);
  }

  public RelationRule(String name, Effect effect, double confidence, String example, List<SemgrexPattern> patterns) {
    this(name, effect, confidence, example, patterns, false);
  }
}
