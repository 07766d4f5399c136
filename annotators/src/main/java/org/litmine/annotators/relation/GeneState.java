package org.litmine.annotators.relation;

/**
 * What the words beside a gene say of it, for {@link GeneOutcome}: it is present (expressed, mutated, amplified), lost
 * ("knockdown of X", "low X expression", "X promoter methylation"), its marker is absent ("lack of KRAS mutations"),
 * or its state is not told ("X status", "X wild-type": no reading). An outcome tied to a lost gene or an absent
 * marker is the mirror of the one tied to its presence (ANNOTATION.md): losing a gene that goes with resistance is
 * {@code response}, losing one with better sensitivity {@code sensitizes}; the absence of a mutation that goes with
 * resistance says the mutation goes with sensitivity, and the other way round.
 */
enum GeneState {
  PRESENT,
  LOST,
  MARKER_ABSENT,
  UNTOLD;

  /** The state of a gene from the words before it and those between it and the link. */
  static GeneState of(GeneState before, boolean lossAfter, boolean markedByMutation) {
    if (before == UNTOLD) {
      return UNTOLD;
    }
    boolean lost = before == LOST || lossAfter;
    return !lost ? PRESENT : markedByMutation ? MARKER_ABSENT : LOST;
  }

  /** The effect a pair takes when its outcome, read of the gene's presence, is {@code outcome}. */
  Effect effect(Effect outcome) {
    return switch (this) {
      case PRESENT, UNTOLD -> outcome;
      case LOST -> outcome == Effect.RESISTANCE ? Effect.RESPONSE : Effect.SENSITIZES;
      case MARKER_ABSENT -> outcome == Effect.RESISTANCE ? Effect.RESPONSE : Effect.RESISTANCE;
    };
  }

  /** The rule name evidence gives a pair whose outcome, read of the gene's presence, is {@code outcome}. */
  String rule(Effect outcome) {
    String told = outcome == Effect.RESISTANCE ? "resistance" : "sensitivity";
    String subject = switch (this) {
      case PRESENT, UNTOLD -> "gene";
      case LOST -> "gene-loss";
      case MARKER_ABSENT -> "marker-absence";
    };
    return effect(outcome).label() + "-" + subject + "-linked-to-" + told;
  }
}
