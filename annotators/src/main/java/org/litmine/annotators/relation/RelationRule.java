package org.litmine.annotators.relation;

import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.util.List;

/**
 * One rule of a rule file: its name, the effect it yields, its reliability, the example sentences it must read (each
 * is run by {@code RuleExamplesIT}) and its compiled Semgrex patterns (alternatives). Each pattern names the nodes {@code gene} and {@code drug}, and optionally {@code cue}.
 * {@code noDrugBetween}: a match is dropped where another named drug lies between the drug and a singular cue (an
 * apposition describes the nearest noun: in "A, a B1 inhibitor, and C, a B2 inhibitor", "B2 inhibitor" is C's; a
 * plural one describes a list: "A and C, two B inhibitors").
 */
public record RelationRule(String name, Effect effect, double confidence, List<String> examples,
    List<SemgrexPattern> patterns, boolean noDrugBetween) {

  public RelationRule {
    examples = List.copyOf(examples);
    patterns = List.copyOf(patterns);
  }
}
